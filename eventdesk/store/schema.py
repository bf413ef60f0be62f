"""The store's schema as numbered migrations (PRAGMA user_version), documented in
docs/SCHEMA.md. Plain tables and TEXT ISO dates so the file opens as-is in Datasette."""

from __future__ import annotations

import sqlite3

from eventdesk.errors import StoreError

# "EVDS": marks the file as an eventdesk store for tools like `file` and for open().
APPLICATION_ID = 0x45564453

# Append only: migration N (1-based) upgrades a store at user_version N-1 to N.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT
    );
    INSERT INTO meta (key, value) VALUES ('application', 'eventdesk');

    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL,
        outlet TEXT,
        url TEXT,
        title TEXT,
        published TEXT,
        source_path TEXT,
        extractor_version TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX documents_published ON documents (published);

    CREATE TABLE clusters (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        event_type TEXT NOT NULL COLLATE NOCASE,
        sub_event_type TEXT,
        event_date TEXT,
        time_precision INTEGER,
        country TEXT COLLATE NOCASE,
        admin1 TEXT COLLATE NOCASE,
        location TEXT,
        latitude REAL,
        longitude REAL,
        geo_precision INTEGER,
        actor1 TEXT,
        actor2 TEXT,
        actors TEXT NOT NULL DEFAULT '',
        n_sources INTEGER NOT NULL,
        n_reports INTEGER NOT NULL,
        fatalities_min INTEGER,
        fatalities_max INTEGER,
        contradictions TEXT NOT NULL DEFAULT '[]',
        updated_at TEXT NOT NULL
    );
    CREATE INDEX clusters_country_date ON clusters (country, event_date);
    CREATE INDEX clusters_admin1_date ON clusters (admin1, event_date);
    CREATE INDEX clusters_type_date ON clusters (event_type, event_date);
    CREATE INDEX clusters_date ON clusters (event_date);

    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        cluster_id INTEGER REFERENCES clusters (id) ON DELETE SET NULL,
        event_id TEXT,
        event_date TEXT,
        time_precision INTEGER,
        event_type TEXT NOT NULL COLLATE NOCASE,
        sub_event_type TEXT NOT NULL,
        actor1 TEXT,
        assoc_actor_1 TEXT,
        inter1 INTEGER,
        actor2 TEXT,
        assoc_actor_2 TEXT,
        inter2 INTEGER,
        interaction INTEGER,
        country TEXT COLLATE NOCASE,
        admin1 TEXT COLLATE NOCASE,
        admin2 TEXT,
        location TEXT,
        latitude REAL,
        longitude REAL,
        geo_precision INTEGER,
        source TEXT,
        notes TEXT,
        fatalities INTEGER,
        fatalities_text TEXT,
        claimed_by TEXT,
        evidence TEXT NOT NULL,
        evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL,
        framing TEXT NOT NULL DEFAULT '{}',
        doc_id TEXT NOT NULL,
        denial TEXT
    );
    CREATE INDEX events_document ON events (document_id);
    CREATE INDEX events_cluster ON events (cluster_id);
    CREATE INDEX events_country_date ON events (country, event_date);
    CREATE INDEX events_admin1_date ON events (admin1, event_date);
    CREATE INDEX events_date ON events (event_date);
    -- Covering indexes for corroboration candidates: type, date window, bounding box; the
    -- partial ones find month-precise events without scanning the whole month, and events
    -- placed by name only.
    CREATE INDEX events_candidates
        ON events (event_type, event_date, latitude, longitude, cluster_id);
    CREATE INDEX events_month_candidates
        ON events (event_type, event_date, latitude, longitude, cluster_id)
        WHERE time_precision >= 3;
    CREATE INDEX events_unplaced_candidates
        ON events (event_type, country, admin1, event_date, cluster_id)
        WHERE latitude IS NULL;

    CREATE VIRTUAL TABLE documents_fts USING fts5 (
        title, text, content='documents', content_rowid='id'
    );
    CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text);
    END;
    CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    """,
    # 2: (country, admin1) pairs for the facets' loose index scan.
    """
    CREATE INDEX clusters_country_admin1 ON clusters (country, admin1);
    """,
    # 3: documents that failed to extract or store; retried on every ingest until they pass.
    """
    CREATE TABLE failures (
        content_hash TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL,
        source_path TEXT,
        code TEXT NOT NULL,
        message TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 1,
        extractor_version TEXT NOT NULL,
        first_failed_at TEXT NOT NULL,
        last_failed_at TEXT NOT NULL
    );
    """,
    # 4: the GeoNames id of each event's place (Event.geonameid); NULL for older rows.
    """
    ALTER TABLE events ADD COLUMN geonameid INTEGER;
    """,
    # 5: corroboration analysts can trust (issue 10): what each cluster's merge rests on,
    # reports of unknown outlet counted apart from independent outlets, and "possibly the
    # same" links between an undated report and reports it may tell (never merged). Undated
    # events lose the time precision and the "On Date unknown" notes older coders gave
    # them. Clusters written before keep empty merge_basis until `eventdesk recluster`.
    """
    ALTER TABLE clusters ADD COLUMN merge_basis TEXT NOT NULL DEFAULT '';
    ALTER TABLE clusters ADD COLUMN n_reports_unknown_outlet INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE possible_matches (
        event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        other_event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        PRIMARY KEY (event_id, other_event_id)
    ) WITHOUT ROWID;
    CREATE INDEX possible_matches_other ON possible_matches (other_event_id);
    UPDATE events SET time_precision = NULL WHERE event_date IS NULL;
    UPDATE clusters SET time_precision = NULL WHERE event_date IS NULL;
    UPDATE events SET notes = 'On an unknown date, ' || substr(notes, 18)
        WHERE notes LIKE 'On Date unknown, %';
    """,
    # 6: `eventdesk watch` state: each feed's validators (a restart polls with them) and
    # each article seen, fetched once when stored or skipped, retried while failed.
    """
    CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        last_polled_at TEXT,
        last_status INTEGER,
        last_error TEXT,
        failures INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE articles (
        url TEXT PRIMARY KEY,
        feed_url TEXT NOT NULL,
        title TEXT,
        published TEXT,
        status TEXT NOT NULL CHECK (status IN ('new', 'stored', 'skipped', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        error TEXT,
        content_hash TEXT,
        first_seen_at TEXT NOT NULL,
        fetched_at TEXT
    );
    CREATE INDEX articles_due ON articles (status, first_seen_at);
    """,
    # 7: the web page's outlet and interaction filters, its outlet menu, and its polling for
    # reports stored since it last looked, by index instead of reading every row.
    """
    CREATE INDEX documents_outlet ON documents (outlet);
    CREATE INDEX documents_ingested_at ON documents (ingested_at);
    CREATE INDEX events_interaction ON events (interaction, cluster_id);
    """,
    # 8: versions of one story (an outlet's edit: a revised toll, a corrected town): the
    # older version is kept, marked superseded by the live one, and its events leave the
    # clusters. Indexes find a new report's earlier versions by doc_id or URL.
    """
    ALTER TABLE documents ADD COLUMN superseded_by INTEGER REFERENCES documents (id);
    ALTER TABLE documents ADD COLUMN superseded_at TEXT;
    CREATE INDEX documents_doc_id ON documents (doc_id);
    CREATE INDEX documents_url ON documents (url) WHERE url IS NOT NULL;
    CREATE INDEX documents_superseded_by ON documents (superseded_by)
        WHERE superseded_by IS NOT NULL;
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


def check(conn: sqlite3.Connection, path: str) -> int:
    """The store's schema version; StoreError when the file is not an eventdesk store or was
    written by a newer eventdesk."""
    try:
        # one statement, so one snapshot: another process migrating the file meanwhile is
        # seen before or after, never halfway (tables already there, version still 0)
        version, app, tables = conn.execute(
            "SELECT (SELECT user_version FROM pragma_user_version),"
            " (SELECT application_id FROM pragma_application_id),"
            " (SELECT count(*) FROM sqlite_master WHERE type = 'table')"
        ).fetchone()
    except sqlite3.OperationalError as exc:  # cannot open or lock it: no word on its content
        raise StoreError(f"cannot be opened ({exc})", path=path) from exc
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"not an eventdesk database ({exc})", path=path) from exc
    if (version == 0 and tables) or (version and app != APPLICATION_ID):
        raise StoreError(
            "not an eventdesk database (it holds other tables); choose another --db file",
            path=path,
        )
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"schema version {version} is newer than this eventdesk knows ({SCHEMA_VERSION});"
            " upgrade eventdesk to open it",
            path=path,
        )
    return version


def migrate(conn: sqlite3.Connection, path: str) -> int:
    """Apply the missing migrations in order, each in its own transaction. Several processes
    may open a new or older store at once (two `ingest`s, `watch` and `ingest`): each
    migration runs only on the version before it (checked under the write lock), and one
    that another process applied meanwhile is passed over, not failed."""
    version = check(conn, path)
    while version < SCHEMA_VERSION:
        number = version + 1
        script = MIGRATIONS[number - 1]
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{_only_at(number - 1)}\n{script}\n"
                f"PRAGMA application_id = {APPLICATION_ID};\n"
                f"PRAGMA user_version = {number};\nCOMMIT;"
            )
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            now = check(conn, path)
            if now >= number:  # another process applied it first
                version = now
                continue
            raise StoreError(f"migration {number} failed: {exc}", path=path) from exc
        version = number
    return SCHEMA_VERSION


def _only_at(version: int) -> str:
    """A statement that fails (integer overflow) unless the store is at `version`: SQLite
    has no RAISE outside triggers."""
    return ("SELECT CASE (SELECT user_version FROM pragma_user_version)"
            f" WHEN {version} THEN 0 ELSE abs(-9223372036854775807 - 1) END;")
