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
    # each act once: an act restated in another sentence of its article counts once, as in the index
    from chronique.analysis.relations import deduplicated

    assert sum(r["n"] for r in chronique.timeline(db)) == len(deduplicated(chronique.events(db))) < summary.events


def test_a_run_that_finds_everything_stored_ends_without_the_model(tmp_path):
    """Re-running a job is the way to catch up after a failure, and a run whose inputs are all
    stored has nothing to parse: it used to import spaCy, the rules, numpy and pyarrow anyway
    (1.0 s in all; 0.2 s without them). In a new process, as `chronique run` would be."""
    import subprocess
    import sys

    db = tmp_path / "c.db"
    assert chronique.run([SAMPLES], db).stored == 2
    code = ("import sys, chronique\n"
            f"summary = chronique.run([{str(SAMPLES)!r}], {str(db)!r})\n"
            "print(summary.stored, summary.already_stored, "
            "sorted(m for m in ('spacy', 'chronique.events.extract', 'numpy', 'pyarrow') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True)
    assert out.stdout.strip() == "0 2 []"


def test_samples_and_dev_teach_moroccan_office_holders(tmp_path):
    """The corpus shows Laftit at the Interior and Bourita at Foreign Affairs, with dates."""
    import pytest

    from tests.conftest import SHARED_EVAL

    dev = SHARED_EVAL / "dev.jsonl"
    if not dev.exists():
        pytest.skip("../shared/eval/dev.jsonl is not here")
    db = tmp_path / "c.db"
    chronique.run([SAMPLES, dev], db)
    people = {p["name"]: p for p in chronique.actors(db, country="MAR")}
    corpus = {p: [o for o in people[p]["offices"] if o["basis"] == "corpus"] for p in ("Abdelouafi Laftit", "Nasser Bourita")}
    assert [o["office"] for o in corpus["Abdelouafi Laftit"]] == ["interior_minister"]
    assert [o["office"] for o in corpus["Nasser Bourita"]] == ["foreign_minister"]
    laftit = corpus["Abdelouafi Laftit"][0]
    assert laftit["start"].startswith("2021-07") and laftit["evidence"][0]["sentence"]
    # the 2024 sample names no Italian minister: the title is resolved to the holder at that date
    gmmp = [e for e in chronique.events(db, dyad="MAR-ITA") if e["type"] == "AGREE" and "GMMP" in e["sentence"]]
    assert "Matteo Piantedosi" in {gmmp[0]["source_person"], gmmp[0]["target_person"]}


def test_the_coding_does_not_depend_on_the_hash_seed():
    """Python draws a new string-hash seed for each process, so a set of strings is iterated in
    another order in the next run: where the coder let that order choose (two pair phrases of
    roles.yaml at one word), the same article was coded differently from one run to the next.
    The same text, coded in processes with two seeds that told that case apart, codes the same."""
    import os
    import subprocess
    import sys

    script = (
        "import json\n"
        "from chronique.model import Article\n"
        "from chronique.nlp import load_nlp\n"
        "from chronique.pipeline import analyse\n"
        "t = ('Le Qatar a annoncé une trêve entre le Soudan et le Tchad. Doha a appelé les deux pays voisins à '\n"
        "     'respecter la trêve. Le Qatar poursuivra sa médiation.')\n"
        "o = analyse(load_nlp()(t), Article('x', t, '2024-05-02', 'day'))\n"
        "print(json.dumps([(e.type, e.source and e.source.name, e.target and e.target.name) for e in o.events]))\n"
    )
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout.splitlines()[-1]
            for seed in ("0", "3")]
    assert runs[0] == runs[1]
    assert '"Tchad"' in runs[0]   # both countries asked, one request each


def test_the_training_articles_are_coded_alike_under_other_hash_seeds():
    """The whole coder, over the 128 training articles, in processes with three hash seeds: the
    same events, parties, contexts and dates (a rule that lets a set's order choose shows here
    first; the one found was on an excerpt, which none of these articles holds)."""
    import os
    import subprocess
    import sys

    import pytest

    from tests.conftest import SHARED_EVAL

    files = [SHARED_EVAL / f for f in ("seeds.jsonl", "dev.jsonl", "train.jsonl")]
    if not all(f.exists() for f in files):
        pytest.skip("../shared/eval's training files are not here")
    script = (
        "import hashlib, json, sys\n"
        "from chronique.model import Article\n"
        "from chronique.nlp import load_nlp\n"
        "from chronique.pipeline import analyse\n"
        "rows = [json.loads(l) for f in sys.argv[1:] for l in open(f, encoding='utf-8')]\n"
        "out = []\n"
        "for r, d in zip(rows, load_nlp().pipe([r['text'] for r in rows], batch_size=32)):\n"
        "    date = r.get('date') or ''\n"
        "    a = Article(r['id'], r['text'], date or None, {4: 'year', 7: 'month'}.get(len(date), 'day'))\n"
        "    out.append([r['id'], [[e.type, e.trigger, e.sentence_index, e.source and [e.source.name, e.source.country],\n"
        "                e.target and [e.target.name, e.target.country], e.contexts, e.date] for e in analyse(d, a).events]])\n"
        "print(sum(len(x[1]) for x in out), hashlib.sha256(json.dumps(out).encode()).hexdigest())\n"
    )
    runs = [subprocess.run([sys.executable, "-c", script, *map(str, files)], capture_output=True, text=True,
                           check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout.split()[-2:]
            for seed in ("0", "1", "3")]
    assert int(runs[0][0]) > 400   # (the training articles' acts were coded)
    assert runs[1] == runs[0] and runs[2] == runs[0]
