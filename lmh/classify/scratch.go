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
	stems       []cueHit             // the cues of the delivery stems (cueDeliveryStem)
	units       []cueHit             // the cues of the unit nouns (cueUnitNoun), in order
	unitReach   [2]unitReach         // per Part, what unitNounIn asks of s.units, made on first use
	forRoles    []taxonomy.Condition // conditions' second list, kept for its memory
	deferred    []deferredVote       // condition votes held back from the in-scope features (termReader.weigh)
	marks       []cueHit             // the cues of the aside marks (cueAsideMark), in order
	addressed   []cueHit             // the cues that address people (cueAddressed, cueAddressedYou), in order
	cueSrc      []cue                // the table of the cues found
	cueScratch  cueScratch
	phrases     []glossary.PhraseMatch // the cue phrases found in one part
	bpos        []int32                // cueMatcher.hits' working memory
	pend        []cueHit               // and more of it
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

	// Per value, indexed by refKey: its summed weight, first and strongest
	// vote; touched lists the values voted for, per facet, in order of
	// first vote.
	vals    []valueState
	touched [facetCap][]taxonomy.Ref

	// Which cue kinds occur, and the first cue of each (index + 1).
	allCues  uint64
	firstCue [numCueKinds]int32

	// work counts the steps of the rules, for the test that bounds it.
	work int

	// Working memory of collectEvidence.
	decided []taxonomy.Ref
	picks   []int32

	// The word index (words.go), made on first use.
	wordsDone [2]bool // per Part
	wordList  [2][]xtok
	pad       []byte // the part lex reads, with 24 bytes of zeros after it

	// What termVotes noted of the term votes (notes.go).
	notes termNotes

	// The Result's lists while the rules build them (lists.go).
	lists []uint16

	// The in-scope decision's features' evidence, and the evidence kept.
	scopeEv [numScopeFeatures]evi
	posEv   []evi
}

// valueState is what the rules know of one value while they read a
// listing.
type valueState struct {
	weight float64 // summed weight of its votes
	first  int32   // index of the first vote + 1; 0 = no vote yet
	best   int32   // index of the strongest vote + 1
	last   int32   // index of the latest vote + 1 (the end of the chain of vote.next)
	flags  uint8   // voteInTitle, voteAsWord
}

// refKey numbers the values of every facet densely: the facet above
// refBits bits of the value's index.
const (
	refBits  = 6
	facetCap = 16 // facets refKey has room for
)

func init() {
	for _, f := range taxonomy.Facets() {
		if int(f) >= facetCap || f.Len() >= 1<<refBits {
			panic("classify: the taxonomy outgrew refKey")
		}
	}
}

func refKey(r taxonomy.Ref) int { return int(r.Facet())<<refBits | r.Index() }

func newScratch() *scratch {
	return &scratch{vals: make([]valueState, facetCap<<refBits), lists: make([]uint16, 0, listCap)}
}

func (s *scratch) reset() {
	for f := range s.touched {
		for _, r := range s.touched[f] {
			s.vals[refKey(r)] = valueState{}
		}
		s.touched[f] = s.touched[f][:0]
	}
	s.work = 0
	s.matches = s.matches[:0]
	s.cues = s.cues[:0]
	s.marks = s.marks[:0]
	s.addressed = s.addressed[:0]
	s.stems = s.stems[:0]
	s.units = s.units[:0]
	s.unitReach[0].done, s.unitReach[1].done = false, false
	s.deferred = s.deferred[:0]
	s.ages = s.ages[:0]
	s.votes = s.votes[:0]
	s.nTitle = 0
	s.clauses = s.clauses[:0]
	s.cueClause = s.cueClause[:0]
	s.matchClause = s.matchClause[:0]
	s.wordsDone = [2]bool{}
}

// addVote records a vote.
func (s *scratch) addVote(v vote) {
	x := &s.vals[refKey(v.ref)]
	i := int32(len(s.votes) + 1)
	if x.first == 0 {
		x.first, x.best, x.last = i, i, i
		f := v.ref.Facet()
		s.touched[f] = append(s.touched[f], v.ref)
	} else {
		s.votes[x.last-1].next, x.last = i, i
		if v.weight > s.votes[x.best-1].weight {
			x.best = i
		}
	}
	x.weight += v.weight
	if v.weight > 0 && v.ev.Part == PartTitle {
		x.flags |= voteInTitle
	}
	if v.weight >= minSupport && v.ev.Basis == bTerm && v.ev.Term > 0 && s.matches[v.ev.Term-1].Position == glossary.Word {
		x.flags |= voteAsWord
	}
	v.next = 0
	s.votes = append(s.votes, v)
}

// deferredVote is a term's vote cast after the in-scope decision: the
// sense of match i in clause cl of part, with weight w.
type deferredVote struct {
	sense taxonomy.Ref
	w     float64
	part  Part
	i     int
	cl    int32
}

// addDeferredVotes casts the votes held back from the in-scope features
// (scratch.deferred), once the in-scope decision has read the others.
func (s *scratch) addDeferredVotes() {
	s.work += len(s.deferred)
	for _, d := range s.deferred {
		s.addTermVote(d.sense, d.w, d.part, d.i, &s.matches[d.i], &s.clauses[d.cl])
	}
}

// addTermVote records the vote of glossary match i, m (the term's sense, of
// weight w) in clause c, and notes it (noteTermVote).
func (s *scratch) addTermVote(sense taxonomy.Ref, w float64, part Part, i int, m *glossary.Match, c *clause) {
	n := len(s.votes)
	s.votes = append(s.votes, vote{ref: sense, weight: w, ev: evi{
		Facet: sense.Facet(), Value: sense, Part: part, Start: m.Start, End: m.End,
		Term: matchTerm(i), Sense: sense, Basis: bTerm,
	}})
	x := &s.vals[refKey(sense)]
	if x.first == 0 {
		x.first, x.best, x.last = int32(n+1), int32(n+1), int32(n+1)
		f := sense.Facet()
		s.touched[f] = append(s.touched[f], sense)
	} else {
		s.votes[x.last-1].next, x.last = int32(n+1), int32(n+1)
		if w > s.votes[x.best-1].weight {
			x.best = int32(n + 1)
		}
	}
	x.weight += w
	if w > 0 && part == PartTitle {
		x.flags |= voteInTitle
	}
	if w >= minSupport && m.Position == glossary.Word {
		x.flags |= voteAsWord
	}
	s.noteTermVote(n, c)
}

// The flags of a value.
const (
	voteInTitle uint8 = 1 << iota // a vote with weight from the title
	voteAsWord                    // a vote of at least minSupport from a term found as a whole word
)

// votesFor returns the evidence of the strongest vote for r.
func (s *scratch) votesFor(r taxonomy.Ref) evi {
	if b := s.vals[refKey(r)].best; b > 0 {
		return s.votes[b-1].ev
	}
	return evi{}
}

// inTitle reports whether r has a vote with weight from the title.
func (s *scratch) inTitle(r taxonomy.Ref) bool { return s.vals[refKey(r)].flags&voteInTitle != 0 }

// namedAsWord reports whether r has a vote of at least minSupport from a
// glossary term found as a whole word.
func (s *scratch) namedAsWord(r taxonomy.Ref) bool { return s.vals[refKey(r)].flags&voteAsWord != 0 }

// weightOf returns the summed support of r.
func (s *scratch) weightOf(r taxonomy.Ref) float64 { return s.vals[refKey(r)].weight }

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
	next   int32 // index + 1 of the next vote for ref, 0 for none (see addVote)
	weight float64
	ev     evi
}
