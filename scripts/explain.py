#!/usr/bin/env python3
"""Show, sentence by sentence, what Chronique understood of annotated articles, beside the gold.

    python scripts/explain.py ../shared/eval/dev.jsonl 016 025      # some articles
    python scripts/explain.py ../shared/eval/dev.jsonl --all         # every article

For each article: the home country, the principal pair and the people found; then for each
sentence that has a gold or predicted event, the actor mentions (text -> name [country]), the
gold events and ours, each marked ok / dyad (right type, wrong countries) / MISS / EXTRA.
It is the tool behind every accuracy change: look at a miss here before writing a rule.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from chronique.actors import resolve_actors
from chronique.events import extract_events
from chronique.ingest.readers import read_inputs
from chronique.model import Article
from chronique.nlp import load_nlp

sys.path.insert(0, str(Path(__file__).resolve().parents[1].parent / "shared" / "eval"))
try:
    import score as scorer  # the official scorer's matching rules
except ImportError:  # pragma: no cover - the scorer lives beside the repository
    sys.exit("explain.py needs ../shared/eval/score.py beside the repository")


def _who(a) -> str:
    if not a:
        return "-"
    return f"{a.get('name')}[{a.get('country')}]"


def explain(gold_path: Path, ids: set[str] | None) -> None:
    gold = scorer.load_gold(gold_path)
    nlp = load_nlp()
    for article in read_inputs([gold_path]):
        if not isinstance(article, Article) or (ids and article.doc_id not in ids):
            continue
        doc = nlp(article.text)
        actors = resolve_actors(doc, source=article.source)
        events = [dict(e.to_json(article.doc_id), si=e.sentence_index) for e in extract_events(doc, article, actors)]
        golds = gold.get(article.doc_id, {}).get("events", [])
        print(f"\n=== {article.doc_id}  home={actors.home}  pair={[a.name for a in actors.pair or ()]}")
        print("    people:", "; ".join(f"{p.name} ({p.role or '?'}, {p.country}{'?' if p.guessed_country else ''})" for p in actors.persons))
        for si, sent in enumerate(doc.sents):
            text = sent.text.strip()
            g_here = [g for g in golds if any(scorer.same_sentence(s, text) for s in scorer.evidence(g))]
            p_here = [p for p in events if p["si"] == si]
            if not g_here and not p_here:
                continue
            print(f"\n  [{si}] {text[:300]}")
            ms = [m for m in actors.mentions if sent.start <= m.start < sent.end]
            print("      mentions:", " | ".join(f"{doc[m.start:m.end].text} -> {', '.join(_who(a.to_json()) for a in m.actors)}{' (place)' if m.place_only else ''}" for m in ms))
            for g in g_here:
                hit = [p for p in p_here if p["type"] == g["type"]]
                mark = "ok  " if any(scorer.dyad_matches(g, p) for p in hit) else ("dyad" if hit else "MISS")
                print(f"      gold {mark} {g['type']:9s} {_who(g['source'])} -> {_who(g['target'])}  {g.get('contexts')}")
            for p in p_here:
                ok = any(p["type"] == g["type"] for g in g_here)
                print(f"      ours {'    ' if ok else 'EXTRA'} {p['type']:9s} {_who(p['source'])} -> {_who(p['target'])}  {p.get('contexts')} trigger={p.get('trigger')!r}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("ids", nargs="*")
    ap.add_argument("--all", action="store_true")
    args = ap.parse_args(argv)
    if not args.ids and not args.all:
        ap.error("name some article ids, or --all")
    explain(args.gold, None if args.all else set(args.ids))
    return 0


if __name__ == "__main__":
    sys.exit(main())
