package glossary

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/listings.golden")

// TestScanGolden compares the scan of testdata/listings.txt with
// testdata/listings.golden, so any change in what the glossary finds in
// realistic listings shows up in review. Run with -update to accept one.
func TestScanGolden(t *testing.T) {
	text, err := readListings()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, m := range Default().Scan(text) {
		flags := ""
		if m.Ambiguous {
			flags += " ambiguous"
		}
		if m.Expanded {
			flags += " expanded"
		}
		fmt.Fprintf(&b, "%d-%d %q %s %s %s %s %v%s\n", m.Start, m.End, text[m.Start:m.End], m.Term,
			m.Position, m.Kind, m.Lang, m.Senses, flags)
	}
	got := b.String()
	const path = "testdata/listings.golden"
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run TestScanGolden -update)", err)
	}
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) && i < len(wl); i++ {
			if gl[i] != wl[i] {
				t.Fatalf("scan differs from %s at line %d:\n got  %s\n want %s\n(run with -update if the change is intended)", path, i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("scan differs from %s in length: %d lines, want %d", path, len(gl), len(wl))
	}
}
