#!/usr/bin/env bash
# Accuracy must not silently regress: score Chronique on the annotated dev set with the
# official scorer and fail under these F1 floors.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python scripts/evaluate.py ../shared/eval/dev.jsonl --min event=0.40
