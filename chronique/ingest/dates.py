"""Article dates, full or partial, with their precision kept.

"2024", "2024-06", "2024-06-14", ISO timestamps and written French dates ("16 janvier 2022",
"janvier 2022", "1er mai 2018") all parse; the precision says how much the source knew, so a
month-precise communiqué is never invented a day.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

# the years a news article can carry: "0000" or "-2024" is a typing or export mistake
YEARS = range(1800, 2101)
_ISO = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")


@lru_cache(maxsize=1)
def _written_parser():
    # Imported lazily: dateparser takes a moment to load its language data.
    from dateparser.date import DateDataParser

    # no relative-time parser: "hier" or "il y a trois jours" is relative to the day the
    # article was written, which is what is being asked, never to the day it is read
    return DateDataParser(languages=["fr", "en"], settings={"PREFER_DAY_OF_MONTH": "first",
                                                            "PARSERS": ["timestamp", "custom-formats", "absolute-time"]})


def parse_date(value: str) -> tuple[str, str]:
    """Return ``(iso, precision)`` for a date string, precision being day, month or year.

    Raises ValueError with the reason when the date cannot be read or does not exist.
    """
    if value is None or not str(value).strip():
        raise ValueError("the date is empty")
    s = str(value).strip()
    if s.startswith(("-", "−")):
        raise ValueError(f"{s!r} is not a date of the common era (a minus sign before the year?)")
    m = _ISO.match(s)
    if m:
        year, month, day = m.group(1), m.group(2), m.group(3)
        if int(year) not in YEARS:
            raise ValueError(f"{s!r}: the year {year} is outside {YEARS.start}-{YEARS.stop - 1}, the years news can carry")
        try:
            if day:
                return dt.date(int(year), int(month), int(day)).isoformat(), "day"
            if month:
                dt.date(int(year), int(month), 1)
                return f"{int(year):04d}-{int(month):02d}", "month"
        except ValueError as exc:
            raise ValueError(f"{s!r} is not a real date ({exc})") from None
        return f"{int(year):04d}", "year"
    if not re.search(r"\b\d{4}\b", s):
        # "lundi", "mardi 3 mars", "hier": a date without its year is relative to a day we do not know
        raise ValueError(f"{s!r} is not a date Chronique can read on its own: give its year "
                         "(YYYY, YYYY-MM, YYYY-MM-DD or e.g. '16 janvier 2022')")
    data = _written_parser().get_date_data(s)
    if data.date_obj is None:
        raise ValueError(f"{s!r} is not a date Chronique can read (use YYYY, YYYY-MM, YYYY-MM-DD or e.g. '16 janvier 2022')")
    period = data.period or "day"
    d = data.date_obj.date()
    if d.year not in YEARS:
        raise ValueError(f"{s!r}: the year {d.year} is outside {YEARS.start}-{YEARS.stop - 1}, the years news can carry")
    if period == "year":
        return f"{d.year:04d}", "year"
    if period == "month":
        return f"{d.year:04d}-{d.month:02d}", "month"
    return d.isoformat(), "day"
