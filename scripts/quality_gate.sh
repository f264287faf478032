#!/usr/bin/env bash
# Accuracy must not silently regress. The gate is ../shared/eval/test.jsonl: articles the coder
# never learned from (read its scores, never its sentences). Its floors sit about 0.05 under the
# committed models' figures (chronique/events/data/act_model.json's "test": event 0.646, dyad
# 0.470, actor 0.298, contexts 0.627); event's floor rose to 0.59 at the twenty-third stop,
# actor's stays 0.27, 0.028 under, and contexts' 0.57, 0.057 under (its 95 % interval, the 30
# articles resampled, is about [0.49, 0.74]: `scripts/evaluate.py ... --ci`).
# dev.jsonl, part of the training set, keeps a regression floor of its own under its figures
# (event 0.959, dyad 0.758, actor 0.483, contexts 0.857). Its contexts are in-sample for the
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
