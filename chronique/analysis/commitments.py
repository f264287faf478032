"""Commitments and institutions a dyad's events create, and the later events that follow them up.

A commitment is an agreement, a concession or a pledge to cooperate whose object the article
words ("la mise en place d'un Groupe Migratoire Mixte Permanent (GMMP)", "le retour des mineurs
non accompagnés dûment identifiés"). It is an institution when the object creates a body.
A later event of the same dyad follows it up when its sentence names the institution (by its
acronym or its expansion) or repeats most of the commitment's key words ("le retour de vingt
mineurs non accompagnés").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from chronique.text import fold

COMMITTING = {"AGREE", "CONCEDE", "COOPERATE", "AID"}
CREATION = re.compile(r"\b(mise en place|creation|creer|instituer|institution|lancement|etablissement)\b")
ACRONYM = re.compile(r"((?:[A-ZÉÈ][\w'’-]*\s+)(?:[\w'’-]+\s+){0,6}?[\w'’-]+)\s*\(([A-Z][A-Z0-9]{1,9})\)")
FUNCTION_WORDS = {"de", "du", "des", "d'", "la", "le", "les", "l'", "et", "pour", "en", "sur", "a", "au", "aux"}
STOP = {"les", "des", "une", "dans", "pour", "avec", "entre", "leur", "leurs", "cette", "sont", "tous", "toutes",
        "mise", "place", "volonte", "cadre", "matiere", "niveau", "moyens", "ensemble", "autres", "deux"}


@dataclass
class Commitment:
    event: dict
    kind: str                          # institution | agreement | commitment
    object: str
    acronyms: dict[str, str] = field(default_factory=dict)   # GMMP -> Groupe Migratoire Mixte Permanent
    follow_ups: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        e = self.event
        return {"kind": self.kind, "object": self.object, "acronyms": self.acronyms, "date": e["date"], "type": e["type"],
                "source": e["source_name"], "target": e["target_name"], "sentence": e["sentence"], "doc_id": e["doc_id"],
                "title": e.get("title"), "url": e.get("url"),
                "follow_ups": [{k: f.get(k) for k in ("date", "type", "source_name", "target_name", "sentence", "doc_id",
                                                       "title", "url")} for f in self.follow_ups]}


def acronyms_in(texts: list[str]) -> dict[str, str]:
    """"Groupe Migratoire Mixte Permanent (GMMP)" -> {"GMMP": "Groupe Migratoire Mixte Permanent"}:
    the expansion is the words before the parenthesis whose initials (of its capitalised words,
    or of all but its function words: "Comité mixte de suivi migratoire (CMSM)") spell it."""
    found: dict[str, str] = {}
    for text in texts:
        for m in ACRONYM.finditer(text):
            words, acr = m.group(1).split(), m.group(2)
            for start in range(len(words)):
                tail = words[start:]
                capitals = "".join(w[0] for w in tail if w[0].isupper())
                content = "".join(w[0].upper() for w in tail if fold(w) not in FUNCTION_WORDS)
                if acr in (capitals, content) and tail[0][0].isupper():
                    found.setdefault(acr, " ".join(tail))
                    break
    return found


def key_words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", fold(text)) if len(w) >= 4 and w not in STOP}


def commitments(events: list[dict]) -> list[Commitment]:
    """The dyad's commitments, oldest first, each with its follow-ups (later events)."""
    acronyms = acronyms_in([e["sentence"] for e in events])
    out: list[Commitment] = []
    for e in sorted(events, key=lambda e: (e.get("date") or "", e["doc_id"])):
        obj = (e.get("object") or "").strip()
        if e["type"] not in COMMITTING or len(obj.split()) < 3:
            continue
        if any(_same(c, e) for c in out):
            continue                   # one commitment restated in the article
        named = {a: x for a, x in acronyms.items() if a in obj or fold(x) in fold(obj)}
        kind = "institution" if CREATION.search(fold(obj)) else "agreement" if e["type"] == "AGREE" else "commitment"
        out.append(Commitment(e, kind, obj, named))
    for c in out:
        keys = key_words(c.object)
        for e in events:
            if (e.get("date") or "") <= (c.event.get("date") or "") or e["doc_id"] == c.event["doc_id"]:
                continue
            text = e["sentence"]
            by_name = any(re.search(rf"\b{re.escape(a)}\b", text) or fold(x) in fold(text) for a, x in c.acronyms.items())
            shared = keys & key_words(text)
            if by_name or (len(keys) >= 2 and len(shared) >= max(2, 0.6 * len(keys))):
                c.follow_ups.append(e)
    return out


def _same(c: Commitment, e: dict) -> bool:
    return c.event["doc_id"] == e["doc_id"] and fold(c.object) == fold(e.get("object") or "")
