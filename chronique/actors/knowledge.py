"""The actor knowledge base: who held which office of which country, and when.

Three kinds of knowledge are merged, and the order says which wins when they disagree:

1. what the user curates: their own ``actors.yaml`` (basis ``user``) and office-holder tables
   imported from CSV or JSON, e.g. a Wikidata export (basis ``table``);
2. the list shipped with Chronique, ``data/actors.yaml`` (basis ``shipped``);
3. what the corpus shows (basis ``corpus``): each sentence that ties a named person to an
   office ("Le ministre de l'Intérieur, Abdelouafi Laftit, a ...") is an :class:`OfficeClaim`
   dated by its article; a person's claims give the interval over which the corpus shows them
   in office, first and last evidence.

A title with no name ("le ministre italien de l'Intérieur", 2024-06-10) is then resolved to the
person holding that office at that date. An office is taken to stay with its last known holder
until the next holder appears, so an article naming Y in 2025 ends X's tenure for every later
date. When two people fit one date (two holders seen at once, two curated intervals that
overlap) the mention is flagged as a conflict and left unresolved: the knowledge base never
guesses. An open end in curated knowledge ("to:" left empty) means "still held when the list was
written" (its ``as_of``); later corpus evidence of someone else in the office ends it.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from chronique.actors.offices import load_offices, title_key
from chronique.actors.people import FOREVER, KnownPerson, lower, people_index, upper
from chronique.text import fold

BASES = ("user", "table", "shipped", "corpus")   # strongest first


@dataclass(frozen=True)
class OfficeClaim:
    """One sentence of the corpus saying that a person holds an office of a country."""

    person: str
    country: str | None
    office: str
    date: str | None
    title: str = ""       # as the article writes it: "ministre de l'Intérieur"
    doc_id: str = ""
    sentence: str = ""
    sentence_index: int = -1


@dataclass
class Tenure:
    """A person in an office of a country from ``start`` to ``end`` (None: open)."""

    person: str
    country: str | None
    office: str
    start: str | None
    end: str | None
    basis: str            # user | table | shipped | corpus
    origin: str = ""      # where it was read: "actors.yaml", "holders.csv:12", "corpus"
    as_of: str | None = None  # for an open end: the date the source was written
    evidence: list[OfficeClaim] = field(default_factory=list)


@dataclass(frozen=True)
class Resolution:
    """Who a title names at a date: a person (with the basis of the knowledge), or a conflict."""

    person: str | None
    basis: str                        # user | table | shipped | corpus | conflict
    candidates: tuple[str, ...] = ()  # the people who fit, for a conflict


@dataclass
class Knowledge:
    tenures: dict[tuple[str | None, str], list[Tenure]] = field(default_factory=lambda: defaultdict(list))
    aliases: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))   # person -> other names
    countries: dict[str, str | None] = field(default_factory=dict)                    # person -> country

    def add(self, tenure: Tenure) -> None:
        self.tenures[(tenure.country, tenure.office)].append(tenure)
        self.countries.setdefault(tenure.person, tenure.country)

    def holder_at(self, country: str | None, office: str | None, date: str | None) -> Resolution | None:
        """The person holding ``office`` of ``country`` at ``date``, None when nobody is known."""
        if not country or not office or not date:
            return None
        tenures = self.tenures.get((country, office), [])
        point = lower(date)
        for basis in BASES:
            fits = {t.person for t in tenures if t.basis == basis and _covers(t, point, tenures, strict=True)}
            if not fits and basis == "corpus":
                fits = {t.person for t in tenures if t.basis == basis and _covers(t, point, tenures, strict=False)}
            if len(fits) == 1:
                return Resolution(fits.pop(), basis)
            if len(fits) > 1:
                return Resolution(None, "conflict", tuple(sorted(fits)))
        return None

    def successor(self, t: Tenure) -> tuple[str, str] | None:
        """(date, person): the next other holder of ``t``'s office after its start, which ends an
        open or corpus-evidenced tenure."""
        rivals = self.tenures.get((t.country, t.office), [])
        later = [(lower(r.start), r.start, r.person) for r in rivals if r.person != t.person and lower(r.start) > lower(t.start)]
        first = min(later, default=None)
        # the date at its own precision: a term known to start in "2025" is not "from 2025-01-01"
        return (first[1], first[2]) if first else None

    def people(self, country: str | None = None, office: str | None = None) -> list[dict]:
        """Every person with an office, each with their tenures, strongest knowledge first."""
        by_person: dict[str, list[Tenure]] = defaultdict(list)
        for (c, o), tenures in self.tenures.items():
            if country and c != country.upper():
                continue
            if office and not _office_matches(o, office):
                continue
            for t in tenures:
                by_person[t.person].append(t)
        out = []
        for person, tenures in by_person.items():
            tenures.sort(key=lambda t: (lower(t.start), BASES.index(t.basis)))
            out.append({"name": person, "country": self.countries.get(person),
                        "aliases": sorted(self.aliases.get(person, ())), "tenures": tenures,
                        "successors": [self.successor(t) for t in tenures]})
        return sorted(out, key=lambda p: (p["country"] or "", p["name"]))


def _office_matches(office: str, query: str) -> bool:
    """``--role`` accepts an office id ("interior_minister"), its English label or a French title."""
    offices = load_offices()
    wanted = offices.office_of(title_key(query)) or fold(query)
    return office == wanted or fold(offices.label(office)) == fold(query) or fold(query) in fold(office)


def _covers(t: Tenure, point: str, rivals: list[Tenure], *, strict: bool) -> bool:
    """Whether tenure ``t`` covers ``point``. Strict: within its stated (or evidenced) interval.
    Not strict (corpus only): from its start until the next holder of the office appears."""
    if lower(t.start) > point:
        return False
    if t.end is not None and (strict or t.basis != "corpus"):
        return point <= upper(t.end)
    return point < _next_holder(t, rivals, floor=t.as_of)


def _next_holder(t: Tenure, rivals: list[Tenure], *, floor: str | None) -> str:
    """When the office passed to someone else: the next start of another person's tenure after
    ``t``'s start (and after ``floor``, the date an open curated end was still true)."""
    starts = [lower(r.start) for r in rivals if r.person != t.person and lower(r.start) > lower(t.start)
              and (floor is None or lower(r.start) > upper(floor))]
    return min(starts, default=FOREVER)


# --- building -------------------------------------------------------------------------------

def tenures_of(person: KnownPerson, basis: str, origin: str, as_of: str | None) -> list[Tenure]:
    """A curated person's offices as tenures; a title no vocabulary entry names is kept as its words."""
    offices = load_offices()
    out = []
    for o in person.offices:
        office = offices.office_of_title(o.title)
        out.append(Tenure(person.name, person.country, office, o.start, o.end, basis, origin, as_of))
    return out


def build_knowledge(curated: Iterable[tuple[KnownPerson, str, str, str | None]], claims: Iterable[OfficeClaim]) -> Knowledge:
    """Merge curated people (person, basis, origin, as_of) and the corpus's office claims."""
    kb = Knowledge()
    known: list[KnownPerson] = []
    for person, basis, origin, as_of in curated:
        known.append(person)
        kb.aliases[person.name].update(person.aliases)
        kb.countries[person.name] = person.country
        for t in tenures_of(person, basis, origin, as_of):
            kb.add(t)
    index = people_index(known)
    names = _canonical_names(list(claims), index)
    grouped: dict[tuple[str, str | None, str], list[OfficeClaim]] = defaultdict(list)
    for claim, name in names:
        grouped[(name, claim.country, claim.office)].append(claim)
        if name != claim.person:
            kb.aliases[name].add(claim.person)
    for (name, country, office), evidence in grouped.items():
        evidence.sort(key=lambda c: (lower(c.date), c.doc_id))
        dated = [c.date for c in evidence if c.date]
        if not dated:
            continue
        kb.add(Tenure(name, country, office, min(dated, key=lower), max(dated, key=upper), "corpus",
                      f"corpus: {len({c.doc_id for c in evidence})} article(s)", evidence=evidence))
    return kb


def _canonical_names(claims: list[OfficeClaim], index) -> list[tuple[OfficeClaim, str]]:
    """Each claim with the name its person is known under: a curated name when the claim's name
    is one of its forms, else the most frequent spelling among the corpus's close variants
    ("Abdelouafi Laftit" / "Abdelwafi Laftit") of the same country."""
    out: list[tuple[OfficeClaim, str]] = []
    spellings: dict[str | None, Counter[str]] = defaultdict(Counter)
    for c in claims:
        known = index.lookup(c.person)
        if known is None or (known.country and c.country and known.country != c.country):
            spellings[c.country][c.person] += 1
    clusters: dict[tuple[str | None, str], str] = {}
    for country, counts in spellings.items():
        heads: list[str] = []
        # full names before bare surnames, then the most frequent spelling
        for name, _ in sorted(counts.items(), key=lambda kv: (-min(len(kv[0].split()), 2), -kv[1], -len(kv[0]), kv[0])):
            head = next((h for h in heads if _same_person(h, name)), None)
            if head is None:
                heads.append(name)
                head = name
            clusters[(country, name)] = head
    for c in claims:
        known = index.lookup(c.person)
        if known is not None and not (known.country and c.country and known.country != c.country):
            out.append((c, known.name))
        else:
            out.append((c, clusters[(c.country, c.person)]))
    return out


def _same_person(a: str, b: str) -> bool:
    fa, fb = fold(a).replace("-", " ").split(), fold(b).replace("-", " ").split()
    if not fa or not fb or fa[-1] != fb[-1] and fuzz.ratio(fa[-1], fb[-1]) < 85:
        return False
    if len(fa) == 1 or len(fb) == 1:
        return fa[-1] == fb[-1]
    return fuzz.token_sort_ratio(" ".join(fa), " ".join(fb)) >= 88
