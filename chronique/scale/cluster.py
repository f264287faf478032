"""Coding on a Dask cluster: a LocalCluster of ``workers`` processes, or an existing one.

Each batch of articles is a task: the worker codes it (the model is loaded once per worker
process) and writes the result as a Parquet shard; the coordinator reads the shards back in input
order, writes them to the store and deletes them. Storing is idempotent (an article already
stored is skipped), so a killed run is simply run again. With a remote cluster (e.g. one started
by dask-jobqueue on SLURM), the shard folder must be on a file system the workers share with the
coordinator, and the workers need Chronique installed.
"""
from __future__ import annotations

import logging
import shutil
import uuid
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from chronique.actors.people import PeopleIndex
from chronique.errors import UsageError
from chronique.scale.shards import read_shard, write_shard


def code_to_shard(batch: list, people: PeopleIndex, path: str) -> str:
    """The task a worker runs: code the batch, write it as a shard, return the shard's path."""
    from chronique.pipeline import code_articles

    return write_shard(path, code_articles(batch, people))


@contextmanager
def on_dask(people: PeopleIndex, *, workers: int | None = None, scheduler: str | None = None,
            shards: Path | None = None):
    from dask.distributed import Client, LocalCluster

    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="30s")
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                                   dashboard_address=None, silence_logs=logging.ERROR)
            client = Client(cluster)
    except (OSError, TimeoutError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler {scheduler or 'LocalCluster'}: {exc}") from None
    shards = Path(shards or "chronique.shards").resolve()  # absolute: workers may run elsewhere
    shutil.rmtree(shards, ignore_errors=True)  # a killed run's shards: redone (runs hold the store's lock)
    run_dir = shards / uuid.uuid4().hex[:12]
    run_dir.mkdir(parents=True)
    n_workers = max(1, len(client.scheduler_info().get("workers", {})) or (workers or 1))
    people_ref = client.scatter(people, broadcast=True)

    def take(future) -> list:
        path = future.result()
        coded = read_shard(path)
        Path(path).unlink()
        return coded

    def code(batches: Iterator[list]) -> Iterator[list]:
        window: deque = deque()
        for i, batch in enumerate(batches):
            window.append(client.submit(code_to_shard, batch, people_ref, str(run_dir / f"part-{i:06d}.parquet"), pure=False))
            if len(window) >= 2 * n_workers:
                yield take(window.popleft())
        while window:
            yield take(window.popleft())

    try:
        yield code
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
        shutil.rmtree(shards, ignore_errors=True)
