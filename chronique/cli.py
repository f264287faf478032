"""The `chronique` command: a thin shell over chronique.api.

Exit codes: 0 all good, 1 some input records failed (they are reported), 2 usage error.
"""
from __future__ import annotations

import atexit
import os
import shutil
import sys
import threading

import click

from chronique import api
from chronique.analysis import FORMATS
from chronique.errors import ChroniqueError, UsageError

DB_OPTION = click.option("--db", default=api.DEFAULT_DB, show_default=True, envvar="CHRONIQUE_DB", help="the SQLite store file")


def _filters(f):
    f = click.option("--dyad", help="two ISO alpha-3 codes, e.g. MAR-ITA (either direction)")(f)
    f = click.option("--type", "type_", help="a PLOVER type, e.g. CONSULT")(f)
    f = click.option("--context", help="an issue area, e.g. migration")(f)
    f = click.option("--since", help="first date, YYYY[-MM[-DD]]")(f)
    f = click.option("--until", help="last date, YYYY[-MM[-DD]]")(f)
    f = click.option("--no-guesses", is_flag=True, help="leave out acts whose parties no rule found (the nearest named were taken)")(f)
    return f


def _fail(exc: Exception) -> None:
    click.echo(f"Error: {exc}", err=True)
    sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="chronique")
def main() -> None:
    """Chronique: dated French news articles in, a chronicle of political events out."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@DB_OPTION
@click.option("--quiet", is_flag=True, help="no progress bar")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="local processes that code articles [default: one per CPU]")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="code on a Dask LocalCluster of this many worker processes")
@click.option("--scheduler", default=None, help="code on the Dask cluster at this address (tcp://host:8786)")
def run(inputs, db, quiet, jobs, workers, scheduler):
    """Ingest and process INPUTS (files, folders, saved .html pages, http(s) addresses, '-' for
    stdin) into the store."""
    if workers and scheduler:
        _fail(UsageError("give --workers (a local Dask cluster) or --scheduler (an existing one), not both"))
    try:
        summary = api.run(inputs, db, progress=not quiet, jobs=jobs, workers=workers, scheduler=scheduler)
    except ChroniqueError as exc:
        _fail(exc)
    click.echo(str(summary))
    sys.exit(1 if summary.failed else 0)


@main.command()
@click.argument("sources", nargs=-1, required=True)
@DB_OPTION
@click.option("--every", default="15m", show_default=True, help="time between cycles: 30s, 15m, 1h")
@click.option("--cycles", type=int, default=None, help="stop after this many cycles (default: until Ctrl-C)")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="local processes for a large batch of new articles [default: one per CPU]")
@click.option("--settle", type=click.FloatRange(min=0), default=1.0, show_default=True,
              help="seconds a file must go unchanged (and, for one-article files, look the same at two looks) before it is read")
def watch(sources, db, every, cycles, jobs, settle):
    """Follow SOURCES: RSS/Atom feed addresses, and files or folders where new article files
    arrive. The model stays loaded; each cycle codes only what is new."""
    from chronique.ingest.watch import parse_every, watch as watch_sources

    before = _errors(db)
    try:
        seconds = parse_every(every)
        watch_sources(list(sources), db, every=seconds, cycles=cycles, jobs=jobs, log=click.echo, settle=settle)
    except ChroniqueError as exc:
        _fail(exc)
    found = _errors(db) - before
    if found:  # as `run` does: 1 when some inputs failed (they are stored in `chronique problems`)
        click.echo(f"{found} problem(s) reported while watching; see `chronique problems`")
        sys.exit(1)


def _errors(db) -> int:
    """How many error problems the store holds (0 when there is no store yet)."""
    try:
        return sum(1 for p in api.problems(db) if p["severity"] == "error")
    except ChroniqueError:
        return 0


@main.command()
@DB_OPTION
@_filters
@click.option("--limit", type=int, default=None, help="show at most this many events")
@click.option("--full", is_flag=True, help="the evidence sentence whole, not cut to the terminal's width")
def events(db, dyad, type_, context, since, until, no_guesses, limit, full):
    """The chronicle: events as a table, oldest first."""
    try:
        rows = api.events(db, dyad=dyad, type=type_, context=context, since=since, until=until, no_guesses=no_guesses, limit=limit)
    except ChroniqueError as exc:
        _fail(exc)
    width = shutil.get_terminal_size((140, 20)).columns
    for r in rows:
        who = f"{_actor(r, 'source')} -> {_actor(r, 'target')}"
        ctx = f" [{', '.join(r['contexts'])}]" if r["contexts"] else ""
        reported = f" — reported by {r['reported_by']} sources" if (r.get("reported_by") or 1) > 1 else ""
        head = f"{r['date'] or '?':10s}  {r['type']:9s} {who}{ctx}{reported}"
        click.echo(head)
        evidence = f"« {r['sentence']} » ({r['doc_id']})"
        click.echo("            " + (evidence if full else _clip(evidence, width - 12)))
    click.echo(f"{len(rows)} event(s)")


def _actor(r: dict, side: str) -> str:
    if r[f"{side}_name"] is None:
        return "—"
    person = r.get(f"{side}_person")
    who = f" = {person}" if person and r.get(f"{side}_person_basis") not in (None, "text") else ""
    return f"{r[f'{side}_name']}{who} ({r[f'{side}_country'] or '?'})"


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[: max(10, n - 1)] + "…"


DATASET_OPTION = click.option("--dataset", type=click.Path(file_okay=False), default=None,
                              help="read a Parquet dataset folder (written by `export --format dataset`) instead of the store")


@main.command()
@DB_OPTION
@DATASET_OPTION
@_filters
def timeline(db, dataset, dyad, type_, context, since, until, no_guesses):
    """Events per month and type, each act once (republished stories are not counted again)."""
    try:
        rows = api.timeline(db, dataset=dataset, dyad=dyad, type=type_, context=context, since=since, until=until,
                            no_guesses=no_guesses)
    except ChroniqueError as exc:
        _fail(exc)
    months: dict[str, dict[str, int]] = {}
    for r in rows:
        months.setdefault(r["month"] or "?", {})[r["type"]] = r["n"]
    for month, by_type in months.items():
        total = sum(by_type.values())
        detail = ", ".join(f"{t} {n}" for t, n in sorted(by_type.items()))
        click.echo(f"{month:8s} {total:4d}  {'█' * min(total, 40)}  {detail}")
    if not months:
        click.echo("no events")


@main.command()
@click.argument("query")
@DB_OPTION
@click.option("--limit", type=int, default=20, show_default=True)
def search(query, db, limit):
    """Full-text search over sentences (FTS5 syntax), with the events coded in each."""
    try:
        hits = api.search(db, query, limit=limit)
    except ChroniqueError as exc:
        _fail(exc)
    for h in hits:
        click.echo(f"{h['doc_id']} ({h['date'] or '?'}) #{h['idx']}: {h['snippet']}")
        for e in h["events"]:
            click.echo(f"    {e['type']}: {_actor(e, 'source')} -> {_actor(e, 'target')}")
    click.echo(f"{len(hits)} sentence(s)")


@main.command()
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="jsonl, csv, parquet or dataset [default: the output's extension; a folder for dataset]")
@click.option("-o", "--output", required=True, help="the file to write (.jsonl, .csv, .parquet), or a folder for the dataset")
@DATASET_OPTION
@_filters
def export(db, fmt, output, dataset, dyad, type_, context, since, until, no_guesses):
    """Write events to a file; jsonl is the evaluation's prediction format, dataset a folder of
    Parquet files partitioned by month."""
    try:
        n = api.export(db, output, fmt=fmt, dataset=dataset, dyad=dyad, type=type_, context=context, since=since, until=until,
                       no_guesses=no_guesses)
    except ChroniqueError as exc:
        _fail(exc)
    click.echo(f"wrote {n} event(s) to {output}")


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", required=True, help="the .jsonl file to write the drafts to")
@click.option("--force", is_flag=True, help="replace the file if it exists (it may hold corrections)")
def draft(inputs, output, force):
    """Draft annotations of INPUTS (what `run` reads): the coder's events in the annotated
    format, each marked "drafted" until a person corrects it and removes the mark; then
    `scripts/train.py --extra FILE` learns from them."""
    try:
        articles, events, found = api.draft(inputs, output, overwrite=force)
    except ChroniqueError as exc:
        _fail(exc)
    for p in found:
        click.echo(f"[{p.severity}] {p}", err=True)
    click.echo(f"wrote {articles} article(s), {events} drafted event(s) to {output}")
    sys.exit(1 if any(p.severity == "error" for p in found) else 0)


@main.command()
@DB_OPTION
def problems(db):
    """Bad inputs reported by past runs: where, what, and what to do."""
    try:
        rows = api.problems(db)
    except ChroniqueError as exc:
        _fail(exc)
    for p in rows:
        hint = f" ({p['hint']})" if p["hint"] else ""
        click.echo(f"[{p['severity']}] {p['location']}: {p['message']}{hint}")
    click.echo(f"{len(rows)} problem(s)")


@main.group(invoke_without_command=True)
@DB_OPTION
@click.option("--country", help="ISO alpha-3 code, e.g. MAR")
@click.option("--role", help="an office: interior_minister, 'Minister of the Interior' or \"ministre de l'Intérieur\"")
@click.option("--all", "everyone", is_flag=True, help="also the shipped list's people the corpus never shows")
@click.option("--conflicts", is_flag=True, help="list titles two known people fit at once")
@click.pass_context
def actors(ctx, db, country, role, everyone, conflicts):
    """People and the offices they held over time (`actors import FILE` adds your own)."""
    if ctx.invoked_subcommand is not None:
        return
    try:
        if conflicts:
            rows = api.actor_conflicts(db)
            for c in rows:
                click.echo(f"{c['date']}  {c['office']} of {c['country']}: {' / '.join(c['candidates'])} (event {c['event']})")
            click.echo(f"{len(rows)} conflict(s)")
            return
        people = api.actors(db, country=country, role=role, everyone=everyone)
    except ChroniqueError as exc:
        _fail(exc)
    for p in people:
        click.echo(f"{p['country'] or '?':4s} {p['name']}" + (f"  (also: {', '.join(p['aliases'])})" if p["aliases"] else ""))
        for line in _office_lines(p["offices"]):
            click.echo("       " + line)
    click.echo(f"{len(people)} person(s)")


def _office_lines(offices: list[dict]) -> list[str]:
    """One line per office: each source of knowledge with the interval it supports."""
    by_office: dict[tuple, list[dict]] = {}
    for o in offices:
        by_office.setdefault((o["office_label"], o["country"]), []).append(o)
    lines = []
    for (label, country), tenures in by_office.items():
        spans = []
        for t in tenures:
            span = f"{t['start'] or '?'} … {t['end'] or ('' if t['basis'] != 'corpus' else '?')}".rstrip()
            if t["basis"] == "corpus":
                span = f"corpus: seen {t['start']} … {t['end']} ({len(t['evidence'])} sentence(s))"
            else:
                span = f"{t['basis']}: {span}"
            if t["succeeded_by"] and (t["basis"] == "corpus" or not t["end"]):
                span += f", then {t['succeeded_by']} from {t['succeeded_on']}"
            spans.append(span)
        lines.append(f"{label} [{country or '?'}]: " + "; ".join(spans))
    return lines


@actors.command("import")
@click.argument("path")
@DB_OPTION
def actors_import(path, db):
    """Add an actors.yaml you curate, or a CSV/JSON table of office holders (person, position,
    country, start, end; a Wikidata export reads as is). Your knowledge wins over the corpus's."""
    try:
        result = api.import_actors(db, path)
    except ChroniqueError as exc:
        _fail(exc)
    click.echo(f"read {result['people']} person(s) from {path}")
    for p in result["problems"]:
        click.echo(f"  - {p}")
    click.echo(result["titles"])
    sys.exit(1 if result["problems"] else 0)


@main.command()
@DB_OPTION
@click.option("--dyad", required=True, help="two ISO alpha-3 codes, e.g. MAR-ITA")
@click.option("--since", help="first date, YYYY[-MM[-DD]]")
@click.option("--until", help="last date, YYYY[-MM[-DD]]")
@click.option("--lang", type=click.Choice(["fr", "en"]), default="fr", show_default=True)
@click.option("-o", "--output", required=True, help="brief.html (one file) or brief.md (with brief.svg beside it)")
def brief(db, dyad, since, until, lang, output):
    """The dyad brief: index over time, meetings, commitments and their follow-ups, actors."""
    try:
        files = api.write_brief(db, dyad, output, since=since, until=until, lang=lang)
    except ChroniqueError as exc:
        _fail(exc)
    click.echo("wrote " + ", ".join(str(f) for f in files))


@main.command()
@click.argument("name")
@DB_OPTION
def actor(name, db):
    """One person: offices over time, aliases, and their events (named or by title)."""
    try:
        record = api.actor(db, name)
    except ChroniqueError as exc:
        _fail(exc)
    if record is None:
        click.echo(f"Error: nobody called {name!r} in {db}; `chronique actors --all` lists who is known", err=True)
        sys.exit(1)
    click.echo(f"{record['name']} ({record['country'] or '?'})")
    if record["aliases"]:
        click.echo("  also: " + ", ".join(record["aliases"]))
    for line in _office_lines(record["offices"]):
        click.echo("  " + line)
    for o in record["offices"]:
        for c in o["evidence"]:
            click.echo(f"    {c['date'] or '?':10s} « {_clip(c['sentence'], 110)} » ({c['doc_id']})")
    click.echo(f"  {len(record['events'])} event(s):")
    for r in record["events"]:
        via = ""
        for side in ("source", "target"):
            if r[f"{side}_person"] == record["name"] and r[f"{side}_kind"] == "role":
                via = f"  [as « {r[f'{side}_name']} », by {r[f'{side}_person_basis']}]"
        click.echo(f"    {r['date'] or '?':10s} {r['type']:9s} {_actor(r, 'source')} -> {_actor(r, 'target')}{via}")


@main.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="interface to bind; the default is this machine only")
@click.option("--port", default=8000, show_default=True, type=int)
def serve(db, host, port):
    """The analyst's web app over a store, read-only: overview, dyads, articles, actors, search."""
    import uvicorn

    from chronique.web import create_app

    try:
        app = create_app(db)
    except ChroniqueError as exc:
        _fail(exc)
    if host not in {"127.0.0.1", "localhost", "::1"}:
        click.echo(f"Warning: serving on {host}: anyone who can reach this machine can read the store", err=True)
    click.echo(f"Chronique on http://{host}:{port}/ (Ctrl-C to stop)")
    # one access line per request (a 500 says which URL it was), and the server's own notices
    uvicorn.run(app, host=host, port=port, log_level="info", access_log=True)


def entry() -> None:
    """The console script and ``python -m chronique.cli``: the command, then a prompt exit.

    A run leaves the language model, the lexicons and the knowledge base in memory, some
    millions of objects, and Python's own shutdown frees them one by one: 0.45 s of every run
    on this machine, for memory the system takes back at once anyway. So once the command has
    returned (its store closed, its files written), what Python's exit does first is done as it
    would be -- threads that are not daemons finished, then the exit handlers (temporary
    folders, logging, Dask) --, the output is flushed, and the process ends without that
    teardown. An error the command did not catch still ends the usual way, with
    its traceback. (``main`` itself, which tests invoke in-process, exits normally.)"""
    try:
        main()
        code = 0
    except SystemExit as exc:
        code = exc.code
    if code is None:
        code = 0
    elif not isinstance(code, int):  # sys.exit("message"): said on stderr, status 1, as Python does
        print(code, file=sys.stderr)
        code = 1
    if (threads_done := getattr(threading, "_shutdown", None)) is not None:
        threads_done()   # (thread pools told to stop, then joined: Python's own first step at exit)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe ("| head") or stream: nothing more to say
            pass
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    entry()
