from chronique.events.contexts import article_contexts, compile_cues, contexts_of


def test_cues_are_matched_without_accents_or_case():
    assert contexts_of("la coopération MIGRATOIRE et la lutte antiterroriste") == ["migration", "terrorism"]


def test_the_words_of_atrocities_cue_human_rights_and_sahrawi_the_territory():
    assert contexts_of("Le ministre a dénoncé des crimes de guerre et un génocide au Darfour.") == ["human_rights"]
    assert "human_rights" in contexts_of("Le rapport fait état d'actes de torture dans les prisons.")
    assert "territory" in contexts_of("Des combattants sahraouis ont été formés à l'étranger.")
    # a crime is not a crime against humanity: "crime" stays organised crime's cue alone
    assert "human_rights" not in contexts_of("La police a démantelé un réseau criminel.")


def test_an_article_is_about_its_most_cued_issues_only():
    sentences = [
        "Le Maroc rappelle son ambassadeur.",
        "Rabat dénonce une atteinte à sa souveraineté sur le Sahara.",
        "Le plan d'autonomie reste la seule solution, selon Rabat.",
        "Les échanges commerciaux n'en souffriront pas.",
    ]
    # territory is cued twice, economic once: only the main issue is the article's
    assert article_contexts(sentences) == ["territory"]
    assert article_contexts(sentences[:2]) == []   # one mention makes no topic



def test_a_cue_inside_a_longer_cue_of_another_issue_keeps_both():
    cues = compile_cues({"crime": ["trafic"], "military": ["trafic d'armes", "armee"], "migration": ["traite des etres"],
                         "legal": ["traite des etres"]})
    assert cues.find("Le trafic d'armes vers le Sahel inquiète") == ["crime", "military"]
    assert cues.find("Un trafic de cigarettes démantelé") == ["crime"]
    assert cues.find("La traite des êtres humains") == ["migration", "legal"]  # one cue, two issues
    assert cues.find("Le narcotrafic au Sahel") == []  # a cue starts a word: not inside "narcotrafic"


def test_a_name_whose_words_are_cues_cues_nothing():
    """The UN Security Council acts on every issue: its name is no security cue, the word alone
    still is; and the blanked name is no context a filter accepts."""
    from chronique.store.db import _contexts

    assert "security" not in contexts_of("Le Conseil de sécurité de l'ONU a condamné l'attaque contre la Finul.")
    assert "security" in contexts_of("Le Conseil de sécurité a salué la coopération en matière de sécurité.")
    assert "security" not in contexts_of("L'aide vise à renforcer la sécurité alimentaire du pays.")
    assert contexts_of("Les forces de sécurité ont renforcé leur présence") == ["security"]
    cues = compile_cues({"security": ["securit"], "military": ["armee"]}, ["conseil de securite"])
    assert cues.find("le Conseil de Sécurité, puis l'armée") == ["military"]
    assert "not_cues" not in _contexts() and "security" in _contexts()


def test_cues_sharing_their_beginnings_match_the_longest_one_there():
    """The cues are compiled as a tree of shared beginnings; at each word start the longest cue
    still wins and carries the contexts of the shorter cues it begins with."""
    cues = compile_cues({"military": ["arme", "armee", "armes chimiques"], "economic": ["armateur"],
                         "legal": ["armes chimiques interdites"], "terrorism": ["terror", "terroriste"]})
    assert cues.find("L'armée a été déployée") == ["military"]
    assert cues.find("Un armateur grec") == ["economic"]
    assert cues.find("des armes chimiques interdites par la convention") == ["military", "legal"]
    assert cues.find("des armes chimiques") == ["military"]
    assert cues.find("une cellule terroriste") == ["terrorism"]
    assert cues.find("Armand et Terre") == []
    assert cues.pattern.search("armes chimiques interdites").group(1) == "armes chimiques interdites"


def test_context_features_say_where_the_cues_are():
    from chronique.events.contexts import article_cues, context_features

    cues = article_cues(["Le Maroc et l'Espagne ont signé un accord.",
                         "Il porte sur la lutte contre l'immigration irrégulière et le trafic de drogue.",
                         "Les deux pays coopèrent aussi contre le trafic de drogue."], title="Migrations : un accord")
    migration = context_features("migration", "AGREE", 0, cues, ["signer", "accord"])
    assert "near" in migration and "title" in migration and "cue" not in migration and "migration|w=accord" in migration
    crime = context_features("crime", "AGREE", 1, cues, [])
    assert {"cue", "near", "n=2"} <= set(crime) and "topic" in crime        # cued in two sentences of three


def test_the_context_model_keeps_every_context_it_finds_likely():
    import numpy

    from chronique.events.contexts import ContextModel, article_cues

    cued_only = ContextModel(vocab={"cue": 0}, weights=numpy.array([4.0]), bias=-2.0, threshold=0.5)
    cues = article_cues(["La police a démantelé un réseau de passeurs de migrants."])
    assert cued_only.contexts("COERCE", 0, cues, []) == ["migration", "security"]


def test_an_act_no_context_reaches_gets_its_likeliest_if_likely_enough():
    import numpy

    from chronique.events.contexts import ContextModel, article_cues

    cues = article_cues(["La police a démantelé un réseau de passeurs de migrants."])
    unsure = ContextModel(vocab={"cue": 0, "security|w=police": 1}, weights=numpy.array([1.0, 0.2]), bias=-2.0, threshold=0.5)
    assert unsure.contexts("COERCE", 0, cues, ["police"]) == ["security"]   # 0.31 against migration's 0.27
    assert unsure.contexts("COERCE", 0, cues, []) == ["migration"]          # a tie: the first in order
    unlikely = ContextModel(vocab={"cue": 0}, weights=numpy.array([1.0]), bias=-3.0, threshold=0.5)
    assert unlikely.contexts("COERCE", 0, cues, []) == []                    # 0.12: under ``first``


def test_a_run_gives_each_act_the_contexts_of_the_committed_model(analyse_text):
    from chronique.events.contexts import load_context_model

    assert load_context_model() is not None
    _, _, evs = analyse_text("Le ministre marocain de l'Intérieur et son homologue espagnol ont renforcé leur "
                             "coopération afin de lutter contre l'immigration irrégulière.")
    # the cue is in the purpose clause, outside the act's own clause where the cue words alone look
    cooperation = [e for e in evs if e.type == "COOPERATE"]
    assert cooperation and all("migration" in e.contexts for e in cooperation)


def test_without_a_context_model_an_act_has_the_cues_of_its_own_clause(nlp):
    # the cue-word path (contexts=None: training's and the lexicon's) reads each act's clause;
    # with a context model that reading is skipped, since the model gives every context
    from chronique.actors import resolve_actors
    from chronique.events import extract_events
    from chronique.model import Article

    text = ("Les groupes terroristes multiplient les attentats au Sahel. Le terrorisme menace toute la région.\n\n"
            "La Mauritanie a signé avec le Sénégal un accord de lutte contre la migration irrégulière.")
    doc = nlp(text)
    evs = extract_events(doc, Article("t", text, "2024-03-01", "day"), resolve_actors(doc), contexts=None)
    agreed = [e for e in evs if e.type == "AGREE"]
    # "terrorism" is what the article is mainly about; "migration" is the act's own clause's
    assert agreed and all({"migration", "terrorism"} <= set(e.contexts) for e in agreed)


def test_the_committed_context_model_was_trained_on_the_training_files_as_they_are():
    import json
    from pathlib import Path

    import pytest

    from chronique.events.contexts import ContextModel, load_context_model
    from chronique.events.learned import model_folder
    from chronique.events.training import TRAINING_FILES, data_hash

    folder = Path(__file__).resolve().parents[3] / "shared" / "eval"
    if not (folder / "train.jsonl").exists():
        pytest.skip("../shared/eval is not beside the checkout")
    card = json.loads((model_folder() / ContextModel.files[1]).read_text(encoding="utf-8"))
    assert card["data_sha256"] == data_hash([folder / n for n in TRAINING_FILES]), \
        "the training files changed since the context model was trained: run scripts/train.py and commit its output"
    assert len(load_context_model().vocab) == card["features"]


def test_the_context_models_shortcut_gives_what_its_features_give():
    # contexts() looks the sentence's words up once for all contexts: the same decision as
    # thresholding probability() over context_features, context by context (and, where none
    # reaches the threshold, taking the likeliest one that reaches ``first``)
    from chronique.events.contexts import article_cues, context_features, context_order, load_context_model

    model = load_context_model()
    cues = article_cues(["Le Maroc et l'Espagne ont signé un accord contre le trafic de drogue.",
                         "La coopération sécuritaire et migratoire a été saluée."], title="Sécurité")
    words = ["signer", "accord", "trafic", "drogue", "Maroc", "Espagne", "accord"]
    for etype in ("AGREE", "COOPERATE", "SUPPORT"):
        for si in (0, 1):
            p = {c: model.probability(context_features(c, etype, si, cues, words)) for c in context_order()}
            slow = [c for c in context_order() if p[c] >= model.threshold]
            likeliest = max(context_order(), key=lambda c: p[c])   # the first of the likeliest
            assert model.contexts(etype, si, cues, words) == (slow or ([likeliest] if p[likeliest] >= model.first else []))
