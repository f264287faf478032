"""Does a team's own annotated articles teach the coder its beat? Trains the act, party, name and
context models on the training set alone, then with one file of annotated articles added (what
`scripts/train.py --extra FILE` does), and scores another file of articles neither saw.

    python docs/experiments/own_articles.py EXTRA.jsonl SCORED.jsonl

An experiment of the twenty-fifth stop (docs/measurements.md): my two held-out sets of my own,
each in turn the extra and the scored one."""
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from chronique.events import training as T  # noqa: E402

EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"
scorer = T.load_scorer(EVAL / "score.py")
extra_path, scored_path = sys.argv[1], sys.argv[2]
base = T.prepare(T.read_training(EVAL), scorer, progress=False)
extra = T.prepare(T.read_annotated([extra_path]), scorer, progress=False)
scored = T.prepare(T.read_annotated([scored_path]), scorer, candidates=False, progress=False)


def coder(items):
    model = T.fit(items, **T.PARAMS)
    party = T.fit_parties(T.party_examples(items, model, scorer), **T.PARTY_PARAMS)
    party = replace(party, namer=T.fit_names(T.name_examples(items, model, party, scorer), **T.NAME_PARAMS))
    return model, party, T.fit_contexts(T.context_examples(items, scorer), **T.CONTEXT_PARAMS)


for label, items in (("training set", base), (f"+ {Path(extra_path).name}", base + extra)):
    r = T.score(scored, T.predictions(scored, *coder(items)), scorer)
    print(f"{label:28s} on {Path(scored_path).name}: " + "  ".join(
        f"{lv} {r[lv]['f1']:.3f} ({r[lv]['tp']}/{r[lv]['pred']}/{r[lv]['gold']})" for lv in ("event", "dyad", "actor", "contexts")))
