"""The knowledge base over a store: load it, import into it, and resolve the titles of stored
events ("le ministre italien de l'Intérieur" on 2024-06-10) to the people who held them.

Resolution runs over the whole store after each run, so its result does not depend on the order
articles were read in: an article of 2021 read after one of 2024 still teaches who held an
office in 2021. It only fills the ``*_person`` columns of events; the actor the article names
stays as written.
"""
from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from chronique.actors.imports import read_known_people
from chronique.actors.knowledge import Knowledge, build_knowledge
from chronique.actors.people import PeopleIndex, people_index, person_from_entry, shipped_file, shipped_people
from chronique.model import Problem

SHIPPED_ORIGIN = "chronique/actors/data/actors.yaml"


@dataclass
class TitleReport:
    """What resolving the titles of stored events found."""

    resolved: dict[str, int] = field(default_factory=dict)   # basis -> count
    unresolved: int = 0
    conflicts: list[dict] = field(default_factory=list)       # {country, office, date, candidates, event}

    def __str__(self) -> str:
        done = sum(self.resolved.values())
        by = ", ".join(f"{n} by {b}" for b, n in sorted(self.resolved.items()))
        line = f"titles resolved to a person: {done}" + (f" ({by})" if by else "") + f"; {self.unresolved} unknown"
        if self.conflicts:
            line += f"; {len(self.conflicts)} conflict(s) left unresolved (see `chronique actors --conflicts`)"
        return line


@lru_cache(maxsize=1)
def _shipped_as_of() -> str | None:
    data = shipped_file()
    return str(data["as_of"]) if data.get("as_of") else None


def curated_people(store) -> list[tuple]:
    """(person, basis, origin, as_of) for the shipped list and every file the user imported;
    the user's come last so that, in a name index, they win."""
    as_of = _shipped_as_of()
    out = [(p, "shipped", SHIPPED_ORIGIN, as_of) for p in shipped_people()]
    for row in store.known_people():
        out.append((person_from_entry(json.loads(row["entry"])), row["basis"], row["origin"], row["as_of"]))
    return out


def known_people_index(store) -> PeopleIndex:
    """Names and nationalities of curated people, for resolving the actors of an article."""
    return people_index([p for p, *_ in curated_people(store)])


def load_knowledge(store) -> Knowledge:
    """Curated knowledge and the office claims of the stored articles, merged."""
    return build_knowledge(curated_people(store), store.office_claims())


def resolve_titles(store, kb: Knowledge | None = None, *, write: bool = True) -> TitleReport:
    """Fill each stored event's ``source_person``/``target_person``: the named person itself
    (basis ``text``), or the holder of a title at the event's date (basis ``user``, ``table``,
    ``shipped`` or ``corpus``), or nothing (a conflict is counted and listed)."""
    kb = kb or load_knowledge(store)
    report = TitleReport()
    updates = []
    for row in store.role_actors_in_events():
        values: list = []
        for side in ("source", "target"):
            kind = row[f"{side}_kind"]
            person = basis = None
            if kind == "person":
                person, basis = row[f"{side}_name"], "text"
            elif kind == "role" and row[f"{side}_office"]:
                res = kb.holder_at(row[f"{side}_country"], row[f"{side}_office"], row["date"])
                if res is None:
                    report.unresolved += 1
                elif res.person is None:
                    report.conflicts.append({"event": row["id"], "country": row[f"{side}_country"], "office": row[f"{side}_office"],
                                             "date": row["date"], "candidates": list(res.candidates)})
                else:
                    person, basis = res.person, res.basis
                    report.resolved[basis] = report.resolved.get(basis, 0) + 1
            values += [person, basis]
        if values != [row["source_person"], row["source_person_basis"], row["target_person"], row["target_person_basis"]]:
            updates.append((*values, row["id"]))   # only what changed: a run re-resolves the whole store
    if write:
        store.set_event_people(updates)
        store.mark_titles_resolved()
    return report


def import_known_people(store, path: str | Path) -> tuple[int, list[Problem], TitleReport]:
    """Read an actors.yaml or an office-holder table into the store (replacing an earlier import
    of the same file) and resolve the stored events again with what it adds."""
    entries, basis, problems = read_known_people(path)
    origin = str(Path(path).resolve())
    store.replace_known_people(origin, basis, entries, _dt.date.today().isoformat())
    if problems:
        store.add_problems(problems)
    return len(entries), problems, resolve_titles(store)
