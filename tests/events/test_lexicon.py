from chronique.events import TYPES, load_lexicon


def test_all_sixteen_types_have_triggers():
    lex = load_lexicon()
    covered = {t.type for entries in list(lex.verbs.values()) + list(lex.nouns.values()) for t in entries}
    assert set(TYPES) <= covered


def test_a_condition_word_the_lemmatizer_keeps_plural_is_matched(nlp):
    # "ses condoléances" has the lemma "condoléances": the entry's "with: [condoléance]" must hold
    from chronique.events.extract import match_trigger
    doc = nlp("Le Maroc a présenté ses condoléances au Niger.")
    presented = next(t for t in doc if t.text == "présenté")
    trig = match_trigger(presented, load_lexicon())
    assert trig is not None and (trig.type, trig.mode) == ("SUPPORT", "condolences")
