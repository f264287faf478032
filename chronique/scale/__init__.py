"""Where articles are coded: in this process, in a pool of local processes, or on a Dask cluster.

Each place runs the same pure function, ``chronique.pipeline.code_articles``, on batches of
articles and hands the coded batches back *in input order*, so the store a run writes is the same
wherever the work was done. Only the coordinating process writes to the store.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from chronique.actors.people import PeopleIndex

Coder = Callable[[Iterator[list]], Iterator[list]]


def default_jobs() -> int:
    """One process per CPU this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@contextmanager
def coder(people: PeopleIndex, *, jobs: int | None = 1, workers: int | None = None, scheduler: str | None = None,
          shards: Path | None = None) -> Iterator[Coder]:
    """A function from batches of articles to batches of ``Coded``, in order. Dask when
    ``workers`` or ``scheduler`` is given, else ``jobs`` local processes (None: one per CPU)."""
    if workers or scheduler:
        from chronique.scale.cluster import on_dask

        with on_dask(people, workers=workers, scheduler=scheduler, shards=shards) as code:
            yield code
        return
    jobs = default_jobs() if jobs is None else jobs
    if jobs <= 1:
        from chronique.scale.local import in_process

        yield in_process(people)
        return
    from chronique.scale.local import process_pool

    with process_pool(people, jobs) as code:
        yield code
