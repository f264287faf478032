"""CV with extra annotated articles added to every fold's training (act, party and name models;
not the context model, whose cue articles carry no contexts), never scored: the six fold sets
of the stops' guard (fixed draw, by story, draws 1-4), each pickled to /tmp/cv/{set}_NAME.pkl.

    python docs/experiments/cv_with_extra.py NAME EXTRA.jsonl [--only fixed,story]

An experiment of the twenty-second stop (docs/measurements.md), kept to be rerun: what would be
scripts/evaluate.py's --cv with an `extra` argument to training.cross_validate if it is kept."""
import pickle
import sys
from pathlib import Path
from multiprocessing import Pool
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from dataclasses import replace
from chronique.events import training as T
EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"   # ../shared/eval beside the checkout
scorer = T.load_scorer(EVAL / "score.py")
name, extra_path = sys.argv[1], sys.argv[2]
only = sys.argv[sys.argv.index("--only") + 1].split(",") if "--only" in sys.argv else None
pairs = T.read_annotated([EVAL / f for f in T.TRAINING_FILES])
items = T.prepare(pairs, scorer, progress=False)
extra = T.prepare(T.read_annotated([extra_path]), scorer, progress=False)
n = len(items)
sets = {"fixed": T.folds(n, 5), "story": T.story_folds(items, 5, scorer)}
for s in range(1, 5):
    sets[f"d{s}"] = T.folds(n, 5, s)
if only:
    sets = {k: v for k, v in sets.items() if k in only}
def run(k):
    pooled = []
    for held in sets[k]:
        hs = set(held)
        learn = [it for i, it in enumerate(items) if i not in hs]
        model = T.fit(learn + extra, **T.PARAMS)
        party = T.fit_parties(T.party_examples(learn + extra, model, scorer), **T.PARTY_PARAMS)
        party = replace(party, namer=T.fit_names(T.name_examples(learn + extra, model, party, scorer), **T.NAME_PARAMS))
        issues = T.fit_contexts(T.context_examples(learn, scorer), **T.CONTEXT_PARAMS)
        pooled.extend(T.predictions([items[i] for i in held], model, party, issues))
    r = T.score(items, pooled, scorer)
    Path("/tmp/cv").mkdir(exist_ok=True)
    with open(f"/tmp/cv/{k}_{name}.pkl", "wb") as f:
        pickle.dump({"pooled": r, "predictions": pooled, "gold": T.gold_documents(items)}, f)
    return k, [round(r[lv]["f1"], 4) for lv in ("event", "dyad", "actor", "contexts")]
if __name__ == "__main__":
    with Pool(2) as pool:
        for k, v in pool.imap(run, list(sets)):
            print(name, k, v, flush=True)
