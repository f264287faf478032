"""What runs, cross-validated over four fold sets -- the fixed draw, by story, draws 1 and 2 --
each plain and with unseen entries, and their means: the quick comparison the twenty-sixth to
twenty-eighth stops judged changes by (2.5 minutes on two cores; `scripts/evaluate.py --cv 5
--draws 4 ...` is the full one). Options set parameters of the act model for the run:

    python docs/experiments/four_fold_sets.py                 # what runs
    python docs/experiments/four_fold_sets.py blind=1 c=0.3   # training.PARAMS changed

An experiment of the twenty-eighth stop (docs/measurements.md)."""
import sys
from multiprocessing import Pool
from pathlib import Path

import numpy

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from chronique.events import training as T  # noqa: E402

EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"
LEVELS = ("event", "dyad", "actor", "contexts")


def _value(text: str):
    return float(text) if "." in text else int(text)


for arg in sys.argv[1:]:
    key, _, value = arg.partition("=")
    T.PARAMS = {**T.PARAMS, key: _value(value)}
scorer = T.load_scorer(EVAL / "score.py")
items = T.prepare(T.read_annotated([EVAL / f for f in T.TRAINING_FILES]), scorer, progress=False)
n = len(items)
SETS = {"fixed": T.folds(n, 5), "story": T.story_folds(items, 5, scorer), "d1": T.folds(n, 5, 1), "d2": T.folds(n, 5, 2)}


def run(job: tuple[str, bool]) -> tuple[str, bool, list[float]]:
    name, unseen = job
    r = T.cross_validate_what_runs(items, scorer, SETS[name], unseen_entries=unseen)
    return name, unseen, [round(r[lv]["f1"], 4) for lv in LEVELS]


if __name__ == "__main__":
    print("training.PARAMS:", T.PARAMS)
    found = {}
    with Pool(2) as pool:
        for name, unseen, f1 in pool.imap(run, [(s, u) for u in (False, True) for s in SETS]):
            found[name, unseen] = f1
            print(f"{name:6s} {'unseen entries' if unseen else 'plain':15s}", *f1, flush=True)
    for unseen in (False, True):
        mean = [round(float(numpy.mean([found[s, unseen][i] for s in SETS])), 4) for i in range(len(LEVELS))]
        print(f"mean   {'unseen entries' if unseen else 'plain':15s}", *mean)
