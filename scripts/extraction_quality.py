#!/usr/bin/env python3
"""Character-level precision and recall of the text Chronique extracts from saved pages.

    python scripts/extraction_quality.py [PAGES_DIR]

Each PAGE.html in the folder (default: tests/ingest/pages, written for the tests) comes with
PAGE.body.txt, the article's body as a reader sees it. Precision: the share of extracted
characters that belong to the body; recall: the share of the body that was extracted.
"""
from __future__ import annotations

import difflib
import sys
from pathlib import Path

from chronique.ingest.readers import read_path
from chronique.model import Article


def scores(extracted: str, expected: str) -> tuple[int, int, int]:
    a, b = " ".join(extracted.split()), " ".join(expected.split())
    matched = sum(m.size for m in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    return matched, len(a), len(b)


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path(__file__).resolve().parents[1] / "tests" / "ingest" / "pages"
    total = [0, 0, 0]
    print(f"{'page':28s} {'precision':>9s} {'recall':>7s}")
    for page in sorted(folder.glob("*.html")):
        recs = list(read_path(page))
        art = next((r for r in recs if isinstance(r, Article)), None)
        expected = folder / f"{page.stem}.body.txt"
        m, a, b = scores(art.text if art else "", expected.read_text(encoding="utf-8"))
        total = [total[0] + m, total[1] + a, total[2] + b]
        print(f"{page.stem:28s} {m / max(a, 1):9.3f} {m / max(b, 1):7.3f}")
    print(f"{'all pages':28s} {total[0] / max(total[1], 1):9.3f} {total[0] / max(total[2], 1):7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
