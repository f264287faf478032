"""Coding on this machine: in this process, or in a pool of forked worker processes.

The pool forks *after* the language model is loaded, so the workers share its memory pages with
the parent instead of loading a copy each (a copy is ~0.5 GB and several seconds). At most
``2 x jobs`` batches are in flight, so memory stays bounded whatever the corpus size.
"""
from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager

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


def _release_models() -> None:
    """The coordinator only writes: once the workers are forked (their pages stay theirs), it
    drops its own references to the model and the language detector and gives the memory back."""
    from chronique.ingest.hygiene import release as release_language
    from chronique.nlp import load_nlp

    load_nlp.cache_clear()
    release_language()
    gc.collect()
    try:  # glibc keeps freed small blocks unless asked
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


@contextmanager
def process_pool(people: PeopleIndex, jobs: int):
    global _people
    from chronique.nlp import load_nlp
    from chronique.pipeline import warm_up

    ours = load_nlp.cache_info().currsize == 0  # not already loaded by the caller (a notebook, tests)
    warm_up()  # model, detector, lexicons, models: loaded once, here; the forked workers share them
    _people = people
    ctx = multiprocessing.get_context("fork")
    # the model's objects move to a generation the workers' collector never visits, so it does
    # not write to (and so copy) the pages they share with the parent
    gc.freeze()
    pool = ctx.Pool(jobs, initializer=_start_worker, initargs=(os.getpid(),))
    gc.unfreeze()

    def code(batches: Iterator[list]) -> Iterator[list]:
        window: deque = deque()
        held = ours  # the models are released once the workers have work: they need not wait for it
        for batch in batches:
            window.append(pool.apply_async(_code_batch, (batch,)))
            if len(window) >= 2 * jobs:
                if held:
                    _release_models()
                    held = False
                yield window.popleft().get()
        if held:
            _release_models()
        while window:
            yield window.popleft().get()

    try:
        yield code
        pool.close()
    finally:
        pool.terminate()
        pool.join()
        _people = None
