#!/usr/bin/env bash
# Accuracy must not silently regress. The gate is ../shared/eval/test.jsonl: articles the coder
# never learned from (read its scores, never its sentences). Floors are 0.05 under the figures
# last raised (event 0.589, dyad 0.415, actor 0.230, contexts 0.623; the committed models'
# figures now, chronique/events/data/act_model.json's "test": 0.574, 0.402, 0.228, 0.597, which
# the floors stay under by 0.027 or more); dev.jsonl, part of the training set,
# keeps a regression floor of its own (event 0.969, dyad 0.770, actor 0.469, contexts 0.937:
# in-sample for the context model).
# (dev's actor figure fell from 0.536 when states were first named as the article writes them,
# "Rabat", "Téhéran", as the codebook asks: dev's annotators wrote "Maroc" there, train's and
# test's wrote what the article says; test's actor F1 rose 0.147 -> 0.172.)
# (contexts' floor went 0.59 -> 0.55: test contexts fell 0.636 -> 0.600 when acts with guessed
# parties and nominalised cues came to be coded, while CV contexts rose 0.628 -> 0.632; dev's
# dyad and actor floors stay 0.72 and 0.46, 0.05 and 0.03 under theirs.) Raise them with every gain.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python scripts/evaluate.py ../shared/eval/test.jsonl \
  --min event=0.54 --min dyad=0.36 --min actor=0.18 --min contexts=0.57
.venv/bin/python scripts/evaluate.py ../shared/eval/dev.jsonl \
  --min event=0.92 --min dyad=0.72 --min actor=0.46 --min contexts=0.89
