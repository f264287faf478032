#!/usr/bin/env bash
# Accuracy must not silently regress. The gate is ../shared/eval/test.jsonl: articles the coder
# never learned from (read its scores, never its sentences). Its floors were set about 0.05 under
# the committed models' figures; event's rose to 0.59 at the twenty-third stop (test 0.646). At
# the twenty-fourth test fell (event 0.612, dyad 0.459, actor 0.281, contexts 0.625) and the
# floors were not lowered; at the thirty-fourth (chronique/events/data/act_model.json's "test":
# 0.609, 0.464, 0.275, 0.632) they sit 0.019, 0.044, 0.005 and 0.062 under (contexts' 95 %
# interval, the 30 articles resampled, is about [0.49, 0.74]: `scripts/evaluate.py ... --ci`).
# dev.jsonl, part of the training set, keeps a regression floor of its own under its figures
# (event 0.959, dyad 0.774, actor 0.500, contexts 0.857). Its contexts are in-sample for the
# context model, so they follow its regularisation (0.917 at C 0.3, 0.857 at C 0.15, chosen by
# cross-validation on 2026-12-05; the floor 0.89 -> 0.80). Its actor figure falls where its
# annotators named differently from train's and test's: states as "Maroc" where the article
# wrote "Rabat" (0.536 -> 0.469 when the coder named them as written, test's actor 0.147 ->
# 0.172), expelled envoys as "Italie" where train's wrote "diplomates russes" (0.469 -> 0.455 on
# 2026-12-05, the floor 0.46 -> 0.42). Raise the floors with every gain.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python scripts/evaluate.py ../shared/eval/test.jsonl \
  --min event=0.59 --min dyad=0.42 --min actor=0.27 --min contexts=0.57
.venv/bin/python scripts/evaluate.py ../shared/eval/dev.jsonl \
  --min event=0.92 --min dyad=0.72 --min actor=0.42 --min contexts=0.80
