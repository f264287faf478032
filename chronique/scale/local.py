"""Coding on this machine: in this process, or in a pool of forked worker processes.

``jobs`` processes code: the run's own, which also writes the store, and ``jobs - 1`` workers
forked *after* the language model is loaded, so that they share its memory pages instead of
loading a copy each (a copy is ~0.5 GB and several seconds). The writer used to fork ``jobs``
workers and let its copy go once they had work: each process's resident size counts the pages
it shares, and the three processes of a two-job run held 1.5 GiB the moment they forked (peak
RSS summed 1,494-1,563 MiB on bench.py's 2,000 articles; 1,266-1,281 with the writer coding).
The work is shared a parse batch at a time: the workers are kept three ahead and the writer
codes the next one itself meanwhile, so each goes to whichever process is free; the batches
come back whole and in input order.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.pool import AsyncResult

from chronique.actors.people import PeopleIndex

_people: PeopleIndex | None = None  # the worker's copy, set before the fork


def in_process(people: PeopleIndex):
    from chronique.pipeline import code_articles

    def code(batches: Iterator[list]) -> Iterator[list]:
        for batch in batches:
            yield code_articles(batch, people)
    return code


def _orphan_watch(parent: int) -> None:
    """A worker whose coordinator was killed exits instead of lingering (and holding the
    store's lock file, which forked processes share)."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _start_worker(parent: int) -> None:
    threading.Thread(target=_orphan_watch, args=(parent,), daemon=True).start()


def _code_batch(batch: list) -> list:
    from chronique.pipeline import code_articles

    return code_articles(batch, _people)


def _parse_batches(batches: Iterator[list], size: int) -> Iterator[tuple[int, int, int, list]]:
    """Each batch cut into parse batches: (the batch's number, the part's, how many parts,
    its articles). The processes share the work a parse batch at a time, so that none waits
    long for another at the end of a run."""
    for i, batch in enumerate(batches):
        n = max(1, -(-len(batch) // size))
        for k in range(n):
            yield i, k, n, batch[k * size:(k + 1) * size]


@contextmanager
def process_pool(people: PeopleIndex, jobs: int):
    global _people
    from chronique.nlp.pipeline import PARSE_BATCH
    from chronique.pipeline import code_articles, warm_up

    warm_up()  # model, detector, lexicons, models: loaded once, here; the forked workers share them
    _people = people
    ctx = multiprocessing.get_context("fork")
    # the model's objects move to a generation the workers' collector never visits, so it does
    # not write to (and so copy) the pages they share with the parent
    gc.freeze()
    pool = ctx.Pool(jobs - 1, initializer=_start_worker, initargs=(os.getpid(),)) if jobs > 1 else None
    gc.unfreeze()
    # parse batches handed to each worker and not yet taken back: it is handed more only between
    # the writer's own parse batches, and with two it ran dry (bench.py's 300 articles coded in
    # 9.9 s, the writer coding 172 of them; 3: 8.6-9.5 s, 156; 4: 9.1 s, 0.7 s of it waiting
    # for the workers' last ones; the pool of three processes before: 9.4-9.6 s)
    ahead = 3 * (jobs - 1)

    def code(batches: Iterator[list]) -> Iterator[list]:
        work = _parse_batches(batches, PARSE_BATCH)
        sent: dict[tuple[int, int], AsyncResult] = {}
        back: dict[int, dict[int, list]] = {}   # a batch's coded parse batches, by their place in it
        parts: dict[int, int] = {}              # how many parse batches a batch was cut into
        more = True

        def take() -> tuple[int, int, int, list] | None:
            nonlocal more
            item = next(work, None) if more else None
            if item is None:
                more = False
            else:
                parts[item[0]] = item[2]
            return item

        def hand_out() -> None:  # keep each worker three parse batches ahead; take back what is done
            while pool is not None and len(sent) < ahead and (item := take()) is not None:
                sent[item[0], item[1]] = pool.apply_async(_code_batch, (item[3],))
            for key in [key for key, r in sent.items() if r.ready()]:
                back.setdefault(key[0], {})[key[1]] = sent.pop(key).get()

        def done() -> Iterator[list]:  # the batches all of whose parts are back, in input order
            nonlocal turn
            while turn in parts and len(back.get(turn, ())) == parts[turn]:
                del parts[turn]
                yield [c for _, coded in sorted(back.pop(turn).items()) for c in coded]
                turn += 1

        turn = 0
        while more or sent:
            mine = take()  # the writer's, taken first: of two parse batches, each process codes one
            hand_out()
            yield from done()
            if mine is not None:
                back.setdefault(mine[0], {})[mine[1]] = code_articles(mine[3], people)
            elif sent:  # nothing left to code here: wait for the oldest a worker holds
                oldest = min(sent)
                back.setdefault(oldest[0], {})[oldest[1]] = sent.pop(oldest).get()
        yield from done()

    try:
        yield code
        if pool is not None:
            pool.close()
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
        _people = None
