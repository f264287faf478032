"""The model's regexes built cheaply: the same compiled code as re's, from a cache or not."""
import re
from re import _compiler

from chronique.nlp import regexes


def test_a_pattern_compiled_while_the_model_loads_is_the_stock_pattern():
    """_charsets_optimised_once memoises re's character-class optimisation during the load: the
    compiled code must be the one re builds without it, and the stock function is back after."""
    from re import _parser

    from spacy.lang.char_classes import ALPHA_LOWER

    stock = _compiler._optimize_charset
    pattern = "(?iu)" + "|".join(f"(?:^{w}[-‐][{ALPHA_LOWER}]+$)" for w in ("contre", "anti", "néo", "ex"))
    flags = re.compile(pattern).flags
    expected = _compiler._code(_parser.parse(pattern, flags), flags)
    with regexes._charsets_optimised_once():
        assert _compiler._optimize_charset is not stock
        got = _compiler._code(_parser.parse(pattern, flags), flags)
    assert got == expected
    assert _compiler._optimize_charset is stock


PATTERNS = [r"(?iu)^(?:anti|contre)[-‐]\w+$", r"(?P<word>[A-Z][a-zé]+)\s+(?P=word)", r"[^\W\d_]{4,}", rb"\x00+"]


def test_a_pattern_built_from_the_cache_is_the_one_re_compiles(tmp_path, monkeypatch):
    stock = _compiler.compile
    asked = []

    def counted(p, flags=0):
        asked.append(p)
        return stock(p, flags)

    monkeypatch.setattr(_compiler, "compile", counted)
    cache = tmp_path / "regexes.json"
    expected = [stock(p, 0) for p in PATTERNS]
    for _ in range(2):
        re.purge()  # (re keeps its own cache within a process)
        with regexes._compiled_from_cache(cache):
            got = [re.compile(p) for p in PATTERNS]
        assert got == expected                      # a Pattern compares by its pattern, flags and code
        assert asked == PATTERNS                    # compiled anew in the first round only
        assert cache.exists()
    assert _compiler.compile is counted             # the function found is put back
    assert got[1].match("Paris Paris").group("word") == "Paris" and got[3].flags & re.UNICODE == 0


def test_an_unreadable_cache_is_no_error(tmp_path):
    cache = tmp_path / "regexes.json"
    cache.write_bytes(b"not json {")
    re.purge()
    with regexes._compiled_from_cache(cache):
        assert re.compile(PATTERNS[2]).match("Maroc")
    with regexes._compiled_from_cache(tmp_path / "file" / "under" / "a-file.json"):
        (tmp_path / "file").write_text("a file where a folder should be")
        re.purge()
        assert re.compile(PATTERNS[0]).match("anti-France")   # nothing written, nothing raised


def test_the_cache_can_be_turned_off(monkeypatch, tmp_path):
    monkeypatch.setenv("CHRONIQUE_CACHE", "off")
    assert regexes.cache_file() is None
    monkeypatch.setenv("CHRONIQUE_CACHE", str(tmp_path))
    assert regexes.cache_file().parent == tmp_path
