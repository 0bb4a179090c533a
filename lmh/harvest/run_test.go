package harvest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/classify"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// fakeClassify is a deterministic stand-in for the classifier that takes a
// pseudo-random few microseconds, so that parallel workers finish out of
// order.
// fakeExtract reads a listing into a draft with the real extractor and
// the stand-in classification.
func fakeExtract(title, text string, asOf lmh.Date) classify.Draft {
	d := classify.Extract(title, text, asOf)
	d.Result = fakeClassify(title, text)
	return d
}

func fakeClassify(title, text string) classify.Result {
	h := fnv.New32a()
	h.Write([]byte(text))
	v := h.Sum32()
	if v%3 == 0 {
		time.Sleep(time.Duration(v%50) * time.Microsecond)
	}
	r := classify.Result{InScope: strings.Contains(text, "kurs")}
	if r.InScope {
		r.Format = taxonomy.FormatGroup
		r.Roles = []taxonomy.Role{taxonomy.RolePatient, taxonomy.RoleNextOfKin}
		r.Confidence.InScope, r.Confidence.Format = 0.9, 0.8
		if i := strings.Index(text, "kurs"); i >= 0 {
			r.Evidence = []classify.Evidence{{Facet: taxonomy.FacetFormat, Value: taxonomy.FormatGroup.Ref(), Part: classify.PartText,
				Start: i, End: i + 4, Term: "kurs", Sense: taxonomy.FormatGroup.Ref(), Basis: "test"}}
		}
	}
	if title != "" {
		r.Concept = taxonomy.ConceptGroupOffering
	}
	return r
}

// runString runs the pipeline over input with the stand-in classifier and
// returns the output lines.
func runString(t *testing.T, input string, o Options) ([]string, Stats) {
	t.Helper()
	if o.Workers == 0 {
		o.Workers = 4
	}
	if o.MaxRecord == 0 {
		o.MaxRecord = 1 << 16
	}
	var out bytes.Buffer
	st, err := run(context.Background(), strings.NewReader(input), &out, o, fakeClassify, fakeExtract)
	require.NoError(t, err)
	s := strings.TrimSuffix(out.String(), "\n")
	if s == "" {
		return nil, st
	}
	return strings.Split(s, "\n"), st
}

func decodeLine(t *testing.T, line string) map[string]any {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal([]byte(line), &m), "output line is not JSON: %s", line)
	return m
}

// keys returns the top-level keys of a JSON object in order.
func keys(t *testing.T, line string) []string {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(line))
	_, err := dec.Token()
	require.NoError(t, err)
	var ks []string
	for dec.More() {
		tok, err := dec.Token()
		require.NoError(t, err)
		ks = append(ks, tok.(string))
		var skip json.RawMessage
		require.NoError(t, dec.Decode(&skip))
	}
	return ks
}

func TestOrderUnderManyWorkers(t *testing.T) {
	const n = 3000
	var in strings.Builder
	for i := range n {
		fmt.Fprintf(&in, `{"id":"r%d","title":"T","text":"kurs nummer %d for pasienter"}`+"\n", i, i)
	}
	for _, workers := range []int{1, 2, 7, 64} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			lines, st := runString(t, in.String(), Options{Workers: workers})
			require.Len(t, lines, n)
			for i, line := range lines {
				require.Equal(t, fmt.Sprintf("r%d", i), decodeLine(t, line)["id"], "record %d out of order", i)
			}
			assert.EqualValues(t, n, st.Read)
			assert.EqualValues(t, n, st.Written)
			assert.EqualValues(t, 0, st.Errors)
			assert.EqualValues(t, n, st.InScope)
		})
	}
}

func TestOutputRecordFields(t *testing.T) {
	lines, _ := runString(t, `{"id":"a","title":"","text":"ingenting her"}`+"\n"+
		`{"id":"b","title":"Kolsskole","text":"et kurs"}`+"\n", Options{NoDrafts: true})
	require.Len(t, lines, 2)
	want := []string{"id", "in_scope", "concept", "format", "roles", "age_groups", "arena",
		"delivery", "methods", "scope", "conditions", "themes", "programme", "confidence", "evidence"}
	for _, line := range lines {
		assert.Equal(t, want, keys(t, line))
	}
	empty := decodeLine(t, lines[0])
	assert.Equal(t, false, empty["in_scope"])
	for _, f := range []string{"concept", "format", "arena", "delivery", "scope", "programme"} {
		assert.Equal(t, "", empty[f], f)
	}
	for _, f := range []string{"roles", "age_groups", "methods", "conditions", "themes", "evidence"} {
		assert.Equal(t, []any{}, empty[f], f)
	}
	assert.Len(t, empty["confidence"].(map[string]any), len(facetNames))

	full := decodeLine(t, lines[1])
	assert.Equal(t, true, full["in_scope"])
	assert.Equal(t, []any{"patient", "next_of_kin"}, full["roles"])
	ev := full["evidence"].([]any)[0].(map[string]any)
	assert.Equal(t, map[string]any{"facet": "format", "value": "group", "field": "text",
		"start": 3.0, "end": 7.0, "term": "kurs", "concept": "format:group", "rule": "test"}, ev)
}

func TestPassThroughUntouched(t *testing.T) {
	in := `{"url":"https://x.no/a?b=1&c=2", "id": 42,"title":"Kurs","text":"kurs for deg","n":1.50,"nested":{"z":[1,2,{"a":null}],"a":"æøå"},"flag":true,"uni":"\u00e6\n"}` + "\n"
	lines, _ := runString(t, in, Options{})
	require.Len(t, lines, 1)
	assert.Equal(t, "42", decodeLine(t, lines[0])["id"], "a numeric id keeps its literal text")
	i := strings.Index(lines[0], `"input":`)
	require.GreaterOrEqual(t, i, 0)
	assert.Equal(t, `"input":{"url":"https://x.no/a?b=1&c=2","n":1.50,"nested":{"z":[1,2,{"a":null}],"a":"æøå"},"flag":true,"uni":"\u00e6\n"}}`, lines[0][i:])
}

func TestBadRecordsBecomeErrorRecords(t *testing.T) {
	long := `{"id":"long","text":"` + strings.Repeat("x", 300) + `"}`
	cases := []struct {
		name   string
		record string
		id     any // nil when the id cannot be read
		want   error
	}{
		{"invalid JSON", `{"id":"j1","text":"kurs"`, "j1", ErrSyntax},
		{"invalid JSON at start", `{"text" "kurs"}`, nil, ErrSyntax},
		{"invalid JSON after id", `{"id":"j2","text":kurs}`, "j2", ErrSyntax},
		{"not an object", `["kurs"]`, nil, ErrSyntax},
		{"trailing data", `{"id":"j3","text":"kurs"} x`, "j3", ErrSyntax},
		{"invalid UTF-8", "{\"id\":\"u1\",\"text\":\"kurs \xff\xfe\"}", "u1", ErrInvalidUTF8},
		{"invalid UTF-8 in the id", "{\"id\":\"u\xff\",\"text\":\"kurs\"}", nil, ErrInvalidUTF8},
		{"over-long line", long, "long", ErrTooLong},
		{"missing text", `{"id":"m1","title":"Kurs"}`, "m1", ErrMissingText},
		{"null text", `{"id":"m2","text":null}`, "m2", ErrMissingText},
		{"blank text", `{"id":"m3","text":"  \t "}`, "m3", ErrMissingText},
		{"text not a string", `{"id":"m4","text":7}`, "m4", ErrSyntax},
		{"id of wrong type", `{"id":{"x":1},"text":"kurs"}`, nil, ErrSyntax},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := `{"id":"before","text":"kurs"}` + "\n" + c.record + "\n" + `{"id":"after","text":"kurs"}` + "\n"
			lines, st := runString(t, in, Options{MaxRecord: 256, LimitName: "-max-line"})
			require.Len(t, lines, 3, "nothing is dropped")
			assert.Equal(t, "before", decodeLine(t, lines[0])["id"])
			assert.Equal(t, "after", decodeLine(t, lines[2])["id"])
			e := decodeLine(t, lines[1])
			assert.Equal(t, []string{"line", "id", "error"}, keys(t, lines[1]))
			assert.Equal(t, 2.0, e["line"])
			assert.Equal(t, c.id, e["id"])
			assert.NotContains(t, e["error"], "kurs", "error messages do not echo the record")
			assert.EqualValues(t, 3, st.Written)
			assert.EqualValues(t, 1, st.Errors)

			r := NewReader(strings.NewReader(c.record+"\n"), Options{Format: JSONL, MaxRecord: 256})
			rec, err := r.Read()
			require.NoError(t, err)
			assert.ErrorIs(t, rec.Err, c.want)
		})
	}
	t.Run("too long names the limit's flag", func(t *testing.T) {
		lines, _ := runString(t, long+"\n", Options{MaxRecord: 100, LimitName: "-max-line"})
		assert.Contains(t, decodeLine(t, lines[0])["error"], "-max-line")
	})
}

func TestErrorRecordNamesFile(t *testing.T) {
	lines, _ := runString(t, "{\n", Options{Name: "a.jsonl", Format: JSONL})
	require.Len(t, lines, 1)
	assert.Equal(t, []string{"line", "file", "id", "error"}, keys(t, lines[0]))
}

func TestPlainText(t *testing.T) {
	lines, _ := runString(t, "kurs for pasienter\n\n   \nbesøkstider\r\nkurs\xff\n", Options{})
	require.Len(t, lines, 3)
	assert.Equal(t, "1", decodeLine(t, lines[0])["id"])
	assert.Equal(t, true, decodeLine(t, lines[0])["in_scope"])
	assert.Equal(t, "4", decodeLine(t, lines[1])["id"])
	e := decodeLine(t, lines[2])
	assert.Equal(t, 5.0, e["line"])
	assert.Equal(t, "5", e["id"])
	assert.Contains(t, e["error"], "UTF-8")
}

func TestForcedFormat(t *testing.T) {
	// A JSON-looking line read as plain text is a listing, not an error.
	lines, st := runString(t, `{"text":"kurs"}`+"\n", Options{Format: Text})
	require.Len(t, lines, 1)
	assert.Equal(t, "1", decodeLine(t, lines[0])["id"])
	assert.Equal(t, true, decodeLine(t, lines[0])["in_scope"])
	assert.Equal(t, Text, st.Format)
	assert.False(t, st.Detected)
}

func TestAppendStringMatchesJSON(t *testing.T) {
	for _, s := range []string{"", "æøå ÆØÅ", "\"\\\n\r\t\x00\x1f", "a\u2028b\u2029", "\xff", "<&>", "🙂"} {
		var got string
		require.NoError(t, json.Unmarshal(appendString(nil, s), &got))
		want, _ := json.Marshal(s)
		var wantS string
		require.NoError(t, json.Unmarshal(want, &wantS))
		assert.Equal(t, wantS, got)
	}
}

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n -= len(p); w.n < 0 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

func TestWriteFailureIsAnError(t *testing.T) {
	var in strings.Builder
	for i := range 100000 {
		fmt.Fprintf(&in, `{"id":"%d","text":"kurs"}`+"\n", i)
	}
	for _, workers := range []int{1, 4} {
		st, err := run(context.Background(), strings.NewReader(in.String()), &failWriter{n: 1 << 17}, Options{Workers: workers}, fakeClassify, fakeExtract)
		require.ErrorIs(t, err, ErrWrite, "the output is named as at fault")
		assert.ErrorContains(t, err, "disk full", "the writer's own error is kept")
		assert.Less(t, st.Written, int64(100000), "the reader stops after a write failure")
	}
}

type failReader struct{ r io.Reader }

func (r failReader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	if errors.Is(err, io.EOF) {
		return n, errors.New("connection reset")
	}
	return n, err
}

func TestReadFailureIsAnError(t *testing.T) {
	var out bytes.Buffer
	st, err := run(context.Background(), failReader{strings.NewReader(`{"id":"a","text":"kurs"}` + "\n")}, &out, Options{Workers: 2}, fakeClassify, fakeExtract)
	require.Error(t, err)
	assert.EqualValues(t, 1, st.Written, "records read before the failure are written")
}

func TestFirstLineTooLong(t *testing.T) {
	in := `{"id":"long","text":"` + strings.Repeat("x", 300) + `"}` + "\n" + `{"id":"b","text":"kurs"}` + "\n"
	lines, st := runString(t, in, Options{MaxRecord: 100})
	require.Len(t, lines, 2)
	assert.Contains(t, decodeLine(t, lines[0])["error"], "longer")
	assert.Equal(t, "b", decodeLine(t, lines[1])["id"], "the format is detected from the lines that fit")
	assert.EqualValues(t, 1, st.Errors)
}

// blockingReader gives its data, then blocks until closed, like a terminal
// or a pipe whose writer is still there.
type blockingReader struct {
	data   io.Reader
	closed chan struct{}
}

func (r *blockingReader) Read(p []byte) (int, error) {
	if n, err := r.data.Read(p); n > 0 || !errors.Is(err, io.EOF) {
		return n, err
	}
	<-r.closed
	return 0, io.EOF
}

// TestCancelStopsAtRecordBoundary: when the context ends, Run writes the
// records it has, flushes, and returns; the output ends with a whole line
// and every record read is accounted for — even when the input blocks.
func TestCancelStopsAtRecordBoundary(t *testing.T) {
	for _, workers := range []int{1, 3} {
		t.Run(fmt.Sprint(workers, " workers"), func(t *testing.T) {
			var in strings.Builder
			for i := range 5000 {
				fmt.Fprintf(&in, `{"id":"%d","text":"kurs %d"}`+"\n", i, i)
			}
			src := &blockingReader{data: strings.NewReader(in.String()), closed: make(chan struct{})}
			defer close(src.closed)
			ctx, cancel := context.WithCancel(context.Background())
			var out bytes.Buffer
			o := Options{Workers: workers, Progress: func(s Stats) {
				if s.Written >= 2048 {
					cancel()
				}
			}}
			done := make(chan struct{})
			var st Stats
			var err error
			go func() {
				defer close(done)
				st, err = run(ctx, src, &out, o, fakeClassify, fakeExtract)
			}()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("Run did not return after its context ended")
			}
			require.ErrorIs(t, err, context.Canceled)
			require.True(t, bytes.HasSuffix(out.Bytes(), []byte("\n")), "the output ends with a whole line")
			lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
			assert.EqualValues(t, len(lines), st.Written)
			for i, l := range lines {
				require.Equal(t, fmt.Sprint(i), decodeLine(t, l)["id"])
			}
			assert.GreaterOrEqual(t, st.Written, int64(2048))
			assert.LessOrEqual(t, st.Written, st.Read)

			t.Run("blocked input", func(t *testing.T) {
				src := &blockingReader{data: strings.NewReader(`{"id":"a","text":"kurs"}` + "\n"), closed: make(chan struct{})}
				defer close(src.closed)
				ctx, cancel := context.WithCancel(context.Background())
				time.AfterFunc(50*time.Millisecond, cancel)
				var out bytes.Buffer
				// With the format given, nothing is read ahead to detect it.
				st, err := run(ctx, src, &out, Options{Workers: workers, Format: JSONL}, fakeClassify, fakeExtract)
				require.ErrorIs(t, err, context.Canceled)
				assert.EqualValues(t, 1, st.Written)
				assert.EqualValues(t, 1, st.Read)
				assert.Equal(t, "a", decodeLine(t, strings.TrimSpace(out.String()))["id"])
			})
		})
	}
}

// generate writes n JSON Lines records of about 600 bytes to w.
func generate(w io.Writer, n int) error {
	bw := bufio.NewWriter(w)
	body := strings.Repeat("Kurset gir kunnskap om sykdom, behandling og hverdagsliv. ", 10)
	for i := range n {
		var err error
		switch {
		case i%1000 == 999:
			_, err = fmt.Fprintf(bw, "{\"id\":\"%d\",\"text\":\"bad \xff\"}\n", i)
		case i%997 == 0:
			_, err = fmt.Fprintf(bw, "{\"id\":\"%d\",\"text\":\"%s\"}\n", i, strings.Repeat("z", 5000))
		default:
			_, err = fmt.Fprintf(bw, `{"id":"%d","title":"Mestringskurs %d","text":"%s kurs %d","src":"gen"}`+"\n", i, i, body, i)
		}
		if err != nil {
			return err
		}
	}
	return bw.Flush()
}

type countWriter struct{ lines, bytes atomic.Int64 }

func (c *countWriter) Write(p []byte) (int, error) {
	c.lines.Add(int64(bytes.Count(p, []byte{'\n'})))
	c.bytes.Add(int64(len(p)))
	return len(p), nil
}

// TestConstantMemory streams a generated input through the pipeline and
// checks that the heap stays bounded. It runs 20,000 records by default and
// 1,000,000 with LMHKIT_1M=1.
func TestConstantMemory(t *testing.T) {
	n := 20000
	if os.Getenv("LMHKIT_1M") != "" {
		n = 1000000
	}
	if testing.Short() {
		n = 5000
	}
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(generate(pw, n)) }()

	var peak atomic.Uint64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		var ms runtime.MemStats
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				runtime.ReadMemStats(&ms)
				if ms.HeapInuse > peak.Load() {
					peak.Store(ms.HeapInuse)
				}
			}
		}
	}()
	var out countWriter
	st, err := run(context.Background(), pr, &out, Options{Workers: 4, MaxRecord: 4096}, func(title, text string) classify.Result {
		return classify.Result{InScope: true, Roles: []taxonomy.Role{taxonomy.RolePatient}}
	}, fakeExtract)
	close(stop)
	<-sampled
	require.NoError(t, err)
	assert.EqualValues(t, n, out.lines.Load(), "one output line per record")
	assert.EqualValues(t, n, st.Written)
	wantErrors := int64(n/1000 + (n-1)/997 + 1)
	assert.InDelta(t, wantErrors, st.Errors, 2)
	assert.Less(t, peak.Load(), uint64(64<<20), "heap must not grow with the input")
}

func TestAppendScore(t *testing.T) {
	for k := -5; k <= 1005; k++ {
		for _, v := range []float64{float64(k) / 1000, float64(k)/1000 + 0.0004, float64(k)/1000 - 0.0004, float64(k) / 999} {
			want := strconv.AppendFloat(nil, refRound3(v), 'f', -1, 64)
			if got := appendScore(nil, v); string(got) != string(want) {
				t.Fatalf("%v: %s, want %s", v, got, want)
			}
		}
	}
}

// TestTermFromListing checks evidence whose term is cut from the listing
// itself: the records' strings are cut from the batch's bytes, which the
// next batches write over, so such a term must not be cached by its
// address (Encoder.batch). Every record here has its term at the same
// place of a line of the same length, so a cached one would come back
// with another record's word.
func TestTermFromListing(t *testing.T) {
	const n = 3000
	var in strings.Builder
	for i := range n {
		fmt.Fprintf(&in, `{"id":"r%05d","text":"kurs %05d for deg"}`+"\n", i, i)
	}
	cut := func(title, text string) classify.Result {
		return classify.Result{InScope: true, Evidence: []classify.Evidence{{Facet: taxonomy.FacetFormat,
			Value: taxonomy.FormatGroup.Ref(), Part: classify.PartText, Start: 5, End: 10, Term: text[5:10],
			Sense: taxonomy.FormatGroup.Ref(), Basis: "test"}}}
	}
	for _, workers := range []int{1, 3} {
		var out bytes.Buffer
		_, err := run(context.Background(), strings.NewReader(in.String()), &out,
			Options{Workers: workers, NoDrafts: true}, cut, nil)
		require.NoError(t, err)
		sc := bufio.NewScanner(&out)
		lines := 0
		for sc.Scan() {
			var rec struct {
				ID       string
				Evidence []struct{ Term string }
			}
			require.NoError(t, json.Unmarshal(sc.Bytes(), &rec))
			require.Len(t, rec.Evidence, 1)
			require.Equal(t, rec.ID[1:], rec.Evidence[0].Term, "workers %d", workers)
			lines++
		}
		require.Equal(t, n, lines)
	}
}
