"""Coded batches as Parquet shards: what a Dask worker hands to the coordinator.

One row per article, with its sentences, mentions, events and office claims as nested columns
(lists of structs), so a shard can be read by any Parquet tool (DuckDB, pandas) for checking.
Writing goes to a temporary name then renames, so a half-written shard is never read.
"""
from __future__ import annotations

import os
from dataclasses import asdict
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from chronique.actors.knowledge import OfficeClaim
from chronique.model import Actor, Article, Event, Mention


def write_shard(path: str | Path, batch: list) -> str:
    """Write a list of ``Coded`` to ``path``; returns the path."""
    path = Path(path)
    rows = [asdict(coded) for coded in batch]
    for row in rows:  # (start, end, text) tuples mix types: a struct each
        if row["analysis"]:
            row["analysis"]["sentences"] = [{"start": s, "end": e, "text": t} for s, e, t in row["analysis"]["sentences"]]
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(pa.Table.from_pylist(rows), tmp)
    os.replace(tmp, path)
    return str(path)


def read_shard(path: str | Path) -> list:
    """The list of ``Coded`` a shard holds, as it was written."""
    from chronique.pipeline import Analysis, Coded

    out = []
    for row in pq.read_table(path).to_pylist():
        a = row["analysis"]
        analysis = None if a is None else Analysis(
            sentences=[(s["start"], s["end"], s["text"]) for s in a["sentences"]],
            mentions=[Mention(**{**m, "actor": Actor(**m["actor"])}) for m in a["mentions"]],
            events=[_event(e) for e in a["events"]],
            home_country=a["home_country"],
            claims=[OfficeClaim(**c) for c in a["claims"]],
        )
        out.append(Coded(Article(**row["article"]), analysis, row["language"], row["words"], row["error"], row["signature"]))
    return out


def _event(e: dict) -> Event:
    return Event(**{**e, "source": e["source"] and Actor(**e["source"]), "target": e["target"] and Actor(**e["target"]),
                    "contexts": list(e["contexts"])})
