-- What the latest listing disagrees on: when an import merges a line into
-- an offering a person edited and both changed a value, differently, the
-- person's value stays and the member's path ("place.name", "team") is
-- kept here, a JSON array, sorted, so that a reviewer who opens the
-- offering later sees where the listing now says something else
-- (GET /api/offerings/{id}, Lmh-Conflicts). Paths only, never values.
-- NULL when there are none: each import that merges the line replaces the
-- set, a person's save or deletion clears it, a restore starts without.
ALTER TABLE offerings ADD COLUMN conflicts TEXT;
