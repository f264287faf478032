"""Reading and writing the store. Each article is written in one transaction: a run killed
half-way leaves whole articles or none, and a re-run only adds what is missing."""
from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from functools import lru_cache
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chronique.actors.knowledge import OfficeClaim
from chronique.errors import StoreError
from chronique.model import Actor, Article, Event, Mention, Problem
from chronique.store import stories
from chronique.store.schema import SCHEMA_VERSION, migrate


def content_hash(text: str) -> str:
    """Identity of an article's text, whitespace-insensitive: the same text is stored once."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _known(what: str, value: str, choices: frozenset[str]) -> str:
    """``value`` if it is one of ``choices``, else a UsageError naming the closest ones."""
    import difflib

    from chronique.errors import UsageError

    if value in choices:
        return value
    close = difflib.get_close_matches(value, sorted(choices), n=3, cutoff=0.6)
    hint = f"did you mean {' or '.join(close)}?" if close else f"one of: {', '.join(sorted(choices)[:20])}" + (" ..." if len(choices) > 20 else "")
    raise UsageError(f"unknown {what} {value!r}: {hint}")


@lru_cache(maxsize=1)
def _types() -> frozenset[str]:
    from chronique.events.lexicon import TYPES

    return frozenset(TYPES)


@lru_cache(maxsize=1)
def _contexts() -> frozenset[str]:
    from chronique.events.contexts import context_order

    return frozenset(context_order())


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries) | {"IGO", "XKX", "PSE", "ESH"}


STORE_COLUMNS = {
    "sc": "s.country", "tc": "t.country", "type": "e.type", "date": "e.date", "doc_id": "d.doc_id",
    "copy_of": "e.copy_of", "sp": "e.source_person", "tp": "e.target_person", "sk": "s.kind", "tk": "t.kind",
    "sn": "s.name", "tn": "t.name", "guessed": "e.parties_guessed", "has_context": "EXISTS (SELECT 1 FROM json_each(e.contexts) WHERE value = ?)",
}


@dataclass
class EventFilter:
    """What an analyst narrows events by. Dyads are unordered ("MAR-ITA" == "ITA-MAR")."""

    dyad: str | None = None
    type: str | None = None
    context: str | None = None
    since: str | None = None
    until: str | None = None
    country: str | None = None
    doc_id: str | None = None
    persons: tuple[str, ...] = ()   # events naming one of these people or resolved to them
    once: bool = False              # each act once: not the copies republished stories repeat
    no_guesses: bool = False        # only acts whose parties a rule found (Event.parties_guessed unset)

    def __post_init__(self) -> None:
        """Check the filters an analyst typed: a mistyped one must say so, never answer "0
        events". Dates are read as the ingest reads them ("juin 2021", "2021/06") and compared
        as ISO; a type, context or country code must exist (the closest is suggested)."""
        from chronique.errors import UsageError
        from chronique.ingest.dates import parse_date

        for name in ("since", "until"):
            value = getattr(self, name)
            if value:
                try:
                    setattr(self, name, parse_date(value)[0])
                except ValueError as exc:
                    raise UsageError(f"--{name} {value!r}: {exc}") from None
        if self.type:
            self.type = _known("type", self.type.upper(), _types())
        if self.context:
            self.context = _known("context", self.context.lower(), _contexts())
        if self.dyad:
            a, b = parse_dyad(self.dyad)
            for code in (a, b):
                _known("country code", code, _country_codes())
        if self.country:
            _known("country code", self.country.upper(), _country_codes())

    def where(self, columns: dict[str, str] | None = None) -> tuple[str, list[Any]]:
        """The filter as SQL over the store's event query; ``columns`` renames the columns for
        another table with the same meaning (the Parquet dataset: ``DATASET_COLUMNS``)."""
        c = {**STORE_COLUMNS, **(columns or {})}
        clauses, params = [], []
        if self.dyad:
            a, b = parse_dyad(self.dyad)
            clauses.append(f"(({c['sc']} = ? AND {c['tc']} = ?) OR ({c['sc']} = ? AND {c['tc']} = ?))")
            params += [a, b, b, a]
        if self.country:
            clauses.append(f"({c['sc']} = ? OR {c['tc']} = ?)")
            params += [self.country.upper()] * 2
        if self.type:
            clauses.append(f"{c['type']} = ?")
            params.append(self.type.upper())
        if self.context:
            clauses.append(c["has_context"])
            params.append(self.context)
        if self.since:
            clauses.append(f"{c['date']} >= ?")
            params.append(self.since)
        if self.until:
            clauses.append(f"substr({c['date']}, 1, ?) <= ?")
            params += [len(self.until), self.until]
        if self.doc_id:
            clauses.append(f"{c['doc_id']} = ?")
            params.append(self.doc_id)
        if self.once and not self.doc_id:  # one article's own events are all shown
            clauses.append(f"{c['copy_of']} IS NULL")
        if self.no_guesses:
            clauses.append(f"NOT {c['guessed']}")
        if self.persons:
            marks = ",".join("?" * len(self.persons))
            clauses.append(f"({c['sp']} IN ({marks}) OR {c['tp']} IN ({marks})"
                           f" OR ({c['sk']} = 'person' AND {c['sn']} IN ({marks})) OR ({c['tk']} = 'person' AND {c['tn']} IN ({marks})))")
            params += list(self.persons) * 4
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def parse_dyad(dyad: str) -> tuple[str, str]:
    from chronique.errors import UsageError

    parts = [p.strip().upper() for p in dyad.replace("–", "-").split("-")]
    if len(parts) != 2 or not all(len(p) == 3 for p in parts):
        raise UsageError(f"dyad {dyad!r} must be two ISO alpha-3 codes joined by '-', e.g. MAR-ITA")
    return parts[0], parts[1]


EVENT_SELECT = """
SELECT e.id, d.doc_id, d.title,
       CASE WHEN lower(d.source) LIKE 'http://%' OR lower(d.source) LIKE 'https://%' THEN d.source END AS url, sn.text AS sentence, sn.start AS sentence_start, sn.end AS sentence_end,
       e.type, e.mode, e.contexts, e.trigger, e.trigger_start, e.trigger_end, e.date, e.date_precision, e.location, e.object, e.parties_guessed,
       COALESCE(e.source_text, s.name) AS source_name, s.country AS source_country, s.sector AS source_sector, s.kind AS source_kind,
       s.office AS source_office, e.source_person, e.source_person_basis,
       COALESCE(e.target_text, t.name) AS target_name, t.country AS target_country, t.sector AS target_sector, t.kind AS target_kind,
       t.office AS target_office, e.target_person, e.target_person_basis,
       d.story, e.copy_of, e.sources AS reported_by
FROM events e
JOIN documents d ON d.id = e.document_id
JOIN sentences sn ON sn.id = e.sentence_id
LEFT JOIN actors s ON s.id = e.source_id
LEFT JOIN actors t ON t.id = e.target_id
"""


MAX_QUERY_CHARS = 300
# the marks around a search hit's words in ``Store.search``'s "marked" text: control characters
# that news text does not hold (the web page turns them into <mark>, after escaping the text)
HIT_START, HIT_END = "\x02", "\x03"
MAX_QUERY_TERMS = 20


def fts_query(query: str) -> str:
    """A query as typed, made FTS5 syntax: each word a quoted phrase (so "l'Italie" or
    "aujourd'hui" is no syntax error), a trailing * a prefix, AND/OR/NOT kept. A query with a
    double quote is taken as FTS5 syntax already. Bounded: a search is a few words."""
    from chronique.errors import UsageError

    words = query.split()
    if len(query) > MAX_QUERY_CHARS or len(words) > MAX_QUERY_TERMS:
        raise UsageError(f"a search takes at most {MAX_QUERY_TERMS} words and {MAX_QUERY_CHARS} characters "
                         f"(this one: {len(words)} words, {len(query)} characters)")
    if '"' in query:
        return query
    out = []
    for w in words:
        if w in {"AND", "OR", "NOT"}:
            out.append(w)
        elif w.endswith("*") and w.strip("*"):
            out.append(f'"{w.rstrip("*")}"*')
        elif w.strip("*"):
            out.append(f'"{w}"')
    return " ".join(out)


class Store:
    """One SQLite database file (WAL mode), migrated on open."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        """Open (creating and migrating) the store; ``readonly`` opens an existing one for
        reading only, as the web app does: it cannot change a byte of it."""
        self.path = Path(path)
        if readonly and not self.path.is_file():
            raise StoreError(f"no store at {self.path}; create it with `chronique run INPUT --db {self.path}`")
        try:
            if readonly:
                self.conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=30,
                                            check_same_thread=False)
            else:
                self.conn = sqlite3.connect(str(self.path), timeout=30)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc}") from exc
        self.conn.row_factory = sqlite3.Row
        try:
            if readonly:
                version = self.conn.execute("PRAGMA user_version").fetchone()[0]
                if version != SCHEMA_VERSION:
                    raise StoreError(f"{self.path} has schema version {version}, this Chronique reads {SCHEMA_VERSION}; "
                                     f"run `chronique run` on it once to migrate it")
            else:
                self.conn.execute("PRAGMA journal_mode=WAL")
                # WAL + NORMAL: a commit survives the process being killed (what a run must
                # survive); only a power cut may lose the last commits, never corrupt the file
                self.conn.execute("PRAGMA synchronous=NORMAL")
                self.conn.execute("PRAGMA foreign_keys=ON")
                migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not a Chronique store ({exc}); choose another --db path") from exc
        self._actor_ids: dict[str, int] = {}
        self._touched_stories: set[str] = set()

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- writing -----------------------------------------------------------------------------

    def status_of(self, article: Article, text_hash: str | None = None) -> tuple[str, str | None]:
        """'new', 'stored' (same id, same text), 'duplicate' (same text under another id) or 'conflict'.
        ``text_hash``: the text's ``content_hash``, where the caller has it already."""
        h = text_hash or content_hash(article.text)
        row = self.conn.execute("SELECT doc_id, content_hash FROM documents WHERE doc_id = ? OR content_hash = ?", (article.doc_id, h)).fetchone()
        if row is None:
            return "new", None
        if row["doc_id"] == article.doc_id:
            return ("stored", None) if row["content_hash"] == h else ("conflict", row["doc_id"])
        return "duplicate", row["doc_id"]

    def save_article(self, article: Article, sentences: list[tuple[int, int, str]], mentions: list[Mention],
                     events: list[Event], *, home_country: str | None = None, claims: list[OfficeClaim] = (),
                     language: str | None = "fr") -> bool:
        """Write one article and everything found in it, atomically. False if it was already there.
        The same transaction marks the office holders' resolution as stale (see ``meta``)."""
        with self.conn:
            new = self._insert_article(article, sentences, mentions, events, home_country, claims, language)
            self._relink_stories()
            return new

    def save_articles(self, rows: list[tuple[Article, Any, str | None, bytes | None]]) -> list[Any]:
        """Write a batch of (article, analysis or None, language, story signature or None) in one
        transaction (one commit per batch, not per article, is what makes a large run fast).
        ``analysis`` has the fields of ``chronique.pipeline.Analysis``. Returns the analyses of
        the articles that were new (None for an article stored without one)."""
        stored: list[Any] = []
        with self.conn:
            for article, a, language, sig in rows:
                found = (a.sentences, a.mentions, a.events, a.home_country, a.claims) if a else ([], [], [], None, [])
                if self._insert_article(article, *found, language, sig):
                    stored.append(a)
            self._relink_stories()
        return stored

    def _insert_article(self, article: Article, sentences: list[tuple[int, int, str]], mentions: list[Mention],
                        events: list[Event], home_country: str | None, claims: list[OfficeClaim],
                        language: str | None, sig: bytes | None = None) -> bool:
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO documents (doc_id, content_hash, title, source, date, date_precision, text, origin,"
            " home_country, language) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (article.doc_id, content_hash(article.text), article.title, article.source, article.date,
             article.date_precision, article.text, article.origin, home_country, language))
        if cur.rowcount == 0:
            return False
        doc_pk = cur.lastrowid
        self.conn.executemany("INSERT INTO sentences (document_id, idx, start, end, text) VALUES (?,?,?,?,?)",
                              [(doc_pk, i, s, e, t) for i, (s, e, t) in enumerate(sentences)])
        sent_ids = {r[0]: r[1] for r in self.conn.execute("SELECT idx, id FROM sentences WHERE document_id = ?", (doc_pk,))}
        self.conn.executemany("INSERT INTO mentions (document_id, sentence_idx, start, end, text, actor_id) VALUES (?,?,?,?,?,?)",
                              [(doc_pk, m.sentence_index, m.start, m.end, m.text, self._actor_id(m.actor)) for m in mentions])
        self.conn.executemany(
            "INSERT INTO events (document_id, sentence_id, type, mode, source_id, target_id, contexts, trigger, trigger_start,"
            " trigger_end, date, date_precision, location, object, source_text, target_text, parties_guessed)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(doc_pk, sent_ids[e.sentence_index], e.type, e.mode, self._actor_id(e.source), self._actor_id(e.target),
              json.dumps(e.contexts), e.trigger, e.trigger_start, e.trigger_end, e.date, e.date_precision, e.location, e.object,
              e.source.name if e.source else None, e.target.name if e.target else None, int(e.parties_guessed))
             for e in events])
        self.conn.executemany("INSERT INTO office_claims (document_id, sentence_idx, person, country, office, title) VALUES (?,?,?,?,?,?)",
                              [(doc_pk, c.sentence_index, c.person, c.country, c.office, c.title) for c in claims])
        self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('titles_stale', '1')")
        self._join_story(doc_pk, article.doc_id, sig if sig is not None else stories.signature(article.text))
        return True

    def _join_story(self, doc_pk: int, doc_id: str, sig: bytes) -> None:
        """Link the article to the stored articles it republishes (see ``stories``)."""
        keys = stories.band_keys(sig)
        linked = {
            story for story, other in self.conn.execute(
                "SELECT DISTINCT d.story, d.signature FROM story_bands b JOIN documents d ON d.id = b.document_id"
                " WHERE " + " OR ".join(["(b.band = ? AND b.key = ?)"] * len(keys)), [x for k in keys for x in k])
            if stories.similarity(sig, other) >= stories.THRESHOLD
        }
        story = min(linked | {doc_id})
        if linked:  # this article may join two stories into one
            marks = ",".join("?" * len(linked))
            self.conn.execute(f"UPDATE documents SET story = ? WHERE story IN ({marks})", [story, *linked])
            self._touched_stories.add(story)
        self.conn.execute("UPDATE documents SET story = ?, signature = ? WHERE id = ?", (story, sig, doc_pk))
        self.conn.executemany("INSERT OR IGNORE INTO story_bands (band, key, document_id) VALUES (?,?,?)",
                              [(b, k, doc_pk) for b, k in keys])

    def _relink_stories(self) -> None:
        """Mark, in each story that grew, the events that repeat a first report (the earliest
        article's k-th event of the same type, mode, source and target), and count the outlets."""
        for story in sorted(self._touched_stories):
            docs = self.conn.execute("SELECT id, coalesce(nullif(source, ''), doc_id) FROM documents WHERE story = ?"
                                     " ORDER BY date IS NULL, date, doc_id", (story,)).fetchall()
            first: dict[tuple, int] = {}
            outlets: dict[int, set[str]] = {}
            copy_of: dict[int, int | None] = {}
            for doc_pk, outlet in docs:
                seen: Counter[tuple] = Counter()
                for eid, *key in self.conn.execute(
                        "SELECT e.id, e.type, e.mode, e.source_id, e.target_id FROM events e JOIN sentences sn ON sn.id = e.sentence_id"
                        " WHERE e.document_id = ? ORDER BY sn.idx, e.trigger_start, e.id", (doc_pk,)):
                    nth = (*key, seen[tuple(key)])
                    seen[tuple(key)] += 1
                    if nth in first:
                        copy_of[eid] = first[nth]
                        outlets[first[nth]].add(outlet)
                    else:
                        first[nth], copy_of[eid] = eid, None
                        outlets[eid] = {outlet}
            self.conn.executemany("UPDATE events SET copy_of = ?, sources = ? WHERE id = ?",
                                  [(orig, len(outlets[orig if orig is not None else eid]), eid) for eid, orig in copy_of.items()])
        self._touched_stories.clear()

    def titles_stale(self) -> bool:
        """Whether articles were stored since titles were last resolved (a killed run leaves it so)."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'titles_stale'").fetchone()
        return row is not None and row[0] == "1"

    def mark_titles_resolved(self) -> None:
        with self.conn:
            self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('titles_stale', '0')")

    def _actor_id(self, actor: Actor | None) -> int | None:
        if actor is None:
            return None
        key = actor.key()
        if key in self._actor_ids:
            return self._actor_ids[key]
        # a state is one actor row under its usual name ("Chine"), however an article names it
        # ("Pékin"): each event keeps the article's words in source_text / target_text
        from chronique.actors.gazetteer import country_labels

        name = country_labels().get(actor.country, actor.name) if actor.kind == "country" and actor.country else actor.name
        self.conn.execute("INSERT OR IGNORE INTO actors (key, name, country, sector, kind, role, office) VALUES (?,?,?,?,?,?,?)",
                          (key, name, actor.country, actor.sector, actor.kind, actor.role, actor.office))
        aid = self.conn.execute("SELECT id FROM actors WHERE key = ?", (key,)).fetchone()[0]
        self._actor_ids[key] = aid
        return aid

    def add_problems(self, problems: list[Problem], run_id: str | None = None) -> None:
        run_id = run_id or uuid.uuid4().hex[:12]
        with self.conn:
            self.conn.executemany("INSERT INTO problems (run_id, location, message, hint, severity) VALUES (?,?,?,?,?)",
                                  [(run_id, p.where, p.message, p.hint, p.severity) for p in problems])

    # --- watched feeds ---------------------------------------------------------------------

    def feed_state(self, url: str) -> dict:
        row = self.conn.execute("SELECT etag, last_modified FROM feeds WHERE url = ?", (url,)).fetchone()
        return dict(row) if row else {"etag": None, "last_modified": None}

    def set_feed_state(self, url: str, etag: str | None, last_modified: str | None) -> None:
        with self.conn:
            self.conn.execute("INSERT OR REPLACE INTO feeds (url, etag, last_modified, checked_at) VALUES (?,?,?,datetime('now'))",
                              (url, etag, last_modified))

    def item_seen(self, url: str) -> bool:
        return self.conn.execute("SELECT 1 FROM feed_items WHERE url = ?", (url,)).fetchone() is not None

    def mark_items_seen(self, items: list[tuple[str, str, str | None]]) -> None:
        """(item url, feed url, doc id) of items taken: a later cycle skips them."""
        with self.conn:
            self.conn.executemany("INSERT OR IGNORE INTO feed_items (url, feed_url, doc_id) VALUES (?,?,?)", items)

    # --- actor knowledge -------------------------------------------------------------------

    def office_claims(self) -> list[OfficeClaim]:
        """Every sentence of the corpus that ties a named person to an office, dated by its article."""
        sql = ("SELECT c.person, c.country, c.office, c.title, c.sentence_idx, d.doc_id, d.date, sn.text AS sentence"
               " FROM office_claims c JOIN documents d ON d.id = c.document_id"
               " LEFT JOIN sentences sn ON sn.document_id = c.document_id AND sn.idx = c.sentence_idx ORDER BY c.id")
        return [OfficeClaim(r["person"], r["country"], r["office"], r["date"], r["title"] or "", r["doc_id"],
                            r["sentence"] or "", r["sentence_idx"]) for r in self.conn.execute(sql)]

    def attributed_people(self) -> set[str]:
        """The people events were resolved to from a title ("le ministre italien de
        l'Intérieur" = Matteo Piantedosi): they belong in the actors' listing."""
        rows = self.conn.execute("SELECT source_person FROM events WHERE source_person IS NOT NULL"
                                 " UNION SELECT target_person FROM events WHERE target_person IS NOT NULL")
        return {r[0] for r in rows}

    def known_people(self) -> list[dict]:
        """People the user curated or imported: rows with the person as JSON in ``entry``."""
        return [dict(r) for r in self.conn.execute("SELECT * FROM known_people ORDER BY id")]

    def replace_known_people(self, origin: str, basis: str, entries: list[dict], as_of: str | None) -> None:
        """Store the people read from one file, replacing what an earlier import of it stored."""
        with self.conn:
            self.conn.execute("DELETE FROM known_people WHERE origin = ?", (origin,))
            self.conn.executemany("INSERT INTO known_people (name, country, entry, basis, origin, as_of) VALUES (?,?,?,?,?,?)",
                                  [(e["name"], e.get("country"), json.dumps(e, ensure_ascii=False), basis, origin, as_of)
                                   for e in entries])

    def role_actors_in_events(self) -> list[dict]:
        """Each event with a person or an office on a side (or a person already set), with, per
        side, the actor's kind, country and office and the person now stored, for resolving
        titles. The other events (states, bodies: most of them) have no person to find."""
        sql = ("SELECT e.id, coalesce(e.date, d.date) AS date,"
               " s.kind AS source_kind, s.name AS source_name, s.country AS source_country, s.office AS source_office,"
               " t.kind AS target_kind, t.name AS target_name, t.country AS target_country, t.office AS target_office,"
               " e.source_person, e.source_person_basis, e.target_person, e.target_person_basis"
               " FROM events e JOIN documents d ON d.id = e.document_id"
               " LEFT JOIN actors s ON s.id = e.source_id LEFT JOIN actors t ON t.id = e.target_id"
               " WHERE s.kind IN ('person', 'role') OR t.kind IN ('person', 'role')"
               " OR e.source_person IS NOT NULL OR e.target_person IS NOT NULL")
        return [dict(r) for r in self.conn.execute(sql)]

    def set_event_people(self, rows: list[tuple[str | None, str | None, str | None, str | None, int]]) -> None:
        """(source_person, basis, target_person, basis, event id) for each event to change, in one transaction."""
        with self.conn:
            self.conn.executemany("UPDATE events SET source_person = ?, source_person_basis = ?,"
                                  " target_person = ?, target_person_basis = ? WHERE id = ?", rows)

    # --- reading -----------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "sentences", "actors", "mentions", "events", "problems")}

    def events(self, flt: EventFilter | None = None, *, limit: int | None = None, offset: int = 0) -> list[dict]:
        where, params = (flt or EventFilter()).where()
        sql = EVENT_SELECT + where + " ORDER BY e.date, d.doc_id, sn.idx, e.id"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = params + [limit, offset]
        return [_event_row(r) for r in self.conn.execute(sql, params)]

    def iter_events(self, flt: EventFilter | None = None) -> Iterator[dict]:
        where, params = (flt or EventFilter()).where()
        for r in self.conn.execute(EVENT_SELECT + where + " ORDER BY d.doc_id, sn.idx, e.id", params):
            yield _event_row(r)

    def timeline(self, flt: EventFilter | None = None) -> list[dict]:
        """Acts per month and type, each act once."""
        where, params = (flt or EventFilter()).where()
        # an act a republished story repeats is counted once, on its first report
        where = (where + " AND " if where else " WHERE ") + "e.copy_of IS NULL"
        # and an act restated in several sentences of one article once (as the index counts it):
        # one act per article, type and unordered pair of countries (relations.deduplicated)
        sql = ("SELECT substr(e.date, 1, 7) AS month, e.type, count(DISTINCT d.id || '|' || e.type || '|' || "
               "min(coalesce(s.country, ''), coalesce(t.country, '')) || '|' || max(coalesce(s.country, ''), coalesce(t.country, ''))) AS n"
               " FROM events e"
               " JOIN documents d ON d.id = e.document_id JOIN sentences sn ON sn.id = e.sentence_id"
               " LEFT JOIN actors s ON s.id = e.source_id LEFT JOIN actors t ON t.id = e.target_id"
               + where + " GROUP BY month, e.type ORDER BY month, e.type")
        return [dict(r) for r in self.conn.execute(sql, params)]

    def search(self, query: str, *, limit: int = 50) -> list[dict]:
        """Full-text search over sentences: plain words as typed (each word, apostrophes
        included, must be there: "l'Italie" is the phrase l + italie; "migr*" a prefix), or
        FTS5 syntax when the query holds a double quote."""
        from chronique.errors import UsageError

        query = fts_query(query)
        # newest first (an analyst follows a story forward from its latest report), the best
        # match first within a day; the hit's words marked between HIT_START and HIT_END
        sql = ("SELECT sn.id, d.doc_id, d.date, sn.idx, sn.text, snippet(sentences_fts, 0, '[', ']', '…', 12) AS snippet,"
               f" highlight(sentences_fts, 0, '{HIT_START}', '{HIT_END}') AS marked"
               " FROM sentences_fts JOIN sentences sn ON sn.id = sentences_fts.rowid"
               " JOIN documents d ON d.id = sn.document_id WHERE sentences_fts MATCH ?"
               " ORDER BY d.date IS NULL, d.date DESC, rank LIMIT ?")
        try:
            rows = [dict(r) for r in self.conn.execute(sql, (query, limit))]
        except sqlite3.OperationalError as exc:
            raise UsageError(f"cannot search for {query!r}: {exc} (put phrases in double quotes)") from None
        for r in rows:
            r["events"] = [_event_row(e) for e in self.conn.execute(EVENT_SELECT + " WHERE e.sentence_id = ?", (r["id"],))]
        return rows

    def document(self, doc_id: str) -> dict | None:
        """One article with its sentences, actor mentions and events (offsets into its text)."""
        row = self.conn.execute("SELECT * FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        if row is None:
            return None
        doc = {k: v for k, v in dict(row).items() if not isinstance(v, bytes)}  # not the MinHash signature
        doc["sentences"] = [dict(r) for r in self.conn.execute(
            "SELECT idx, start, end, text FROM sentences WHERE document_id = ? ORDER BY idx", (row["id"],))]
        doc["mentions"] = [dict(r) for r in self.conn.execute(
            "SELECT m.start, m.end, m.text, a.name, a.country, a.kind FROM mentions m JOIN actors a ON a.id = m.actor_id"
            " WHERE m.document_id = ? ORDER BY m.start", (row["id"],))]
        doc["events"] = self.events(EventFilter(doc_id=doc_id))
        return doc

    def overview(self) -> dict:
        """Corpus size, date span and the most frequent dyads (unordered country pairs)."""
        span = self.conn.execute("SELECT min(date), max(date) FROM documents").fetchone()
        return {**self.counts(), "first_date": span[0], "last_date": span[1], "top_dyads": self.dyads(limit=15)}

    def dyads(self, limit: int = -1) -> list[dict]:
        """The dyads (unordered pairs of countries) with events, most events first: a, b, n,
        first and last month."""
        return [dict(r) for r in self.conn.execute(
            "SELECT min(s.country, t.country) AS a, max(s.country, t.country) AS b, count(*) AS n,"
            " substr(min(e.date), 1, 7) AS first, substr(max(e.date), 1, 7) AS last"
            " FROM events e JOIN actors s ON s.id = e.source_id JOIN actors t ON t.id = e.target_id"
            " WHERE s.country IS NOT NULL AND t.country IS NOT NULL AND s.country != t.country AND e.copy_of IS NULL"
            " GROUP BY a, b ORDER BY n DESC, a, b LIMIT ?", (limit,))]

    def articles(self, *, limit: int = 50, offset: int = 0) -> list[dict]:
        """Stored articles, newest first, with their number of events."""
        return [dict(r) for r in self.conn.execute(
            "SELECT d.doc_id, d.title, d.date, (SELECT count(*) FROM events e WHERE e.document_id = d.id) AS events"
            " FROM documents d ORDER BY d.date DESC, d.doc_id LIMIT ? OFFSET ?", (limit, offset))]

    def count_events(self, flt: EventFilter | None = None) -> int:
        where, params = (flt or EventFilter()).where()
        sql = ("SELECT count(*) FROM events e JOIN documents d ON d.id = e.document_id JOIN sentences sn ON sn.id = e.sentence_id"
               " LEFT JOIN actors s ON s.id = e.source_id LEFT JOIN actors t ON t.id = e.target_id" + where)
        return self.conn.execute(sql, params).fetchone()[0]

    def problems(self) -> list[dict]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM problems ORDER BY id")]


def _event_row(r: sqlite3.Row) -> dict:
    d = dict(r)
    d["contexts"] = json.loads(d["contexts"] or "[]")
    d["parties_guessed"] = bool(d.get("parties_guessed"))   # SQLite's 0/1
    return d


def event_to_prediction(row: dict) -> dict:
    """A stored event as one line of the evaluation format (../shared/eval/FORMAT.md)."""
    def actor(prefix: str) -> dict | None:
        if row[f"{prefix}_name"] is None:
            return None
        out = {"name": row[f"{prefix}_name"], "country": row[f"{prefix}_country"], "sector": row[f"{prefix}_sector"]}
        if row.get(f"{prefix}_office"):
            out["office"] = row[f"{prefix}_office"]
        if row.get(f"{prefix}_person_basis") not in (None, "text"):
            # a title resolved through the knowledge base: the name stays the article's words
            out["person"] = row[f"{prefix}_person"]
            out["person_basis"] = row[f"{prefix}_person_basis"]
        return out

    return {
        "doc_id": row["doc_id"], "sentence": row["sentence"], "type": row["type"], "mode": row["mode"],
        "source": actor("source"), "target": actor("target"), "contexts": row["contexts"],
        "date": row["date"], "date_precision": row["date_precision"], "location": row["location"],
        "trigger": row["trigger"], "object": row.get("object"), "parties_guessed": row.get("parties_guessed", False),
        # republished stories: the story's id, and whether this row repeats an earlier report
        "story": row.get("story"), "reported_by": row.get("reported_by"), "repeat": row.get("copy_of") is not None,
    }
