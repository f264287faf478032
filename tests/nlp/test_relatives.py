from tests.conftest import dependency


def test_the_verb_of_ce_que_hangs_on_ce_with_its_subject(nlp):
    # the parser reads "dément" as an adverb of its subject ("il", "le gouvernement")
    doc = nlp("Bamako accuse Alger d'héberger des rebelles, ce qu'il dément.")
    assert dependency(doc, "dément") == ("acl:relcl", "ce")
    assert dependency(doc, "il") == ("nsubj", "dément")
    assert dependency(doc, "qu'") == ("obj", "dément")
    doc = nlp("Bamako accuse Alger d'héberger des rebelles, ce que le gouvernement algérien dément.")
    assert dependency(doc, "gouvernement") == ("nsubj", "dément")

