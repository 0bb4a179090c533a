package glossary

import (
	"math/rand/v2"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/lmhkit/lmhkit/internal/cputime"
)

// benchCorpus is at least 1 MB of listing text: the paragraphs of
// testdata/listings.txt (nb and nn) in a fixed pseudo-random order, with
// the practical sentences real listings carry between them.
var benchCorpus = sync.OnceValue(func() string {
	b, err := os.ReadFile("testdata/listings.txt")
	if err != nil {
		panic(err)
	}
	paras := strings.Split(strings.TrimSpace(string(b)), "\n\n")
	filler := []string{
		"Påmelding innen 1. mars via skjema på nettsiden vår.",
		"Sted: Møterom 3, 2. etasje, inngang B. Parkering mot avgift.",
		"Tid: tysdagar kl. 17.00–19.30. Kaffe og frukt vert servert.",
		"Spørsmål? Ring oss på telefon 55 97 00 00 mellom kl. 08 og 15.",
		"Kursavgift kr 300 inkluderer kursmateriell og servering.",
		"Vi gjør oppmerksom på at kurset kan bli avlyst ved for få påmeldte.",
	}
	r := rand.New(rand.NewPCG(1, 2))
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.WriteString(paras[r.IntN(len(paras))])
		sb.WriteByte('\n')
		sb.WriteString(filler[r.IntN(len(filler))])
		sb.WriteString("\n\n")
	}
	return sb.String()
})

// BenchmarkScan measures normalise + scan with the whole embedded glossary
// over 1 MB of listing text, reusing the match slice as a pipeline would.
func BenchmarkScan(b *testing.B) {
	g := Default()
	text := benchCorpus()
	var dst []Match
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.ResetTimer()
	c0, ok := cputime.Thread()
	for range b.N {
		dst = g.ScanAppend(dst[:0], text)
	}
	reportCPU(b, c0, ok, len(text))
	b.ReportMetric(float64(len(dst)), "matches/op")
}

// reportCPU reports "cpu-MB/s": bytes per second of the benchmark thread's
// own CPU time, which a busy shared machine distorts less than wall time.
func reportCPU(b *testing.B, c0 time.Duration, ok bool, n int) {
	c1, ok1 := cputime.Thread()
	if !ok || !ok1 || c1 <= c0 {
		return
	}
	b.ReportMetric(float64(n)*float64(b.N)/(c1-c0).Seconds()/1e6, "cpu-MB/s")
}

// BenchmarkScanParallel is BenchmarkScan on all cores sharing one Glossary.
func BenchmarkScanParallel(b *testing.B) {
	g := Default()
	text := benchCorpus()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		var dst []Match
		for pb.Next() {
			dst = g.ScanAppend(dst[:0], text)
		}
	})
}

// BenchmarkScanBaseline is the plain approach on the same input and the same
// forms: lower-case the text once, then strings.Index for every form. It
// finds fewer things (no word positions, no NFD, no coordinations) and is
// here only to give BenchmarkScan a ratio.
func BenchmarkScanBaseline(b *testing.B) {
	g := Default()
	text := benchCorpus()
	forms := make([]string, 0, len(g.pats))
	for _, p := range g.pats {
		if !p.stop {
			forms = append(forms, p.text)
		}
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.ResetTimer()
	c0, ok := cputime.Thread()
	n := 0
	for range b.N {
		lower := strings.ToLower(text)
		n = 0
		for _, f := range forms {
			for i := 0; ; {
				j := strings.Index(lower[i:], f)
				if j < 0 {
					break
				}
				n++
				i += j + len(f)
			}
		}
	}
	reportCPU(b, c0, ok, len(text))
	b.ReportMetric(float64(n), "matches/op")
}

// scanFunc is ScanAppend or the reference scanner's refScanAppend.
type scanFunc func(g *Glossary, dst []Match, text string) []Match

// BenchmarkScanReal scans the real listings (skipped when the corpus is
// absent): "listing" scans each on its own, as the classifier does, and
// "MiB" scans them joined to 1 MiB in one call.
func BenchmarkScanReal(b *testing.B) {
	b.Run("listing", func(b *testing.B) { benchListings(b, realListings(b), (*Glossary).ScanAppend) })
	b.Run("MiB", func(b *testing.B) { benchListings(b, []string{realMiB(b)}, (*Glossary).ScanAppend) })
}

// BenchmarkScanRealReference is BenchmarkScanReal with the reference
// scanner of scanref_test.go (one sequential walk, per-match decoding), the
// baseline that gives BenchmarkScanReal a ratio in the same run.
func BenchmarkScanRealReference(b *testing.B) {
	b.Run("listing", func(b *testing.B) { benchListings(b, realListings(b), (*Glossary).refScanAppend) })
	b.Run("MiB", func(b *testing.B) { benchListings(b, []string{realMiB(b)}, (*Glossary).refScanAppend) })
}

// BenchmarkScanBullets is BenchmarkScanReal on made listings of bullet
// lists and page chrome, whose long stretches without a restart byte the
// benchmark text lacks; it runs whether or not the real corpus is there.
func BenchmarkScanBullets(b *testing.B) {
	b.Run("listing", func(b *testing.B) { benchListings(b, bulletListings(), (*Glossary).ScanAppend) })
	b.Run("MiB", func(b *testing.B) { benchListings(b, []string{bulletMiB()}, (*Glossary).ScanAppend) })
}

// BenchmarkScanBulletsReference is BenchmarkScanBullets with the reference
// scanner.
func BenchmarkScanBulletsReference(b *testing.B) {
	b.Run("listing", func(b *testing.B) { benchListings(b, bulletListings(), (*Glossary).refScanAppend) })
	b.Run("MiB", func(b *testing.B) { benchListings(b, []string{bulletMiB()}, (*Glossary).refScanAppend) })
}

// benchListings scans every text once per op with scan, reusing the match
// slice, and reports bytes per second of wall and thread CPU time.
func benchListings(b *testing.B, texts []string, scan scanFunc) {
	g := Default()
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	var dst []Match
	matches := 0
	for _, t := range texts {
		dst = scan(g, dst[:0], t)
		matches += len(dst)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.ResetTimer()
	c0, ok := cputime.Thread()
	for range b.N {
		for _, t := range texts {
			dst = scan(g, dst[:0], t)
		}
	}
	reportCPU(b, c0, ok, n)
	b.ReportMetric(float64(matches), "matches/op")
}
