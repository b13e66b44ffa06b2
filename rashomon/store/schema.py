"""The store's schema as an ordered list of migrations. ``PRAGMA user_version`` is the applied count."""

from __future__ import annotations

APPLICATION_ID = 0x5253484D  # "RSHM": marks a SQLite file as a rashomon store

#: How many of each claim's first statements the store keeps listed (``claim_firsts``): the views ask for 4 (a
#: list of claims) or 20 (a story's claims); more (a claim's own page) are read from ``cluster_events``.
FIRST_STATEMENTS = 20


def claim_firsts_fill(where: str = "") -> str:
    """The SQL that lists the first FIRST_STATEMENTS statements of the claims ``where`` picks (a condition on
    ``ce.cluster_id``; all claims when empty) into ``claim_firsts``: independent assertions first, then
    denials, then copies, each by event id; another event of a sentence already listed with the same speaker
    and modality is the same statement, not listed again."""
    return f"""INSERT INTO claim_firsts (cluster_id, n, event_id, stance, origin, independent)
    WITH said AS (
        SELECT ce.cluster_id, ce.event_id, ce.stance, ce.origin, ce.independent,
               row_number() OVER (PARTITION BY ce.cluster_id, e.document_id, e.sentence_start, e.sentence_end,
                                               coalesce(e.speaker_code, e.speaker_text), e.modality
                                  ORDER BY ce.independent DESC, ce.stance, ce.event_id) AS repeat
        FROM cluster_events ce JOIN events e ON e.id = ce.event_id {f"WHERE {where}" if where else ""}),
    firsts AS (
        SELECT *, row_number() OVER (PARTITION BY cluster_id ORDER BY independent DESC, stance, event_id) AS n
        FROM said WHERE repeat = 1)
    SELECT cluster_id, n, event_id, stance, origin, independent FROM firsts WHERE n <= {FIRST_STATEMENTS}"""


MIGRATIONS: list[str] = [
    # 1: documents, their segments and the inputs they came from; runs and their problems
    """
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        status TEXT NOT NULL CHECK (status IN ('running', 'completed', 'failed', 'interrupted')),
        pid INTEGER,
        version TEXT NOT NULL,
        inputs TEXT NOT NULL,            -- JSON list of what the user named
        options TEXT NOT NULL,           -- JSON object
        counts TEXT                      -- JSON object, written when the run ends
    );
    CREATE TABLE run_problems (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        input TEXT NOT NULL,
        severity TEXT NOT NULL CHECK (severity IN ('error', 'warning')),
        message TEXT NOT NULL
    );
    CREATE INDEX run_problems_run ON run_problems(run_id);
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        reader TEXT NOT NULL,
        url TEXT,
        title TEXT,
        authors TEXT NOT NULL DEFAULT '[]',   -- JSON list
        published TEXT,
        published_precision TEXT CHECK (published_precision IN ('datetime', 'day', 'month', 'year')),
        outlet TEXT,
        syndicated_from TEXT,
        retrieved TEXT,
        language TEXT,
        analysable INTEGER NOT NULL CHECK (analysable IN (0, 1)),
        skip_reason TEXT,
        warnings TEXT NOT NULL DEFAULT '[]',  -- JSON list
        text TEXT NOT NULL,
        run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE segments (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        kind TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        comment INTEGER,
        quote_start INTEGER,
        quote_end INTEGER,
        PRIMARY KEY (document_id, ord),
        CHECK (0 <= start AND start <= "end")
    ) WITHOUT ROWID;
    CREATE TABLE document_inputs (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        input TEXT NOT NULL,
        run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,
        PRIMARY KEY (document_id, input)
    ) WITHOUT ROWID;
    CREATE TABLE inputs (
        fingerprint TEXT PRIMARY KEY,     -- sha256 of the input's bytes and the reader that read it
        name TEXT NOT NULL,
        reader TEXT NOT NULL,
        documents INTEGER NOT NULL,
        run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL
    ) WITHOUT ROWID;
    """,
    # 2: the event record: events, their actors, and which documents the NLP stage has analysed
    """
    CREATE TABLE analyses (
        document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        version TEXT NOT NULL,           -- the analysis version (lexicons, model): a new one re-analyses
        status TEXT NOT NULL CHECK (status IN ('done', 'skipped')),
        reason TEXT,
        events INTEGER NOT NULL,
        run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL
    );
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        event_key TEXT NOT NULL UNIQUE,  -- stable id: document hash, trigger offset, CAMEO code
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        segment INTEGER NOT NULL,
        segment_kind TEXT NOT NULL,
        sentence_start INTEGER NOT NULL,
        sentence_end INTEGER NOT NULL,
        trigger_start INTEGER NOT NULL,
        trigger_end INTEGER NOT NULL,
        event TEXT NOT NULL,
        mode TEXT,
        context TEXT NOT NULL DEFAULT '[]',   -- JSON list
        cameo TEXT NOT NULL,
        goldstein REAL NOT NULL,
        quad_class INTEGER NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
        modality TEXT NOT NULL,
        holder TEXT NOT NULL,
        speaker_text TEXT,
        speaker_code TEXT,
        date TEXT,
        date_precision TEXT,
        date_text TEXT,
        place_name TEXT,
        place_lat REAL,
        place_lon REAL,
        place_country TEXT,
        place_feature TEXT
    );
    CREATE INDEX events_document ON events(document_id);
    CREATE INDEX events_type_date ON events(event, date);
    CREATE TABLE event_actors (
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('source', 'target')),
        ord INTEGER NOT NULL,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        code TEXT,                       -- NULL: unresolved, kept with its text
        country TEXT,
        sector TEXT,
        name TEXT,
        kind TEXT,
        loaded INTEGER NOT NULL DEFAULT 0,
        via TEXT,
        PRIMARY KEY (event_id, role, ord)
    ) WITHOUT ROWID;
    CREATE INDEX event_actors_code ON event_actors(code);
    """,
    # 3: framing found by the NLP stage (tone toward actors, technique spans), and the cross-examination
    # (clusters of events reporting one happening = claims, their statements and conflicts; tone per
    # source), which the examine stage rebuilds as a whole from the events
    """
    CREATE TABLE tone_mentions (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        segment INTEGER NOT NULL,
        segment_kind TEXT NOT NULL,
        text TEXT NOT NULL,              -- the actor mention
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        code TEXT,                       -- NULL: unresolved
        country TEXT,
        loaded INTEGER NOT NULL DEFAULT 0,
        sentence_start INTEGER NOT NULL,
        sentence_end INTEGER NOT NULL,
        score REAL NOT NULL CHECK (score BETWEEN -1 AND 1),
        cues TEXT NOT NULL DEFAULT '[]'  -- JSON list
    );
    CREATE INDEX tone_mentions_document ON tone_mentions(document_id);
    CREATE TABLE technique_spans (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        segment INTEGER NOT NULL,
        segment_kind TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        technique TEXT NOT NULL,
        target_text TEXT,
        target_start INTEGER,
        target_end INTEGER,
        target_code TEXT,
        cue TEXT NOT NULL DEFAULT '',
        score REAL NOT NULL DEFAULT 1
    );
    CREATE INDEX technique_spans_document ON technique_spans(document_id);
    CREATE TABLE examinations (
        id INTEGER PRIMARY KEY,
        run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,
        version TEXT NOT NULL,
        created_at TEXT NOT NULL,
        documents INTEGER NOT NULL,
        events INTEGER NOT NULL,
        clusters INTEGER NOT NULL,
        seconds REAL NOT NULL
    );
    CREATE TABLE clusters (
        id INTEGER PRIMARY KEY,
        claim TEXT NOT NULL UNIQUE,      -- stable id of the claim (hash of its proposition and first event)
        event TEXT NOT NULL,             -- PLOVER type most of its statements give
        family TEXT NOT NULL,            -- the type family used for linking (backing, criticism, force ...)
        source TEXT,                     -- actor code of the proposition's source (country level when mixed)
        target TEXT,
        label TEXT NOT NULL,             -- "IRN supports ARM"
        date TEXT,
        date_precision TEXT,
        place_name TEXT,
        place_lat REAL,
        place_lon REAL,
        place_country TEXT,
        status TEXT NOT NULL CHECK (status IN ('corroborated', 'single-source', 'contested')),
        mentions INTEGER NOT NULL,
        documents INTEGER NOT NULL,
        outlets INTEGER NOT NULL,
        independent INTEGER NOT NULL,    -- independent sources asserting it
        deniers INTEGER NOT NULL,        -- independent sources denying or disputing it
        goldstein REAL,
        quad_class INTEGER
    );
    CREATE INDEX clusters_dyad ON clusters(source, target);
    CREATE TABLE cluster_events (
        cluster_id INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        stance TEXT NOT NULL CHECK (stance IN ('asserts', 'denies', 'other')),
        origin TEXT NOT NULL,            -- the independent source it counts for ("outlet:iranwire", "speaker:IRNGOV")
        independent INTEGER NOT NULL CHECK (independent IN (0, 1)),  -- 0: a copy (quote, syndication, repeat)
        PRIMARY KEY (cluster_id, event_id)
    ) WITHOUT ROWID;
    CREATE INDEX cluster_events_event ON cluster_events(event_id);
    CREATE TABLE conflicts (
        id INTEGER PRIMARY KEY,
        cluster_id INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('denial', 'date', 'figure', 'place')),
        detail TEXT NOT NULL,            -- JSON: what differs, with the event ids on each side
        event_a INTEGER REFERENCES events(id) ON DELETE CASCADE,
        event_b INTEGER REFERENCES events(id) ON DELETE CASCADE
    );
    CREATE INDEX conflicts_cluster ON conflicts(cluster_id);
    CREATE TABLE tones (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        part TEXT NOT NULL CHECK (part IN ('article', 'comments')),
        code TEXT NOT NULL,
        tone REAL NOT NULL CHECK (tone BETWEEN -1 AND 1),
        mentions INTEGER NOT NULL,
        evidence TEXT NOT NULL DEFAULT '[]',  -- JSON list of {start, end, text, score, cues}
        PRIMARY KEY (document_id, part, code)
    ) WITHOUT ROWID;
    """,
    # 4: who says what a tone mention scores (a quoted speaker, or NULL for the writer), and tones per voice
    # (the part's whole tone keeps voice ''; a quoted speaker's own tone is split out); tones are copied over
    """
    ALTER TABLE tone_mentions ADD COLUMN speaker_text TEXT;
    ALTER TABLE tone_mentions ADD COLUMN speaker_code TEXT;
    ALTER TABLE tone_mentions ADD COLUMN speaker_country TEXT;
    CREATE TABLE tones_v4 (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        part TEXT NOT NULL CHECK (part IN ('article', 'comments')),
        voice TEXT NOT NULL DEFAULT '',  -- '': all the part says; 'speaker:IRNGOV': what that speaker says
        code TEXT NOT NULL,
        tone REAL NOT NULL CHECK (tone BETWEEN -1 AND 1),
        mentions INTEGER NOT NULL,
        evidence TEXT NOT NULL DEFAULT '[]',  -- JSON list of {start, end, text, mention, score, cues, speaker}
        PRIMARY KEY (document_id, part, voice, code)
    ) WITHOUT ROWID;
    INSERT INTO tones_v4 (document_id, part, voice, code, tone, mentions, evidence)
        SELECT document_id, part, '', code, tone, mentions, evidence FROM tones;
    DROP TABLE tones;
    ALTER TABLE tones_v4 RENAME TO tones;
    """,
    # 5: how sure the event model is of each event (events coded before it were decided by the rules: 1)
    """
    ALTER TABLE events ADD COLUMN confidence REAL NOT NULL DEFAULT 1.0 CHECK (confidence BETWEEN 0 AND 1);
    """,
    # 6: a place that is a route (corridor, road, railway, pipeline, border) keeps its line: a JSON list of
    # [lon, lat] waypoints (GeoJSON's order), on events and on claims; NULL for a point
    """
    ALTER TABLE events ADD COLUMN place_line TEXT;
    ALTER TABLE clusters ADD COLUMN place_line TEXT;
    """,
    # 7: the examination kept up to date with what is added: each claim's proposition block and its place in
    # reading order; what each examination had seen; the blocks and documents whose events or tone mentions
    # have gone since (re-coded documents), noted by triggers, for the next examination to re-weigh
    """
    ALTER TABLE clusters ADD COLUMN block TEXT NOT NULL DEFAULT '';     -- "IRN|backing|ARM"
    ALTER TABLE clusters ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';  -- reading order (claims of old stores: '')
    CREATE INDEX clusters_block ON clusters(block);
    CREATE INDEX clusters_sort ON clusters(sort_key);
    ALTER TABLE examinations ADD COLUMN mode TEXT NOT NULL DEFAULT 'full';
    ALTER TABLE examinations ADD COLUMN last_event INTEGER;             -- the highest event id it had seen
    ALTER TABLE examinations ADD COLUMN last_tone_mention INTEGER;
    CREATE TABLE examine_stale (
        kind TEXT NOT NULL CHECK (kind IN ('block', 'document')),
        key TEXT NOT NULL,
        PRIMARY KEY (kind, key)
    ) WITHOUT ROWID;
    CREATE TRIGGER events_gone_examine_stale BEFORE DELETE ON events BEGIN
        INSERT OR IGNORE INTO examine_stale (kind, key)
            SELECT 'block', c.block FROM cluster_events ce JOIN clusters c ON c.id = ce.cluster_id
            WHERE ce.event_id = OLD.id;
    END;
    CREATE TRIGGER tone_mentions_gone_examine_stale BEFORE DELETE ON tone_mentions BEGIN
        INSERT OR IGNORE INTO examine_stale (kind, key) VALUES ('document', CAST(OLD.document_id AS TEXT));
    END;
    """,
    # 8: which group of its block each claim is ('dated', 'year', 'undated'; NULL for claims examined before),
    # so that undated events added to a block update its undated claim alone
    """
    ALTER TABLE clusters ADD COLUMN piece TEXT CHECK (piece IN ('dated', 'year', 'undated'));
    """,
    # 9: each claim's first statements as the views list them, kept by the examine stage's writer so that a
    # page of claims does not sort the thousands of events of its largest claims on each request; filled
    # here for the claims already stored
    """
    CREATE TABLE claim_firsts (
        cluster_id INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
        n INTEGER NOT NULL,              -- 1, 2, ...: the order the views list the claim's statements in
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        stance TEXT NOT NULL,
        origin TEXT NOT NULL,
        independent INTEGER NOT NULL,
        PRIMARY KEY (cluster_id, n)
    ) WITHOUT ROWID;
    CREATE INDEX claim_firsts_event ON claim_firsts(event_id);
    """
    + claim_firsts_fill()
    + ";",
    # 10: each undated claim's ledger (JSON, rashomon.examine.ledger: what weighing it reads), so that a claim
    # gaining statements is weighed from it and what it gained, not from all its events. NULL for claims
    # weighed before, and for claims of other groups: such a claim, when it grows, is weighed whole once,
    # which writes its ledger
    """
    ALTER TABLE clusters ADD COLUMN ledger TEXT;
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
