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


def test_denouncing_a_treaty_is_ending_it_not_an_accusation(nlp):
    # the codebook's SANCTION "break or suspend relations or a treaty", verb and noun alike
    from chronique.events.extract import lexicon_types, match_trigger
    lex = load_lexicon()
    doc = nlp("Le Niger a dénoncé l'accord militaire avec la France. La dénonciation du traité prend effet en mai.")
    verb = next(t for t in doc if t.text == "dénoncé")
    noun = next(t for t in doc if t.text == "dénonciation")
    assert match_trigger(verb, lex).type == "SANCTION"
    assert "SANCTION" in lexicon_types(noun, lex)  # a weak cue: offered to the act model
