import io
import json

from chronique.ingest import read_path, read_stream
from chronique.model import Article, Problem


def test_sample_format_takes_date_header_and_file_stem(tmp_path):
    f = tmp_path / "042_abc.txt"
    f.write_text(" date 2021-07 Le ministre a reçu son homologue.\n\nSecond paragraphe.", encoding="utf-8")
    [art] = list(read_path(f))
    assert isinstance(art, Article)
    assert (art.doc_id, art.date, art.date_precision) == ("042_abc", "2021-07", "month")
    assert art.text.startswith("Le ministre a reçu")


def test_jsonl_bad_line_is_reported_with_its_line_and_others_are_read(tmp_path):
    f = tmp_path / "a.jsonl"
    good = {"id": "1", "date": "2020-01-02", "title": "t", "source": "s", "text": "La France a condamné l'attaque."}
    f.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({**good, "id": "2"}) + "\n", encoding="utf-8")
    recs = list(read_path(f))
    assert [r.doc_id for r in recs if isinstance(r, Article)] == ["1", "2"]
    [prob] = [r for r in recs if isinstance(r, Problem)]
    assert prob.where.endswith("a.jsonl:2") and "JSON" in prob.message


def test_empty_text_and_unreadable_date_are_problems(tmp_path):
    f = tmp_path / "b.jsonl"
    f.write_text(json.dumps({"id": "x", "date": "2020", "text": "   "}) + "\n"
                 + json.dumps({"id": "y", "date": "31 février 2020", "text": "Texte."}) + "\n", encoding="utf-8")
    probs = [r for r in read_path(f) if isinstance(r, Problem)]
    assert len(probs) == 2
    assert "no text" in probs[0].message and probs[1].where.endswith(":2")


def test_csv_with_and_without_text_column(tmp_path):
    ok = tmp_path / "ok.csv"
    ok.write_text('id,date,title,source,text\n7,16 janvier 2022,T,S,"Le Maroc a rappelé son ambassadeur."\n', encoding="utf-8")
    [art] = list(read_path(ok))
    assert art.doc_id == "7" and art.date == "2022-01-16"
    bad = tmp_path / "bad.csv"
    bad.write_text("id,date,body\n1,2020,x\n", encoding="utf-8")
    [prob] = list(read_path(bad))
    assert isinstance(prob, Problem) and "text" in prob.message


def test_folder_is_read_recursively_and_non_utf8_is_reported(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "1.txt").write_text(" date 2020-05 Le Mali a expulsé un diplomate.", encoding="utf-8")
    (tmp_path / "2.txt").write_bytes(" date 2020-05 Le Niger a protesté à Niamey.".encode("latin-1").replace(b"a ", b"\xe0\xff "))
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    recs = list(read_path(tmp_path))
    assert [r.doc_id for r in recs if isinstance(r, Article)] == ["1"]
    assert any(isinstance(r, Problem) and "UTF-8" in r.message for r in recs)


def test_json_array_and_stdin_stream():
    stream = io.StringIO(json.dumps([{"id": "a", "date": "2020", "text": "Texte un."}, {"id": "b", "date": "2021", "text": "Texte deux."}]))
    assert [r.doc_id for r in read_stream(stream)] == ["a", "b"]
