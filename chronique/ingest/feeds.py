"""Watching RSS and Atom feeds: each cycle reads the feeds (conditional GET: ETag and
Last-Modified), fetches the items not seen before, and runs them through the pipeline.

What was seen is kept in the store (``feeds``, ``feed_items``), so a watch stopped with Ctrl-C,
or killed, resumes where it stopped. An item republished under another address is caught by
the store's content check (the same text is stored once).
"""
from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from chronique.errors import UsageError
from chronique.ingest.web import Fetcher, FetchError, read_url
from chronique.model import Article, Problem
from chronique.pipeline import RunSummary, run_pipeline
from chronique.store import Store


@dataclass
class CycleReport:
    """One pass over the feeds."""

    number: int
    feeds: int = 0
    not_modified: int = 0
    items: int = 0
    new_items: int = 0
    summary: RunSummary | None = None
    problems: list[Problem] = field(default_factory=list)

    def __str__(self) -> str:
        stored = self.summary.stored if self.summary else 0
        events = self.summary.events if self.summary else 0
        problems = len(self.problems) + (len(self.summary.problems) if self.summary else 0)
        return (f"cycle {self.number}: {self.feeds} feed(s) ({self.not_modified} unchanged), {self.items} item(s), "
                f"{self.new_items} new, {stored} article(s) stored, {events} event(s), {problems} problem(s)")


def parse_every(text: str) -> float:
    """"15m" -> 900 seconds; also "30s", "2h", or a bare number of seconds."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*", text or "")
    if not m:
        raise UsageError(f"--every {text!r}: write a duration such as 30s, 15m or 1h")
    return float(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600}[m.group(2)]


def watch_cycle(feeds: list[str], db: str | Path, fetcher: Fetcher, number: int = 1) -> CycleReport:
    """Read each feed once and process its new items."""
    import feedparser

    report = CycleReport(number, feeds=len(feeds))
    records: list[Article | Problem] = []
    taken: list[tuple[str, str, str | None]] = []
    states: list[tuple[str, str | None, str | None]] = []
    with Store(db) as store:
        for feed in feeds:
            state = store.feed_state(feed)
            headers = {k: v for k, v in (("If-None-Match", state["etag"]), ("If-Modified-Since", state["last_modified"])) if v}
            try:
                page = fetcher.get(feed, headers=headers)
            except FetchError as exc:
                report.problems.append(Problem(feed, str(exc)))
                continue
            if page.status == 304:
                report.not_modified += 1
                continue
            if page.status >= 400:
                report.problems.append(Problem(feed, f"HTTP {page.status}", "check the feed's address"))
                continue
            parsed = feedparser.parse(page.text)
            if parsed.bozo and not parsed.entries:
                report.problems.append(Problem(feed, f"not an RSS or Atom feed ({parsed.get('bozo_exception')})", "check the feed's address"))
                continue
            for entry in parsed.entries:
                link = entry.get("link")
                report.items += 1
                if not link or store.item_seen(link):
                    continue
                report.new_items += 1
                published = entry.get("published") or entry.get("updated")
                got = read_url(link, fetcher, fallback_date=_feed_date(entry) or published)
                records.extend(got)
                doc = next((r.doc_id for r in got if isinstance(r, Article)), None)
                taken.append((link, feed, doc))
            states.append((feed, page.headers.get("etag"), page.headers.get("last-modified")))
    report.summary = run_pipeline([], db, progress=False, records=records) if records else None
    with Store(db) as store:
        # only once their articles are stored: a cycle killed before this point is done again,
        # and the feed is not answered "304 unchanged" for items never processed
        store.mark_items_seen(taken)
        for feed, etag, modified in states:
            store.set_feed_state(feed, etag, modified)
        if report.problems:
            store.add_problems(report.problems)
    return report


def _feed_date(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def watch(feeds: list[str], db: str | Path, *, every: float = 900.0, cycles: int | None = None,
          log: Callable[[str], None] = print, fetcher: Fetcher | None = None, sleep=time.sleep) -> int:
    """Watch ``feeds`` every ``every`` seconds (``cycles`` times, or until Ctrl-C); returns the
    number of cycles done."""
    fetcher = fetcher or Fetcher()
    done = 0
    try:
        while cycles is None or done < cycles:
            done += 1
            log(str(watch_cycle(feeds, db, fetcher, done)))
            if cycles is None or done < cycles:
                sleep(every)
    except KeyboardInterrupt:
        log(f"stopped after {done} cycle(s); the next watch resumes where this one stopped")
    finally:
        fetcher.close()
    return done
