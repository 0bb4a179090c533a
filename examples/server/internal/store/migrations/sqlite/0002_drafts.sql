-- Drafts an import holds: offerings read from listings that lack required
-- fields (coverage, user participation, capacity …). They are not part of
-- the catalogue: no version, not listed, searched, matched or served.
-- Writing the offering with the same id (POST, PUT or a complete import
-- line) removes the draft.
CREATE TABLE drafts (
	id         TEXT PRIMARY KEY,  -- canonical lower-case UUID
	doc        TEXT NOT NULL,     -- the draft offering's JSON as imported
	missing    TEXT NOT NULL,     -- JSON array of the fields it lacks
	updated_at TEXT NOT NULL
);
