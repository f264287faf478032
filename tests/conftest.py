"""Shared fixtures: the real French pipeline (loaded once) and small helpers to analyse text."""
from __future__ import annotations

from pathlib import Path

import pytest

from chronique.model import Article

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED_EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def nlp():
    from chronique.nlp import load_nlp

    return load_nlp()


def _analyser(nlp, **options):
    from chronique.actors import resolve_actors
    from chronique.events import extract_events

    def _run(text: str, date: str = "2023-05-12", precision: str = "day", source: str = ""):
        article = Article(doc_id="t", text=text, date=date, date_precision=precision, source=source)
        doc = nlp(text)
        actors = resolve_actors(doc, source=source, date=date)
        return doc, actors, extract_events(doc, article, actors, **options)

    return _run


@pytest.fixture(scope="session")
def analyse_text(nlp):
    """Analyse a French text written for a test as a run does (lexicon and act model):
    returns (doc, actors, events)."""
    return _analyser(nlp)


@pytest.fixture(scope="session")
def analyse_rules(nlp):
    """The same with the lexicon's rules alone (``acts=None``, ``parties=None``): what a rule
    does, whatever the act and party models decide about it."""
    return _analyser(nlp, acts=None, parties=None)


def dependency(doc, word):
    """(label, head's text) of the first token written ``word``: what a parse repair changed."""
    t = next(t for t in doc if t.text == word)
    return t.dep_, t.head.text


def dyads(events):
    """(type, source country, target country) of each event, for compact assertions."""
    return [(e.type, e.source.country if e.source else None, e.target.country if e.target else None) for e in events]
