"""What is wrong with an article's raw text, and what can be mended before NLP.

Scraped corpora arrive in legacy encodings, with HTML left in, as one 10 MB dump, or in the
wrong language. Each check here returns the mended text (or None when nothing can be done) and
the problems to report; the run goes on either way.
"""
from __future__ import annotations

import re
from functools import lru_cache
from html import unescape
from html.parser import HTMLParser

from chronique.model import Problem

# Longer than any news article (about 30,000 words); longer texts are dumps or mistakes, and
# spaCy's parser needs memory in proportion to them
MAX_ARTICLE_CHARS = 200_000
# A file larger than this is not read whole: JSONL is streamed line by line, other shapes refused
MAX_FILE_BYTES = 50_000_000
# The languages an article is told apart from French (lingua, restricted: faster and surer)
LANGUAGES = ("FRENCH", "ENGLISH", "ARABIC", "SPANISH", "GERMAN", "ITALIAN", "PORTUGUESE", "DUTCH")

# The tags that scraped text leaves behind: page structure, not words an article quotes
_LEFTOVER_TAG = re.compile(r"</?(?:p|div|br|span|li|ul|ol|h[1-6]|table|tr|td|section|article|strong|em|b|i|font)\b[^<>]*/?>",
                           re.IGNORECASE)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});")


# What accented French text is made of: a decoding that yields anything else is a wrong guess
FRENCH_NON_ASCII = set("éèêëàâäçîïôöûùüœæÉÈÊËÀÂÇÎÏÔÛÙŒÆ«»’‘“”–—…€°\xa0")


def decode(data: bytes, where: str) -> tuple[str | None, list[Problem]]:
    """Bytes to text: UTF-8 when it is; else the legacy encoding charset-normalizer proposes
    whose reading is plain French (only French accents and punctuation), when the candidates
    that pass agree (a warning says so); else None, with an error."""
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    from charset_normalizer import from_bytes

    readings: dict[str, str] = {}
    for match in from_bytes(data):
        if match.chaos <= 0.2 and match.encoding:
            readings.setdefault(match.encoding, str(match))
    for encoding in ("cp1252", "latin_1"):
        try:
            readings.setdefault(encoding, data.decode(encoding))
        except UnicodeDecodeError:
            pass
    french = {enc: text for enc, text in readings.items()
              if {ch for ch in text if ord(ch) > 127} <= FRENCH_NON_ASCII}
    if french and len(set(french.values())) == 1:
        encoding = "cp1252" if "cp1252" in french else next(iter(french))
        return next(iter(french.values())), [Problem(
            where, f"not UTF-8: read as {encoding} (the first byte UTF-8 cannot decode is at {first_bad})",
            "re-save the file as UTF-8 to be sure of its accents", "warning")]
    return None, [Problem(where, f"not UTF-8 text and its encoding cannot be told for sure (byte {first_bad})",
                          "re-save the file as UTF-8")]


class _TextOnly(HTMLParser):
    """Keeps text, drops tags, scripts and styles; block tags become line breaks."""

    BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr", "section", "article"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in {"script", "style"}:
            self._skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in {"script", "style"} and self._skip:
            self._skip -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def strip_markup(text: str) -> tuple[str, bool]:
    """Text with HTML left in ("<p>Le ministre ...</p>", "&nbsp;") made plain; True if it had any.
    It takes two page-structure tags or entities: a lone "<" in prose, or an article quoting
    "<script>", is text and stays text (the web app shows it escaped)."""
    if len(_LEFTOVER_TAG.findall(text)) + len(_ENTITY.findall(text)) < 2:
        return text, False
    parser = _TextOnly()
    parser.feed(text)
    parser.close()
    plain = unescape("".join(parser.parts)).replace("\xa0", " ")
    plain = re.sub(r"[ \t]+", " ", plain)
    plain = re.sub(r"\n\s*\n\s*", "\n\n", plain).strip()
    return plain, True


# lingua's low-accuracy mode (trigram models only) agrees with its high-accuracy one on every
# article and sentence of 120+ characters we compared (1,400 texts, eight languages) at a
# fifteenth of the memory (13 MB against 190 MB a process) and of the loading time (0.1 s
# against 2.1 s); below that length lingua advises its high-accuracy mode, loaded only then
SHORT_SAMPLE = 120


@lru_cache(maxsize=2)
def _detector(low_accuracy: bool):
    from lingua import Language, LanguageDetectorBuilder

    builder = LanguageDetectorBuilder.from_languages(*(getattr(Language, name) for name in LANGUAGES))
    return (builder.with_low_accuracy_mode() if low_accuracy else builder).build()


def warm_up() -> None:
    """Load the language detector and its models now (before worker processes fork, so they
    share them)."""
    _detector(True).detect_language_of("Le ministre a reçu son homologue à Rabat pour évoquer la coopération bilatérale "
                                       "et la lutte contre la migration irrégulière, selon un communiqué.")


# Words of French alone among the languages above (no Spanish, Italian, Portuguese, English or
# German word is spelt so): in the first 1,000 characters of the 158 annotated French articles
# they are 6.7 % of the words at the least (13.6 % the median), in the same sentence in six other
# languages 0-3 %
FRENCH_ONLY = frozenset({"les", "des", "du", "et", "est", "une", "dans", "pour", "sur", "au", "aux", "avec", "ont",
                         "été", "cette"})
_WORD = re.compile(r"[^\W\d_]+")


def clearly_french(sample: str, *, share: float = 0.05, at_least: int = 6) -> bool:
    """Whether a text is French beyond doubt: ``at_least`` words and ``share`` of its words are
    FRENCH_ONLY's. A run asks it of every article before the language detector, which then
    reads only the others: on benchmarks/bench.py's 2,000 articles the detector took 0.99 s of
    CPU, the shortcut 0.12 s (the parse about 100 s: 1 % of the run, and a twentieth of
    Chronique's own time on top of the parse)."""
    words = _WORD.findall(sample.lower())
    found = sum(w in FRENCH_ONLY for w in words)
    return found >= at_least and found >= share * len(words)


def language_of(text: str) -> str | None:
    """ISO 639-1 code of the text's language ("fr", "en", "ar", ...), None when unsure."""
    sample = text[:1000]  # plenty to tell languages apart; the detector's time grows with it
    if sum(ch.isalpha() for ch in sample) < 20:
        return None
    if clearly_french(sample):
        return "fr"
    lang = _detector(len(sample) >= SHORT_SAMPLE).detect_language_of(sample)
    return lang.iso_code_639_1.name.lower() if lang is not None else None
