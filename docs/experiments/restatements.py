"""How much of CV's precision rests on the gold's lists of restating sentences (twenty-seventh
stop, docs/measurements.md).

The scorer counts a prediction that restates an already matched gold event from another sentence
neither for nor against ("repeats"); a restating sentence is recognised by the gold's
``sentences_also``. So precision depends on how fully the annotators listed restatements. This
prints, for the coder that runs:

- CV (fixed random folds): the predictions, how many the scorer leaves out as repeats (and how
  many of those only through ``sentences_also``), and the scores again with every gold event's
  ``sentences_also`` emptied -- what CV would read from annotators who listed no restatement;
- test.jsonl: its scores only -- how many predictions the coder made there and how many the
  scorer counted (the difference is its repeats). No sentence of test is read or printed.

    python docs/experiments/restatements.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from chronique.events import training as T  # noqa: E402
from chronique.events.contexts import load_context_model  # noqa: E402
from chronique.events.intervals import by_document  # noqa: E402
from chronique.events.learned import load_act_model  # noqa: E402
from chronique.events.parties import load_party_model  # noqa: E402

EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"
scorer = T.load_scorer(EVAL / "score.py")


def line(label: str, r: dict, made: int) -> str:
    e = r["event"]
    return (f"{label:44s} made {made:4d}, counted {e['pred']:4d} (repeats {made - e['pred']:3d}, "
            f"{(made - e['pred']) / max(made, 1):.1%}); event {e['f1']:.3f} (P {e['precision']:.3f} / R {e['recall']:.3f}), "
            f"dyad {r['dyad']['f1']:.3f}, actor {r['actor']['f1']:.3f}")


items = T.prepare(T.read_annotated([EVAL / f for f in T.TRAINING_FILES]), scorer, progress=False)
cv = T.cross_validate(items, scorer, parties=T.PARTY_PARAMS, names=T.NAME_PARAMS, contexts=T.CONTEXT_PARAMS,
                      parts=T.folds(len(items), 5), **T.PARAMS)
preds = cv["predictions"]
by_doc = by_document(preds)
only_also = 0
for doc_id, d in T.gold_documents(items).items():
    ps = by_doc.get(doc_id, [])
    _, repeats = scorer.match(d["events"], ps, "event")
    only_also += sum(1 for i in repeats if not any(scorer.same_sentence(g["sentence"], ps[i]["sentence"])
                                                     and g["type"] == ps[i]["type"] for g in d["events"]))
print(line("CV, fixed draw, the gold as annotated", cv["pooled"], len(preds)))
print(f"{'':44s} repeats recognised only through sentences_also: {only_also}")
print(line("CV, fixed draw, no sentences_also in the gold", T.score(items, preds, scorer, restatements=False), len(preds)))

test = T.prepare(T.read_annotated([EVAL / "test.jsonl"]), scorer, candidates=False, progress=False)
test_preds = T.predictions(test, load_act_model(), load_party_model(), load_context_model())
print(line("test.jsonl (scores only)", T.score(test, test_preds, scorer), len(test_preds)))
