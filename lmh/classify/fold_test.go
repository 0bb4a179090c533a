package classify

import (
	"slices"
	"strings"
	"testing"
)

// TestWordSets checks a wordSet against the plain list searches it stands
// for, on every word of the lists weigh reads, written in capitals, cut
// short, grown and emptied.
func TestWordSets(t *testing.T) {
	lists := [][]string{strokeWords, organs, notOrganisers, quantifiers, arenaAdjectives, weakArenaTerms,
		generalConcepts, intakeTerms, {"", "a"}, {}}
	var probes []string
	for _, l := range lists {
		for _, w := range l {
			probes = append(probes, w, strings.ToUpper(w), w+"e", "x"+w, "")
			if w != "" {
				probes = append(probes, strings.ToUpper(w[:1])+w[1:], w[:len(w)-1], w[1:])
			}
		}
	}
	hits := 0
	for _, l := range lists {
		set := newWordSet(l)
		for _, p := range probes {
			if got, want := set.has(p), slices.Contains(l, p); got != want {
				t.Fatalf("%q in %q: has says %v", p, l, got)
			}
			got, want := set.hasFold(p), foldIn(p, l)
			if got != want {
				t.Fatalf("%q in %q: hasFold says %v", p, l, got)
			}
			if want {
				hits++
			}
		}
	}
	if hits < 100 {
		t.Fatalf("only %d probes found", hits)
	}
}
