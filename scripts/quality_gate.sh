#!/usr/bin/env bash
# Accuracy must not silently regress. The gate is ../shared/eval/test.jsonl: articles the coder
# never learned from (read its scores, never its sentences). Floors are 0.05 under the figures
# last measured with the committed act model (see chronique/events/data/act_model.json's "test");
# dev.jsonl, part of the training set, keeps a regression floor of its own. Raise them with every gain.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python scripts/evaluate.py ../shared/eval/test.jsonl \
  --min event=0.48 --min dyad=0.30 --min actor=0.10 --min contexts=0.52
.venv/bin/python scripts/evaluate.py ../shared/eval/dev.jsonl \
  --min event=0.89 --min dyad=0.73 --min actor=0.48 --min contexts=0.58
