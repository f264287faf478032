"""Following RSS and Atom feeds, a cycle of ``chronique watch``: each cycle reads the feeds
(conditional GET: ETag and Last-Modified), fetches the items not seen before, and runs them
through the pipeline.

What was seen is kept in the store (``feeds``, ``feed_items``), so a watch stopped with Ctrl-C,
or killed, resumes where it stopped. An item republished under another address is caught by
the store's content check (the same text is stored once).
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

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

