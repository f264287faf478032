"""Language check: French articles are coded, others stored and reported."""
import pytest

from chronique.ingest.hygiene import SHORT_SAMPLE, clearly_french, language_of

# my own sentences, one a language, each over SHORT_SAMPLE characters (the low-accuracy detector)
SENTENCES = {
    "fr": "Le ministre marocain des Affaires étrangères a reçu lundi à Rabat son homologue espagnol pour évoquer la migration et la lutte contre le terrorisme.",
    "en": "The Moroccan foreign minister met his Spanish counterpart in Rabat on Monday to discuss migration and the fight against terrorism, the ministry said.",
    "es": "El ministro de Asuntos Exteriores marroquí se reunió el lunes en Rabat con su homólogo español para hablar de migración y de la lucha contra el terrorismo.",
    "de": "Der marokkanische Außenminister traf am Montag in Rabat seinen spanischen Amtskollegen, um über Migration und den Kampf gegen den Terrorismus zu sprechen.",
    "it": "Il ministro degli Esteri marocchino ha incontrato lunedì a Rabat il suo omologo spagnolo per discutere di migrazione e di lotta al terrorismo, secondo una nota.",
    "pt": "O ministro dos Negócios Estrangeiros marroquino reuniu-se na segunda-feira em Rabat com o seu homólogo espanhol para discutir migração e a luta contra o terrorismo.",
    "nl": "De Marokkaanse minister van Buitenlandse Zaken heeft maandag in Rabat zijn Spaanse ambtgenoot ontmoet om te praten over migratie en de strijd tegen terrorisme.",
    "ar": "التقى وزير الخارجية المغربي يوم الاثنين في الرباط بنظيره الإسباني لبحث قضايا الهجرة ومكافحة الإرهاب، حسب ما أفادت به الوزارة في بيان صادر عنها مساء اليوم نفسه.",
}


@pytest.mark.parametrize("code", sorted(SENTENCES))
def test_each_language_is_told_apart(code):
    assert len(SENTENCES[code]) >= SHORT_SAMPLE
    assert language_of(SENTENCES[code]) == code


def test_only_french_passes_the_detectors_shortcut():
    # the words of French alone let a French article skip the detector; no other language does
    article = ("Le ministre sénégalais des Affaires étrangères a reçu mardi à Dakar son homologue gambien. "
               "Les deux ministres ont évoqué la sécurité aux frontières et la pêche, selon un communiqué. "
               "Cette visite est la première depuis la crise de 2017, et les deux pays ont signé un accord "
               "sur la circulation des personnes dans la région.")
    assert clearly_french(article) and language_of(article) == "fr"
    assert not [code for code, text in SENTENCES.items() if code != "fr" and clearly_french(text)]
    # one French sentence has too few such words to say: the detector reads it
    assert not clearly_french(SENTENCES["fr"]) and language_of(SENTENCES["fr"]) == "fr"
    quoting = ("The Senegalese president said on Monday that the talks were \"une étape importante pour la "
               "paix dans la région\", before leaving for Paris, where he will meet European leaders.")
    assert not clearly_french(quoting) and language_of(quoting) == "en"


def test_short_texts_are_told_apart_too():
    """Below SHORT_SAMPLE characters the high-accuracy detector is used."""
    assert language_of("Le Maroc et l'Espagne renforcent leur coopération.") == "fr"
    assert language_of("Morocco and Spain strengthen their cooperation.") == "en"
    assert language_of("12 / 03 / 2024 — 10:45") is None  # too few letters to say
