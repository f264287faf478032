from chronique.actors import load_gazetteer


def codes(nlp, text):
    return [(p.place.code, p.place.kind) for p in load_gazetteer().find(nlp(text))]


def test_country_names_from_pycountry_and_adjectives_from_data(nlp):
    found = codes(nlp, "Le Royaume du Maroc et les autorités italiennes ont reçu la délégation de l'Allemagne.")
    assert ("MAR", "country") in found and ("ITA", "adjective") in found and ("DEU", "country") in found


def test_common_nouns_are_not_countries(nlp):
    # "réunion" is La Réunion only with a capital letter
    assert codes(nlp, "Une réunion de travail s'est tenue hier.") == []


def test_compound_adjective_and_capital(nlp):
    found = codes(nlp, "Le groupe maroco-français s'est réuni à Alger.")
    assert ("MAR", "adjective") in found and ("DZA", "capital") in found


def test_organisations_are_igo(nlp):
    [p] = load_gazetteer().find(nlp("L'Union européenne a adopté des sanctions."))
    assert p.place.country == "IGO"
