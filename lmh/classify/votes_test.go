package classify

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// copyVotesByScan is copyVotes as it was before it read the votes by
// their chains: every vote read, in order of index.
func copyVotesByScan(s *scratch, concept, format taxonomy.Ref) {
	n := len(s.votes)
	for i := 0; i < n; i++ {
		v := &s.votes[i]
		switch v.ref {
		case concept:
			s.implied(format, 0, v.ev, bFormatConcept)
		case format:
			s.implied(concept, 0, v.ev, bFormatConcept)
		}
	}
}

// TestCopyVotesAgrees holds copyVotes, which merges the concept's and the
// format's chains of votes, to the walk over every vote it replaced: the
// same votes implied, in the same order, on random lists of votes for
// the two values and others.
func TestCopyVotesAgrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 7))
	concept, format := taxonomy.ConceptGroupOffering.Ref(), taxonomy.FormatGroup.Ref()
	refs := []taxonomy.Ref{concept, format, taxonomy.RolePatient.Ref(), taxonomy.ConceptIndividualOffering.Ref()}
	for range 3000 {
		a, b := newScratch(), newScratch()
		for range rng.IntN(30) {
			r := refs[rng.IntN(len(refs))]
			ev := evi{Facet: r.Facet(), Value: r, Basis: bTerm, Start: rng.IntN(600)}
			ev.End = ev.Start + 1 + rng.IntN(20)
			w := float64(rng.IntN(5)) / 2
			a.addVote(vote{ref: r, weight: w, ev: ev})
			b.addVote(vote{ref: r, weight: w, ev: ev})
		}
		a.copyVotes(concept, format)
		copyVotesByScan(b, concept, format)
		if !reflect.DeepEqual(a.votes, b.votes) {
			t.Fatalf("copyVotes gave\n%+v\nthe walk over every vote\n%+v", a.votes, b.votes)
		}
		for _, r := range refs {
			if x, y := a.vals[refKey(r)], b.vals[refKey(r)]; x != y {
				t.Fatalf("value %v: %+v, want %+v", r, x, y)
			}
		}
	}
}
