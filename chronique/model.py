"""The domain's records: articles in, actors, mentions and events out.

Plain dataclasses so a notebook user can build, inspect and compare them without the store.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from chronique.text import fold


@dataclass(frozen=True)
class Article:
    """One dated article as read from an input, before any NLP."""

    doc_id: str
    text: str
    date: str | None = None            # ISO: "2024", "2024-06" or "2024-06-14"
    date_precision: str | None = None  # "year" | "month" | "day"
    title: str = ""
    source: str = ""
    origin: str = ""                   # where it was read: "file.jsonl:12"


@dataclass(frozen=True)
class Actor:
    """Who acts or is acted upon, resolved as far as the text allows.

    ``name`` is the most specific name the article gives (a person, else an office or body,
    else the country); ``country`` is ISO 3166-1 alpha-3, ``IGO`` for international
    organisations, ``None`` when unknown.
    """

    name: str
    country: str | None = None
    sector: str | None = None
    kind: str = "country"        # person | body | group | country | igo
    role: str | None = None      # "ministre de l'Intérieur" for a person known by their office
    posted_to: str | None = None  # a diplomat's or mission's host country ("... à Berlin" -> DEU)
    office: str | None = None     # the office id (data/offices.yaml) a role or person holds here
    local: bool = False           # a group that belongs to the country where it acts (protesters)

    def key(self) -> str:
        """Identity of the actor across articles: kind, folded name, country and office ("son
        homologue" is the interior minister in one article, the foreign minister in another)."""
        return self._key

    @cached_property
    def _key(self) -> str:
        # (made once an actor: the party and name models compare the candidates' keys at
        # each act, a hundred thousand times on a few hundred articles)
        if self.kind == "country" and self.country:  # "Paris", "la France": one actor
            return f"country::{self.country}"
        key = f"{self.kind}:{fold(self.name)}:{self.country or ''}"
        return f"{key}:{self.office}" if self.office else key

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "sector": self.sector}


@dataclass(frozen=True)
class Mention:
    """A stretch of an article's text that refers to an actor."""

    start: int          # character offsets in the article text
    end: int
    text: str
    actor: Actor
    sentence_index: int


@dataclass
class Event:
    """One coded act, tied to the sentence that reports it."""

    type: str
    mode: str
    source: Actor | None
    target: Actor | None
    sentence: str
    sentence_index: int
    sentence_start: int
    sentence_end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    contexts: list[str] = field(default_factory=list)
    date: str | None = None
    date_precision: str | None = None
    location: str | None = None
    object: str | None = None     # what the act is about: "la mise en place d'un GMMP"
    # no rule found its parties: the nearest ones were taken (events/extract.py, _fallback_pair),
    # so an analyst can set these dyads aside
    parties_guessed: bool = False

    def to_json(self, doc_id: str) -> dict[str, Any]:
        """The prediction format of ../shared/eval/FORMAT.md, plus the fields it carries along."""
        return {
            "doc_id": doc_id,
            "sentence": self.sentence,
            "type": self.type,
            "mode": self.mode,
            "source": self.source.to_json() if self.source else None,
            "target": self.target.to_json() if self.target else None,
            "contexts": list(self.contexts),
            "date": self.date,
            "date_precision": self.date_precision,
            "location": self.location,
            "trigger": self.trigger,
            "object": self.object,
            "parties_guessed": self.parties_guessed,
            "offsets": [self.sentence_start, self.sentence_end],
        }


@dataclass(frozen=True)
class Problem:
    """A bad input record: what is wrong, where, and what to do. The run goes on."""

    where: str
    message: str
    hint: str = ""
    severity: str = "error"   # error | warning

    def __str__(self) -> str:
        tail = f" ({self.hint})" if self.hint else ""
        return f"{self.where}: {self.message}{tail}"
