"""Neighbours experiment (twenty-sixth stop): prepare with neighbour candidates at similarity TH, then CV with
fit(neighbours=None) and fit(neighbours=TH), with the shipped lexicon and with unseen entries.

    python docs/experiments/neighbours.py fixed[,story,d1..d4] TH
"""
import sys, pickle
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from multiprocessing import Pool
from chronique.events import training as T
EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"; scorer = T.load_scorer(EVAL / "score.py")
th = float(sys.argv[2]) if len(sys.argv) > 2 else 0.6
cache = Path(f"/tmp/neighbours_items_{th}.pkl")
if cache.exists(): items = pickle.load(open(cache, "rb"))
else:
    items = T.prepare(T.read_annotated([EVAL / f for f in T.TRAINING_FILES]), scorer, progress=False, neighbours=th)
    pickle.dump(items, open(cache, "wb"))
n = len(items)
sets = {"fixed": T.folds(n, 5), "story": T.story_folds(items, 5, scorer), **{f"d{s}": T.folds(n, 5, s) for s in range(1, 5)}}
def run(arg):
    k, nb, unseen = arg
    r = T.cross_validate(items, scorer, k=5, parties=T.PARTY_PARAMS, names=T.NAME_PARAMS, contexts=T.CONTEXT_PARAMS,
                         parts=sets[k], unseen_entries=unseen, neighbours=nb, **T.PARAMS)["pooled"]
    return k, nb, unseen, [round(r[lv]["f1"], 4) for lv in ("event", "dyad", "actor", "contexts")], round(r["event"]["precision"], 3), round(r["event"]["recall"], 3)
if __name__ == "__main__":
    print("neighbour examples", sum(sum(T._by_neighbour(f) for f in it.candidates) for it in items),
          "positive", sum(sum(l for f, l in zip(it.candidates, it.labels) if T._by_neighbour(f)) for it in items), flush=True)
    jobs = [(k, nb, u) for k in sys.argv[1].split(",") for u in (False, True) for nb in (None, th)]
    with Pool(2) as p:
        for out in p.imap(run, jobs): print(*out, flush=True)
