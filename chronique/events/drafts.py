"""Drafts of annotations: the coder's reading of articles written in the annotated format of
``../shared/eval/FORMAT.md``, for a person to correct and give back to ``scripts/train.py
--extra``.

Why: the coder learns from annotated articles, and 128 of them are what it has. A team that
codes its own beat (a ministry's communiqués, one region's press) gains most from annotating
some of its own articles; correcting a draft is quicker than writing events from nothing, and a
draft made by the coder shows where it goes wrong on that beat. Nothing here decides anything:
each drafted event is marked ``"drafted": true`` until a person has read it (``unread``), and
the training refuses a file that still holds unread drafts.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from chronique.model import Article, Event, Problem

# the fields of an annotated event (FORMAT.md), in its order; the draft adds "drafted" and the
# evidence of its reading ("trigger", "parties_guessed"), which the training ignores
EVENT_FIELDS = ("sentence", "sentences_also", "type", "mode", "source", "target", "contexts", "date",
                "date_precision", "location")


def draft_event(event: Event) -> dict[str, Any]:
    """One coded event as an annotated one, marked as a draft."""
    out = {**event.to_json(""), "sentences_also": []}   # restatements are for the person to list
    return {**{k: out[k] for k in EVENT_FIELDS}, "drafted": True, "trigger": event.trigger,
            "parties_guessed": event.parties_guessed}


def draft_article(article: Article, events: list[Event] | None) -> dict[str, Any]:
    """An article as an annotated record: its own fields and the coder's events (none when it
    was not coded: a language other than French)."""
    return {"id": article.doc_id, "date": article.date, "title": article.title, "source": article.source,
            "language": "fr", "text": article.text, "events": [draft_event(e) for e in events or []]}


def draft_records(inputs: Iterable[str | Path]) -> Iterator[dict[str, Any] | Problem]:
    """Read and code ``inputs`` (any input ``chronique run`` reads) into drafts, in input
    order; a bad record is given back as its Problem, and the others go on."""
    from chronique.ingest.readers import read_inputs
    from chronique.pipeline import code_articles

    batch: list[Article] = []
    for rec in read_inputs(inputs):
        if isinstance(rec, Problem):
            yield from _drafts(batch, code_articles)
            batch = []
            yield rec
            continue
        batch.append(rec)
        if len(batch) >= 32:
            yield from _drafts(batch, code_articles)
            batch = []
    yield from _drafts(batch, code_articles)


def _drafts(batch: list[Article], code_articles) -> Iterator[dict[str, Any] | Problem]:
    for coded in code_articles(batch) if batch else []:
        if coded.error:
            yield Problem(coded.article.origin or coded.article.doc_id, f"could not be coded: {coded.error}",
                          "the article is left out of the drafts; report it with the article attached")
            continue
        events = coded.analysis.events if coded.analysis else None
        if coded.language not in (None, "fr"):
            yield Problem(coded.article.origin or coded.article.doc_id,
                          f"not drafted: its language reads as {coded.language!r}, and the coder reads French",
                          "annotate it by hand, or leave it out", severity="warning")
            continue
        yield draft_article(coded.article, events)


def unread(record: dict[str, Any]) -> int:
    """How many of an annotated record's events are drafts no person has read (``drafted``
    still true): the training refuses them, since a draft taught back to the coder teaches it
    nothing but its own mistakes."""
    return sum(1 for e in record.get("events") or [] if e.get("drafted"))
