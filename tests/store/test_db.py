import sqlite3

import pytest

from chronique.errors import StoreError, UsageError
from chronique.model import Actor, Article, Event, Mention
from chronique.store import EventFilter, Store
from chronique.store.schema import SCHEMA_VERSION

TEXT = "Le Maroc a signé un accord avec l'Italie."


def _event(**kw):
    base = dict(type="AGREE", mode="sign", source=Actor("Maroc", "MAR"), target=Actor("Italie", "ITA"),
                sentence=TEXT, sentence_index=0, sentence_start=0, sentence_end=len(TEXT), trigger="signé",
                trigger_start=11, trigger_end=16, contexts=["economic"], date="2021-07", date_precision="month")
    base.update(kw)
    return Event(**base)


def _save(store, doc_id="1", text=TEXT):
    art = Article(doc_id, text, "2021-07", "month")
    return store.save_article(art, [(0, len(text), text)], [Mention(3, 8, "Maroc", Actor("Maroc", "MAR"), 0)], [_event(sentence=text)])


def test_saving_twice_stores_once(tmp_path):
    with Store(tmp_path / "s.db") as store:
        assert _save(store) is True
        assert _save(store) is False
        assert store.counts()["events"] == 1 and store.counts()["documents"] == 1
        assert store.status_of(Article("1", TEXT)) == ("stored", None)
        assert store.status_of(Article("2", TEXT + "  ")) == ("duplicate", "1")
        assert store.status_of(Article("1", "Autre texte.")) == ("conflict", "1")


def test_filters_search_and_timeline(tmp_path):
    with Store(tmp_path / "s.db") as store:
        _save(store)
        assert len(store.events(EventFilter(dyad="ITA-MAR"))) == 1
        assert store.events(EventFilter(dyad="MAR-FRA")) == []
        assert len(store.events(EventFilter(context="economic", since="2021", until="2021-07"))) == 1
        assert store.events(EventFilter(until="2021-06")) == []
        [hit] = store.search("accord")
        assert hit["events"][0]["type"] == "AGREE"
        assert store.timeline() == [{"month": "2021-07", "type": "AGREE", "n": 1}]
        with pytest.raises(UsageError):
            store.events(EventFilter(dyad="Maroc"))
        with pytest.raises(UsageError):
            store.search('"unbalanced')


def test_schema_version_and_foreign_files(tmp_path):
    with Store(tmp_path / "s.db") as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    newer = tmp_path / "newer.db"
    sqlite3.connect(newer).execute("PRAGMA user_version = 999").connection.close()
    with pytest.raises(StoreError):
        Store(newer)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError):
        Store(junk)


def test_each_event_keeps_its_articles_spelling_of_a_shared_actor(tmp_path):
    # "Erdogan" and "Erdoğan" fold alike: one actor row, but each event shows its article's form
    other = "Recep Tayyip Erdoğan a signé un accord avec l'Italie."
    with Store(tmp_path / "s.db") as store:
        store.save_article(Article("1", TEXT, "2021-07", "month"), [(0, len(TEXT), TEXT)], [],
                           [_event(source=Actor("Recep Tayyip Erdogan", "TUR", kind="person"))])
        store.save_article(Article("2", other, "2021-07", "month"), [(0, len(other), other)], [],
                           [_event(sentence=other, source=Actor("Recep Tayyip Erdoğan", "TUR", kind="person"))])
        assert store.conn.execute("SELECT count(*) FROM actors WHERE country = 'TUR'").fetchone()[0] == 1
        names = {e["doc_id"]: e["source_name"] for e in store.events(EventFilter())}
        assert names == {"1": "Recep Tayyip Erdogan", "2": "Recep Tayyip Erdoğan"}


def test_a_state_named_by_its_capital_is_stored_under_its_usual_name(tmp_path):
    # "Rome a signé ...": the event says "Rome" as its article does; the actor row is "Italie"
    text = "Rome a signé un accord avec le Maroc."
    with Store(tmp_path / "s.db") as store:
        store.save_article(Article("1", text, "2021-07", "month"), [(0, len(text), text)], [],
                           [_event(sentence=text, source=Actor("Rome", "ITA"), target=Actor("Maroc", "MAR"))])
        assert store.conn.execute("SELECT name FROM actors WHERE country = 'ITA'").fetchone()[0] == "Italie"
        [event] = store.events(EventFilter())
        assert (event["source_name"], event["source_country"]) == ("Rome", "ITA")


def test_a_store_written_before_keeps_one_row_per_state(tmp_path):
    # a store of schema 7 keyed states by their usual name; opened now, the same row serves
    from chronique.store.schema import MIGRATIONS

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for version, script in enumerate(MIGRATIONS[:7]):
        conn.executescript(script + f"; PRAGMA user_version = {version + 1};")
    conn.execute("INSERT INTO actors (key, name, country, sector, kind) VALUES ('country:maroc:MAR', 'Maroc', 'MAR', 'GOV', 'country')")
    conn.commit()
    conn.close()
    with Store(path) as store:
        _save(store)
        assert [r[0] for r in store.conn.execute("SELECT key FROM actors WHERE country = 'MAR'")] == ["country::MAR"]


def test_an_act_whose_parties_were_guessed_says_so_in_the_store_and_every_export(tmp_path):
    import csv

    import duckdb

    from chronique.analysis import export_events
    from chronique.store.db import event_to_prediction

    with Store(tmp_path / "s.db") as store:
        art = Article("1", TEXT, "2021-07", "month")
        store.save_article(art, [(0, len(TEXT), TEXT)], [], [_event(parties_guessed=True)])
        other = "Le Maroc a reçu le ministre italien."
        store.save_article(Article("2", other, "2021-07", "month"), [(0, len(other), other)], [], [_event(sentence=other)])
        flags = {e["doc_id"]: e["parties_guessed"] for e in store.events(EventFilter())}
        assert flags == {"1": True, "2": False}
        assert [event_to_prediction(e)["parties_guessed"] for e in store.events(EventFilter())] == [True, False]
        export_events(store, tmp_path / "e.csv", "csv")
        export_events(store, tmp_path / "e.parquet", "parquet")
    assert [r["parties_guessed"] for r in csv.DictReader((tmp_path / "e.csv").open(encoding="utf-8-sig"))] == ["True", "False"]
    got = duckdb.sql(f"SELECT doc_id, parties_guessed FROM '{tmp_path / 'e.parquet'}' ORDER BY doc_id").fetchall()
    assert got == [("1", True), ("2", False)]


def test_guessed_parties_can_be_left_out_of_events_timelines_and_datasets(tmp_path):
    import chronique

    db = tmp_path / "s.db"
    with Store(db) as store:
        store.save_article(Article("1", TEXT, "2021-07", "month"), [(0, len(TEXT), TEXT)], [], [_event(parties_guessed=True)])
        other = "Le Maroc a reçu le ministre italien."
        store.save_article(Article("2", other, "2021-07", "month"), [(0, len(other), other)], [],
                           [_event(sentence=other, type="CONSULT")])
        assert [e["doc_id"] for e in store.events(EventFilter(no_guesses=True))] == ["2"]
        assert store.timeline(EventFilter(no_guesses=True)) == [{"month": "2021-07", "type": "CONSULT", "n": 1}]
    chronique.export(db, tmp_path / "events", fmt="dataset")
    assert [r["type"] for r in chronique.timeline(None, dataset=tmp_path / "events", no_guesses=True)] == ["CONSULT"]
    assert len(chronique.timeline(None, dataset=tmp_path / "events")) == 2
