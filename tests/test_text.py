"""Folding: the key every dictionary look-up (actors, lexicon, contexts, stories) is made with."""
import sys
import unicodedata

from chronique.text import fold


def _reference(s: str) -> str:
    """fold as defined: apostrophes unified, NFKD, every combining mark dropped, runs of white
    space made one space, trimmed, lower-cased."""
    for quote in "\u2019\u2018\u02bc`":
        s = s.replace(quote, "'")
    s = unicodedata.normalize("NFKD", s.replace("\u00a0", " "))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return " ".join(s.split()).lower()


def test_fold_examples():
    assert fold("Côte d’Ivoire") == "cote d'ivoire"
    assert fold("  Le  Président\u00a0de la République  ") == "le president de la republique"
    assert fold("ÉTATS-UNIS") == "etats-unis"
    assert fold("Ministre de l`Intérieur, Abdelouafi Laftit, a reçu à Rabat son homologue") == \
        "ministre de l'interieur, abdelouafi laftit, a recu a rabat son homologue"


def test_fold_is_its_definition_over_all_of_unicode():
    """The fast path (one regex over the Basic Multilingual Plane) must strip exactly the marks
    the definition strips, astral ones included, in short (memoised) and long texts alike."""
    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000]
    text = "".join(chars)
    assert fold(text) == _reference(text)
    # each mark after a letter, as NFKD leaves it: "e" + mark, short and long
    marks = [ch for ch in chars if unicodedata.combining(ch)]
    assert any(ord(m) > 0xFFFF for m in marks)
    for m in marks:
        assert fold("e" + m) == _reference("e" + m)
    long_text = " ".join("Sé" + m + "curité" for m in marks)
    assert fold(long_text) == _reference(long_text)
