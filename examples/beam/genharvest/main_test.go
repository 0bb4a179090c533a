package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCommandLine: -h prints the usage on standard output and exits 0; a
// bad flag, a stray argument or a missing -out exits 2 with a message and
// writes nothing; a summary that cannot be written exits 2. Before, a
// stray argument was ignored, -h wrote to standard error and a write to a
// full disk exited 0.
func TestCommandLine(t *testing.T) {
	dir := t.TempDir()
	templates := filepath.Join(dir, "t.jsonl")
	if err := os.WriteFile(templates, []byte(`{"title":"Kolsskole","text":"Kurs for pasienter med kols."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ok := []string{"-n", "10", "-files", "2", "-templates", templates, "-out", filepath.Join(dir, "h")}
	for _, tc := range []struct {
		name           string
		args           []string
		status         int
		stdout, stderr string
	}{
		{"help", []string{"-h"}, 0, "usage: genharvest", ""},
		{"a run", ok, 0, "10 records in 2 files", ""},
		{"bad flag", []string{"-x"}, 2, "", "genharvest: flag provided but not defined: -x"},
		{"stray argument", append(ok, "stray"), 2, "", "1 stray argument(s)"},
		{"no -out", []string{"-n", "10"}, 2, "", "-out is required"},
		{"no files", []string{"-files", "0", "-out", dir}, 2, "", "-files at least 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr strings.Builder
			status := run(tc.args, &stdout, &stderr)
			if status != tc.status || !strings.Contains(stdout.String(), tc.stdout) || !strings.Contains(stderr.String(), tc.stderr) ||
				(tc.stdout == "" && stdout.Len() > 0) || (tc.stderr == "" && stderr.Len() > 0) {
				t.Errorf("status %d, stdout %q, stderr %q; want %d, %q, %q", status, stdout.String(), stderr.String(), tc.status, tc.stdout, tc.stderr)
			}
		})
	}
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full")
	}
	defer full.Close()
	for _, args := range [][]string{{"-h"}, ok} {
		var stderr strings.Builder
		if status := run(args, full, &stderr); status != 2 || !strings.Contains(stderr.String(), "no space left on device") {
			t.Errorf("%v > /dev/full: status %d, stderr %q; want 2 and the error", args, status, stderr.String())
		}
	}
}
