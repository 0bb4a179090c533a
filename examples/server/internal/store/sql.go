package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/lmhkit/lmhkit/lmh"
)

// dialect is what differs between the backends.
type dialect struct {
	name string
	// rebind turns the ?-placeholders of a query into the backend's.
	rebind func(q string) string
	// lockMigrations runs first in the migration transaction; "" for none.
	lockMigrations string
	// notify, if set, runs inside every write transaction (it is delivered
	// on commit).
	notify func(ctx context.Context, tx *sql.Tx, version int64) error
	// unavailable reports whether err means the database cannot be reached
	// or cannot serve now.
	unavailable func(err error) bool
	// docExpr is how doc is read as text.
	docExpr string
	// readTx are the options of the read transaction of Changes.
	readTx *sql.TxOptions
}

// sqlStore is the Store of both backends.
type sqlStore struct {
	db    *sql.DB
	d     dialect
	watch func(ctx context.Context) <-chan struct{}
	close func()
}

func (s *sqlStore) Backend() string { return s.d.name }

func (s *sqlStore) Close() error {
	if s.close != nil {
		s.close()
	}
	return s.db.Close()
}

func (s *sqlStore) Ping(ctx context.Context) error { return s.wrap(s.db.PingContext(ctx)) }

func (s *sqlStore) Watch(ctx context.Context) <-chan struct{} {
	if s.watch == nil {
		return nil
	}
	return s.watch(ctx)
}

// wrap marks errors of an unreachable database with ErrUnavailable.
func (s *sqlStore) wrap(err error) error {
	if err == nil || errors.Is(err, ErrNotFound) || errors.Is(err, ErrExists) ||
		errors.Is(err, ErrVersionMismatch) || errors.Is(err, ErrUnavailable) {
		return err
	}
	if errors.Is(err, context.DeadlineExceeded) || s.d.unavailable(err) {
		return fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	return err
}

func (s *sqlStore) q(query string) string { return s.d.rebind(query) }

// inTx runs fn in one transaction and commits it, or rolls it back on error.
func (s *sqlStore) inTx(ctx context.Context, opts *sql.TxOptions, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, opts)
	if err != nil {
		return s.wrap(err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return s.wrap(err)
	}
	return s.wrap(tx.Commit())
}

// bump takes the catalogue's row lock and returns the next version: every
// write does this first, so writes are serialised and versions follow
// commit order.
func (s *sqlStore) bump(ctx context.Context, tx *sql.Tx) (int64, error) {
	var v int64
	err := tx.QueryRowContext(ctx, s.q(`UPDATE catalogue SET version = version + 1 WHERE id = 1 RETURNING version`)).Scan(&v)
	if err != nil {
		return 0, fmt.Errorf("store: bump version: %w", err)
	}
	if s.d.notify != nil {
		if err := s.d.notify(ctx, tx, v); err != nil {
			return 0, fmt.Errorf("store: notify: %w", err)
		}
	}
	return v, nil
}

// lock takes the catalogue's row lock, as bump does, for a write that
// changes nothing the catalogue shows: no new version, no notification.
func (s *sqlStore) lock(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, s.q(`UPDATE catalogue SET version = version WHERE id = 1`)); err != nil {
		return fmt.Errorf("store: lock the catalogue: %w", err)
	}
	return nil
}

func (s *sqlStore) Version(ctx context.Context) (int64, error) {
	var v int64
	err := s.db.QueryRowContext(ctx, s.q(`SELECT version FROM catalogue WHERE id = 1`)).Scan(&v)
	return v, s.wrap(err)
}

// write stores o at version v, replacing its row and facet rows, and
// removes a held draft and a discard of its id.
//
// imported is the import line o was merged from, stored as the row's last
// imported line; nil for a write by hand, which keeps the row's last
// imported line or, when it has none, takes the held draft's (the line a
// person completed) or else the line a discard of its id kept (a deleted
// imported offering's last imported line, a discarded draft's line), so
// that the next import tells the person's changes from the listing's.
//
// conflicts become the row's stored conflicts (NULL when empty): an
// import's merge gives its own, every other write none.
func (s *sqlStore) write(ctx context.Context, tx *sql.Tx, o *lmh.Offering, v int64, imported []byte, conflicts []string) (Record, error) {
	doc, err := json.Marshal(o)
	if err != nil {
		return Record{}, fmt.Errorf("store: encode offering: %w", err)
	}
	id := o.ID.String()
	stamp := now().UTC().Format(time.RFC3339Nano)
	cs, err := conflictsColumn(conflicts)
	if err != nil {
		return Record{}, err
	}
	if imported != nil {
		_, err = tx.ExecContext(ctx, s.q(`
		INSERT INTO offerings (id, version, deleted, name, status, programme, doc, updated_at, imported, conflicts)
		VALUES (?, ?, false, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET version = excluded.version, deleted = false,
			name = excluded.name, status = excluded.status, programme = excluded.programme,
			doc = excluded.doc, updated_at = excluded.updated_at, imported = excluded.imported,
			conflicts = excluded.conflicts`),
			id, v, o.Name, o.Status.String(), o.Programme.String(), string(doc), stamp, string(imported), cs)
	} else {
		_, err = tx.ExecContext(ctx, s.q(`
		INSERT INTO offerings (id, version, deleted, name, status, programme, doc, updated_at, imported, conflicts)
		VALUES (?, ?, false, ?, ?, ?, ?, ?, COALESCE((SELECT d.doc FROM drafts d WHERE d.id = ?),
			(SELECT CASE WHEN x.kind = 'offering' THEN x.imported ELSE x.doc END FROM discarded_drafts x WHERE x.id = ?)), ?)
		ON CONFLICT (id) DO UPDATE SET version = excluded.version, deleted = false,
			name = excluded.name, status = excluded.status, programme = excluded.programme,
			doc = excluded.doc, updated_at = excluded.updated_at,
			imported = COALESCE(offerings.imported, excluded.imported), conflicts = excluded.conflicts`),
			id, v, o.Name, o.Status.String(), o.Programme.String(), string(doc), stamp, id, id, cs)
	}
	if err != nil {
		return Record{}, fmt.Errorf("store: write offering: %w", err)
	}
	if _, err := tx.ExecContext(ctx, s.q(`DELETE FROM offering_facets WHERE offering_id = ?`), id); err != nil {
		return Record{}, fmt.Errorf("store: clear facets: %w", err)
	}
	if _, err := tx.ExecContext(ctx, s.q(`DELETE FROM drafts WHERE id = ?`), id); err != nil {
		return Record{}, fmt.Errorf("store: remove draft: %w", err)
	}
	if imported == nil { // an import writes no discarded id
		if _, err := tx.ExecContext(ctx, s.q(`DELETE FROM discarded_drafts WHERE id = ?`), id); err != nil {
			return Record{}, fmt.Errorf("store: remove discard: %w", err)
		}
	}
	rows := facetsOf(o)
	for len(rows) > 0 {
		n := min(len(rows), 200)
		var b strings.Builder
		args := make([]any, 0, 3*n)
		b.WriteString(`INSERT INTO offering_facets (offering_id, facet, code) VALUES `)
		for i, r := range rows[:n] {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString("(?, ?, ?)")
			args = append(args, id, r.facet, r.code)
		}
		if _, err := tx.ExecContext(ctx, s.q(b.String()), args...); err != nil {
			return Record{}, fmt.Errorf("store: write facets: %w", err)
		}
		rows = rows[n:]
	}
	return Record{Offering: *o, Doc: doc, Version: v}, nil
}

// conflictsColumn is how a set of conflicts is stored: a JSON array of
// the members' paths, or NULL when there are none.
func conflictsColumn(conflicts []string) (sql.NullString, error) {
	if len(conflicts) == 0 {
		return sql.NullString{}, nil
	}
	b, err := json.Marshal(conflicts)
	if err != nil {
		return sql.NullString{}, fmt.Errorf("store: encode conflicts: %w", err)
	}
	return sql.NullString{String: string(b), Valid: true}, nil
}

// readConflicts reads the stored conflicts column.
func readConflicts(c sql.NullString) ([]string, error) {
	if !c.Valid {
		return nil, nil
	}
	var out []string
	if err := json.Unmarshal([]byte(c.String), &out); err != nil {
		return nil, fmt.Errorf("store: stored conflicts: %w", err)
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// current returns the version of the row with id and whether it is live;
// ok is false when there is no row at all.
func (s *sqlStore) current(ctx context.Context, tx *sql.Tx, id uuid.UUID) (version int64, live, ok bool, err error) {
	var deleted bool
	err = tx.QueryRowContext(ctx, s.q(`SELECT version, deleted FROM offerings WHERE id = ?`), id.String()).Scan(&version, &deleted)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, false, nil
	}
	if err != nil {
		return 0, false, false, err
	}
	return version, !deleted, true, nil
}

func (s *sqlStore) Create(ctx context.Context, o *lmh.Offering) (Record, error) {
	var rec Record
	err := s.inTx(ctx, nil, func(tx *sql.Tx) error {
		v, err := s.bump(ctx, tx)
		if err != nil {
			return err
		}
		if _, live, _, err := s.current(ctx, tx, o.ID); err != nil {
			return err
		} else if live {
			return ErrExists
		}
		rec, err = s.write(ctx, tx, o, v, nil, nil)
		return err
	})
	return rec, err
}

func (s *sqlStore) Update(ctx context.Context, o *lmh.Offering, want int64) (Record, error) {
	var rec Record
	err := s.inTx(ctx, nil, func(tx *sql.Tx) error {
		v, err := s.bump(ctx, tx)
		if err != nil {
			return err
		}
		have, live, _, err := s.current(ctx, tx, o.ID)
		switch {
		case err != nil:
			return err
		case !live:
			return ErrNotFound
		case want != AnyVersion && have != want:
			return ErrVersionMismatch
		}
		rec, err = s.write(ctx, tx, o, v, nil, nil)
		return err
	})
	return rec, err
}

func (s *sqlStore) Delete(ctx context.Context, id uuid.UUID, want int64) (Deletion, error) {
	var out Deletion
	err := s.inTx(ctx, nil, func(tx *sql.Tx) error {
		v, err := s.bump(ctx, tx)
		if err != nil {
			return err
		}
		// One read of the row: its version and liveness for the checks,
		// its document and last imported line for the discard below.
		var (
			have          int64
			deleted       bool
			doc, imported sql.NullString
		)
		err = tx.QueryRowContext(ctx, s.q(`SELECT version, deleted, `+s.d.docExpr+`, `+s.text("imported")+` FROM offerings WHERE id = ?`),
			id.String()).Scan(&have, &deleted, &doc, &imported)
		switch {
		case errors.Is(err, sql.ErrNoRows), err == nil && deleted:
			return ErrNotFound
		case err != nil:
			return err
		case want != AnyVersion && have != want:
			return ErrVersionMismatch
		}
		// An offering an import wrote is remembered as deleted, with what
		// it was, so that the next import of its listing does not create
		// it again and Restore can put it back.
		if imported.Valid {
			if err := s.remember(ctx, tx, id, KindOffering, doc, sql.NullString{}, imported); err != nil {
				return err
			}
			out.Remembered = true
		}
		if _, err := tx.ExecContext(ctx, s.q(`DELETE FROM offering_facets WHERE offering_id = ?`), id.String()); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, s.q(`UPDATE offerings SET deleted = true, doc = NULL, imported = NULL, conflicts = NULL, version = ?, updated_at = ? WHERE id = ?`),
			v, now().UTC().Format(time.RFC3339Nano), id.String())
		out.Version = v
		return err
	})
	if err != nil {
		return Deletion{}, err
	}
	return out, nil
}

// remember records a discard of id: what was thrown away (kind), its
// document, a draft's missing fields and an offering's last imported line.
func (s *sqlStore) remember(ctx context.Context, tx *sql.Tx, id uuid.UUID, kind DiscardKind, doc, missing, imported sql.NullString) error {
	_, err := tx.ExecContext(ctx, s.q(`
		INSERT INTO discarded_drafts (id, discarded_at, kind, doc, missing, imported) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET discarded_at = excluded.discarded_at, kind = excluded.kind,
			doc = excluded.doc, missing = excluded.missing, imported = excluded.imported`),
		id.String(), now().UTC().Format(time.RFC3339Nano), string(kind), doc, missing, imported)
	if err != nil {
		return fmt.Errorf("store: remember the discard: %w", err)
	}
	return nil
}

func (s *sqlStore) Seed(ctx context.Context, offerings []lmh.Offering) (int, error) {
	n := 0
	err := s.inTx(ctx, nil, func(tx *sql.Tx) error {
		v, err := s.bump(ctx, tx)
		if err != nil {
			return err
		}
		var any int
		if err := tx.QueryRowContext(ctx, s.q(`SELECT count(*) FROM (SELECT 1 FROM offerings LIMIT 1) t`)).Scan(&any); err != nil {
			return err
		}
		if any > 0 || len(offerings) == 0 {
			return errNothingToSeed
		}
		for i := range offerings {
			if _, err := s.write(ctx, tx, &offerings[i], v, nil, nil); err != nil {
				return fmt.Errorf("offering %d: %w", i, err)
			}
		}
		n = len(offerings)
		return nil
	})
	if errors.Is(err, errNothingToSeed) {
		return 0, nil
	}
	return n, err
}

var errNothingToSeed = errors.New("store: nothing to seed")

func (s *sqlStore) Get(ctx context.Context, id uuid.UUID) (Record, error) {
	var (
		doc       string
		v         int64
		conflicts sql.NullString
	)
	err := s.db.QueryRowContext(ctx, s.q(`SELECT version, `+s.d.docExpr+`, `+s.text("conflicts")+` FROM offerings WHERE id = ? AND NOT deleted`),
		id.String()).Scan(&v, &doc, &conflicts)
	if errors.Is(err, sql.ErrNoRows) {
		return Record{}, ErrNotFound
	}
	if err != nil {
		return Record{}, s.wrap(err)
	}
	rec, err := decodeRecord([]byte(doc), v)
	if err != nil {
		return Record{}, err
	}
	if rec.Conflicts, err = readConflicts(conflicts); err != nil {
		return Record{}, err
	}
	return rec, nil
}

func (s *sqlStore) Listing(ctx context.Context, id uuid.UUID) ([]ListingValue, int64, error) {
	var (
		v                   int64
		imported, conflicts sql.NullString
	)
	err := s.db.QueryRowContext(ctx, s.q(`SELECT version, `+s.text("imported")+`, `+s.text("conflicts")+` FROM offerings WHERE id = ? AND NOT deleted`),
		id.String()).Scan(&v, &imported, &conflicts)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, 0, ErrNotFound
	}
	if err != nil {
		return nil, 0, s.wrap(err)
	}
	paths, err := readConflicts(conflicts)
	if err != nil || len(paths) == 0 {
		return nil, v, err
	}
	// A merge that stores conflicts keeps its line as the last imported
	// one, and every write that replaces the line replaces or clears the
	// conflicts: the line is what the listing said when they were found.
	var line map[string]any
	if imported.Valid {
		if line, err = object([]byte(imported.String)); err != nil {
			return nil, 0, fmt.Errorf("store: the last imported line of %s does not decode", id)
		}
	}
	out := make([]ListingValue, len(paths))
	for i, p := range paths {
		out[i].Path = p
		if val, ok := getPath(line, p); ok {
			if out[i].Value, err = json.Marshal(val); err != nil {
				return nil, 0, err
			}
		}
	}
	return out, v, nil
}

func decodeRecord(doc []byte, v int64) (Record, error) {
	o, err := decodeStored(doc)
	if err != nil {
		return Record{}, fmt.Errorf("store: stored offering does not decode: %w", err)
	}
	return Record{Offering: o, Doc: doc, Version: v}, nil
}

func (s *sqlStore) List(ctx context.Context, f Filter) (Page, error) {
	var (
		where []string
		args  []any
	)
	where = append(where, "NOT o.deleted")
	if f.After != uuid.Nil {
		where = append(where, "o.id > ?")
		args = append(args, f.After.String())
	}
	in := func(col string, values []string) {
		if len(values) == 0 {
			return
		}
		where = append(where, col+" IN ("+placeholders(len(values))+")")
		for _, v := range values {
			args = append(args, v)
		}
	}
	in("o.status", f.Statuses)
	in("o.programme", f.Programmes)
	facet := func(rows []facetRow) {
		if len(rows) == 0 {
			return
		}
		alts := make([]string, len(rows))
		for i, r := range rows {
			alts[i] = "(f.facet = ? AND f.code = ?)"
			args = append(args, r.facet, r.code)
		}
		where = append(where, "EXISTS (SELECT 1 FROM offering_facets f WHERE f.offering_id = o.id AND ("+strings.Join(alts, " OR ")+"))")
	}
	var rows []facetRow
	for _, m := range f.Municipalities {
		rows = append(rows, placeAlternatives(m)...)
	}
	facet(rows)
	rows = nil
	for _, r := range f.Roles {
		rows = append(rows, facetRow{facetRole, r})
	}
	facet(rows)
	rows = nil
	for _, c := range f.Conditions {
		rows = append(rows, facetRow{facetCondition, c})
	}
	facet(rows)

	limit := max(f.Limit, 1)
	query := `SELECT o.version, ` + s.d.docExpr + ` FROM offerings o WHERE ` + strings.Join(where, " AND ") +
		` ORDER BY o.id LIMIT ?`
	args = append(args, limit+1)
	rs, err := s.db.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return Page{}, s.wrap(err)
	}
	defer rs.Close()
	var p Page
	for rs.Next() {
		var (
			v   int64
			doc string
		)
		if err := rs.Scan(&v, &doc); err != nil {
			return Page{}, s.wrap(err)
		}
		if len(p.Records) == limit {
			p.More = true
			break
		}
		rec, err := decodeRecord([]byte(doc), v)
		if err != nil {
			return Page{}, err
		}
		p.Records = append(p.Records, rec)
	}
	return p, s.wrap(rs.Err())
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

func (s *sqlStore) Changes(ctx context.Context, since int64) ([]Change, int64, error) {
	var (
		out     []Change
		version int64
	)
	err := s.inTx(ctx, s.d.readTx, func(tx *sql.Tx) error {
		if err := tx.QueryRowContext(ctx, s.q(`SELECT version FROM catalogue WHERE id = 1`)).Scan(&version); err != nil {
			return err
		}
		if version == since {
			return nil
		}
		rs, err := tx.QueryContext(ctx, s.q(`SELECT id, version, deleted, COALESCE(`+s.d.docExpr+`, '') FROM offerings WHERE version > ? ORDER BY version, id`), since)
		if err != nil {
			return err
		}
		defer rs.Close()
		for rs.Next() {
			var (
				id  string
				c   Change
				doc string
			)
			if err := rs.Scan(&id, &c.Version, &c.Deleted, &doc); err != nil {
				return err
			}
			if c.ID, err = uuid.Parse(id); err != nil {
				return fmt.Errorf("store: stored id: %w", err)
			}
			if !c.Deleted {
				rec, err := decodeRecord([]byte(doc), c.Version)
				if err != nil {
					return err
				}
				c.Offering, c.Doc = rec.Offering, rec.Doc
			}
			out = append(out, c)
		}
		return rs.Err()
	})
	return out, version, err
}

// errNothingWritten rolls back an import that wrote nothing, so that the
// catalogue's version is not bumped for it.
var errNothingWritten = errors.New("store: nothing written")

// text is how a JSON column is read as text.
func (s *sqlStore) text(col string) string { return strings.ReplaceAll(s.d.docExpr, "doc", col) }

func (s *sqlStore) Import(ctx context.Context, items []ImportItem) ([]ImportResult, int64, error) {
	out := make([]ImportResult, len(items))
	var v int64
	err := s.inTx(ctx, nil, func(tx *sql.Tx) error {
		var err error
		if v, err = s.bump(ctx, tx); err != nil {
			return err
		}
		// wrote: an offering, or its stored conflicts, took the new
		// version; kept: a draft, a discard or a last imported line was
		// written, which the catalogue does not show.
		wrote, kept := false, false
		discarded, err := s.discards(ctx, tx)
		if err != nil {
			return fmt.Errorf("store: import: read the discards: %w", err)
		}
		for i := range items {
			it := &items[i]
			o := it.Offering
			if o.ID == uuid.Nil {
				return fmt.Errorf("store: import: item %d (of %d) has no id", i+1, len(items))
			}
			line, err := json.Marshal(&o)
			if err != nil {
				return fmt.Errorf("store: import %s: encode the line: %w", o.ID, err)
			}
			var (
				doc, imported, had sql.NullString
				deleted            bool
			)
			err = tx.QueryRowContext(ctx, s.q(`SELECT deleted, `+s.d.docExpr+`, `+s.text("imported")+`, `+s.text("conflicts")+` FROM offerings WHERE id = ?`),
				o.ID.String()).Scan(&deleted, &doc, &imported, &had)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("store: import %s: read the stored offering: %w", o.ID, err)
			}
			if live := err == nil && !deleted; !live {
				if d, ok := discarded[o.ID]; ok {
					out[i] = ImportResult{Outcome: Discarded, DiscardedAt: d.At}
					if d.Kind == KindOffering {
						out[i].Outcome = Deleted
					}
					continue
				}
				if len(it.Missing) > 0 {
					if err := s.hold(ctx, tx, &o, it.Missing); err != nil {
						return fmt.Errorf("store: import %s: hold the draft: %w", o.ID, err)
					}
					out[i].Outcome, kept = Held, true
					continue
				}
				if _, err := s.write(ctx, tx, &o, v, line, nil); err != nil {
					return fmt.Errorf("store: import %s: %w", o.ID, err)
				}
				out[i].Outcome, wrote = Created, true
				continue
			}
			// Each document is decoded once, as an object: the last
			// imported line, the new line and, when they differ, the
			// stored offering, which the merge and the comparison with
			// it both take as an object (not also into lmh's type).
			undecodable := ImportResult{Outcome: Rejected, Err: fmt.Errorf("%w: %s", ErrStoredUndecodable, o.ID)}
			var base map[string]any
			if imported.Valid {
				if base, err = object([]byte(imported.String)); err != nil {
					out[i] = undecodable
					continue
				}
			}
			n, err := object(line)
			if err != nil {
				out[i] = ImportResult{Outcome: Rejected, Err: err}
				continue
			}
			if sameMembers(base, n) {
				// The listing changed nothing since the last import: the
				// merge is the stored offering (a rerun's common case),
				// and the conflicts an earlier merge stored stay. The
				// stored offering is not read: nothing is merged into it.
				out[i].Outcome = Unchanged
				continue
			}
			sm, err := object([]byte(doc.String))
			if err != nil {
				out[i] = undecodable
				continue
			}
			merged, mergedDoc, keptLine, keptObj, conflicts, err := merge(sm, base, n, line)
			var ve *lmh.ValidationError
			if err != nil && !errors.As(err, &ve) {
				// The line and the last imported one are lmh's own
				// encoding; a merge that does not decode holds a stored
				// value that no longer does.
				out[i] = undecodable
				continue
			}
			if err != nil {
				out[i] = ImportResult{Outcome: Rejected, Err: err}
				continue
			}
			out[i].Conflicts = conflicts
			// The merge is the stored offering when their members are
			// the same but for last_modified (the same JSON values are
			// the same offering; merge changes no value of sm).
			if sameMembers(sm, mergedDoc) {
				out[i].Outcome = Unchanged
				if !sameMembers(base, keptObj) {
					if _, err := tx.ExecContext(ctx, s.q(`UPDATE offerings SET imported = ? WHERE id = ?`), string(keptLine), o.ID.String()); err != nil {
						return fmt.Errorf("store: import %s: keep the line: %w", o.ID, err)
					}
					kept = true
				}
				// This merge's conflicts replace the stored ones. A set
				// that differs takes a new version (the document and its
				// last_modified stay): a person who read the offering
				// before it cannot then save over it unseen (If-Match
				// fails), and a cache revalidating the old ETag gets the
				// new set. So does any set this merge found, also the
				// one stored: a conflict is where the line differs from
				// the last imported one, which it replaces, so what GET
				// .../conflicts answers there (the kept line's value) is
				// new, and one ETag must not stand for two of them.
				before, err := readConflicts(had)
				if err != nil {
					return fmt.Errorf("store: import %s: %w", o.ID, err)
				}
				if len(conflicts) > 0 || !slices.Equal(before, conflicts) {
					cs, err := conflictsColumn(conflicts)
					if err != nil {
						return err
					}
					if _, err := tx.ExecContext(ctx, s.q(`UPDATE offerings SET conflicts = ?, version = ? WHERE id = ?`), cs, v, o.ID.String()); err != nil {
						return fmt.Errorf("store: import %s: keep the conflicts: %w", o.ID, err)
					}
					wrote = true
				}
				continue
			}
			if _, err := s.write(ctx, tx, &merged, v, keptLine, conflicts); err != nil {
				return fmt.Errorf("store: import %s: %w", o.ID, err)
			}
			out[i].Outcome, wrote = Updated, true
		}
		if !wrote && !kept {
			return errNothingWritten
		}
		if !wrote {
			// Nothing the catalogue shows: keep the rest, but give the
			// version back (the row lock is still held, so no other
			// writer saw it). A replica woken by the notification finds
			// nothing new.
			_, err := tx.ExecContext(ctx, s.q(`UPDATE catalogue SET version = version - 1 WHERE id = 1`))
			v--
			return err
		}
		return nil
	})
	if errors.Is(err, errNothingWritten) {
		v, err = s.Version(ctx)
		return out, v, err
	}
	if err != nil {
		return nil, 0, err
	}
	return out, v, nil
}

// discards returns the discards by id: their kind and when (no documents).
func (s *sqlStore) discards(ctx context.Context, tx *sql.Tx) (map[uuid.UUID]Discard, error) {
	rs, err := tx.QueryContext(ctx, s.q(`SELECT id, kind, `+s.text("discarded_at")+` FROM discarded_drafts`))
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	out := map[uuid.UUID]Discard{}
	for rs.Next() {
		var id, kind, at string
		if err := rs.Scan(&id, &kind, &at); err != nil {
			return nil, err
		}
		u, err := uuid.Parse(id)
		if err != nil {
			return nil, fmt.Errorf("store: stored discard id: %w", err)
		}
		out[u] = Discard{ID: u, Kind: DiscardKind(kind), At: parseStamp(at)}
	}
	return out, rs.Err()
}

// parseStamp reads a stored time: RFC 3339 text from SQLite, PostgreSQL's
// timestamptz as text. The zero time when it cannot be read.
func parseStamp(s string) time.Time {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02 15:04:05.999999999Z07", "2006-01-02 15:04:05.999999999Z07:00"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}

// hold stores o as the draft of its ID.
func (s *sqlStore) hold(ctx context.Context, tx *sql.Tx, o *lmh.Offering, missing []string) error {
	doc, err := json.Marshal(o)
	if err != nil {
		return err
	}
	m, err := json.Marshal(missing)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, s.q(`
		INSERT INTO drafts (id, doc, missing, updated_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET doc = excluded.doc, missing = excluded.missing, updated_at = excluded.updated_at`),
		o.ID.String(), string(doc), string(m), now().UTC().Format(time.RFC3339Nano))
	return err
}

func (s *sqlStore) Drafts(ctx context.Context, after uuid.UUID, limit int) ([]Draft, bool, error) {
	limit = max(limit, 1)
	rs, err := s.db.QueryContext(ctx, s.q(`SELECT id, `+s.text("doc")+`, `+s.text("missing")+` FROM drafts WHERE id > ? ORDER BY id LIMIT ?`),
		after.String(), limit+1)
	if err != nil {
		return nil, false, s.wrap(err)
	}
	defer rs.Close()
	var out []Draft
	for rs.Next() {
		var (
			id, doc, missing string
			d                Draft
		)
		if err := rs.Scan(&id, &doc, &missing); err != nil {
			return nil, false, s.wrap(err)
		}
		if len(out) == limit {
			return out, true, nil
		}
		if d.ID, err = uuid.Parse(id); err != nil {
			return nil, false, fmt.Errorf("store: stored draft id: %w", err)
		}
		d.Doc = []byte(doc)
		if err := json.Unmarshal([]byte(missing), &d.Missing); err != nil {
			return nil, false, fmt.Errorf("store: stored draft: %w", err)
		}
		out = append(out, d)
	}
	return out, false, s.wrap(rs.Err())
}

func (s *sqlStore) DeleteDraft(ctx context.Context, id uuid.UUID) error {
	return s.inTx(ctx, nil, func(tx *sql.Tx) error {
		// The catalogue's lock, as every write takes it, without a new
		// version (nothing the catalogue shows changes): else a discard
		// could commit between an import's reading of the discards and
		// its holding the draft again, leaving it held and discarded.
		if err := s.lock(ctx, tx); err != nil {
			return err
		}
		var doc, missing sql.NullString
		err := tx.QueryRowContext(ctx, s.q(`SELECT `+s.text("doc")+`, `+s.text("missing")+` FROM drafts WHERE id = ?`),
			id.String()).Scan(&doc, &missing)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, s.q(`DELETE FROM drafts WHERE id = ?`), id.String()); err != nil {
			return err
		}
		return s.remember(ctx, tx, id, KindDraft, doc, missing, sql.NullString{})
	})
}

func (s *sqlStore) Discards(ctx context.Context, after uuid.UUID, limit int) ([]Discard, bool, error) {
	limit = max(limit, 1)
	rs, err := s.db.QueryContext(ctx, s.q(`SELECT id, kind, `+s.text("discarded_at")+`, `+s.text("doc")+`, `+s.text("missing")+
		` FROM discarded_drafts WHERE id > ? ORDER BY id LIMIT ?`), after.String(), limit+1)
	if err != nil {
		return nil, false, s.wrap(err)
	}
	defer rs.Close()
	var out []Discard
	for rs.Next() {
		var (
			id, kind, at string
			doc, missing sql.NullString
			d            Discard
		)
		if err := rs.Scan(&id, &kind, &at, &doc, &missing); err != nil {
			return nil, false, s.wrap(err)
		}
		if len(out) == limit {
			return out, true, nil
		}
		if d.ID, err = uuid.Parse(id); err != nil {
			return nil, false, fmt.Errorf("store: stored discard id: %w", err)
		}
		d.Kind, d.At = DiscardKind(kind), parseStamp(at)
		if doc.Valid {
			d.Doc = []byte(doc.String)
		}
		if missing.Valid {
			if err := json.Unmarshal([]byte(missing.String), &d.Missing); err != nil {
				return nil, false, fmt.Errorf("store: stored discard: %w", err)
			}
		}
		out = append(out, d)
	}
	return out, false, s.wrap(rs.Err())
}

func (s *sqlStore) Restore(ctx context.Context, id uuid.UUID, at time.Time) (Restored, error) {
	var out Restored
	err := s.inTx(ctx, nil, func(tx *sql.Tx) error {
		// Like every write, take the catalogue's lock first; the version
		// is given back below when no offering is written.
		v, err := s.bump(ctx, tx)
		if err != nil {
			return err
		}
		var (
			kind                   string
			doc, missing, imported sql.NullString
		)
		err = tx.QueryRowContext(ctx, s.q(`SELECT kind, `+s.text("doc")+`, `+s.text("missing")+`, `+s.text("imported")+
			` FROM discarded_drafts WHERE id = ?`), id.String()).Scan(&kind, &doc, &missing, &imported)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		out.Kind = DiscardKind(kind)
		if _, err := tx.ExecContext(ctx, s.q(`DELETE FROM discarded_drafts WHERE id = ?`), id.String()); err != nil {
			return err
		}
		_, live, _, err := s.current(ctx, tx, id)
		if err != nil {
			return err
		}
		switch {
		case !doc.Valid || live:
		case out.Kind == KindDraft:
			if !missing.Valid {
				missing = sql.NullString{String: "[]", Valid: true}
			}
			if _, err := tx.ExecContext(ctx, s.q(`
				INSERT INTO drafts (id, doc, missing, updated_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (id) DO UPDATE SET doc = excluded.doc, missing = excluded.missing, updated_at = excluded.updated_at`),
				id.String(), doc.String, missing.String, now().UTC().Format(time.RFC3339Nano)); err != nil {
				return fmt.Errorf("store: hold the draft again: %w", err)
			}
			out.Put = true
		case out.Kind == KindOffering:
			o, err := decodeStored([]byte(doc.String))
			if err != nil {
				return fmt.Errorf("%w: %s", ErrStoredUndecodable, id)
			}
			o.LastModified = at
			var line []byte
			if imported.Valid {
				line = []byte(imported.String)
			}
			if _, err := s.write(ctx, tx, &o, v, line, nil); err != nil {
				return err
			}
			out.Put, out.Version = true, v
			return nil
		}
		_, err = tx.ExecContext(ctx, s.q(`UPDATE catalogue SET version = version - 1 WHERE id = 1`))
		return err
	})
	if err != nil {
		return Restored{}, err
	}
	return out, nil
}
