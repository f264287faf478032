"""Offices (data/offices.yaml): which position a title names, whatever its gender or nationality.

"le ministre italien de l'Intérieur", "la ministre de l'Intérieur" and "Minister of the
Interior of ITA" are one office of one country; giving each title an office id lets the
knowledge base say who held it when (see :mod:`chronique.actors.knowledge`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from chronique.actors.gazetteer import load_yaml
from chronique.text import fold

# Words that qualify a holder, not the office: "le nouveau ministre", "l'actuel président"
QUALIFIERS = {"nouveau", "nouvel", "nouvelle", "actuel", "actuelle", "meme"}
# Words that say the holder no longer holds it: such a title names no current holder
FORMER = {"ancien", "ancienne", "ex", "ex-", "defunt", "defunte", "feu", "regrette"}
# The words of a state's name that come with it inside a title: "ministre des Affaires
# étrangères de la République fédérale d'Allemagne" is "ministre des Affaires étrangères"
STATE_NAME_WORDS = {"de", "du", "des", "d'", "la", "l'", "le", "les", "republique", "federale", "royaume",
                    "etat", "etats", "democratique", "populaire", "islamique", "arabe", "sultanat", "emirat",
                    "principaute", "confederation", "socialiste", "unis", "unie"}


def title_key(text: str) -> tuple[str, ...]:
    """Folded words of a title, apostrophes split off as the tokenizer does: "l' interieur"."""
    return tuple(fold(text).replace("'", "' ").split())


def title_in(words: list[str], start: int, end: int, places: dict[int, int], *, stop: set[str] = frozenset()) -> tuple[str, ...]:
    """The title of a role phrase (folded words[start:end]) without the nationality it names.

    ``places`` maps the first token of each place name to its end; a place and the words of
    the state's name before it ("de la République fédérale d'") are left out, a leading
    determiner too; a word of ``stop`` ends the title ("ambassadeur du Canada à Ryad").
    """
    out: list[str] = []
    i = start
    while i < end:
        if i in places:
            kept = tuple(out)
            while out and len(out) > 1 and out[-1] in STATE_NAME_WORDS:
                out.pop()
            if len(out) < len(kept) and kept in load_offices().forms and tuple(out) not in load_offices().forms:
                out = list(kept)  # "chef de l'État gambien": "de l'État" is the title's, not the state's name
            i = places[i]
            continue
        w = words[i]
        if w in stop and out:
            break
        if out or w not in {"le", "la", "les", "l'", "un", "une", "son", "sa", "ses", "leur", "notre", "ce", "cette"}:
            out.append(w)
        i += 1
    while out and out[-1] in {"de", "du", "des", "d'", "et", "la", "l'", ","}:
        out.pop()
    return tuple(out)


@dataclass(frozen=True)
class OfficeVocabulary:
    forms: dict[tuple[str, ...], str]   # folded title -> office id
    labels: dict[str, str]              # office id -> English label
    english: dict[tuple[str, ...], str]  # folded English title (label and en_also) -> office id
    french: dict[str, str] = field(default_factory=dict)  # office id -> its first French form

    def office_of(self, title: tuple[str, ...]) -> str | None:
        """The office a title (nationality already removed) names, or None for a former holder
        or a bare word that names no single office ("ministre", "homologue")."""
        words = [w for w in title if w not in QUALIFIERS]
        if not words or any(w in FORMER for w in words):
            return None
        key = tuple(words)
        if key in self.forms:
            return self.forms[key]
        # a combined portfolio: "ministre des Affaires étrangères et de la Coopération"
        for n in range(len(key) - 1, 0, -1):
            if key[n] == "et" and key[:n] in self.forms:
                return self.forms[key[:n]]
        return " ".join(key) if len(key) >= 3 else None

    def office_of_title(self, text: str) -> str:
        """The office of a title written out in a table or a curated file: French ("ministre de
        l'Intérieur du Maroc") or the English label ("Minister of the Interior of Morocco"); a
        title nothing names is kept as its folded words."""
        from chronique.actors.gazetteer import country_code

        words = title_key(text)
        for n in range(len(words), 0, -1):
            head, tail = words[:n], words[n:]
            # what follows the title may only name the country: "du Maroc", "of Morocco"
            rest = [w for w in tail if w not in STATE_NAME_WORDS | {"of", "the"}]
            if tail and not (rest and country_code(" ".join(rest).replace("' ", "'"))):
                continue
            office = self.forms.get(head) or self.english.get(head)
            if office:
                return office
        return self.office_of(words) or " ".join(words)

    def label(self, office: str | None, lang: str = "en") -> str:
        """The label of an office id in ``lang`` (en: its English label; fr: its first French
        form, "ministre de l'intérieur"); a learned office shows its French words."""
        if not office:
            return ""
        table = self.french if lang == "fr" else self.labels
        return table.get(office, office.replace("' ", "'"))


@lru_cache(maxsize=1)
def load_offices() -> OfficeVocabulary:
    data = load_yaml("chronique.actors", "offices.yaml") or {}
    forms: dict[tuple[str, ...], str] = {}
    labels: dict[str, str] = {}
    english: dict[tuple[str, ...], str] = {}
    french: dict[str, str] = {}
    for office, info in data.get("offices", {}).items():
        labels[office] = info.get("en", office)
        if info.get("label_fr") or info.get("fr"):
            french[office] = info.get("label_fr") or info["fr"][0]
        for form in info.get("fr", []):
            forms[title_key(form)] = office
        for form in [labels[office], *info.get("en_also", [])]:
            english[title_key(form)] = office
    return OfficeVocabulary(forms, labels, english, french)
