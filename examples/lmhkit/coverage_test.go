package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
