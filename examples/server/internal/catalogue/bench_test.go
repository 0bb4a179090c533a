package catalogue_test

import (
	"context"
	"log/slog"
	"testing"

	"github.com/lmhkit/lmhkit/examples/server/internal/catalogue"
	"github.com/lmhkit/lmhkit/examples/server/internal/seed"
	"github.com/lmhkit/lmhkit/examples/server/internal/store"
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/match"
)

// BenchmarkSyncOneWrite is what a replica does after one write to a
// catalogue of 10,000 offerings: read the one change, rebuild the snapshot
// and the Matcher. BenchmarkMatcherNew beside it is the Matcher's build
// alone, the part a patching Matcher would save.
func BenchmarkSyncOneWrite(b *testing.B) {
	ctx := context.Background()
	st, err := store.OpenSQLite(ctx, b.TempDir()+"/b.db")
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	cat, _ := seed.Synthetic(10000, lmh.SampleDay)
	st.Seed(ctx, cat)
	live, err := catalogue.New(ctx, st, slog.New(slog.DiscardHandler))
	if err != nil {
		b.Fatal(err)
	}
	o := cat[0].Clone()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		if _, err := st.Update(ctx, &o, store.AnyVersion); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if err := live.Sync(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMatcherNew(b *testing.B) {
	cat, _ := seed.Synthetic(10000, lmh.SampleDay)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := match.New(cat); err != nil {
			b.Fatal(err)
		}
	}
}
