#!/usr/bin/env python3
"""Score Chronique on an annotated file with ../shared/eval/score.py, or cross-validate it.

    python scripts/evaluate.py ../shared/eval/test.jsonl [--details] [--min event=0.4] [--half 1|2]
    python scripts/evaluate.py --cv 5 [--eval ../shared/eval] [--draws 4] [--people-removed] [--unseen-entries]

With a file: runs Chronique on the gold file's articles into a fresh temporary store, exports the
events in the prediction format and hands both files to the official scorer (its output is
printed as is). --half splits the articles in two by position. --ci adds each level's 95 %
interval, the articles resampled 2,000 times (``chronique.events.intervals``): on 30 articles an
F1 moves by several hundredths with the sample alone.

With --cv K: K-fold cross-validation over the training set (seeds + dev + train): the act model
is trained on K-1 folds of articles and codes the K-th; printed beside the test.jsonl score of
the same configuration trained on the whole training set, for three coders (the ablation):
the lexicon alone, the act model alone (the rules' verdicts hidden from it), both with the
rules' parties, both with the party model picking the parties, with the name model naming them
too, and with the context model giving the issue areas (what runs); then what runs again with
folds that keep each story's articles together (``training.story_folds``), where a feature
that learned stories rather than acts gains nothing. --draws N adds what runs over N other
random draws of the folds and their mean; --people-removed, what runs with the people the
training articles name hidden from the known-people list (``training.people_unseen``), by
story and over those draws; --unseen-entries, what runs with each fold coded by the lexicon less
the entries only its own acts use (``training.unseen_lexicon``: the wording of an unseen article),
over the fixed draw, by story and those draws, with the people removed too if asked. --ci adds
the 95 % intervals of what runs.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import chronique

SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"


LEVELS = ("event", "dyad", "actor", "contexts")


def robustness(k: int, draws: int, people_removed: bool, pairs: list, items: list, scorer,
               unseen_entries: bool = False) -> dict[str, dict]:
    """What runs, cross-validated over ``draws`` other random draws of the folds (seeds 1..N;
    the fixed draw reads a few hundredths high or low) and, with ``people_removed``, with the
    people the training articles name hidden from the known-people list
    (``training.people_unseen``: how an unseen article's people look) over the folds by story
    and the same draws: pooled scores by name, and each set's mean. ``unseen_entries``: also
    each of those with each fold coded by the lexicon less the entries only its own acts use
    (``training.unseen_lexicon``: the lexicon was written from these very articles, so plain
    CV never meets an act put in words it lacks, and the next article does), the fixed draw
    and the folds by story included. ``pairs``: the training set as read, ``items``: as
    prepared with the full list."""
    from chronique.events import training

    sets = [("", items)]
    if people_removed:
        sets.append(("people removed, ", training.prepare(pairs, scorer, people=training.people_unseen(a for a, _ in pairs))))
    out: dict[str, dict] = {}
    for label, prepared in sets:
        for unseen in (False, True) if unseen_entries else (False,):
            tag = label + ("unseen entries, " if unseen else "")
            parts = [(f"draw {seed}", training.folds(len(prepared), k, seed)) for seed in range(1, draws + 1)]
            if label or unseen:
                parts.insert(0, ("by story", training.story_folds(prepared, k, scorer)))
            if unseen:
                parts.insert(0, ("fixed draw", training.folds(len(prepared), k)))
            for name, folds in parts:
                out[tag + name] = training.cross_validate_what_runs(prepared, scorer, folds, k, unseen_entries=unseen)
            if draws:
                out[f"{tag}mean of the {draws} draws"] = {
                    lv: {"f1": sum(out[f"{tag}draw {s}"][lv]["f1"] for s in range(1, draws + 1)) / draws} for lv in LEVELS}
    return out


def print_intervals(title: str, gold: dict, predictions: dict, scorer) -> None:
    """Each level's F1 and its bootstrap interval over the gold file's articles."""
    from chronique.events.intervals import article_counts, intervals

    found = intervals(article_counts(gold, predictions, scorer))
    print(f"{title}: F1 [95 % interval, {len(gold)} articles resampled]")
    for lv, iv in found.items():
        print(f"  {lv:9s} {iv}")


def cross_validation(k: int, folder: Path, as_json: bool, draws: int = 0, people_removed: bool = False,
                     ci: bool = False, unseen_entries: bool = False) -> int:
    """CV over the training set beside test.jsonl, for the lexicon, the model and both."""
    from chronique.events import training
    from chronique.events.training import CONTEXT_PARAMS, NAME_PARAMS, PARAMS, PARTY_PARAMS, TRAINING_FILES

    scorer = training.load_scorer(folder / "score.py")
    pairs = training.read_annotated([folder / n for n in TRAINING_FILES])
    items = training.prepare(pairs, scorer)
    test = training.prepare(training.read_annotated([folder / "test.jsonl"]), scorer, candidates=False)
    # the hand rules were written on seeds and dev: CV over train.jsonl's articles alone is the
    # figure to set beside test.jsonl
    fresh_ids = {a.doc_id for a, _ in training.read_annotated([folder / "train.jsonl"])}
    fresh = [it for it in items if it.article.doc_id in fresh_ids]
    sealed = training.sealed_ids(folder)
    rows, on_fresh = {}, {}
    lexicon_preds = training.predictions(items, None)
    rows["lexicon only"] = (training.score(items, lexicon_preds, scorer), None,
                            training.score(test, training.predictions(test, None), scorer))
    on_fresh["lexicon only"] = training.score(fresh, [p for p in lexicon_preds if p["doc_id"] in fresh_ids], scorer)
    for name, rules, parties, names, contexts in (
            ("model only", False, None, None, None), ("lexicon + model", True, None, None, None),
            ("+ party model", True, PARTY_PARAMS, None, None), ("+ name model", True, PARTY_PARAMS, NAME_PARAMS, None),
            ("+ context model", True, PARTY_PARAMS, NAME_PARAMS, CONTEXT_PARAMS)):
        cv = training.cross_validate(items, scorer, k=k, rules=rules, parties=parties, names=names, contexts=contexts, **PARAMS)
        model = training.fit(items, rules=rules, **PARAMS)
        party = training.fit_parties(training.party_examples(items, model, scorer), **parties) if parties else None
        if names:
            party = replace(party, namer=training.fit_names(training.name_examples(items, model, party, scorer), **names))
        issues = training.fit_contexts(training.context_examples(items, scorer), **contexts) if contexts else None
        test_preds = training.predictions(test, model, party, issues)
        rows[name] = (cv["pooled"], cv["mean"], training.score(test, test_preds, scorer))
        runs = (cv["predictions"], test_preds)  # the last coder's: what runs
        on_fresh[name] = training.score(fresh, [p for p in cv["predictions"] if p["doc_id"] in fresh_ids], scorer)
    # what runs again, with each story's articles kept in one fold (training.story_folds)
    by_story = training.cross_validate_by_story(items, scorer, k)
    more = robustness(k, draws, people_removed, pairs, items, scorer, unseen_entries) \
        if draws or people_removed or unseen_entries else {}
    # what runs on train.jsonl's sealed articles, which no rule has been written from since the
    # twenty-fifth stop, and on the others: a rule that gains on the read ones only learned them
    every = {it.article.doc_id for it in items}
    halves = {f"{part} ({len(ids)})": training.score([it for it in items if it.article.doc_id in ids],
                                                      [p for p in runs[0] if p["doc_id"] in ids], scorer)
              for part, ids in (("sealed", sealed & every), ("read", every - sealed))}
    if as_json:
        print(json.dumps({**{n: {"cv_pooled": cv, "cv_mean": mean, "cv_train_jsonl": on_fresh[n], "test": t}
                             for n, (cv, mean, t) in rows.items()}, "cv_by_story": by_story, "cv_other": more,
                          "cv_sealed_and_read": halves}, indent=2))
        return 0
    print(f"{k}-fold CV over the training set ({len(items)} articles) beside test.jsonl ({len(test)} articles); F1")
    print(f"{'coder':17s} " + " ".join(f"{'CV ' + lv:>12s} {'test ' + lv:>14s}" for lv in LEVELS))
    for name, (cv, _, t) in rows.items():
        print(f"{name:17s} " + " ".join(f"{cv[lv]['f1']:12.3f} {t[lv]['f1']:14.3f}" for lv in LEVELS))
    print(f"\nthe same CV predictions scored on train.jsonl's {len(fresh)} articles only (the hand rules were "
          "written on seeds and dev, so the 32 others are in-sample for them):")
    for name, r in on_fresh.items():
        print(f"{name:17s} " + " ".join(f"{r[lv]['f1']:12.3f} {'':14s}" for lv in LEVELS))
    print("\nwhat runs, the same CV predictions on train.jsonl's sealed articles (no rule written from them "
          "since the twenty-fifth stop) and on the others:")
    for name, r in halves.items():
        print(f"{name:17s} " + " ".join(f"{r[lv]['f1']:12.3f} {'':14s}" for lv in LEVELS))
    print("\nwhat runs, CV with each story's articles in one fold (articles whose events join the same "
          "two countries):")
    print(f"{'+ context model':17s} " + " ".join(f"{by_story[lv]['f1']:12.3f} {'':14s}" for lv in LEVELS))
    if more:
        print("\nwhat runs, CV over other random draws of the folds (--draws), with the training articles' "
              "people removed from the known-people list (--people-removed) and with the lexicon entries "
              "only the held-out fold's acts use removed (--unseen-entries):")
        for name, r in more.items():
            print(f"{name:52s} " + " ".join(f"{r[lv]['f1']:8.3f}" for lv in LEVELS))
    if ci:
        from chronique.events.intervals import by_document

        print()
        for title, its, preds in (("what runs, CV (fixed random folds)", items, runs[0]), ("what runs, test.jsonl", test, runs[1])):
            print_intervals(title, training.gold_documents(its), by_document(preds), scorer)
    cv = rows["+ context model"][0]
    print("\nper type, what runs (lexicon + act, party, name and context models), CV pooled (P / R / F1, gold):")
    for t, r in cv["per_type"].items():
        print(f"  {t:10s} {r['precision']:.3f} {r['recall']:.3f} {r['f1']:.3f}  ({r['gold']})")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?")
    ap.add_argument("--cv", type=int, metavar="K", help="K-fold cross-validation over the training set")
    ap.add_argument("--eval", default=str(SCORER.parent), help="folder of the annotated files (with --cv)")
    ap.add_argument("--draws", type=int, default=0, metavar="N",
                    help="with --cv: also what runs over N other random draws of the folds, and their mean")
    ap.add_argument("--unseen-entries", action="store_true",
                    help="with --cv: also what runs with each fold coded by the lexicon less the entries only its own acts use")
    ap.add_argument("--people-removed", action="store_true",
                    help="with --cv: also what runs with the training articles' people hidden from the known-people list")
    ap.add_argument("--details", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--min", action="append", default=[])
    ap.add_argument("--half", type=int, choices=(1, 2))
    ap.add_argument("--scorer", default=str(SCORER))
    ap.add_argument("--keep", help="also write the predictions to this file")
    ap.add_argument("--ci", action="store_true", help="also each level's 95 %% interval, the articles resampled")
    args = ap.parse_args(argv)
    if args.ci and args.json:
        ap.error("--ci prints text: leave out --json")
    if args.cv:
        return cross_validation(args.cv, Path(args.eval), args.json, args.draws, args.people_removed, args.ci,
                                args.unseen_entries)
    if not args.gold:
        ap.error("give an annotated file, or --cv K")
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(args.gold)
        if args.half:
            lines = [l for l in gold.read_text(encoding="utf-8").splitlines() if l.strip()]
            mid = (len(lines) + 1) // 2
            part = lines[:mid] if args.half == 1 else lines[mid:]
            gold = Path(tmp) / "gold.jsonl"
            gold.write_text("\n".join(part) + "\n", encoding="utf-8")
        db, pred = Path(tmp) / "eval.db", Path(args.keep or Path(tmp) / "pred.jsonl")
        summary = chronique.run([gold], db)
        print(f"# {summary.stored} articles, {summary.events} events, {summary.seconds:.1f} s "
              f"({summary.stored / max(summary.seconds, 1e-9):.2f} articles/s)", file=sys.stderr)
        for p in summary.problems:  # an article a rule crashed on would silently lower the scores
            print(f"# problem: {p}", file=sys.stderr)
        chronique.export(db, pred, fmt="jsonl")
        cmd = [sys.executable, args.scorer, str(gold), str(pred)]
        cmd += ["--details"] if args.details else []
        cmd += ["--json"] if args.json else []
        for m in args.min:
            cmd += ["--min", m]
        sys.stdout.flush()
        status = subprocess.call(cmd)
        if args.ci:
            from chronique.events.training import load_scorer

            scorer = load_scorer(args.scorer)
            print_intervals("\nthis file", scorer.load_gold(gold), scorer.load_pred(pred), scorer)
        return status


if __name__ == "__main__":
    sys.exit(main())
