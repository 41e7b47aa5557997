-- Lagebild store, schema version 1.
-- No foreign keys: DuckDB checks them eagerly inside a transaction, which would stop a document's
-- events from being replaced atomically; the store code keeps events.doc_id and documents.id in step.

CREATE TABLE coding_runs (
    run_id          INTEGER PRIMARY KEY,
    started_at      TIMESTAMP NOT NULL,
    finished_at     TIMESTAMP,
    coder_version   VARCHAR NOT NULL,   -- package version + '+' + dictionaries hash (12 hex digits)
    package_version VARCHAR NOT NULL,
    dictionaries    VARCHAR NOT NULL,   -- sha256 of the language and actor data files
    pipelines       VARCHAR,            -- JSON: {"de": "name version (path)", ...} as used
    command         VARCHAR,            -- what ran: "ingest", "recode"
    docs_stored     INTEGER DEFAULT 0,
    docs_recoded    INTEGER DEFAULT 0,
    docs_skipped    INTEGER DEFAULT 0,
    docs_failed     INTEGER DEFAULT 0,
    events_stored   INTEGER DEFAULT 0
);

CREATE TABLE documents (
    id            VARCHAR PRIMARY KEY,  -- sha256 of the whitespace-normalised text
    text          VARCHAR NOT NULL,     -- the text that was coded; event offsets point into it
    source        VARCHAR,              -- file path, file:line / file:record, or <stdin>
    url           VARCHAR,
    external_id   VARCHAR,              -- the input's own id column, when it had one
    title         VARCHAR,
    date          DATE,
    lang          VARCHAR,
    author        VARCHAR,
    site          VARCHAR,
    meta          VARCHAR,              -- JSON of any other input columns
    inserted_at   TIMESTAMP NOT NULL,
    coded_at      TIMESTAMP NOT NULL,
    coder_version VARCHAR NOT NULL,
    run_id        INTEGER NOT NULL
);

CREATE SEQUENCE events_id_seq START 1;

CREATE TABLE events (
    event_id         BIGINT PRIMARY KEY DEFAULT nextval('events_id_seq'),
    doc_id           VARCHAR NOT NULL,
    mention          INTEGER NOT NULL,  -- order of the event in its document, from 0
    sentence         INTEGER NOT NULL,
    sentence_text    VARCHAR NOT NULL,
    source_code      VARCHAR,
    source_country   VARCHAR,
    source_sector    VARCHAR,
    source_text      VARCHAR,
    source_start     INTEGER,
    source_end       INTEGER,
    target_code      VARCHAR,
    target_country   VARCHAR,
    target_sector    VARCHAR,
    target_text      VARCHAR,
    target_start     INTEGER,
    target_end       INTEGER,
    cameo            VARCHAR NOT NULL,
    cameo_root       VARCHAR NOT NULL,
    plover_type      VARCHAR,
    plover_mode      VARCHAR,
    quad_class       TINYINT NOT NULL,
    goldstein        DOUBLE NOT NULL,
    factuality       VARCHAR NOT NULL,
    trigger_text     VARCHAR NOT NULL,
    trigger_start    INTEGER NOT NULL,
    trigger_end      INTEGER NOT NULL,
    cue_text         VARCHAR,
    cue_start        INTEGER,
    cue_end          INTEGER,
    speaker_code     VARCHAR,
    speaker_country  VARCHAR,
    speaker_sector   VARCHAR,
    speaker_text     VARCHAR,
    speaker_start    INTEGER,
    speaker_end      INTEGER,
    pattern          VARCHAR NOT NULL,
    lang             VARCHAR NOT NULL,
    coder_version    VARCHAR NOT NULL
);

CREATE INDEX events_doc ON events (doc_id);

CREATE TABLE ingest_errors (
    run_id  INTEGER NOT NULL,
    logged_at TIMESTAMP NOT NULL,
    subject VARCHAR NOT NULL,          -- the input: file, file:line or file:record
    code    VARCHAR NOT NULL,          -- E0nn
    message VARCHAR NOT NULL           -- the one-line error as printed
);
