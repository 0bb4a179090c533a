-- The catalogue: one row per offering (the whole offering as JSON in doc,
-- plus the columns the filters need), the facet rows the filters search,
-- and one counter that every write bumps. Writers take the counter's row
-- lock first, so versions are handed out in commit order and a replica that
-- reads "everything after version v" never misses a write.
CREATE TABLE catalogue (
	id      integer PRIMARY KEY CHECK (id = 1),
	version bigint NOT NULL
);
INSERT INTO catalogue (id, version) VALUES (1, 0);

CREATE TABLE offerings (
	id         uuid PRIMARY KEY,
	version    bigint NOT NULL,             -- catalogue version of the last write (the ETag)
	deleted    boolean NOT NULL DEFAULT false, -- a tombstone, so replicas see deletions
	name       text NOT NULL,
	status     text NOT NULL,
	programme  text NOT NULL,
	doc        jsonb,                       -- the offering; NULL for a tombstone
	updated_at timestamptz NOT NULL
);
CREATE INDEX offerings_version ON offerings (version);

CREATE TABLE offering_facets (
	offering_id uuid NOT NULL REFERENCES offerings (id) ON DELETE CASCADE,
	facet       text NOT NULL,
	code        text NOT NULL,
	PRIMARY KEY (offering_id, facet, code)
);
CREATE INDEX offering_facets_code ON offering_facets (facet, code, offering_id);
