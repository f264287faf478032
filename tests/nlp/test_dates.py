from chronique.nlp.dates import FACTORY, misplaced_phrases
from tests.conftest import dependency, dyads


def test_a_phrase_hung_on_a_date_is_the_verbs_object_again(nlp):
    # the parser hangs "la fermeture" on "mercredi", "des diplomates" on "octobre" (a chain of
    # date words, the article read as "de les"), "l'ambassade" on "dimanche"
    doc = nlp("Le Niger a décidé mercredi la fermeture immédiate de son espace aérien à tous les avions béninois.")
    assert dependency(doc, "fermeture") == ("obj", "décidé")
    doc = nlp("Le Togo a expulsé lundi 12 octobre des diplomates ghanéens.")
    assert dependency(doc, "diplomates") == ("obj", "expulsé")
    assert dependency(doc, "des") == ("det", "diplomates")
    assert dependency(doc, "lundi") == ("obl:mod", "expulsé")
    doc = nlp("Le Kenya a rouvert dimanche l'ambassade de son pays à Mogadiscio.")
    assert dependency(doc, "ambassade") == ("obj", "rouvert")


def test_a_dates_own_complement_stays_the_dates(nlp):
    # "de la semaine dernière" says which Tuesday: not the verb's
    component = nlp.get_pipe(FACTORY)
    with nlp.select_pipes(disable=[FACTORY]):
        doc = nlp("Le ministre a reçu mardi de la semaine dernière son homologue.")
    assert misplaced_phrases(doc, component.ids) == []


def test_a_name_after_a_date_is_the_verbs(nlp, analyse_rules):
    # "de Côte d'Ivoire" after "lundi" says where from, not which Monday
    doc = nlp("Un opposant a été extradé lundi de Côte d'Ivoire vers le Burkina Faso.")
    assert dependency(doc, "Côte") == ("obl:mod", "extradé")
    _, _, evs = analyse_rules("Trois diplomates russes ont été expulsés jeudi de Pologne.")
    assert dyads(evs) == [("SANCTION", "POL", "RUS")]


def test_the_decided_closure_is_coded(analyse_text):
    # with "la fermeture" the object of "décidé", the closure is an act decided, not a word
    _, _, evs = analyse_text("Le Niger a décidé mercredi la fermeture immédiate de son espace aérien à tous les avions béninois.")
    assert ("SANCTION", "NER", "BEN") in dyads(evs)


def test_a_date_the_parser_made_an_object_is_an_adjunct(nlp):
    doc = nlp("L'armée russe a lancé lundi des manœuvres militaires près de la frontière finlandaise.")
    assert dependency(doc, "lundi") == ("obl:mod", "lancé")


def test_a_second_object_hung_on_the_date_is_the_first_ones_conjunct(nlp, analyse_rules):
    # the parser hangs "Tokyo" on "lundi": the warning is to both capitals
    doc = nlp("Pékin a mis en garde lundi Washington et Tokyo contre toute provocation.")
    assert dependency(doc, "Tokyo") == ("conj", "Washington")
    doc = nlp("Le Japon a sanctionné vendredi la Russie et la Biélorussie.")
    assert dependency(doc, "Russie") == ("obj", "sanctionné")   # the first, hung on the date too
    assert sorted(dyads(analyse_rules("Le Japon a sanctionné vendredi la Russie et la Biélorussie.")[2])) == [
        ("SANCTION", "JPN", "BLR"), ("SANCTION", "JPN", "RUS")]
