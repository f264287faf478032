"""Watching a folder: each cycle codes the files that are new or changed, and only those."""
from __future__ import annotations

import json
import os
import time

import pytest

from chronique.errors import UsageError
from chronique.ingest.inbox import Inbox, inbox_cycle
from chronique.ingest.watch import watch
from chronique.store import Store
from chronique.store.lock import writer_lock

VISIT = {"id": "visite-1", "date": "2024-03-05", "source": "Agence test",
         "text": "Le ministre des Affaires étrangères, Nasser Bourita, a reçu mardi à Rabat son homologue "
                 "portugais, João Gomes Cravinho, pour des entretiens sur la coopération migratoire."}
CALL = {"id": "appel-2", "date": "2024-03-07", "source": "Agence test",
        "text": "Le Sénégal a condamné jeudi l'attaque menée contre une patrouille malienne près de la frontière."}
ACCORD = {"id": "accord-3", "date": "2024-03-09", "source": "Agence test",
          "text": "La Tunisie et l'Italie ont signé samedi à Tunis un accord sur la gestion des flux migratoires."}


def write_jsonl(path, *articles, age: float = 5.0):
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    settled = time.time() - age
    os.utime(path, (settled, settled))


def stored_ids(db) -> set[str]:
    with Store(db) as store:
        return {row[0] for row in store.conn.execute("SELECT doc_id FROM documents")}


def test_each_cycle_codes_only_the_files_new_or_changed_since_the_last(tmp_path):
    inbox_dir, db = tmp_path / "arrivees", tmp_path / "w.db"
    inbox_dir.mkdir()
    write_jsonl(inbox_dir / "lundi.jsonl", VISIT)
    lines: list[str] = []
    steps = iter([
        lambda: write_jsonl(inbox_dir / "mardi.jsonl", CALL),       # a new file
        lambda: None,                                                # nothing new
        lambda: write_jsonl(inbox_dir / "lundi.jsonl", VISIT, ACCORD),  # a line appended
    ])
    watch([str(inbox_dir)], db, cycles=4, log=lines.append, sleep=lambda s: next(steps)(), settle=0.5)
    cycles = [line for line in lines if line.startswith("cycle")]
    # cycle 3 found nothing and says nothing; the others took one file each
    assert [c.split(":")[0] for c in cycles] == ["cycle 1", "cycle 2", "cycle 4"]
    assert all("1 file(s) new or changed, 1 article(s) stored" in c for c in cycles), cycles
    assert stored_ids(db) == {"visite-1", "appel-2", "accord-3"}
    assert lines[0].startswith("watching 0 feed(s), 1 file(s) or folder(s)")


def test_a_file_still_being_written_waits_for_the_next_cycle(tmp_path):
    fresh = tmp_path / "en-cours.jsonl"
    write_jsonl(fresh, VISIT, age=0)
    hidden = tmp_path / ".copie.jsonl"  # a hidden name: a file on its way in
    write_jsonl(hidden, CALL)
    inbox = Inbox([tmp_path], settle=1.0)
    now = fresh.stat().st_mtime
    assert inbox.changed(now=now + 0.2) == {}
    assert list(inbox.changed(now=now + 1.5)) == [fresh]


def test_a_cycle_that_cannot_write_leaves_its_files_for_the_next(tmp_path, monkeypatch):
    monkeypatch.setenv("CHRONIQUE_LOCK_WAIT", "0.2")
    db = tmp_path / "w.db"
    write_jsonl(tmp_path / "lot.jsonl", CALL)
    inbox = Inbox([tmp_path / "lot.jsonl"], settle=0)
    with writer_lock(db, wait=1):  # another run is writing
        busy = inbox_cycle(inbox, db, 1)
    assert busy is not None and "busy" in str(busy) and "tried again next cycle" in str(busy)
    done = inbox_cycle(inbox, db, 2)
    assert done is not None and done.summary.stored == 1
    assert inbox_cycle(inbox, db, 3) is None


def test_watching_a_folder_that_does_not_exist_says_so(tmp_path):
    with pytest.raises(UsageError, match="no such file or folder to watch"):
        Inbox([tmp_path / "absent"])
    (tmp_path / "notes.docx").write_text("x")
    with pytest.raises(UsageError, match="not an article file"):
        Inbox([tmp_path / "notes.docx"])


def test_a_text_file_is_taken_only_once_it_looks_the_same_at_two_looks(tmp_path):
    # a writer that pauses longer than the settle time: the cut text must not be stored
    txt = tmp_path / "depeche.txt"
    txt.write_text(" date 2024-03-05 Le ministre des Affaires", encoding="utf-8")
    then = time.time() - 5
    os.utime(txt, (then, then))
    inbox = Inbox([tmp_path], settle=1.0)
    now = time.time()
    assert inbox.changed(now=now) == {}                 # first look: noted, not taken
    txt.write_text(" date 2024-03-05 " + VISIT["text"], encoding="utf-8")   # the writer resumes
    os.utime(txt, (then + 1, then + 1))
    assert inbox.changed(now=now + 1.5) == {}           # it changed since the last look
    assert list(inbox.changed(now=now + 3.0)) == [txt]  # the same twice, settle seconds apart


def test_a_watched_folder_with_poison_files_keeps_coding_the_good_ones(tmp_path):
    inbox_dir, db = tmp_path / "arrivees", tmp_path / "w.db"
    inbox_dir.mkdir()
    (inbox_dir / "deep.json").write_text("[" * 1000 + "]" * 1000, encoding="utf-8")
    (inbox_dir / "surrogate.jsonl").write_text('{"id": "s", "date": "2024-03-05", "text": "abc \\ud800 def"}\n', encoding="utf-8")
    write_jsonl(inbox_dir / "bon.jsonl", CALL)
    for f in inbox_dir.iterdir():
        os.utime(f, (time.time() - 5, time.time() - 5))
    lines: list[str] = []
    watch([str(inbox_dir)], db, cycles=3, log=lines.append, sleep=lambda s: time.sleep(0.6), settle=0.5)
    assert {"appel-2", "s"} <= stored_ids(db)
    import chronique

    assert any("deep.json" in p["location"] for p in chronique.problems(db)), chronique.problems(db)
    cycles = [line for line in lines if line.startswith("cycle")]
    assert cycles and "problem" in " ".join(cycles)
    assert not any("not coded" in c for c in cycles)
