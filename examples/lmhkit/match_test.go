package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/lmh"
)

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
			code, out, errOut := matchCLI(t, "", tc.args...)
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

func matchCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(append([]string{"match", "-date", "2027-01-11"}, args...), strings.NewReader(stdin), &out, &errOut)
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
			code, out, errOut := matchCLI(t, "", "-role", "next_of_kin", "-condition", "dementia", "-municipality", "Voss", "-age", "55", "-lang", tc.lang)
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
	code, out, errOut := matchCLI(t, need, "-need", "-", "-relax", "unavailable", "-limit", "0", "-json")
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
	code, out, _ := matchCLI(t, "", "-text", "pårørende til mor med demens, bor i Voss, vil helst ha kurs på kveldstid", "-limit", "1")
	if code != 0 || !strings.Contains(out, "(fra teksten din)") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

// TestFreeTextFromStdin: -text - reads the person's words from standard
// input, so that they need not be on the command line (the process list,
// the shell's history), and gives what the same words as a flag give.
func TestFreeTextFromStdin(t *testing.T) {
	const words = "pårørende til mor med demens, bor i Voss, vil helst ha kurs på kveldstid"
	_, want, _ := matchCLI(t, "", "-text", words, "-limit", "2")
	code, out, errOut := matchCLI(t, words+"\n", "-text", "-", "-limit", "2")
	if code != 0 || out != want {
		t.Errorf("-text -: exit %d, %s\n%s\nwant the output of -text WORDS:\n%s", code, errOut, out, want)
	}
	// Standard input is read once: not both the need's JSON and its text.
	code, _, errOut = matchCLI(t, "{}", "-need", "-", "-text", "-")
	if code != 2 || !strings.Contains(errOut, "-text") {
		t.Errorf("-need - -text -: exit %d, %q; want 2 and a message naming -text", code, errOut)
	}
}

func TestErrors(t *testing.T) {
	for _, tc := range []struct {
		name  string
		args  []string
		code  int
		err   string
		stdin string
	}{
		{"malformed need", []string{"-need", "-", "-lang", "en"}, 2, "match: -need: malformed JSON", `{"age": 4`},
		{"empty need", []string{"-need", "-", "-lang", "en"}, 2, "match: -need: malformed JSON", ""},
		{"trailing data", []string{"-need", "-", "-lang", "en"}, 2, "match: -need: trailing data after the JSON value", `{"age": 4} x`},
		{"shared name", []string{"-municipality", "Herøy", "-lang", "en"}, 2, "municipality: the name is shared", ""},
		{"unknown place", []string{"-municipality", "Atlantis", "-lang", "en"}, 2, "municipality: is not a municipality name", ""},
		{"bad role", []string{"-role", "doctor"}, 2, "roles[0]: er ikke en gyldig kode for rolle", ""},
		{"bad reach", []string{"-reach", "moon"}, 2, "-reach", ""},
		{"bad relax", []string{"-relax", "everything"}, 2, "-relax", ""},
		{"bad ICD-10", []string{"-icd10", "XYZ"}, 2, "icd10[0]", ""},
		{"nothing fits", []string{"-role", "patient", "-condition", "tourette", "-municipality", "5610", "-languages", "se"}, 1, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := matchCLI(t, tc.stdin, tc.args...)
			if code != tc.code || !strings.Contains(errOut, tc.err) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errOut, tc.code, tc.err)
			}
			if tc.name == "bad ICD-10" && strings.Contains(errOut, "XYZ") {
				t.Errorf("the error echoes the need's value: %q", errOut)
			}
		})
	}
}

// TestCatalogue (issue 11.4): a catalogue that cannot be read is a usage
// error naming the line and field; invalid offerings are reported and left
// out, or refuse the catalogue with -strict; none is used unchecked.
func TestCatalogue(t *testing.T) {
	sample := lmh.SampleCatalogueJSONL()
	first, rest, _ := bytes.Cut(sample, []byte("\n"))
	var o lmh.Offering
	if err := json.Unmarshal(first, &o); err != nil {
		t.Fatal(err)
	}
	o.Frames.Capacity.Max = 1 // a group offering for one: invalid
	invalid, _ := json.Marshal(&o)
	dir := t.TempDir()
	write := func(name string, parts ...[]byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, bytes.Join(parts, []byte("\n")), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	unreadable := write("unreadable.jsonl", []byte(`{"id": "not-json"`), rest)
	unknownField := write("field.jsonl", rest, []byte(`{"nmae":"x"}`))
	withInvalid := write("invalid.jsonl", invalid, rest)
	args := []string{"-role", "patient", "-condition", "copd", "-municipality", "Hamar", "-age", "60", "-limit", "1", "-lang", "en"}
	for _, tc := range []struct {
		name   string
		args   []string
		stdin  string
		code   int
		stderr []string
		out    string // the output has this, or lacks it after a "!"
	}{
		{"unreadable line", []string{"-catalogue", unreadable}, "", 2, []string{"unreadable.jsonl:1: (whole line): malformed JSON", "1 lines cannot be read"}, ""},
		{"unknown field", []string{"-catalogue", unknownField}, "", 2, []string{"field.jsonl:43: nmae: unknown field"}, ""},
		{"invalid offering left out", []string{"-catalogue", withInvalid}, "", 0, []string{"invalid.jsonl:1: frames.capacity.max:", "[group_capacity]", "1 invalid offerings left out"}, "!Living with COPD"},
		{"invalid offering with -strict", []string{"-catalogue", withInvalid, "-strict"}, "", 2, []string{"1 invalid offerings (-strict)"}, ""},
		{"missing file", []string{"-catalogue", filepath.Join(dir, "nope.jsonl")}, "", 2, []string{"-catalogue: open"}, ""},
		{"standard input", []string{"-catalogue", "-"}, string(sample), 0, nil, "Living with COPD"},
		{"two standard inputs", []string{"-catalogue", "-", "-need", "-"}, "{}", 2, []string{"only once"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := matchCLI(t, tc.stdin, append(tc.args, args...)...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d\n%s%s", code, tc.code, out, errOut)
			}
			for _, w := range tc.stderr {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errOut)
				}
			}
			if not, ok := strings.CutPrefix(tc.out, "!"); ok {
				if strings.Contains(out, not) {
					t.Errorf("output has %q:\n%s", not, out)
				}
			} else if !strings.Contains(out, tc.out) {
				t.Errorf("output lacks %q:\n%s", tc.out, out)
			}
			checkPrefix(t, errOut)
		})
	}
}

// TestNeedNeverEchoed (issue 11.8): every route from a person's need to an
// error — each flag, the JSON file, free text, stray arguments — reports
// the field and the rule, never the value. The sentinel stands for a name,
// a national identity number and a diagnosis.
func TestNeedNeverEchoed(t *testing.T) {
	const sentinel = "Kari Nordmann 12345678901 HIV"
	quoted, _ := json.Marshal(sentinel)
	cases := map[string]struct {
		args  []string
		stdin string
	}{}
	for _, f := range []string{"role", "condition", "theme", "goal", "access", "when", "format", "delivery", "age",
		"municipality", "icd10", "icpc2", "languages"} {
		cases["-"+f] = struct {
			args  []string
			stdin string
		}{[]string{"-" + f, sentinel}, ""}
		cases["-"+f+" in a list"] = struct {
			args  []string
			stdin string
		}{[]string{"-" + f, "x," + sentinel}, ""}
	}
	add := func(name, stdin string, args ...string) {
		cases[name] = struct {
			args  []string
			stdin string
		}{args, stdin}
	}
	add("-text too long", "", "-text", strings.Repeat(sentinel+" ", 200))
	add("-text - too long", strings.Repeat(sentinel+" ", 200), "-text", "-")
	add("stray arguments", "", "-text", "pårørende", "Kari", "Nordmann", "12345678901", "HIV")
	add("flag-like value", "", "-"+strings.ReplaceAll(sentinel, " ", "_"))
	add("-age as a flag value", "", "-age", "-"+strings.ReplaceAll(sentinel, " ", ""))
	add("JSON: unknown member", `{"`+sentinel+`": 1}`, "-need", "-")
	add("JSON: bad code", `{"conditions":[`+string(quoted)+`]}`, "-need", "-")
	add("JSON: bad type", `{"age":`+string(quoted)+`}`, "-need", "-")
	add("JSON: bad enum", `{"delivery":`+string(quoted)+`,"availability":[`+string(quoted)+`]}`, "-need", "-")
	add("JSON: malformed", sentinel, "-need", "-")
	add("JSON: malformed after a value", `{"free_text":`+string(quoted)+` x`, "-need", "-")
	add("JSON: bad municipality", `{"municipality":`+string(quoted)+`}`, "-need", "-")
	add("JSON and flags", `{"icd10":[`+string(quoted)+`]}`, "-need", "-", "-role", sentinel)
	for name, c := range cases {
		for _, lang := range []string{"nb", "nn", "en"} {
			t.Run(name+" "+lang, func(t *testing.T) {
				code, out, errOut := matchCLI(t, c.stdin, append(c.args, "-lang", lang)...)
				if code != 2 {
					t.Errorf("exit %d, want 2", code)
				}
				for _, part := range []string{"Kari", "Nordmann", "12345678901", "HIV"} {
					if strings.Contains(out+errOut, part) {
						t.Errorf("the output echoes %q:\n%s%s", part, out, errOut)
					}
				}
				if errOut == "" {
					t.Error("no message")
				}
				checkPrefix(t, errOut)
			})
		}
	}
}

// TestNeedProblems (issue 11.12, 11.13): a value on the command line is
// judged as the same value in JSON, and every problem of a need is
// reported, with the field paths of validation, in the language asked for.
func TestNeedProblems(t *testing.T) {
	for _, tc := range []struct {
		name  string
		args  []string
		stdin string
		want  []string
	}{
		{"negative age", []string{"-age", "-5", "-lang", "en"}, "", []string{"lmhkit match: age: must be at least 0"}},
		{"negative age in JSON", []string{"-need", "-", "-lang", "en"}, `{"age":-5}`, []string{"lmhkit match: age: must be at least 0"}},
		{"age too high", []string{"-age", "200", "-lang", "en"}, "", []string{"age: must be at most 130"}},
		{"age not a number", []string{"-age", "five", "-lang", "nn"}, "", []string{"age: må vere eit heiltal"}},
		{"every problem", []string{"-role", "doctor,patient,nurse", "-condition", "x", "-age", "-5", "-municipality", "Atlantis", "-icd10", "J44.9,XYZ", "-when", "never", "-lang", "en"}, "", []string{
			"roles[0]: is not a valid role code", "roles[2]: is not a valid role code", "conditions[0]:", "age: must be at least 0",
			"municipality: is not a municipality name", "icd10[1]: is not an ICD-10 code", "availability[0]: is not a valid value"}},
		{"JSON and flags together", []string{"-need", "-", "-role", "doctor", "-lang", "nn"}, `{"roles":["patient"],"age":300}`, []string{
			"roles[1]: er ikkje ein gyldig kode for rolle", "age: må vere høgst 130"}},
		{"JSON decode error and flags", []string{"-need", "-", "-role", "doctor", "-lang", "nn"}, `{"roles":["lege"]}`, []string{
			"roles[0]: ukjend kode for rolle", "er ikkje ein gyldig kode for rolle"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := matchCLI(t, tc.stdin, tc.args...)
			if code != 2 {
				t.Errorf("exit %d, want 2", code)
			}
			for _, w := range tc.want {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errOut)
				}
			}
			if n := strings.Count(errOut, "\n"); n != len(tc.want) {
				t.Errorf("%d messages, want %d:\n%s", n, len(tc.want), errOut)
			}
			checkPrefix(t, errOut)
		})
	}
}
