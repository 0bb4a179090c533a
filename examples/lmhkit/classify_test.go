package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestClassify(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.jsonl")
	bad := filepath.Join(dir, "bad.jsonl")
	long := filepath.Join(dir, "long.jsonl")
	ambiguous := filepath.Join(dir, "ambiguous.txt")
	for name, data := range map[string]string{
		good:      `{"id":"a","text":"Kolsskole: kurs for pasienter med kols"}` + "\n",
		bad:       `{"id":"a","text":"kurs"}` + "\n{\n",
		long:      `{"id":"lang-id","text":"` + strings.Repeat("x", 200) + `"}` + "\n",
		ambiguous: "en linje\nto linjer\n" + `{"id":"a","text":"kurs"}` + "\n",
	} {
		if err := os.WriteFile(name, []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		lines  int      // output lines
		out    []string // in the output
		stderr []string // in the summary or messages
	}{
		{"file", []string{good}, "", 0, 1, []string{`"id":"a","in_scope":true`}, []string{"1 records read, 1 written, 0 errors, 1 in scope; jsonl (detected from 1 lines)"}},
		{"standard input", nil, `{"id":"s","text":"kurs"}` + "\n", 0, 1, []string{`"id":"s"`}, nil},
		{"dash is standard input", []string{good, "-"}, `{"id":"s","text":"kurs"}` + "\n", 0, 2, []string{`"id":"a"`, `"id":"s"`}, []string{"2 records read, 2 written"}},
		{"bad records", []string{bad}, "", 0, 2, []string{`{"line":2,"file":"` + bad + `","id":null,"error":"invalid JSON: unexpected end of JSON input"}`}, []string{"1 errors"}},
		{"bad records strict", []string{"-strict", bad}, "", 1, 2, nil, nil},
		{"too long names -max-line", []string{"-max-line", "100", long}, "", 0, 1, []string{`"id":"lang-id"`, "raise -max-line"}, nil},
		{"given format", []string{"-format", "text", good}, "", 0, 1, []string{`"id":"1"`}, []string{"text (given)"}},
		{"ambiguous format", []string{ambiguous}, "", 2, 0, nil, []string{"1 of the first 3 lines look like JSON", "give -format"}},
		{"missing file", []string{filepath.Join(dir, "nope")}, "", 2, 0, nil, []string{"no such file"}},
		{"unknown format", []string{"-format", "xml", good}, "", 2, 0, nil, []string{"-format: unknown format"}},
		{"zero workers", []string{"-workers", "0", good}, "", 2, 0, nil, nil},
		{"quiet", []string{"-q", good}, "", 0, 1, nil, nil},
		{"csv header without text", []string{"-format", "csv"}, "id,navn\n1,2\n", 2, 0, nil, []string{"unusable CSV header on line 1"}},
		{"drafts by default", []string{"-as-of", "2026-12-05", good}, "", 0, 1, []string{`"offering":{"id":"`, `"offering_evidence":[`, `"warnings":[`}, nil},
		{"emit catalogue", []string{"-emit", "catalogue", good, bad}, "", 0, 1, []string{`"status":"active"`}, []string{"3 records read, 3 written (2 gave no line), 1 errors, 1 in scope"}},
		{"unknown emit", []string{"-emit", "xml", good}, "", 2, 0, nil, []string{"-emit: want records or catalogue"}},
		{"bad as-of", []string{"-as-of", "5.12.2026", good}, "", 2, 0, nil, []string{"-as-of: want a date"}},
	}
	t.Run("no drafts", func(t *testing.T) {
		code, out, _ := lmhkit(t, "", "classify", "-drafts=false", good)
		if code != 0 || !strings.Contains(out, `"in_scope":true`) || strings.Contains(out, `"offering"`) || strings.Contains(out, `"warnings"`) {
			t.Errorf("exit %d, output %s", code, out)
		}
	})
	t.Run("out of scope writes no draft", func(t *testing.T) {
		code, out, _ := lmhkit(t, `{"id":"p","text":"Parkering ved sykehuset koster 40 kr timen."}`+"\n", "classify", "-format", "jsonl")
		if code != 0 || !strings.Contains(out, `"in_scope":false`) || strings.Contains(out, `"offering"`) {
			t.Errorf("exit %d, output %s", code, out)
		}
	})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := lmhkit(t, c.stdin, append([]string{"classify"}, c.args...)...)
			if code != c.code {
				t.Fatalf("exit %d, want %d; stderr %q", code, c.code, errOut)
			}
			if n := strings.Count(out, "\n"); n != c.lines {
				t.Errorf("%d output lines, want %d", n, c.lines)
			}
			for _, w := range c.out {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			for _, w := range c.stderr {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errOut)
				}
			}
			if c.name == "quiet" && errOut != "" {
				t.Errorf("-q printed %q", errOut)
			}
			checkPrefix(t, errOut)
		})
	}
}

// TestClassifyCatalogueValidates writes a catalogue with 'lmhkit classify
// -emit catalogue' and reads it with 'lmhkit validate': every line is an
// offering validate reads, and what a listing does not state comes back
// as problems of the offering (a draft is seldom a valid offering), not as
// lines it cannot read.
func TestClassifyCatalogueValidates(t *testing.T) {
	in := `{"id":"1","title":"Kolsskole","text":"Lærings- og mestringssenteret i Bodø arrangerer kolsskole for pasienter med kols og pårørende. Kurset går over fire dager og er gratis. Sted: Nordlandssykehuset Bodø."}
{"id":"2","title":"Parkering","text":"Parkering ved sykehuset koster 40 kr timen."}
{"id":"3","title":"Pårørendeskole","text":"Ringsaker kommune tilbyr pårørendeskole for pårørende til personer med demens, fem samlinger."}
`
	code, cat, errOut := lmhkit(t, in, "classify", "-format", "jsonl", "-emit", "catalogue", "-as-of", "2026-12-05", "-q")
	if code != 0 {
		t.Fatalf("classify: exit %d, %s", code, errOut)
	}
	if n := strings.Count(cat, "\n"); n != 2 {
		t.Fatalf("%d catalogue lines, want the 2 in scope:\n%s", n, cat)
	}
	path := filepath.Join(t.TempDir(), "katalog.jsonl")
	if err := os.WriteFile(path, []byte(cat), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := lmhkit(t, "", "validate", "-lang", "en", path)
	if code != 1 {
		t.Errorf("validate: exit %d, want 1 (drafts lack required fields); stderr %q", code, errOut)
	}
	if strings.Contains(out+errOut, "cannot") || strings.Contains(out+errOut, "invalid JSON") {
		t.Errorf("validate could not read a line:\n%s%s", out, errOut)
	}
	if !strings.Contains(out, path+":1: ") || !strings.Contains(out, path+":2: ") || !strings.Contains(out, "2 offerings read") {
		t.Errorf("validate reports no problem per draft:\n%s", out)
	}
}

// TestIsTerminal: /dev/null is a character device but not a terminal, so
// no progress line goes there (issue 11.14).
func TestIsTerminal(t *testing.T) {
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	if isTerminal(null) {
		t.Error("/dev/null taken for a terminal")
	}
	if isTerminal(io.Discard) {
		t.Error("io.Discard taken for a terminal")
	}
}

// TestClassifySignal builds lmhkit and interrupts 'lmhkit classify' with a
// real signal while it reads a stream that does not end: the output must
// end with a whole JSON line, the summary must say how many records were
// read and written, and the exit status must be 128 plus the signal
// (issue 11.3).
func TestClassifySignal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the program")
	}
	bin := filepath.Join(t.TempDir(), "lmhkit")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		t.Fatal(err)
	}
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			cmd := exec.Command(bin, "classify", "-format", "jsonl", "-workers", "2")
			stdin, err := cmd.StdinPipe()
			if err != nil {
				t.Fatal(err)
			}
			stdout, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			var stderr strings.Builder
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			go func() { // a producer that never ends on its own
				w := bufio.NewWriter(stdin)
				for i := 0; ; i++ {
					if _, err := fmt.Fprintf(w, `{"id":"%d","title":"Kurs %d","text":"Lærings- og mestringssenteret inviterer pasienter og pårørende til kurs."}`+"\n", i, i); err != nil {
						return
					}
					if i%100 == 99 {
						if w.Flush() != nil {
							return
						}
					}
				}
			}()
			r := bufio.NewReader(stdout)
			var got []string
			first, err := r.ReadString('\n') // the pipeline is running
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, first)
			time.Sleep(200 * time.Millisecond)
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			rest, _ := io.ReadAll(r)
			err = cmd.Wait()
			stdin.Close()
			ee, ok := err.(*exec.ExitError)
			if !ok {
				t.Fatalf("exit: %v; stderr %q", err, stderr.String())
			}
			if want := 128 + int(sig); ee.ExitCode() != want {
				t.Errorf("exit %d, want %d", ee.ExitCode(), want)
			}
			all := first + string(rest)
			if !strings.HasSuffix(all, "\n") {
				t.Fatalf("the output ends in a cut line: %q", all[max(0, len(all)-80):])
			}
			lines := strings.Split(strings.TrimSuffix(all, "\n"), "\n")
			for i, l := range lines {
				var m map[string]any
				if err := json.Unmarshal([]byte(l), &m); err != nil || m["id"] != fmt.Sprint(i) {
					t.Fatalf("line %d: %q (%v)", i+1, l, err)
				}
			}
			want := fmt.Sprintf("written")
			s := stderr.String()
			if !strings.Contains(s, "lmhkit classify: interrupted: ") || !strings.Contains(s, fmt.Sprintf("%d %s", len(lines), want)) {
				t.Errorf("summary %q does not count the %d lines written", s, len(lines))
			}
		})
	}
}

// failingStdout fails every write, as a full disk does.
type failingStdout struct{}

func (failingStdout) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestClassifyWriteErrorBlamesOutput: a failed write is reported as the
// output's fault, without the input file's name in front of it.
func TestClassifyWriteErrorBlamesOutput(t *testing.T) {
	path := filepath.Join(t.TempDir(), "many.jsonl")
	require.NoError(t, os.WriteFile(path, []byte(`{"id":"1","title":"Kurs","text":"Kurs for pårørende"}`+"\n"), 0o644))
	var errOut bytes.Buffer
	code := run([]string{"classify", "-q", path}, nil, failingStdout{}, &errOut)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut.String(), "writing output")
	assert.Contains(t, errOut.String(), "no space left")
	assert.NotContains(t, errOut.String(), "many.jsonl:")
}

// TestClassifySummaryTellsWhatHappened: after a failed write the summary
// does not claim the records were written (it said "1 written" after "no
// space left on device"); when no input could be opened it does not call
// an undecided format "given" (it said "auto (given)").
func TestClassifySummaryTellsWhatHappened(t *testing.T) {
	path := filepath.Join(t.TempDir(), "one.jsonl")
	require.NoError(t, os.WriteFile(path, []byte(`{"id":"1","title":"Kurs","text":"Kurs for pårørende"}`+"\n"), 0o644))
	var errOut bytes.Buffer
	code := run([]string{"classify", path}, nil, failingStdout{}, &errOut)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut.String(), "output failed: 1 records read, at most 1 written")

	errOut.Reset()
	code = run([]string{"classify", filepath.Join(t.TempDir(), "nope.jsonl")}, nil, io.Discard, &errOut)
	assert.Equal(t, 2, code)
	assert.NotContains(t, errOut.String(), "(given)")
	assert.Contains(t, errOut.String(), "0 records read")
}

// TestClassifyCatalogueSaysBadRecordsAreLeftOut: with -emit catalogue a
// record that cannot be read writes no line, and the catalogue cannot name
// it; the run says so on standard error, even with -q, and how to see
// them. Before, a bad record only moved the summary's error count, and
// with -q nothing at all.
func TestClassifyCatalogueSaysBadRecordsAreLeftOut(t *testing.T) {
	in := `{"id":"1","title":"Kolsskole","text":"Lærings- og mestringssenteret i Bodø arrangerer kolsskole for pasienter med kols."}
not json
{"id":"3","title":"x"}
`
	for _, q := range []bool{false, true} {
		args := []string{"classify", "-format", "jsonl", "-emit", "catalogue", "-as-of", "2026-12-05"}
		if q {
			args = append(args, "-q")
		}
		code, cat, errOut := lmhkit(t, in, args...)
		if code != 0 || strings.Count(cat, "\n") != 1 {
			t.Fatalf("-q %v: exit %d, %d lines; stderr %s", q, code, strings.Count(cat, "\n"), errOut)
		}
		if !strings.Contains(errOut, "2 records could not be read") {
			t.Errorf("-q %v: the bad records are not counted:\n%s", q, errOut)
		}
		// Each is named by its place, id and error, never its content.
		for _, want := range []string{"standard input:2: ", `standard input:3: id "3": missing text; not in the catalogue`} {
			if !strings.Contains(errOut, want) {
				t.Errorf("-q %v: %q not in stderr:\n%s", q, want, errOut)
			}
		}
		if strings.Contains(errOut, "not json") {
			t.Errorf("-q %v: a record's content in stderr:\n%s", q, errOut)
		}
		checkPrefix(t, errOut)
	}
	// A run without bad records says nothing of them.
	_, _, errOut := lmhkit(t, strings.SplitN(in, "\n", 2)[0]+"\n", "classify", "-emit", "catalogue", "-q")
	if errOut != "" {
		t.Errorf("stderr %q, want nothing", errOut)
	}
}

// TestClassifyCatalogueIDs pins what the README says of a draft's id: it
// comes from the record's source address and id, so the same page gives the
// same id whatever input it is read from; a record without an address
// takes the input's cleaned name instead ("./k.jsonl" is "k.jsonl",
// standard input is another name).
func TestClassifyCatalogueIDs(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	in := `{"id":"k1","title":"Pårørendeskole","text":"Ringsaker kommune tilbyr pårørendeskole for pårørende til personer med demens."}` + "\n"
	require.NoError(t, os.WriteFile("k.jsonl", []byte(in), 0o600))
	ids := func(stdin string, args ...string) string {
		code, out, errOut := lmhkit(t, stdin, append([]string{"classify", "-emit", "catalogue", "-q"}, args...)...)
		require.Equal(t, 0, code, errOut)
		var o struct{ ID string }
		require.NoError(t, json.Unmarshal([]byte(out), &o), out)
		require.NotEmpty(t, o.ID)
		return o.ID
	}
	first := ids("", "k.jsonl")
	assert.Equal(t, first, ids("", "k.jsonl"), "a rerun")
	assert.Equal(t, first, ids("", "./k.jsonl"), "./k.jsonl")
	assert.NotEqual(t, first, ids(in, "-"), "standard input")

	withSource := strings.Replace(in, `{"id":"k1",`, `{"id":"k1","source":"https://www.ringsaker.kommune.no/parorendeskole",`, 1)
	require.NoError(t, os.WriteFile("week1.jsonl", []byte(withSource), 0o600))
	require.NoError(t, os.WriteFile("week2.jsonl", []byte(withSource), 0o600))
	fromSource := ids("", "week1.jsonl")
	assert.NotEqual(t, first, fromSource, "an address")
	assert.Equal(t, fromSource, ids("", "week2.jsonl"), "the same page in next week's crawl")
	assert.Equal(t, fromSource, ids(withSource, "-"), "the same page on standard input")
}

// TestClassifySummaryFormats: with several inputs the summary names the
// format of each kind read, not only the last input's (it said "csv
// (detected from 2 lines)" after a JSON Lines file and a CSV file).
func TestClassifySummaryFormats(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.csv")
	require.NoError(t, os.WriteFile(a, []byte(`{"id":"1","text":"Kurs for pasienter med kols"}`+"\n"), 0o600))
	require.NoError(t, os.WriteFile(b, []byte("id,text\n2,Kurs for pårørende\n"), 0o600))
	code, _, errOut := lmhkit(t, "", "classify", "-drafts=false", a, b)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, errOut, "2 records read")
	assert.Contains(t, errOut, "; jsonl, csv (detected per input);")
	code, _, errOut = lmhkit(t, "", "classify", "-drafts=false", "-format", "jsonl", a, a)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, errOut, "; jsonl (given);")
}

// slowReader gives its parts one Read at a time, waiting pause before each
// but the first.
type slowReader struct {
	parts []string
	pause time.Duration
	n     int
}

func (r *slowReader) Read(p []byte) (int, error) {
	if r.n == len(r.parts) {
		return 0, io.EOF
	}
	if r.n > 0 {
		time.Sleep(r.pause)
	}
	r.n++
	return copy(p, r.parts[r.n-1]), nil
}

// TestClassifyCatalogueRejectedBesideProgress checks that a bad record
// named while the progress line is shown (-emit catalogue -progress) starts
// a line of its own, the progress line cleared first, and that the two are
// written one at a time (go test -race: stderr is a bytes.Buffer here).
func TestClassifyCatalogueRejectedBesideProgress(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for a progress line")
	}
	in := &slowReader{parts: []string{`{"id":"1","title":"x"}` + "\n", `{"id":"2","title":"x"}` + "\n"}, pause: 1200 * time.Millisecond}
	var out, errOut bytes.Buffer
	code := run([]string{"classify", "-format", "jsonl", "-emit", "catalogue", "-progress", "-q", "-workers", "1"}, in, &out, &errOut)
	require.Equal(t, 0, code, errOut.String())
	s := errOut.String()
	require.Contains(t, s, "records/s", "no progress line was drawn")
	for _, id := range []string{"1", "2"} {
		msg := `lmhkit classify: standard input:` + id + `: id "` + id + `": missing text`
		i := strings.Index(s, msg)
		require.GreaterOrEqual(t, i, 0, "%q not in %q", msg, s)
		before := s[:i]
		assert.True(t, before == "" || strings.HasSuffix(before, "\n") || strings.HasSuffix(before, "\r\033[K"),
			"%q does not start a line: %q", msg, s)
	}
}
