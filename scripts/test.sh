#!/usr/bin/env bash
# Set up (the package, and Debian's Chromium for the browser tests), then run the whole test
# suite and the accuracy gate on ../shared/eval/test.jsonl (and dev.jsonl). Screenshots of the web pages are left
# in artifacts/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/setup_browser.sh
.venv/bin/python -m pytest -q "$@"
gate=scripts/quality_gate.sh
if [ -f ../shared/eval/test.jsonl ] && [ -f ../shared/eval/dev.jsonl ]; then
  bash "$gate"
else
  echo "quality gate skipped: ../shared/eval/test.jsonl or dev.jsonl not found"
fi
