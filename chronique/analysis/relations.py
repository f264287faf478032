"""The state of a relationship: a cooperation-conflict index per dyad per month.

Each event weighs its intensity (data/intensity.yaml: Goldstein values through the CAMEO
crosswalk); an act restated in several sentences of one article counts once; the month's
index is the mean intensity of its acts, with their number beside it. The trend is the slope
of a least-squares line through the months that have acts, placed on a true time axis, in
index points per year.
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from chronique.actors.gazetteer import load_yaml


@lru_cache(maxsize=1)
def intensities() -> dict:
    return load_yaml("chronique.analysis", "intensity.yaml") or {}


def intensity(etype: str, mode: str | None = None) -> float:
    info = intensities().get(etype) or {}
    return float((info.get("modes") or {}).get(mode or "", info.get("goldstein", 0.0)))


def crosswalk(etype: str, mode: str | None = None) -> dict:
    """The event's CAMEO code and Goldstein value (data/intensity.yaml), so that an export sits
    beside GDELT's: {"cameo": "112", "goldstein": -3.0}."""
    info = intensities().get(etype) or {}
    return {"cameo": info.get("cameo"), "goldstein": intensity(etype, mode) if info else None}


def deduplicated(events: list[dict]) -> list[dict]:
    """One act per article, type and (unordered) pair of countries: restatements count once."""
    seen, out = set(), []
    for e in events:
        key = (e["doc_id"], e["type"], frozenset({e.get("source_country"), e.get("target_country")}))
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def monthly_index(events: list[dict]) -> list[dict]:
    """[{month, index, n, cooperation, conflict}] for the months that have acts, in order."""
    by_month: dict[str, list[float]] = defaultdict(list)
    for e in deduplicated(events):
        by_month[(e.get("date") or "?")[:7]].append(intensity(e["type"], e.get("mode")))
    out = []
    for month in sorted(by_month):
        values = by_month[month]
        out.append({"month": month, "index": round(sum(values) / len(values), 2), "n": len(values),
                    "cooperation": sum(1 for v in values if v > 0), "conflict": sum(1 for v in values if v < 0)})
    return out


def month_ordinal(month: str) -> int | None:
    """"2021-07" -> months since year 0 ("2021" is its January); None for an undated "?"."""
    year, _, mon = month.partition("-")
    if not year.isdigit():
        return None
    return int(year) * 12 + (int(mon) - 1 if mon.isdigit() else 0)


def trend(index: list[dict]) -> float | None:
    """Slope of the index in points per year, months placed at their dates (2021-07 and
    2023-07 two years apart, not one step); None with fewer than two dated months."""
    points = [(k / 12, m["index"]) for m in index if (k := month_ordinal(m["month"])) is not None]
    if len({x for x, _ in points}) < 2:
        return None
    xs, ys = [x for x, _ in points], [y for _, y in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return round(sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs), 2)
