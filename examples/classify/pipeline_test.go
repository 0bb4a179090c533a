package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeClassify is a deterministic stand-in for the classifier that takes a
// pseudo-random few microseconds, so that parallel workers finish out of
// order.
func fakeClassify(title, text string) result {
	h := fnv.New32a()
	h.Write([]byte(text))
	v := h.Sum32()
	if v%3 == 0 {
		time.Sleep(time.Duration(v%50) * time.Microsecond)
	}
	r := result{InScope: strings.Contains(text, "kurs")}
	if r.InScope {
		r.Format = "group"
		r.Roles = []string{"patient", "next_of_kin"}
		r.Confidence[0], r.Confidence[2] = 0.9, 0.8
		if i := strings.Index(text, "kurs"); i >= 0 {
			r.Evidence = []evidence{{Facet: "format", Value: "group", Field: "text", Start: i, End: i + 4, Term: "kurs", Concept: "format:group", Rule: "test"}}
		}
	}
	if title != "" {
		r.Concept = "offering"
	}
	return r
}

// runString runs the pipeline over input and returns the output lines.
func runString(t *testing.T, input string, cfg config) ([]string, *stats) {
	t.Helper()
	if cfg.workers == 0 {
		cfg.workers = 4
	}
	if cfg.maxLine == 0 {
		cfg.maxLine = 1 << 16
	}
	var out bytes.Buffer
	var st stats
	require.NoError(t, run(strings.NewReader(input), &out, cfg, fakeClassify, &st))
	s := strings.TrimSuffix(out.String(), "\n")
	if s == "" {
		return nil, &st
	}
	return strings.Split(s, "\n"), &st
}

func decode(t *testing.T, line string) map[string]any {
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
			lines, st := runString(t, in.String(), config{workers: workers})
			require.Len(t, lines, n)
			for i, line := range lines {
				m := decode(t, line)
				require.Equal(t, fmt.Sprintf("r%d", i), m["id"], "record %d out of order", i)
			}
			assert.EqualValues(t, n, st.records.Load())
			assert.EqualValues(t, 0, st.errors.Load())
			assert.EqualValues(t, n, st.inScope.Load())
		})
	}
}

func TestOutputRecordFields(t *testing.T) {
	lines, _ := runString(t, `{"id":"a","title":"","text":"ingenting her"}`+"\n"+
		`{"id":"b","title":"Kolsskole","text":"et kurs"}`+"\n", config{})
	require.Len(t, lines, 2)
	want := []string{"id", "in_scope", "concept", "format", "roles", "age_groups", "arena",
		"delivery", "methods", "scope", "conditions", "themes", "programme", "confidence", "evidence"}
	for _, line := range lines {
		assert.Equal(t, want, keys(t, line))
	}
	empty := decode(t, lines[0])
	assert.Equal(t, false, empty["in_scope"])
	for _, f := range []string{"concept", "format", "arena", "delivery", "scope", "programme"} {
		assert.Equal(t, "", empty[f], f)
	}
	for _, f := range []string{"roles", "age_groups", "methods", "conditions", "themes", "evidence"} {
		assert.Equal(t, []any{}, empty[f], f)
	}
	conf := empty["confidence"].(map[string]any)
	assert.Len(t, conf, len(facetNames))

	full := decode(t, lines[1])
	assert.Equal(t, true, full["in_scope"])
	assert.Equal(t, []any{"patient", "next_of_kin"}, full["roles"])
	ev := full["evidence"].([]any)[0].(map[string]any)
	assert.Equal(t, map[string]any{"facet": "format", "value": "group", "field": "text",
		"start": 3.0, "end": 7.0, "term": "kurs", "concept": "format:group", "rule": "test"}, ev)
}

func TestPassThroughUntouched(t *testing.T) {
	in := `{"url":"https://x.no/a?b=1&c=2", "id": 42,"title":"Kurs","text":"kurs for deg","n":1.50,"nested":{"z":[1,2,{"a":null}],"a":"æøå"},"flag":true,"uni":"\u00e6\n"}` + "\n"
	lines, _ := runString(t, in, config{})
	require.Len(t, lines, 1)
	m := decode(t, lines[0])
	assert.Equal(t, "42", m["id"], "a numeric id keeps its literal text")
	// The input object keeps key order and each value byte for byte.
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
	}{
		{"invalid JSON", `{"id":"j1","text":"kurs"`, "j1"},
		{"invalid JSON at start", `{"text" "kurs"}`, nil},
		{"invalid JSON after id", `{"id":"j2","text":kurs}`, "j2"},
		{"not an object", `["kurs"]`, nil},
		{"trailing data", `{"id":"j3","text":"kurs"} x`, "j3"},
		{"invalid UTF-8", "{\"id\":\"u1\",\"text\":\"kurs \xff\xfe\"}", nil},
		{"over-long line", long, nil},
		{"missing text", `{"id":"m1","title":"Kurs"}`, "m1"},
		{"null text", `{"id":"m2","text":null}`, "m2"},
		{"blank text", `{"id":"m3","text":"  \t "}`, "m3"},
		{"text not a string", `{"id":"m4","text":7}`, "m4"},
		{"id of wrong type", `{"id":{"x":1},"text":"kurs"}`, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := `{"id":"before","text":"kurs"}` + "\n" + c.record + "\n" + `{"id":"after","text":"kurs"}` + "\n"
			lines, st := runString(t, in, config{maxLine: 256})
			require.Len(t, lines, 3, "nothing is dropped")
			assert.Equal(t, "before", decode(t, lines[0])["id"])
			assert.Equal(t, "after", decode(t, lines[2])["id"])
			e := decode(t, lines[1])
			assert.Equal(t, []string{"line", "id", "error"}, keys(t, lines[1]))
			assert.Equal(t, 2.0, e["line"])
			assert.Equal(t, c.id, e["id"])
			assert.NotEmpty(t, e["error"])
			assert.NotContains(t, e["error"], "kurs", "error messages do not echo the record")
			assert.EqualValues(t, 3, st.records.Load())
			assert.EqualValues(t, 1, st.errors.Load())
		})
	}
}

func TestErrorRecordNamesFile(t *testing.T) {
	var out bytes.Buffer
	var st stats
	err := run(strings.NewReader("{\n"), &out, config{workers: 1, maxLine: 100, file: "a.jsonl", format: formatJSONL}, fakeClassify, &st)
	require.NoError(t, err)
	assert.Equal(t, []string{"line", "file", "id", "error"}, keys(t, out.String()))
}

func TestCSV(t *testing.T) {
	t.Run("quoting", func(t *testing.T) {
		in := "\ufeffid,Tittel,tekst,url\n" +
			`1,"Kurs, for deg","Et ""kurs"" med komma, og
linjeskift",https://a.no` + "\n" +
			`2,Enkel,kurs uten sitat,"x,y"` + "\n" +
			"\n" +
			`3,"Tom",,z` + "\n" +
			`4,a,b` + "\n" +
			`5,"ok","kurs igjen",w` + "\n"
		lines, st := runString(t, in, config{})
		require.Len(t, lines, 5)
		r1 := decode(t, lines[0])
		assert.Equal(t, "1", r1["id"])
		assert.Equal(t, true, r1["in_scope"])
		assert.Equal(t, "offering", r1["concept"], "the title column was read")
		assert.Equal(t, map[string]any{"url": "https://a.no"}, r1["input"])
		assert.Equal(t, 4.0, r1["evidence"].([]any)[0].(map[string]any)["start"],
			"the quoted text was unescaped before classification")
		assert.Equal(t, map[string]any{"url": "x,y"}, decode(t, lines[1])["input"])
		e3 := decode(t, lines[2])
		assert.Equal(t, 6.0, e3["line"])
		assert.Equal(t, "3", e3["id"])
		assert.Contains(t, e3["error"], "missing text")
		e4 := decode(t, lines[3])
		assert.Equal(t, 7.0, e4["line"])
		assert.Contains(t, e4["error"], "3 fields")
		assert.Equal(t, "5", decode(t, lines[4])["id"])
		assert.EqualValues(t, 2, st.errors.Load())
	})
	t.Run("semicolon", func(t *testing.T) {
		lines, _ := runString(t, "id;title;text\na;b;kurs; med semikolon\nc;d;\"kurs; sitert\"\n", config{})
		require.Len(t, lines, 2)
		assert.Contains(t, decode(t, lines[0])["error"], "fields")
		assert.Equal(t, true, decode(t, lines[1])["in_scope"])
	})
	t.Run("unterminated quote at end", func(t *testing.T) {
		lines, _ := runString(t, "id,text\na,kurs\nb,\"kurs\nuten slutt\n", config{})
		require.Len(t, lines, 2)
		e := decode(t, lines[1])
		assert.Equal(t, 3.0, e["line"])
		assert.Contains(t, e["error"], "unterminated")
	})
	t.Run("over-long multi-line record", func(t *testing.T) {
		in := "id,text\n" + `a,"kurs` + "\n" + strings.Repeat("y", 100) + "\n" + strings.Repeat("z", 100) + `"` + "\nb,kurs\n"
		lines, _ := runString(t, in, config{maxLine: 150})
		require.Len(t, lines, 2)
		e := decode(t, lines[0])
		assert.Equal(t, 2.0, e["line"])
		assert.Contains(t, e["error"], "longer")
		assert.Equal(t, "b", decode(t, lines[1])["id"])
	})
	t.Run("over-long first line of a quoted record", func(t *testing.T) {
		in := "id,text\n" + `a,"kurs ` + strings.Repeat("y", 300) + "\nmer\"\nb,kurs\n"
		lines, _ := runString(t, in, config{maxLine: 150})
		require.Len(t, lines, 2)
		assert.Contains(t, decode(t, lines[0])["error"], "longer")
		assert.Equal(t, "b", decode(t, lines[1])["id"])
	})
	t.Run("header without text column", func(t *testing.T) {
		var st stats
		err := run(strings.NewReader("id,navn\n1,2\n"), io.Discard, config{workers: 1, maxLine: 100, format: formatCSV}, fakeClassify, &st)
		require.ErrorIs(t, err, errHeader)
	})
}

func TestPlainText(t *testing.T) {
	lines, _ := runString(t, "kurs for pasienter\n\n   \nbesøkstider\r\nkurs\xff\n", config{})
	require.Len(t, lines, 3)
	assert.Equal(t, "1", decode(t, lines[0])["id"])
	assert.Equal(t, true, decode(t, lines[0])["in_scope"])
	assert.Equal(t, "4", decode(t, lines[1])["id"])
	e := decode(t, lines[2])
	assert.Equal(t, 5.0, e["line"])
	assert.Contains(t, e["error"], "UTF-8")
}

func TestDetect(t *testing.T) {
	cases := []struct {
		first string
		want  format
	}{
		{`{"id":1}`, formatJSONL},
		{"  {\"text\":\"x\"}", formatJSONL},
		{"\ufeff{\"text\":\"x\"}", formatJSONL},
		{"id,title,text", formatCSV},
		{"ID;Tittel;Tekst", formatCSV},
		{"id\tbeskrivelse", formatCSV},
		{"Kolsskole for pasienter, pårørende og andre", formatText},
		{"text", formatText},
	}
	for _, c := range cases {
		t.Run(c.first, func(t *testing.T) {
			assert.Equal(t, c.want, detect([]byte(c.first)))
		})
	}
}

func TestForcedFormat(t *testing.T) {
	// A JSON-looking line read as plain text is a listing, not an error.
	lines, _ := runString(t, `{"text":"kurs"}`+"\n", config{format: formatText})
	require.Len(t, lines, 1)
	assert.Equal(t, "1", decode(t, lines[0])["id"])
	assert.Equal(t, true, decode(t, lines[0])["in_scope"])
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

func FuzzPipeline(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"kurs"}` + "\n"))
	f.Add([]byte("id,text\n1,\"a\nb\"\n"))
	f.Add([]byte("plain\nlines\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		var out bytes.Buffer
		var st stats
		if err := run(bytes.NewReader(in), &out, config{workers: 3, maxLine: 64}, fakeClassify, &st); err != nil {
			if !errors.Is(err, errHeader) {
				t.Fatalf("unexpected error: %v", err)
			}
			return
		}
		n := 0
		sc := bufio.NewScanner(&out)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			n++
			if !json.Valid(sc.Bytes()) {
				t.Fatalf("output line %d is not JSON: %q", n, sc.Bytes())
			}
		}
		if int64(n) != st.records.Load() {
			t.Fatalf("%d output lines, %d counted", n, st.records.Load())
		}
	})
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
	var st stats
	err := run(strings.NewReader(in.String()), &failWriter{n: 1 << 17}, config{workers: 4, maxLine: 1000}, fakeClassify, &st)
	require.Error(t, err)
	assert.Less(t, st.records.Load(), int64(100000), "the reader stops after a write failure")
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
	var st stats
	err := run(failReader{strings.NewReader(`{"id":"a","text":"kurs"}` + "\n")}, &out, config{workers: 2, maxLine: 1000}, fakeClassify, &st)
	require.Error(t, err)
	assert.EqualValues(t, 1, st.records.Load(), "records read before the failure are written")
}

func TestCLIExitStatus(t *testing.T) {
	dir := t.TempDir()
	good := dir + "/good.jsonl"
	bad := dir + "/bad.jsonl"
	require.NoError(t, os.WriteFile(good, []byte(`{"id":"a","text":"kurs"}`+"\n"), 0o600))
	require.NoError(t, os.WriteFile(bad, []byte(`{"id":"a","text":"kurs"}`+"\n{\n"), 0o600))
	cases := []struct {
		name string
		args []string
		want int
	}{
		{"good", []string{good}, 0},
		{"bad records", []string{bad}, 0},
		{"bad records strict", []string{"-strict", bad}, 1},
		{"missing file", []string{dir + "/nope"}, 2},
		{"unknown format", []string{"-format", "xml", good}, 2},
		{"zero workers", []string{"-workers", "0", good}, 2},
		{"unknown flag", []string{"-nope"}, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			assert.Equal(t, c.want, cli(c.args, strings.NewReader(""), &out, &errOut), errOut.String())
		})
	}
	t.Run("stdin, progress and summary", func(t *testing.T) {
		var out, errOut bytes.Buffer
		status := cli([]string{"-progress", "-workers", "3"}, strings.NewReader("id,text\n1,kurs\n2,\n"), &out, &errOut)
		assert.Equal(t, 0, status)
		assert.Equal(t, 2, strings.Count(out.String(), "\n"))
		assert.Contains(t, errOut.String(), "2 records, 1 errors")
	})
}

// generator writes n JSON Lines records of about 600 bytes to w.
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
	var st stats
	start := time.Now()
	err := run(pr, &out, config{workers: 4, maxLine: 4096}, func(title, text string) result {
		return result{InScope: true, Roles: []string{"patient"}}
	}, &st)
	elapsed := time.Since(start)
	close(stop)
	<-sampled
	require.NoError(t, err)
	assert.EqualValues(t, n, out.lines.Load(), "one output line per record")
	assert.EqualValues(t, n, st.records.Load())
	wantErrors := int64(n/1000 + (n-1)/997 + 1)
	assert.InDelta(t, wantErrors, st.errors.Load(), 2)
	t.Logf("%d records in %s (%.0f records/s), peak heap in use %.1f MB",
		n, elapsed, float64(n)/elapsed.Seconds(), float64(peak.Load())/1e6)
	assert.Less(t, peak.Load(), uint64(64<<20), "heap must not grow with the input")
}

// FuzzDecodeJSON checks the fast JSON Lines decoder against encoding/json:
// for every valid object it reads the same id, title, text and other
// members.
func FuzzDecodeJSON(f *testing.F) {
	f.Add([]byte(`{"id":"a","title":"T","text":"kurs \"x\" \u00e6","n":[1,{"b":"}"}],"m":null}`))
	f.Add([]byte(` { "text" : "a\\b" , "id" : -1.5e3 } `))
	f.Add([]byte(`{"text":"x","text":"y"}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		var l listing
		err := decodeJSON(line, &l)
		var m map[string]json.RawMessage
		if json.Unmarshal(line, &m) != nil || !utf8.Valid(line) {
			if err == nil {
				t.Fatalf("accepted invalid record %q", line)
			}
			return
		}
		var text string
		if json.Unmarshal(m["text"], &text) != nil || strings.TrimSpace(text) == "" {
			if err == nil {
				t.Fatalf("accepted a record without text: %q", line)
			}
			return
		}
		if err != nil {
			if _, ok := m["id"]; ok && strings.Contains(err.Error(), "id") {
				return // an id of the wrong type
			}
			if strings.Contains(err.Error(), "title") {
				return
			}
			t.Fatalf("rejected %q: %v", line, err)
		}
		if l.text != text {
			t.Fatalf("text %q, encoding/json says %q", l.text, text)
		}
		for _, fd := range l.other {
			if want, ok := m[fd.name]; !ok || !bytes.Equal(want, fd.value) {
				t.Fatalf("member %q: %s, encoding/json says %s", fd.name, fd.value, want)
			}
		}
	})
}

func TestFirstLineTooLong(t *testing.T) {
	in := `{"id":"long","text":"` + strings.Repeat("x", 300) + `"}` + "\n" + `{"id":"b","text":"kurs"}` + "\n"
	lines, st := runString(t, in, config{maxLine: 100})
	require.Len(t, lines, 2)
	assert.Contains(t, decode(t, lines[0])["error"], "longer")
	assert.Equal(t, "b", decode(t, lines[1])["id"], "the format is detected from the first line that fits")
	assert.EqualValues(t, 1, st.errors.Load())
}
