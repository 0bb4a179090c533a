-- The catalogue: one row per offering (the whole offering as JSON in doc,
-- plus the columns the filters need), the facet rows the filters search,
-- and one counter that every write bumps.
CREATE TABLE catalogue (
	id      INTEGER PRIMARY KEY CHECK (id = 1),
	version INTEGER NOT NULL
);
INSERT INTO catalogue (id, version) VALUES (1, 0);

CREATE TABLE offerings (
	id         TEXT PRIMARY KEY,             -- canonical lower-case UUID
	version    INTEGER NOT NULL,             -- catalogue version of the last write (the ETag)
	deleted    INTEGER NOT NULL DEFAULT 0,   -- a tombstone, so replicas see deletions
	name       TEXT NOT NULL,
	status     TEXT NOT NULL,
	programme  TEXT NOT NULL,
	doc        TEXT,                         -- the offering's JSON; NULL for a tombstone
	updated_at TEXT NOT NULL
);
CREATE INDEX offerings_version ON offerings (version);

CREATE TABLE offering_facets (
	offering_id TEXT NOT NULL REFERENCES offerings (id) ON DELETE CASCADE,
	facet       TEXT NOT NULL,
	code        TEXT NOT NULL,
	PRIMARY KEY (offering_id, facet, code)
);
CREATE INDEX offering_facets_code ON offering_facets (facet, code, offering_id);
