package classify

import (
	"testing"
	"time"

	"github.com/lmhkit/lmhkit/lmh"
)

// BenchmarkExtract600 classifies and extracts listings of about 600 bytes
// (the size the issue states its target for): the work of Extract. Run it
// beside BenchmarkClassify600, classification alone on the same listings,
// for the ratio: go test -run X -bench '600$' -benchmem -cpu 1.
func BenchmarkExtract600(b *testing.B) {
	ls, size := listings600(b)
	c := New()
	asOf := lmh.Date{Year: 2026, Month: 12, Day: 1}
	c.Extract("", "", asOf) // build the tables before timing
	b.SetBytes(size)
	b.ReportAllocs()
	c0, ok := startCPU(b)
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		l := &ls[i%len(ls)]
		c.Extract(l.title, l.text, asOf)
	}
	reportRate(b, start)
	reportCPU(b, c0, ok)
}
