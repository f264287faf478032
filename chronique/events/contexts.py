"""Issue areas of an act: cue words (data/contexts.yaml) in its clause and its article, and the
context model, trained on the annotated articles, that weighs those cues with the sentence's
words (``ContextModel``; the cues alone when it is off)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import repeat
from typing import ClassVar

import numpy
from spacy.parts_of_speech import IDS as POS_IDS

from chronique.actors.gazetteer import load_yaml
from chronique.events.learned import ActModel, committed, logistic
from chronique.nlp.memo import folded_lemmas, parts_of_speech
from chronique.text import fold


@dataclass(frozen=True)
class Cues:
    order: tuple[str, ...]               # the contexts, in the YAML file's order
    pattern: re.Pattern                  # every cue at the start of a word, the longest winning
    contexts: dict[str, frozenset[str]]  # a cue -> the contexts it (or a cue it begins with) cues
    not_cues: re.Pattern | None = None   # names whose words cue nothing ("Conseil de sécurité")

    def find(self, text: str) -> list[str]:
        folded = fold(text)
        if self.not_cues is not None:
            folded = self.not_cues.sub(" ", folded)
        found: set[str] = set()
        for m in self.pattern.finditer(folded):
            found |= self.contexts[m.group(1)]
        return [ctx for ctx in self.order if ctx in found]


def compile_cues(data: dict[str, list[str]], not_cues: list[str] = ()) -> Cues:
    """One pattern for all the cues, so a text is scanned once rather than once per context.
    The longest cue matching at a place wins, and the cues it begins with also match there: it
    carries their contexts too (with "trafic" for crime and "trafic d'armes" for military, "le
    trafic d'armes" is both). A phrase of ``not_cues`` is blanked out before the cues are
    looked for."""
    own: dict[str, set[str]] = {}
    for ctx, cues in data.items():
        for cue in cues:
            own.setdefault(fold(cue), set()).add(ctx)
    contexts = {cue: frozenset(set().union(*(own[c] for c in own if cue.startswith(c)))) for cue in own}
    masks = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold(n)) for n in sorted(not_cues, key=len, reverse=True)) + r")(?!\w)") \
        if not_cues else None
    return Cues(tuple(data), re.compile(r"(?<!\w)(?=(" + _trie_pattern(own) + "))"), contexts, masks)


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
    data = dict(load_yaml("chronique.events", "contexts.yaml"))
    return compile_cues(data, data.pop("not_cues", []))


def context_order() -> tuple[str, ...]:
    """The codebook's contexts, in contexts.yaml's order."""
    return _cues().order


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
    return _main(counts, min_sentences, share_of_top)


def _main(counts: dict[str, int], min_sentences: int = 2, share_of_top: float = 0.75) -> list[str]:
    """The contexts cued in enough sentences (``counts``: in how many each is), in its order."""
    top = max(counts.values(), default=0)
    return [ctx for ctx, n in counts.items() if n >= min_sentences and n >= share_of_top * top]


# --- the context model ---------------------------------------------------------------------------

# (ContextModel below weighs these; bump its feature_version when context_features changes)
WORD_POS = frozenset({"NOUN", "VERB", "ADJ", "PROPN"})
_WORD_POS_IDS = frozenset(POS_IDS[p] for p in WORD_POS)


@dataclass(frozen=True)
class ArticleCues:
    """Where an article's sentences cue each issue area, computed once an article."""

    sentences: tuple[frozenset[str], ...]   # each sentence's cued contexts
    topics: frozenset[str]                  # article_contexts: what it is mainly about
    counts: dict[str, int]                  # in how many sentences each context is cued
    title: frozenset[str]


def article_cues(sentences: list[str], title: str | None = None) -> ArticleCues:
    cued = tuple(frozenset(contexts_of(s)) for s in sentences)
    counts: dict[str, int] = {}
    for found in cued:
        for ctx in found:
            counts[ctx] = counts.get(ctx, 0) + 1
    # (the article's main contexts from the same counts: article_contexts would cue every
    # sentence again)
    return ArticleCues(cued, frozenset(_main(counts)), counts, frozenset(contexts_of(title or "")))


def context_features(ctx: str, etype: str, si: int, cues: ArticleCues, words: list[str]) -> list[str]:
    """Whether an act's sentence reports it in issue area ``ctx``: the cue words of contexts.yaml
    in its sentence, the sentences beside it, the title and the whole article (how often, and
    whether it is the article's main issue), the act's type, and the sentence's words; each
    alone, conjoined with the context and with the act type, the words with the context."""
    here = cues.sentences[si] if 0 <= si < len(cues.sentences) else frozenset()
    near = frozenset().union(*(cues.sentences[j] for j in (si - 1, si + 1) if 0 <= j < len(cues.sentences)))
    f = [f"ctx={ctx}", f"n={min(cues.counts.get(ctx, 0), 4)}", f"ncues={min(len(here), 3)}"]
    f += [name for name, found in (("cue", here), ("topic", cues.topics), ("title", cues.title), ("near", near))
          if ctx in found]
    return (f + [f"{ctx}|{x}" for x in f] + [f"{etype}|{x}" for x in f] + [f"{ctx}|type={etype}"]
            + [f"{ctx}|w={w}" for w in dict.fromkeys(words)])


def sentence_words(sent) -> list[str]:
    """The folded lemmas of a sentence's content words and names (a Span), read from the
    doc's arrays."""
    doc = sent.doc
    pos, lemmas = parts_of_speech(doc), folded_lemmas(doc)
    return [lemmas[i] for i in range(sent.start, sent.end) if pos[i] in _WORD_POS_IDS]


@dataclass(frozen=True)
class ContextModel(ActModel):
    """Which issue areas an act is about (contexts.py's ``context_features``): one logistic
    regression over (act, context) pairs, the act model's mechanism and file format. Every
    context whose probability reaches the threshold is the act's."""

    feature_version: ClassVar[int] = 1
    files: ClassVar[tuple[str, str]] = ("context_model.npz", "context_model.json")
    what: ClassVar[str] = "context model"
    # an act none of whose contexts reaches the threshold gets its likeliest one if that reaches
    # this: three in four annotated acts have a context, and 62 of the 144 acts the coder gave
    # none had one (cross-validation, fixed random folds). CV contexts F1, fixed / by story /
    # four other draws: without it 0.651 / 0.671 / 0.646; 0.25 0.655 / 0.679 / 0.654; 0.2 0.656
    # / 0.686 / 0.658; 0.15 0.651 / 0.681 / 0.653; 0.1 0.642 / 0.676 / 0.647
    first: ClassVar[float] = 0.2

    def contexts(self, etype: str, si: int, cues: ArticleCues, words: list[str]) -> list[str]:
        """The act's contexts: those whose probability reaches the threshold, else the likeliest
        if it reaches ``first``. The same sum of weights as ``probability(context_features(...))``,
        with the sentence's words looked up once for all 14 contexts (``_word_weights``)."""
        order = context_order()
        table = self._word_weights
        by_word = [table[w] for w in set(words) if w in table]
        word_part = numpy.sum(by_word, axis=0) if by_word else numpy.zeros(len(order))
        out = []
        likeliest, best = None, 0.0
        here = cues.sentences[si] if 0 <= si < len(cues.sentences) else frozenset()
        near = [cues.sentences[j] for j in (si - 1, si + 1) if 0 <= j < len(cues.sentences)]
        weights = self._cue_weights
        for k, ctx in enumerate(order):
            # all that context_features reads of the article for this context: its weight is
            # summed once a combination (a few hundred in a corpus), not once an act
            key = (ctx, etype, min(cues.counts.get(ctx, 0), 4), min(len(here), 3), ctx in here, ctx in cues.topics,
                   ctx in cues.title, any(ctx in n for n in near))
            weight = weights.get(key)
            if weight is None:
                weight = weights[key] = sum(map(self._weight_of.get, context_features(ctx, etype, si, cues, ()),
                                                repeat(0.0)))
            p = logistic(self.bias + weight + float(word_part[k]))
            if p >= self.threshold:
                out.append(ctx)
            elif p >= self.first and p > best:
                likeliest, best = ctx, p
        return out or ([likeliest] if likeliest is not None else [])

    @cached_property
    def _cue_weights(self) -> dict[tuple, float]:
        """The summed weight of an act's cue features, by what they read (``contexts``)."""
        return {}

    @cached_property
    def _word_weights(self) -> dict[str, numpy.ndarray]:
        """word -> its weight for each context (the "{ctx}|w={word}" features), in context_order."""
        index = {ctx: k for k, ctx in enumerate(context_order())}
        table: dict[str, numpy.ndarray] = {}
        for name, row in self.vocab.items():
            ctx, sep, word = name.partition("|w=")
            if sep and ctx in index:
                table.setdefault(word, numpy.zeros(len(index)))[index[ctx]] = self.weights[row]
        return table


@lru_cache(maxsize=1)
def load_context_model() -> ContextModel | None:
    """The committed context model, or None when the package ships none or
    $CHRONIQUE_CONTEXT_MODEL is "off" (contexts.yaml's cues then decide alone)."""
    return committed(ContextModel, "CHRONIQUE_CONTEXT_MODEL")
