"""Actors over time, end to end: articles written for these tests, run into a real store."""
import json

import pytest
from click.testing import CliRunner

import chronique
from chronique.cli import main

# Portugal's interior ministers are not in the shipped list: only the corpus can teach them.
ARTICLES = [
    ("pt-2023", "2023-03-14", "Le ministre de l'Intérieur du Portugal, José Moreira, a reçu mardi à Lisbonne son "
                              "homologue marocain, Abdelouafi Laftit. Les deux ministres ont signé un accord sur la migration."),
    ("pt-2024", "2024-05-20", "Le ministre portugais de l'Intérieur a rencontré lundi à Rabat le ministre marocain de l'Intérieur."),
    ("pt-2025a", "2025-02-10", "La ministre de l'Intérieur du Portugal, Sofia Alves, s'est entretenue jeudi à Madrid avec son "
                               "homologue espagnol, Fernando Grande-Marlaska."),
    ("pt-2025b", "2025-06-05", "La ministre portugaise de l'Intérieur a reçu mercredi à Lisbonne le ministre marocain de l'Intérieur."),
]


def write(path, articles):
    path.write_text("".join(json.dumps({"id": i, "date": d, "text": t}, ensure_ascii=False) + "\n" for i, d, t in articles),
                    encoding="utf-8")
    return path


def consult_of(db, doc_id):
    [event] = [e for e in chronique.events(db, doc_id=doc_id) if e["type"] == "CONSULT"]
    return event


def portuguese_side(event):
    return "source" if event["source_country"] == "PRT" else "target"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("kb")
    db = tmp / "c.db"
    # read in reverse date order: what an article teaches must not depend on the reading order
    chronique.run([write(tmp / "in.jsonl", ARTICLES[::-1])], db)
    return db


def test_a_title_alone_resolves_to_the_holder_the_corpus_shows_at_that_date(store):
    e = consult_of(store, "pt-2024")
    side = portuguese_side(e)
    assert e[f"{side}_name"] == "ministre portugais de l'Intérieur"   # the article's words stay
    assert (e[f"{side}_person"], e[f"{side}_person_basis"]) == ("José Moreira", "corpus")
    # the Moroccan title resolves through the shipped list
    other = "target" if side == "source" else "source"
    assert e[f"{other}_person"] == "Abdelouafi Laftit"


def test_a_later_holder_ends_the_earlier_tenure(store):
    e = consult_of(store, "pt-2025b")
    assert e[f"{portuguese_side(e)}_person"] == "Sofia Alves"
    [moreira] = chronique.actors(store, country="PRT", role="interior_minister")[:1]
    assert moreira["name"] == "José Moreira"
    assert moreira["offices"][0]["start"] == moreira["offices"][0]["end"] == "2023-03-14"
    assert (moreira["offices"][0]["succeeded_by"], moreira["offices"][0]["succeeded_on"]) == ("Sofia Alves", "2025-02-10")


def test_actor_record_has_offices_evidence_and_events_by_title(store):
    rec = chronique.actor(store, "Moreira")
    assert rec["name"] == "José Moreira" and rec["country"] == "PRT"
    assert "José Moreira" in rec["offices"][0]["evidence"][0]["sentence"]
    assert {e["doc_id"] for e in rec["events"]} == {"pt-2023", "pt-2024"}
    assert chronique.actor(store, "Personne Inconnue") is None


def test_the_export_keeps_the_articles_words_and_adds_the_person(store, tmp_path):
    out = tmp_path / "e.jsonl"
    chronique.export(store, out, doc_id="pt-2024")
    [row] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    pt = row["source"] if row["source"]["country"] == "PRT" else row["target"]
    assert pt["name"] == "ministre portugais de l'Intérieur"
    assert (pt["person"], pt["office"]) == ("José Moreira", "interior_minister")


def test_imported_office_holders_win_over_the_corpus_and_rerun_is_idempotent(tmp_path):
    db = tmp_path / "c.db"
    chronique.run([write(tmp_path / "in.jsonl", ARTICLES)], db)
    table = tmp_path / "holders.csv"
    # the shape of a Wikidata export: labels, timestamps, an empty end for a current holder
    table.write_text("personLabel,positionLabel,countryLabel,startTime,endTime\n"
                     "Carla Matos,Minister of the Interior,Portugal,2024-01-15T00:00:00Z,2024-12-31T00:00:00Z\n"
                     "Nobody,Minister of the Interior,Atlantis,2024-01-01,\n", encoding="utf-8")
    result = chronique.import_actors(db, table)
    assert result["people"] == 1 and "Atlantis" in result["problems"][0] and "holders.csv:3" in result["problems"][0]
    e = consult_of(db, "pt-2024")
    assert (e[f"{portuguese_side(e)}_person"], e[f"{portuguese_side(e)}_person_basis"]) == ("Carla Matos", "table")
    chronique.import_actors(db, table)  # the same file again replaces, never duplicates
    assert [p["name"] for p in chronique.actors(db, country="PRT")].count("Carla Matos") == 1


def test_overlapping_curated_tenures_are_flagged_not_guessed(tmp_path):
    db = tmp_path / "c.db"
    chronique.run([write(tmp_path / "in.jsonl", ARTICLES[1:2])], db)
    mine = tmp_path / "actors.yaml"
    mine.write_text("people:\n"
                    "  - {name: Rui Lopes, country: PRT, offices: [[ministre de l'Intérieur, 2022, 2024]]}\n"
                    "  - {name: Ana Costa, country: PRT, offices: [[ministre de l'Intérieur, 2024-03-01, null]]}\n",
                    encoding="utf-8")
    chronique.import_actors(db, mine)
    e = consult_of(db, "pt-2024")
    assert e[f"{portuguese_side(e)}_person"] is None
    [conflict] = chronique.actor_conflicts(db)
    assert conflict["candidates"] == ["Ana Costa", "Rui Lopes"] and conflict["country"] == "PRT"


def test_cli_lists_people_and_shows_one(store):
    r = CliRunner()
    res = r.invoke(main, ["actors", "--db", str(store), "--country", "PRT"])
    assert res.exit_code == 0, res.output
    assert "José Moreira" in res.output and "Minister of the Interior" in res.output and "then Sofia Alves from 2025-02-10" in res.output
    res = r.invoke(main, ["actor", "Sofia Alves", "--db", str(store)])
    assert res.exit_code == 0 and "2025-02-10" in res.output and "by corpus" in res.output
    assert r.invoke(main, ["actor", "Personne Inconnue", "--db", str(store)]).exit_code == 1
    assert r.invoke(main, ["actors", "import", "missing.csv", "--db", str(store)]).exit_code == 2


def test_a_country_guessed_from_the_articles_home_claims_no_office(tmp_path):
    # a foreign president named in a Moroccan minister's call is not Morocco's head of state
    import json

    import chronique

    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "a", "date": "2024-03-05", "source": "https://www.mapexpress.ma/x",
                               "text": "Le ministre des Affaires étrangères, Nasser Bourita, s'est entretenu mardi au "
                                       "téléphone avec le président Jean-Marc Kouassi. Les deux responsables ont évoqué "
                                       "la coopération bilatérale."}, ensure_ascii=False) + "\n", encoding="utf-8")
    chronique.run([src], tmp_path / "c.db")
    offices = {p["name"]: {(o["office"], o["country"]) for o in p["offices"]} for p in chronique.actors(tmp_path / "c.db")}
    assert ("foreign_minister", "MAR") in offices["Nasser Bourita"]
    assert ("head_of_state", "MAR") not in offices.get("Jean-Marc Kouassi", set())


def test_the_listing_shows_whom_events_were_resolved_to_by_their_title(tmp_path):
    # only "le ministre italien de l'Intérieur": the shipped list says who held it then
    db = tmp_path / "c.db"
    chronique.run([write(tmp_path / "in.jsonl", [("it-2024", "2024-03-14", "Le ministre italien de l'Intérieur a reçu mardi "
                                                                          "à Rome son homologue tunisien.")])], db)
    resolved = {e["source_person"] for e in chronique.events(db)} | {e["target_person"] for e in chronique.events(db)}
    listed = {p["name"] for p in chronique.actors(db, role="interior_minister")}
    assert "Matteo Piantedosi" in resolved and "Matteo Piantedosi" in listed


def test_resolving_titles_again_rewrites_only_the_events_whose_person_changed(tmp_path):
    """Every run re-resolves the whole store's titles (new articles may move who held an office
    when): an event whose person stays the same is not written again."""
    from chronique.actors.holders import resolve_titles
    from chronique.store import Store

    db = tmp_path / "c.db"
    chronique.run([write(tmp_path / "in.jsonl", ARTICLES)], db)
    with Store(db) as store:
        people = [(e["id"], e["source_person"], e["target_person"]) for e in store.events()]
        assert any(p for _, *pair in people for p in pair)
        before = store.conn.total_changes
        report = resolve_titles(store)
        assert store.conn.total_changes - before == 1   # the "resolved" mark alone
        assert sum(report.resolved.values()) > 0          # the report still counts every title it resolved
        assert [(e["id"], e["source_person"], e["target_person"]) for e in store.events()] == people
