"""A passive's agent the parser made the subject of the incise after it (chronique/nlp/agents.py)."""
import pytest

from tests.conftest import dependency

# sentences of my own on the communiqués' pattern: the parser reads "par le président" as the
# subject of "précise" / "indique"
RECEIVED = [
    ("Le chef de la diplomatie, Abdoulaye Diop, en visite au Sénégal, a été reçu, jeudi, par le président sénégalais, "
     "Bassirou Diomaye Faye, précise un communiqué de la présidence.", "reçu", "précise"),
    ("La ministre des Affaires étrangères, en visite en Égypte, a été reçue, dimanche, par le président égyptien, "
     "Abdel Fattah al-Sissi, indique un communiqué officiel.", "reçue", "indique"),
]


@pytest.mark.parametrize("text, passive, incise", RECEIVED)
def test_the_agent_taken_for_the_incises_subject_is_the_passives_again(nlp, text, passive, incise):
    with nlp.select_pipes(disable=["chronique_passive_agents"]):
        assert dependency(nlp(text), "président") == ("nsubj", incise)   # what the component is for
    doc = nlp(text)
    assert dependency(doc, "président") == ("obl:agent", passive)
    assert not [c for c in next(t for t in doc if t.text == incise).children if c.dep_ == "nsubj"]
    assert dependency(doc, "par") == ("case", "président")   # what hung on the agent stays with it


@pytest.mark.parametrize("text", [
    "Le ministre gabonais a été reçu vendredi par son homologue marocain, indique un communiqué du ministère.",
    "Le président sénégalais a reçu jeudi le chef de la diplomatie malienne, précise un communiqué de la présidence.",
    "Selon un communiqué publié par la présidence, le président a reçu son homologue.",
])
def test_a_sentence_the_parser_reads_right_is_left_as_it_is(nlp, text):
    with nlp.select_pipes(disable=["chronique_passive_agents"]):
        before = [(t.dep_, t.head.i) for t in nlp(text)]
    assert [(t.dep_, t.head.i) for t in nlp(text)] == before
