"""Export events as JSONL (the evaluation's prediction format), CSV or Parquet."""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path

from chronique.errors import UsageError
from chronique.store import EventFilter, Store
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
CSV_COLUMNS = ["doc_id", "date", "date_precision", "type", "mode", "source_name", "source_country", "source_sector",
               "target_name", "target_country", "target_sector", "contexts", "location", "trigger", "sentence", "story", "reported_by", "repeat"]


# a spreadsheet runs a cell that starts with one of these as a formula (CSV injection)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(row: dict) -> dict:
    """The row with each text cell that a spreadsheet would run as a formula prefixed by an
    apostrophe (OWASP's advice): article text is untrusted."""
    return {k: "'" + v if isinstance(v, str) and v.startswith(FORMULA_STARTS) else v for k, v in row.items()}


def flat_event(pred: dict) -> dict:
    row = {k: pred.get(k) for k in ("doc_id", "date", "date_precision", "type", "mode", "location", "trigger", "sentence")}
    for side in ("source", "target"):
        a = pred.get(side) or {}
        for f in ("name", "country", "sector"):
            row[f"{side}_{f}"] = a.get(f)
    row["contexts"] = ";".join(pred.get("contexts") or [])
    row.update({k: pred.get(k) for k in ("story", "reported_by", "repeat")})
    return row


def export_events(store: Store, path: str | Path, fmt: str = "jsonl", flt: EventFilter | None = None) -> int:
    """Write the (filtered) events to ``path``; returns how many were written. ``dataset``
    writes a folder partitioned by month (``chronique.analysis.dataset``)."""
    if fmt == "dataset":
        from chronique.analysis.dataset import write_dataset

        return write_dataset(store, path, flt)
    return write_events(store.iter_events(flt), path, fmt)


def write_events(rows: Iterable[dict], path: str | Path, fmt: str = "jsonl") -> int:
    """Write event rows (as the store or a dataset returns them) to one file."""
    if fmt not in FORMATS or fmt == "dataset":
        raise UsageError(f"unknown export format {fmt!r} for a file; choose one of jsonl, csv, parquet")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    preds = [event_to_prediction(r) for r in rows]
    if fmt == "jsonl":
        with path.open("w", encoding="utf-8") as fh:
            for p in preds:
                fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    elif fmt == "csv":  # with a byte-order mark: Excel then reads the accents as UTF-8
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=CSV_COLUMNS)
            w.writeheader()
            w.writerows(csv_safe(flat_event(p)) for p in preds)
    else:
        _write_parquet(path, [flat_event(p) for p in preds])
    return len(preds)


def _write_parquet(path: Path, rows: list[dict]) -> None:
    import duckdb  # Parquet support is built into DuckDB: no extension is downloaded

    con = duckdb.connect()
    cols = ", ".join(f'"{c}" VARCHAR' for c in CSV_COLUMNS)
    con.execute(f"CREATE TABLE events ({cols})")
    if rows:
        con.executemany(f"INSERT INTO events VALUES ({', '.join('?' for _ in CSV_COLUMNS)})",
                        [[r[c] for c in CSV_COLUMNS] for r in rows])
    con.execute(f"COPY events TO '{str(path).replace(chr(39), chr(39) * 2)}' (FORMAT PARQUET)")
    con.close()
