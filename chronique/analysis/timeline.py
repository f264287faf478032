"""Timelines: events counted per month and type, the shape a dyad's history is plotted in."""
from __future__ import annotations

from chronique.store import EventFilter, Store


def monthly_counts(store: Store, flt: EventFilter | None = None) -> list[dict]:
    """Rows of {month: "YYYY-MM", type, n}, months in order. Year-precise events count as "YYYY"."""
    return store.timeline(flt)
