"""Issue areas of an act (data/contexts.yaml), read from the words of its own clause."""
from __future__ import annotations

import re
from functools import lru_cache

from chronique.actors.gazetteer import load_yaml
from chronique.text import fold


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    data = load_yaml("chronique.events", "contexts.yaml")
    return {
        ctx: re.compile(r"(?<![\w])(?:" + "|".join(re.escape(fold(c)) for c in cues) + ")")
        for ctx, cues in data.items()
    }


def contexts_of(text: str) -> list[str]:
    """The contexts whose cues occur in the text, in the YAML file's order."""
    folded = fold(text)
    return [ctx for ctx, pat in _patterns().items() if pat.search(folded)]


def article_contexts(sentences: list[str], *, min_sentences: int = 2, share_of_top: float = 0.75) -> list[str]:
    """The issue areas an article is mainly about: cued in at least ``min_sentences`` of its
    sentences and in nearly as many as its most cued area. The acts an article reports are about
    its main issue even where their sentence does not say it ("le Royaume a décidé le rappel de
    son ambassadeur" in an article on the Sahara dispute is about territory). Measured on
    dev.jsonl: contexts F1 0.49 -> 0.61, and better in both halves."""
    counts = {ctx: 0 for ctx in _patterns()}
    for s in sentences:
        for ctx in contexts_of(s):
            counts[ctx] += 1
    top = max(counts.values(), default=0)
    return [ctx for ctx, n in counts.items() if n >= min_sentences and n >= share_of_top * top]
