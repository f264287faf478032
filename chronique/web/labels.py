"""The web app's words in one interface language at a time: French by default, English with
``?lang=en``. The words are data (data/labels.yaml); this module looks them up and names
countries and offices in the same language, so that no page mixes two."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from markupsafe import Markup

from chronique.actors.gazetteer import country_name, load_yaml

LANGUAGES = ("fr", "en")
DEFAULT = "fr"


@lru_cache(maxsize=1)
def catalogue() -> dict:
    return load_yaml("chronique.web", "labels.yaml") or {}


@dataclass(frozen=True)
class Words:
    """The words of one language, as the templates call them: ``t("nav_dyads")``,
    ``t("dyad_total", n=3)``, ``context("migration")``, ``country("MAR")``."""

    lang: str

    def __call__(self, key: str, **values) -> str:
        entry = catalogue().get(key)
        if not isinstance(entry, dict) or "fr" not in entry:
            raise KeyError(f"no label {key!r} in chronique/web/data/labels.yaml")
        text = entry.get(self.lang) or entry[DEFAULT]
        return text.format(**values) if values else text

    def get(self, key: str, default: str) -> str:
        """The label of ``key``, or ``default`` when the catalogue has none (a value that data,
        not the templates, chose: an office's basis)."""
        return self(key) if key in catalogue() else default

    @property
    def colon(self) -> str:
        """":" as the language writes it: after a space in French ("source :"), not in English."""
        return "\u00a0:" if self.lang == "fr" else ":"

    def markup(self, key: str) -> Markup:
        """A label that holds markup of our own (links, <code>): the catalogue is ours, not the
        article's, so it is not escaped."""
        return Markup(self(key))

    def context(self, name: str) -> str:
        entry = (catalogue().get("contexts") or {}).get(name) or {}
        return entry.get(self.lang) or name

    def country(self, code: str | None) -> str:
        return country_name(code, self.lang)

    def dyad(self, dyad: str) -> str:
        """"MAR-ITA" -> "Maroc – Italie" (fr) or "Morocco – Italy" (en)."""
        a, _, b = dyad.upper().partition("-")
        return f"{self.country(a)} – {self.country(b)}"

    def office(self, office: str | None) -> str:
        from chronique.actors.offices import load_offices

        return load_offices().label(office, self.lang)

    def quote(self, text: str) -> str:
        return f"« {text} »" if self.lang == "fr" else f"“{text}”"


def words(lang: str | None) -> Words:
    return Words(lang if lang in LANGUAGES else DEFAULT)
