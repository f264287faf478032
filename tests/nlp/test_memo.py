from chronique.events.extract import match_trigger
from chronique.events.lexicon import load_lexicon
from chronique.nlp.memo import memo


def test_a_memo_lasts_while_its_article_is_read_and_no_longer(nlp):
    first = nlp("Le Maroc a condamné l'attaque.")
    second = nlp("Le Maroc a salué l'accord.")
    memo(first)["seen"] = True
    assert memo(first) == {"seen": True}
    assert memo(second) == {}         # another article: a fresh memo
    assert "seen" not in memo(first)  # the first one's answers are gone, never read for another


def test_a_word_is_matched_in_its_own_article_whatever_was_asked_before(nlp):
    lex = load_lexicon()
    condemned = nlp("Le Maroc a condamné l'attaque.")
    hailed = nlp("Le Maroc a salué l'accord.")
    # the same token index in two articles, asked in turn: each answer is its own article's
    for _ in range(2):
        assert match_trigger(condemned[3], lex).type == "ACCUSE"
        assert match_trigger(hailed[3], lex).type == "SUPPORT"


def test_a_part_that_depends_on_another_object_is_emptied_when_that_object_changes(nlp):
    from chronique.nlp.memo import memo_of

    doc = nlp("Le Maroc a condamné l'attaque.")
    first, second = object(), object()
    memo_of(doc, "answers", first)["x"] = 1
    assert memo_of(doc, "answers", first) == {"x": 1}
    assert memo_of(doc, "answers", second) == {}   # another lexicon, other actors: asked afresh


def test_a_question_asked_per_token_is_answered_once_an_article(nlp):
    from chronique.nlp.memo import per_token

    asked = []

    @per_token
    def is_verb(tok):
        asked.append(tok.i)
        return tok.pos_ == "VERB"

    doc = nlp("Le Maroc a condamné l'attaque.")
    assert [is_verb(t) for t in doc] == [is_verb(t) for t in doc]
    assert is_verb(doc[3]) and asked == list(range(len(doc)))   # the second round asked nothing
    other = nlp("Le Mali a condamné l'attaque.")
    is_verb(other[3])
    assert asked[-1] == 3 and len(asked) == len(doc) + 1        # another article: asked again


ARTICLE = ("Le ministre de l'Intérieur,  Abdelouafi Laftit, a reçu lundi à Rabat son homologue italienne.\n\n"
           "« Nous renforcerons notre coopération », a-t-il déclaré.   Les deux ministres se reverront en mai. ")


def test_what_the_memo_reads_from_the_doc_s_arrays_is_what_spacy_gives(nlp):
    from chronique.nlp.memo import folded_words, morph, sentence_at, sentence_of, text
    from chronique.text import fold

    doc = nlp(ARTICLE)
    # the text joined from the words and their spaces, double spaces and line breaks kept
    assert text(doc) == doc.text == ARTICLE
    assert folded_words(doc) == [fold(t.text) for t in doc]
    for t in doc:
        assert sentence_of(t) == t.sent and sentence_at(doc, t.i) == t.sent
        for field in ("Tense", "VerbForm", "Gender", "Number", "Mood"):
            assert morph(t, field) == tuple(t.morph.get(field))
    assert any(morph(t, "Tense") for t in doc) and any(morph(t, "Gender") for t in doc)   # (not all empty)
    assert len({sentence_of(t).start for t in doc}) == len(list(doc.sents)) >= 3
