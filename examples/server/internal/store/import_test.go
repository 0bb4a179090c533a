package store_test

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/lmhkit/lmhkit/examples/server/internal/store"
	"github.com/lmhkit/lmhkit/examples/server/internal/testdb"
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// TestImport: one version per import that writes, none for one that does
// not; outcomes by id; incomplete offerings held as drafts, merged into
// the live offering, and drafts removed when their offering is written.
func TestImport(t *testing.T) {
	forEach(t, func(t *testing.T, s store.Store) {
		ctx := context.Background()
		cat := seeded(t, s)
		v0, _ := s.Version(ctx)
		fresh := cat[0]
		fresh.ID = uuid.MustParse("0c9a9d4e-1111-4c1a-9a39-000000000001")
		changed := cat[1]
		changed.Name += " (ny)"
		same := cat[2]
		same.LastModified = same.LastModified.Add(time.Hour)
		draft := cat[3]
		draft.ID = uuid.MustParse("0c9a9d4e-1111-4c1a-9a39-000000000002")
		draft.Coverage = lmh.Coverage{}
		gone := cat[4]
		if _, err := s.Delete(ctx, gone.ID, store.AnyVersion); err != nil {
			t.Fatal(err)
		}
		v0++
		incompleteLive := cat[5]
		incompleteLive.Coverage = lmh.Coverage{}
		incompleteLive.Name += " (fullført)"
		broken := cat[6]
		broken.Format = taxonomy.FormatGroup
		broken.Frames.Capacity.Max = 1

		items := []store.ImportItem{
			{Offering: fresh}, {Offering: changed}, {Offering: same},
			{Offering: draft, Missing: []string{"coverage"}},
			{Offering: gone},
			{Offering: incompleteLive, Missing: []string{"coverage"}},
			{Offering: broken},
		}
		res, v, err := s.Import(ctx, items)
		if err != nil {
			t.Fatal(err)
		}
		want := []store.Outcome{store.Created, store.Updated, store.Unchanged, store.Held, store.Created, store.Updated, store.Rejected}
		for i, w := range want {
			if res[i].Outcome != w {
				t.Errorf("item %d: %s, want %s", i, res[i].Outcome, w)
			}
		}
		var ve *lmh.ValidationError
		if !errors.As(res[6].Err, &ve) {
			t.Errorf("a rejected item's error: %v", res[6].Err)
		}
		if v != v0+1 {
			t.Errorf("version %d after an import, want %d", v, v0+1)
		}
		if rec, err := s.Get(ctx, same.ID); err != nil || rec.Version == v || !rec.Offering.LastModified.Equal(cat[2].LastModified) {
			t.Errorf("an unchanged offering was written: %v %d %v", err, rec.Version, rec.Offering.LastModified)
		}
		if rec, err := s.Get(ctx, incompleteLive.ID); err != nil || rec.Offering.Name != incompleteLive.Name || rec.Offering.Coverage.IsZero() {
			t.Errorf("the merged offering (the line's name, the stored coverage): %v %q %+v", err, rec.Offering.Name, rec.Offering.Coverage)
		}
		ds, more, err := s.Drafts(ctx, uuid.Nil, 10)
		if err != nil || more || len(ds) != 1 || ds[0].ID != draft.ID || len(ds[0].Missing) != 1 {
			t.Fatalf("Drafts = %+v, %v, %v", ds, more, err)
		}
		if _, err := lmh.DecodeOffering(ds[0].Doc); err != nil {
			t.Error(err)
		}

		// Drafts alone, and nothing at all: the version stays.
		again := draft
		again.Name += " (igjen)"
		if _, v2, err := s.Import(ctx, []store.ImportItem{{Offering: again, Missing: []string{"coverage"}}, {Offering: same}}); err != nil || v2 != v {
			t.Errorf("drafts alone: version %d, %v; want %d", v2, err, v)
		}
		if got, _ := s.Version(ctx); got != v {
			t.Errorf("the catalogue's version %d after drafts alone, want %d", got, v)
		}
		if ds, _, _ := s.Drafts(ctx, uuid.Nil, 10); len(ds) != 1 || !strings.Contains(string(ds[0].Doc), "(igjen)") {
			t.Errorf("the draft was not replaced: %+v", ds)
		}

		// Writing the offering removes its draft.
		full := draft
		full.Coverage = cat[3].Coverage
		if _, err := s.Create(ctx, &full); err != nil {
			t.Fatal(err)
		}
		if ds, _, _ := s.Drafts(ctx, uuid.Nil, 10); len(ds) != 0 {
			t.Errorf("drafts after the offering was created: %+v", ds)
		}
		if err := s.DeleteDraft(ctx, draft.ID); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("DeleteDraft of none: %v", err)
		}
	})
}

// TestImportStoredDoesNotDecode: a stored offering that no longer decodes
// rejects the item of its id with ErrStoredUndecodable, naming the id; the
// other items are imported.
func TestImportStoredDoesNotDecode(t *testing.T) {
	ctx := context.Background()
	path := testdb.SQLite(t)
	s, err := store.OpenSQLite(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	cat := seeded(t, s)
	bad := cat[2]
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, `UPDATE offerings SET doc = '{"colour": "blue"}' WHERE id = ?`, bad.ID.String()); err != nil {
		t.Fatal(err)
	}
	changed := cat[0]
	changed.Name += " (ny)"
	res, _, err := s.Import(ctx, []store.ImportItem{{Offering: changed}, {Offering: bad}})
	if err != nil || res[0].Outcome != store.Updated || res[1].Outcome != store.Rejected ||
		!errors.Is(res[1].Err, store.ErrStoredUndecodable) || !strings.Contains(res[1].Err.Error(), bad.ID.String()) {
		t.Errorf("Import over a stored offering that does not decode: %+v, %v; want it rejected naming %s", res, err, bad.ID)
	}
	// A stored value that no longer decodes (a code the library no longer
	// knows), which the line replaces: the merge decodes and is written.
	healed := cat[3]
	if _, err := db.ExecContext(ctx, `UPDATE offerings SET doc = json_set(doc, '$.format', 'no-such-format') WHERE id = ?`, healed.ID.String()); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(ctx, healed.ID); err == nil {
		t.Fatal("setup: the stored offering still decodes")
	}
	res, _, err = s.Import(ctx, []store.ImportItem{{Offering: healed}})
	if err != nil || res[0].Outcome != store.Updated {
		t.Errorf("Import replacing the value that does not decode: %+v, %v; want updated", res, err)
	}
	if got, err := s.Get(ctx, healed.ID); err != nil || got.Offering.Format != healed.Format {
		t.Errorf("after it: %v %v", got.Offering.Format, err)
	}
}

// TestImportDiscards: a discarded draft's id is answered Discarded, with
// the time, until the discard is forgotten; a write by hand forgets it
// too, and takes the draft as the offering's last imported line.
func TestImportDiscards(t *testing.T) {
	forEach(t, func(t *testing.T, s store.Store) {
		ctx := context.Background()
		cat := seeded(t, s)
		d := cat[0]
		d.ID = uuid.MustParse("0c9a9d4e-1111-4c1a-9a39-000000000003")
		d.Coverage = lmh.Coverage{}
		item := []store.ImportItem{{Offering: d, Missing: []string{"coverage"}}}
		if res, _, err := s.Import(ctx, item); err != nil || res[0].Outcome != store.Held {
			t.Fatalf("%+v %v", res, err)
		}
		before := time.Now().Add(-time.Minute)
		if err := s.DeleteDraft(ctx, d.ID); err != nil {
			t.Fatal(err)
		}
		v, _ := s.Version(ctx)
		res, v2, err := s.Import(ctx, item)
		if err != nil || res[0].Outcome != store.Discarded || res[0].DiscardedAt.Before(before) || v2 != v {
			t.Fatalf("after the discard: %+v %v (version %d, was %d)", res, err, v2, v)
		}
		if ds, _, _ := s.Drafts(ctx, uuid.Nil, 10); len(ds) != 0 {
			t.Errorf("held again: %+v", ds)
		}
		if _, err := s.Restore(ctx, d.ID, time.Now()); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Restore(ctx, d.ID, time.Now()); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Restore again: %v", err)
		}
		if res, _, err := s.Import(ctx, item); err != nil || res[0].Outcome != store.Held {
			t.Fatalf("after forgetting the discard: %+v %v", res, err)
		}
		// Completed by hand from the draft: the draft is its last imported
		// line, so the coverage the person added survives the next import.
		full := d
		full.Coverage = cat[0].Coverage
		full.Status = lmh.StatusEnded
		if _, err := s.Create(ctx, &full); err != nil {
			t.Fatal(err)
		}
		if res, _, err := s.Import(ctx, item); err != nil || res[0].Outcome != store.Unchanged {
			t.Fatalf("the draft's line over its completed offering: %+v %v", res, err)
		}
	})
}

// TestDeletedImportIsRemembered: a person's deletion of an offering an
// import wrote is remembered like a discard: the next import of its
// listing answers Deleted and writes nothing, Discards lists it with the
// offering as deleted, and Restore puts it back live (a new version) with
// its last imported line, so that the next import of the same listing is
// unchanged. A seeded offering's deletion is not remembered: no import
// wrote it.
func TestDeletedImportIsRemembered(t *testing.T) {
	forEach(t, func(t *testing.T, s store.Store) {
		ctx := context.Background()
		cat := seeded(t, s)
		o := cat[0]
		o.ID = uuid.MustParse("0c9a9d4e-1111-4c1a-9a39-000000000d01")
		item := []store.ImportItem{{Offering: o}}
		if res, _, err := s.Import(ctx, item); err != nil || res[0].Outcome != store.Created {
			t.Fatalf("first import: %+v %v", res, err)
		}
		before := time.Now().Add(-time.Minute)
		if _, err := s.Delete(ctx, o.ID, store.AnyVersion); err != nil {
			t.Fatal(err)
		}
		v, _ := s.Version(ctx)
		res, v2, err := s.Import(ctx, item)
		if err != nil || res[0].Outcome != store.Deleted || res[0].DiscardedAt.Before(before) || v2 != v {
			t.Fatalf("after the deletion: %+v %v (version %d, was %d)", res, err, v2, v)
		}
		if _, err := s.Get(ctx, o.ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("the deleted offering is back: %v", err)
		}
		ds, more, err := s.Discards(ctx, uuid.Nil, 10)
		if err != nil || more || len(ds) != 1 || ds[0].ID != o.ID || ds[0].Kind != store.KindOffering ||
			!strings.Contains(string(ds[0].Doc), o.Name) || ds[0].At.Before(before) {
			t.Fatalf("Discards = %+v, %v, %v", ds, more, err)
		}
		at := time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)
		r, err := s.Restore(ctx, o.ID, at)
		if err != nil || r.Kind != store.KindOffering || r.Version <= v {
			t.Fatalf("Restore = %+v, %v (version was %d)", r, err, v)
		}
		rec, err := s.Get(ctx, o.ID)
		if err != nil || rec.Version != r.Version || !rec.Offering.LastModified.Equal(at) || rec.Offering.Name != o.Name {
			t.Fatalf("restored: %+v %v", rec, err)
		}
		if res, _, err := s.Import(ctx, item); err != nil || res[0].Outcome != store.Unchanged {
			t.Errorf("the same listing after the restore: %+v %v", res, err)
		}
		if _, err := s.Restore(ctx, o.ID, at); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Restore again: %v", err)
		}
		// A seeded offering is not remembered when deleted.
		if _, err := s.Delete(ctx, cat[1].ID, store.AnyVersion); err != nil {
			t.Fatal(err)
		}
		if res, _, err := s.Import(ctx, []store.ImportItem{{Offering: cat[1]}}); err != nil || res[0].Outcome != store.Created {
			t.Errorf("a seeded offering deleted, then imported: %+v %v", res, err)
		}
	})
}

// TestDiscardedDraftsListedAndRestored: a discarded draft is listed by
// Discards with what it held and lacked, paged by id; Restore holds it
// again at once.
func TestDiscardedDraftsListedAndRestored(t *testing.T) {
	forEach(t, func(t *testing.T, s store.Store) {
		ctx := context.Background()
		cat := seeded(t, s)
		var items []store.ImportItem
		for i, id := range []string{"0c9a9d4e-1111-4c1a-9a39-000000000e02", "0c9a9d4e-1111-4c1a-9a39-000000000e01"} {
			d := cat[i]
			d.ID = uuid.MustParse(id)
			d.Coverage = lmh.Coverage{}
			items = append(items, store.ImportItem{Offering: d, Missing: []string{"coverage"}})
		}
		if _, _, err := s.Import(ctx, items); err != nil {
			t.Fatal(err)
		}
		for _, it := range items {
			if err := s.DeleteDraft(ctx, it.Offering.ID); err != nil {
				t.Fatal(err)
			}
		}
		v, _ := s.Version(ctx)
		page, more, err := s.Discards(ctx, uuid.Nil, 1)
		if err != nil || !more || len(page) != 1 || page[0].ID != items[1].Offering.ID || page[0].Kind != store.KindDraft ||
			strings.Join(page[0].Missing, ",") != "coverage" || !strings.Contains(string(page[0].Doc), cat[1].Name) {
			t.Fatalf("first page: %+v %v %v", page, more, err)
		}
		page, more, err = s.Discards(ctx, page[0].ID, 1)
		if err != nil || more || len(page) != 1 || page[0].ID != items[0].Offering.ID {
			t.Fatalf("second page: %+v %v %v", page, more, err)
		}
		r, err := s.Restore(ctx, items[0].Offering.ID, time.Now())
		if err != nil || r.Kind != store.KindDraft || r.Version != 0 {
			t.Fatalf("Restore = %+v %v", r, err)
		}
		if v2, _ := s.Version(ctx); v2 != v {
			t.Errorf("restoring a draft bumped the version: %d, was %d", v2, v)
		}
		ds, _, _ := s.Drafts(ctx, uuid.Nil, 10)
		if len(ds) != 1 || ds[0].ID != items[0].Offering.ID || strings.Join(ds[0].Missing, ",") != "coverage" {
			t.Errorf("not held again: %+v", ds)
		}
		if page, _, _ := s.Discards(ctx, uuid.Nil, 10); len(page) != 1 || page[0].ID != items[1].Offering.ID {
			t.Errorf("Discards after the restore: %+v", page)
		}
	})
}

// TestDiscardWithoutDocument: a discard made before migration 0004 kept
// only the id and the time. It is listed without a document and, taken
// back, only forgotten: nothing is held, and the next import holds the
// line again.
func TestDiscardWithoutDocument(t *testing.T) {
	for _, b := range testdb.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			addr := b.New(t)
			s := store.OpenBackend(ctx, t, b, addr)
			defer s.Close()
			driver, dsn := "sqlite", "file:"+addr+"?_pragma=busy_timeout(5000)"
			if b.Name == "postgres" {
				driver, dsn = "pgx", addr
			}
			cat := seeded(t, s)
			d := cat[0]
			d.ID = uuid.MustParse("0c9a9d4e-1111-4c1a-9a39-000000000f01")
			d.Coverage = lmh.Coverage{}
			db, err := sql.Open(driver, dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			q := `INSERT INTO discarded_drafts (id, discarded_at) VALUES (?, ?)`
			if b.Name == "postgres" {
				q = `INSERT INTO discarded_drafts (id, discarded_at) VALUES ($1, $2)`
			}
			if _, err := db.ExecContext(ctx, q, d.ID.String(), "2026-11-01T10:00:00Z"); err != nil {
				t.Fatal(err)
			}
			ds, _, err := s.Discards(ctx, uuid.Nil, 10)
			if err != nil || len(ds) != 1 || ds[0].Kind != store.KindDraft || ds[0].Doc != nil || ds[0].At.IsZero() {
				t.Fatalf("Discards = %+v %v", ds, err)
			}
			item := []store.ImportItem{{Offering: d, Missing: []string{"coverage"}}}
			if res, _, err := s.Import(ctx, item); err != nil || res[0].Outcome != store.Discarded {
				t.Fatalf("import: %+v %v", res, err)
			}
			if r, err := s.Restore(ctx, d.ID, time.Now()); err != nil || r.Put || r.Version != 0 {
				t.Fatalf("Restore = %+v %v", r, err)
			}
			if held, _, _ := s.Drafts(ctx, uuid.Nil, 10); len(held) != 0 {
				t.Errorf("held without a document: %+v", held)
			}
			if res, _, err := s.Import(ctx, item); err != nil || res[0].Outcome != store.Held {
				t.Errorf("import after the restore: %+v %v", res, err)
			}
		})
	}
}

// TestRecreatedAfterDiscardKeepsTheLine: an offering a person saves by
// hand (Create) under the id of a deleted imported offering, or of a
// discarded draft, takes the discard's last imported line (the deleted
// offering's, the draft's) as its own, as completing a held draft does;
// so the next import of the listing keeps what the person wrote (their
// name) and takes what the listing changed (its description), where it
// used to overwrite the person's values as if no import had written it.
func TestRecreatedAfterDiscardKeepsTheLine(t *testing.T) {
	forEach(t, func(t *testing.T, s store.Store) {
		ctx := context.Background()
		cat := seeded(t, s)
		for _, c := range []struct {
			name  string
			id    string
			draft bool
		}{
			{"deleted offering", "0c9a9d4e-1111-4c1a-9a39-000000000a01", false},
			{"discarded draft", "0c9a9d4e-1111-4c1a-9a39-000000000a02", true},
		} {
			line := cat[0]
			line.ID = uuid.MustParse(c.id)
			item := store.ImportItem{Offering: line}
			if c.draft {
				item.Offering.Coverage = lmh.Coverage{}
				item.Missing = []string{"coverage"}
			}
			if _, _, err := s.Import(ctx, []store.ImportItem{item}); err != nil {
				t.Fatal(err)
			}
			if c.draft {
				if err := s.DeleteDraft(ctx, line.ID); err != nil {
					t.Fatal(err)
				}
			} else if _, err := s.Delete(ctx, line.ID, store.AnyVersion); err != nil {
				t.Fatal(err)
			}
			mine := line
			mine.Name = "Navnet en saksbehandler skrev"
			if _, err := s.Create(ctx, &mine); err != nil {
				t.Fatalf("%s: Create: %v", c.name, err)
			}
			next := item.Offering
			next.Description = "Ny tekst fra utlysningen"
			res, _, err := s.Import(ctx, []store.ImportItem{{Offering: next, Missing: item.Missing}})
			if err != nil || res[0].Outcome != store.Updated {
				t.Fatalf("%s: import: %+v %v", c.name, res, err)
			}
			rec, err := s.Get(ctx, line.ID)
			if err != nil || rec.Offering.Name != mine.Name || rec.Offering.Description != next.Description {
				t.Errorf("%s: after the import: name %q, description %q, %v; want the person's name and the listing's description",
					c.name, rec.Offering.Name, rec.Offering.Description, err)
			}
		}
	})
}

// TestConflictsStored: the conflicts of an import's merge are stored with
// the offering (Record.Conflicts), each merge's replacing the last
// (updated or unchanged, empty included); a rerun of the line the
// listing did not change keeps them; a person's Update or Delete clears
// them, Restore starts without; and they are paths, never values.
func TestConflictsStored(t *testing.T) {
	forEach(t, func(t *testing.T, s store.Store) {
		ctx := context.Background()
		cat := seeded(t, s)
		o := cat[0]
		o.ID = uuid.MustParse("0c9a9d4e-1111-4c1a-9a39-000000000c01")
		listing := o // what the listing says, changed crawl by crawl
		imp := func(when string, want store.Outcome, wantConflicts string) {
			t.Helper()
			res, _, err := s.Import(ctx, []store.ImportItem{{Offering: listing}})
			if err != nil || res[0].Outcome != want || strings.Join(res[0].Conflicts, ",") != wantConflicts {
				t.Fatalf("%s: import = %+v %v; want %s with conflicts %q", when, res, err, want, wantConflicts)
			}
		}
		stored := func(when, want string) store.Record {
			t.Helper()
			rec, err := s.Get(ctx, o.ID)
			if err != nil || strings.Join(rec.Conflicts, ",") != want {
				t.Fatalf("%s: stored conflicts %q %v; want %q", when, rec.Conflicts, err, want)
			}
			return rec
		}
		edit := func(change func(p *lmh.Offering)) {
			t.Helper()
			rec, err := s.Get(ctx, o.ID)
			if err != nil {
				t.Fatal(err)
			}
			p := rec.Offering
			change(&p)
			if _, err := s.Update(ctx, &p, store.AnyVersion); err != nil {
				t.Fatal(err)
			}
		}

		imp("first import", store.Created, "")
		stored("created", "")
		edit(func(p *lmh.Offering) { p.Name, p.Description = "Navn fra en person", "Tekst fra en person" })

		// The listing renames it: the person's name stays and the
		// document is not written, but the conflict is stored with a new
		// version (the offering's and the catalogue's), so that a save
		// with the version read before it fails.
		listing.Name = "Navn fra utlysningen"
		read, err := s.Get(ctx, o.ID)
		if err != nil {
			t.Fatal(err)
		}
		v0, _ := s.Version(ctx)
		imp("week 2", store.Unchanged, "name")
		rec := stored("week 2", "name")
		if v, _ := s.Version(ctx); v != v0+1 || rec.Version != v0+1 {
			t.Errorf("week 2: catalogue version %d, offering %d; want %d", v, rec.Version, v0+1)
		}
		if !bytes.Equal(rec.Doc, read.Doc) {
			t.Errorf("week 2: the document changed:\n%s\nwant\n%s", rec.Doc, read.Doc)
		}
		stale := read.Offering
		if _, err := s.Update(ctx, &stale, read.Version); !errors.Is(err, store.ErrVersionMismatch) {
			t.Errorf("week 2: Update at the version read before the import: %v; want ErrVersionMismatch", err)
		}
		stored("after the stale save", "name")
		// The same line again is not merged: the set and the version
		// stay.
		imp("week 2 again", store.Unchanged, "")
		if again := stored("week 2 again", "name"); again.Version != rec.Version {
			t.Errorf("week 2 again: offering version %d; want %d", again.Version, rec.Version)
		}
		if v, _ := s.Version(ctx); v != rec.Version {
			t.Errorf("week 2 again: catalogue version %d; want %d", v, rec.Version)
		}
		// The listing changes the description: this merge's set replaces
		// the last (the name is the listing's as last imported), with a
		// new version.
		listing.Description = "Ny tekst fra utlysningen"
		imp("week 3", store.Unchanged, "description")
		if week3 := stored("week 3", "description"); week3.Version <= rec.Version {
			t.Errorf("week 3: offering version %d; want above %d", week3.Version, rec.Version)
		}
		// A merge that finds the same set with another value of the
		// listing at it takes a new version too: the value is what GET
		// .../conflicts answers under the offering's ETag, and a person
		// who was shown the one before cannot save over it unseen.
		before := stored("week 3", "description")
		listing.Description = "Enda en tekst fra utlysningen"
		imp("week 3, the text again", store.Unchanged, "description")
		after := stored("week 3, the text again", "description")
		if after.Version <= before.Version {
			t.Errorf("week 3, the same set with the listing's next value: offering version %d; want above %d", after.Version, before.Version)
		}
		if !bytes.Equal(after.Doc, before.Doc) {
			t.Errorf("week 3, the text again: the document changed")
		}
		// Updated: a change the person did not make is written, the
		// name conflicts again.
		listing.Status, listing.Name = lmh.StatusPaused, "Et tredje navn"
		imp("week 4", store.Updated, "name")
		if rec := stored("week 4", "name"); rec.Offering.Status != lmh.StatusPaused || rec.Offering.Name != "Navn fra en person" {
			t.Errorf("week 4 merged: %s %q", rec.Offering.Status, rec.Offering.Name)
		}
		// The listing comes to say what the person wrote: no conflict
		// now, and the empty set replaces the stored one.
		listing.Name, listing.Description = "Navn fra en person", "Tekst fra en person"
		imp("week 5", store.Unchanged, "")
		stored("week 5", "")

		// A person's save clears them.
		edit(func(p *lmh.Offering) { p.Name = "Navn igjen fra en person" })
		listing.Name = "Navn igjen fra utlysningen"
		imp("week 6", store.Unchanged, "name")
		edit(func(p *lmh.Offering) { p.Description = "Tekst nummer to" })
		stored("after the person's save", "")

		// A deletion clears them; the restored offering starts without.
		listing.Name = "Enda et navn fra utlysningen"
		imp("week 7", store.Unchanged, "name")
		for _, c := range stored("week 7", "name").Conflicts {
			if strings.Contains(c, "utlysningen") || strings.Contains(c, "person") {
				t.Errorf("a conflict holds a value: %q", c)
			}
		}
		if _, err := s.Delete(ctx, o.ID, store.AnyVersion); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Restore(ctx, o.ID, time.Now()); err != nil {
			t.Fatal(err)
		}
		stored("restored", "")
	})
}

// TestRerunSeesAMemberAddedOrDropped: the rerun's shortcut (a line the
// same as the last imported one, last_modified aside, is not merged) tells
// a line that adds a member the last one lacked, or drops one it gave,
// from the same line: each is merged and written. Were either taken for
// the same line, the listing's new description would never reach the
// offering, or its dropped one never leave it.
func TestRerunSeesAMemberAddedOrDropped(t *testing.T) {
	forEach(t, func(t *testing.T, s store.Store) {
		ctx := context.Background()
		cat := seeded(t, s)
		listing := cat[0]
		listing.ID = uuid.MustParse("0c9a9d4e-1111-4c1a-9a39-000000000c02")
		listing.Description = ""
		imp := func(when string, want store.Outcome, wantDescription string) {
			t.Helper()
			res, _, err := s.Import(ctx, []store.ImportItem{{Offering: listing}})
			if err != nil || res[0].Outcome != want {
				t.Fatalf("%s: import = %+v %v; want %s", when, res, err, want)
			}
			rec, err := s.Get(ctx, listing.ID)
			if err != nil || rec.Offering.Description != wantDescription {
				t.Fatalf("%s: stored description %q %v; want %q", when, rec.Offering.Description, err, wantDescription)
			}
		}
		imp("without a description", store.Created, "")
		imp("the same line", store.Unchanged, "")
		listing.Description = "Utlysningen har fått en beskrivelse"
		imp("a description added", store.Updated, "Utlysningen har fått en beskrivelse")
		imp("the same line again", store.Unchanged, "Utlysningen har fått en beskrivelse")
		listing.Description = ""
		imp("the description dropped", store.Updated, "")
	})
}
