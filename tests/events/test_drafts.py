"""Drafts of annotations (chronique draft) and the training's --extra files: what a team writes
back must be what it corrected, and never overwrite or teach unread drafts."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronique import api
from chronique.errors import UsageError
from chronique.events.drafts import draft_records, unread
from chronique.events.training import read_annotated, read_training
from chronique.model import Problem

EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"
needs_eval = pytest.mark.skipif(not (EVAL / "train.jsonl").exists(), reason="../shared/eval is not beside the checkout")

VISIT = ("Dakar – Le président sénégalais a reçu lundi à Dakar le Premier ministre mauritanien, venu pour une "
         "visite de travail.\n\nLes deux dirigeants ont signé un accord sur la pêche et la gestion des ressources "
         "halieutiques.")


def _article(folder: Path, name: str = "visite.jsonl", text: str = VISIT) -> Path:
    path = folder / name
    path.write_text(json.dumps({"id": "visite", "date": "2024-03-11", "text": text}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    return path


def test_a_draft_is_an_annotated_article_whose_events_are_marked_until_read(tmp_path):
    records = list(draft_records([_article(tmp_path)]))
    assert len(records) == 1 and isinstance(records[0], dict)
    rec = records[0]
    assert rec["id"] == "visite" and rec["text"] == VISIT and rec["date"] == "2024-03-11" and rec["language"] == "fr"
    types = {e["type"] for e in rec["events"]}
    assert {"CONSULT", "AGREE"} <= types
    for e in rec["events"]:
        assert e["drafted"] is True and e["sentence"] in rec["text"]
        assert set(e) >= {"sentence", "sentences_also", "type", "mode", "source", "target", "contexts"}
    assert unread(rec) == len(rec["events"])
    # the training reads it back as an annotated article with these events as its gold
    path = tmp_path / "drafts.jsonl"
    path.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    [(article, gold)] = read_annotated([path])
    assert article.doc_id == "visite" and [g["type"] for g in gold] == [e["type"] for e in rec["events"]]


def test_drafting_goes_on_past_a_bad_record_and_reports_where_it_was(tmp_path):
    bad = tmp_path / "lot.jsonl"
    bad.write_text('{"id": "vide", "date": "2024-03-11", "text": ""}\n'
                   + json.dumps({"id": "bon", "date": "2024-03-11", "text": VISIT}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    records = list(draft_records([bad]))
    problems = [r for r in records if isinstance(r, Problem)]
    drafts = [r for r in records if isinstance(r, dict)]
    assert [d["id"] for d in drafts] == ["bon"]
    assert len(problems) == 1 and "lot.jsonl:1" in problems[0].where


def test_a_draft_file_is_never_overwritten_unless_asked(tmp_path):
    out = tmp_path / "drafts.jsonl"
    out.write_text('{"id": "corrige", "text": "déjà corrigé", "events": []}\n', encoding="utf-8")
    with pytest.raises(UsageError, match="--force"):
        api.draft([_article(tmp_path)], out)
    assert "corrige" in out.read_text(encoding="utf-8")  # the person's corrections are still there
    articles, events, problems = api.draft([_article(tmp_path)], out, overwrite=True)
    assert articles == 1 and events >= 2 and problems == []
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["id"] == "visite"
    with pytest.raises(UsageError, match=".jsonl"):
        api.draft([_article(tmp_path)], tmp_path / "drafts.csv")
    with pytest.raises(UsageError, match="no folder"):
        api.draft([_article(tmp_path)], tmp_path / "absent" / "drafts.jsonl")


def _corrected(rec: dict) -> dict:
    return {**rec, "events": [{k: v for k, v in e.items() if k != "drafted"} for e in rec["events"]]}


@needs_eval
def test_the_training_takes_corrected_articles_of_ones_own_and_refuses_unread_drafts(tmp_path):
    rec = next(r for r in draft_records([_article(tmp_path)]) if isinstance(r, dict))
    unread_file = tmp_path / "a_lire.jsonl"
    unread_file.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="a_lire.jsonl:1.*drafted"):
        read_training(EVAL, [unread_file])
    corrected = tmp_path / "corrige.jsonl"
    corrected.write_text(json.dumps(_corrected(rec), ensure_ascii=False) + "\n", encoding="utf-8")
    shared = read_training(EVAL)
    both = read_training(EVAL, [corrected])
    assert len(both) == len(shared) + 1 and both[-1][0].doc_id == "visite"


@needs_eval
def test_an_article_of_ones_own_may_not_reuse_a_training_articles_id(tmp_path):
    taken = json.loads((EVAL / "seeds.jsonl").read_text(encoding="utf-8").splitlines()[0])["id"]
    clash = tmp_path / "miens.jsonl"
    clash.write_text(json.dumps({"id": taken, "date": "2024-03-11", "text": VISIT, "events": []}, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=f"miens.jsonl:1: article id '{taken}' is already in .*seeds.jsonl"):
        read_training(EVAL, [clash])
    broken = tmp_path / "casse.jsonl"
    broken.write_text("{pas du json\n", encoding="utf-8")
    with pytest.raises(ValueError, match="casse.jsonl:1: not an annotated article"):
        read_training(EVAL, [broken])
