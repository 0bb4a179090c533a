-- A re-crawl merges three ways: beside each offering, the last line an
-- import wrote for it (the listing's own values), so that what a person
-- changed since (doc differs from imported) is told from what the
-- listing changed. NULL for an offering no import wrote (seeded, created
-- by hand, or written before this migration). A draft needs no such
-- column: its doc is the line as imported, and nobody edits it in place.
ALTER TABLE offerings ADD COLUMN imported TEXT;

-- Drafts a person discarded (DELETE /api/drafts/{id}): an import reports
-- a line with such an id as discarded and does not hold it again, until
-- the row is deleted (DELETE /api/drafts/discarded/{id}) or the offering
-- is saved by hand.
CREATE TABLE discarded_drafts (
	id           TEXT PRIMARY KEY, -- canonical lower-case UUID
	discarded_at TEXT NOT NULL
);
