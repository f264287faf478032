from tests.conftest import dyads


def test_a_participle_tagged_as_a_noun_is_a_verb_again(nlp):
    # the tagger reads "félicités" as the noun "félicité" after "se sont particulièrement"
    doc = nlp("Le Maroc et la Mauritanie se sont particulièrement félicités de la qualité de leurs relations.")
    word = next(t for t in doc if t.text == "félicités")
    assert (word.pos_, word.lemma_) == ("VERB", "féliciter")
    assert "Part" in word.morph.get("VerbForm")


def test_a_noun_without_a_verbs_auxiliary_stays_a_noun(nlp):
    doc = nlp("La délégation a salué l'entrée en vigueur de l'accord et la qualité de l'armée.")
    assert {t.text: t.pos_ for t in doc}["délégation"] == "NOUN"
    assert {t.text: t.pos_ for t in doc}["armée"] == "NOUN"


def test_the_retagged_participle_gives_the_act(analyse_text):
    _, _, evs = analyse_text("Le Maroc et la Mauritanie se sont particulièrement félicités de la qualité de leurs relations.")
    assert sorted((e.type, e.source.country, e.target.country) for e in evs) == [
        ("SUPPORT", "MAR", "MRT"), ("SUPPORT", "MRT", "MAR")]


def test_a_present_tense_denial_read_as_an_adverb_is_a_verb_again(nlp):
    doc = nlp("Le Rwanda dément catégoriquement ces accusations portées par Kinshasa.")
    word = next(t for t in doc if t.text == "dément")
    assert (word.pos_, word.lemma_) == ("VERB", "démentir")


def test_the_denial_is_coded_with_its_subject(analyse_text):
    _, _, evs = analyse_text("Le Rwanda dément catégoriquement ces accusations portées par Kinshasa.")
    assert [(e.type, e.source.country, e.target.country) for e in evs] == [("REJECT", "RWA", "COD")]


def test_a_verb_whose_table_lemma_is_a_rarer_verb_gets_the_common_one(nlp):
    # "pressent" is "presser" (to urge) in news, not "pressentir" (to sense)
    doc = nlp("Le Sénégal et la Gambie pressent la Guinée de libérer les opposants.")
    word = next(t for t in doc if t.text == "pressent")
    assert (word.pos_, word.lemma_) == ("VERB", "presser")


def test_the_urging_is_a_request_to_each_party(analyse_text):
    _, _, evs = analyse_text("L'Égypte et le Qatar pressent Israël et le Hamas d'accepter une trêve.")
    assert sorted(d for d in dyads(evs)) == [("REQUEST", "EGY", "ISR"), ("REQUEST", "EGY", "PSE"),
                                             ("REQUEST", "QAT", "ISR"), ("REQUEST", "QAT", "PSE")]


def test_a_present_spelled_like_a_noun_gets_its_verbs_lemma(nlp):
    # the lemmatizer's lookup gives the noun's lemma ("demande") to the verb "demande"
    doc = nlp("Le Sénégal demande au Mali de rouvrir la frontière, et la demande reste sans réponse.")
    verb, noun = [t for t in doc if t.text == "demande"]
    assert (verb.pos_, verb.lemma_) == ("VERB", "demander")
    assert (noun.pos_, noun.lemma_) == ("NOUN", "demande")


def test_a_present_tagged_as_a_noun_with_a_subject_is_a_verb_again(nlp):
    doc = nlp("La Turquie menace de lancer une opération militaire en Syrie.")
    word = next(t for t in doc if t.text == "menace")
    assert (word.pos_, word.lemma_) == ("VERB", "menacer")
    assert "Pres" in word.morph.get("Tense")


def test_a_noun_with_a_determiner_or_a_copula_stays_a_noun(nlp):
    for text in ("La menace de lancer une offensive inquiète Ankara.",
                 "Pour Ankara, cette opération est une menace pour la paix."):
        word = next(t for t in nlp(text) if t.text == "menace")
        assert (word.pos_, word.lemma_) == ("NOUN", "menace")



def test_the_threat_in_the_present_is_coded(analyse_text):
    _, _, evs = analyse_text("La Turquie menace de lancer une opération militaire dans le nord de la Syrie.")
    assert dyads(evs) == [("THREATEN", "TUR", "SYR")]
