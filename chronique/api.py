"""The Python API: what the CLI and the web layer call, and what a notebook user calls directly."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from chronique.actors.directory import find_person, list_people
from chronique.actors.holders import import_known_people, resolve_titles
from chronique.analysis import export_events, monthly_counts
from chronique.analysis.dyads import dyad_summary
from chronique.store import EventFilter, Store
from chronique.store.lock import writer_lock

if TYPE_CHECKING:  # the pipeline brings spaCy: imported by run(), not by every command that reads a store
    from chronique.pipeline import RunSummary

DEFAULT_DB = "chronique.db"


def _reading(db: str | Path, readonly: bool = False) -> Store:
    """The store a read opens: it must exist -- a mistyped ``--db`` must say so, never create
    an empty store and answer "0 events"."""
    from chronique.errors import UsageError

    if not Path(db).exists():
        raise UsageError(f"no store at {db}: check --db (or $CHRONIQUE_DB), or build one with `chronique run`")
    return Store(db, readonly=readonly)


def run(inputs: Iterable[str | Path], db: str | Path = DEFAULT_DB, *, progress: bool = False, jobs: int | None = None,
        workers: int | None = None, scheduler: str | None = None) -> RunSummary:
    """Ingest and process articles (files, folders, '-' for stdin) into the store. The coding runs
    in ``jobs`` local processes (None: one per CPU), or on Dask: a local cluster of ``workers``
    processes, or the cluster at ``scheduler`` ("tcp://host:8786"). The store is the same."""
    from chronique.pipeline import run_pipeline

    return run_pipeline(list(inputs), db, progress=progress, jobs=jobs, workers=workers, scheduler=scheduler)


def events(db: str | Path = DEFAULT_DB, *, limit: int | None = None, offset: int = 0, readonly: bool = False,
           **filters) -> list[dict]:
    """Stored events, filtered by dyad="MAR-ITA", type, context, since, until, country, doc_id;
    each act once (``once=False``: also the copies of republished stories; ``reported_by`` says
    by how many outlets). ``readonly`` (the web app's way) opens the store without ever writing it, not even to migrate."""
    flt = EventFilter(**{"once": True, **filters})   # a mistyped filter says so first
    with _reading(db, readonly) as store:
        return store.events(flt, limit=limit, offset=offset)


def count_events(db: str | Path = DEFAULT_DB, *, readonly: bool = False, **filters) -> int:
    """How many stored events pass the filters (for paging)."""
    flt = EventFilter(**{"once": True, **filters})
    with _reading(db, readonly) as store:
        return store.count_events(flt)


def overview(db: str | Path = DEFAULT_DB, *, readonly: bool = False) -> dict:
    """The corpus at a glance: counts, date span, top dyads, events per month and type."""
    with _reading(db, readonly) as store:
        return {**store.overview(), "timeline": monthly_counts(store)}


def dyad(db: str | Path, dyad: str, *, limit: int | None = 100, offset: int = 0, readonly: bool = False, **filters) -> dict:
    """One dyad ("MAR-ITA"): its timeline by type and by cooperation/conflict, its contexts and
    its events (paged), filtered by type, context, since, until."""
    flt = EventFilter(dyad=dyad, **{"once": True, **filters})
    with _reading(db, readonly) as store:
        return {"dyad": dyad.upper(), **dyad_summary(store, flt), "events": store.events(flt, limit=limit, offset=offset)}


def dyads(db: str | Path = DEFAULT_DB, *, readonly: bool = False) -> list[dict]:
    """Every dyad with events (unordered pairs of countries), most events first, with the
    first and last month it has events."""
    with _reading(db, readonly) as store:
        return store.dyads()


def articles(db: str | Path = DEFAULT_DB, *, limit: int = 50, offset: int = 0, readonly: bool = False) -> list[dict]:
    """Stored articles, newest first, each with its number of events."""
    with _reading(db, readonly) as store:
        return store.articles(limit=limit, offset=offset)


def article(db: str | Path, doc_id: str, *, readonly: bool = False) -> dict | None:
    """One stored article: its text, sentences, actor mentions and events, and the dyads its
    events are between ("ITA-MAR"); None if unknown."""
    with _reading(db, readonly) as store:
        doc = store.document(doc_id)
    if doc is not None:
        pairs = {tuple(sorted((e["source_country"], e["target_country"]))) for e in doc["events"]
                 if e["source_country"] and e["target_country"] and e["source_country"] != e["target_country"]}
        doc["dyads"] = [f"{a}-{b}" for a, b in sorted(pairs)]
    return doc


def timeline(db: str | Path = DEFAULT_DB, *, dataset: str | Path | None = None, **filters) -> list[dict]:
    """Counts per month and type: [{"month": "2021-07", "type": "CONSULT", "n": 1}, ...], each act
    once. ``dataset``: read a Parquet dataset (``export(fmt="dataset")``) with DuckDB instead."""
    if dataset is not None:
        from chronique.analysis import dataset as parquet

        return parquet.timeline(dataset, EventFilter(**filters))
    with _reading(db) as store:
        return monthly_counts(store, EventFilter(**filters))


def search(db: str | Path, query: str, *, limit: int = 50, readonly: bool = False) -> list[dict]:
    """Full-text search over sentences; each hit carries the events coded in its sentence."""
    with _reading(db, readonly) as store:
        return store.search(query, limit=limit)


def export(db: str | Path, path: str | Path, *, fmt: str | None = None, dataset: str | Path | None = None, **filters) -> int:
    """Write events as jsonl (the evaluation format), csv, parquet, or a Parquet ``dataset``
    folder partitioned by month; returns the count. The format is the file's extension's
    (``fmt`` may say it, never contradict it). ``dataset`` reads the events from such a folder
    instead of the store."""
    from chronique.analysis.export import export_format

    fmt = export_format(path, fmt)
    if dataset is not None:
        from chronique.analysis import dataset as parquet
        from chronique.analysis.export import write_events

        return write_events(parquet.iter_events(dataset, EventFilter(**filters)), path, fmt)
    flt = EventFilter(**filters)
    with _reading(db) as store:
        return export_events(store, path, fmt, flt)


def draft(inputs: Iterable[str | Path], path: str | Path, *, overwrite: bool = False) -> tuple[int, int, list]:
    """Write the coder's reading of ``inputs`` as annotated articles (FORMAT.md), one a line, each
    event marked as a draft for a person to correct before ``scripts/train.py --extra`` learns
    from it (``chronique.events.drafts``). No store is touched. An existing file is never
    overwritten unless ``overwrite``: it may hold a person's corrections. The file appears whole
    or not at all. Returns (articles, events, problems)."""
    import json
    import os
    import tempfile

    from chronique.errors import UsageError
    from chronique.events.drafts import draft_records

    path = Path(path)
    if path.exists() and not overwrite:
        raise UsageError(f"{path} exists and may hold corrected drafts: give another file, or --force to replace it")
    if path.suffix.lower() != ".jsonl":
        raise UsageError(f"drafts are written as JSON lines: name the file .jsonl, not {path.name!r}")
    if not path.parent.is_dir():
        raise UsageError(f"no folder {path.parent} to write {path.name} in: create it first, or give another path")
    found: list = []
    articles = events = 0
    fd, tmp = tempfile.mkstemp(prefix=".draft-", suffix=".jsonl", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            for rec in draft_records(inputs):
                if isinstance(rec, dict):
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    articles, events = articles + 1, events + len(rec["events"])
                else:
                    found.append(rec)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return articles, events, found


def problems(db: str | Path = DEFAULT_DB) -> list[dict]:
    """Every bad input recorded by past runs, with where it was and what to do."""
    with _reading(db) as store:
        return store.problems()


def actors(db: str | Path = DEFAULT_DB, *, country: str | None = None, role: str | None = None,
           everyone: bool = False, readonly: bool = False) -> list[dict]:
    """People with the offices they held and the dates the corpus (or curated knowledge) supports.

    ``role`` is an office id ("interior_minister"), its English label or a French title;
    ``everyone`` adds the people of the shipped list the corpus never shows."""
    with _reading(db, readonly) as store:
        return list_people(store, country=country, role=role, everyone=everyone)


def actor(db: str | Path, name: str, *, readonly: bool = False) -> dict | None:
    """One person's offices, aliases and events over time; None when nobody matches ``name``."""
    with _reading(db, readonly) as store:
        return find_person(store, name)


def import_actors(db: str | Path, path: str | Path) -> dict:
    """Add what the user knows: an actors.yaml, or a CSV/JSON table of office holders (person,
    position, country, start, end). Re-importing a file replaces what it gave before."""
    with writer_lock(db), Store(db) as store:
        n, problems, report = import_known_people(store, path)
    return {"people": n, "problems": [str(p) for p in problems], "titles": str(report)}


def actor_conflicts(db: str | Path = DEFAULT_DB) -> list[dict]:
    """Titles of stored events that two known people fit at once: flagged, never guessed."""
    with _reading(db) as store:
        return resolve_titles(store, write=False).conflicts


def brief(db: str | Path, dyad: str, *, since: str | None = None, until: str | None = None, lang: str = "fr",
          readonly: bool = False) -> dict:
    """The dyad brief as data: monthly cooperation-conflict index and trend, meetings,
    commitments with their follow-ups, contexts per year, main actors; evidence everywhere."""
    from chronique.analysis.brief import build_brief

    with _reading(db, readonly) as store:
        return build_brief(store, dyad, since=since, until=until, lang=lang)


def write_brief(db: str | Path, dyad: str, path: str | Path, *, since: str | None = None, until: str | None = None,
                lang: str = "fr") -> list[Path]:
    """Write the brief as HTML (one self-contained file) or Markdown (``.md``, with the index
    drawn in an SVG file beside it); returns the files written."""
    from chronique.analysis.brief import index_svg, render_html, render_markdown
    from chronique.errors import UsageError

    path = Path(path)
    if path.suffix.lower() not in {".html", ".htm", ".md"}:
        raise UsageError(f"{path}: a brief is written as .html (one self-contained page; print it to PDF from a "
                         "browser) or .md (Markdown with an SVG beside it)")
    data = brief(db, dyad, since=since, until=until, lang=lang)
    if path.suffix.lower() == ".md":
        svg = path.with_suffix(".svg")
        svg.write_text(index_svg(data["index"], data["words"]["index"]), encoding="utf-8")
        path.write_text(render_markdown(data, svg.name), encoding="utf-8")
        return [path, svg]
    path.write_text(render_html(data), encoding="utf-8")
    return [path]
