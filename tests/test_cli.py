import json

from click.testing import CliRunner

from chronique.cli import main


def test_run_events_timeline_search_export_and_problems(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "a", "date": "2022-03-04", "title": "", "source": "", "text": "Le Maroc a rappelé son ambassadeur en Allemagne."}) + "\n"
        + "{broken\n", encoding="utf-8")
    db = str(tmp_path / "c.db")
    r = CliRunner()
    res = r.invoke(main, ["run", str(src), "--db", db, "--quiet"])
    assert res.exit_code == 1, res.output          # one bad record: reported, exit 1
    assert "1 new" in res.output and "in.jsonl:2" in res.output
    res = r.invoke(main, ["events", "--db", db, "--dyad", "MAR-DEU"])
    assert "SANCTION" in res.output and "1 event(s)" in res.output
    # the recall's parties are read by the rules, not guessed: the flag keeps it
    assert "1 event(s)" in r.invoke(main, ["events", "--db", db, "--dyad", "MAR-DEU", "--no-guesses"]).output
    assert "2022-03" in r.invoke(main, ["timeline", "--db", db]).output
    assert "ambassadeur" in r.invoke(main, ["search", "ambassadeur", "--db", db]).output
    out = tmp_path / "e.jsonl"
    assert r.invoke(main, ["export", "--db", db, "-o", str(out), "--no-guesses"]).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["type"] == "SANCTION"
    assert "in.jsonl:2" in r.invoke(main, ["problems", "--db", db]).output


def test_usage_errors_exit_2(tmp_path):
    res = CliRunner().invoke(main, ["events", "--db", str(tmp_path / "c.db"), "--dyad", "Maroc"])
    assert res.exit_code == 2 and "MAR-ITA" in res.output


def test_mistyped_filters_and_a_missing_store_fail_loudly(tmp_path):
    from click.testing import CliRunner

    from chronique.cli import main

    runner = CliRunner()
    typo = tmp_path / "typo.db"
    for command in (["events"], ["problems"], ["actors"], ["timeline"], ["search", "Maroc"], ["export", "-o", str(tmp_path / "e.csv")]):
        r = runner.invoke(main, [*command, "--db", str(typo)])
        assert r.exit_code == 2 and "no store at" in r.output and not typo.exists(), (command, r.output)
    db = tmp_path / "c.db"
    src = tmp_path / "a.jsonl"
    src.write_text('{"id": "a", "date": "2024-03-05", "text": "Le Maroc a rappelé son ambassadeur en Algérie."}\n', encoding="utf-8")
    assert runner.invoke(main, ["run", "--quiet", str(src), "--db", str(db)]).exit_code == 0
    for args, says in ((["--since", "garbage"], "garbage"), (["--type", "FOO"], "unknown type"),
                       (["--context", "migrations"], "migration?"), (["--since", "2024-13"], "2024-13"),
                       (["--dyad", "MAR-ITL"], "ITA")):
        r = runner.invoke(main, ["events", "--db", str(db), *args])
        assert r.exit_code == 2 and says in r.output, (args, r.output)
    assert "1 event(s)" in runner.invoke(main, ["events", "--db", str(db), "--since", "mars 2024"]).output


def test_watch_exits_1_after_problems_and_events_can_show_the_whole_evidence(tmp_path):
    from click.testing import CliRunner

    from chronique.cli import main

    runner = CliRunner()
    folder, db = tmp_path / "arrivees", tmp_path / "w.db"
    folder.mkdir()
    long_text = ("Le ministre marocain des Affaires étrangères a reçu mardi à Rabat son homologue sénégalais, "
                 "avec qui il a longuement évoqué la coopération bilatérale dans les domaines de la sécurité, "
                 "de la migration, du commerce, de l'énergie et de la formation des cadres administratifs.")
    (folder / "a.jsonl").write_text('{"id": "a", "date": "2024-03-05", "text": "' + long_text + '"}\n'
                                    '{"id": "b", "date": "2024-13-01", "text": "Texte."}\n', encoding="utf-8")
    r = runner.invoke(main, ["watch", str(folder), "--db", str(db), "--cycles", "1", "--settle", "0"])
    assert r.exit_code == 1 and "problem(s) reported while watching" in r.output
    r = runner.invoke(main, ["events", "--db", str(db), "--full"])
    assert "formation des cadres administratifs. »" in r.output


def test_a_command_that_reads_a_store_starts_without_spacy():
    """spaCy and the model are for coding: `chronique timeline`, `events`, `export` only read the
    store, and importing spaCy cost them about a second each (1.2-1.9 s against 0.3 s). pyarrow
    and numpy are for Parquet and story signatures: 0.11 s more of the 0.27 s left."""
    import subprocess
    import sys

    code = ("import sys, chronique.cli, chronique.api; "
            "print(sorted(m for m in ('spacy', 'chronique.pipeline', 'pyarrow', 'numpy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "[]"


def test_draft_writes_the_coders_reading_for_a_person_to_correct_and_keeps_an_existing_file(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "r", "date": "2023-11-02", "text": "L'Algérie a rappelé son ambassadeur au Mali."},
                              ensure_ascii=False) + "\n{broken\n", encoding="utf-8")
    out = tmp_path / "drafts.jsonl"
    r = CliRunner()
    res = r.invoke(main, ["draft", str(src), "-o", str(out)])
    assert res.exit_code == 1 and "in.jsonl:2" in res.output   # the bad line reported, the article drafted
    [rec] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rec["id"] == "r" and [(e["type"], e["drafted"]) for e in rec["events"]] == [("SANCTION", True)]
    res = r.invoke(main, ["draft", str(src), "-o", str(out)])
    assert res.exit_code == 2 and "--force" in res.output


def test_the_command_line_process_ends_with_its_status_its_output_whole_and_its_files_written(tmp_path):
    """`python -m chronique.cli` skips Python's teardown once the command returns (`cli.entry`):
    what the command printed to a pipe, wrote to a file or stored must all be there."""
    import sqlite3
    import subprocess
    import sys

    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "q", "date": "2024-05-06", "text": "La Tunisie a expulsé deux diplomates libyens."},
                              ensure_ascii=False) + "\n{broken\n", encoding="utf-8")
    db, out = tmp_path / "c.db", tmp_path / "e.jsonl"

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "chronique.cli", *args], capture_output=True, text=True, timeout=300)

    res = cli("run", str(src), "--db", str(db), "--quiet", "--jobs", "1")
    assert res.returncode == 1, res.stderr     # the broken line: reported, status 1
    assert "1 new" in res.stdout and "in.jsonl:2" in res.stdout + res.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    res = cli("export", "--db", str(db), "-o", str(out))
    assert res.returncode == 0, res.stderr
    [event] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert event["type"] == "SANCTION"
    res = cli("events", "--db", str(db), "--dyad", "Tunisie")
    assert res.returncode == 2 and "MAR-ITA" in res.stderr + res.stdout


def test_the_command_line_process_waits_for_a_thread_that_is_not_a_daemon(tmp_path):
    """As Python's own exit does, `cli.entry` lets a thread that is not a daemon finish before
    the process ends (a thread pool's work, a writer)."""
    import subprocess
    import sys

    done = tmp_path / "done"
    code = ("import sys, threading, time\n"
            "from chronique import cli\n"
            "sys.argv = ['chronique', '--version']\n"
            f"threading.Thread(target=lambda: (time.sleep(0.5), open({str(done)!r}, 'w').write('x'))).start()\n"
            "cli.entry()\n")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0 and "version" in res.stdout, res.stderr
    assert done.exists()
