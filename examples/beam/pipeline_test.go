package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"

	"github.com/lmhkit/lmhkit/examples/beam/internal/gen"
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/harvest"
)

func TestMain(m *testing.M) {
	flag.Parse()
	beam.Init()
	os.Exit(m.Run())
}

// testRecords is the size of the generated harvest of TestPipeline;
// LMHKIT_BEAM_N changes it.
func testRecords(t testing.TB, def int) int {
	s := os.Getenv("LMHKIT_BEAM_N")
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		t.Fatalf("LMHKIT_BEAM_N=%q: want a positive number", s)
	}
	return n
}

const templatesPath = "../../lmh/classify/testdata/devset.jsonl"

// writeHarvest writes a generated harvest of n records in files files
// into a new directory.
func writeHarvest(t testing.TB, n, files int) (string, gen.Manifest) {
	t.Helper()
	ts, err := genTemplates()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	m, err := genWrite(dir, n, files, ts)
	if err != nil {
		t.Fatal(err)
	}
	return dir, m
}

func genTemplates() ([]gen.Template, error) { return gen.LoadTemplates(templatesPath) }

// genWrite writes n records in files files, 1 % bad, one good record in
// 50 a page harvested again.
func genWrite(dir string, n, files int, ts []gen.Template) (gen.Manifest, error) {
	return gen.Write(dir, gen.Spec{Records: n, Files: files, BadEvery: 100, RepeatEvery: 50, Templates: ts})
}

// runOnPrism runs the pipeline of c on Prism in this process and returns
// its counts.
func runOnPrism(t testing.TB, c config) counts {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	buildPipeline(s, c)
	res, err := prism.Execute(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	return countsOf(res.Metrics())
}

// TestPipeline runs the pipeline on Prism over a generated harvest (3,000
// records in four files, 1 % bad, 2 % pages harvested twice, and two more
// files: one empty, one that cannot be read) and checks it against the
// single-machine path, harvest.Run on each file: every record is in
// exactly one output, as harvest writes it; the counters say the same as
// the files; duplicates are merged into the first copy and named there.
func TestPipeline(t *testing.T) {
	n := testRecords(t, 3000)
	in, man := writeHarvest(t, n, 4)
	// Some lines look like JSON, but not most: no format can be told.
	unreadable := filepath.Join(in, "unreadable.jsonl")
	empty := filepath.Join(in, "empty.jsonl")
	must(t, os.WriteFile(unreadable, []byte("{\"id\":\"u1\",\"text\":\"kurs\"}\nkurs\nkurs\n"), 0o644))
	must(t, os.WriteFile(empty, nil, 0o644))
	// One record harvested twice into one input, changed in between: two
	// pages, one stable ID.
	again := filepath.Join(in, "again.jsonl")
	must(t, os.WriteFile(again, []byte(`{"id":"same","title":"Kolsskole","text":"Kurs for deg med kols og dine pårørende, fire dager. Gratis."}
{"id":"same","title":"Kolsskole","text":"Kurs for deg med kols og dine pårørende, fire dager. Gratis. Oppdatert."}
`), 0o644))
	man.Files = append(man.Files, again)
	man.Records += 2
	out := t.TempDir()
	built := classifiersBuilt.Load()

	c := runOnPrism(t, config{Inputs: []string{filepath.Join(in, "*.jsonl"), filepath.Join(in, "*.csv")},
		Output: out, Format: "auto", Shards: 3, AsOf: testAsOf, Now: testNow})

	if err := c.balance(); err != nil {
		t.Error(err)
	}
	if c.RecordsRead != int64(man.Records) || c.DeadLetter != int64(man.Bad) || c.InputsFailed != 1 || c.FilesRead != int64(len(man.Files)+1) {
		t.Errorf("read %d records (%d dead letters) from %d files, %d failed; generated %d (%d bad) in %d files, one unreadable and one empty",
			c.RecordsRead, c.DeadLetter, c.FilesRead, c.InputsFailed, man.Records, man.Bad, len(man.Files))
	}
	if got := classifiersBuilt.Load() - built; got > 1 || classifiersBuilt.Load() != 1 {
		t.Errorf("%d classifiers built in this run (%d in all), want one per worker process", got, classifiersBuilt.Load())
	}

	want := singleMachine(t, man.Files)
	got := readOutputs(t, out, 3)
	if files, _ := filepath.Glob(filepath.Join(out, "*-of-00003.jsonl")); int64(len(files)) != c.FilesWritten || len(files) < 3 {
		t.Errorf("%d files written, files_written says %d", len(files), c.FilesWritten)
	}
	if len(got.inScope) != int(c.WrittenInScope) || len(got.outOfScope) != int(c.WrittenOutOfScope) || len(got.deadLetter) != int(c.WrittenDeadLetter) {
		t.Errorf("files hold %d, %d and %d lines; counters say %d, %d and %d",
			len(got.inScope), len(got.outOfScope), len(got.deadLetter), c.WrittenInScope, c.WrittenOutOfScope, c.WrittenDeadLetter)
	}

	// Dead letters: harvest's error records, byte for byte, and the
	// unreadable file.
	wantDead := slices.Clone(want.errors)
	slices.Sort(wantDead)
	var gotDead []string
	inputErrors := 0
	for _, l := range got.deadLetter {
		if strings.Contains(l, `"input_error":`) {
			inputErrors++
			if !strings.Contains(l, strconv.Quote(unreadable)) {
				t.Errorf("input error for another file: %s", l)
			}
			continue
		}
		gotDead = append(gotDead, l)
	}
	slices.Sort(gotDead)
	if !slices.Equal(gotDead, wantDead) || inputErrors != 1 {
		t.Errorf("dead letters: %d records and %d input errors, want %d records and 1", len(gotDead), inputErrors, len(wantDead))
	}

	// Out of scope: the same records, with harvest's confidence.
	seen := map[gen.Pos]int{}
	for _, l := range got.outOfScope {
		var o struct {
			ID         string
			File       string
			Line       int
			Confidence float64
		}
		mustJSON(t, l, &o)
		pos := gen.Pos{File: o.File, Line: o.Line}
		seen[pos]++
		w, ok := want.good[pos]
		if !ok || w.inScope || w.id != o.ID || w.confidence != o.Confidence {
			t.Errorf("out of scope %s; harvest: %+v", l, w)
		}
	}

	// In scope: harvest's line with the draft (-extract), then file and
	// line; one line per group of records that are one page (the
	// generator's repeats) or share a stable ID (harvest's offering id),
	// kept at the group's first record, naming the others as duplicates.
	groups := newUnion()
	for rep, orig := range man.RepeatOf {
		if want.good[rep].inScope {
			groups.join(rep, orig)
		}
	}
	byID := map[string]gen.Pos{}
	for p, g := range want.good {
		if !g.inScope {
			continue
		}
		groups.join(p, p)
		if q, ok := byID[g.offeringID]; ok {
			groups.join(p, q)
		}
		byID[g.offeringID] = p
	}
	wantLines := groups.sets()
	merged := 0
	for _, l := range got.inScope {
		var o struct {
			File       string
			Line       int
			Duplicates []gen.Pos
		}
		mustJSON(t, l, &o)
		p := gen.Pos{File: o.File, Line: o.Line}
		seen[p]++
		w, ok := want.good[p]
		if !ok || !w.inScope || !strings.HasPrefix(normalise(l), normalise(w.line[:len(w.line)-2])+`,"file":`) {
			t.Errorf("in scope %.300s…\nharvest: %.300s", l, w.line)
		}
		for _, d := range o.Duplicates {
			seen[d]++
			merged++
		}
		if set := append([]gen.Pos{p}, o.Duplicates...); !slices.Equal(set, wantLines[p]) {
			t.Errorf("%v keeps %v; want %v", p, set, wantLines[p])
		}
	}
	if merged == 0 || int64(merged) != c.Duplicates || len(got.inScope) != len(wantLines) {
		t.Errorf("%d in-scope lines, %d duplicates merged (counter %d); want %d lines", len(got.inScope), merged, c.Duplicates, len(wantLines))
	}
	if s := wantLines[gen.Pos{File: again, Line: 1}]; len(s) != 2 {
		t.Errorf("the two versions of one record are not one line: %v", s)
	}
	for pos := range want.good {
		if seen[pos] != 1 {
			t.Errorf("record %v is in %d outputs", pos, seen[pos])
		}
	}
	if len(seen) != len(want.good) {
		t.Errorf("%d good records in the outputs, harvest reads %d", len(seen), len(want.good))
	}

	// Metrics: facet values of the in-scope records, listing sizes.
	if !mapsEqual(c.Facets, want.facets) {
		t.Errorf("facet counters %v\nharvest: %v", c.Facets, want.facets)
	}
	d := c.ListingBytes
	if d.Count != int64(len(want.good)) || d.Sum != want.bytes || d.Min != want.minBytes || d.Max != want.maxBytes {
		t.Errorf("listing_bytes %+v; harvest's records: n %d, sum %d, min %d, max %d", d, len(want.good), want.bytes, want.minBytes, want.maxBytes)
	}
	// The live distribution is not carried as tallies: a runner may lose
	// part of it (Prism does, see tally), never add to it.
	if l := c.LiveListingBytes; l.Count > d.Count || l.Count < 1 || (l.Count == d.Count && l != d) {
		t.Errorf("live listing_bytes %+v; the tallies say %+v", l, d)
	} else if l.Count < d.Count {
		t.Logf("the runner lost part of the live distribution: %d of %d listings", l.Count, d.Count)
	}
	var sizes int64
	for _, v := range c.Sizes {
		sizes += v
	}
	if sizes != d.Count {
		t.Errorf("size classes count %d listings, want %d", sizes, d.Count)
	}
}

// reference is what the single-machine path makes of a harvest.
type reference struct {
	good                      map[gen.Pos]goodRecord
	errors                    []string // error records, without the newline
	facets                    map[string]int64
	bytes, minBytes, maxBytes int64
}

type goodRecord struct {
	line       string // harvest's output line
	id         string
	inScope    bool
	confidence float64
	offeringID string
}

// The run's reference date and time, in the pipeline and its reference.
var (
	testAsOf = lmh.Date{Year: 2026, Month: 1, Day: 5}
	testNow  = time.Date(2026, 1, 5, 12, 0, 0, 0, time.UTC)
)

var lastModified = regexp.MustCompile(`"last_modified":"[^"]*"`)

// normalise blanks the drafts' last_modified: harvest.Run sets it to the
// time it starts.
func normalise(line string) string {
	return lastModified.ReplaceAllString(line, `"last_modified":""`)
}

// union groups positions.
type union map[gen.Pos]gen.Pos

func newUnion() union { return union{} }

func (u union) find(p gen.Pos) gen.Pos {
	for {
		q, ok := u[p]
		if !ok || q == p {
			u[p] = p
			return p
		}
		p = q
	}
}

func (u union) join(a, b gen.Pos) { u[u.find(a)] = u.find(b) }

// sets returns each group, sorted by file and line, by its first member.
func (u union) sets() map[gen.Pos][]gen.Pos {
	by := map[gen.Pos][]gen.Pos{}
	for p := range u {
		r := u.find(p)
		by[r] = append(by[r], p)
	}
	out := map[gen.Pos][]gen.Pos{}
	for _, s := range by {
		slices.SortFunc(s, func(a, b gen.Pos) int { return cmpPos(pos(a), pos(b)) })
		out[s[0]] = s
	}
	return out
}

// singleMachine runs harvest.Run over each file, as 'lmhkit classify'
// does, and reads its output record by record beside harvest.Reader's
// records, which give each output line its input line.
func singleMachine(t *testing.T, files []string) reference {
	ref := reference{good: map[gen.Pos]goodRecord{}, facets: map[string]int64{}, minBytes: -1}
	for _, f := range files {
		data, err := os.ReadFile(f)
		must(t, err)
		var out bytes.Buffer
		if _, err := harvest.Run(context.Background(), bytes.NewReader(data), &out, harvest.Options{Name: f, Workers: 2, Extract: true, AsOf: testAsOf}); err != nil {
			t.Fatal(err)
		}
		r := harvest.NewReader(bytes.NewReader(data), harvest.Options{})
		sc := bufio.NewScanner(&out)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			rec, err := r.Read()
			must(t, err)
			line := sc.Text()
			if rec.Err != nil {
				ref.errors = append(ref.errors, line)
				continue
			}
			size := int64(len(rec.Title) + len(rec.Text))
			ref.bytes += size
			if ref.minBytes < 0 || size < ref.minBytes {
				ref.minBytes = size
			}
			ref.maxBytes = max(ref.maxBytes, size)
			var o map[string]any
			mustJSON(t, line, &o)
			g := goodRecord{line: line + "\n", id: o["id"].(string), inScope: o["in_scope"].(bool),
				confidence: o["confidence"].(map[string]any)["in_scope"].(float64)}
			if off, ok := o["offering"].(map[string]any); ok { // in-scope records only
				g.offeringID = off["id"].(string)
			}
			ref.good[gen.Pos{File: f, Line: rec.Line}] = g
			if !g.inScope {
				continue
			}
			for _, facet := range []string{"concept", "format", "arena", "delivery", "scope", "programme"} {
				if v := o[facet].(string); v != "" {
					ref.facets[facetRef(facet)+":"+v]++
				}
			}
			for _, facet := range []string{"roles", "age_groups", "methods", "conditions", "themes"} {
				for _, v := range o[facet].([]any) {
					ref.facets[facetRef(facet)+":"+v.(string)]++
				}
			}
		}
		if _, err := r.Read(); !errors.Is(err, io.EOF) {
			t.Fatalf("%s: harvest.Run wrote fewer lines than there are records (%v)", f, err)
		}
	}
	return ref
}

// facetRef names a facet of harvest's output as taxonomy.Ref does.
func facetRef(member string) string {
	switch member {
	case "roles":
		return "role"
	case "age_groups":
		return "age_group"
	case "methods":
		return "method"
	case "conditions":
		return "condition"
	case "themes":
		return "theme"
	}
	return member
}

type outputs struct {
	inScope, outOfScope, deadLetter []string
}

// readOutputs reads the lines of the three outputs' shards in dir.
func readOutputs(t *testing.T, dir string, shards int) outputs {
	var o outputs
	for name, dst := range map[string]*[]string{outInScope: &o.inScope, outOutOfScope: &o.outOfScope, outDeadLetter: &o.deadLetter} {
		for i := range shards {
			data, err := os.ReadFile(shardPath(dir, name, i, shards))
			if errors.Is(err, os.ErrNotExist) {
				continue // a shard with no line
			}
			must(t, err)
			for l := range strings.Lines(string(data)) {
				*dst = append(*dst, strings.TrimSuffix(l, "\n"))
			}
		}
	}
	return o
}

func mapsEqual(a, b map[string]int64) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func mustJSON(t testing.TB, s string, v any) {
	t.Helper()
	if err := json.Unmarshal([]byte(s), v); err != nil {
		t.Fatalf("%v: %.200s", err, s)
	}
}
