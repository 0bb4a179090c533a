-- Drafts an import holds: offerings read from listings that lack required
-- fields (coverage, user participation, capacity …). They are not part of
-- the catalogue: no version, not listed, searched, matched or served.
-- Writing the offering with the same id (POST, PUT or a complete import
-- line) removes the draft.
CREATE TABLE drafts (
	id         uuid PRIMARY KEY,
	doc        jsonb NOT NULL,    -- the draft offering as imported
	missing    jsonb NOT NULL,    -- the fields it lacks, a JSON array
	updated_at timestamptz NOT NULL
);
