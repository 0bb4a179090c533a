package classify

import (
	"strings"
)

// Where a word stands decides what it says: "pasient" in "pasientforening"
// names no participant, "kols" after "aktiv psykose eller kols er
// utelukket" no condition, "Sykehuset" after "i samarbeid med" no
// organiser. The rules read that context from clauses: stretches of a part
// between the marks that end a sentence or a line (. ! ? ; : and line
// breaks). Each clause knows which kinds of cue occur in it, so a rule can
// ask "is there a negation in this word's clause?" in constant time.
//
// The clause boundaries are found by the cue scanner in the same pass that
// finds the cues (cues.go); buildContext makes the clauses in one walk over
// its output, and termVotes notes each match's clause as it reads the
// matches, which are sorted: linear in the text.

// clause is one stretch of a part between boundaries.
type clause struct {
	part       Part
	start, end int32
	firstWord  int32 // where the clause's first word begins; -1 until asked (scratch.clauseFirstWord)
	// Worked out when a rule asks (see scratch.commas and scratch.allCaps):
	// the commas in the clause, and whether it has a small ASCII letter.
	nCommas          int16
	commasDone       bool
	lowerDone, lower bool
	offer            bool   // the clause has a term for an offering, a format or a programme
	cues             uint64 // bit k set: a cue of kind k occurs in the clause

	channels      uint8 // channel cues (telefon, chat, e-post) in the clause
	roles         uint8 // bit k: a term of role k with support
	lastCondition int32 // start of the last condition term with support, -1 if none
	kinStart      int32 // start of the first next-of-kin term with support, -1 if none
	firstRole     int32 // the first vote for a role in the clause, -1 if none
	lead          int32 // start of the last cue that names the organiser before it, -1 if none
	assist        int32 // start of the last cue that names a partner before it, -1 if none
	relative      int32 // start of the last relative phrase (cueRelative), -1 if none
	staff         int32 // the first cue for staff (cuePersonnel) in the clause + 1, 0 if none
}

func (c *clause) has(k cueKind) bool { return c.cues&(1<<k) != 0 }

// newClause returns the clause [start:end) of part; where its first word
// begins is found when asked (clauseFirstWord).
func newClause(part Part, start, end int) clause {
	return clause{part: part, start: int32(start), end: int32(end), firstWord: -1,
		lastCondition: -1, kinStart: -1, firstRole: -1, lead: -1, assist: -1, relative: -1}
}

// clauseFirstWord returns where the first word of clause cl begins, after
// any white space and punctuation, finding it the first time it is asked.
func (s *scratch) clauseFirstWord(cl int32) int {
	c := &s.clauses[cl]
	if c.firstWord < 0 {
		text := s.partText(c.part)
		w := int(c.start)
		for w < int(c.end) {
			if n := punctuationAt(text, w); n > 0 {
				w += n
				continue
			}
			break
		}
		c.firstWord = int32(w)
	}
	return int(c.firstWord)
}

// punctuationAt returns the length of the white space or punctuation
// character at i, or 0 for a letter or digit (or anything else).
func punctuationAt(text string, i int) int {
	b := text[i]
	if b < 0x80 {
		if isWordByte(b) {
			return 0
		}
		return 1
	}
	switch {
	case b == 0xC2 && i+1 < len(text) && (text[i+1] == 0xA0 || text[i+1] == 0xAB || text[i+1] == 0xBB):
		return 2 // no-break space, « »
	case b == 0xE2 && i+2 < len(text) && text[i+1] == 0x80:
		return 3 // dashes, quotes, bullets, ellipsis
	}
	return 0
}

// buildContext splits both parts into clauses, at the boundaries the cue
// scanner found, and notes the cue kinds of each clause and which clause
// every cue lies in; the boundaries leave s.cues. One walk over the cues,
// which are sorted. (termVotes, which walks the matches, notes their
// clauses.)
func (s *scratch) buildContext() {
	s.clauses = s.clauses[:0]
	s.cueClause = s.cueClause[:0]
	s.allCues = 0
	s.firstCue = [numCueKinds]int32{}
	hits := s.cues
	n, i := 0, 0
	s.work += len(hits) + len(s.matches)
	for _, p := range [2]Part{PartTitle, PartText} {
		src := s.partText(p)
		first, firstCue := len(s.clauses), n
		start := 0
		// What the cues say of the clause being read, which is made at the
		// boundary that ends it.
		var open clauseCues
		for ; i < len(hits) && hits[i].part == p; i++ {
			h := &hits[i]
			if h.kind > cueBoundary {
				s.sideCue(h) // a cue that only a rule of its own reads
				continue
			}
			if h.kind != cueBoundary {
				// A cue belongs to the clause its last byte lies in: the
				// boundaries before it (and one at that byte) are behind,
				// so that is the next clause made.
				k := h.kind
				s.allCues |= 1 << k
				if s.firstCue[k] == 0 {
					s.firstCue[k] = int32(n + 1)
				}
				open.add(h)
				if k == cuePersonnel && open.staff == 0 {
					open.staff = int32(n + 1)
				}
				if k == cueAddressed || k == cueAddressedYou {
					s.addressed = append(s.addressed, *h)
				}
				hits[n] = *h
				s.cueClause = append(s.cueClause, int32(len(s.clauses)))
				n++
				continue
			}
			if b := h.start; b >= start {
				if b > start {
					c := newClause(p, start, b)
					open.apply(&c)
					s.clauses = append(s.clauses, c)
					open = clauseCues{}
				}
				start = b + int(h.cue)
			}
		}
		if start < len(src) || len(s.clauses) == first {
			c := newClause(p, start, len(src))
			open.apply(&c)
			s.clauses = append(s.clauses, c)
		} else if open.cues != 0 {
			// Cues after the last clause (at a boundary that ends the
			// part) belong to the last.
			last := len(s.clauses) - 1
			open.apply(&s.clauses[last])
			for k := firstCue; k < n; k++ {
				s.cueClause[k] = min(s.cueClause[k], int32(last))
			}
		}
		if p == PartTitle {
			s.nTitleClauses = len(s.clauses)
		}
	}
	s.cues = hits[:n]
	sortByStart(s.marks)
	sortByStart(s.addressed)
	sortByStart(s.stems)
	sortByStart(s.units)
}

// clauseCues is what the cues of a clause say, gathered before the clause
// is made.
type clauseCues struct {
	cues         uint64
	lead, assist int32 // start of the last cueLead, cueAssist; -1 if none (when the kind's bit is set)
	relative     int32 // start of the last cueRelative (when the kind's bit is set)
	staff        int32 // the first cuePersonnel + 1 (0 if none)
	channels     uint8
}

func (o *clauseCues) add(h *cueHit) {
	o.cues |= 1 << h.kind
	switch h.kind {
	case cueLead:
		o.lead = int32(h.start)
	case cueAssist:
		o.assist = int32(h.start)
	case cueRelative:
		o.relative = int32(h.start)
	case cueChannel:
		o.channels = min(o.channels, 254) + 1
	}
}

// apply adds the cues to clause c, after any it has.
func (o *clauseCues) apply(c *clause) {
	c.cues |= o.cues
	if o.cues&(1<<cueLead) != 0 {
		c.lead = o.lead
	}
	if o.cues&(1<<cueAssist) != 0 {
		c.assist = o.assist
	}
	if o.cues&(1<<cueRelative) != 0 {
		c.relative = o.relative
	}
	if c.staff == 0 {
		c.staff = o.staff
	}
	c.channels = uint8(min(int(c.channels)+int(o.channels), 255))
}

// clauseAt returns the clause of part holding byte pos, searching forward
// from clause k (positions asked for never decrease within a part).
func (s *scratch) clauseAt(k int, part Part, pos int) int {
	lo, hi := 0, s.nTitleClauses
	if part == PartText {
		lo, hi = s.nTitleClauses, len(s.clauses)
	}
	if k < lo || k >= hi {
		k = lo
	}
	for k+1 < hi && int(s.clauses[k].end) <= pos {
		s.work++
		k++
	}
	return k
}

// atClauseStart reports whether only white space and punctuation stand
// between the start of the clause of match i and the match: a capital there
// says nothing about a name.
func (s *scratch) atClauseStart(i int) bool {
	return s.matches[i].Start <= s.clauseFirstWord(s.matchClause[i])
}

// partText returns the title or the text.
func (s *scratch) partText(p Part) string {
	if p == PartTitle {
		return s.title
	}
	return s.text
}

// inName reports whether match i is written as part of a proper name: it
// starts with a capital letter followed by a small one, not at the start of
// its clause, in a part that is not all capitals ("Landsforeningen for
// Pårørande innan Psykiatri", "Ung Pårørende"). A word at the start of a
// clause is a name when the word after it is capitalised too.
func (s *scratch) inName(i int) bool {
	m := &s.matches[i]
	src := s.partText(s.part(i))
	if !titleCased(src, m.Start) {
		return false
	}
	if !s.atClauseStart(i) {
		return true
	}
	// At the start of a clause: a name if the next word is capitalised.
	j := m.End
	for j < len(src) && j-m.End < 64 && isWordByte(src[j]) {
		s.work++
		j++
	}
	for j < len(src) && j-m.End < 64 && src[j] == ' ' {
		s.work++
		j++
	}
	return titleCased(src, j)
}

// titleCased reports whether the word at i starts with a capital and goes
// on in small letters (so "KOLS" and "LMS" are not names by this test).
func titleCased(src string, i int) bool {
	if i >= len(src) {
		return false
	}
	upper, n := capitalAt(src, i)
	if !upper {
		return false
	}
	if i+n >= len(src) {
		return false
	}
	b := src[i+n]
	return b >= 'a' && b <= 'z' || b == 0xC3 && i+n+1 < len(src) && src[i+n+1] >= 0xA0
}

// capitalAt reports whether src has a capital letter at i (ASCII or Æ Ø Å
// and the other Latin-1 capitals) and its length in bytes.
func capitalAt(src string, i int) (bool, int) {
	b := src[i]
	if b >= 'A' && b <= 'Z' {
		return true, 1
	}
	if b == 0xC3 && i+1 < len(src) && src[i+1] >= 0x80 && src[i+1] <= 0x9E && src[i+1] != 0x97 {
		return true, 2
	}
	return false, 0
}

// isCapital reports whether word w begins with a capital letter
// (capitalAt); "" does not.
func isCapital(w string) bool {
	if w == "" {
		return false
	}
	up, _ := capitalAt(w, 0)
	return up
}

// commas returns the number of commas in clause cl (at most 32767),
// counting them the first time it is asked.
func (s *scratch) commas(cl int32) int {
	c := &s.clauses[cl]
	if !c.commasDone {
		c.commasDone = true
		src := s.partText(c.part)[c.start:c.end]
		s.work += len(src)
		c.nCommas = int16(min(strings.Count(src, ","), 32767))
	}
	return int(c.nCommas)
}

// allCaps reports whether clause cl has no small ASCII letter, finding out
// the first time it is asked.
func (s *scratch) allCaps(cl int32) bool {
	c := &s.clauses[cl]
	if !c.lowerDone {
		c.lowerDone = true
		src := s.partText(c.part)[c.start:c.end]
		s.work += len(src)
		for i := 0; i < len(src); i++ {
			if src[i] >= 'a' && src[i] <= 'z' {
				c.lower = true
				break
			}
		}
	}
	return !c.lower
}

// sideCue keeps a cue of a kind after cueBoundary where the rule that
// reads it looks: no clause records these kinds, and they leave s.cues.
func (s *scratch) sideCue(h *cueHit) {
	switch h.kind {
	case cueAsideMark:
		s.marks = append(s.marks, *h)
	case cueDeliveryStem:
		s.stems = append(s.stems, *h)
	case cueUnitNoun:
		s.units = append(s.units, *h)
	}
}
