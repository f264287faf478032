"""Events as a Parquet dataset partitioned by month, read back with DuckDB."""
from __future__ import annotations

import json

import pytest

import chronique
from chronique.errors import UsageError
from tests.scale.corpus import write_corpus


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dataset")
    db = folder / "s.db"
    chronique.run([write_corpus(folder)], db)
    return db


def test_the_dataset_has_a_folder_per_month_and_the_store_timeline(store, tmp_path):
    out = tmp_path / "events"
    n = chronique.export(store, out, fmt="dataset")
    assert n == len(chronique.events(store, once=False)) > 8
    months = sorted(p.name for p in out.iterdir())
    assert months[0] == "month=2023-01" and "month=2023-06" in months
    assert chronique.timeline(dataset=out) == chronique.timeline(store)
    assert chronique.timeline(dataset=out, dyad="FRA-MLI") == chronique.timeline(store, dyad="FRA-MLI") != []
    assert chronique.timeline(dataset=out, since="2023-04") == chronique.timeline(store, since="2023-04")
    assert chronique.export(store, out, fmt="dataset") == n          # exporting again replaces, never adds
    assert sum(r["n"] for r in chronique.timeline(dataset=out)) == sum(r["n"] for r in chronique.timeline(store))


def test_exports_read_from_the_dataset_equal_exports_from_the_store(store, tmp_path):
    chronique.export(store, tmp_path / "events", fmt="dataset")
    chronique.export(store, tmp_path / "from_store.jsonl", type="SANCTION")
    chronique.export(None, tmp_path / "from_dataset.jsonl", dataset=tmp_path / "events", type="SANCTION")
    def rows(name):
        return sorted(json.dumps(json.loads(line), sort_keys=True) for line in (tmp_path / name).open(encoding="utf-8"))
    assert rows("from_dataset.jsonl") == rows("from_store.jsonl") != []


def test_a_folder_without_a_dataset_is_a_clear_error(tmp_path):
    with pytest.raises(UsageError, match="no Parquet dataset"):
        chronique.timeline(dataset=tmp_path)


def test_every_tabular_export_has_the_same_typed_columns(store, tmp_path):
    import csv

    import duckdb

    chronique.export(store, tmp_path / "events", fmt="dataset")
    chronique.export(store, tmp_path / "one.parquet")
    chronique.export(store, tmp_path / "one.csv")
    glob = str(tmp_path / "events" / "**" / "*.parquet")
    in_dataset = duckdb.sql(f"DESCRIBE SELECT * FROM read_parquet('{glob}', hive_partitioning = false)").fetchall()
    in_file = duckdb.sql(f"DESCRIBE SELECT * FROM '{tmp_path / 'one.parquet'}'").fetchall()
    assert [c[:2] for c in in_dataset] == [c[:2] for c in in_file]
    header = next(csv.reader((tmp_path / "one.csv").open(encoding="utf-8-sig")))
    assert header == [c[0] for c in in_file]
    assert {"cameo", "goldstein", "source_person", "target_office", "url"} <= set(header)
    # a dataset read back keeps them: the same rows as the store gives
    from_dataset = sorted(duckdb.sql(f"SELECT doc_id, type, cameo, goldstein FROM read_parquet('{glob}')").fetchall())
    from_file = sorted(duckdb.sql(f"SELECT doc_id, type, cameo, goldstein FROM '{tmp_path / 'one.parquet'}'").fetchall())
    assert from_dataset == from_file and all(r[2] and r[3] is not None for r in from_file)
