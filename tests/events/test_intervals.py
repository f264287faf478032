"""Bootstrap intervals over articles, counted by the official scorer on small gold files of my own."""
from pathlib import Path

import numpy
import pytest

from chronique.events.intervals import LEVELS, article_counts, by_document, difference, intervals
from chronique.events.training import load_scorer

SCORER = Path(__file__).resolve().parents[3] / "shared" / "eval" / "score.py"
pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score.py is not beside the checkout")

MEETING = "Le ministre marocain a reçu mardi à Rabat son homologue sénégalais."
THREAT = "Le Ghana a menacé le Togo de fermer sa frontière."
DENIAL = "La Tunisie a rejeté les accusations de la Libye."


def _event(doc: str, etype: str, sentence: str, source: str, target: str) -> dict:
    return {"doc_id": doc, "type": etype, "sentence": sentence, "contexts": [],
            "source": {"name": source, "country": source[:3].upper()},
            "target": {"name": target, "country": target[:3].upper()}}


def _gold() -> dict:
    return {
        "a": {"id": "a", "events": [_event("a", "CONSULT", MEETING, "Maroc", "Sénégal")]},
        "b": {"id": "b", "events": [_event("b", "THREATEN", THREAT, "Ghana", "Togo")]},
        "c": {"id": "c", "events": [_event("c", "REJECT", DENIAL, "Tunisie", "Libye")]},
    }


@pytest.fixture(scope="module")
def scorer():
    return load_scorer(SCORER)


def test_counts_sum_to_the_scorers_totals_over_the_file(scorer):
    gold = _gold()
    preds = [_event("a", "CONSULT", MEETING, "Maroc", "Sénégal"),
             _event("b", "ACCUSE", THREAT, "Ghana", "Togo"),        # another type: a miss and a false one
             _event("c", "REJECT", DENIAL, "Tunisie", "Égypte")]    # the event, not the dyad
    counts = article_counts(gold, by_document(preds), scorer)
    whole, _ = scorer.score(gold, by_document(preds))
    assert counts.shape == (3, len(LEVELS), 3)
    for k, lv in enumerate(LEVELS[:3]):
        assert counts[:, k].sum(axis=0).tolist() == [whole[lv]["tp"], whole[lv]["pred"], whole[lv]["gold"]]
    found = intervals(counts)
    assert found["event"].f1 == pytest.approx(whole["event"]["f1"], abs=1e-4)   # 2/3
    assert found["dyad"].f1 == pytest.approx(whole["dyad"]["f1"], abs=1e-4)     # 1/3
    for iv in found.values():
        assert iv.low <= iv.f1 <= iv.high
    # three articles, one right, one wrong, one half right: the sample alone leaves it wide
    assert found["event"].low < 0.5 < 0.9 < found["event"].high
    assert intervals(counts) == found   # a fixed seed: the same counts, the same interval


def test_articles_all_alike_leave_no_doubt(scorer):
    gold = {d: {"id": d, "events": [_event(d, "THREATEN", THREAT, "Ghana", "Togo")]} for d in "abcd"}
    preds = by_document([_event(d, "THREATEN", THREAT, "Ghana", "Togo") for d in "abcd"])
    iv = intervals(article_counts(gold, preds, scorer))["dyad"]
    assert (iv.f1, iv.low, iv.high) == (1.0, 1.0, 1.0)


def test_a_paired_difference_sees_what_each_interval_hides(scorer):
    gold = _gold()
    before = article_counts(gold, by_document([_event("a", "CONSULT", MEETING, "Maroc", "Sénégal")]), scorer)
    after = article_counts(gold, by_document([_event("a", "CONSULT", MEETING, "Maroc", "Sénégal"),
                                              _event("c", "REJECT", DENIAL, "Tunisie", "Libye")]), scorer)
    gain = difference(before, after)["event"]
    assert gain.f1 == pytest.approx(0.8 - 0.5)
    assert 0 <= gain.low <= gain.f1 <= gain.high   # never worse on any resample of these articles
    same = difference(before, before)["event"]
    assert (same.f1, same.low, same.high) == (0.0, 0.0, 0.0)


def test_mismatched_or_empty_counts_are_refused(scorer):
    counts = article_counts(_gold(), {}, scorer)
    with pytest.raises(ValueError, match="different articles"):
        difference(counts, counts[:2])
    with pytest.raises(ValueError, match="empty"):
        intervals(numpy.zeros((0, len(LEVELS), 3)))
