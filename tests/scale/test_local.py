"""Coding in a pool of local processes: the very store one process gives, the writer one of the processes that code."""
from __future__ import annotations

import sqlite3
import subprocess
import sys

from chronique.pipeline import run_pipeline
from tests.scale.corpus import write_corpus


def store_content(db) -> dict:
    """What a store says, without its row ids (which depend on nothing but insertion order)."""
    c = sqlite3.connect(db)
    q = {
        "documents": "SELECT doc_id, content_hash, date, source, home_country, language, story FROM documents ORDER BY doc_id",
        "sentences": "SELECT d.doc_id, s.idx, s.start, s.end, s.text FROM sentences s JOIN documents d ON d.id = s.document_id ORDER BY 1, 2",
        "mentions": "SELECT d.doc_id, m.start, m.end, a.key FROM mentions m JOIN documents d ON d.id = m.document_id"
                    " JOIN actors a ON a.id = m.actor_id ORDER BY 1, 2, 4",
        "events": "SELECT d.doc_id, e.type, e.mode, e.trigger_start, s.key, t.key, e.contexts, e.date, e.location, e.object,"
                  " e.source_person, e.target_person, e.copy_of IS NULL, e.sources FROM events e JOIN documents d ON d.id = e.document_id"
                  " LEFT JOIN actors s ON s.id = e.source_id LEFT JOIN actors t ON t.id = e.target_id ORDER BY 1, 4, 2, 5, 6",
        "claims": "SELECT d.doc_id, person, country, office FROM office_claims c JOIN documents d ON d.id = c.document_id ORDER BY 1, 2",
    }
    out = {name: c.execute(sql).fetchall() for name, sql in q.items()}
    c.close()
    return out


def test_a_pool_of_processes_writes_the_same_store_as_one_process(tmp_path):
    corpus = write_corpus(tmp_path)
    one = run_pipeline([corpus], tmp_path / "one.db", progress=False, jobs=1)
    pool = run_pipeline([corpus], tmp_path / "pool.db", progress=False, jobs=2, batch_size=2)
    assert one.stored == pool.stored == 12
    assert one.events == pool.events > 8
    assert store_content(tmp_path / "one.db") == store_content(tmp_path / "pool.db")
    again = run_pipeline([corpus], tmp_path / "pool.db", progress=False, jobs=2, batch_size=2)
    assert again.stored == 0 and again.already_stored == 12


def test_a_pool_of_two_jobs_is_the_writer_and_one_worker_sharing_the_batches():
    """``jobs`` processes code, the writer among them: a third process holding the model would
    add its half gigabyte to the run's resident memory. The worker codes batches too (its CPU
    time grows by a parse's worth), and they come back whole and in input order, as one process
    codes them, whether a batch holds fewer articles than a parse batch or is cut into several.
    In a fresh process, as a run is."""
    code = (
        "import multiprocessing, psutil\n"
        "from chronique.actors.people import PeopleIndex\n"
        "from chronique.model import Article\n"
        "from chronique.scale.local import in_process, process_pool\n"
        "texts = ['Le ministre marocain des Affaires étrangères a reçu son homologue espagnol à Rabat.',\n"
        "         \"L'Algérie a rappelé son ambassadeur à Paris pour consultations.\"]\n"
        "batches = [[Article(f'{b}-{k}', texts[k % 2]) for k in range(n)] for b, n in enumerate((20, 2, 35, 1, 16))]\n"
        "def coded(out):\n"
        "    return [(c.article.doc_id, [e.type for e in c.analysis.events]) for batch in out for c in batch]\n"
        "with process_pool(PeopleIndex(), 2) as code:\n"
        "    workers = multiprocessing.active_children()\n"
        "    before = sum(psutil.Process(w.pid).cpu_times().user for w in workers)\n"
        "    pooled = coded(code(iter(batches)))\n"
        "    worked = sum(psutil.Process(w.pid).cpu_times().user for w in workers) - before\n"
        "alone = coded(in_process(PeopleIndex())(iter(batches)))\n"
        "print(len(workers), pooled == alone, alone[1][1], worked > 0.05)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True)
    assert out.stdout.strip() == "1 True ['SANCTION'] True"


def test_a_small_run_is_shared_between_the_processes(nlp):
    """Fewer articles than two batches: a handful stays in this process (forking would cost
    more than it saves), more go one batch a process instead of one batch to one process --
    unless this process already holds the model (a watcher, a notebook), which codes them."""
    from chronique.pipeline import _small_run

    assert _small_run(20, 2, 32) == (1, 32)   # the fixture loaded the model here
    code = ("from chronique.pipeline import SMALL_RUN, _small_run\n"
            "print(_small_run(3, 2, 32), _small_run(SMALL_RUN * 2 - 1, 2, 32), _small_run(20, 2, 32),"
            " _small_run(21, 2, 32), _small_run(40, 1, 32))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "(1, 32) (1, 32) (2, 10) (2, 11) (1, 32)"
