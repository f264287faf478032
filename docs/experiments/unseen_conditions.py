"""Unseen conditions (twenty-sixth stop, docs/measurements.md): each fold coded with the unseen
entries (training.unseen_lexicon) and, second, also with each entry's `with:` words less those
only held-out acts use (a word of the entry's list in a sentence that reports the entry's type
and holds its form), as if the conditions too had been written without those articles. Each
is scored against the gold as annotated and (twenty-seventh stop) with every gold event's
`sentences_also` emptied, as if the annotators had listed no restating sentence
(docs/experiments/restatements.py): the repeats the scorer leaves out are printed with each.

    python docs/experiments/unseen_conditions.py fixed[,story,d1,...]
"""
import sys
from pathlib import Path
from dataclasses import replace
from multiprocessing import Pool
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from chronique.events import training as T
from chronique.events.extract import _lemmas
from chronique.events.lexicon import load_lexicon
from chronique.nlp.memo import sentences
from chronique.text import fold
EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"; scorer = T.load_scorer(EVAL / "score.py")
items = T.prepare(T.read_annotated([EVAL / f for f in T.TRAINING_FILES]), scorer, progress=False); n = len(items)
full = load_lexicon(); keys = T.entry_keys(items)
# per article: (form, type, with-word) used: a gold sentence of the type holding the form and the word
uses = []
for it in items:
    u = set()
    for si, s in enumerate(sentences(it.doc)):
        types = it.truth.get(si)
        if not types: continue
        forms = {f for t in s for f in _lemmas(t)}; words = forms | {fold(t.text) for t in s}
        for f in forms:
            for e in (*full.verbs.get(f, ()), *full.nouns.get(f, ())):
                if e.type in types and e.with_:
                    u |= {(f, e.type, w) for w in e.with_ if w in words}
    uses.append(frozenset(u))
def lex_for(held, withs):
    lex = T.unseen_lexicon(keys, held)
    if not withs: return lex, 0
    hs = set(held)
    drop = set().union(*(uses[i] for i in hs)) - set().union(*(uses[i] for i in range(n) if i not in hs))
    def kept(f, e):
        # an entry whose every `with:` word is left out goes too: unconditional, it would read
        # more than it was written for
        if not e.with_:
            return e
        words = frozenset(w for w in e.with_ if (f, e.type, w) not in drop)
        return replace(e, with_=words) if words else None

    def less(table):
        out = {f: tuple(x for e in ts if (x := kept(f, e)) is not None) for f, ts in table.items()}
        return {f: ts for f, ts in out.items() if ts}
    return replace(lex, verbs=less(lex.verbs), nouns=less(lex.nouns)), len(drop)
def run(arg):
    k, withs = arg
    parts = T.folds(n, 5) if k == "fixed" else T.story_folds(items, 5, scorer) if k == "story" else T.folds(n, 5, int(k[1:]))
    pooled, nd = [], 0
    for held in parts:
        learn = [it for i, it in enumerate(items) if i not in set(held)]
        model, party, issues = T.fit_what_runs(learn, scorer)
        lex, d = lex_for(held, withs); nd += d
        pooled += T.predictions([items[i] for i in held], model, party, issues, lex)
    r = T.score(items, pooled, scorer)
    bare = T.score(items, pooled, scorer, restatements=False)
    return k, withs, nd, *(x for res in (r, bare) for x in (
        f"repeats {len(pooled) - res['event']['pred']}/{len(pooled)}",
        [round(res[lv]["f1"], 4) for lv in ("event", "dyad", "actor")], round(res["event"]["precision"], 3), round(res["event"]["recall"], 3)))
if __name__ == "__main__":
    print("with-word uses per article", sum(map(len, uses)) / n, flush=True)
    with Pool(2) as p:
        for out in p.imap(run, [(k, w) for k in sys.argv[1].split(",") for w in (False, True)]): print(*out, flush=True)
