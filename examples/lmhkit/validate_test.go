package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSampleIsValid(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"validate"}, nil, &out, &errOut); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out.String(), errOut.String())
	}
	if got := out.String(); got != "42 tilbud lest, 0 ugyldige\n" {
		t.Errorf("output %q", got)
	}
}

func TestBadCatalogue(t *testing.T) {
	for _, lang := range []string{"nb", "nn", "en"} {
		t.Run(lang, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run([]string{"validate", "-lang", lang, filepath.Join("testdata", "bad.jsonl")}, nil, &out, &errOut)
			if code != 1 {
				t.Fatalf("exit %d, want 1", code)
			}
			got := strings.ReplaceAll(out.String(), filepath.Join("testdata", "bad.jsonl"), "bad.jsonl")
			golden := filepath.Join("testdata", "bad."+lang+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("output differs from %s:\n%s", golden, got)
			}
		})
	}
}

func TestStdinAndISF(t *testing.T) {
	sample, err := os.ReadFile(filepath.Join("..", "..", "lmh", "data", "sample-catalogue.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if code := run([]string{"validate", "-lang", "en", "-isf", "-"}, bytes.NewReader(sample), &out, &out); code != 0 {
		t.Fatalf("exit %d\n%s", code, out.String())
	}
	s := out.String()
	if !strings.Contains(s, "-:1: ISF: meets every criterion") || !strings.Contains(s, "-:2: ISF referral: the offering does not require a referral") {
		t.Errorf("ISF lines missing:\n%s", s)
	}
	if !strings.HasSuffix(s, "42 offerings read, 0 invalid\n") {
		t.Errorf("summary missing:\n%s", s)
	}
}

func TestUsage(t *testing.T) {
	var out bytes.Buffer
	for _, args := range [][]string{{"-lang", "de"}, {"a", "b"}, {"-nope"}, {"does-not-exist.jsonl"}} {
		if code := run(append([]string{"validate"}, args...), nil, &out, &out); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}
