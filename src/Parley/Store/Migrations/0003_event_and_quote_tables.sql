-- Events and quotes as indexed rows beside their layers, so listing, filtering and charting them
-- stays fast on large stores. The layer JSON stays the source of truth; these are derived from it
-- (by the writer for new documents, and here for documents stored before this version).
CREATE TABLE events (
    id          TEXT NOT NULL,
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    source_code TEXT,
    target_code TEXT,
    cameo       TEXT,
    plover      TEXT,
    quad_class  INTEGER,
    goldstein   REAL,
    event_date  TEXT,
    modality    TEXT,
    cluster_id  TEXT,
    evidence    TEXT,
    json        TEXT NOT NULL,
    PRIMARY KEY (doc_id, ordinal)
) WITHOUT ROWID;
CREATE INDEX events_date ON events(event_date);
CREATE INDEX events_source ON events(source_code, event_date);
CREATE INDEX events_target ON events(target_code, event_date);
CREATE INDEX events_cameo ON events(cameo);
CREATE INDEX events_cluster ON events(cluster_id);

CREATE TABLE quotes (
    doc_id       TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    speaker_code TEXT,
    speaker_text TEXT,
    json         TEXT NOT NULL,
    PRIMARY KEY (doc_id, ordinal)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes(speaker_code);

INSERT INTO events (id, doc_id, ordinal, source_code, target_code, cameo, plover, quad_class, goldstein, event_date, modality, cluster_id, evidence, json)
SELECT json_extract(j.value, '$.id'), l.doc_id, j.key, json_extract(j.value, '$.source.code'), json_extract(j.value, '$.target.code'),
       json_extract(j.value, '$.cameo'), json_extract(j.value, '$.plover'), json_extract(j.value, '$.quad_class'), json_extract(j.value, '$.goldstein'),
       json_extract(j.value, '$.event_date'), json_extract(j.value, '$.modality'), json_extract(j.value, '$.cluster_id'), json_extract(j.value, '$.evidence'), j.value
FROM layers l, json_each(l.json) j WHERE l.name = 'events';

INSERT INTO quotes (doc_id, ordinal, speaker_code, speaker_text, json)
SELECT l.doc_id, j.key, json_extract(j.value, '$.speaker.code'), json_extract(j.value, '$.speaker_text'), j.value
FROM layers l, json_each(l.json) j WHERE l.name = 'quotes';
