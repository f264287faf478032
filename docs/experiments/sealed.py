"""Rules judged on articles they were not written from: 48 of train.jsonl's 96 articles are
sealed (drawn once, seed 25: ``training.sealed_ids``) -- from the twenty-fifth stop on, their errors are not read and no
rule is written from them -- and a change's CV is compared, paired, on the sealed articles and
on the others (the read ones). A rule that gains on the read articles only learned them.

    python docs/experiments/sealed.py                 # the sealed ids
    python docs/experiments/sealed.py BEFORE AFTER    # paired difference of two CV runs

BEFORE and AFTER name the pickles /tmp/cv/{set}_NAME.pkl that cv_with_extra.py writes (with an
empty extra file: the plain CV), for the six fold sets (fixed draw, by story, draws 1-4)."""
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from chronique.events import training as T  # noqa: E402
from chronique.events.intervals import article_counts, by_document, difference  # noqa: E402

EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"
SETS = ("fixed", "story", "d1", "d2", "d3", "d4")


if __name__ == "__main__":
    sealed = set(T.sealed_ids(EVAL))
    if len(sys.argv) < 3:
        print(" ".join(sorted(sealed)))
        sys.exit(0)
    scorer = T.load_scorer(EVAL / "score.py")
    before, after = sys.argv[1], sys.argv[2]
    for part in ("sealed", "read"):
        sums: dict[str, list[float]] = {}
        for s in SETS:
            a = pickle.load(open(f"/tmp/cv/{s}_{before}.pkl", "rb"))
            b = pickle.load(open(f"/tmp/cv/{s}_{after}.pkl", "rb"))
            gold = {k: v for k, v in a["gold"].items() if (k in sealed) == (part == "sealed")}
            counts = [article_counts(gold, by_document([p for p in x["predictions"] if p["doc_id"] in gold]), scorer)
                      for x in (a, b)]
            d = difference(*counts)
            for lv, iv in d.items():
                sums.setdefault(lv, []).append(iv.f1)
            print(f"{part:6s} {s:6s} " + "  ".join(f"{lv} {iv}" for lv, iv in d.items()))
        print(f"{part:6s} mean   " + "  ".join(f"{lv} {sum(v) / len(v):+.4f}" for lv, v in sums.items()))
