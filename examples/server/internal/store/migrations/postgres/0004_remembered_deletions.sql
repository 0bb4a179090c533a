-- What a person threw away is remembered with what it held, so that it can
-- be listed (GET /api/drafts/discarded) and restored: a discarded draft
-- (kind 'draft': the draft and the fields it lacked) and, since this
-- migration, an offering an import wrote that a person deleted (kind
-- 'offering': the offering as deleted and its last imported line), which
-- the next import of its listing would otherwise create again. doc is NULL
-- for a discard made before this migration: it can be forgotten, not put
-- back.
ALTER TABLE discarded_drafts ADD COLUMN kind text NOT NULL DEFAULT 'draft' CHECK (kind IN ('draft', 'offering'));
ALTER TABLE discarded_drafts ADD COLUMN doc jsonb;      -- the draft, or the offering as deleted
ALTER TABLE discarded_drafts ADD COLUMN missing jsonb;  -- a draft's missing fields, a JSON array
ALTER TABLE discarded_drafts ADD COLUMN imported jsonb; -- an offering's last imported line
