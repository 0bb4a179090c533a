package classify

import (
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/lmhkit/lmhkit/glossary"
	"github.com/lmhkit/lmhkit/internal/cputime"
)

// benchListings returns the dev set's listings and their mean size in bytes.
func benchListings(b *testing.B) ([]devItem, int64) {
	items := loadDevSet(b)
	var n int
	for _, it := range items {
		n += len(it.Title) + len(it.Text)
	}
	return items, int64(n / len(items))
}

func reportRate(b *testing.B, start time.Time) {
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "records/s")
}

// startCPU locks the benchmark to its thread and returns the thread's CPU
// time so far, for reportCPU.
func startCPU(b *testing.B) (time.Duration, bool) {
	runtime.LockOSThread()
	b.Cleanup(runtime.UnlockOSThread)
	return cputime.Thread()
}

// reportCPU reports "cpu-ns/op" and "cpu-records/s": the benchmark
// thread's own CPU time per record, which a busy shared machine distorts
// less than the wall clock (it leaves out the time other processes hold
// the core).
func reportCPU(b *testing.B, c0 time.Duration, ok bool) {
	c1, ok1 := cputime.Thread()
	if !ok || !ok1 || c1 <= c0 {
		return
	}
	per := float64(c1-c0) / float64(b.N)
	b.ReportMetric(per, "cpu-ns/op")
	b.ReportMetric(1e9/per, "cpu-records/s")
}

// BenchmarkClassify classifies the dev set's listings one after another on
// one goroutine.
func BenchmarkClassify(b *testing.B) {
	items, size := benchListings(b)
	c := New()
	c.Listing("", "") // build the glossary before timing
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		it := &items[i%len(items)]
		c.Listing(it.Title, it.Text)
	}
	reportRate(b, start)
}

// BenchmarkClassifyParallel classifies on every GOMAXPROCS goroutine at
// once, sharing one Classifier.
func BenchmarkClassifyParallel(b *testing.B) {
	items, size := benchListings(b)
	c := New()
	c.Listing("", "")
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			it := &items[i%len(items)]
			c.Listing(it.Title, it.Text)
			i++
		}
	})
	reportRate(b, start)
}

// BenchmarkClassifyBaselineScan only scans the listings with the glossary:
// the cost of reading the text once, which the classifier cannot go below.
// The ratio to BenchmarkClassify is the cost of the cues and the rules.
func BenchmarkClassifyBaselineScan(b *testing.B) {
	items, size := benchListings(b)
	g := defaultGlossary()
	var buf []glossary.Match
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		it := &items[i%len(items)]
		buf = g.ScanAppend(buf[:0], it.Title)
		buf = g.ScanAppend(buf, it.Text)
	}
	reportRate(b, start)
}

// BenchmarkClassifyBaselineNaive is the plain approach: lower-case the
// listing and look for every glossary form with strings.Contains, counting
// the senses found. It decides nothing; it shows what a keyword loop costs.
func BenchmarkClassifyBaselineNaive(b *testing.B) {
	items, size := benchListings(b)
	var forms []string
	seen := map[string]bool{}
	for _, e := range defaultGlossary().Entries() {
		for _, f := range e.Inflect() {
			f = strings.ToLower(f)
			if !seen[f] {
				seen[f] = true
				forms = append(forms, f)
			}
		}
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	found := 0
	for i := 0; i < b.N; i++ {
		it := &items[i%len(items)]
		low := strings.ToLower(it.Title + "\n" + it.Text)
		for _, f := range forms {
			if strings.Contains(low, f) {
				found++
			}
		}
	}
	reportRate(b, start)
	if found < 0 {
		b.Fatal(found)
	}
}

// listings600 returns the dev set's listings grown or cut to about 600
// bytes (the size the performance target is stated for): each listing with
// the start of the next one appended.
func listings600(b *testing.B) ([]listing, int64) {
	items := loadDevSet(b)
	ls := make([]listing, len(items))
	total := 0
	for i, it := range items {
		text := it.Text + " " + items[(i+1)%len(items)].Text
		n := 600 - len(it.Title)
		for n < len(text) && !utf8.RuneStart(text[n]) {
			n++
		}
		if n < len(text) {
			text = text[:n]
		}
		ls[i] = listing{it.Title, text}
		total += len(it.Title) + len(text)
	}
	return ls, int64(total / len(ls))
}

type listing struct{ title, text string }

// BenchmarkClassify600 classifies listings of about 600 bytes.
func BenchmarkClassify600(b *testing.B) {
	ls, size := listings600(b)
	c := New()
	c.Listing("", "")
	b.SetBytes(size)
	b.ReportAllocs()
	c0, ok := startCPU(b)
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		l := &ls[i%len(ls)]
		c.Listing(l.title, l.text)
	}
	reportCPU(b, c0, ok)
	reportRate(b, start)
}

// BenchmarkClassify600BaselineScan only scans the listings of
// BenchmarkClassify600 with the glossary, the one pass the classifier
// cannot do without; the difference to BenchmarkClassify600 is the
// classifier's own work (cues, age ranges, rules, evidence, results).
func BenchmarkClassify600BaselineScan(b *testing.B) {
	ls, size := listings600(b)
	g := defaultGlossary()
	var buf []glossary.Match
	b.SetBytes(size)
	b.ReportAllocs()
	c0, ok := startCPU(b)
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		l := &ls[i%len(ls)]
		buf = g.ScanAppend(buf[:0], l.title)
		buf = g.ScanAppend(buf, l.text)
	}
	reportCPU(b, c0, ok)
	reportRate(b, start)
}
