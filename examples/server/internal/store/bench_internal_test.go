package store

import (
	"context"
	"fmt"
	"testing"

	"github.com/google/uuid"
	"github.com/lmhkit/lmhkit/examples/server/internal/testdb"
	"github.com/lmhkit/lmhkit/lmh"
)

// BenchmarkImportMerge imports 200 lines over offerings a person renamed,
// each line renaming them otherwise, alternately: every line is merged
// (the person's name kept, a conflict), unchanged, and kept as the last
// imported line. It measures what an import does per merged line on
// SQLite: the reads and decodes, the merge, the comparison with the stored
// offering and the one UPDATE.
func BenchmarkImportMerge(b *testing.B) {
	ctx := context.Background()
	st, err := OpenSQLite(ctx, testdb.SQLite(b))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	sample := lmh.SampleCatalogueOn(lmh.SampleDay)
	const n = 200
	lines := make([]lmh.Offering, n)
	for i := range lines {
		lines[i] = sample[i%len(sample)].Clone()
		lines[i].ID = uuid.NewSHA1(uuid.NameSpaceURL, []byte(fmt.Sprint("bench-", i)))
	}
	items := func(suffix string) []ImportItem {
		out := make([]ImportItem, n)
		for i, o := range lines {
			o.Name += suffix
			out[i] = ImportItem{Offering: o}
		}
		return out
	}
	if _, _, err := st.Import(ctx, items("")); err != nil {
		b.Fatal(err)
	}
	for _, o := range lines {
		o.Name = "Namnet ein person skreiv"
		if _, err := st.Update(ctx, &o, AnyVersion); err != nil {
			b.Fatal(err)
		}
	}
	variants := [2][]ImportItem{items(" (A)"), items(" (B)")}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, _, err := st.Import(ctx, variants[i%2])
		if err != nil || res[0].Outcome != Unchanged || len(res[0].Conflicts) != 1 {
			b.Fatalf("%+v %v", res[0], err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/line")
}
