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
