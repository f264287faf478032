"""How `chronique run --workers N` (a Dask LocalCluster) scales, and what would stop it.

    python benchmarks/scaling.py --articles 600 --workers 1,2 --repeat 2
    python benchmarks/scaling.py --corpus corpus.jsonl --workers 1@1000,16@20000

Builds the same kind of corpus as bench.py (or reads ``--corpus``: a machine without
``../shared``), then, each in a fresh process and a fresh store,
times ``chronique run --workers N`` for each N (alternately, ``--repeat`` times: this machine's
speed drifts). ``N@M`` runs N workers on the corpus's first M articles: one worker on 20,000
articles takes about half an hour even on a fast core, and a run's rate (articles a second) is what is compared,
so the speed-up is each run's rate over the first one's. Then it splits one run's work into its
two sides, in this process:

  worker       code a batch (language, parse, actors, events) and write its Parquet shard:
               runs on N workers at once;
  coordinator  read the shard back and write it to the store (one SQLite writer, stories
               linked, full-text indexed): runs once, whatever N.

Workers and coordinator overlap (the coordinator stores batch i while workers code batch i+1),
so the run's throughput is at most N / worker-seconds-per-article and at most
1 / coordinator-seconds-per-article: past N = worker / coordinator, adding workers adds nothing.
That ceiling, and the start-up each worker pays once (model load), are printed with the
timings, as a table and as JSON (``--json FILE``).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))  # split_costs imports chronique here, installed or not

from bench import build_corpus, measure  # noqa: E402  (bench.py sits beside this script)


def split_costs(corpus: Path, folder: Path, n: int = 128, batch: int = 32) -> dict:
    """Seconds per article on each side of a run, measured on the corpus's first ``n`` articles."""
    from chronique.ingest import read_inputs
    from chronique.model import Article
    from chronique.nlp import load_nlp
    from chronique.pipeline import RunSummary, _store_batch, code_articles, warm_up
    from chronique.scale.shards import read_shard, write_shard
    from chronique.store import Store

    started = time.perf_counter()
    load_nlp()
    load = time.perf_counter() - started
    warm_up()
    articles = [a for a in read_inputs([corpus]) if isinstance(a, Article)][:n]
    batches = [articles[i:i + batch] for i in range(0, len(articles), batch)]
    code_articles(batches[0][:4])  # first-call costs (lemma table, memos) are not per article
    worker = coordinator = 0.0
    paths = []
    for i, b in enumerate(batches):
        t = time.process_time()
        paths.append(write_shard(folder / f"part-{i:04d}.parquet", code_articles(b)))
        worker += time.process_time() - t
    summary = RunSummary(run_id="scaling")
    with Store(folder / "split.db") as store:
        for path in paths:
            t = time.process_time()
            _store_batch(store, read_shard(path), summary)
            coordinator += time.process_time() - t
    per_worker, per_coordinator = worker / len(articles), coordinator / len(articles)
    return {"articles": len(articles), "model_load_seconds": round(load, 2),
            "worker_cpu_s_per_article": round(per_worker, 4),
            "coordinator_cpu_s_per_article": round(per_coordinator, 5),
            "workers_before_the_coordinator_saturates": round(per_worker / per_coordinator, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=600)
    ap.add_argument("--workers", default="1,2",
                    help="comma-separated worker counts, e.g. 1,2 or 1,8,16; N@M: N workers on the first M articles")
    ap.add_argument("--corpus", type=Path, help="an existing corpus (JSON lines) instead of building one")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="chronique-scaling-"))
    py = sys.executable
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(HERE.parent), os.environ.get("PYTHONPATH")]))}
    try:
        if args.corpus:
            corpus = args.corpus
            lines = [line for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
            words = sum(len(json.loads(line)["text"].split()) for line in lines)
        else:
            corpus, _, words = build_corpus(args.articles, 0.0, folder)
            lines = [line for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
        size = len(lines)
        plans = [(int(w), min(int(m), size) if m else size) for w, _, m in (x.partition("@") for x in args.workers.split(","))]
        print(f"corpus: {size} articles, {words} words; {os.cpu_count()} CPU(s); in {folder}", flush=True)
        runs: dict[str, list[float]] = {f"{n}@{m}": [] for n, m in plans}
        for r in range(args.repeat):
            for n, m in plans:
                part = corpus if m == size else folder / f"first-{m}.jsonl"
                if not part.exists():
                    part.write_text("\n".join(lines[:m]) + "\n", encoding="utf-8")
                db = folder / f"w{n}-{m}.db"
                for p in folder.glob(f"w{n}-{m}.db*"):
                    shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink()
                step = measure([py, "-m", "chronique.cli", "run", str(part), "--db", str(db), "--workers", str(n)], env)
                runs[f"{n}@{m}"].append(step["seconds"])
                print(f"  --workers {n}, {m} articles #{r + 1}: {step['seconds']:.1f} s ({m / step['seconds']:.1f} articles/s), "
                      f"peak RSS {step['peak_rss_mb']} MiB", flush=True)
        split = split_costs(corpus, folder)
        rates = {f"{n}@{m}": m / statistics.median(runs[f"{n}@{m}"]) for n, m in plans}
        base = rates[next(iter(rates))]
        result = {"articles": size, "words": words, "cpus": os.cpu_count(),
                  "runs_seconds": runs,
                  "articles_per_second": {k: round(v, 2) for k, v in rates.items()},
                  "speedup_vs_first": {k: round(v / base, 2) for k, v in rates.items()},
                  "split": split}
        print(f"\n{'workers@articles':>17} {'median s':>9} {'art/s':>7} {'speed-up':>9}")
        for k, v in runs.items():
            print(f"{k:>17} {statistics.median(v):>9.1f} {rates[k]:>7.1f} {result['speedup_vs_first'][k]:>9.2f}")
        print(f"worker {split['worker_cpu_s_per_article']:.4f} CPU s/article, coordinator "
              f"{split['coordinator_cpu_s_per_article']:.5f}: the coordinator saturates at about "
              f"{split['workers_before_the_coordinator_saturates']} workers; each worker first loads the model "
              f"({split['model_load_seconds']} s here)")
        print(json.dumps(result))
        if args.json:
            args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
