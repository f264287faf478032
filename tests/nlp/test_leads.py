from tests.conftest import dependency


def test_a_lead_verb_spelled_like_a_noun_is_the_sentences_verb_again(nlp):
    # "bombarde" (a bombard) was read as a noun hung on "Turquie", the sentence's root
    doc = nlp("La Turquie bombarde des positions kurdes dans le nord de la Syrie.")
    verb = next(t for t in doc if t.text == "bombarde")
    assert (verb.dep_, verb.pos_, verb.lemma_) == ("ROOT", "VERB", "bombarder")
    assert dependency(doc, "Turquie") == ("nsubj", "bombarde")
    assert dependency(doc, "positions") == ("obj", "bombarde")
    assert next(t for t in doc if t.text == "des").pos_ == "DET"   # the partitive, an article again
    assert dependency(doc, "nord") == ("obl:mod", "bombarde")
    assert len(list(doc.sents)) == 1


def test_a_lead_verb_read_as_an_adjective_takes_the_root_for_its_object(nlp):
    # "ferme" was an adjective of "Sénégal", and "frontière" the root
    doc = nlp("Le Sénégal ferme sa frontière avec la Gambie.")
    assert dependency(doc, "ferme") == ("ROOT", "ferme")
    assert dependency(doc, "Sénégal") == ("nsubj", "ferme")
    assert dependency(doc, "frontière") == ("obj", "ferme")
    doc = nlp("Le Mali expulse l'ambassadeur de France, accusé d'ingérence.")
    assert dependency(doc, "Mali") == ("nsubj", "expulse")
    assert dependency(doc, "ambassadeur") == ("obj", "expulse")


def test_sentences_around_a_repaired_lead_keep_their_bounds(nlp):
    doc = nlp("Une première phrase sans histoire.\nLe Sénégal ferme sa frontière avec la Gambie. Le Mali proteste aussitôt.")
    assert [s.text.strip() for s in doc.sents] == [
        "Une première phrase sans histoire.", "Le Sénégal ferme sa frontière avec la Gambie.", "Le Mali proteste aussitôt."]


def test_verbless_phrases_keep_their_adjectives(nlp):
    # the lemmatizer knows "graver", "politiquer", "critiquer": the sentence must look like a lead
    for text, word in [("Une situation grave à la frontière.", "grave"),
                       ("La commission politique des Nations unies.", "politique"),
                       ("La situation critique du pays.", "critique"),
                       ("Dans une déclaration conjointe, les deux pays condamnent l'attaque.", "conjointe")]:
        doc = nlp(text)
        tok = next(t for t in doc if t.text == word)
        assert tok.pos_ == "ADJ" and tok.dep_ == "amod", text
