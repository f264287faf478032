"""Small text helpers shared by every stage: folding for dictionary look-ups."""
from __future__ import annotations

import re
import unicodedata
from typing import TypeVar

V = TypeVar("V")

# French calendar words, folded: dates are read with them, and they end an actor's phrase
MONTHS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"hier", "aujourd'hui", "demain"}

_APOSTROPHES = (("\u2019", "'"), ("\u2018", "'"), ("\u02bc", "'"), ("`", "'"), ("\u00a0", " "))
# the combining marks NFKD leaves after a letter ("é" -> "e" + U+0301): one character class over
# the Basic Multilingual Plane, which the regex engine tests with a bitmap, so a sentence is
# folded ~4x faster than with a per-character Python test; the rare marks beyond it (historic
# scripts, musical notation) are stripped one by one when the text has any character there
_MARKS = re.compile("[" + "".join(re.escape(chr(c)) for c in range(0x10000) if unicodedata.combining(chr(c))) + "]")
_BEYOND_BMP = re.compile("[\U00010000-\U0010ffff]")


_SHORT_FOLDS: dict[str, str] = {}
_SHORT_FOLDS_MAX = 100_000


def fold(s: str) -> str:
    """Lower-case, strip accents and unify apostrophes, so "Côte d’Ivoire" == "cote d'ivoire".
    Words and short phrases are memoised (in a plain dict, emptied when full: a look-up is one
    call, and every token of every article comes here several times); a corpus's vocabulary is
    small. Longer texts (sentences) are not: each is folded once or twice, and on a corpus whose
    sentences all differ they would fill the memo (200,000 sentences of ~200 characters: over
    100 MB in each process)."""
    folded = _SHORT_FOLDS.get(s)
    if folded is not None:
        return folded
    folded = _fold(s)
    if len(s) <= 40:
        if len(_SHORT_FOLDS) >= _SHORT_FOLDS_MAX:
            _SHORT_FOLDS.clear()
        _SHORT_FOLDS[s] = folded
    return folded


def _fold(s: str) -> str:
    for quote, plain in _APOSTROPHES:
        s = s.replace(quote, plain)
    s = _MARKS.sub("", unicodedata.normalize("NFKD", s))
    if _BEYOND_BMP.search(s):
        s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return " ".join(s.split()).lower()  # str.split's whitespace is the regex engine's \s


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
