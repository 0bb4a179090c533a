package aho

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	bobu "github.com/BobuSumisu/aho-corasick"
	cloudflare "github.com/cloudflare/ahocorasick"
	petar "github.com/petar-dambovaliev/aho-corasick"

	"github.com/lmhkit/lmhkit/glossary"
	"github.com/lmhkit/lmhkit/internal/cputime"
)

// The texts: the corpus of real listings (skipped when absent) and the
// glossary's own benchmark text, the paragraphs of its testdata in a fixed
// pseudo-random order to 1 MiB.
const (
	realListingsPath = "../../lmh/classify/testdata/real/*.jsonl"
	realListingsEnv  = "LMHKIT_REAL_LISTINGS" // a file name or glob to read instead
	glossaryText     = "../../glossary/testdata/listings.txt"
)

var realOnce = sync.OnceValues(func() ([]string, error) {
	pattern := os.Getenv(realListingsEnv)
	if pattern == "" {
		pattern = realListingsPath
	}
	files, err := filepath.Glob(pattern)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", realListingsEnv, err)
	}
	var texts []string
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for line := 1; sc.Scan(); line++ {
			if strings.TrimSpace(sc.Text()) == "" {
				continue
			}
			var rec struct {
				Text *string `json:"text"`
			}
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil || rec.Text == nil {
				f.Close()
				return nil, fmt.Errorf("%s:%d: not a record with a text: %v", name, line, err)
			}
			texts = append(texts, *rec.Text)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	return texts, nil
})

// realListings returns the real listings, or skips b.
func realListings(b *testing.B) []string {
	texts, err := realOnce()
	if err != nil {
		b.Fatal(err)
	}
	if len(texts) == 0 {
		b.Skipf("no real listings: no file matches %s (or set %s to JSON Lines files with a \"text\" member)",
			realListingsPath, realListingsEnv)
	}
	return texts
}

// toMiB joins texts in a fixed pseudo-random order, with repeats, to at
// least 1 MiB.
func toMiB(texts []string, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 1))
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.WriteString(texts[r.IntN(len(texts))])
		sb.WriteString("\n\n")
	}
	return sb.String()
}

var paragraphs = sync.OnceValues(func() ([]string, error) {
	b, err := os.ReadFile(glossaryText)
	if err != nil {
		return nil, err
	}
	return strings.Split(strings.TrimSpace(string(b)), "\n\n"), nil
})

// patterns are the glossary's forms as the scanner matches them
// (normalised: lower case, NFC), every inflection of every entry, once each.
var patterns = sync.OnceValue(func() []string {
	var ps []string
	for _, e := range glossary.Default().Entries() {
		for _, f := range e.Inflect() {
			ps = append(ps, glossary.Normalize(f))
		}
	}
	slices.Sort(ps)
	return slices.Compact(ps)
})

// A scanner counts the matches of the patterns in one text.
type scanner struct {
	name string
	new  func([]string) func(text string) int
}

// scanners are lmhkit's glossary scanner and the libraries, each built once
// on patterns. The libraries match bytes as they are, so each lower-cases
// the text first (strings.ToLower, in the timed loop); lmhkit normalises as
// it scans.
var scanners = []scanner{
	{"lmhkit", func([]string) func(string) int {
		g := glossary.Default()
		var dst []glossary.Match
		return func(text string) int {
			dst = g.ScanAppend(dst[:0], text)
			return len(dst)
		}
	}},
	{"BobuSumisu", func(ps []string) func(string) int {
		t := bobu.NewTrieBuilder().AddStrings(ps).Build()
		return func(text string) int {
			n := 0
			t.Walk([]byte(strings.ToLower(text)), func(end, length, pattern int64) bool {
				n++
				return true
			})
			return n
		}
	}},
	{"petar-dambovaliev", func(ps []string) func(string) int {
		b := petar.NewAhoCorasickBuilder(petar.Opts{MatchKind: petar.StandardMatch, DFA: true})
		ac := b.Build(ps)
		return func(text string) int {
			n := 0
			it := ac.IterOverlapping(strings.ToLower(text))
			for m := it.Next(); m != nil; m = it.Next() {
				n++
			}
			return n
		}
	}},
	{"cloudflare", func(ps []string) func(string) int {
		m := cloudflare.NewStringMatcher(ps)
		return func(text string) int {
			return len(m.Match([]byte(strings.ToLower(text))))
		}
	}},
}

// BenchmarkReal scans the real listings one by one ("listing", as a
// classifier does) and joined to 1 MiB in one call ("MiB") with each
// scanner. Skipped when the corpus is absent.
func BenchmarkReal(b *testing.B) {
	b.Run("listing", func(b *testing.B) { benchAll(b, realListings(b)) })
	b.Run("MiB", func(b *testing.B) { benchAll(b, []string{toMiB(realListings(b), 14)}) })
}

// BenchmarkGlossaryText is BenchmarkReal on the glossary's benchmark text,
// which is always there.
func BenchmarkGlossaryText(b *testing.B) {
	paras, err := paragraphs()
	if err != nil {
		b.Fatal(err)
	}
	b.Run("paragraph", func(b *testing.B) { benchAll(b, paras) })
	b.Run("MiB", func(b *testing.B) { benchAll(b, []string{toMiB(paras, 1)}) })
}

func benchAll(b *testing.B, texts []string) {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	ps := patterns()
	for _, s := range scanners {
		b.Run(s.name, func(b *testing.B) {
			scan := s.new(ps)
			matches := 0
			for _, t := range texts {
				matches += scan(t)
			}
			b.SetBytes(int64(n))
			b.ReportAllocs()
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			b.ResetTimer()
			c0, ok := cputime.Thread()
			for range b.N {
				for _, t := range texts {
					scan(t)
				}
			}
			// cpu-MB/s divides by the thread's own CPU time, which a busy
			// machine distorts less than the wall clock.
			if c1, ok1 := cputime.Thread(); ok && ok1 && c1 > c0 {
				b.ReportMetric(float64(n)*float64(b.N)/(c1-c0).Seconds()/1e6, "cpu-MB/s")
			}
			b.ReportMetric(float64(matches), "matches/op")
		})
	}
}

// TestScannersAgree checks that the comparison compares like with like:
// every library finds every pattern occurrence that lmhkit reports as a
// whole word spelt in lower case, on the glossary's text.
func TestScannersAgree(t *testing.T) {
	paras, err := paragraphs()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(paras, "\n\n")
	ps := patterns()
	g := glossary.Default()
	want := map[string]bool{}
	for _, m := range g.Scan(text) {
		if s := text[m.Start:m.End]; !m.Expanded && s == strings.ToLower(s) && slices.Contains(ps, s) {
			want[s] = true
		}
	}
	if len(want) < 20 {
		t.Fatalf("only %d lower-case glossary forms in the text", len(want))
	}
	lower := strings.ToLower(text)
	found := map[string]map[string]bool{"BobuSumisu": {}, "petar-dambovaliev": {}, "cloudflare": {}}
	bobu.NewTrieBuilder().AddStrings(ps).Build().Walk([]byte(lower), func(end, n, p int64) bool {
		found["BobuSumisu"][ps[p]] = true
		return true
	})
	pb := petar.NewAhoCorasickBuilder(petar.Opts{MatchKind: petar.StandardMatch, DFA: true})
	it := pb.Build(ps).IterOverlapping(lower)
	for m := it.Next(); m != nil; m = it.Next() {
		found["petar-dambovaliev"][ps[m.Pattern()]] = true
	}
	for _, p := range cloudflare.NewStringMatcher(ps).Match([]byte(lower)) {
		found["cloudflare"][ps[p]] = true
	}
	for lib, got := range found {
		for w := range want {
			if !got[w] {
				t.Errorf("%s did not find %q", lib, w)
			}
		}
	}
}
