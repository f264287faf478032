"""What the knowledge base says about people, as plain dicts: the listing behind `chronique
actors` and the record behind `chronique actor NAME` (and the web app's actor pages)."""
from __future__ import annotations

from chronique.actors.holders import load_knowledge
from chronique.actors.knowledge import Knowledge, Tenure
from chronique.actors.offices import load_offices
from chronique.store.db import EventFilter
from chronique.text import fold


def tenure_dict(t: Tenure, successor: tuple[str, str] | None = None) -> dict:
    return {
        "office": t.office, "office_label": load_offices().label(t.office), "country": t.country,
        "start": t.start, "end": t.end, "basis": t.basis, "origin": t.origin,
        "succeeded_on": successor[0] if successor else None, "succeeded_by": successor[1] if successor else None,
        "evidence": [{"date": c.date, "doc_id": c.doc_id, "title": c.title, "sentence": c.sentence} for c in t.evidence],
    }


def _person_dict(p: dict) -> dict:
    return {"name": p["name"], "country": p["country"], "aliases": p["aliases"],
            "offices": [tenure_dict(t, s) for t, s in zip(p["tenures"], p.get("successors") or [None] * len(p["tenures"]))]}


def list_people(store, *, country: str | None = None, role: str | None = None, everyone: bool = False,
                kb: Knowledge | None = None) -> list[dict]:
    """People with their offices and the dates each source supports. By default only the people
    the corpus shows in an office, those its events were resolved to by their title, or the user
    imported; ``everyone`` adds the rest of the shipped list."""
    kb = kb or load_knowledge(store)
    people = kb.people(country=country, office=role)
    if not everyone:
        attributed = store.attributed_people()
        people = [p for p in people if p["name"] in attributed or any(t.basis != "shipped" for t in p["tenures"])]
    return [_person_dict(p) for p in people]


def find_person(store, name: str, *, kb: Knowledge | None = None) -> dict | None:
    """One person by full name, alias or surname: offices, aliases and events over time (those
    naming them and those where a title was resolved to them). None when nobody matches."""
    kb = kb or load_knowledge(store)
    people = kb.people()
    wanted = fold(name)
    match = (next((p for p in people if fold(p["name"]) == wanted), None)
             or next((p for p in people if wanted in {fold(a) for a in p["aliases"]}), None))
    if match is None and len(wanted.split()) == 1:   # "Laftit"; not "Karim Benali" for "Ahmed Benali"
        by_surname = [p for p in people if fold(p["name"]).split()[-1:] == wanted.split()]
        match = by_surname[0] if len(by_surname) == 1 else None
    names = {match["name"], *match["aliases"]} if match else set()
    if match is None:
        # a person the articles name but whose office is unknown still has events
        if not store.events(EventFilter(persons=(name,)), limit=1):
            return None
        match, names = {"name": name, "country": None, "aliases": [], "tenures": []}, {name}
    record = _person_dict(match)
    record["events"] = store.events(EventFilter(persons=tuple(sorted(names))))
    return record
