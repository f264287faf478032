#!/usr/bin/env bash
# Accuracy must not silently regress: score Chronique on the annotated dev set with the
# official scorer and fail under these F1 floors, each 0.05 under the last measured figure
# (2026-11-23, fourth session: event 0.884, dyad 0.804, actor 0.608, contexts 0.630). Raise them with every gain.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python scripts/evaluate.py ../shared/eval/dev.jsonl \
  --min event=0.83 --min dyad=0.75 --min actor=0.55 --min contexts=0.58
