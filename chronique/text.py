"""Small text helpers shared by every stage: folding for dictionary look-ups."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TypeVar

V = TypeVar("V")

# French calendar words, folded: dates are read with them, and they end an actor's phrase
MONTHS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"hier", "aujourd'hui", "demain"}

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00a0": " "})


def fold(s: str) -> str:
    """Lower-case, strip accents and unify apostrophes, so "Côte d’Ivoire" == "cote d'ivoire".
    Words and short phrases are memoised: they are folded again and again, and a corpus's
    vocabulary is small. Longer texts (sentences) are not: each is folded once or twice, and on
    a corpus whose sentences all differ they would fill the cache (200,000 sentences of ~200
    characters: over 100 MB in each process)."""
    return _fold_short(s) if len(s) <= 40 else _fold(s)


@lru_cache(maxsize=100_000)
def _fold_short(s: str) -> str:
    return _fold(s)


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_APOSTROPHES))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", s).strip().lower()


def clean_sentence(s: str) -> str:
    """Evidence text as shown: surrounding whitespace removed, inner line breaks kept as spaces."""
    return re.sub(r"\s*\n\s*", " ", s).strip()


def longest_match(table: dict[tuple[str, ...], V], words: list[str], i: int, max_len: int,
                  min_len: int = 1) -> tuple[V, int] | None:
    """The longest phrase of ``table`` (keyed by folded words) starting at word i, with its length."""
    for n in range(min(max_len, len(words) - i), min_len - 1, -1):
        value = table.get(tuple(words[i:i + n]))
        if value is not None:
            return value, n
    return None
