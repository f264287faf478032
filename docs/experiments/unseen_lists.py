"""Unseen lists (twenty-sixth stop, docs/measurements.md): each fold coded with the unseen
entries (training.unseen_lexicon) and, second, also with modality.yaml's word lists less the
words that only held-out articles met while the committed coder read them (each list is
wrapped to record the words found in it; extract's load_lexicon is pointed at the lexicon of
the moment). Pickles /tmp/unseen_lists_{SET}_{0|1}.pkl.

    python docs/experiments/unseen_lists.py fixed[,story,d1,...]
"""
import sys, pickle
from pathlib import Path
from dataclasses import replace, fields
from multiprocessing import Pool
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from chronique.events import training as T
from chronique.events import extract as X
from chronique.events.lexicon import load_lexicon
import chronique.nlp.memo as M
EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"; scorer = T.load_scorer(EVAL / "score.py")
items = T.prepare(T.read_annotated([EVAL / f for f in T.TRAINING_FILES]), scorer, progress=False); n = len(items)
full = load_lexicon()
LISTS = [f.name for f in fields(full) if isinstance(getattr(full, f.name), frozenset)]
current = [full]
X.load_lexicon = lambda: current[0]
hits = []
class Rec(frozenset):
    def __contains__(self, x):
        r = frozenset.__contains__(self, x)
        if r: log.add((self.name, x))
        return r
def recording():
    out = {}
    for name in LISTS:
        r = Rec(getattr(full, name)); r.name = name; out[name] = r
    return replace(full, **out)
for it in items:
    log = set()
    rl = recording(); current[0] = rl; M._slot = None
    X.extract_events(it.doc, it.article, it.actors, lex=rl)
    hits.append(frozenset(log))
current[0] = full
M._slot = None
keys = T.entry_keys(items)
def reduced(held, lists, entries):
    lex = T.unseen_lexicon(keys, held) if entries else full
    if not lists: return lex
    hs = set(held)
    kept = set().union(*(hits[i] for i in range(n) if i not in hs))
    drop = set().union(*(hits[i] for i in hs)) - kept
    by = {}
    for name, w in drop: by.setdefault(name, set()).add(w)
    return replace(lex, **{name: frozenset(getattr(full, name) - ws) for name, ws in by.items()}), len(drop)
def run(arg):
    k, lists = arg
    parts = T.folds(n, 5) if k == "fixed" else T.story_folds(items, 5, scorer) if k == "story" else T.folds(n, 5, int(k[1:]))
    pooled, nd = [], 0
    for held in parts:
        hs = set(held); learn = [it for i, it in enumerate(items) if i not in hs]
        model, party, issues = T.fit_what_runs(learn, scorer)
        r = reduced(held, lists, True)
        lex, d = r if lists else (r, 0); nd += d
        current[0] = lex
        for i in held:
            it = items[i]; M._slot = None
            pooled += [e.to_json(it.article.doc_id) for e in X.extract_events(it.doc, it.article, it.actors, lex=lex, acts=model, parties=party, contexts=issues)]
        current[0] = full; M._slot = None
    r = T.score(items, pooled, scorer)
    pickle.dump({"pooled": r, "predictions": pooled, "gold": T.gold_documents(items)}, open(f"/tmp/unseen_lists_{k}_{int(lists)}.pkl", "wb"))
    return k, lists, nd, [round(r[lv]["f1"], 4) for lv in ("event", "dyad", "actor", "contexts")], round(r["event"]["precision"], 3), round(r["event"]["recall"], 3)
if __name__ == "__main__":
    print("list words hit per article", sum(map(len, hits)) / n, "distinct", len(set().union(*hits)), flush=True)
    jobs = [(k, l) for k in sys.argv[1].split(",") for l in (False, True)]
    with Pool(2) as p:
        for out in p.imap(run, jobs): print(*out, flush=True)
