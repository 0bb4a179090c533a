package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/lmh"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden keeps the whole table for a few needs in testdata, so a change
// in ranking or wording shows up in review. Run with -update to rewrite.
func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"dementia-voss-nb", []string{"-role", "next_of_kin", "-condition", "dementia", "-municipality", "4621", "-age", "55", "-limit", "3"}},
		{"f32-bodo-en", []string{"-role", "patient", "-icd10", "F32.1", "-municipality", "1804", "-age", "40", "-relax", "unavailable", "-limit", "4", "-lang", "en"}},
		{"free-text-nn", []string{"-text", "Eg er pårørande til far min som har hatt hjerneslag. Eg bur i Ålesund.", "-limit", "3", "-lang", "nn", "-all"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runMatch(t, "", tc.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			golden := filepath.Join("testdata", tc.name+".golden")
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if out != string(want) {
				t.Errorf("output differs from %s:\n%s", golden, out)
			}
		})
	}
}

func runMatch(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(append([]string{"-date", "2027-01-11"}, args...), strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestTable(t *testing.T) {
	for _, tc := range []struct {
		lang, want string
	}{
		{"nb", "Tilbudet er for pårørende, og du er pårørende."},
		{"nn", "Tilbodet er for pårørande, og du er pårørande."},
		{"en", "The offering is for next of kin, and you are next of kin."},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			code, out, errOut := runMatch(t, "", "-role", "next_of_kin", "-condition", "dementia", "-municipality", "Voss", "-age", "55", "-lang", tc.lang)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			first, _, _ := strings.Cut(out, "\n")
			if !strings.Contains(first, "Meistringskurs for pårørande til personar med demens") {
				t.Errorf("first line %q", first)
			}
			if !strings.Contains(out, tc.want) {
				t.Errorf("output lacks %q:\n%s", tc.want, out)
			}
		})
	}
}

func TestJSONFromNeedFile(t *testing.T) {
	need := `{"roles":["patient"],"icd10":["F32.1"],"municipality":"1804","age":40}`
	code, out, errOut := runMatch(t, need, "-need", "-", "-relax", "unavailable", "-limit", "0", "-json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var results []jsonResult
	if err := json.Unmarshal([]byte(out), &results); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range results {
		if strings.HasPrefix(r.Name, "KiD") {
			found = true
			if len(r.Reasons) != 13 || r.Confidence.String() != "low" {
				t.Errorf("KiD: %d reasons, confidence %v", len(r.Reasons), r.Confidence)
			}
		}
	}
	if !found {
		t.Errorf("the full KiD course is missing with -relax unavailable")
	}
}

func TestFreeText(t *testing.T) {
	code, out, _ := runMatch(t, "", "-text", "pårørende til mor med demens, bor i Voss, vil helst ha kurs på kveldstid", "-limit", "1")
	if code != 0 || !strings.Contains(out, "(fra teksten din)") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

func TestErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		code int
		err  string
	}{
		{"shared name", []string{"-municipality", "Herøy"}, 2, "1515"},
		{"unknown place", []string{"-municipality", "Atlantis"}, 2, "not a municipality"},
		{"bad role", []string{"-role", "doctor"}, 2, "-role"},
		{"bad reach", []string{"-reach", "moon"}, 2, "-reach"},
		{"bad relax", []string{"-relax", "everything"}, 2, "-relax"},
		{"bad ICD-10", []string{"-icd10", "XYZ"}, 2, "icd10[0]"},
		{"nothing fits", []string{"-role", "patient", "-condition", "tourette", "-municipality", "5610", "-languages", "se"}, 1, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runMatch(t, "", tc.args...)
			if code != tc.code || !strings.Contains(errOut, tc.err) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errOut, tc.code, tc.err)
			}
			if tc.name == "bad ICD-10" && strings.Contains(errOut, "XYZ") {
				t.Errorf("the error echoes the need's value: %q", errOut)
			}
		})
	}
}

func TestJSONLCatalogue(t *testing.T) {
	path := filepath.Join(t.TempDir(), "katalog.jsonl")
	data := append([]byte("{\"id\": \"not-json\"\n"), lmh.SampleCatalogueJSONL()...)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runMatch(t, "", "-catalogue", path, "-role", "patient", "-condition", "copd", "-municipality", "Hamar", "-age", "60", "-limit", "1")
	if code != 0 || !strings.Contains(out, "Leve med kols") {
		t.Fatalf("exit %d:\n%s%s", code, out, errOut)
	}
	if !strings.Contains(errOut, "skipping") || !strings.Contains(errOut, "1") {
		t.Errorf("the bad first line was not reported: %q", errOut)
	}
}
