"""A memo for the rules that ask the same question of the same tokens of one article.

spaCy builds a new ``Token`` at every ``doc[i]``, ``token.head`` or ``token.children``: a rule
that climbs from each word of a phrase to its head asks "is this an aside?" of the same tokens
again and again, and each question builds the tokens anew. ``memo(doc)`` is a dict that lasts
while ``doc`` is the article being read: one slot, since a process reads one article at a
time (and a second thread's article only empties the slot, it never reads another's)."""
from __future__ import annotations

from spacy.tokens import Doc

_slot: tuple[Doc, dict] | None = None


def memo(doc: Doc) -> dict:
    """The memo of ``doc``, empty the first time it is asked for."""
    global _slot
    slot = _slot
    if slot is None or slot[0] is not doc:
        slot = _slot = (doc, {})
    return slot[1]
