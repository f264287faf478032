"""The schema, as numbered migrations applied in order, one transaction each.

``PRAGMA user_version`` records how far a file has been migrated, so an old store opens in a
new Chronique and is brought up to date; a store newer than this code is refused.
"""
from __future__ import annotations

import sqlite3

MIGRATIONS: list[str] = [
    # 1: the first schema
    """
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        title TEXT, source TEXT, date TEXT, date_precision TEXT,
        text TEXT NOT NULL, origin TEXT, home_country TEXT,
        ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE TABLE sentences (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (document_id, idx)
    );
    CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
    CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
        INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
    END;
    CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
        INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END;
    CREATE TABLE actors (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL, country TEXT, sector TEXT, kind TEXT NOT NULL, role TEXT
    );
    CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        sentence_idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
        text TEXT NOT NULL,
        actor_id INTEGER NOT NULL REFERENCES actors(id)
    );
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
        type TEXT NOT NULL, mode TEXT,
        source_id INTEGER REFERENCES actors(id), target_id INTEGER REFERENCES actors(id),
        contexts TEXT NOT NULL DEFAULT '[]',
        trigger TEXT, trigger_start INTEGER, trigger_end INTEGER,
        date TEXT, date_precision TEXT, location TEXT
    );
    CREATE INDEX events_type ON events(type);
    CREATE INDEX events_date ON events(date);
    CREATE INDEX events_document ON events(document_id);
    CREATE INDEX mentions_actor ON mentions(actor_id);
    CREATE TABLE problems (
        id INTEGER PRIMARY KEY,
        run_id TEXT NOT NULL, location TEXT NOT NULL, message TEXT NOT NULL, hint TEXT,
        severity TEXT NOT NULL DEFAULT 'error',
        created_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    """,
    # 2: actors over time: offices of actors, office claims found in articles, curated people,
    #    and the person each role-only event actor was resolved to
    """
    ALTER TABLE actors ADD COLUMN office TEXT;
    CREATE TABLE office_claims (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        sentence_idx INTEGER NOT NULL,
        person TEXT NOT NULL, country TEXT, office TEXT NOT NULL, title TEXT
    );
    CREATE INDEX office_claims_office ON office_claims(country, office);
    CREATE TABLE known_people (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL, country TEXT,
        entry TEXT NOT NULL,            -- the person as JSON: name, country, aliases, offices
        basis TEXT NOT NULL,            -- user (an actors.yaml) | table (CSV/JSON office holders)
        origin TEXT NOT NULL,           -- the file it came from; re-importing it replaces its rows
        as_of TEXT,                     -- when the file was imported: an open end was true then
        imported_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE INDEX known_people_origin ON known_people(origin);
    ALTER TABLE events ADD COLUMN source_person TEXT;
    ALTER TABLE events ADD COLUMN source_person_basis TEXT;
    ALTER TABLE events ADD COLUMN target_person TEXT;
    ALTER TABLE events ADD COLUMN target_person_basis TEXT;
    """,
    # 3: the language of each article (non-French ones are stored, not coded), and a little
    #    bookkeeping that survives a killed run
    """
    ALTER TABLE documents ADD COLUMN language TEXT;
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
    """,
    # 4: watched feeds (for conditional GET) and the items already taken from them
    """
    CREATE TABLE feeds (
        url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, checked_at TEXT
    );
    CREATE TABLE feed_items (
        url TEXT PRIMARY KEY, feed_url TEXT NOT NULL, doc_id TEXT,
        seen_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    """,
    # 5: what an act is about, as the article words it ("la mise en place d'un GMMP"): the
    #    object of agreements and commitments the dyad brief follows up
    """
    ALTER TABLE events ADD COLUMN object TEXT;
    """,
    # 6: stories — one article republished by several outlets (chronique.store.stories): the
    #    article's MinHash signature and LSH band keys, its story, and for each event the first
    #    report it repeats (NULL: it is the first) and how many outlets reported it
    """
    ALTER TABLE documents ADD COLUMN story TEXT;
    ALTER TABLE documents ADD COLUMN signature BLOB;
    UPDATE documents SET story = doc_id;
    CREATE INDEX documents_story ON documents(story);
    CREATE TABLE story_bands (
        band INTEGER NOT NULL, key BLOB NOT NULL, document_id INTEGER NOT NULL REFERENCES documents(id),
        PRIMARY KEY (band, key, document_id)
    ) WITHOUT ROWID;
    ALTER TABLE events ADD COLUMN copy_of INTEGER REFERENCES events(id);
    ALTER TABLE events ADD COLUMN sources INTEGER NOT NULL DEFAULT 1;
    CREATE INDEX events_copy_of ON events(copy_of);
    """,
    # 7: each event's actors named as its article names them: one actor row stands for every
    #    spelling that folds alike ("Erdogan", "Erdoğan"), but an event's evidence is its article's
    """
    ALTER TABLE events ADD COLUMN source_text TEXT;
    ALTER TABLE events ADD COLUMN target_text TEXT;
    """,
    # 8: a state is one actor whatever an article calls it ("Pékin", "la Chine"): its key is its
    #    code (model.Actor.key); stores written before keyed it by its usual name
    """
    UPDATE OR IGNORE actors SET key = 'country::' || country WHERE kind = 'country' AND country IS NOT NULL;
    """,
    # 9: events whose parties no rule found, coded with the nearest ones (model.Event.parties_guessed)
    """
    ALTER TABLE events ADD COLUMN parties_guessed INTEGER NOT NULL DEFAULT 0;
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database up to SCHEMA_VERSION; return the version it had before."""
    from chronique.errors import StoreError

    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > SCHEMA_VERSION:
        raise StoreError(f"this store has schema version {current}, newer than this Chronique ({SCHEMA_VERSION}); upgrade Chronique")
    for version in range(current, SCHEMA_VERSION):
        with conn:
            conn.executescript("BEGIN;" + MIGRATIONS[version] + f"; PRAGMA user_version = {version + 1};")
    return current
