package classify

import (
	"github.com/lmhkit/lmhkit/glossary"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// scratch is the per-call working memory, pooled so that a steady stream
// of listings allocates little beyond the results.
type scratch struct {
	// What the scanners found (see Classifier.scan), in order of position,
	// title first.
	title, text string
	matches     []glossary.Match
	nTitle      int // matches[:nTitle] are in the title
	cues        []cueHit
	cueScratch  cueScratch
	ages        []ageHit
	textLen     int
	titleLen    int

	// The clauses of both parts (title first) and the clause of every cue
	// and match (see context.go).
	clauses       []clause
	nTitleClauses int
	cueClause     []int32
	matchClause   []int32

	votes []vote

	// Summed weight and first vote per value, indexed by refKey; touched
	// lists the values voted for, in order of first vote.
	weight  []float64
	first   []int32 // index of the first vote + 1; 0 = no vote yet
	touched []taxonomy.Ref

	// Working memory of collectEvidence.
	slot      []int16 // refKey → index of the decided value + 1
	decided   []taxonomy.Ref
	picks     []int32
	slotState []evidenceSlot

	// The in-scope decision's evidence.
	posEv, negEv []evi
}

// refStride is one more than the largest facet, so refKey is a dense index.
var refStride = func() int {
	n := 0
	for _, f := range taxonomy.Facets() {
		n = max(n, f.Len())
	}
	return n + 1
}()

var numFacets = len(taxonomy.Facets()) + 1

func refKey(r taxonomy.Ref) int { return int(r.Facet())*refStride + r.Index() }

func newScratch() *scratch {
	n := numFacets * refStride
	return &scratch{weight: make([]float64, n), first: make([]int32, n), slot: make([]int16, n)}
}

func (s *scratch) reset() {
	for _, r := range s.touched {
		k := refKey(r)
		s.weight[k], s.first[k] = 0, 0
	}
	s.touched = s.touched[:0]
	s.matches = s.matches[:0]
	s.cues = s.cues[:0]
	s.ages = s.ages[:0]
	s.votes = s.votes[:0]
	s.nTitle = 0
	s.clauses = s.clauses[:0]
	s.cueClause = s.cueClause[:0]
	s.matchClause = s.matchClause[:0]
}

// addVote records a vote.
func (s *scratch) addVote(v vote) {
	k := refKey(v.ref)
	if s.first[k] == 0 {
		s.first[k] = int32(len(s.votes) + 1)
		s.touched = append(s.touched, v.ref)
	}
	s.weight[k] += v.weight
	s.votes = append(s.votes, v)
}

// weightOf returns the summed support of r.
func (s *scratch) weightOf(r taxonomy.Ref) float64 { return s.weight[refKey(r)] }

// part returns the part match i lies in.
func (s *scratch) part(i int) Part {
	if i < s.nTitle {
		return PartTitle
	}
	return PartText
}

// vote is one piece of support for one value.
type vote struct {
	ref    taxonomy.Ref
	weight float64
	ev     evi
}

// tally sums the votes per value of one facet.
type tally struct {
	ref    taxonomy.Ref
	weight float64
	first  int // index of the first vote, for stable ordering by position
}

// tallies returns the summed weight per value of facet f, in order of first
// vote.
func (s *scratch) tallies(f taxonomy.Facet, dst []tally) []tally {
	dst = dst[:0]
	for _, r := range s.touched {
		if r.Facet() == f {
			k := refKey(r)
			dst = append(dst, tally{ref: r, weight: s.weight[k], first: int(s.first[k]) - 1})
		}
	}
	return dst
}
