package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCoverage(t *testing.T) {
	dir := t.TempDir()
	var out, errOut bytes.Buffer
	if code := run([]string{"coverage", "-out", dir, "-date", "2027-01-11", "-lang", "en", "-role", "patient,next_of_kin"}, nil, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	for _, want := range []string{"Coverage 2027-01-11: 42 offerings, 357 municipalities", "For patient:", "For next of kin:", "Helse Nord:", "conditions with no offering anywhere"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, out.String())
		}
	}
	csv, err := os.ReadFile(filepath.Join(dir, "coverage.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(csv, []byte("kommunenummer,kommune,")) || bytes.Count(csv, []byte("\n")) < 357*2 {
		t.Errorf("coverage.csv: %d bytes", len(csv))
	}
	page, err := os.ReadFile(filepath.Join(dir, "coverage.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(page, []byte("<svg")) || !bytes.Contains(page, []byte(`lang="en"`)) {
		t.Error("coverage.html is not the English heat-table page")
	}
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{{"-role", "doctor"}, {"-lang", "sv"}, {"-date", "11.01.2027"}, {"-age-group", "toddlers"}, {"-catalogue", "does-not-exist.jsonl"}} {
		var out, errOut bytes.Buffer
		if code := run(append(append([]string{"coverage"}, args...), "-out", t.TempDir()), nil, &out, &errOut); code != 2 || errOut.Len() == 0 {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut.String())
		}
	}
}

// TestCoverageWritesNothingByDefault: without -out only the summary is
// printed; nothing is written into the working directory (before, it wrote
// coverage-out/ there, in the repository when run from it).
func TestCoverageWritesNothingByDefault(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	code, out, errOut := lmhkit(t, "", "coverage", "-date", "2027-01-11")
	if code != 0 || !strings.Contains(out, "Dekning 2027-01-11") {
		t.Fatalf("exit %d:\n%s%s", code, out, errOut)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("wrote %v into the working directory", entries)
	}
}

func TestCoverageCatalogue(t *testing.T) {
	path := filepath.Join(t.TempDir(), "k.jsonl")
	if err := os.WriteFile(path, []byte("{\"id\":\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := lmhkit(t, "", "coverage", "-catalogue", path, "-lang", "en")
	if code != 2 || !strings.Contains(errOut, "k.jsonl:1: (whole line): malformed JSON") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	code, out, errOut := lmhkit(t, string(lmhSample()), "coverage", "-catalogue", "-", "-date", "2027-01-11")
	if code != 0 || !strings.Contains(out, "42 tilbud") {
		t.Errorf("exit %d:\n%s%s", code, out, errOut)
	}
}

func lmhSample() []byte { return lmh.SampleCatalogueJSONL() }

// TestPercentNeverZeroForSome: a share above zero never prints as "0 %"
// (issue 19: the summary's best covered listed entries at 0 %).
func TestPercentNeverZeroForSome(t *testing.T) {
	for _, tc := range []struct {
		p    float64
		l    taxonomy.Lang
		want string
	}{{0.28, taxonomy.NB, "0,3 %"}, {0.28, taxonomy.EN, "0.3%"}, {0, taxonomy.NB, "0 %"}, {12.4, taxonomy.NN, "12 %"}, {100, taxonomy.EN, "100%"}} {
		if got := percent(tc.p, tc.l); got != tc.want {
			t.Errorf("percent(%v, %v) = %q, want %q", tc.p, tc.l, got, tc.want)
		}
	}
}

// TestCoverageOutDirFailsFirst: an -out directory that cannot be made fails
// the run before the summary is printed, so nothing half-done reaches
// standard output.
func TestCoverageOutDirFailsFirst(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a-file")
	require.NoError(t, os.WriteFile(file, []byte("x"), 0o644))
	code, out, errOut := lmhkit(t, "", "coverage", "-date", "2027-01-11", "-out", filepath.Join(file, "dekning"))
	assert.Equal(t, 2, code)
	assert.Empty(t, out, "nothing is printed before the failure")
	assert.Contains(t, errOut, "-out")
}
