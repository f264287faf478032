"""Country and organisation names, matched over a parsed article.

Country names and codes come from pycountry and its French translations; what pycountry does
not know (adjectives, capitals, short forms, organisations) is read from ``data/*.yaml``, so an
analyst extends the gazetteer without touching code.
"""
from __future__ import annotations

from collections import Counter

import gettext
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import pycountry
import yaml

from chronique.text import fold

if TYPE_CHECKING:  # spaCy is imported by what parses, not by every command that reads a store
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Place:
    """What a gazetteer phrase stands for."""

    code: str          # ISO alpha-3, or the organisation's id for IGOs
    kind: str          # country | adjective | capital | seat | group | company | igo | igo_adjective | none
    label: str         # display name: "Maroc", "Union européenne"
    sector: str = ""   # a company's, where it is not business: a broadcaster's MED

    @property
    def country(self) -> str:
        return "IGO" if self.kind.startswith("igo") else self.code


@dataclass(frozen=True)
class PlaceSpan:
    start: int         # token indexes, end exclusive
    end: int
    place: Place
    also: str | None = None   # a compound adjective's second country ("maroco-rwandaise": RWA)


def parse_yaml(text: str):
    """YAML text to Python data, with libyaml's C loader when PyYAML was built with it: the same
    safe subset, ten times faster, which matters at start-up (a run reads ten data files)."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def load_yaml(package: str, name: str):
    """Read a YAML data file shipped inside a package's ``data/`` folder."""
    return parse_yaml(resources.files(package).joinpath("data", name).read_text(encoding="utf-8"))


def agree_adjective(adj: str, feminine: bool, plural: bool) -> str:
    """The form of a nationality adjective that agrees with its noun: ("algérien", fem., plural)
    -> "algériennes"; "burkinabè" is invariable, as the press and the codebook's names write it."""
    if adj.endswith("è"):
        return adj
    if adj.endswith("e"):
        return adj + "s" if plural else adj
    fem = adj + ("ne" if adj.endswith("en") else "e") if feminine else adj
    return fem + "s" if plural and not fem.endswith(("s", "x")) else fem


def inflect_adjective(adj: str) -> list[str]:
    """Every form of a French nationality adjective (italien -> italienne, italiens, italiennes;
    an invariable one is still read agreed when a text agrees it: "burkinabèe")."""
    forms = [agree_adjective(adj, fem, plural) for fem in (False, True) for plural in (False, True)]
    if adj.endswith("è"):
        forms += [adj + "e", adj + "s", adj + "es"]
    return list(dict.fromkeys(forms))


def french_country_names() -> dict[str, list[str]]:
    """alpha-3 -> French names from pycountry (short, official, common; "Iran, République de" -> "Iran")."""
    try:
        fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
        tr = fr.gettext
    except OSError:  # pragma: no cover - pycountry always ships French
        tr = str
    names: dict[str, list[str]] = {}
    for c in pycountry.countries:
        forms = []
        for attr in ("name", "official_name", "common_name"):
            if hasattr(c, attr):
                forms.append(tr(getattr(c, attr)))
        for f in list(forms):
            if "," in f:
                head, _, tail = f.partition(",")
                forms.append(head.strip())
                forms.append(f"{tail.strip()} {head.strip()}".replace("' ", "'"))
        names[c.alpha_3] = list(dict.fromkeys(x for x in forms if x))
    return names


def _other_spellings(key: tuple[str, ...], phrase: str) -> list[tuple[str, ...]]:
    """The same name with its hyphens written as spaces or the reverse: the press writes "Tel
    Aviv" and "Tel-Aviv", "Addis-Abeba" and "Addis Abeba", and the tokenizer splits a hyphen
    between two capitalised words into a token of its own. Only for two capitalised words: "Sri
    Lanka" may be hyphenated, "Arabie saoudite" is not."""
    if "-" in key:
        return [tuple(w for w in key if w != "-")]
    words = phrase.split()
    if len(key) == 2 and len(words) == 2 and all(w[:1].isupper() for w in words):
        return [(key[0], "-", key[1])]
    return []


class Gazetteer:
    """Longest-match look-up of folded token sequences."""

    def __init__(self, tokenize) -> None:
        self._tokenize = tokenize
        self._phrases: dict[tuple[str, ...], Place] = {}
        self._conflicts: set[tuple[str, ...]] = set()
        # names the data files write in lower case ("shebab", "rebelles houthis"): matched in
        # lower case too, where other names must be capitalised
        self._lowercase: set[tuple[str, ...]] = set()
        # a country's acronym ("EAU", "RDC") is written in capitals: "de l'Eau" in a ministry's
        # title had made its minister Emirati
        self._capitals_only: set[tuple[str, ...]] = set()
        self.prefixes: dict[str, str] = {}
        self.labels: dict[str, str] = {}
        self.adjectives: dict[str, str] = {}   # alpha-3 -> masculine singular ("suédois")
        self._lengths: dict[str, list[int]] | None = None
        # names two states share ("Congo"): folded name -> the states, the one it names by
        # default first; read by the article's other mentions (``_shared``)
        self.shared: dict[tuple[str, ...], list[str]] = {}
        # cities that stand for an organisation in the press ("Bruxelles" for the EU): folded
        # city -> the organisation's id (igos.yaml's `city`)
        self.union_cities: dict[tuple[str, ...], str] = {}
        # regions that locate people but never act ("Gaza", "le Darfour"): folded name -> state
        # (countries.yaml's `regions`: not places the article's actors are read from)
        self.regions: dict[tuple[str, ...], str] = {}

    def add(self, phrase: str, place: Place, *, override: bool = False) -> None:
        if self._tokenize is None:
            raise RuntimeError("this gazetteer is sealed: add its phrases before calling seal()")
        key = tuple(fold(t.text) for t in self._tokenize(phrase) if not t.is_space)
        if not key:
            return
        old = self._phrases.get(key)
        if old and old.code != place.code and not override:
            self._conflicts.add(key)  # "Congo" is two countries: an ambiguous name matches nothing
            return
        self._phrases[key] = place
        if phrase[:1].islower():
            self._lowercase.add(key)
        if place.kind == "country" and len(phrase) > 1 and phrase.isalpha() and phrase.isupper():
            self._capitals_only.add(key)
        for other in _other_spellings(key, phrase):  # "Tel Aviv" where the file writes "Tel-Aviv"
            self._phrases.setdefault(other, place)
        self._lengths = None

    def add_region(self, name: str, code: str) -> None:
        if self._tokenize is None:
            raise RuntimeError("this gazetteer is sealed: add its regions before calling seal()")
        key = tuple(fold(t.text) for t in self._tokenize(name) if not t.is_space)
        for k in (key, *_other_spellings(key, name)):
            self.regions[k] = code

    def region_at(self, words: list[str], i: int) -> tuple[str, int] | None:
        """(state, number of words) of the longest region name that starts at word ``i``
        (folded words), if any."""
        found = [(code, len(key)) for key, code in self.regions.items() if tuple(words[i:i + len(key)]) == key]
        return max(found, key=lambda f: f[1]) if found else None

    def seal(self) -> None:
        """Let the tokenizer go once every phrase is in: it is the language model's ``make_doc``,
        and holding it would keep the whole model (~0.5 GB) alive in a process that lets it go
        (``load_nlp.cache_clear()``)."""
        self._tokenize = None

    def finish(self) -> None:
        for key in self._conflicts:
            self._phrases.pop(key, None)
        self._lengths = None

    def _phrase_lengths(self) -> dict[str, list[int]]:
        """Phrase lengths by first word, longest first: the scan tries only lengths that exist."""
        if self._lengths is None:
            lengths: dict[str, set[int]] = {}
            for key in self._phrases:
                lengths.setdefault(key[0], set()).add(len(key))
            self._lengths = {w: sorted(ns, reverse=True) for w, ns in lengths.items()}
        return self._lengths

    def is_nationality(self, word: str) -> bool:
        """Whether a word is a nationality adjective ("néerlandaise"), whatever the tagger says."""
        place = self._phrases.get((fold(word),))
        return place is not None and place.kind == "adjective"

    def find(self, doc: Doc, folded: list[str] | None = None) -> list[PlaceSpan]:
        """Places named in the doc (``folded``: its tokens' folded texts, if already at hand)."""
        folded = folded if folded is not None else [fold(t.text) for t in doc]
        by_first = self._phrase_lengths()
        spans: list[PlaceSpan] = []
        i = 0
        while i < len(doc):
            hit = None
            for n in by_first.get(folded[i], ()):
                if i + n > len(doc):
                    continue
                key = tuple(folded[i:i + n])
                place = self._phrases.get(key)
                # a country or organisation is capitalised ("la Chine", not "la chine"), not
                # always a seat of several words ("le département d'Etat")
                if place and key in self._capitals_only and not doc[i].text.isupper():
                    continue
                if place and (place.kind.endswith("adjective") or doc[i].text[:1].isupper()
                              or place.kind == "seat" and n > 1 or key in self._lowercase):
                    hit = PlaceSpan(i, i + n, place)
                    break
            if hit is None:
                hit = self._compound(doc, i, folded[i])
            if hit is None and (folded[i],) in self.shared and doc[i].text[:1].isupper():
                hit = PlaceSpan(i, i + 1, Place("", "shared", doc[i].text))
            if hit:
                if hit.place.kind != "none":  # "l'océan Indien": read as one name, of no state
                    spans.append(hit)
                i = hit.end
            else:
                i += 1
        spans = _without_seats_of_others(spans, folded)
        return self._shared(spans, folded) if any(p.place.kind == "shared" for p in spans) else spans

    def _shared(self, spans: list[PlaceSpan], folded: list[str]) -> list[PlaceSpan]:
        """A name two states share is the one the article names otherwise ("le Congo" of an
        article about the République démocratique du Congo, or about Kinshasa, is the DRC), else
        the one countries.yaml says it names by default."""
        named = Counter(p.place.code for p in spans if p.place.kind != "shared")
        out = []
        for p in spans:
            if p.place.kind != "shared":
                out.append(p)
                continue
            states = self.shared[(folded[p.start],)]
            code = max(states, key=lambda c: (named[c], c == states[0]))
            out.append(PlaceSpan(p.start, p.end, Place(code, "country", self.labels.get(code, code))))
        return out

    def _compound(self, doc: Doc, i: int, word: str) -> PlaceSpan | None:
        """Compound adjectives: "maroco-français" names Morocco (and France)."""
        first = word.split("-", 1)[0]
        code = self.prefixes.get(first)
        if code is None:
            return None
        split = "-" not in word and i + 1 < len(doc) and doc[i + 1].text == "-"  # "maroco", "-", "français"
        if "-" in word or split:
            # the second country of one word ("sino-américaines"); a split one is its own word
            second = self._phrases.get((word.split("-", 1)[1],)) if "-" in word else None
            also = second.code if second is not None and second.kind == "adjective" and second.code != code else None
            return PlaceSpan(i, i + 2 if split else i + 1, Place(code, "adjective", self.labels.get(code, code)), also)
        return None


def _display_name(iso_name: str, info: dict) -> str:
    """The name a French reader expects: "Iran", not pycountry's "Iran, République islamique d'"."""
    if info.get("label"):
        return info["label"]
    if "," not in iso_name:
        return iso_name
    return (info.get("aliases") or [iso_name.partition(",")[0].strip()])[0]


OF_WORDS = {"de", "du", "des", "d'"}   # the forms of "de" (resolve.py and the event rules use them too)


def _without_seats_of_others(spans: list[PlaceSpan], folded: list[str]) -> list[PlaceSpan]:
    """Spans less a seat's name that another country's name completes: "l'Armée populaire de
    libération du Soudan" is Sudan's, not China's army the seat names (countries.yaml's seats)."""
    out = []
    for k, p in enumerate(spans):
        after = spans[k + 1] if k + 1 < len(spans) else None
        if p.place.kind == "seat" and after is not None and after.place.kind == "country" \
                and after.place.code != p.place.code and p.end < len(folded) and folded[p.end] in OF_WORDS \
                and after.start - p.end <= 2:
            continue
        out.append(p)
    return out


@lru_cache(maxsize=1)
def country_labels() -> dict[str, str]:
    """alpha-3 -> the name a French reader expects ("Maroc", "Iran"); needs no language model,
    so a report can name countries without loading spaCy."""
    extra = load_yaml("chronique.actors", "countries.yaml") or {}
    return {code: _display_name(names[0], extra.get(code) or {}) for code, names in french_country_names().items()}


@lru_cache(maxsize=512)
def country_name(code: str | None, lang: str = "fr") -> str:
    """The name a reader of ``lang`` expects for an ISO alpha-3 code ("MAR": "Maroc" in French,
    "Morocco" in English, from pycountry); the code itself when none is known, "?" for none."""
    if not code:
        return "?"
    code = code.upper()
    if lang == "fr":
        return country_labels().get(code, code)
    c = pycountry.countries.get(alpha_3=code)
    return (getattr(c, "common_name", None) or c.name) if c is not None else code


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    from chronique.nlp import load_nlp

    nlp = load_nlp()
    gaz = Gazetteer(nlp.make_doc)
    extra = load_yaml("chronique.actors", "countries.yaml") or {}
    labels = country_labels()
    for code, names in french_country_names().items():
        label = labels[code]
        gaz.labels[code] = label
        for name in names:
            gaz.add(name, Place(code, "country", label))
    gaz.finish()
    for code, info in extra.items():
        label = gaz.labels.get(code, code)
        for alias in info.get("aliases", []):
            gaz.add(alias, Place(code, "country", label), override=True)
        for adj in info.get("adjectives", []):
            gaz.adjectives.setdefault(code, adj)
            for form in inflect_adjective(adj):
                gaz.add(form, Place(code, "adjective", label), override=True)
        for cap in info.get("capitals", []):
            gaz.add(cap, Place(code, "capital", label), override=True)
        for seat in info.get("seats", []):
            gaz.add(seat, Place(code, "seat", seat), override=True)
        for pre in info.get("prefixes", []):
            gaz.prefixes[fold(pre)] = code
        for region in info.get("regions", []):
            gaz.add_region(region, code)
        for name in info.get("shares", []):
            states = gaz.shared.setdefault((fold(name),), [])
            if name in info.get("names_by_default", []):
                states.insert(0, code)
            else:
                states.append(code)
    for group in load_yaml("chronique.actors", "groups.yaml") or []:
        for name in group.get("names", []):
            gaz.add(name, Place(group["country"], "group", group["label"]), override=True)
    for phrase in load_yaml("chronique.actors", "not_places.yaml") or []:
        gaz.add(phrase, Place("", "none", phrase), override=True)
    # companies and NGOs: named organisations of the country of their seat, with a sector
    for company in [*(load_yaml("chronique.actors", "companies.yaml") or []), *(load_yaml("chronique.actors", "ngos.yaml") or [])]:
        for name in company.get("names", []):
            gaz.add(name, Place(company["country"], "company", company["label"], company.get("sector", "")), override=True)
    for org in load_yaml("chronique.actors", "igos.yaml") or []:
        for name in org.get("names", []):
            gaz.add(name, Place(org["id"], "igo", org.get("label", name)), override=True)
        for adj in org.get("adjectives", []):
            for form in inflect_adjective(adj):
                gaz.add(form, Place(org["id"], "igo_adjective", org.get("label", adj)), override=True)
        if org.get("city"):
            gaz.union_cities[tuple(fold(w) for w in org["city"].split())] = org["id"]
    gaz.seal()
    return gaz


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for code, forms in french_country_names().items():
        for f in forms:
            names.setdefault(fold(f), code)
    for code, info in (load_yaml("chronique.actors", "countries.yaml") or {}).items():
        for alias in (info or {}).get("aliases", []):
            names.setdefault(fold(alias), code)
    return names


def country_code(text: str | None) -> str | None:
    """ISO alpha-3 for a code (MA, MAR), an English name (Morocco) or a French one (Maroc);
    None when unknown. Needs no language model, so imports of tables stay fast."""
    if not text or not text.strip():
        return None
    text = text.strip()
    if text.upper() == "IGO":
        return "IGO"
    try:
        return pycountry.countries.lookup(text).alpha_3
    except LookupError:
        return _country_names().get(fold(text))
