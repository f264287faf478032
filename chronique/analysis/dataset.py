"""Events as a Parquet dataset partitioned by month, queried with DuckDB.

A store is one SQLite file; a research group sharing years of events, or a Dask job feeding a
data lake, wants columnar files instead: ``write_dataset`` writes every stored event (the same
columns as ``chronique events`` returns) under ``FOLDER/month=YYYY-MM/``, and ``timeline`` and
``events`` read such a folder with DuckDB — no SQLite needed, and only the months asked for are
opened. DuckDB reads Parquet natively: no extension is downloaded.
"""
from __future__ import annotations

import shutil
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from chronique.errors import UsageError
from chronique.store import EventFilter, Store

if TYPE_CHECKING:
    import pyarrow as pa

BATCH = 10_000  # rows per written batch: memory stays flat whatever the store's size


def _month(date: str | None) -> str:
    return date[:7] if date and len(date) >= 7 else (date[:4] if date else "unknown")


def write_dataset(store: Store, folder: str | Path, flt: EventFilter | None = None) -> int:
    """Write the (filtered) events under ``folder``, one sub-folder per month, replacing what the
    folder held (exporting again never duplicates; the folder is swapped in only when complete).
    Returns the count."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder} is a file; a Parquet dataset is a folder: give a folder name")
    tmp = folder.with_name(folder.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    writers: dict[str, pq.ParquetWriter] = {}
    count = 0

    def flush(rows: list[dict]) -> None:
        by_month: dict[str, list[dict]] = {}
        for row in rows:
            by_month.setdefault(_month(row["date"]), []).append(row)
        for month, part in by_month.items():
            if month not in writers:
                (tmp / f"month={month}").mkdir(parents=True)
                writers[month] = pq.ParquetWriter(tmp / f"month={month}" / "events.parquet", table_schema())
            writers[month].write_table(pa.Table.from_pylist([table_row(r) for r in part], schema=table_schema()))

    try:
        tmp.mkdir(parents=True)
        rows: list[dict] = []
        for row in store.iter_events(flt):
            rows.append(row)
            count += 1
            if len(rows) >= BATCH:
                flush(rows)
                rows = []
        flush(rows)
    finally:
        for w in writers.values():
            w.close()
    shutil.rmtree(folder, ignore_errors=True)
    tmp.rename(folder)
    return count


def _typed_columns() -> list[tuple[str, str]]:
    cols = [("doc_id", "text"), ("id", "int"), ("title", "text"), ("url", "text"), ("sentence", "text"),
            ("sentence_start", "int"), ("sentence_end", "int"), ("type", "text"), ("mode", "text"), ("contexts", "texts"),
            ("trigger", "text"), ("trigger_start", "int"), ("trigger_end", "int"), ("date", "text"),
            ("date_precision", "text"), ("location", "text"), ("object", "text"), ("parties_guessed", "bool")]
    for side in ("source", "target"):
        cols += [(f"{side}_{f}", "text") for f in ("name", "country", "sector", "kind", "office", "person", "person_basis")]
    return cols + [("story", "text"), ("copy_of", "int"), ("reported_by", "int"), ("cameo", "text"), ("goldstein", "float")]


# every tabular export (a dataset's files, one Parquet file, CSV) has these columns, typed so (a
# dataset's month is the name of its folders, no column). pyarrow, and the numpy it brings, are
# imported only to write or read Parquet: a command that does neither starts without them.
TYPED_COLUMNS = _typed_columns()
TABLE_COLUMNS = [name for name, _ in TYPED_COLUMNS]


@lru_cache(maxsize=1)
def table_schema() -> pa.Schema:
    """The Parquet schema of ``TABLE_COLUMNS``."""
    import pyarrow as pa

    types = {"text": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "texts": pa.list_(pa.string())}
    return pa.schema([(name, types[kind]) for name, kind in TYPED_COLUMNS])


def table_row(row: dict) -> dict:
    """A stored event (``Store.iter_events``, or a dataset's row) with every table column: its
    CAMEO code and Goldstein value added when it has none."""
    from chronique.analysis.relations import crosswalk

    out = {c: row.get(c) for c in TABLE_COLUMNS}
    if out["cameo"] is None and out["goldstein"] is None and row.get("type"):
        out.update(crosswalk(row["type"], row.get("mode")))
    return out


# the dataset's names for what the store's event query calls s.country, e.type, ...
DATASET_COLUMNS = {
    "sc": "source_country", "tc": "target_country", "type": "type", "date": "date", "doc_id": "doc_id",
    "copy_of": "copy_of", "sp": "source_person", "tp": "target_person", "sk": "source_kind", "tk": "target_kind",
    "sn": "source_name", "tn": "target_name", "guessed": "parties_guessed", "has_context": "list_contains(contexts, ?)",
}


def _where(flt: EventFilter) -> tuple[str, list]:
    """The filter as DuckDB SQL over the dataset's columns."""
    where, params = flt.where(DATASET_COLUMNS)
    if flt.since:  # lets DuckDB skip the folders of earlier months
        where = (where + " AND " if where else " WHERE ") + "(month = 'unknown' OR month >= ?)"
        params = params + [flt.since[:7]]
    return where, params


def _source(folder: str | Path) -> str:
    folder = Path(folder)
    if not folder.is_dir() or not any(folder.rglob("*.parquet")):
        raise UsageError(f"no Parquet dataset in {folder}; write one with `chronique export --format dataset -o {folder}`")
    glob = str(folder / "**" / "*.parquet").replace("'", "''")
    return f"read_parquet('{glob}', hive_partitioning = true)"


def timeline(folder: str | Path, flt: EventFilter | None = None) -> list[dict]:
    """Counts per month and type over a dataset, each act once (as ``Store.timeline``)."""
    import duckdb

    where, params = _where(flt or EventFilter())
    where = (where + " AND " if where else " WHERE ") + "copy_of IS NULL"
    sql = ("SELECT substr(date, 1, 7) AS month, type, count(DISTINCT doc_id || '|' || type || '|' || "
           "least(coalesce(source_country, ''), coalesce(target_country, '')) || '|' || "
           f"greatest(coalesce(source_country, ''), coalesce(target_country, ''))) AS n FROM {_source(folder)}{where}"
           " GROUP BY 1, 2 ORDER BY 1 NULLS FIRST, 2")
    with duckdb.connect() as con:
        return [dict(zip(("month", "type", "n"), r)) for r in con.execute(sql, params).fetchall()]


def iter_events(folder: str | Path, flt: EventFilter | None = None) -> Iterator[dict]:
    """The dataset's events with the table's columns (``TABLE_COLUMNS``, the store's keys
    among them), oldest first. A dataset written before a column existed (``cameo``) reads too."""
    import duckdb

    where, params = _where(flt or EventFilter())
    sql = f"SELECT * FROM {_source(folder)}{where} ORDER BY date NULLS FIRST, doc_id, sentence_start, id"
    with duckdb.connect() as con:
        cur = con.execute(sql, params)
        names = [d[0] for d in cur.description]
        while chunk := cur.fetchmany(BATCH):
            for r in chunk:
                row = table_row(dict(zip(names, r)))
                row["contexts"] = list(row["contexts"] or [])
                yield row
