//! The workspace schema, one version at a time, and the forward migrations between them.
//!
//! `PRAGMA user_version` holds the version. Each migration runs in the transaction of
//! [`crate::Workspace::open`], after an automatic backup of the file.

use rusqlite::{params, Connection, OptionalExtension};

/// The schema this build writes and reads.
pub const SCHEMA_VERSION: i64 = 6;

/// Version 1 (the first release): one plan, the roster and the credit lines.
pub const SCHEMA_V1: &str = "
CREATE TABLE plan (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    source      TEXT NOT NULL,
    file        TEXT NOT NULL,
    document    TEXT
);
CREATE TABLE seller (
    id                TEXT PRIMARY KEY,
    name              TEXT,
    manager           TEXT,
    territory         TEXT,
    role              TEXT,
    start_date        TEXT,
    end_date          TEXT,
    target_incentive  INTEGER,
    quotas            TEXT NOT NULL
);
CREATE TABLE credit_line (
    row          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL,
    seller       TEXT NOT NULL,
    amount       INTEGER NOT NULL,
    close_date   TEXT,
    stage        TEXT NOT NULL,
    deal_type    TEXT,
    product      TEXT,
    split        INTEGER NOT NULL,
    probability  INTEGER,
    term_months  INTEGER,
    cancel_date  TEXT,
    account      TEXT,
    name         TEXT,
    UNIQUE (id, seller)
);
";

/// Version 2: effective-dated plan versions, where each credit line came from, saved
/// scenarios, remembered import mappings, the assistant's conversation and the audit
/// log that undo and redo replay.
pub const V1_TO_V2: &str = "
CREATE TABLE plan_version (
    version     INTEGER PRIMARY KEY,
    effective   TEXT NOT NULL,
    source      TEXT NOT NULL,
    file        TEXT NOT NULL,
    document    TEXT,
    created     TEXT NOT NULL
);
ALTER TABLE credit_line ADD COLUMN source TEXT;
CREATE INDEX credit_line_source ON credit_line (source);
CREATE TABLE scenario (
    name        TEXT PRIMARY KEY,
    notes       TEXT,
    source      TEXT NOT NULL,
    saved       TEXT NOT NULL
);
CREATE TABLE mapping (
    source      TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('deals', 'sellers')),
    spec        TEXT NOT NULL,
    saved       TEXT NOT NULL,
    PRIMARY KEY (source, kind)
);
CREATE TABLE conversation (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    seller      TEXT,
    role        TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
    text        TEXT NOT NULL
);
CREATE TABLE change (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    who         TEXT NOT NULL,
    action      TEXT NOT NULL,
    summary     TEXT NOT NULL,
    state       TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone', 'discarded')),
    undone_at   TEXT
);
CREATE TABLE change_row (
    change_id   INTEGER NOT NULL REFERENCES change (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    tbl         TEXT NOT NULL,
    before      TEXT,
    after       TEXT,
    PRIMARY KEY (change_id, seq)
) WITHOUT ROWID;
";

/// Version 3: no index on a credit line's source. Nothing looks lines up by source
/// (a re-import reads every line), and the index cost a third of the integrity check
/// that runs on every open.
const V2_TO_V3: &str = "DROP INDEX IF EXISTS credit_line_source;";

/// Version 4 (data health): a credit line may be held (`hold` is why; a held line
/// credits nothing until released), an optional price list, and mappings remembered
/// for price lists too (the kind check is widened by rebuilding the table).
const V3_TO_V4: &str = "
ALTER TABLE credit_line ADD COLUMN hold TEXT;
CREATE TABLE price (
    product     TEXT PRIMARY KEY,
    price       INTEGER NOT NULL,
    family      TEXT
);
CREATE TABLE mapping_v4 (
    source      TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('deals', 'sellers', 'prices')),
    spec        TEXT NOT NULL,
    saved       TEXT NOT NULL,
    PRIMARY KEY (source, kind)
);
INSERT INTO mapping_v4 SELECT source, kind, spec, saved FROM mapping;
DROP TABLE mapping;
ALTER TABLE mapping_v4 RENAME TO mapping;
";

/// Version 5 (large imports): the new lines of an import are logged as one range of
/// rows rather than one log row each; while such a change is undone its lines wait here
/// for a redo.
const V4_TO_V5: &str = "
CREATE TABLE undone_line (
    change_id    INTEGER NOT NULL REFERENCES change (id) ON DELETE CASCADE,
    row          INTEGER NOT NULL,
    id           TEXT NOT NULL,
    seller       TEXT NOT NULL,
    amount       INTEGER NOT NULL,
    close_date   TEXT,
    stage        TEXT NOT NULL,
    deal_type    TEXT,
    product      TEXT,
    split        INTEGER NOT NULL,
    probability  INTEGER,
    term_months  INTEGER,
    cancel_date  TEXT,
    account      TEXT,
    name         TEXT,
    source       TEXT,
    hold         TEXT
);
CREATE INDEX undone_line_change ON undone_line (change_id);
";

/// Version 6 (large workspaces): an image of the credit lines in columns
/// ([`crate::image`]), which a calculation reads instead of a million rows. Any change
/// to a line, by this build or another writer, drops it; the next read builds it again.
const V5_TO_V6: &str = "
CREATE TABLE line_image (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    image   BLOB NOT NULL
);
";

/// Creates the current schema in an empty database.
pub fn create(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(SCHEMA_V1)?;
    migrate(conn, 1)
}

/// Brings a database at version `from` (1 or later) to [`SCHEMA_VERSION`].
pub fn migrate(conn: &Connection, from: i64) -> rusqlite::Result<()> {
    if from < 2 {
        conn.execute_batch(V1_TO_V2)?;
        // The one plan of version 1 becomes plan version 1, effective from its start.
        let old: Option<(String, String, Option<String>)> = conn
            .query_row("SELECT source, file, document FROM plan WHERE id = 1", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?;
        if let Some((source, file, document)) = old {
            let effective = crate::plans::effective_of(&file, &source);
            conn.execute(
                "INSERT INTO plan_version (version, effective, source, file, document, created) VALUES (1, ?1, ?2, ?3, ?4, ?5)",
                params![effective, source, file, document, crate::now()],
            )?;
        }
        conn.execute_batch("DROP TABLE plan;")?;
    }
    if from < 3 {
        conn.execute_batch(V2_TO_V3)?;
    }
    if from < 4 {
        conn.execute_batch(V3_TO_V4)?;
    }
    if from < 5 {
        conn.execute_batch(V4_TO_V5)?;
    }
    if from < 6 {
        conn.execute_batch(V5_TO_V6)?;
        conn.execute_batch(crate::image::TRIGGERS)?;
    }
    conn.pragma_update(None, "user_version", SCHEMA_VERSION)
}
