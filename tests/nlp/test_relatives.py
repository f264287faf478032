def _dependency(doc, word):
    t = next(t for t in doc if t.text == word)
    return t.dep_, t.head.text


def test_the_verb_of_ce_que_hangs_on_ce_with_its_subject(nlp):
    # the parser reads "dément" as an adverb of its subject ("il", "le gouvernement")
    doc = nlp("Bamako accuse Alger d'héberger des rebelles, ce qu'il dément.")
    assert _dependency(doc, "dément") == ("acl:relcl", "ce")
    assert _dependency(doc, "il") == ("nsubj", "dément")
    assert _dependency(doc, "qu'") == ("obj", "dément")
    doc = nlp("Bamako accuse Alger d'héberger des rebelles, ce que le gouvernement algérien dément.")
    assert _dependency(doc, "gouvernement") == ("nsubj", "dément")

