from chronique.events import TYPES, load_lexicon


def test_all_sixteen_types_have_triggers():
    lex = load_lexicon()
    covered = {t.type for entries in list(lex.verbs.values()) + list(lex.nouns.values()) for t in entries}
    assert set(TYPES) <= covered
