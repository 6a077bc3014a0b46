-- Lists of documents page by (published, id); with this index a deep page walks the index
-- instead of sorting the whole table.
CREATE INDEX documents_published_id ON documents(published, id);

-- Listing one layer across the store (every stance…) seeks by layer name instead of scanning.
CREATE INDEX layers_name ON layers(name, doc_id);
