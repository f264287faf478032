"""Training the act model: labels from gold sentences, learned words, folds, determinism."""
from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest

from chronique.events import training
from chronique.events.training import Annotated, folds, learn_words

SCORER = Path(__file__).resolve().parents[3] / "shared" / "eval" / "score.py"
needs_scorer = pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score.py is not beside the checkout")

# two small annotated articles written for these tests (not from the evaluation files)
ARTICLES = [
    {"id": "a1", "date": "2024-02-10", "text": (
        "Le ministre sénégalais des Affaires étrangères a reçu lundi à Dakar son homologue malien.\n\n"
        "Le Sénégal a envoyé une aide alimentaire au Mali.\n\n"
        "Le Sénégal enverra des médicaments au Mali."),
     "events": [
         {"sentence": "Le ministre sénégalais des Affaires étrangères a reçu lundi à Dakar son homologue malien.",
          "type": "CONSULT", "source": {"name": "Sénégal", "country": "SEN"}, "target": {"name": "Mali", "country": "MLI"}},
         {"sentence": "Le Sénégal a envoyé une aide alimentaire au Mali.", "type": "AID",
          "source": {"name": "Sénégal", "country": "SEN"}, "target": {"name": "Mali", "country": "MLI"}}]},
    {"id": "a2", "date": "2024-03-02", "text": (
        "Le Ghana a exigé la libération de ses ressortissants détenus au Togo.\n\n"
        "Le Togo a rejeté cette demande.\n\n"
        "Le ministre togolais de la Communication a critiqué la presse locale."),
     "events": [
         {"sentence": "Le Ghana a exigé la libération de ses ressortissants détenus au Togo.", "type": "REQUEST",
          "source": {"name": "Ghana", "country": "GHA"}, "target": {"name": "Togo", "country": "TGO"}},
         {"sentence": "Le Togo a rejeté cette demande.", "type": "REJECT",
          "source": {"name": "Togo", "country": "TGO"}, "target": {"name": "Ghana", "country": "GHA"}}]},
]


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    path = tmp_path_factory.mktemp("gold") / "gold.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    scorer = training.load_scorer(SCORER)
    return training.prepare(training.read_annotated([path]), scorer, progress=False), scorer


@needs_scorer
def test_each_candidate_is_labelled_by_its_sentences_gold_type(prepared):
    items, _ = prepared
    first = items[0]
    labelled = {(k[1], lab) for k, lab in zip(first.keys, first.labels)}
    assert ("CONSULT", True) in labelled and ("AID", True) in labelled
    # the future "enverra" is vetoed by the rules' modality: never a candidate
    assert not any("lemma=envoyer" in f and "verdict=coded" not in f and "tense=Fut" in f for f in first.candidates)


@needs_scorer
def test_the_same_data_give_the_same_weights(prepared):
    items, _ = prepared
    a, b = training.fit(items, c=0.3, min_count=1), training.fit(items, c=0.3, min_count=1)
    assert a.vocab == b.vocab and numpy.array_equal(a.weights, b.weights) and a.bias == b.bias


def test_a_candidates_own_word_is_what_the_blind_copy_leaves_out():
    features = ["lemma=envoyer", "AID|lemma=envoyer", "head=envoyer", "AID|head=envoyer", "w=envoyer",
                "AID|w=envoyer", "w=aide", "AID|w=aide", "verdict=coded", "child=obj:aide", "head=annoncer"]
    assert training.without_own_word(features, "envoyer") == ["w=aide", "AID|w=aide", "verdict=coded",
                                                               "child=obj:aide", "head=annoncer"]


@needs_scorer
def test_blind_copies_teach_what_the_rules_reading_is_worth_for_a_word_never_met(prepared):
    items, _ = prepared
    first = items[0]
    # the aid the rules read whole in "Le Sénégal a envoyé une aide alimentaire au Mali.", as if
    # its verb were one no training article used
    feats, lemma = next((f, k[0]) for f, k, lab in zip(first.candidates, first.keys, first.labels)
                        if lab and k[1] == "AID" and "verdict=coded" in f)
    unseen = [f.replace(f"={lemma}", "=acheminer") for f in feats]
    sighted, blind = (training.fit(items, c=0.3, min_count=1, blind=b) for b in (False, True))
    assert blind.probability(unseen) > sighted.probability(unseen) + 0.02
    assert any(k.endswith("=envoyer") for k in blind.vocab)   # the word itself is still learned


@needs_scorer
def test_predictions_are_scored_by_the_official_scorer(prepared):
    items, scorer = prepared
    result = training.score(items, training.predictions(items, None), scorer)
    assert result["event"]["gold"] == 4 and 0 < result["event"]["tp"] <= 4


@needs_scorer
def test_an_entry_only_the_held_out_articles_use_is_left_out_of_their_lexicon(prepared):
    items, _ = prepared
    keys = training.entry_keys(items)
    # the entries of the gold types that the gold sentences' words match, and no other
    assert {("envoyer", "AID"), ("recevoir", "CONSULT")} <= keys[0]
    assert {("exiger", "REQUEST"), ("rejeter", "REJECT")} <= keys[1]
    assert all(t in {"CONSULT", "AID"} for _, t in keys[0])   # the article's gold types only
    assert ("critiquer", "ACCUSE") not in keys[1]   # "a critiqué la presse locale": in no gold sentence
    unseen = training.unseen_lexicon(keys, [1])
    assert not any(t.type == "REJECT" for t in unseen.verbs.get("rejeter", ()))
    assert any(t.type == "AID" for t in unseen.verbs["envoyer"])  # the other article's entries stay
    coded = {p["type"] for p in training.predictions(items[1:], None)}
    assert {"REQUEST", "REJECT"} <= coded
    assert not {"REQUEST", "REJECT"} & {p["type"] for p in training.predictions(items[1:], None, lex=unseen)}


def annotated(words: list[tuple[str, frozenset[str]]]) -> Annotated:
    return Annotated(article=None, gold=[], doc=None, actors=None, truth={}, words=words)  # type: ignore[arg-type]


def test_a_word_is_learned_for_a_type_when_most_of_its_sentences_report_it():
    aid, none = frozenset({"AID"}), frozenset()
    items = [annotated([("acheminement", aid), ("acheminement", aid), ("acheminement", aid), ("route", aid)]),
             annotated([("acheminement", none), ("route", none), ("route", none), ("route", none)])]
    assert learn_words(items, min_count=3, share=0.6) == {"acheminement": ("AID",)}
    assert learn_words(items, min_count=4, share=0.6) == {}


def test_folds_split_every_article_once_and_always_the_same_way():
    parts = folds(23, 5)
    assert sorted(i for p in parts for i in p) == list(range(23))
    assert parts == folds(23, 5) and all(len(p) in (4, 5) for p in parts)
    # another draw: another split of the same articles, the same each time it is drawn
    other = folds(23, 5, seed=1)
    assert other != parts and other == folds(23, 5, seed=1)
    assert sorted(i for p in other for i in p) == list(range(23))


@needs_scorer
def test_the_sealed_articles_are_half_of_train_jsonl_and_never_drawn_again():
    # the half that no rule is written from: redrawing it would let read articles in unnoticed
    import hashlib

    eval_folder = SCORER.parent
    sealed = training.sealed_ids(eval_folder)
    ids = {json.loads(line)["id"] for line in (eval_folder / "train.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()}
    assert len(sealed) == 48 and sealed <= ids
    assert hashlib.sha256(",".join(sorted(sealed)).encode()).hexdigest()[:16] == "76006977b3908846"


def test_the_people_an_article_names_are_hidden_from_the_unseen_list():
    # the CV "people removed": the known people as an unseen article meets them
    from chronique.actors.people import load_people
    from chronique.model import Article
    named = Article("u1", "Le président Abdelmadjid Tebboune a reçu le ministre Nasser Bourita.", "2022-01-03", "day")
    unseen = training.people_unseen([named])
    assert load_people().lookup("Abdelmadjid Tebboune") is not None and load_people().lookup("Aziz Akhannouch") is not None
    assert unseen.lookup("Abdelmadjid Tebboune") is None and unseen.lookup("Nasser Bourita") is None
    assert unseen.lookup("Aziz Akhannouch") is not None  # not named: still known


@needs_scorer
def test_story_folds_keep_the_articles_of_one_dyad_together():
    from types import SimpleNamespace

    def article(*pairs):
        return SimpleNamespace(gold=[{"type": "CONSULT", "source": {"country": a}, "target": {"country": b}}
                                     for a, b in pairs])

    items = [article(("SEN", "MLI")), article(("GHA", "TGO")), article(("MLI", "SEN"), ("MLI", "IGO")),
             article(("GHA", "TGO"), ("TGO", "BEN")), article(("BEN", "TGO")), article(("FRA", "DEU")),
             article(("MAR", "IGO"))]
    parts = training.story_folds(items, 3, training.load_scorer(SCORER))
    assert sorted(i for p in parts for i in p) == list(range(7))
    fold_of = {i: f for f, p in enumerate(parts) for i in p}
    # one pair either way round, and a pair shared through a third article (GHA-TGO, TGO-BEN)
    assert fold_of[0] == fold_of[2] and fold_of[1] == fold_of[3] == fold_of[4]
    assert fold_of[0] != fold_of[1] and sorted(map(len, parts)) == [2, 2, 3]


@needs_scorer
def test_party_examples_label_the_gold_parties_of_confirmed_acts(prepared):
    items, scorer = prepared
    examples = training.party_examples(items, None, scorer)
    positives = [f for f, lab in examples if lab]
    assert examples and positives and len(positives) < len(examples)
    # the sender of the aid is a source, never a target: "Le Sénégal a envoyé une aide ... au Mali"
    assert any("source|AID|dep=nsubj" in f for f in positives)
    assert not any("target|AID|dep=nsubj" in f for f in positives)
    model = training.fit_parties(examples, c=0.3, min_count=1)
    again = training.fit_parties(examples, c=0.3, min_count=1)
    assert numpy.array_equal(model.weights, again.weights)


NAMED = [
    {"id": "n1", "date": "2024-05-06", "text": (
        "Au nom du Sénégal, le ministre des Affaires étrangères Cheikh Ndiaye a condamné la décision du Mali."),
     "events": [
         {"sentence": "Au nom du Sénégal, le ministre des Affaires étrangères Cheikh Ndiaye a condamné la décision du Mali.",
          "type": "ACCUSE", "source": {"name": "Cheikh Ndiaye", "country": "SEN"}, "target": {"name": "Mali", "country": "MLI"}}]},
]


@needs_scorer
def test_name_examples_label_the_name_the_gold_gives(tmp_path):
    path = tmp_path / "named.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in NAMED), encoding="utf-8")
    scorer = training.load_scorer(SCORER)
    items = training.prepare(training.read_annotated([path]), scorer, progress=False)
    party = training.fit_parties(training.party_examples(items, None, scorer), c=0.3, min_count=1)
    examples = training.name_examples(items, None, party, scorer)
    # the source's country has two names here: the person the gold names, and the state
    assert any(lab and "source|kind=person" in f for f, lab in examples)
    assert any(not lab and "source|kind=country" in f for f, lab in examples)


def test_the_name_model_renames_a_side_only_within_its_country():
    from chronique.events.parties import Candidate, NameModel
    from chronique.model import Actor

    prefers_people = NameModel(vocab={"kind=person": 0}, weights=numpy.array([3.0]), bias=-1.0, threshold=0.5)
    state, minister, other = Actor("Sénégal", "SEN"), Actor("Cheikh Ndiaye", "SEN", kind="person"), Actor("Awa Diop", "MLI", kind="person")
    cands = [Candidate(state, None), Candidate(minister, None), Candidate(other, None)]
    assert prefers_people.rename(state, "source", "ACCUSE", cands) == minister
    assert prefers_people.rename(Actor("Mali", "MLI"), "target", "ACCUSE", cands[:2]) == Actor("Mali", "MLI")
    assert prefers_people.rename(None, "target", "ACCUSE", cands) is None


@needs_scorer
def test_a_restated_act_counts_against_the_coder_only_when_the_gold_lists_no_restatement():
    # the scorer leaves out a prediction restating a matched act through the gold's
    # sentences_also; gold_documents(restatements=False) empties those lists
    from chronique.model import Article
    scorer = training.load_scorer(SCORER)
    gold = [{"sentence": "Le Maroc a condamné l'attaque contre la Tunisie.", "sentences_also": ["Rabat a réitéré sa condamnation de l'attaque."],
             "type": "ACCUSE", "source": {"name": "Maroc", "country": "MAR"}, "target": {"name": "Tunisie", "country": "TUN"}}]
    item = Annotated(article=Article("a1", "...", "2024-03-08", "day"), gold=gold, doc=None, actors=None,  # type: ignore[arg-type]
                     truth={}, words=[])
    preds = [{"doc_id": "a1", "sentence": s, "type": "ACCUSE", "source": {"name": "Maroc", "country": "MAR"},
              "target": {"name": "Tunisie", "country": "TUN"}} for s in (gold[0]["sentence"], gold[0]["sentences_also"][0])]
    assert training.gold_documents([item])["a1"]["events"][0]["sentences_also"] == gold[0]["sentences_also"]
    assert training.score([item], preds, scorer)["event"]["precision"] == 1.0
    assert training.score([item], preds, scorer, restatements=False)["event"]["precision"] == 0.5
    assert gold[0]["sentences_also"], "the item's own gold is left as it was"
