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

	// Per value, indexed by refKey: the summed weight, the first and the
	// strongest vote, and what kind of votes it has; touched lists the
	// values voted for, in order of first vote.
	weight  []float64
	first   []int32 // index of the first vote + 1; 0 = no vote yet
	best    []int32 // index of the strongest vote + 1
	flags   []uint8 // voteInTitle, voteAsWord
	touched []taxonomy.Ref

	// Which cue kinds occur, and the first cue of each (index + 1).
	allCues  uint64
	firstCue [numCueKinds]int32

	// work counts the steps of the rules, for the test that bounds it.
	work int

	// Working memory of collectEvidence.
	slot      []int16 // refKey → index of the decided value + 1
	decided   []taxonomy.Ref
	picks     []int32
	slotState []evidenceSlot

	// The in-scope decision's features' evidence, and the evidence kept.
	scopeEv [numScopeFeatures]evi
	posEv   []evi
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
	return &scratch{weight: make([]float64, n), first: make([]int32, n), best: make([]int32, n),
		flags: make([]uint8, n), slot: make([]int16, n)}
}

func (s *scratch) reset() {
	for _, r := range s.touched {
		k := refKey(r)
		s.weight[k], s.first[k], s.best[k], s.flags[k] = 0, 0, 0, 0
	}
	s.work = 0
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
	i := int32(len(s.votes) + 1)
	if s.first[k] == 0 {
		s.first[k], s.best[k] = i, i
		s.touched = append(s.touched, v.ref)
	} else if v.weight > s.votes[s.best[k]-1].weight {
		s.best[k] = i
	}
	s.weight[k] += v.weight
	if v.weight > 0 && v.ev.Part == PartTitle {
		s.flags[k] |= voteInTitle
	}
	if v.weight >= minSupport && v.ev.Basis == bTerm && v.ev.Term > 0 && s.matches[v.ev.Term-1].Position == glossary.Word {
		s.flags[k] |= voteAsWord
	}
	s.votes = append(s.votes, v)
}

// The flags of a value.
const (
	voteInTitle uint8 = 1 << iota // a vote with weight from the title
	voteAsWord                    // a vote of at least minSupport from a term found as a whole word
)

// votesFor returns the evidence of the strongest vote for r.
func (s *scratch) votesFor(r taxonomy.Ref) evi {
	if b := s.best[refKey(r)]; b > 0 {
		return s.votes[b-1].ev
	}
	return evi{}
}

// inTitle reports whether r has a vote with weight from the title.
func (s *scratch) inTitle(r taxonomy.Ref) bool { return s.flags[refKey(r)]&voteInTitle != 0 }

// namedAsWord reports whether r has a vote of at least minSupport from a
// glossary term found as a whole word.
func (s *scratch) namedAsWord(r taxonomy.Ref) bool { return s.flags[refKey(r)]&voteAsWord != 0 }

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
	s.work += len(s.touched)
	for _, r := range s.touched {
		if r.Facet() == f {
			k := refKey(r)
			dst = append(dst, tally{ref: r, weight: s.weight[k], first: int(s.first[k]) - 1})
		}
	}
	return dst
}
