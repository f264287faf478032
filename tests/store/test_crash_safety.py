"""Kill -9 at random moments, re-run, and the store is the one an uninterrupted run makes;
readers read during a run; a second writer is told the store is busy."""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

import chronique
from chronique.errors import StoreError
from chronique.pipeline import run_pipeline
from chronique.store.lock import writer_lock

# Small articles written for this test; each is repeated on several dates with its own number
ARTICLES = [
    "Le ministre des Affaires étrangères, Nasser Bourita, a reçu {day} à Rabat son homologue sénégalaise, Yassine Fall. "
    "Les deux ministres ont signé un accord de coopération sur la migration.",
    "Le Mali a rappelé son ambassadeur en Algérie pour consultations. Bamako accuse Alger de soutenir des groupes terroristes.",
    "La France a condamné l'arrestation de l'écrivain Boualem Sansal par les autorités algériennes.",
    "Le ministre de l'Intérieur, Abdelouafi Laftit, s'est entretenu {day} avec son homologue espagnol, Fernando Grande-Marlaska. "
    "Il a salué la coopération sécuritaire entre les deux pays.",
    "L'Italie a expulsé deux diplomates russes. Moscou a dénoncé une décision hostile et promis des représailles.",
]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]


def corpus(path, n: int = 60) -> None:
    lines = []
    for i in range(n):
        text = ARTICLES[i % len(ARTICLES)].format(day=DAYS[i % len(DAYS)]) + f" (Communiqué n° {i}.)"
        lines.append(json.dumps({"id": f"a{i:03d}", "date": f"202{i % 5}-0{1 + i % 9}-1{i % 9}", "text": text}, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def snapshot(db) -> dict:
    """Everything a run stores, by content (row ids may differ between runs)."""
    q = {
        "documents": "SELECT doc_id, content_hash, date, language FROM documents",
        "sentences": "SELECT d.doc_id, s.idx, s.text FROM sentences s JOIN documents d ON d.id = s.document_id",
        "mentions": "SELECT d.doc_id, m.start, m.end, a.key FROM mentions m JOIN documents d ON d.id = m.document_id JOIN actors a ON a.id = m.actor_id",
        "events": "SELECT d.doc_id, sn.idx, e.type, e.mode, s.key, t.key, e.contexts, e.date, e.source_person, e.target_person"
                  " FROM events e JOIN documents d ON d.id = e.document_id JOIN sentences sn ON sn.id = e.sentence_id"
                  " LEFT JOIN actors s ON s.id = e.source_id LEFT JOIN actors t ON t.id = e.target_id",
        "claims": "SELECT d.doc_id, c.person, c.country, c.office FROM office_claims c JOIN documents d ON d.id = c.document_id",
    }
    with sqlite3.connect(db) as conn:
        return {k: sorted(map(tuple, conn.execute(sql))) for k, sql in q.items()}


def cli_run(inp, db) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "chronique.cli", "run", str(inp), "--db", str(db), "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def stored(db) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_kill_9_at_random_points_then_resume_gives_the_uninterrupted_store(tmp_path):
    inp = tmp_path / "in.jsonl"
    corpus(inp)
    base = tmp_path / "base.db"
    assert cli_run(inp, base).wait() == 0
    expected = snapshot(base)
    assert len(expected["documents"]) == 60 and expected["events"]

    seed = int(os.environ.get("CHRONIQUE_KILL_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    db = tmp_path / "killed.db"
    kills = 0
    for target in sorted(rng.sample(range(1, 55), 2)):
        proc = cli_run(inp, db)
        while proc.poll() is None and stored(db) < target:
            time.sleep(0.02)
        time.sleep(rng.random() * 0.2)   # land anywhere: inside a transaction, between two
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            kills += 1   # possibly after the last article, while office holders were being resolved
    assert kills >= 1, f"no run was killed (seed {seed})"
    assert cli_run(inp, db).wait() == 0
    assert snapshot(db) == expected, f"seed {seed}"


def test_readers_read_while_a_run_writes_and_a_second_writer_is_told_busy(tmp_path):
    inp = tmp_path / "in.jsonl"
    corpus(inp, 30)
    db = tmp_path / "c.db"
    chronique.run([inp], db)                       # a store to read from
    more = tmp_path / "more.jsonl"
    corpus(more, 60)
    proc = cli_run(more, db)
    counts = []
    while proc.poll() is None:                     # the web app's reads, during the run
        counts.append(len(chronique.events(db, limit=1000)))
        time.sleep(0.05)
    assert proc.returncode == 0 and counts and min(counts) > 0
    assert stored(db) == 60
    with writer_lock(db, wait=0):                  # a run in progress holds the lock
        with pytest.raises(StoreError, match="busy"):
            run_pipeline([more], db, progress=False, lock_wait=0.5)
        res = subprocess.run([sys.executable, "-m", "chronique.cli", "run", str(more), "--db", str(db), "--quiet"],
                             capture_output=True, text=True, env={**os.environ, "CHRONIQUE_LOCK_WAIT": "0"})
        assert res.returncode == 2 and "busy" in res.stderr
