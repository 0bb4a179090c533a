package match

import (
	"flag"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// baselineMatch is the linear scan the benchmarks compare against: every
// compiled record goes through the same judge, the same hard constraints
// and score, into the same bounded list. Only the index filter (and with it
// the bound) is missing.
func (m *Matcher) baselineMatch(need lmh.Need, opts ...Option) ([]candidate, error) {
	cfg := m.config(opts)
	if err := lmh.ValidateNeed(&need); err != nil {
		return nil, err
	}
	nf := m.compileNeed(&need, &cfg)
	top := topList{m: m, limit: cfg.limit}
	t := m.judgements(&nf, &cfg.policy)
	defer m.tables.Put(t)
	for i := range m.hot {
		v := m.ev.quick(&nf, &m.hot[i], &cfg.policy, t, nil)
		if v.ok && v.confidence >= cfg.minConf {
			top.offer(candidate{int32(i), v})
		}
	}
	return top.done(), nil
}

// benchLarge adds a catalogue of a million offerings to the benchmarks:
// national scale. Generating it takes about 2 GB and several seconds, so
// it is off unless asked for:
//
//	go test ./lmh/match -run '^$' -bench . -args -match.large
var benchLarge = flag.Bool("match.large", false, "also benchmark a catalogue of 1,000,000 offerings")

var (
	benchMu       sync.Mutex
	benchCats     = map[int][]lmh.Offering{}
	benchMatchers = map[int]*Matcher{}
)

// benchCatalogue returns the generated catalogue of n offerings, made once.
func benchCatalogue(n int) []lmh.Offering {
	benchMu.Lock()
	defer benchMu.Unlock()
	if cat, ok := benchCats[n]; ok {
		return cat
	}
	cat := genCatalogue(n, 1)
	benchCats[n] = cat
	return cat
}

func benchMatcher(tb testing.TB, n int) *Matcher {
	tb.Helper()
	cat := benchCatalogue(n)
	benchMu.Lock()
	defer benchMu.Unlock()
	if m, ok := benchMatchers[n]; ok {
		return m
	}
	m, err := New(cat, Clock(func() time.Time { return genToday.Time(time.UTC) }))
	if err != nil {
		tb.Fatal(err)
	}
	benchMatchers[n] = m
	return m
}

type benchSize struct {
	name string
	n    int
}

// benchSizes are the catalogue sizes of the benchmarks: 1k, 10k and 100k,
// and 1M with -match.large.
func benchSizes() []benchSize {
	sizes := []benchSize{{"1k", 1000}, {"10k", 10000}, {"100k", 100000}}
	if *benchLarge {
		sizes = append(sizes, benchSize{"1M", 1000000})
	}
	return sizes
}

// benchNeeds is the fixed set of varied needs every latency benchmark uses.
var benchNeeds = genNeeds(256, 7)

// BenchmarkNewMatcher measures index build time and the memory the
// Matcher holds per offering (records and bitsets, not the offerings).
func BenchmarkNewMatcher(b *testing.B) {
	for _, s := range benchSizes() {
		b.Run(s.name, func(b *testing.B) {
			cat := benchCatalogue(s.n)
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			m, err := New(cat)
			if err != nil {
				b.Fatal(err)
			}
			runtime.GC()
			runtime.ReadMemStats(&after)
			runtime.KeepAlive(m)
			perOffering := float64(after.HeapAlloc-before.HeapAlloc) / float64(s.n)
			b.ResetTimer()
			for b.Loop() {
				if _, err := New(cat); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(perOffering, "B/offering")
		})
	}
}

// latencies runs match over every need once per round and reports the
// median and 99th percentile of single-call latency.
func latencies(b *testing.B, match func(lmh.Need)) {
	var lat []time.Duration
	i := 0
	for b.Loop() {
		nd := benchNeeds[i%len(benchNeeds)]
		i++
		t0 := time.Now()
		match(nd)
		lat = append(lat, time.Since(t0))
	}
	if len(lat) == 0 {
		return
	}
	sort.Slice(lat, func(a, b int) bool { return lat[a] < lat[b] })
	q := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))].Nanoseconds()) / 1e3 }
	b.ReportMetric(q(0.5), "µs-median")
	b.ReportMetric(q(0.99), "µs-p99")
}

// BenchmarkMatch is the indexed Match over the fixed needs, with the
// default limit of 10 and reasons for the results returned.
func BenchmarkMatch(b *testing.B) {
	for _, s := range benchSizes() {
		b.Run(s.name, func(b *testing.B) {
			m := benchMatcher(b, s.n)
			b.ReportAllocs()
			latencies(b, func(nd lmh.Need) {
				if _, err := m.Match(nd); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}

// BenchmarkMatchBaseline is the linear scan with the same constraints and
// score over the same records and needs (ranking only, no reasons; so the
// ratio to BenchmarkMatch understates the index's gain slightly).
func BenchmarkMatchBaseline(b *testing.B) {
	for _, s := range benchSizes() {
		b.Run(s.name, func(b *testing.B) {
			m := benchMatcher(b, s.n)
			b.ReportAllocs()
			latencies(b, func(nd lmh.Need) {
				if _, err := m.baselineMatch(nd); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}

// BenchmarkMatchParallel measures throughput with concurrent callers.
func BenchmarkMatchParallel(b *testing.B) {
	for _, s := range benchSizes() {
		b.Run(s.name, func(b *testing.B) {
			m := benchMatcher(b, s.n)
			b.ReportAllocs()
			b.RunParallel(func(pb *testing.PB) {
				i := 0
				for pb.Next() {
					if _, err := m.Match(benchNeeds[i%len(benchNeeds)]); err != nil {
						b.Fatal(err)
					}
					i++
				}
			})
		})
	}
}

// TestIndexAgreesWithBaseline: the indexed search (filter, class tables,
// bound, skipped runs) ranks as the linear scan does, on two generated
// catalogues, under options that relax, widen, limit, filter by confidence
// and move the day.
func TestIndexAgreesWithBaseline(t *testing.T) {
	other, err := New(genCatalogue(20000, 5), Clock(func() time.Time { return genToday.Time(time.UTC) }))
	if err != nil {
		t.Fatal(err)
	}
	textNeeds, reader := genTextNeeds(96, 31)
	varied, err := New(genVariedCatalogue(20000, 6), Clock(func() time.Time { return genToday.Time(time.UTC) }), Reader(reader))
	if err != nil {
		t.Fatal(err)
	}
	for ci, c := range []struct {
		m     *Matcher
		needs []lmh.Need
	}{{benchMatcher(t, 10000), benchNeeds}, {other, genNeeds(64, 13)}, {varied, append(textNeeds, genNeeds(32, 17)...)},
		{other, withGoals(genNeeds(64, 19))}} {
		indexAgreesWithBaseline(t, ci, c.m, c.needs)
	}
}

// withGoals gives needs goals (the generated ones state none), one or two
// of them, drawn in turn, so that the search's narrowing to offerings with
// one of the person's goals is compared with the linear scan too.
func withGoals(needs []lmh.Need) []lmh.Need {
	goals := taxonomy.All[taxonomy.Goal]()
	for i := range needs {
		needs[i].Goals = []taxonomy.Goal{goals[i%len(goals)]}
		if i%3 == 0 {
			needs[i].Goals = append(needs[i].Goals, goals[(i+2)%len(goals)])
		}
	}
	return needs
}

func indexAgreesWithBaseline(t *testing.T, ci int, m *Matcher, needs []lmh.Need) {
	opts := [][]Option{
		nil,
		{Limit(0)},
		{Within(ReachRegion), Limit(25)},
		{Within(ReachCounty), RelaxRole(), Limit(25)},
		{RelaxCondition(), RelaxLanguage(), IncludeUnavailable(), RelaxAge(5), RelaxDelivery()},
		{On(lmh.MustParseDate("2026-06-01")), Limit(15)}, // before the build day: the date-ended index must not be used
		{On(lmh.MustParseDate("2027-09-01")), Limit(15)},
		{MinConfidence(lmh.ConfidenceHigh)},
		{MinConfidence(lmh.ConfidenceExact), Limit(0)},
	}
	agreesWithBaseline(t, fmt.Sprintf("catalogue %d", ci), m, needs, opts)
}

// agreesWithBaseline fails, naming where, when Match and the linear scan
// (baselineMatch) disagree for any need under any of the option sets: in
// the offerings returned, their order, or a score or confidence.
func agreesWithBaseline(t *testing.T, where string, m *Matcher, needs []lmh.Need, opts [][]Option) {
	t.Helper()
	for oi, o := range opts {
		for ni, nd := range needs {
			got, err := m.Match(nd, o...)
			if err != nil {
				t.Fatal(err)
			}
			want, err := m.baselineMatch(nd, o...)
			if err != nil {
				t.Fatal(err)
			}
			gi := make([]string, len(got))
			for k, r := range got {
				gi[k] = r.Offering.ID.String()
			}
			wi := make([]string, len(want))
			for k, c := range want {
				wi[k] = m.offering(c.idx).ID.String()
				if got != nil && k < len(got) && (got[k].Score != c.v.score || got[k].Confidence != c.v.confidence) {
					t.Fatalf("%s options %d need %d result %d: score/confidence differ", where, oi, ni, k)
				}
			}
			if !slices.Equal(gi, wi) {
				t.Fatalf("%s options %d need %d: indexed %v, baseline %v", where, oi, ni, gi, wi)
			}
		}
	}
}
