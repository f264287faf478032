"""Property tests: the readers and the date parser on anything at all, and the pipeline's
"twice is once" and "the order of inputs does not matter"."""
from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import chronique
from chronique.ingest.dates import parse_date
from chronique.ingest.readers import make_article, read_path
from chronique.model import Article, Problem
from tests.store.test_crash_safety import snapshot

json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                           max_leaves=8)


@settings(deadline=None)   # dateparser loads its language data on first use
@given(st.text(max_size=40))
def test_the_date_parser_reads_a_date_or_says_why(s):
    try:
        iso, precision = parse_date(s)
    except ValueError as exc:
        assert str(exc)
    else:
        assert precision in {"year", "month", "day"} and iso[:4].isdigit()


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_iso_dates_keep_their_precision(d):
    assert parse_date(d.isoformat()) == (d.isoformat(), "day")
    assert parse_date(d.isoformat()[:7]) == (d.isoformat()[:7], "month")
    assert parse_date(str(d.year)) == (f"{d.year:04d}", "year")


@settings(deadline=None)
@given(st.dictionaries(st.sampled_from(["id", "date", "text", "title", "source", "other"]), json_values))
def test_any_record_becomes_an_article_or_a_located_problem(obj):
    for rec in make_article(obj, where="feed.jsonl:7"):
        assert isinstance(rec, (Article, Problem))
        if isinstance(rec, Problem):
            assert rec.where == "feed.jsonl:7" and rec.message


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600), st.sampled_from([".jsonl", ".json", ".csv", ".txt"]))
def test_any_file_is_read_without_raising(data, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        for rec in read_path(path):
            assert isinstance(rec, (Article, Problem))
            if isinstance(rec, Problem):
                assert str(path) in rec.where


ARTICLES = [
    ("p1", "2024-01-10", "Le Maroc a rappelé son ambassadeur en Algérie pour consultations."),
    ("p2", "2024-02-11", "Le ministre des Affaires étrangères, Nasser Bourita, a reçu à Rabat son homologue malien, Abdoulaye Diop."),
    ("p3", "2024-03-12", "La France a condamné l'attaque contre son ambassade à Niamey."),
    ("p4", "2024-04-13", "Le ministre de l'Intérieur du Portugal, José Moreira, a rencontré son homologue marocain à Lisbonne."),
    ("p5", "2024-05-14", "Le ministre portugais de l'Intérieur a signé un accord avec le Maroc sur la migration."),
]


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.permutations(ARTICLES))
def test_order_of_inputs_does_not_change_the_store_and_twice_is_once(order):
    with tempfile.TemporaryDirectory() as tmp:
        def store_of(articles, name):
            src = Path(tmp) / f"{name}.jsonl"
            src.write_text("".join(json.dumps({"id": i, "date": d, "text": t}, ensure_ascii=False) + "\n"
                                   for i, d, t in articles), encoding="utf-8")
            db = Path(tmp) / f"{name}.db"
            chronique.run([src], db)
            return db, src

        ref, _ = store_of(ARTICLES, "ref")
        shuffled, src = store_of(order, "shuffled")
        assert snapshot(shuffled) == snapshot(ref)
        chronique.run([src], shuffled)          # a second time: nothing changes
        assert snapshot(shuffled) == snapshot(ref)


def test_a_csv_with_a_lone_carriage_return_is_read_or_reported():
    # found by the property test above: b"\r\x01" made the csv module raise
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "x.csv"
        path.write_bytes(b"\r\x01")
        records = list(read_path(path))
    assert records and all(isinstance(r, (Article, Problem)) for r in records)


GOOD_LINE = json.dumps({"id": "good", "date": "2024-03-05",
                        "text": "Le ministre marocain des Affaires étrangères a reçu mardi à Rabat son homologue sénégalais."},
                       ensure_ascii=False)
hostile_lines = st.one_of(
    st.integers(1, 3000).map(lambda n: "[" * n + "]" * n),                                   # deep nesting
    st.integers(1, 3000).map(lambda n: '{"a":' * n + "1" + "}" * n),
    st.text(max_size=30).map(lambda t: '{"id": "s", "date": "2024-03-05", "text": "' + t.replace('"', "")
                             .replace("\\", "") + ' \\ud800 \\udfff"}'),                      # lone surrogates
    st.text(max_size=30).map(lambda t: json.dumps({"id": t, "date": "2024-03-05", "text": t + "\u2028\u2029\u0085x"},
                                                  ensure_ascii=False)),                    # separators inside strings
    st.sampled_from(['{"id": NaN, "text": "x"}', '{"id": 1e400, "date": "2024", "text": "x y"}', '{"date": "0000"}']),
    st.text(max_size=80),
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(hostile_lines, min_size=1, max_size=4), st.binary(max_size=300),
       st.lists(st.lists(st.text(max_size=12), min_size=1, max_size=4), max_size=4))
def test_a_run_over_hostile_json_bytes_and_csv_never_raises_and_stores_the_good_record(lines, blob, rows):
    import csv
    import io

    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp) / "in"
        d.mkdir()
        (d / "a.jsonl").write_text("\n".join(lines + [GOOD_LINE]) + "\n", encoding="utf-8", errors="surrogatepass")
        (d / "b.json").write_text(lines[0], encoding="utf-8", errors="surrogatepass")
        (d / "c.txt").write_bytes(blob)
        out = io.StringIO()
        csv.writer(out).writerows([["id", "date", "text"], *rows])
        (d / "d.csv").write_text(out.getvalue(), encoding="utf-8", errors="surrogatepass")
        db = Path(tmp) / "c.db"
        chronique.run([d], db, jobs=1)   # raising here is the Traceback this test forbids
        import sqlite3

        from chronique.ingest.watch import watch

        # and a watch of the same folder, from another store: one cycle, no crash
        watch([str(d)], Path(tmp) / "w.db", cycles=1, log=lambda line: None, sleep=lambda s: None, settle=0)
        with sqlite3.connect(Path(tmp) / "w.db") as conn:
            assert conn.execute("SELECT 1 FROM documents WHERE doc_id = 'good'").fetchone()

        with sqlite3.connect(db) as conn:
            assert conn.execute("SELECT 1 FROM documents WHERE doc_id = 'good'").fetchone()
