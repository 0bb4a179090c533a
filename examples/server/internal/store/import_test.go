package store_test

import (
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
)

// TestImport: one version per import that writes, none for one that does
// not; outcomes by id; incomplete offerings held as drafts, completed
// from the live offering, and drafts removed when their offering is
// written.
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
		completed := cat[5]
		completed.Name += " (fullført)"

		items := []store.ImportItem{
			{Offering: fresh}, {Offering: changed}, {Offering: same},
			{Offering: draft, Missing: []string{"coverage"}},
			{Offering: gone},
			{Offering: incompleteLive, Missing: []string{"coverage"}, Complete: func(live *lmh.Offering) (lmh.Offering, error) {
				if live.ID != completed.ID {
					t.Errorf("Complete got %s", live.ID)
				}
				return completed, nil
			}},
			{Offering: incompleteLive, Missing: []string{"coverage"}, Complete: func(*lmh.Offering) (lmh.Offering, error) {
				return lmh.Offering{}, errors.New("still lacks coverage")
			}},
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
		if res[6].Err == nil {
			t.Error("a rejected item has no error")
		}
		if v != v0+1 {
			t.Errorf("version %d after an import, want %d", v, v0+1)
		}
		if rec, err := s.Get(ctx, same.ID); err != nil || rec.Version == v || !rec.Offering.LastModified.Equal(cat[2].LastModified) {
			t.Errorf("an unchanged offering was written: %v %d %v", err, rec.Version, rec.Offering.LastModified)
		}
		if rec, err := s.Get(ctx, completed.ID); err != nil || rec.Offering.Name != completed.Name {
			t.Errorf("the completed offering: %v %q", err, rec.Offering.Name)
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

// TestImportErrorNamesTheOffering: an import that fails on one offering
// says which (its id), not its place among the items, which is not the
// line the operator sent (rejected and blank lines are no items).
func TestImportErrorNamesTheOffering(t *testing.T) {
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
	_, _, err = s.Import(ctx, []store.ImportItem{{Offering: cat[0]}, {Offering: bad}})
	if err == nil || !strings.Contains(err.Error(), bad.ID.String()) {
		t.Errorf("Import over a stored offering that does not decode: %v; want an error naming %s", err, bad.ID)
	}
}
