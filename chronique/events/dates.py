"""When an act happened: explicit dates in its sentence, weekdays and "la veille" resolved
against the article's date, else the article's own date with its precision."""
from __future__ import annotations

import datetime as dt
import re

from chronique.text import MONTHS, WEEKDAYS, fold

_EXPLICIT = re.compile(r"\b(1er|\d{1,2})\s+(" + "|".join(MONTHS) + r")(?:\s+(\d{4}))?\b")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b(\s+(?:prochain|suivant))?")
_YESTERDAY = re.compile(r"\b(hier|la veille)\b")


def act_date(sentence: str, article_date: str | None, precision: str | None) -> tuple[str | None, str | None]:
    """Return (date, precision) for an act reported in ``sentence``."""
    if not article_date:
        return None, None
    s = fold(sentence)
    year = int(article_date[:4])
    m = _EXPLICIT.search(s)
    if m:
        day = 1 if m.group(1) == "1er" else int(m.group(1))
        try:
            d = dt.date(int(m.group(3) or year), MONTHS.index(m.group(2)) + 1, day)
        except ValueError:
            d = None
        if d is not None:
            return d.isoformat(), "day"
    if precision != "day":
        return article_date, precision
    ref = dt.date.fromisoformat(article_date)
    m = _WEEKDAY.search(s)
    if m and not m.group(2):
        back = (ref.weekday() - WEEKDAYS.index(m.group(1))) % 7
        return (ref - dt.timedelta(days=back)).isoformat(), "day"
    if _YESTERDAY.search(s):
        return (ref - dt.timedelta(days=1)).isoformat(), "day"
    return article_date, precision
