package store

import (
	"context"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/lmhkit/lmhkit/examples/server/internal/testdb"
	"github.com/lmhkit/lmhkit/lmh"
)

// TestDeleteDraftWaitsForImport: DeleteDraft takes the catalogue's lock
// like every write, so a discard cannot fall between an import's reading
// of the discards and its holding the same draft again. Without the lock
// (PostgreSQL; SQLite's transactions take the lock at BEGIN) the discard
// committed in between, the import then held the draft anyway, and the id
// was both held and discarded: listed among the drafts after the person
// discarded it.
func TestDeleteDraftWaitsForImport(t *testing.T) {
	for _, b := range testdb.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			addr := b.New(t)
			st := OpenBackend(ctx, t, b, addr)
			defer st.Close()
			s := st.(*sqlStore)
			d := lmh.SampleCatalogueOn(lmh.SampleDay)[0]
			d.ID = uuid.MustParse("0c9a9d4e-1111-4c1a-9a39-000000000b01")
			d.Coverage = lmh.Coverage{}
			item := []ImportItem{{Offering: d, Missing: []string{"coverage"}}}
			if res, _, err := s.Import(ctx, item); err != nil || res[0].Outcome != Held {
				t.Fatalf("first import: %+v %v", res, err)
			}
			// An import's first steps, by hand: the lock, the discards.
			tx, err := s.db.BeginTx(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer tx.Rollback()
			if _, err := s.bump(ctx, tx); err != nil {
				t.Fatal(err)
			}
			ds, err := s.discards(ctx, tx)
			if err != nil || len(ds) != 0 {
				t.Fatalf("discards: %v %v", ds, err)
			}
			done := make(chan error, 1)
			go func() { done <- s.DeleteDraft(ctx, d.ID) }()
			select {
			case err := <-done: // it did not wait: the import goes on after it
				done <- err
			case <-time.After(300 * time.Millisecond):
			}
			// The import holds the draft again (the line not discarded
			// when it read the discards) and commits.
			if err := s.hold(ctx, tx, &d, []string{"coverage"}); err != nil {
				t.Fatal(err)
			}
			if err := tx.Commit(); err != nil {
				t.Fatal(err)
			}
			if err := <-done; err != nil {
				t.Fatalf("DeleteDraft: %v", err)
			}
			held, _, err := s.Drafts(ctx, uuid.Nil, 10)
			if err != nil {
				t.Fatal(err)
			}
			gone, _, err := s.Discards(ctx, uuid.Nil, 10)
			if err != nil {
				t.Fatal(err)
			}
			if len(held) != 0 || len(gone) != 1 {
				t.Errorf("after the discard: %d held, %d discarded; want the draft discarded only", len(held), len(gone))
			}
		})
	}
}
