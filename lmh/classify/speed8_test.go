package classify

import (
	"strings"
	"testing"
)

// TestAdjectiveEndingAgrees holds adjectiveEnding to foldSuffixOf over
// adjectiveEndings for every string of up to four bytes from a set that
// holds the endings' letters, their capitals and their neighbours by
// 0x20.
func TestAdjectiveEndingAgrees(t *testing.T) {
	alphabet := "sSkKeEtTx\x13\x0b\x05\x14a"
	var walk func(w string)
	walk = func(w string) {
		if got, want := adjectiveEnding(w), foldSuffixOf(w, adjectiveEndings) != ""; got != want {
			t.Fatalf("adjectiveEnding(%q) = %v, foldSuffixOf %v", w, got, want)
		}
		if len(w) == 4 {
			return
		}
		for i := 0; i < len(alphabet); i++ {
			walk(w + alphabet[i:i+1])
		}
	}
	walk("")
}

// TestIsPeopleTermAgrees: the filter in front of peopleTermSet lets every
// form through, and isPeopleTerm answers as the map for every term of the
// classifier's glossary.
func TestIsPeopleTermAgrees(t *testing.T) {
	for f := range peopleTermSet {
		if !isPeopleTerm(f) {
			t.Fatalf("isPeopleTerm(%q) = false", f)
		}
	}
	g, err := glossaryWithExtras()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range append(g.Entries(), New().gc.Entries()...) {
		if got, want := isPeopleTerm(e.Term), peopleTermSet[e.Term]; got != want {
			t.Fatalf("isPeopleTerm(%q) = %v, the map %v", e.Term, got, want)
		}
	}
}

// TestUnitNounScanAgrees holds unitNounIn with at most unitScanMax unit
// nouns (unitNounScan, and unitReach where a gap is longer than
// unitGapMax) to unitNounInScan at every [a, b), gaps of 0 to 20 bytes.
func TestUnitNounScanAgrees(t *testing.T) {
	s := newScratch()
	c := New()
	for gap := 0; gap <= 20; gap++ {
		for _, link := range []string{"for", "i", "innenfor", "ikke", "forbi", "x"} {
			text := "Enheten" + strings.Repeat(" ", gap) + link + " kreft, avdeling" + strings.Repeat(",", gap) + "innan rus."
			c.scan(s, "", text)
			s.buildContext()
			if len(s.units) > unitScanMax {
				t.Fatalf("%q: %d unit nouns", text, len(s.units))
			}
			for b := 0; b <= len(text); b++ {
				for a := 0; a <= b; a++ {
					if got, want := s.unitNounIn(PartText, a, b), s.unitNounInScan(PartText, a, b); got != want {
						t.Fatalf("[%d, %d) of %q: unitNounIn %v, the scan %v", a, b, text, got, want)
					}
				}
			}
		}
	}
}
