"""A corpus of bad inputs, every kind written here: the run goes to the end, each one is
reported where it was, and every good record is stored."""
import json
import sqlite3

import chronique

GOOD = "Le ministre marocain des Affaires étrangères a reçu mardi à Rabat son homologue sénégalais."


def line(**kw) -> str:
    return json.dumps(kw, ensure_ascii=False)


def test_every_bad_input_is_reported_and_every_good_record_stored(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    jsonl = [
        line(id="good-1", date="2024-03-05", text=GOOD),                                   # 1  good
        line(id="empty", date="2024-03-05", text=""),                                     # 2  empty text
        line(id="blank", date="2024-03-05", text="   \n\t  "),                            # 3  whitespace only
        line(id="no-text", date="2024-03-05"),                                            # 4  no text field
        line(id="num-text", date="2024-03-05", text=42),                                  # 5  text not a string
        line(date="2024-03-05", text=GOOD + " Sans id."),                                 # 6  no id
        line(id=["a", "b"], date="2024-03-05", text=GOOD + " Id liste."),                 # 7  id is a list
        line(id="no-date", text=GOOD + " Sans date."),                                    # 8  no date
        line(id="bad-date", date="le jour d'après", text=GOOD + " Date illisible."),      # 9  unreadable date
        line(id="feb-30", date="2023-02-30", text=GOOD + " Date impossible."),            # 10 impossible date
        line(id="month-13", date="2023-13", text=GOOD + " Mois 13."),                     # 11 month 13
        '{"id": "cut", "date": "2024-03-05", "text": "Le ministre a re',                  # 12 a line cut in half
        '["not", "an", "object"]',                                                        # 13 an array
        '"just a string"',                                                                # 14 a string
        line(id="huge", date="2024-03-05", text="Le Maroc coopère. " * 15000),            # 15 a 270,000-character dump
        line(id="markup", date="2024-03-06", text="<p>" + GOOD.replace("à Rabat", "à&nbsp;Rabat") + "</p><br><p>Ils ont signé un accord.</p>"),  # 16 HTML leftovers (stored)
        line(id="english", date="2024-03-07", text="The Moroccan foreign minister met his Senegalese counterpart in Rabat on Tuesday to discuss trade."),  # 17 English (stored, flagged)
        line(id="arabic", date="2024-03-07", text="استقبل وزير الخارجية المغربي نظيره السنغالي يوم الثلاثاء في الرباط لبحث العلاقات الثنائية."),  # 18 Arabic (stored, flagged)
        line(id="good-1", date="2024-03-05", text=GOOD + " Autre texte, même id."),       # 19 same id, other text
        line(id="copy", date="2024-03-05", text=GOOD),                                    # 20 same text, other id
        line(id="only-markup", date="2024-03-05", text="<p></p><br><div>&nbsp;</div>"),   # 21 nothing but markup
    ]
    (d / "feed.jsonl").write_text("\n".join(jsonl) + "\n", encoding="utf-8")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)                      # 22 a binary file
    (d / "garbage.txt").write_bytes(bytes(range(128, 256)) * 20)                        # 23 not UTF-8, no sure encoding
    (d / "legacy.txt").write_bytes((" date 2024-03-08 " + GOOD.replace("homologue", "homologue élu")).encode("cp1252"))  # 24 cp1252 (stored)
    (d / "nocol.csv").write_text("id,date,body\nc1,2024-03-05,texte\n", encoding="utf-8")  # 25 CSV without a text column
    (d / "rows.csv").write_text("id,date,title,source,text\n"
                                f",2024-03-05,,,{GOOD} Ligne sans id.\n"               # 26 CSV row without id
                                f"c3,hier soir peut-être,,,{GOOD} Date floue.\n"        # 27 CSV row, bad date
                                f'c4,2024-03-09,,,"{GOOD} Bonne ligne."\n', encoding="utf-8")
    (d / "broken.json").write_text('{"articles": [{"id": "j1", "date": "2024-03-05", "text": "x"', encoding="utf-8")  # 28 invalid JSON file
    (d / "mixed.json").write_text(json.dumps([{"id": "j2", "date": "2024-03-10", "text": GOOD + " En JSON."}, 7]), encoding="utf-8")  # 29 a non-object in a list
    (d / "empty.jsonl").write_text("", encoding="utf-8")                                  # 30 an empty file
    (tmp_path / "nothing").mkdir()                                                      # 31 a folder with no article file
    db = tmp_path / "c.db"

    summary = chronique.run([d, tmp_path / "nothing", tmp_path / "missing.jsonl"], db)  # 32 a path that does not exist

    with sqlite3.connect(db) as conn:
        stored = {r[0] for r in conn.execute("SELECT doc_id FROM documents")}
        markup_text = conn.execute("SELECT text FROM documents WHERE doc_id = 'markup'").fetchone()[0]
    assert stored == {"good-1", "markup", "english", "arabic", "legacy", "c4", "j2"}
    assert "<p>" not in markup_text and "à Rabat" in markup_text
    problems = [str(p) for p in summary.problems]
    where = " | ".join(problems)
    for n in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21):
        assert f"feed.jsonl:{n}" in where, (n, where)
    for fragment in ("binary.txt", "garbage.txt", "legacy.txt", "nocol.csv", "rows.csv:2", "rows.csv:3", "broken.json",
                     "mixed.json[1]", "empty.jsonl", "nothing", "missing.jsonl"):
        assert fragment in where, (fragment, where)
    assert len(problems) >= 25
    # non-French articles are stored and flagged, never coded with French rules
    assert any("english" in p and "not in French" in p for p in problems)
    assert not [e for e in chronique.events(db) if e["doc_id"] in {"english", "arabic"}]
    assert "feed.jsonl:16" in where and "markup" in where
    # problems are stored and listed, with what to do
    assert len(chronique.problems(db)) == len(problems)
    assert summary.failed > 0                     # exit code 1 for the CLI
    # a re-run adds nothing and loses nothing
    events_before = chronique.events(db)
    again = chronique.run([d], db)
    assert again.stored == 0 and chronique.events(db) == events_before
