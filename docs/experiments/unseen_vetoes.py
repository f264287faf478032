"""Unseen vetoes (twenty-sixth stop, docs/measurements.md): extract._judge's 17 named vetoes,
each recorded by the articles where it fired while the committed coder read them; then each
fold coded with the unseen entries (training.unseen_lexicon) and, second, also with the vetoes
that fired only in its held-out articles switched off.

    python docs/experiments/unseen_vetoes.py fixed[,story,d1,...]
"""
import sys
from pathlib import Path
from multiprocessing import Pool
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from chronique.events import training as T
from chronique.events import extract as X
import chronique.nlp.memo as M
EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"; scorer = T.load_scorer(EVAL / "score.py")
items = T.prepare(T.read_annotated([EVAL / f for f in T.TRAINING_FILES]), scorer, progress=False); n = len(items)
NAMES = ["_asked_for", "_generic", "_thanked_for", "_learned_object_of_its_verb", "_qualifies_its_verb", "_ended_by_its_verb",
         "_talked_about", "_text_described", "_counts_people", "_claims_own_act", "_dated_by_its_participle", "_named_again",
         "_supports_another_act", "_verb_not_done", "_asks", "_asked", "_describes_a_noun"]
state = {"log": None, "off": set()}
def wrap(name, f):
    def w(*a, **k):
        if name in state["off"]:
            return False
        r = f(*a, **k)
        if r and state["log"] is not None:
            state["log"].add(name)
        return r
    return w
for name in NAMES:
    setattr(X, name, wrap(name, getattr(X, name)))
fired = []
for it in items:
    state["log"] = set(); M._slot = None
    X.extract_events(it.doc, it.article, it.actors)
    fired.append(frozenset(state["log"]))
state["log"] = None
keys = T.entry_keys(items)
def run(arg):
    k, vet = arg
    parts = T.folds(n, 5) if k == "fixed" else T.story_folds(items, 5, scorer) if k == "story" else T.folds(n, 5, int(k[1:]))
    pooled, offs = [], []
    for held in parts:
        hs = set(held); learn = [it for i, it in enumerate(items) if i not in hs]
        model, party, issues = T.fit_what_runs(learn, scorer)
        lex = T.unseen_lexicon(keys, held)
        off = (set().union(*(fired[i] for i in hs)) - set().union(*(fired[i] for i in range(n) if i not in hs))) if vet else set()
        offs.append(sorted(off)); state["off"] = off
        for i in held:
            it = items[i]; M._slot = None
            pooled += [e.to_json(it.article.doc_id) for e in X.extract_events(it.doc, it.article, it.actors, lex=lex, acts=model, parties=party, contexts=issues)]
        state["off"] = set(); M._slot = None
    r = T.score(items, pooled, scorer)
    return k, vet, offs, [round(r[lv]["f1"], 4) for lv in ("event", "dyad", "actor", "contexts")], round(r["event"]["precision"], 3), round(r["event"]["recall"], 3)
if __name__ == "__main__":
    from collections import Counter
    c = Counter(x for f in fired for x in f)
    print("articles each veto fired in:", dict(sorted(c.items(), key=lambda x: x[1])), flush=True)
    jobs = [(k, v) for k in sys.argv[1].split(",") for v in (False, True)]
    with Pool(2) as p:
        for out in p.imap(run, jobs): print(*out, flush=True)
