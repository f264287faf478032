"""A memo for the rules that ask the same question of the same tokens of one article.

spaCy builds a new ``Token`` at every ``doc[i]``, ``token.head`` or ``token.children``: a rule
that climbs from each word of a phrase to its head asks "is this an aside?" of the same tokens
again and again, and each question builds the tokens anew. ``memo(doc)`` is a dict that lasts
while ``doc`` is the article being read: one slot, since a process reads one article at a
time (and a second thread's article only empties the slot, it never reads another's)."""
from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from spacy.attrs import HEAD, LEMMA, MORPH, ORTH, POS, SPACY
from spacy.tokens import Doc, Span, Token

from chronique.text import fold

T = TypeVar("T")

_slot: tuple[Doc, dict] | None = None


def memo(doc: Doc) -> dict:
    """The memo of ``doc``, empty the first time it is asked for."""
    global _slot
    slot = _slot
    if slot is None or slot[0] is not doc:
        slot = _slot = (doc, {})
    return slot[1]


def memo_of(doc: Doc, name: object, owner: object) -> dict:
    """A part of ``doc``'s memo whose answers also depend on ``owner`` (a lexicon, an
    article's actors): emptied when asked for with another owner. The part holds the owner
    itself, so that no other object can take its place (and its ``id``) while it is kept."""
    found = memo(doc)
    part = found.get(name)
    if part is None or part[0] is not owner:
        part = found[name] = (owner, {})
    return part[1]


def per_token(answer: Callable[[Token], T]) -> Callable[[Token], T]:
    """``answer(tok)``, worked out once a token of the article being read: for the questions
    the rules ask of the same words again and again (is it passive, an aside, what is its own
    phrase). The answer is shared between callers: one that is a list must not be changed."""
    name = answer.__qualname__

    @wraps(answer)
    def remembered(tok: Token) -> T:
        found = memo(tok.doc).get(name)
        if found is None:
            found = memo(tok.doc)[name] = {}
        i = tok.i
        if i not in found:
            found[i] = answer(tok)
        return found[i]

    return remembered


def sentences(doc: Doc) -> list:
    """The doc's sentences (Spans), listed once an article: ``doc.sents`` walks every token
    each time it is asked for."""
    found = memo(doc)
    if "sents" not in found:
        found["sents"] = list(doc.sents)
    return found["sents"]


def sentence_at(doc: Doc, i: int) -> Span:
    """The sentence of the doc's token i, as ``doc[i].sent`` gives it: read from the article's
    list of sentences, where spaCy walks the doc to the sentence's edges at each asking
    (~3 µs), and the rules ask it of the same words tens of thousands of times an article."""
    found = memo(doc)
    index = found.get("sentence_index")
    if index is None:
        index = found["sentence_index"] = [si for si, s in enumerate(sentences(doc)) for _ in range(s.start, s.end)]
    return sentences(doc)[index[i]]


def sentence_of(tok: Token) -> Span:
    """``tok.sent``, read as ``sentence_at`` reads it."""
    return sentence_at(tok.doc, tok.i)


def words(doc: Doc) -> list[str]:
    """Each token's text, read from the doc's arrays (no Token object is built)."""
    found = memo(doc)
    if "words" not in found:
        strings = doc.vocab.strings
        found["words"] = [strings[orth] for orth in column(doc, ORTH)]
    return found["words"]


def head_indices(doc: Doc) -> list[int]:
    """Each token's head, by index (the root's is its own), read once an article from the
    doc's arrays (which store the offset to the head, unsigned)."""
    found = memo(doc)
    if "head_indices" not in found:
        found["head_indices"] = [i + h for i, h in enumerate(doc.to_array(HEAD).astype("int64").tolist())]
    return found["head_indices"]


def folded_words(doc: Doc) -> list[str]:
    """Each token's text folded (``chronique.text.fold``), once an article: the actors' and
    the modality's look-ups by word read them all. Shared: not to be changed."""
    found = memo(doc)
    if "folded_words" not in found:
        found["folded_words"] = [fold(w) for w in words(doc)]
    return found["folded_words"]


def folded_lemmas(doc: Doc) -> list[str]:
    """Each token's lemma folded, once an article (as ``folded_words``)."""
    found = memo(doc)
    if "folded_lemmas" not in found:
        strings = doc.vocab.strings
        found["folded_lemmas"] = [fold(strings[lemma]) for lemma in column(doc, LEMMA)]
    return found["folded_lemmas"]


_MORPHS: dict[tuple[int, str], tuple[str, ...]] = {}


def morph(tok: Token, field: str) -> tuple[str, ...]:
    """``tok.morph.get(field)``, remembered by the token's analysis: ``tok.morph`` builds a
    ``MorphAnalysis`` and ``get`` reads its features anew each time (~0.9 µs, against ~0.3 µs
    here), and the rules ask a verb's tense and form again from each word it frames. A
    corpus's tokens share a few hundred analyses."""
    key = column(tok.doc, MORPH)[tok.i], field
    found = _MORPHS.get(key)
    if found is None:
        found = _MORPHS[key] = tuple(tok.morph.get(field))
    return found


def parts_of_speech(doc: Doc) -> list[int]:
    """Each token's coarse part of speech, as spaCy's number (``spacy.symbols``)."""
    return column(doc, POS)


def column(doc: Doc, attr: int) -> list[int]:
    """One of the doc's token attributes (``spacy.attrs``: LEMMA, ORTH, ...) as a list of ids,
    read once an article; ``doc.vocab.strings[id]`` gives the text."""
    found = memo(doc)
    if attr not in found:
        found[attr] = doc.to_array(attr).tolist()
    return found[attr]


def text(doc: Doc) -> str:
    """The doc's text, joined once an article from its words and the space after each (what
    ``Doc.text`` joins each time, through a Token for every word)."""
    found = memo(doc)
    if "text" not in found:
        found["text"] = "".join([w + " " if space else w for w, space in zip(words(doc), column(doc, SPACY))])
    return found["text"]


def sentence_texts(doc: Doc) -> list[tuple[int, int, str]]:
    """Each sentence's evidence: (start, end, text) in characters, its surrounding whitespace
    left out; worked out once an article for the store's sentences and the events' evidence."""
    found = memo(doc)
    if "sentence_texts" not in found:
        whole, out = text(doc), []
        for s in sentences(doc):
            raw = whole[s.start_char:s.end_char]
            start = s.start_char + len(raw) - len(raw.lstrip())
            out.append((start, start + len(raw.strip()), raw.strip()))
        found["sentence_texts"] = out
    return found["sentence_texts"]
