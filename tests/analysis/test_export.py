import csv
import json

import duckdb

from chronique.analysis import export_events
from chronique.store import Store
from tests.store.test_db import _save


def test_jsonl_is_the_prediction_format_and_csv_parquet_agree(tmp_path):
    with Store(tmp_path / "s.db") as store:
        _save(store)
        assert export_events(store, tmp_path / "e.jsonl", "jsonl") == 1
        assert export_events(store, tmp_path / "e.csv", "csv") == 1
        assert export_events(store, tmp_path / "e.parquet", "parquet") == 1
    [line] = (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()
    pred = json.loads(line)
    assert {"doc_id", "sentence", "type", "source", "target", "contexts"} <= set(pred)
    assert pred["source"] == {"name": "Maroc", "country": "MAR", "sector": None} and pred["doc_id"] == "1"
    assert (tmp_path / "e.csv").read_bytes().startswith(b"\xef\xbb\xbfdoc_id")   # a BOM: Excel reads UTF-8
    [row] = list(csv.DictReader((tmp_path / "e.csv").open(encoding="utf-8-sig")))
    assert row["target_country"] == "ITA" and row["contexts"] == "economic"
    # CSV and a Parquet file carry the dataset's typed columns: person, office, URL, and the
    # CAMEO code and Goldstein value GDELT users compare with
    from chronique.analysis.dataset import TABLE_COLUMNS

    assert list(row) == TABLE_COLUMNS
    assert {"source_person", "source_office", "url", "cameo", "goldstein"} <= set(row)
    assert (row["cameo"], row["goldstein"]) == ("057", "8.0")   # AGREE (mode "sign": the type's value)
    got = duckdb.sql(f"SELECT type, source_country, contexts, goldstein, reported_by FROM '{tmp_path / 'e.parquet'}'").fetchall()
    assert got == [("AGREE", "MAR", ["economic"], 8.0, 1)]
    types = dict(duckdb.sql(f"DESCRIBE SELECT * FROM '{tmp_path / 'e.parquet'}'").fetchall()[i][:2]
                 for i in range(len(TABLE_COLUMNS)))
    assert (types["goldstein"], types["reported_by"], types["contexts"]) == ("DOUBLE", "BIGINT", "VARCHAR[]")


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised():
    from chronique.analysis.export import csv_safe

    row = csv_safe({"sentence": "=HYPERLINK(\"http://x\")", "mode": "+1", "trigger": "-2", "title": "@SUM(A1)",
                    "location": "Rabat", "reported_by": 2})
    assert row == {"sentence": "'=HYPERLINK(\"http://x\")", "mode": "'+1", "trigger": "'-2", "title": "'@SUM(A1)",
                   "location": "Rabat", "reported_by": 2}


def test_a_file_is_written_in_the_format_its_name_says_or_refused(tmp_path):
    import pytest

    import chronique
    from chronique.errors import UsageError

    db = tmp_path / "s.db"
    with Store(db) as store:
        _save(store)
    assert chronique.export(db, tmp_path / "agree.csv") == 1
    assert (tmp_path / "agree.csv").read_text(encoding="utf-8-sig").startswith("doc_id,")
    assert chronique.export(db, tmp_path / "e.parquet") == 1 and (tmp_path / "e.parquet").read_bytes()[:4] == b"PAR1"
    with pytest.raises(UsageError, match="named as csv"):
        chronique.export(db, tmp_path / "x.csv", fmt="jsonl")
    with pytest.raises(UsageError, match="cannot tell the format"):
        chronique.export(db, tmp_path / "x.txt")
    assert chronique.export(db, tmp_path / "x.txt", fmt="jsonl") == 1   # said outright, for a name with no format
