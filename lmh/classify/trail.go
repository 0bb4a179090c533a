package classify

import "github.com/lmhkit/lmhkit/taxonomy"

// Trails follow the cues (or the matches) in order of position while
// another sorted list is read, so a rule can ask in constant time what
// stands close before or after a word: one walk over each list, linear in
// the text.

// cueTrail follows the cues while the matches are read in order, so a
// rule can ask in constant time whether a cue of some kind stands close
// before a word in its clause.
type cueTrail struct {
	s      *scratch
	j      int // the next cue to pass
	part   Part
	end    [numCueKinds]int32 // end of the last cue of each kind passed, -1 if none
	clause [numCueKinds]int32 // its clause
}

func (t *cueTrail) init(s *scratch) {
	t.s, t.j, t.part = s, 0, PartTitle
	t.end = noCueEnds
}

// noCueEnds is cueTrail.end before any cue is passed.
var noCueEnds = func() (t [numCueKinds]int32) {
	for k := range t {
		t[k] = -1
	}
	return t
}()

// advance passes the cues of part that end at or before pos.
func (t *cueTrail) advance(part Part, pos int) {
	s := t.s
	cues, j := s.cues, t.j
	j0 := j
	if part != t.part {
		t.part = part
		t.end = noCueEnds
		for j < len(cues) && cues[j].part != part {
			j++
		}
	}
	cl := s.cueClause[:len(cues)] // one clause per cue
	for j < len(cues) && cues[j].part == part && cues[j].end <= pos {
		c := &cues[j]
		t.end[c.kind] = int32(c.end)
		t.clause[c.kind] = cl[j]
		j++
	}
	s.work += j - j0
	t.j = j
}

// inClause reports whether a cue of kind k ended before, in clause cl.
func (t *cueTrail) inClause(k cueKind, cl int32) bool {
	return t.end[k] >= 0 && t.clause[k] == cl
}

// negationAhead finds the next excluding or negating cue after a word, also
// across a line break ("aktiv psykose/\nhallusinasjonar utelukket").
type negationAhead struct {
	s    *scratch
	j    int // the first cue not yet passed
	part Part
}

// advance passes the cues of part that end before pos.
func (n *negationAhead) advance(part Part, pos int) {
	cues := n.s.cues
	if part != n.part {
		n.part = part
		for n.j < len(cues) && cues[n.j].part != part {
			n.s.work++
			n.j++
		}
	}
	for n.j < len(cues) && cues[n.j].part == part && cues[n.j].end <= pos {
		n.s.work++
		n.j++
	}
}

// after reports whether a negating cue starts within nearBytes after end,
// among the next few cues.
func (n *negationAhead) after(end int) bool {
	cues := n.s.cues
	for k := n.j; k < len(cues) && cues[k].part == n.part && cues[k].end <= end+2*nearBytes; k++ {
		n.s.work++
		if cues[k].kind == cueNegation && cues[k].start >= end && cues[k].start-end <= nearBytes {
			return true
		}
	}
	return false
}

// near reports whether a cue of kind k ends at most nearBytes before pos in
// clause cl.
func (t *cueTrail) near(k cueKind, pos int, cl int32) bool {
	return t.end[k] >= 0 && t.clause[k] == cl && pos-int(t.end[k]) <= nearBytes
}

// peopleAfter reports whether, in clause cl, a cue that names people
// with something ("pasienter med", "personar med"; peopleWithIn) or
// someone's relatives ("pårørende til"; relativeIn) ended after the last
// cue of kind k.
func (t *cueTrail) peopleAfter(k cueKind, cl int32) bool {
	src := t.s.partText(t.part)
	for _, a := range [...]cueKind{cueAddressed, cueAddressedYou} {
		if e := t.end[a]; e > t.end[k] && t.clause[a] == cl && endsWithMed(src, int(e)) {
			return true
		}
	}
	return t.end[cueRelative] > t.end[k] && t.clause[cueRelative] == cl
}

// matchTrail follows the matches of one sense while the cues are read in
// order, so a rule can ask in constant time whether such a term stands
// close before a cue in its clause.
type matchTrail struct {
	s      *scratch
	sense  taxonomy.Ref
	j      int // the next match to pass
	part   Part
	end    int // end of the last match with the sense passed, -1 if none
	clause int32
}

func (t *matchTrail) init(s *scratch, sense taxonomy.Ref) {
	t.s, t.sense, t.j, t.part, t.end = s, sense, 0, PartTitle, -1
}

// near reports whether a match with the sense ends at most nearBytes
// before pos in clause cl of part. Positions asked for must not decrease
// within a part.
func (t *matchTrail) near(part Part, pos int, cl int32) bool {
	s := t.s
	if part != t.part {
		t.part, t.end = part, -1
		if part == PartText && t.j < s.nTitle {
			t.j = s.nTitle
		}
	}
	for t.j < len(s.matches) && s.part(t.j) == part && s.matches[t.j].End <= pos {
		s.work++
		m := &s.matches[t.j]
		for _, r := range m.Senses {
			if r == t.sense {
				t.end, t.clause = m.End, s.matchClause[t.j]
			}
		}
		t.j++
	}
	return t.end >= 0 && t.clause == cl && pos-t.end <= nearBytes
}
