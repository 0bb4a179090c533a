package store

import (
	"context"
	"slices"
	"testing"

	"github.com/lmhkit/lmhkit/examples/server/internal/testdb"
	"github.com/lmhkit/lmhkit/lmh"
)

// TestImportDecodesEachLineOnce: an import decodes each JSON document it
// merges (the stored offering, its last imported line, the new line) once
// per item, into a generic object or lmh's type. It used to decode the
// last imported line up to four times (checking it, comparing it with the
// new line, merging, comparing it with the line kept) and the new line
// three times, and later the stored offering twice (into lmh's type to
// compare it with the merge, and as an object to merge).
// The test is not parallel: it sets decoded, the package's hook.
func TestImportDecodesEachLineOnce(t *testing.T) {
	for _, b := range testdb.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			ctx := context.Background()
			addr := b.New(t)
			st := OpenBackend(ctx, t, b, addr)
			defer st.Close()
			var docs []string
			decoded = func(b []byte) { docs = append(docs, string(b)) }
			defer func() { decoded = nil }()
			// importOnce imports o and checks its outcome, its conflicts
			// and that at most `most` documents were decoded: each of the
			// stored offering, its last imported line and the line once.
			importOnce := func(o lmh.Offering, most int, want Outcome, conflicts ...string) {
				t.Helper()
				docs = docs[:0]
				res, _, err := st.Import(ctx, []ImportItem{{Offering: o}})
				if err != nil {
					t.Fatal(err)
				}
				if res[0].Outcome != want || !slices.Equal(res[0].Conflicts, conflicts) {
					t.Fatalf("%s %v (%v), want %s %v", res[0].Outcome, res[0].Conflicts, res[0].Err, want, conflicts)
				}
				if len(docs) > most {
					t.Errorf("%s: %d documents decoded, want at most %d:", want, len(docs), most)
					for _, d := range docs {
						t.Logf("%.70s…", d)
					}
				}
			}
			line := lmh.SampleCatalogueOn(lmh.SampleDay)[0]
			importOnce(line, 0, Created)
			importOnce(line, 2, Unchanged) // the same line again: it and the last
			// A person renames it; the listing renames it too, otherwise:
			// the person's name stays, the line becomes the last imported.
			edited := line
			edited.Name += " (endret)"
			if _, err := st.Update(ctx, &edited, AnyVersion); err != nil {
				t.Fatal(err)
			}
			renamed := line
			renamed.Name += " (ny)"
			importOnce(renamed, 3, Unchanged, "name")
			// The listing changes the description: written, the name kept.
			renamed.Description += " Nytt."
			importOnce(renamed, 3, Updated)
			got, err := st.Get(ctx, line.ID)
			if err != nil || got.Offering.Name != edited.Name || got.Offering.Description != renamed.Description {
				t.Fatalf("merged %q %q %v", got.Offering.Name, got.Offering.Description, err)
			}
			// Another listing drops its name, which nobody changed: the
			// stored name is filled in, into the line kept too, which is
			// then the last imported line again (nothing written).
			other := lmh.SampleCatalogueOn(lmh.SampleDay)[1]
			importOnce(other, 0, Created)
			nameless := other
			nameless.Name = ""
			importOnce(nameless, 3, Unchanged)
			if got, err := st.Get(ctx, other.ID); err != nil || got.Offering.Name != other.Name {
				t.Fatalf("filled %q %v", got.Offering.Name, err)
			}
		})
	}
}
