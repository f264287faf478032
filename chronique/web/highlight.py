"""Cutting article text into segments to highlight, so that templates escape every piece of it.

No HTML is built here: a segment is plain text with a CSS class, and the template's autoescape
turns any "<script>" of an article into text. That is the whole defence against hostile text.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    text: str
    cls: str = ""       # "" | trigger | actor
    title: str = ""     # a tooltip: the actor resolved, the event's type


def segments(text: str, spans: list[tuple[int, int, str, str]]) -> list[Segment]:
    """Split ``text`` at ``spans`` (start, end, cls, title); earlier spans in the list win
    where two overlap, so pass triggers before mentions."""
    taken: list[tuple[int, int, str, str]] = []
    for s, e, cls, title in spans:
        s, e = max(0, s), min(len(text), e)
        if s < e and all(e <= ts or s >= te for ts, te, _, _ in taken):
            taken.append((s, e, cls, title))
    out, pos = [], 0
    for s, e, cls, title in sorted(taken):
        if s > pos:
            out.append(Segment(text[pos:s]))
        out.append(Segment(text[s:e], cls, title))
        pos = e
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out


def event_sentence(event: dict) -> list[Segment]:
    """An event's evidence sentence with its trigger and the names of its actors marked."""
    sentence = event["sentence"]
    spans = []
    if event.get("trigger_start") is not None and event.get("sentence_start") is not None:
        s = event["trigger_start"] - event["sentence_start"]
        spans.append((s, s + (event["trigger_end"] - event["trigger_start"]), "trigger", event["type"]))
    lowered = sentence.lower()
    for side in ("source", "target"):
        name = event.get(f"{side}_name")
        if name:
            i = lowered.find(name.lower())
            if i >= 0:
                spans.append((i, i + len(name), "actor", f"{side}: {name} ({event.get(f'{side}_country') or '?'})"))
    return segments(sentence, spans)


def article_text(doc: dict) -> list[Segment]:
    """An article's text with every event trigger and actor mention marked."""
    spans = [(e["trigger_start"], e["trigger_end"], "trigger", e["type"]) for e in doc["events"] if e.get("trigger_start") is not None]
    spans += [(m["start"], m["end"], "actor", f"{m['name']} ({m['country'] or '?'})") for m in doc["mentions"]]
    return segments(doc["text"], spans)
