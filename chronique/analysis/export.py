"""Export events as JSONL (the evaluation's prediction format), or as one typed table: CSV, a
Parquet file or a Parquet dataset (the same columns in each)."""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path

from chronique.errors import UsageError
from chronique.store import EventFilter, Store
from chronique.analysis.dataset import TABLE_COLUMNS, table_row, table_schema
from chronique.store.db import event_to_prediction

FORMATS = ("jsonl", "csv", "parquet", "dataset")
EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}


def export_format(path: str | Path, fmt: str | None) -> str:
    """The format a file is written in: its extension's (``out.csv`` is CSV), or ``fmt``; a
    ``fmt`` the extension contradicts is refused -- a file must not lie about its format. A
    path without extension is a folder: the Parquet dataset, unless ``fmt`` says otherwise."""
    suffix = Path(path).suffix.lower()
    implied = EXTENSIONS.get(suffix)
    if fmt is None:
        if implied is None and suffix:
            raise UsageError(f"{path}: cannot tell the format from {suffix!r}; name the file .jsonl, .csv or .parquet, "
                             "or give --format")
        return implied or "dataset"
    if implied is not None and implied != fmt:
        raise UsageError(f"{path} is named as {implied} but --format is {fmt}: rename the file or change --format")
    if fmt == "dataset" and suffix in EXTENSIONS:
        raise UsageError(f"--format dataset writes a folder; {path} is named as a file")
    return fmt


# a spreadsheet runs a cell that starts with one of these as a formula (CSV injection)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(row: dict) -> dict:
    """The row with each text cell that a spreadsheet would run as a formula prefixed by an
    apostrophe (OWASP's advice): article text is untrusted."""
    return {k: "'" + v if isinstance(v, str) and v.startswith(FORMULA_STARTS) else v for k, v in row.items()}


def csv_row(row: dict) -> dict:
    """A table row (``dataset.table_row``) as CSV cells: contexts joined by ";", formulas
    neutralised."""
    out = dict(row)
    out["contexts"] = ";".join(row.get("contexts") or [])
    return csv_safe(out)


def write_csv(rows: Iterable[dict], fh) -> int:
    """Write stored events to an open text file as CSV with the table's columns."""
    w = csv.DictWriter(fh, fieldnames=TABLE_COLUMNS)
    w.writeheader()
    n = 0
    for r in rows:
        w.writerow(csv_row(table_row(r)))
        n += 1
    return n


def export_events(store: Store, path: str | Path, fmt: str = "jsonl", flt: EventFilter | None = None) -> int:
    """Write the (filtered) events to ``path``; returns how many were written. ``dataset``
    writes a folder partitioned by month (``chronique.analysis.dataset``)."""
    if fmt == "dataset":
        from chronique.analysis.dataset import write_dataset

        return write_dataset(store, path, flt)
    return write_events(store.iter_events(flt), path, fmt)


def write_events(rows: Iterable[dict], path: str | Path, fmt: str = "jsonl") -> int:
    """Write event rows (as the store or a dataset returns them) to one file: JSONL in the
    evaluation's prediction format; CSV and Parquet as one table of typed columns, the same as
    a dataset's (``dataset.table_schema``: person, office, URL, CAMEO and Goldstein included)."""
    if fmt not in FORMATS or fmt == "dataset":
        raise UsageError(f"unknown export format {fmt!r} for a file; choose one of jsonl, csv, parquet")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        n = 0
        with path.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(event_to_prediction(r), ensure_ascii=False) + "\n")
                n += 1
        return n
    if fmt == "csv":  # with a byte-order mark: Excel then reads the accents as UTF-8
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            return write_csv(rows, fh)
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist([table_row(r) for r in rows], schema=table_schema())
    pq.write_table(table, path)
    return table.num_rows
