"""``chronique watch``: follow feeds and local folders, coding what is new at each cycle.

The process stays up between cycles with the language model loaded (``warm_up``), so a cycle
costs what it finds: a handful of new articles takes seconds, not the model's start-up. Feeds
are read as in :mod:`chronique.ingest.feeds`; files and folders as in
:mod:`chronique.ingest.inbox`. Everything seen is checked against the store, so a watch stopped
with Ctrl-C, or killed, resumes where it stopped.
"""
from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

from chronique.errors import UsageError
from chronique.ingest.feeds import watch_cycle as feed_cycle
from chronique.ingest.inbox import Inbox, inbox_cycle
from chronique.ingest.web import Fetcher


def parse_every(text: str) -> float:
    """"15m" -> 900 seconds; also "30s", "2h", "0.5s", or a bare number of seconds."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*", text or "")
    if not m:
        raise UsageError(f"--every {text!r}: write a duration such as 30s, 15m or 1h")
    return float(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600}[m.group(2)]


def is_feed(source: str) -> bool:
    return str(source).startswith(("http://", "https://"))


def watch(sources: list[str], db: str | Path, *, every: float = 900.0, cycles: int | None = None,
          log: Callable[[str], None] = print, fetcher: Fetcher | None = None, sleep=time.sleep,
          jobs: int | None = 1, settle: float = 1.0) -> int:
    """Watch ``sources`` (feed addresses, files, folders) every ``every`` seconds, ``cycles``
    times or until Ctrl-C; returns the number of cycles done. A feed's cycle is always logged; a
    folder's only when it found new or changed files (a folder is looked at often)."""
    from chronique.pipeline import warm_up

    feeds = [s for s in sources if is_feed(s)]
    inbox = Inbox([Path(s) for s in sources if not is_feed(s)], settle=settle)
    started = time.perf_counter()
    warm_up()
    log(f"watching {len(feeds)} feed(s), {len(inbox.paths)} file(s) or folder(s) every {every:g} s; "
        f"model loaded in {time.perf_counter() - started:.1f} s")
    if feeds and fetcher is None:
        fetcher = Fetcher()
    done = 0
    try:
        while cycles is None or done < cycles:
            done += 1
            if feeds:
                log(str(feed_cycle(feeds, db, fetcher, done)))
            if inbox.paths and (report := inbox_cycle(inbox, db, done, jobs=jobs)) is not None:
                log(str(report))
            if cycles is None or done < cycles:
                sleep(every)
    except KeyboardInterrupt:
        log(f"stopped after {done} cycle(s); the next watch resumes where this one stopped")
    finally:
        if fetcher is not None:
            fetcher.close()
    return done
