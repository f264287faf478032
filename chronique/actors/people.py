"""Known people (data/actors.yaml, and the user's own actors.yaml): the state a named person acts for, and the offices they held.

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


FOREVER = "9999-12-31"


def lower(date: str | None) -> str:
    """The first day a date of any precision covers: "2024" -> "2024-01-01"."""
    if not date:
        return "0000-01-01"
    d = date[:10]
    return {4: d + "-01-01", 7: d + "-01"}.get(len(d), d)


def upper(date: str | None) -> str:
    """The last day a date of any precision covers: "2024" -> "2024-12-31" (months end on 31)."""
    if not date:
        return FOREVER
    d = date[:10]
    return {4: d + "-12-31", 7: d + "-31"}.get(len(d), d)


@dataclass(frozen=True)
class Office:
    """A title held from ``start`` to ``end`` (ISO dates of any precision: "2017", "2021-09-15")."""

    title: str
    start: str | None
    end: str | None     # None: still held when the list was written

    def covers(self, date: str | None) -> bool:
        return date is not None and lower(self.start) <= lower(date) <= upper(self.end)


@dataclass(frozen=True)
class KnownPerson:
    name: str
    country: str | None
    aliases: tuple[str, ...] = ()
    offices: tuple[Office, ...] = ()

    def spelt_like(self, surname: str) -> str:
        """The full name to show for a bare surname as the article spells it: the name or an
        alias ending in that very spelling ("Netanyahu" -> "Benjamin Netanyahu", not the curated
        "Benyamin Nétanyahou"), the longest such; else the curated name."""
        written = surname.lower()
        forms = [n for n in (self.name, *self.aliases) if n.split()[-1].lower() == written]
        return max(forms, key=lambda n: len(n.split())) if forms else self.name

    def title_at(self, date: str | None) -> str | None:
        """The title this person held at ``date``, when exactly one office covers it."""
        titles = {o.title for o in self.offices if o.covers(date)}
        return titles.pop() if len(titles) == 1 else None


@dataclass
class PeopleIndex:
    """Look-up of known people by their folded full name, an alias, or a surname only they bear."""

    by_form: dict[tuple[str, ...], KnownPerson] = field(default_factory=dict)
    by_surname: dict[str, KnownPerson] = field(default_factory=dict)
    by_word: dict[str, list[KnownPerson]] = field(default_factory=dict)   # any word of a name
    # a name of three words or more by its words in any order: the particles of an Arabic name
    # move ("Mohamed Cheikh Ould El Ghazouani" is "Mohamed Ould Cheikh El Ghazouani")
    by_words: dict[frozenset[str], KnownPerson] = field(default_factory=dict)
    max_len: int = 1

    def lookup(self, name: str) -> KnownPerson | None:
        words = _words(name)
        if not words:
            return None
        known = self.by_form.get(words) or (self.by_words.get(frozenset(words)) if len(words) >= 3 else None)
        if known is not None or len(words) > 3:
            return known
        known = self.by_surname.get(words[-1])
        # a surname alone ("Erdogan"), or with given names the known person bears ("Tayyip
        # Erdogan"); with others it is someone else: "Salih Mutlu Sen" is not Hun Sen
        if known is not None and any(len(w) > 2 and not w.endswith(".") and w not in _name_words(known)
                                     for w in words[:-1]):
            return None
        return known

    def titled(self, word: str, title: str, date: str | None) -> KnownPerson | None:
        """The one known person with ``word`` in their name who held ``title`` at ``date``: a
        monarch is named by the first name ("le roi Salmane", "l'émir Tamim"), which may be
        another person's surname (Mohammed ben Salmane, the crown prince)."""
        key = _words(title)
        fits = {p.name: p for p in self.by_word.get(fold(word), ()) if _words(p.title_at(date) or "") == key}
        return next(iter(fits.values())) if len(fits) == 1 else None

    def family_of(self, name: str) -> KnownPerson | None:
        """The known person whose family name -- the last two words of a full name of three words
        or more -- this longer name ends with, if they all are of one country: "Maréchal Mahamat
        Idriss Déby Itno" is of Idriss Déby Itno's family, and of his country."""
        words = _words(name)
        if len(words) < 3:
            return None
        kin = [p for p in self.by_word.get(words[-1], ()) if len(_words(p.name)) >= 2
               and _words(p.name)[-2:] == words[-2:] and _words(p.name) != words]
        return kin[0] if kin and len({p.country for p in kin}) == 1 else None

    def match_at(self, folded: list[str], i: int) -> tuple[KnownPerson, int] | None:
        """The longest known full name or alias (two words or more) starting at word i."""
        return longest_match(self.by_form, folded, i, self.max_len, min_len=2)


def _name_words(person: KnownPerson) -> set[str]:
    return {w for form in (person.name, *person.aliases) for w in _words(form)}


def _words(name: str) -> tuple[str, ...]:
    """A name's folded words as the French tokenizer cuts them: "N'Guesso" is "n'" and "guesso"."""
    return tuple(w for w in fold(name).replace("-", " ").replace("'", "' ").split() if w)


def _date(value) -> str | None:
    """A YAML year (2017), date or string as ISO text; None for an open end."""
    return None if value in (None, "") else str(value)


def person_from_entry(entry: dict) -> KnownPerson:
    """One ``people:`` entry of an actors.yaml file. Offices are written ``[title, from, to]``
    or ``{title: ..., from: ..., to: ...}``; ``to`` is left empty while the office is held."""
    offices = []
    for o in entry.get("offices") or []:
        if isinstance(o, dict):
            offices.append(Office(str(o["title"]), _date(o.get("from")), _date(o.get("to"))))
        else:
            offices.append(Office(str(o[0]), _date(o[1] if len(o) > 1 else None), _date(o[2] if len(o) > 2 else None)))
    return KnownPerson(str(entry["name"]), entry.get("country"), tuple(str(a) for a in entry.get("aliases") or []), tuple(offices))


@lru_cache(maxsize=1)
def shipped_file() -> dict:
    """data/actors.yaml as read (its people and the date its list holds as of), parsed once a
    process: 36 ms, and two readers."""
    return load_yaml("chronique.actors", "actors.yaml") or {}


@lru_cache(maxsize=1)
def shipped_people() -> tuple[KnownPerson, ...]:
    """The curated list shipped with Chronique (data/actors.yaml)."""
    return tuple(person_from_entry(e) for e in shipped_file().get("people", []))


@lru_cache(maxsize=1)
def load_people() -> PeopleIndex:
    return people_index(shipped_people())


def people_index(known: tuple[KnownPerson, ...] | list[KnownPerson]) -> PeopleIndex:
    """An index over known people; a later entry with the same name or alias wins."""
    index = PeopleIndex()
    surnames: dict[str, set[str]] = {}
    people = []
    for person in known:
        people.append(person)
        for form in (person.name, *person.aliases):
            words = _words(form)
            index.by_form[words] = person
            if len(words) >= 3:
                index.by_words[frozenset(words)] = person
            index.max_len = max(index.max_len, len(words))
            surnames.setdefault(words[-1], set()).add(person.name)
            for w in set(words):
                if len(w) > 2 and person not in index.by_word.setdefault(w, []):
                    index.by_word[w].append(person)
    for person in people:
        surname = _words(person.name)[-1]
        if len(surnames.get(surname, ())) == 1:
            index.by_surname[surname] = person
    return index
