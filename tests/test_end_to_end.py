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
    assert sum(r["n"] for r in chronique.timeline(db)) == summary.events
