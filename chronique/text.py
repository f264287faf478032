"""Small text helpers shared by every stage: folding for dictionary look-ups."""
from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00a0": " "})


def fold(s: str) -> str:
    """Lower-case, strip accents and unify apostrophes, so "Côte d’Ivoire" == "cote d'ivoire"."""
    s = unicodedata.normalize("NFKD", s.translate(_APOSTROPHES))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", s).strip().lower()


def clean_sentence(s: str) -> str:
    """Evidence text as shown: surrounding whitespace removed, inner line breaks kept as spaces."""
    return re.sub(r"\s*\n\s*", " ", s).strip()
