#!/usr/bin/env bash
# Accuracy must not silently regress: score Chronique on the annotated dev set with the
# official scorer and fail under these F1 floors, each 0.05 under the last measured figure
# (2026-11-23, third session: event 0.840, dyad 0.740, actor 0.487, contexts 0.626). Raise them with every gain.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python scripts/evaluate.py ../shared/eval/dev.jsonl \
  --min event=0.79 --min dyad=0.69 --min actor=0.43 --min contexts=0.57
