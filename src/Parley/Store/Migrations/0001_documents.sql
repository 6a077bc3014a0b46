-- Documents, their raw input, annotation layers, full-text search and the problems met on ingest.
CREATE TABLE documents (
    id                 TEXT PRIMARY KEY,
    source             TEXT,
    url                TEXT,
    title              TEXT,
    published          TEXT,
    published_inferred INTEGER NOT NULL DEFAULT 0,
    authors            TEXT NOT NULL DEFAULT '[]',
    language           TEXT,
    text               TEXT NOT NULL,
    captions           TEXT NOT NULL DEFAULT '[]',
    duplicate_of       TEXT REFERENCES documents(id),
    origin             TEXT,
    ingested_at        TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_duplicate_of ON documents(duplicate_of) WHERE duplicate_of IS NOT NULL;

-- The input as read, gzip-compressed, kept for audit.
CREATE TABLE raw_inputs (
    doc_id  TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    format  TEXT NOT NULL,
    content BLOB NOT NULL
) WITHOUT ROWID;

-- Stand-off annotation layers, one JSON array per document and layer.
CREATE TABLE layers (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    name   TEXT NOT NULL,
    json   TEXT NOT NULL,
    PRIMARY KEY (doc_id, name)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text,
    content = 'documents', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

CREATE TABLE input_problems (
    id        INTEGER PRIMARY KEY,
    origin    TEXT NOT NULL,
    line      INTEGER,
    reason    TEXT NOT NULL,
    kind      TEXT NOT NULL,
    seen_at   TEXT NOT NULL
);
