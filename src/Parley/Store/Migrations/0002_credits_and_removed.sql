-- Credit lines and removed boilerplate, kept with each document.
ALTER TABLE documents ADD COLUMN credits TEXT NOT NULL DEFAULT '[]';
ALTER TABLE documents ADD COLUMN removed TEXT NOT NULL DEFAULT '[]';
