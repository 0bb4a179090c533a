package classify

import "testing"

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
