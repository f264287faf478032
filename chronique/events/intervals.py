"""How sure a score is: bootstrap intervals over articles, and the paired difference of two coders.

A test file of 30 articles and 134 events gives an F1 whose sampling error is several hundredths:
a change of 0.01 there may be one event, and "cross-validation within 0.05 of test" cannot be
told apart from noise without it. Events of one article are not independent draws (one story,
one pair of countries, one writer's habits), so the unit resampled is the article: each draw
takes as many articles as the file has, with replacement, and sums their counts (true
positives, predictions, gold events) as the scorer does over a whole file. The F1 of summed
counts is 2·tp / (pred + gold), which equals the scorer's 2PR / (P + R).

Comparing two coders on the same articles, the draws are paired (the same articles for both), so
what the articles share cancels out and the interval of the difference is much narrower than
either coder's own interval.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import ModuleType

import numpy

LEVELS = ("event", "dyad", "actor", "contexts")
DRAWS = 2000
SEED = 13


@dataclass(frozen=True)
class Interval:
    """An F1 with the bounds of its bootstrap interval."""

    f1: float
    low: float
    high: float

    def __str__(self) -> str:
        return f"{self.f1:.3f} [{self.low:.3f}, {self.high:.3f}]"


def article_counts(gold: Mapping[str, dict], predictions: Mapping[str, list[dict]],
                   scorer: ModuleType) -> numpy.ndarray:
    """Each article's (tp, pred, gold) at each level, as the official scorer counts them
    (``scorer.score`` on that one article; its matching is within an article, so the counts of
    a file are the sums of its articles'): an array of shape (articles, levels, 3)."""
    rows = []
    for doc_id, doc in gold.items():
        result, _ = scorer.score({doc_id: doc}, {doc_id: list(predictions.get(doc_id, []))})
        rows.append([[result[lv]["tp"], result[lv]["pred"], result[lv]["gold"]] for lv in LEVELS])
    return numpy.array(rows, dtype=float).reshape(len(rows), len(LEVELS), 3)


def by_document(predictions: Sequence[dict]) -> dict[str, list[dict]]:
    """Predictions in the scorer's format, grouped by their article."""
    out: dict[str, list[dict]] = {}
    for p in predictions:
        out.setdefault(str(p["doc_id"]), []).append(p)
    return out


def _f1(sums: numpy.ndarray) -> numpy.ndarray:
    """F1 of summed counts (..., 3): 2·tp / (pred + gold), 0 where there is neither."""
    tp, pred, gold = sums[..., 0], sums[..., 1], sums[..., 2]
    total = pred + gold
    return numpy.divide(2 * tp, total, out=numpy.zeros_like(tp), where=total > 0)


def _draws(n: int, draws: int, seed: int) -> numpy.ndarray:
    if n == 0:
        raise ValueError("no article to resample: the gold file is empty")
    return numpy.random.default_rng(seed).integers(0, n, size=(draws, n))


def _bounds(values: numpy.ndarray, point: numpy.ndarray, confidence: float) -> dict[str, Interval]:
    tail = (1 - confidence) / 2 * 100
    low, high = numpy.percentile(values, [tail, 100 - tail], axis=0)
    return {lv: Interval(round(float(point[k]), 4), round(float(low[k]), 4), round(float(high[k]), 4))
            for k, lv in enumerate(LEVELS)}


def intervals(counts: numpy.ndarray, *, draws: int = DRAWS, seed: int = SEED,
              confidence: float = 0.95) -> dict[str, Interval]:
    """Each level's F1 over all the articles and its percentile bootstrap interval (articles
    resampled ``draws`` times, a fixed seed: the same counts give the same interval)."""
    picks = _draws(len(counts), draws, seed)
    return _bounds(_f1(counts[picks].sum(axis=1)), _f1(counts.sum(axis=0)), confidence)


def difference(before: numpy.ndarray, after: numpy.ndarray, *, draws: int = DRAWS, seed: int = SEED,
               confidence: float = 0.95) -> dict[str, Interval]:
    """F1(after) - F1(before) at each level, with the interval of that difference over the same
    resampled articles. ``before`` and ``after`` count the same articles in the same order."""
    if before.shape != after.shape:
        raise ValueError(f"the two coders were counted on different articles ({len(before)} against {len(after)})")
    picks = _draws(len(before), draws, seed)
    gains = _f1(after[picks].sum(axis=1)) - _f1(before[picks].sum(axis=1))
    return _bounds(gains, _f1(after.sum(axis=0)) - _f1(before.sum(axis=0)), confidence)
