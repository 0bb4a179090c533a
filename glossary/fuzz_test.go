package glossary

import (
	"testing"
)

// FuzzScan checks the scanner's properties on any bytes: it never panics,
// every span lies within the input on rune boundaries, ordinary matches
// normalise to a form of their term, and ScanAppend appends exactly what
// Scan returns.
func FuzzScan(f *testing.F) {
	for _, s := range []string{
		"Pasient- og pårørendeopplæring for hjerte-, lunge- og kreftpasienter",
		"KiD-kurset ved LMS", "pa\u030arørende\u00ad", "kurs\xff\xfekurs", "stress- eller\n\n smertemestring",
		"diabetes  type 2-", "-", "- og", "x- og -", "Mestringskursene", "\u2010 og kurs",
	} {
		f.Add(s)
	}
	g := Default()
	f.Fuzz(func(t *testing.T, s string) {
		ms := g.Scan(s)
		prefix := []Match{{Term: "sentinel"}}
		again := g.ScanAppend(prefix, s)
		if len(again) != len(ms)+1 || again[0].Term != "sentinel" {
			t.Fatalf("ScanAppend appended %d matches, Scan returned %d", len(again)-1, len(ms))
		}
		for i, m := range ms {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
				t.Fatalf("span [%d,%d) outside %q", m.Start, m.End, s)
			}
			if !sameMatch(again[i+1], m) {
				t.Fatalf("ScanAppend differs at %d", i)
			}
			if i > 0 && compareMatch(ms[i-1], m) > 0 {
				t.Fatalf("out of order at %d", i)
			}
			if m.Expanded {
				continue
			}
			if n := Normalize(s[m.Start:m.End]); !g.isFormOf(n, m.Term) {
				t.Fatalf("match %q normalises to %q, not a form of %q", s[m.Start:m.End], n, m.Term)
			}
		}
	})
}

func sameMatch(a, b Match) bool {
	return a.Start == b.Start && a.End == b.End && a.Term == b.Term && a.Kind == b.Kind &&
		a.Lang == b.Lang && a.Position == b.Position && a.Expanded == b.Expanded && len(a.Senses) == len(b.Senses)
}
