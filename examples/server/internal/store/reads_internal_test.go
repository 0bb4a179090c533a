package store

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/lmhkit/lmhkit/examples/server/internal/testdb"
	"github.com/lmhkit/lmhkit/lmh"
)

// TestDeleteReadsTheRowOnce: Delete reads the offering's row once (its
// version, whether it is live, its document and last imported line) and
// answers as before: ErrNotFound for no row or a tombstone,
// ErrVersionMismatch for a stale version, an imported offering
// remembered as deleted with its document, one made by hand not. It used
// to read the row a second time for the document. The queries are counted
// through the dialect's rebind, which every query passes.
func TestDeleteReadsTheRowOnce(t *testing.T) {
	for _, b := range testdb.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			addr := b.New(t)
			st := OpenBackend(ctx, t, b, addr)
			defer st.Close()
			s := st.(*sqlStore)
			cat := lmh.SampleCatalogueOn(lmh.SampleDay)
			imported, byHand := cat[0], cat[1]
			if res, _, err := s.Import(ctx, []ImportItem{{Offering: imported}}); err != nil || res[0].Outcome != Created {
				t.Fatalf("import: %+v %v", res, err)
			}
			rec, err := s.Create(ctx, &byHand)
			if err != nil {
				t.Fatal(err)
			}
			// Only this goroutine queries the store from here on (the
			// PostgreSQL listener uses a connection of its own).
			var reads int
			rebind := s.d.rebind
			s.d.rebind = func(q string) string {
				if strings.Contains(q, "FROM offerings") {
					reads++
				}
				return rebind(q)
			}
			del := func(id uuid.UUID, want int64, wantErr error) {
				t.Helper()
				reads = 0
				if _, err := s.Delete(ctx, id, want); !errors.Is(err, wantErr) {
					t.Fatalf("Delete(%s, %d) = %v, want %v", id, want, err, wantErr)
				}
				if reads != 1 {
					t.Errorf("Delete(%s, %d) read the offerings %d times, want once", id, want, reads)
				}
			}
			del(uuid.MustParse("0c9a9d4e-1111-4c1a-9a39-000000000f01"), AnyVersion, ErrNotFound)
			del(byHand.ID, rec.Version+1, ErrVersionMismatch)
			del(byHand.ID, rec.Version, nil)
			del(byHand.ID, AnyVersion, ErrNotFound) // a tombstone
			del(imported.ID, AnyVersion, nil)
			s.d.rebind = rebind
			ds, _, err := s.Discards(ctx, uuid.Nil, 10)
			if err != nil || len(ds) != 1 || ds[0].ID != imported.ID || ds[0].Kind != KindOffering || ds[0].Doc == nil {
				t.Fatalf("discards %+v %v; want the imported offering's, with its document", ds, err)
			}
			if res, _, err := s.Import(ctx, []ImportItem{{Offering: imported}, {Offering: byHand}}); err != nil ||
				res[0].Outcome != Deleted || res[1].Outcome != Created {
				t.Fatalf("import again: %+v %v; want deleted, created", res, err)
			}
		})
	}
}
