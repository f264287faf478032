"""Issue areas of an act (data/contexts.yaml), read from the words of its own clause."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from chronique.actors.gazetteer import load_yaml
from chronique.text import fold


@dataclass(frozen=True)
class Cues:
    order: tuple[str, ...]               # the contexts, in the YAML file's order
    pattern: re.Pattern                  # every cue at the start of a word, the longest winning
    contexts: dict[str, frozenset[str]]  # a cue -> the contexts it (or a cue it begins with) cues

    def find(self, text: str) -> list[str]:
        found: set[str] = set()
        for m in self.pattern.finditer(fold(text)):
            found |= self.contexts[m.group(1)]
        return [ctx for ctx in self.order if ctx in found]


def compile_cues(data: dict[str, list[str]]) -> Cues:
    """One pattern for all the cues, so a text is scanned once rather than once per context.
    The longest cue matching at a place wins, and the cues it begins with also match there: it
    carries their contexts too (with "trafic" for crime and "trafic d'armes" for military, "le
    trafic d'armes" is both)."""
    own: dict[str, set[str]] = {}
    for ctx, cues in data.items():
        for cue in cues:
            own.setdefault(fold(cue), set()).add(ctx)
    contexts = {cue: frozenset(set().union(*(own[c] for c in own if cue.startswith(c)))) for cue in own}
    return Cues(tuple(data), re.compile(r"(?<!\w)(?=(" + _trie_pattern(own) + "))"), contexts)


def _trie_pattern(words) -> str:
    """An alternation of words written as a tree of their shared beginnings ("arm(?:e(?:e|s)?)"):
    at each word start the regex engine follows one branch per letter instead of trying every
    cue in turn. Each ending is optional and greedy, so the longest cue there wins, as it does
    in a longest-first list."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a cue ends here

    def branch(node: dict) -> str:
        nexts = [re.escape(ch) + branch(child) for ch, child in sorted(node.items()) if ch]
        if not nexts:
            return ""
        body = nexts[0] if len(nexts) == 1 else "(?:" + "|".join(nexts) + ")"
        return f"(?:{body})?" if "" in node else body

    return branch(trie)


@lru_cache(maxsize=1)
def _cues() -> Cues:
    return compile_cues(load_yaml("chronique.events", "contexts.yaml"))


def contexts_of(text: str) -> list[str]:
    """The contexts whose cues occur in the text, in the YAML file's order."""
    return _cues().find(text)


def article_contexts(sentences: list[str], *, min_sentences: int = 2, share_of_top: float = 0.75) -> list[str]:
    """The issue areas an article is mainly about: cued in at least ``min_sentences`` of its
    sentences and in nearly as many as its most cued area. The acts an article reports are about
    its main issue even where their sentence does not say it ("le Royaume a décidé le rappel de
    son ambassadeur" in an article on the Sahara dispute is about territory). Measured on
    dev.jsonl: contexts F1 0.49 -> 0.61, and better in both halves."""
    counts = {ctx: 0 for ctx in _cues().order}
    for s in sentences:
        for ctx in contexts_of(s):
            counts[ctx] += 1
    top = max(counts.values(), default=0)
    return [ctx for ctx, n in counts.items() if n >= min_sentences and n >= share_of_top * top]
