"""The dyad brief: on the samples, and with articles written here for a follow-up."""
import json

import chronique
from chronique.analysis.commitments import acronyms_in
from chronique.analysis.relations import intensity, monthly_index, trend
from tests.conftest import SAMPLES

FOLLOW_UP = [
    ("esp-1", "2023-01-20", "Le ministre des Affaires étrangères, Nasser Bourita, a reçu vendredi à Rabat son homologue espagnol, "
                            "José Manuel Albares. Les deux ministres ont signé un accord portant création d'un Comité mixte de "
                            "suivi migratoire (CMSM)."),
    ("esp-2", "2023-06-15", "Le ministre marocain de l'Intérieur a rencontré jeudi à Madrid son homologue espagnol lors de la "
                            "première réunion du CMSM."),
]


def test_the_samples_brief_shows_the_minors_commitment_and_the_gmmp(tmp_path):
    db = tmp_path / "c.db"
    chronique.run([SAMPLES], db)
    b = chronique.brief(db, "MAR-ITA")
    by_object = {c["object"]: c for c in b["commitments"]}
    minors = by_object["le retour des mineurs non accompagnés dûment identifiés"]
    assert minors["date"] == "2021-07" and "engagement clair et ferme" in minors["sentence"]
    gmmp = next(c for c in b["commitments"] if "GMMP" in c["acronyms"])
    assert gmmp["kind"] == "institution" and gmmp["date"] == "2024-06"
    assert gmmp["acronyms"]["GMMP"] == "Groupe Migratoire Mixte Permanent" and "ont validé la mise en place" in gmmp["sentence"]
    assert [m["month"] for m in b["index"]] == ["2021-07", "2024-06"] and all(m["index"] > 0 for m in b["index"])
    html_file, md_file = tmp_path / "brief.html", tmp_path / "brief.md"
    assert chronique.write_brief(db, "MAR-ITA", html_file) == [html_file]
    html = html_file.read_text(encoding="utf-8")
    assert "<svg" in html and "Groupe Migratoire Mixte Permanent" in html and "2021-07" in html
    files = chronique.write_brief(db, "MAR-ITA", md_file, lang="en")
    assert files == [md_file, tmp_path / "brief.svg"] and "![Cooperation–conflict index per month](brief.svg)" in md_file.read_text(encoding="utf-8")
    # offices in the brief's language: French by default, English with lang="en"
    laftit = next(a for a in b["actors"] if a["name"] == "Abdelouafi Laftit")
    assert laftit["offices"] == ["ministre de l'Intérieur"]
    assert "Minister of the Interior" in md_file.read_text(encoding="utf-8")   # the English brief
    assert "Morocco–Italy relationship" in md_file.read_text(encoding="utf-8")  # its countries in English too
    lines = md_file.read_text(encoding="utf-8").splitlines()
    # each year's issues on a line of its own (they once collapsed onto one)
    assert any(line.startswith("- 2021 : ") for line in lines) and any(line.startswith("- 2024 : ") for line in lines)
    assert not any("- 2021 : " in line and "- 2024 : " in line for line in lines)
    # a file must not lie about its format: HTML is never written into a .pdf
    import pytest

    from chronique.errors import UsageError

    with pytest.raises(UsageError, match="print it to PDF"):
        chronique.write_brief(db, "MAR-ITA", tmp_path / "brief.pdf")
    assert not (tmp_path / "brief.pdf").exists()


def test_a_later_event_naming_an_institution_follows_it_up(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "date": d, "text": t}, ensure_ascii=False) + "\n" for i, d, t in FOLLOW_UP),
                   encoding="utf-8")
    db = tmp_path / "c.db"
    chronique.run([src], db)
    [cmsm] = [c for c in chronique.brief(db, "MAR-ESP")["commitments"] if "CMSM" in c["acronyms"]]
    assert cmsm["kind"] == "institution" and cmsm["date"] == "2023-01-20"
    assert [f["doc_id"] for f in cmsm["follow_ups"]] == ["esp-2"] and "CMSM" in cmsm["follow_ups"][0]["sentence"]


def test_index_intensities_and_acronyms():
    assert intensity("ASSAULT") == -10.0 and intensity("SANCTION", "recall ambassador") == -4.0 and intensity("CONSULT") == 1.0
    events = [{"doc_id": "a", "type": "AGREE", "mode": "", "date": "2024-01-05", "source_country": "MAR", "target_country": "ESP"},
              {"doc_id": "a", "type": "AGREE", "mode": "", "date": "2024-01-05", "source_country": "ESP", "target_country": "MAR"},
              {"doc_id": "b", "type": "ACCUSE", "mode": "", "date": "2024-03-01", "source_country": "MAR", "target_country": "ESP"}]
    index = monthly_index(events)
    assert [(m["month"], m["n"], m["index"]) for m in index] == [("2024-01", 1, 8.0), ("2024-03", 1, -2.0)]
    assert trend(index) < 0
    # the slope is per year of calendar time, whatever months lie between: two months two
    # years apart change less a year than two consecutive ones
    near = [{"month": "2024-01", "index": 2.0}, {"month": "2024-02", "index": -2.0}]
    far = [{"month": "2022-01", "index": 2.0}, {"month": "2024-01", "index": -2.0}, {"month": "?", "index": 5.0}]
    assert trend(near) == -48.0 and trend(far) == -2.0
    assert acronyms_in(["la création du Groupe Migratoire Mixte Permanent (GMMP) à Rabat"]) == {"GMMP": "Groupe Migratoire Mixte Permanent"}


def test_the_index_is_drawn_on_a_time_axis():
    import re

    from chronique.analysis.brief import index_svg

    svg = index_svg([{"month": "2021-07", "index": 3, "n": 2}, {"month": "2023-07", "index": -1, "n": 1},
                     {"month": "2024-06", "index": 2, "n": 3}, {"month": "?", "index": 1, "n": 1}], "index")
    x = [float(v) for v in re.findall(r'<rect x="([0-9.]+)"', svg)]
    # two years between the first two bars, eleven months between the last two
    assert abs((x[1] - x[0]) / (x[2] - x[1]) - 24 / 11) < 0.01
