"""Coding in a pool of local processes: the very store one process gives, and a writer that lets the language model go."""
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


def test_the_pools_writer_lets_the_language_model_go():
    """The workers are forked with the model loaded, then the writer drops its own copy: ~0.5 GB
    that nothing it keeps (gazetteer, lexicons) may hold on to. It does so once the workers
    have their first batches, which need not wait for it. In a fresh process, as a run is."""
    code = (
        "import gc\n"
        "from spacy.language import Language\n"
        "from chronique.actors.people import PeopleIndex\n"
        "from chronique.scale.local import process_pool\n"
        "def models():\n"
        "    return sum(isinstance(o, Language) for o in gc.get_objects())\n"
        "with process_pool(PeopleIndex(), 1) as code:\n"
        "    before = models()\n"
        "    print(before, list(code(iter([[], []]))), models())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True)
    assert out.stdout.strip() == "1 [[], []] 0"


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
