#!/usr/bin/env python3
"""Score Chronique on an annotated file with ../shared/eval/score.py.

    python scripts/evaluate.py ../shared/eval/dev.jsonl [--details] [--min event=0.4] [--half 1|2]

Runs Chronique on the gold file's articles into a fresh temporary store, exports the events in
the prediction format and hands both files to the official scorer (its output is printed as is).
--half splits the articles in two by position, to check that rules generalise.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import chronique

SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("--details", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--min", action="append", default=[])
    ap.add_argument("--half", type=int, choices=(1, 2))
    ap.add_argument("--scorer", default=str(SCORER))
    ap.add_argument("--keep", help="also write the predictions to this file")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(args.gold)
        if args.half:
            lines = [l for l in gold.read_text(encoding="utf-8").splitlines() if l.strip()]
            mid = (len(lines) + 1) // 2
            part = lines[:mid] if args.half == 1 else lines[mid:]
            gold = Path(tmp) / "gold.jsonl"
            gold.write_text("\n".join(part) + "\n", encoding="utf-8")
        db, pred = Path(tmp) / "eval.db", Path(args.keep or Path(tmp) / "pred.jsonl")
        summary = chronique.run([gold], db)
        print(f"# {summary.stored} articles, {summary.events} events, {summary.seconds:.1f} s "
              f"({summary.stored / max(summary.seconds, 1e-9):.2f} articles/s)", file=sys.stderr)
        for p in summary.problems:  # an article a rule crashed on would silently lower the scores
            print(f"# problem: {p}", file=sys.stderr)
        chronique.export(db, pred, fmt="jsonl")
        cmd = [sys.executable, args.scorer, str(gold), str(pred)]
        cmd += ["--details"] if args.details else []
        cmd += ["--json"] if args.json else []
        for m in args.min:
            cmd += ["--min", m]
        return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
