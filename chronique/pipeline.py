"""The journey of an article: read -> parse -> actors -> events -> store.

``analyse`` is the pure part (one parsed article in, its sentences, mentions and events out);
``code_articles`` codes a batch of articles from their text (the unit of work a process or a Dask
worker runs); ``run_pipeline`` streams inputs through it in batches, in this process, a pool of
local processes or a Dask cluster (``chronique.scale``), and writes each batch in one
transaction, skipping what the store already holds.
"""
from __future__ import annotations

import itertools
import sqlite3
import os
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from typing import TYPE_CHECKING

from tqdm import tqdm

from chronique.actors.holders import TitleReport, known_people_index, resolve_titles
from chronique.actors.knowledge import OfficeClaim
from chronique.actors.people import PeopleIndex
from chronique.errors import StoreError
from chronique.ingest import read_inputs
from chronique.ingest.hygiene import language_of
from chronique.model import Article, Event, Mention, Problem
from chronique.store import Store
from chronique.store.db import content_hash
from chronique.store.stories import signature as story_signature
from chronique.store.lock import writer_lock

if TYPE_CHECKING:
    from spacy.tokens import Doc

# spaCy, the model and the rules (a second of imports) are imported by the functions that parse or
# analyse, not here: a run that finds every input already stored ends without them


@dataclass
class Analysis:
    sentences: list[tuple[int, int, str]]
    mentions: list[Mention]
    events: list[Event]
    home_country: str | None
    claims: list[OfficeClaim] = field(default_factory=list)


@dataclass
class Coded:
    """One article's outcome in a worker: its analysis, or why it has none."""

    article: Article
    analysis: Analysis | None = None
    language: str | None = "fr"
    words: int = 0
    error: str | None = None
    signature: bytes | None = None  # MinHash of the text: finds the story republished elsewhere


@dataclass
class RunSummary:
    run_id: str
    read: int = 0
    stored: int = 0
    already_stored: int = 0
    duplicates: int = 0
    events: int = 0
    words: int = 0
    seconds: float = 0.0
    problems: list[Problem] = field(default_factory=list)
    titles: TitleReport | None = None

    @property
    def failed(self) -> int:
        return sum(1 for p in self.problems if p.severity == "error")

    def __str__(self) -> str:
        rate = self.stored / self.seconds if self.seconds else 0.0
        lines = [
            f"read {self.read} article(s): {self.stored} new, {self.already_stored} already stored, "
            f"{self.duplicates} duplicate text(s) skipped; {self.events} event(s) coded",
            f"{self.seconds:.1f} s, {rate:.1f} articles/s",
        ]
        if self.titles is not None:
            lines.append(str(self.titles))
        if self.problems:
            lines.append(f"{len(self.problems)} problem(s) (see `chronique problems`):")
            lines += [f"  - {p}" for p in self.problems[:20]]
            if len(self.problems) > 20:
                lines.append(f"  ... and {len(self.problems) - 20} more")
        return "\n".join(lines)


def analyse(doc: Doc, article: Article, people: PeopleIndex | None = None) -> Analysis:
    """Everything Chronique finds in one parsed article."""
    from spacy.attrs import IDX

    from chronique.actors import resolve_actors
    from chronique.events import extract_events
    from chronique.nlp.memo import column, sentence_texts
    from chronique.nlp.memo import sentences as doc_sentences
    from chronique.nlp.memo import text as text_of
    from chronique.nlp.memo import words as doc_words

    actors = resolve_actors(doc, source=article.source, date=article.date, people=people)
    sents = doc_sentences(doc)
    sentences = list(sentence_texts(doc))
    doc_text = text_of(doc)
    sent_of = {}
    for si, s in enumerate(sents):
        for i in range(s.start, s.end):
            sent_of[i] = si
    starts, words = column(doc, IDX), doc_words(doc)   # character offsets and texts, from arrays
    mentions = []
    for m in actors.mentions:
        if m.end > m.start and not m.place_only and m.kind == "actor":
            start, end = starts[m.start], starts[m.end - 1] + len(words[m.end - 1])
            mentions += [Mention(start, end, doc_text[start:end], actor, sent_of[m.start]) for actor in m.actors]
    # who the article says holds which office: the corpus's evidence for the knowledge base
    claims = [
        OfficeClaim(p.name, p.country, p.office, article.date, p.role or "", article.doc_id,
                    sentences[sent_of[p.office_at]][2], sent_of[p.office_at])
        for p in actors.persons if p.office and p.country and p.office_at is not None and " " in p.name.strip()
        # a country guessed from the article's home is no evidence of who holds an office: a
        # foreign president named in a Moroccan minister's call is not Morocco's head of state
        and (p.country_from != "home" or p.known is not None)
    ]
    return Analysis(sentences, mentions, extract_events(doc, article, actors), actors.home, claims)


def code_articles(articles: list[Article], people: PeopleIndex | None = None, *, batch_size: int | None = None) -> list[Coded]:
    """Code a batch of articles: language check, parse, analyse. Pure (no store): it runs the
    same in this process, in a local worker process or on a Dask worker. ``batch_size``: the
    parse's (None: ``nlp.pipeline.PARSE_BATCH``)."""
    from spacy.attrs import IS_PUNCT, IS_SPACE

    from chronique.nlp.pipeline import PARSE_BATCH, parse

    out: list[Coded] = []
    french: list[Coded] = []
    for article in articles:
        language = language_of(article.text)
        coded = Coded(article, language=language, signature=story_signature(article.text))
        out.append(coded)
        if language in (None, "fr"):  # French rules on another language would invent events
            french.append(coded)
    docs = parse((c.article.text for c in french), batch_size=batch_size or PARSE_BATCH)
    for coded, doc in zip(french, docs):
        coded.words = int((doc.to_array([IS_SPACE, IS_PUNCT]).sum(axis=1) == 0).sum()) if len(doc) else 0
        try:
            coded.analysis = analyse(doc, coded.article, people)
        except Exception as exc:  # a rule's bug must not stop the corpus
            coded.error = f"{type(exc).__name__}: {exc}"
    return out


def warm_up() -> None:
    """Load, now, what coding an article needs: the language model, the language detector, the
    gazetteer, the event lexicon, the act and party models, and the story signatures'
    permutations. A process that codes again and again (a watch) pays this start-up once; its
    cycles then cost their new articles. A pool of workers forked after it shares all of it."""
    from chronique.actors.gazetteer import load_gazetteer
    from chronique.events.learned import load_act_model
    from chronique.events.lexicon import load_lexicon
    from chronique.events.parties import load_party_model
    from chronique.ingest.hygiene import warm_up as warm_language
    from chronique.nlp.pipeline import load_nlp

    load_nlp()
    warm_language()
    load_gazetteer()
    load_lexicon()
    load_act_model()
    load_party_model()
    story_signature("warm")


def _pending(records: Iterable[Article | Problem], store: Store, summary: RunSummary) -> Iterator[Article]:
    """The articles the store does not hold yet, each once; problems go to the summary."""
    seen_ids: dict[str, str] = {}      # id -> content hash, for this run's articles
    seen_hashes: dict[str, str] = {}   # content hash -> id
    for rec in records:
        if isinstance(rec, Problem):
            summary.problems.append(rec)
            continue
        summary.read += 1
        h = content_hash(rec.text)
        if rec.doc_id in seen_ids and seen_ids[rec.doc_id] != h:
            summary.problems.append(Problem(rec.origin, f"article id {rec.doc_id} was already given to another text in this run",
                                            "give each article its own id; the first one was kept"))
            continue
        if rec.doc_id in seen_ids or h in seen_hashes:
            summary.duplicates += 1
            if rec.doc_id not in seen_ids:
                summary.problems.append(Problem(rec.origin, f"article {rec.doc_id} has the same text as article {seen_hashes[h]}",
                                                "stored once, under the first id", "warning"))
            continue
        status, other = store.status_of(rec, h)
        if status == "stored":
            summary.already_stored += 1
            continue
        if status == "duplicate":
            summary.duplicates += 1
            summary.problems.append(Problem(rec.origin, f"article {rec.doc_id} has the same text as the stored article {other}", "stored once, under the first id", "warning"))
            continue
        if status == "conflict":
            summary.problems.append(Problem(rec.origin, f"article id {rec.doc_id} is already stored with a different text", "give the new version its own id; the stored one was kept"))
            continue
        seen_ids[rec.doc_id] = h
        seen_hashes[h] = rec.doc_id
        yield rec


# fewer articles than this a process: forking would cost more than parsing them in parallel saves
SMALL_RUN = 8


def _small_run(n: int, jobs: int | None, batch_size: int) -> tuple[int, int]:
    """(processes, batch size) for a run of ``n`` articles, fewer than two batches: one process
    for a handful, or where the model is already loaded (a watcher, a notebook: it pays no
    load, and forking it would add a process holding the model to its memory);
    else one batch a process. Workers fork once the model is loaded, and 20 new articles took
    1.3 s to parse in one process, 0.7 s in two."""
    from chronique.nlp.pipeline import load_nlp
    from chronique.scale import default_jobs

    jobs = default_jobs() if jobs is None else jobs
    if jobs <= 1 or n < SMALL_RUN * jobs or load_nlp.cache_info().currsize:
        return 1, batch_size
    return jobs, -(-n // jobs)


def _batches(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while batch := list(itertools.islice(articles, size)):
        yield batch


def _store_batch(store: Store, batch: list[Coded], summary: RunSummary) -> None:
    """Write a batch's articles in one transaction, and say what could not be coded."""
    rows = []
    for coded in batch:
        article = coded.article
        summary.words += coded.words
        if coded.error is not None:
            summary.problems.append(Problem(article.origin, f"article {article.doc_id} could not be analysed: {coded.error}",
                                            "please report this article; the run went on"))
        elif coded.analysis is None:
            # stored so that it is counted once and can be found, but not coded
            summary.problems.append(Problem(article.origin, f"article {article.doc_id} is not in French (detected: {coded.language}): stored, not coded",
                                            "nothing to do, unless the detection is wrong", "warning"))
            rows.append((article, None, coded.language, coded.signature))
        else:
            rows.append((article, coded.analysis, coded.language, coded.signature))
    for analysis in store.save_articles(rows):
        summary.stored += 1
        summary.events += len(analysis.events) if analysis else 0


def run_pipeline(inputs: Iterable[str | Path], db: str | Path, *, progress: bool = True, batch_size: int = 32,
                 lock_wait: float | None = None, records: Iterable[Article | Problem] | None = None,
                 jobs: int | None = 1, workers: int | None = None, scheduler: str | None = None) -> RunSummary:
    """Ingest and process inputs into the store at ``db``; see :class:`RunSummary`.

    Another run writing to the same store is waited for ``lock_wait`` seconds (default:
    $CHRONIQUE_LOCK_WAIT, else 30), then reported busy. ``records`` (articles and problems already
    read, e.g. from a feed) replace reading ``inputs``. Where the articles are coded: ``jobs``
    local processes (None: one per CPU), or a Dask cluster — a local one of ``workers`` processes,
    or the one at ``scheduler`` (tcp://host:port). The store is the same whichever is used."""
    try:
        return _run(inputs, db, progress=progress, batch_size=batch_size, lock_wait=lock_wait, records=records,
                    jobs=jobs, workers=workers, scheduler=scheduler)
    except sqlite3.OperationalError as exc:  # a full disk, a store on a read-only mount
        raise StoreError(f"{db}: the store could not be written ({exc}); what it held before this run is intact "
                         "(each batch is one transaction): free disk space or fix the file's permissions, then run "
                         "again -- a re-run adds only what is missing") from None


def _run(inputs, db, *, progress, batch_size, lock_wait, records, jobs, workers, scheduler) -> RunSummary:
    from chronique.scale import coder

    summary = RunSummary(run_id=uuid.uuid4().hex[:12])
    started = time.perf_counter()
    if lock_wait is None:
        lock_wait = float(os.environ.get("CHRONIQUE_LOCK_WAIT", "30"))
    with writer_lock(db, wait=lock_wait), Store(db) as store:
        pending = _pending(read_inputs(inputs) if records is None else records, store, summary)
        head = list(itertools.islice(pending, 2 * batch_size))
        if head:  # nothing new: do not even load the model
            if len(head) < 2 * batch_size and not (workers or scheduler):
                jobs, batch_size = _small_run(len(head), jobs, batch_size)
            batches = _batches(itertools.chain(head, pending), batch_size)
            bar = tqdm(desc="articles", unit="art", disable=not progress, leave=False)
            with coder(known_people_index(store), jobs=jobs, workers=workers, scheduler=scheduler,
                       shards=Path(f"{db}.shards")) as code:
                for coded in code(batches):
                    _store_batch(store, coded, summary)
                    bar.update(len(coded))
            bar.close()
        if store.titles_stale():  # new articles may change who held an office when
            summary.titles = resolve_titles(store)
        if summary.problems:
            store.add_problems(summary.problems, summary.run_id)
    summary.seconds = time.perf_counter() - started
    return summary
