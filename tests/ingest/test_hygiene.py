"""Language check: French articles are coded, others stored and reported."""
import pytest

from chronique.ingest.hygiene import SHORT_SAMPLE, language_of

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


def test_short_texts_are_told_apart_too():
    """Below SHORT_SAMPLE characters the high-accuracy detector is used."""
    assert language_of("Le Maroc et l'Espagne renforcent leur coopération.") == "fr"
    assert language_of("Morocco and Spain strengthen their cooperation.") == "en"
    assert language_of("12 / 03 / 2024 — 10:45") is None  # too few letters to say
