#!/usr/bin/env bash
# Set up, then run Chronique on the bundled sample corpus: ingest and process into an embedded
# SQLite store, print the chronicle and the MAR–ITA timeline, and export the events.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p out
DB=out/chronique.db
C=.venv/bin/chronique
$C run samples/ --db "$DB"
echo; echo "== Chronicle of the samples =="
$C events --db "$DB"
echo; echo "== MAR–ITA timeline =="
$C timeline --db "$DB" --dyad MAR-ITA
echo; echo "== Office holders the samples show =="
$C actors --db "$DB"
echo
$C export --db "$DB" --format jsonl -o out/events.jsonl
$C export --db "$DB" --format csv -o out/events.csv
