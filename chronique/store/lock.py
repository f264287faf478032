"""One writer at a time: a run holds an advisory lock beside the store file.

SQLite alone would let two runs interleave their transactions (nothing would be corrupted or
duplicated, the UNIQUE keys see to that), but their progress and summaries would be confusing.
A second run waits a while for the first, then says clearly that the store is busy. Readers
(the web app, `chronique events`) never take the lock: WAL lets them read during a run.
"""
from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from chronique.errors import StoreError


@contextmanager
def writer_lock(db: str | Path, *, wait: float = 30.0) -> Iterator[None]:
    path = Path(f"{db}.lock")
    with open(path, "a+") as f:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    f.seek(0)
                    holder = f.read().strip() or "?"
                    raise StoreError(f"the store {db} is busy: another chronique run (pid {holder}) is writing to it; "
                                     f"wait for it to finish, or use another --db") from None
                time.sleep(0.2)
        f.seek(0)
        f.truncate()
        f.write(str(os.getpid()))
        f.flush()
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)
