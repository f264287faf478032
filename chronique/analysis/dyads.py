"""A dyad's story in numbers: events per month and type, cooperation against conflict, the
issue areas it is about. What the dyad page plots and the dyad brief will build on."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from chronique.actors.gazetteer import load_yaml
from chronique.store import EventFilter, Store


@lru_cache(maxsize=1)
def event_types() -> dict[str, dict]:
    """data/event_types.yaml: each PLOVER type's class, English name and colour (read once)."""
    return load_yaml("chronique.analysis", "event_types.yaml") or {}


def type_classes() -> dict[str, str]:
    """PLOVER type -> cooperation | conflict | neutral."""
    return {t: info["class"] for t, info in event_types().items()}


def type_colours() -> dict[str, str]:
    """PLOVER type -> its colour, the same in every chart."""
    return {t: info.get("colour", "#868e96") for t, info in event_types().items()}


def dyad_summary(store: Store, flt: EventFilter) -> dict:
    """Monthly counts by type and by class, and the contexts of the dyad's events."""
    months = store.timeline(flt)
    classes = type_classes()
    by_class: Counter[tuple[str, str]] = Counter()
    for r in months:
        by_class[(r["month"] or "?", classes.get(r["type"], "neutral"))] += r["n"]
    contexts: Counter[str] = Counter()
    for e in store.iter_events(flt):
        contexts.update(e["contexts"])
    return {
        "timeline": months,
        "classes": [{"month": m, "class": c, "n": n} for (m, c), n in sorted(by_class.items())],
        "contexts": [{"context": c, "n": n} for c, n in contexts.most_common()],
        "total": store.count_events(flt),
    }
