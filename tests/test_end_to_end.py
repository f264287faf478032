"""The bundled samples through the whole pipeline: the events an analyst expects there."""
import chronique
from tests.conftest import SAMPLES


def test_samples_chronicle(tmp_path):
    db = tmp_path / "c.db"
    summary = chronique.run([SAMPLES], db)
    assert summary.stored == 2 and not summary.problems
    evs = chronique.events(db, dyad="MAR-ITA")

    consult = [e for e in evs if e["type"] == "CONSULT" and e["date"].startswith("2021-07")]
    assert any({e["source_name"], e["target_name"]} == {"Abdelouafi Laftit", "Luciana Lamorgese"} for e in consult)

    gmmp = [e for e in evs if e["type"] == "AGREE" and "GMMP" in e["sentence"]]
    assert gmmp and gmmp[0]["date"] == "2024-06" and "migration" in gmmp[0]["contexts"]

    thanks = [e for e in evs if e["type"] == "SUPPORT" and e["trigger"] == "remercié"]
    assert thanks and "Laftit" in thanks[0]["source_name"] and thanks[0]["target_country"] == "ITA"

    # running the same input again adds nothing
    again = chronique.run([SAMPLES], db)
    assert again.stored == 0 and again.already_stored == 2
    assert len(chronique.events(db)) == len(chronique.events(db, limit=None))
    # each act once: an act restated in another sentence of its article counts once, as in the index
    from chronique.analysis.relations import deduplicated

    assert sum(r["n"] for r in chronique.timeline(db)) == len(deduplicated(chronique.events(db))) < summary.events


def test_samples_and_dev_teach_moroccan_office_holders(tmp_path):
    """The corpus shows Laftit at the Interior and Bourita at Foreign Affairs, with dates."""
    import pytest

    from tests.conftest import SHARED_EVAL

    dev = SHARED_EVAL / "dev.jsonl"
    if not dev.exists():
        pytest.skip("../shared/eval/dev.jsonl is not here")
    db = tmp_path / "c.db"
    chronique.run([SAMPLES, dev], db)
    people = {p["name"]: p for p in chronique.actors(db, country="MAR")}
    corpus = {p: [o for o in people[p]["offices"] if o["basis"] == "corpus"] for p in ("Abdelouafi Laftit", "Nasser Bourita")}
    assert [o["office"] for o in corpus["Abdelouafi Laftit"]] == ["interior_minister"]
    assert [o["office"] for o in corpus["Nasser Bourita"]] == ["foreign_minister"]
    laftit = corpus["Abdelouafi Laftit"][0]
    assert laftit["start"].startswith("2021-07") and laftit["evidence"][0]["sentence"]
    # the 2024 sample names no Italian minister: the title is resolved to the holder at that date
    gmmp = [e for e in chronique.events(db, dyad="MAR-ITA") if e["type"] == "AGREE" and "GMMP" in e["sentence"]]
    assert "Matteo Piantedosi" in {gmmp[0]["source_person"], gmmp[0]["target_person"]}
