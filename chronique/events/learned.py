"""The act model: is this word, here, the report of a done act of this type?

The lexicon (triggers.yaml) lists the words that can report each of the 16 PLOVER acts, with
conditions, and the rules then drop a trigger that is negated, wished, planned, the content of
another act, or between parties they cannot find. Hand-written, that chain fits the articles it
was written on: on unseen ones, two in three of the events it misses had a lexicon word of the
right type in their sentence, refused by a condition or a filter. The act model takes every such
word as a candidate and decides from what the rules said of it (their verdict is a feature, not
a veto), the word and its type, its grammar (tense, mood, voice, dependency, negation), the
parties the rules found, and its sentence. ``extract_events`` codes the candidates it accepts,
with the parties the rules find.

It is one logistic regression over sparse features conjoined with the act type: small (a weight
a feature), fast (a candidate is a sum of weights), and readable (the heaviest features say what
it learned). Inference needs only numpy; ``scripts/train.py`` fits it with scikit-learn
(``chronique.events.training``) and writes ``data/act_model.npz`` and its card
``data/act_model.json``.
"""
from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from itertools import chain, repeat
from pathlib import Path
from typing import ClassVar

import numpy
from spacy.attrs import LEMMA, ORTH
from spacy.symbols import ADJ, ADV, AUX, NOUN, VERB
from spacy.tokens import Span, Token

from chronique.events.lexicon import Lexicon
from chronique.nlp.memo import column, folded_lemmas, morph, parts_of_speech
from chronique.nlp.memo import text as doc_text
from chronique.text import fold

# bump when candidate_features changes: a model trained on other features must not be used
FEATURE_VERSION = 3
MODEL_FILE = "act_model.npz"
CARD_FILE = "act_model.json"

_CONTENT = {NOUN, VERB, ADJ, ADV, AUX}
_NEGATIONS = {"ne", "n'", "pas", "jamais", "sans", "aucun", "aucune", "ni"}


@dataclass(frozen=True)
class SentenceContext:
    """What every candidate of a sentence shares, computed once a sentence."""

    words: frozenset[str]                      # lemmas of its content words
    listed: tuple[tuple[int, tuple[str, ...]], ...]   # (token index, act types the lexicon lists)
    quote: bool
    typed: dict[str, list[str]] = field(default_factory=dict, compare=False)  # act type -> its "{type}|w=" features
    features: list[str] = field(default_factory=list, compare=False)  # its "w=" features, once asked

    def words_as(self, etype: str) -> list[str]:
        """The sentence's words conjoined with an act type, made once for all its candidates
        of that type."""
        out = self.typed.get(etype)
        if out is None:
            out = self.typed[etype] = [f"{etype}|w={w}" for w in self.words]
        return out

    def word_features(self) -> list[str]:
        """The sentence's words as features ("w=accord"), in ``words_as``' order: weighed for
        each act type under its prefix (``ActModel.weight_prefixed``)."""
        if len(self.features) != len(self.words):
            self.features[:] = [f"w={w}" for w in self.words]
        return self.features


def sentence_context(sent: Span, lex: Lexicon) -> SentenceContext:
    from chronique.events.extract import _TRIGGER_POS, lexicon_types

    doc = sent.doc
    pos, lemmas, orths, folded = parts_of_speech(doc), column(doc, LEMMA), column(doc, ORTH), folded_lemmas(doc)
    asked = _CONTENT | set(_TRIGGER_POS)
    seen = lex.types_seen  # lexicon_types' memo, by the same ids: a Token only for a word new to it
    listed, words = [], set()
    for i in range(sent.start, sent.end):
        if pos[i] not in asked:
            continue
        if pos[i] in _CONTENT:
            words.add(folded[i])
        if pos[i] not in _TRIGGER_POS:
            continue  # (an adverb: no trigger)
        ts = seen.get((lemmas[i], orths[i], pos[i]))
        if ts is None:
            ts = lexicon_types(doc[i], lex)
        if ts:
            listed.append((i, ts))
    text = doc_text(doc)[sent.start_char:sent.end_char]
    return SentenceContext(frozenset(words), tuple(listed), '"' in text or "«" in text)


def candidate_features(tok: Token, etype: str, reason: str | None, pairs: list, sent: Span, position: int,
                       lex: Lexicon, context: SentenceContext | None = None, probe: str | None = None,
                       mode: str | None = None) -> list[str]:
    """The sparse features of one candidate trigger (a feature is present or not). Each is
    given twice, alone and prefixed with the act type, so that what holds for every act (a
    negation) and what holds for one ("a reçu" reports a meeting, not aid) are both learned.

    ``reason``: why the rules did not code it (None: they did); ``pairs``: the (source, target)
    pairs they found; ``position``: the sentence's index in the article; ``context``: the
    sentence's ``sentence_context``, when the caller keeps it for the sentence's candidates;
    ``probe``: for a word whose lexicon conditions do not hold (or a learned word), what the
    rules read had they held ("coded", "no_parties", "reported", ...); ``mode``: the mode of the
    lexicon entry it was read by (``entry_features``).

    They come in two parts: what the word and its sentence say (``word_features``, and the
    sentence's words) and what the rules read of it (``reading_features``). The coder scores
    the first part once a word and type (``extract._act_score``), however many readings it
    weighs."""
    ctx = context or sentence_context(sent, lex)
    return typed(etype, word_features(tok, sent, position, lex, ctx) + reading_features(reason, pairs, probe)) \
        + sentence_features(etype, ctx) + entry_features(etype, mode)


def entry_features(etype: str, mode: str | None) -> list[str]:
    """The mode of the lexicon entry a candidate was read by ("praise", "send aid", ...): what
    the words of one entry family share, so that a word the model never met (a synonym added to
    the lexicon, a rare verb) is weighed by what its family's words taught it, not by its
    generic features alone."""
    return [f"{etype}|mode={mode}"] if mode and mode != "learned" else []


def typed(etype: str, features: list[str]) -> list[str]:
    """The features, alone and conjoined with the act type."""
    return features + conjoined(etype, features)


def conjoined(etype: str, features: list[str]) -> list[str]:
    """The features conjoined with the act type (``typed``'s second half)."""
    return [f"{etype}|{x}" for x in features]


def sentence_features(etype: str, ctx: SentenceContext) -> list[str]:
    """What every candidate of one type in a sentence shares: the type, and the sentence's words
    conjoined with it."""
    return [f"type={etype}", *ctx.words_as(etype)]


def word_features(tok: Token, sent: Span, position: int, lex: Lexicon, ctx: SentenceContext) -> list[str]:
    """What a candidate's word, its grammar and its sentence say, whatever the rules read of it."""
    from chronique.events.extract import lexicon_types

    lemma = fold(tok.lemma_)
    # (the root's head is itself in spaCy: its "head" features are its own lemma and types --
    # what the model was trained on; a "<root>" feature instead measured CV event 0.679 -> 0.671)
    f = [f"lemma={lemma}", f"pos={tok.pos_}", f"dep={tok.dep_}", f"head={fold(tok.head.lemma_)}",
         "first" if position == 0 else "early" if position < 3 else "later"]
    for t in [tok, *(ch for ch in tok.children if ch.dep_.startswith("aux"))]:
        f += [f"tense={m}" for m in morph(t, "Tense")] + [f"mood={m}" for m in morph(t, "Mood")]
        f += [f"form={m}" for m in morph(t, "VerbForm")]
    for ch in tok.children:
        word = fold(ch.text)
        if word in _NEGATIONS:
            f.append("negated")
        if ch.dep_ in {"case", "mark", "aux:pass", "expl:comp", "expl:pv", "xcomp", "obj", "obl:agent", "nsubj:pass"}:
            f.append(f"child={ch.dep_}:{fold(ch.lemma_)}")
        elif ch.dep_ in {"nsubj", "obl", "obl:arg", "nmod", "iobj"}:
            case = next((g for g in ch.children if g.dep_ == "case"), None)
            f.append(f"arg={ch.dep_}:{fold(case.text) if case is not None else '-'}")
    for i in (tok.i - 2, tok.i - 1, tok.i + 1):
        if sent.start <= i < sent.end:
            f.append(f"w{i - tok.i:+d}={fold(tok.doc[i].lemma_)}")
    if tok.head.pos in (VERB, AUX, ADJ):
        f += [f"head_act={t}" for t in lexicon_types(tok.head, lex)]
    f += [f"also={t}" for t in sorted({t for i, ts in ctx.listed if i != tok.i for t in ts})]
    if ctx.quote:
        f.append("quote")
    return f


def reading_features(reason: str | None, pairs: list, probe: str | None = None) -> list[str]:
    """What the rules read of a candidate: their verdict, the pairs they found, and the probe's
    verdict (see ``candidate_features``)."""
    sources = {p[0].country for p in pairs if p[0] is not None}
    targets = {p[1].country for p in pairs if p[1] is not None}
    f = [f"verdict={reason or 'coded'}", f"pairs={min(len(pairs), 3)}", f"source={'yes' if sources else 'no'}",
         f"target={'yes' if targets else 'no'}"]
    f += [f"source_kind={k}" for k in {p[0].kind for p in pairs if p[0] is not None}]
    if probe is not None:
        f.append(f"probe={probe}")
    return f


def logistic(score: float) -> float:
    """A model's probability from its score (the sum of the bias and the features' weights),
    clipped so that no score overflows ``exp``."""
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, score))))


@dataclass(frozen=True)
class ActModel:
    """A logistic regression over candidate features, and the probability it must reach.
    (parties.PartyModel is the same mechanism over other features, in other files.)"""

    vocab: dict[str, int]
    weights: numpy.ndarray     # (n_features,)
    bias: float
    threshold: float
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lemma -> types it was learned to report
    feature_version: ClassVar[int] = FEATURE_VERSION
    files: ClassVar[tuple[str, str]] = (MODEL_FILE, CARD_FILE)   # weights, card
    what: ClassVar[str] = "act model"

    def probability(self, features: list[str], sentence: int | None = None) -> float:
        """P(act) for a candidate (``sentence``: its index, which a recorder of training data
        needs; the model does not). A feature the model never met weighs nothing."""
        return logistic(self.score(features))

    def score(self, features: list[str]) -> float:
        """The candidate's score: the bias and the weights of its features."""
        return self.bias + self.weight(features)

    def weight(self, features: list[str]) -> float:
        """The summed weights of some of a candidate's features (its score is the bias plus
        those of all of them: the coder sums the part a word's readings share once)."""
        return sum(map(self._weight_of.get, features, repeat(0.0)))

    def weight_prefixed(self, *parts: tuple[str, list[str]]) -> float:
        """``weight`` of the features named f"{prefix}|{x}" for each (prefix, features) part in
        turn (x itself for the prefix ""), summed in that order, without making those names:
        each is looked up in its prefix's table by x, whose hash is worked out once for all
        its prefixes. A candidate's features are mostly its word's and its sentence's, each
        conjoined with the act type (and a party's with its side): made as strings, they were
        a tenth of the coding's time."""
        return sum(chain.from_iterable(map(self._under(prefix).get, features, repeat(0.0)) for prefix, features in parts))

    def _under(self, prefix: str) -> dict[str, float]:
        """x -> the weight of f"{prefix}|{x}" (``_weight_of`` itself for "")."""
        if not prefix:
            return self._weight_of
        table = self._prefixed.get(prefix)
        if table is None:
            start = f"{prefix}|"
            table = self._prefixed[prefix] = {name[len(start):]: w for name, w in self._weight_of.items()
                                              if name.startswith(start)}
        return table

    @cached_property
    def _prefixed(self) -> dict[str, dict[str, float]]:
        return {}

    def probe_gain(self, etype: str) -> float:
        """The most that what a probe reading adds -- its pairs, their sources' kinds, its
        verdict (``candidate_features``' ``pairs`` and ``probe``) -- can add to the score of a
        candidate of type ``etype`` read with no pair and no probe: a candidate that stays under
        the threshold even so need not be read (``extract._judge``)."""
        gains = self._probe_gains
        if etype not in gains:
            w = self._weight_of

            def both(name: str) -> float:
                return w.get(name, 0.0) + w.get(f"{etype}|{name}", 0.0)

            kinds = {name[len("source_kind="):] for name in w if name.startswith("source_kind=")}
            verdicts = {name[len("probe="):] for name in w if name.startswith("probe=")}
            gains[etype] = (max(both(f"pairs={n}") for n in range(4)) - both("pairs=0")
                            + max(both("source=yes"), both("source=no")) - both("source=no")
                            + max(both("target=yes"), both("target=no")) - both("target=no")
                            + sum(max(0.0, both(f"source_kind={k}")) for k in kinds)
                            + max([0.0, *(both(f"probe={v}") for v in verdicts)]))
        return gains[etype]

    @cached_property
    def _probe_gains(self) -> dict[str, float]:
        return {}

    @cached_property
    def _weight_of(self) -> dict[str, float]:
        """feature -> its weight, as Python floats: a candidate's score is then one C-level
        ``map`` of look-ups, where indexing the numpy array cost a list, two look-ups a feature
        and a numpy call (a candidate has ~100 features, and a run scores tens of thousands)."""
        return dict(zip(self.vocab, self.weights[list(self.vocab.values())].tolist()))

    def heaviest(self, n: int = 20) -> list[tuple[str, float]]:
        """The features that weigh most for (positive) and against (negative) an act."""
        names = sorted(self.vocab, key=self.vocab.__getitem__)
        order = numpy.argsort(self.weights)
        return [(names[i], float(self.weights[i])) for i in [*order[::-1][:n], *order[:n]]]

    def save(self, folder: Path, card: dict) -> None:
        """Write the weights and their card (what data, which scores) into ``folder``."""
        folder.mkdir(parents=True, exist_ok=True)
        names = sorted(self.vocab, key=self.vocab.__getitem__)
        weights_file, card_file = self.files
        numpy.savez_compressed(folder / weights_file, weights=self.weights.astype("float32"),
                               features=numpy.array(names).astype(str),
                               words=numpy.array([f"{w}\t{','.join(ts)}" for w, ts in sorted(self.words.items())]).astype(str))
        card = {**card, "feature_version": self.feature_version, "bias": self.bias, "threshold": self.threshold,
                "features": len(names), "learned_words": len(self.words)}
        (folder / card_file).write_text(json.dumps(card, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, folder: Path):
        weights_file, card_file = cls.files
        card = json.loads((folder / card_file).read_text(encoding="utf-8"))
        if card.get("feature_version") != cls.feature_version:
            raise RuntimeError(f"{folder / card_file}: the {cls.what} was trained on features of version "
                               f"{card.get('feature_version')}, this code computes version {cls.feature_version}; "
                               "rebuild it with `python scripts/train.py`")
        with numpy.load(folder / weights_file, allow_pickle=False) as z:
            names = [str(x) for x in z["features"]]
            words = dict(str(x).split("\t") for x in z["words"])
            return cls(vocab={n: i for i, n in enumerate(names)}, weights=z["weights"].astype("float64"),
                       bias=float(card["bias"]), threshold=float(card["threshold"]),
                       words={w: tuple(ts.split(",")) for w, ts in words.items()})


def model_folder() -> Path:
    """Where the committed act model and its card live (inside the package: it installs with it)."""
    return Path(str(resources.files("chronique.events").joinpath("data")))


def committed(kind: type[ActModel], switch: str) -> ActModel | None:
    """The committed model of ``kind`` (its files in ``model_folder``), or None when the package
    ships none or the environment variable ``switch`` is "off" (to compare, or to time its cost)."""
    if os.environ.get(switch, "").lower() == "off":
        return None
    folder = model_folder()
    return kind.load(folder) if (folder / kind.files[0]).exists() else None


@lru_cache(maxsize=1)
def load_act_model() -> ActModel | None:
    """The committed act model, or None when the package ships none (the lexicon then codes
    alone, and says so once) or when $CHRONIQUE_ACT_MODEL is "off" (to compare, or to time the
    model's cost: benchmarks/bench.py's step l)."""
    model = committed(ActModel, "CHRONIQUE_ACT_MODEL")
    if model is None and os.environ.get("CHRONIQUE_ACT_MODEL", "").lower() != "off":
        import warnings

        warnings.warn(f"no act model in {model_folder()}: events are coded by the lexicon alone "
                      "(build it with `python scripts/train.py`)", stacklevel=2)
    return model
