"""How much would more annotated articles buy? A learning curve of the coder that runs: 5-fold CV
over the training set (the fixed draw), each fold's act, party, name and context models trained on
a random share of the other four folds' articles (several draws of the share), scored pooled on
the held-out folds, overall and on train.jsonl's articles alone.

    python docs/experiments/learning_curve.py [--shares 0.25,0.5,0.75,1] [--draws 3] [--test] [--act-only [--rules-hidden]]

With --test: the models trained on a random share of all 128 articles instead, and test.jsonl
scored (its scores read, nothing tuned on them, its sentences never looked at). With --act-only:
the act model alone with the rules' parties (no party, name or context model); --rules-hidden
also hides the rules' verdicts from it (the README's ablation rows).

An experiment of the twenty-fifth stop (docs/measurements.md). The hand rules stay as they are
(they were written on all 128 articles): the curve is what the learned parts gain from data."""
import json
import random
import sys
from dataclasses import replace
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from chronique.events import training as T  # noqa: E402

EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"
LEVELS = ("event", "dyad", "actor", "contexts")
scorer = T.load_scorer(EVAL / "score.py")
shares = [float(x) for x in (sys.argv[sys.argv.index("--shares") + 1] if "--shares" in sys.argv else "0.25,0.5,0.75,1").split(",")]
draws = int(sys.argv[sys.argv.index("--draws") + 1]) if "--draws" in sys.argv else 3
items = T.prepare(T.read_training(EVAL), scorer, progress=False)
fresh_ids = {a.doc_id for a, _ in T.read_annotated([EVAL / "train.jsonl"])}
folds = T.folds(len(items), 5)
test = T.prepare(T.read_annotated([EVAL / "test.jsonl"]), scorer, candidates=False, progress=False) \
    if "--test" in sys.argv else None


ACT_ONLY, RULES_HIDDEN = "--act-only" in sys.argv, "--rules-hidden" in sys.argv


def coder(learn):
    if ACT_ONLY:
        return T.fit(learn, rules=not RULES_HIDDEN, **T.PARAMS), None, None
    model = T.fit(learn, **T.PARAMS)
    party = T.fit_parties(T.party_examples(learn, model, scorer), **T.PARTY_PARAMS)
    party = replace(party, namer=T.fit_names(T.name_examples(learn, model, party, scorer), **T.NAME_PARAMS))
    return model, party, T.fit_contexts(T.context_examples(learn, scorer), **T.CONTEXT_PARAMS)


def on_test(job):
    share, draw = job
    rng = random.Random(1000 * draw + int(share * 100))
    learn = items if share >= 1 else rng.sample(items, round(share * len(items)))
    r = T.score(test, T.predictions(test, *coder(learn)), scorer)
    return share, draw, len(learn), {lv: r[lv]["f1"] for lv in LEVELS}


def run(job):
    share, draw = job
    rng = random.Random(1000 * draw + int(share * 100))
    pooled, sizes = [], []
    for held in folds:
        hs = set(held)
        rest = [it for i, it in enumerate(items) if i not in hs]
        learn = rest if share >= 1 else rng.sample(rest, round(share * len(rest)))
        sizes.append(len(learn))
        pooled.extend(T.predictions([items[i] for i in held], *coder(learn)))
    every = T.score(items, pooled, scorer)
    fresh = T.score([it for it in items if it.article.doc_id in fresh_ids], [p for p in pooled if p["doc_id"] in fresh_ids], scorer)
    return share, draw, sum(sizes) / len(sizes), {lv: every[lv]["f1"] for lv in LEVELS}, {lv: fresh[lv]["f1"] for lv in LEVELS}


if __name__ == "__main__":
    jobs = [(s, d) for s in shares for d in (range(draws) if s < 1 else range(1))]
    if test is not None:
        with Pool(2) as pool:
            rows = pool.map(on_test, jobs)
        for share in shares:
            got = [r for r in rows if r[0] == share]
            print(json.dumps({"share": share, "articles": got[0][2], "draws": len(got),
                              "test": {lv: round(sum(r[3][lv] for r in got) / len(got), 4) for lv in LEVELS},
                              "each_draw_event": [round(r[3]["event"], 4) for r in got]}))
        sys.exit(0)
    with Pool(2) as pool:
        rows = pool.map(run, jobs)
    for share in shares:
        got = [r for r in rows if r[0] == share]
        mean = {lv: sum(r[3][lv] for r in got) / len(got) for lv in LEVELS}
        fresh = {lv: sum(r[4][lv] for r in got) / len(got) for lv in LEVELS}
        print(json.dumps({"share": share, "articles_per_fold": round(got[0][2], 1), "draws": len(got),
                          "cv": {lv: round(v, 4) for lv, v in mean.items()},
                          "cv_train_jsonl": {lv: round(v, 4) for lv, v in fresh.items()},
                          "each_draw_event": [round(r[3]["event"], 4) for r in got]}))
