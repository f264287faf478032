"""Republished stories: one communiqué from three outlets is one act in the timeline."""
from __future__ import annotations

import subprocess
import sys

import chronique
from chronique.store import Store
from chronique.store import stories
from chronique.store.stories import THRESHOLD, signature, similarity
from tests.scale.corpus import write_corpus

BODY = ("Le ministre de l'Intérieur, Abdelouafi Laftit, a reçu mardi à Rabat son homologue italien, Matteo Piantedosi.\n\n"
        "Les deux ministres ont signé un accord de coopération en matière de lutte contre la migration irrégulière.\n\n"
        "Ils ont examiné les moyens de renforcer la coopération sécuritaire entre les deux pays, selon un communiqué.")

OUTLETS = [
    ("map-1", "2024-03-12", "MAP", "RABAT (MAP) — " + BODY),
    ("matin-7", "2024-03-12", "Le Matin", "Le Matin | Politique | Publié le 12/03/2024\n\n" + BODY + "\n\nLire aussi : toute l'actualité nationale."),
    ("hes-3", "2024-03-13", "Hespress FR", "Par la rédaction de Hespress FR\n\n" + BODY + "\n\nPartager sur Facebook · Twitter · WhatsApp"),
]
OTHER = ("other", "2024-03-13", "MAP", "Le Maroc a rappelé son ambassadeur en Algérie pour consultations.")


def test_a_republished_text_is_near_and_another_story_is_far():
    a, b, c = (signature(t) for *_, t in OUTLETS)
    assert similarity(a, b) >= THRESHOLD and similarity(a, c) >= THRESHOLD
    assert similarity(a, signature(OTHER[3])) < 0.1


def test_the_signature_and_bands_are_datasketchs():
    """The signature is computed with numpy so that a run does not import datasketch (and
    scipy); it must stay datasketch's MinHash, byte for byte, and the bands its LSH's choice."""
    import numpy as np
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=stories.NUM_PERM)
    assert (lsh.b, lsh.r) == (stories.BANDS, stories.ROWS)
    for text in [OUTLETS[1][3], OTHER[3], "Rabat", "", "La  réunion, à Rabat !"]:
        words = stories._WORD.findall(stories.fold(text))
        n = min(stories.SHINGLE, max(1, len(words)))
        reference = MinHash(num_perm=stories.NUM_PERM, seed=stories.SEED, scheme="affine32")
        reference.update_batch({" ".join(words[i:i + n]).encode("utf-8") for i in range(max(1, len(words) - n + 1))})
        assert signature(text) == reference.hashvalues.astype(np.uint64).tobytes()


def test_a_run_imports_neither_datasketch_nor_scipy(tmp_path):
    """Their import is half a second of every run's start-up (issue 22); a run, in a fresh
    process with a pool of two workers as `chronique run` codes enough articles, must not
    need them."""
    from chronique.pipeline import SMALL_RUN

    n = 2 * SMALL_RUN   # enough for two processes
    corpus = write_corpus(tmp_path, [(f"a{k}", "2024-03-12", "MAP", f"{BODY}\n\nDépêche numéro {k}.") for k in range(n)])
    code = ("import sys, chronique\n"
            f"summary = chronique.run([{str(corpus)!r}], {str(tmp_path / 's.db')!r}, jobs=2)\n"
            "print(summary.stored, sorted(m for m in ('datasketch', 'scipy') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True)
    assert out.stdout.split("\n")[-2] == f"{n} []"


def test_three_outlets_make_one_event_reported_by_three_sources(tmp_path):
    db = tmp_path / "s.db"
    chronique.run([write_corpus(tmp_path, OUTLETS + [OTHER])], db)
    months = chronique.timeline(db, dyad="MAR-ITA")
    assert {(r["type"], r["n"]) for r in months} == {("CONSULT", 1), ("AGREE", 1)}
    shown = chronique.events(db, dyad="MAR-ITA")
    assert {e["type"] for e in shown} == {"CONSULT", "AGREE"}
    assert all(e["reported_by"] == 3 and e["story"] == "hes-3" and e["doc_id"] == "map-1" for e in shown)
    every = chronique.events(db, dyad="MAR-ITA", once=False)  # each article keeps its own coding
    assert len(every) == 6 and {e["doc_id"] for e in every} == {"map-1", "matin-7", "hes-3"}
    assert len(chronique.article(db, "hes-3")["events"]) == 2
    assert chronique.events(db, dyad="MAR-DZA")[0]["reported_by"] == 1
    with Store(db) as store:
        stories = dict(store.conn.execute("SELECT doc_id, story FROM documents").fetchall())
    assert stories == {"map-1": "hes-3", "matin-7": "hes-3", "hes-3": "hes-3", "other": "other"}


def test_the_story_does_not_depend_on_the_order_articles_arrive_in(tmp_path):
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    (tmp_path / "one").mkdir(), (tmp_path / "two").mkdir()
    chronique.run([write_corpus(tmp_path / "one", OUTLETS[2:] + [OTHER])], first)      # a later outlet first,
    chronique.run([write_corpus(tmp_path / "two", OUTLETS[:2])], first)                # then the others
    chronique.run([write_corpus(tmp_path / "two", OUTLETS[:2])], second)
    chronique.run([write_corpus(tmp_path / "one", OUTLETS[2:] + [OTHER])], second)
    def seen(db):
        return sorted((e["doc_id"], e["type"], e["reported_by"], e["copy_of"] is None) for e in chronique.events(db, once=False))
    assert seen(first) == seen(second)
    assert chronique.timeline(first) == chronique.timeline(second)
