package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGlossary(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		stdin  string
		status int
		want   []string
	}{
		{"lookup", []string{"mestringskurs"}, "", 0, []string{"ambiguous", "concept:offering", "concept:group_offering"}},
		{"lookup nynorsk inflected", []string{"meistringskursa"}, "", 0, []string{"concept:group_offering"}},
		{"not found", []string{"flybillett"}, "", 1, []string{"not in the glossary"}},
		{"scan", []string{"-scan"}, "KiD-kurset for pasient- og pårørendeopplæring", 0, []string{
			"0\t3\t\"KiD\"\tKiD\tmodifier", "pasientopplæring\tword", "expanded"}},
		{"search", []string{"-search", "-lang", "nn", "meistringskur"}, "", 0, []string{"meistringskurs\tnn"}},
		{"bad lang", []string{"-search", "-lang", "xx", "a"}, "", 2, nil},
		{"no args", nil, "", 2, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			status := run(append([]string{"glossary"}, tt.args...), strings.NewReader(tt.stdin), &out, &errOut)
			if status != tt.status {
				t.Errorf("status %d, want %d (stderr %q)", status, tt.status, errOut.String())
			}
			for _, w := range tt.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, out.String())
				}
			}
		})
	}
}

func TestGlossaryScanFiles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "side.txt")
	if err := os.WriteFile(path, []byte("Mestringskurs for pårørende"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := lmhkit(t, "KiD-kurs", "glossary", "-scan", path, "-")
	if code != 0 || !strings.Contains(out, "Mestringskurs") || !strings.Contains(out, "KiD") {
		t.Errorf("exit %d:\n%s%s", code, out, errOut)
	}
}
