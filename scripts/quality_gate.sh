#!/usr/bin/env bash
# Accuracy must not silently regress. The gate is ../shared/eval/test.jsonl: articles the coder
# never learned from (read its scores, never its sentences). Floors are about 0.05 under the
# committed models' figures (chronique/events/data/act_model.json's "test": event 0.602, dyad
# 0.422, actor 0.259, contexts 0.607; the contexts floor 0.017 under, kept where it was raised
# to when test contexts read 0.640); dev.jsonl, part of the training set,
# keeps a regression floor of its own (event 0.964, dyad 0.759, actor 0.469, contexts 0.857:
# in-sample for the context model, so its figure follows the model's regularisation: 0.917 at
# C 0.3, 0.857 at C 0.15, chosen by cross-validation on 2026-12-05; the floor 0.89 -> 0.80).
# (dev's actor figure fell from 0.536 when states were first named as the article writes them,
# "Rabat", "Téhéran", as the codebook asks: dev's annotators wrote "Maroc" there, train's and
# test's wrote what the article says; test's actor F1 rose 0.147 -> 0.172.)
# (contexts' floor went 0.59 -> 0.55: test contexts fell 0.636 -> 0.600 when acts with guessed
# parties and nominalised cues came to be coded, while CV contexts rose 0.628 -> 0.632; dev's
# dyad and actor floors stay 0.72 and 0.46, 0.05 and 0.03 under theirs.) Raise them with every gain.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python scripts/evaluate.py ../shared/eval/test.jsonl \
  --min event=0.55 --min dyad=0.37 --min actor=0.20 --min contexts=0.59
.venv/bin/python scripts/evaluate.py ../shared/eval/dev.jsonl \
  --min event=0.92 --min dyad=0.72 --min actor=0.46 --min contexts=0.80
