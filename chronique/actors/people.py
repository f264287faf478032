"""Known people (data/people.yaml): the state a named person acts for, and the offices they held.

An article often names someone bare ("le président Abdelmadjid Tebboune", "Erdogan a reçu"):
the text then says nothing of their nationality, and guessing the article's home country is
wrong half the time. This curated list fills that gap; what the article itself says (an
apposition "son homologue italien, X", an adjective "le ministre malien X") still wins.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from chronique.actors.gazetteer import load_yaml
from chronique.text import fold, longest_match


@dataclass(frozen=True)
class Office:
    role: str
    start: int | None
    end: int | None     # None: still held

    def held_in(self, year: int | None) -> bool:
        if year is None:
            return True
        return (self.start is None or self.start <= year) and (self.end is None or year <= self.end)


@dataclass(frozen=True)
class KnownPerson:
    name: str
    country: str | None
    aliases: tuple[str, ...] = ()
    offices: tuple[Office, ...] = ()

    def office_in(self, year: int | None) -> Office | None:
        return next((o for o in self.offices if o.held_in(year)), None)


@dataclass
class PeopleIndex:
    """Look-up of known people by their folded full name, an alias, or a surname only they bear."""

    by_form: dict[tuple[str, ...], KnownPerson] = field(default_factory=dict)
    by_surname: dict[str, KnownPerson] = field(default_factory=dict)
    max_len: int = 1

    def lookup(self, name: str) -> KnownPerson | None:
        words = _words(name)
        if not words:
            return None
        return self.by_form.get(words) or (self.by_surname.get(words[-1]) if len(words) <= 3 else None)

    def match_at(self, folded: list[str], i: int) -> tuple[KnownPerson, int] | None:
        """The longest known full name or alias (two words or more) starting at word i."""
        return longest_match(self.by_form, folded, i, self.max_len, min_len=2)


def _words(name: str) -> tuple[str, ...]:
    return tuple(w for w in fold(name).replace("-", " ").split() if w)


@lru_cache(maxsize=1)
def load_people() -> PeopleIndex:
    data = load_yaml("chronique.actors", "people.yaml") or {}
    index = PeopleIndex()
    surnames: dict[str, set[str]] = {}
    people = []
    for entry in data.get("people", []):
        offices = tuple(Office(o[0], o[1], o[2]) for o in entry.get("offices", []))
        person = KnownPerson(entry["name"], entry.get("country"), tuple(entry.get("aliases", [])), offices)
        people.append(person)
        for form in (person.name, *person.aliases):
            words = _words(form)
            index.by_form[words] = person
            index.max_len = max(index.max_len, len(words))
            surnames.setdefault(words[-1], set()).add(person.name)
    for person in people:
        surname = _words(person.name)[-1]
        if len(surnames.get(surname, ())) == 1:
            index.by_surname[surname] = person
    return index
