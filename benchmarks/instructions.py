"""How many instructions Chronique's analysis of parsed articles executes (valgrind's callgrind).

    python benchmarks/instructions.py                          # 40 of bench.py's articles, this checkout
    python benchmarks/instructions.py --compare /tmp/before    # and another checkout (a git worktree), same docs

Why: on a shared 2-core machine the wall-clock time of the same analysis drifts by a third within
the hour, more than most speed work on the rules gains; the number of instructions it executes
does not (two runs of one code agree within 0.02 %). So a change to the rules is measured here,
and the whole run with ``bench.py``.

How: bench.py's corpus (the same seed) is built, 2 × N articles are parsed once, here, at full
speed, and saved; then, for each checkout, a Python process under callgrind, with
instrumentation off, loads them and the models, analyses the first N (memos, lazy loads and
caches warm), and counts only its analysis of the next N (``callgrind_control -i on/off``).
``PYTHONHASHSEED=0`` makes the runs repeatable. Only ``pipeline.analyse`` is counted: not the
parse (the same docs for both checkouts), the store or start-up. Needs valgrind (Debian's
``valgrind`` package); about a minute a checkout for 40 articles.
"""
from __future__ import annotations

import argparse
import os
import pickle
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def parse_corpus(n: int, folder: Path) -> Path:
    """2 × n of bench.py's articles, parsed by this checkout's pipeline, pickled as doc bytes."""
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import json

    from bench import build_corpus

    from chronique.nlp.pipeline import load_nlp

    corpus, _, _ = build_corpus(2 * n, 0.01, folder)
    articles = [json.loads(line) for line in corpus.open(encoding="utf-8")][:2 * n]
    nlp = load_nlp()
    docs = [d.to_bytes() for d in nlp.pipe([a["text"] for a in articles], batch_size=16)]
    out = folder / "docs.pkl"
    out.write_bytes(pickle.dumps((docs, articles)))
    return out


def inner(docs_file: Path, n: int) -> None:
    """Under callgrind: warm on the first n articles, count the analysis of the next n."""
    from spacy.tokens import Doc

    from chronique.model import Article
    from chronique.nlp.pipeline import load_nlp
    from chronique.pipeline import analyse, warm_up

    import chronique

    if not Path(chronique.__file__).resolve().is_relative_to(Path.cwd().resolve()):
        sys.exit(f"counted {chronique.__file__}, not the checkout in {Path.cwd()}")
    warm_up()
    nlp = load_nlp()
    blobs, rows = pickle.loads(docs_file.read_bytes())

    def batch(part: slice):
        return [(Doc(nlp.vocab).from_bytes(b), Article(doc_id=r["id"], text=r["text"], date=r.get("date"),
                                                       source=r.get("source", ""), title=r.get("title", "")))
                for b, r in zip(blobs[part], rows[part])]

    for doc, article in batch(slice(0, n)):
        analyse(doc, article)
    counted = batch(slice(n, 2 * n))
    subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], capture_output=True, check=False)
    for doc, article in counted:
        analyse(doc, article)
    subprocess.run(["callgrind_control", "-i", "off", str(os.getpid())], capture_output=True, check=False)


def count(checkout: Path, docs_file: Path, n: int, folder: Path) -> int:
    """The analysis's instructions with ``checkout``'s code."""
    out = folder / f"callgrind-{abs(hash(str(checkout)))}.out"
    env = {**os.environ, "PYTHONPATH": str(checkout), "PYTHONHASHSEED": "0", "TQDM_DISABLE": "1"}
    cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
           sys.executable, str(Path(__file__).resolve()), "--inner", str(docs_file), "--articles", str(n)]
    done = subprocess.run(cmd, cwd=checkout, env=env, capture_output=True, text=True, check=False)
    totals = re.search(r"^totals:\s*(\d+)", out.read_text(), re.M) if out.exists() else None
    if done.returncode != 0 or totals is None:
        sys.exit(f"callgrind failed for {checkout} (exit {done.returncode}):\n{done.stderr[-2000:]}")
    return int(totals.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=40, help="articles counted (as many again warm the process)")
    ap.add_argument("--compare", type=Path, help="another checkout of Chronique (e.g. `git worktree add /tmp/before HEAD~3`)")
    ap.add_argument("--inner", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.inner is not None:
        inner(args.inner, args.articles)
        return
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        sys.exit("valgrind is not installed: this count needs it (Debian: `apt-get install valgrind`); "
                 "benchmarks/bench.py measures the whole run without it")
    with tempfile.TemporaryDirectory(prefix="chronique-instructions-") as tmp:
        folder = Path(tmp)
        docs_file = parse_corpus(args.articles, folder)
        here = count(ROOT, docs_file, args.articles, folder)
        print(f"{ROOT}: {here:,} instructions to analyse {args.articles} parsed articles")
        if args.compare is not None:
            other = count(args.compare.resolve(), docs_file, args.articles, folder)
            print(f"{args.compare}: {other:,} instructions")
            print(f"this checkout / the other: {here / other:.3f}")


if __name__ == "__main__":
    main()
