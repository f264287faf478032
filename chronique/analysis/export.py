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
    elif fmt == "csv":
        with path.open("w", encoding="utf-8", newline="") as fh:
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
