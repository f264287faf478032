#!/usr/bin/env bash
# Set up, then run the whole test suite and the accuracy gate on ../shared/eval/dev.jsonl.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pytest -q "$@"
gate=scripts/quality_gate.sh
if [ -f ../shared/eval/dev.jsonl ]; then
  bash "$gate"
else
  echo "quality gate skipped: ../shared/eval/dev.jsonl not found"
fi
