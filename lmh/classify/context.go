package classify

import (
	"strings"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// Where a word stands decides what it says: "pasient" in "pasientforening"
// names no participant, "kols" after "aktiv psykose eller kols er
// utelukket" no condition, "Sykehuset" after "i samarbeid med" no
// organiser. The rules read that context from clauses: stretches of a part
// between the marks that end a sentence or a line (. ! ? ; : and line
// breaks). Each clause knows which kinds of cue occur in it, so a rule can
// ask "is there a negation in this word's clause?" in constant time.
//
// Everything here is computed in one pass over each part plus one walk over
// the cues and matches, which are sorted: linear in the text.

// clause is one stretch of a part between boundaries.
type clause struct {
	part       Part
	start, end int32
	firstWord  int32 // where the clause's first word begins
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
	lead          int32 // start of the last cue that names the organiser before it, -1 if none
	assist        int32 // start of the last cue that names a partner before it, -1 if none
}

func (c *clause) has(k cueKind) bool { return c.cues&(1<<k) != 0 }

// boundaryBytes are the bytes that can end a clause (0xE2 starts "•").
const boundaryBytes = ".\n:!?;\r\xe2"

// appendClauses appends the clauses of text to dst. A full stop or a colon
// ends a clause only before white space or the end, so "kl. 18" and "2.
// etasje" do, but "14.11.2019" and "f.eks.kurs" do not; bullets ("•")
// start a clause.
//
// Each boundary byte is found with strings.IndexByte, which reads many
// bytes at a time, and the streams are merged in order of position: every
// byte of text is read once per boundary byte, a small fraction of the
// cost of reading them one at a time.
func appendClauses(dst []clause, text string, part Part) []clause {
	var next [len(boundaryBytes)]int // next position of each boundary byte, len(text) if none
	for k := range next {
		next[k] = indexByteFrom(text, 0, boundaryBytes[k])
	}
	start := 0
	for {
		k := 0
		for j := 1; j < len(next); j++ {
			if next[j] < next[k] {
				k = j
			}
		}
		i := next[k]
		if i >= len(text) {
			break
		}
		next[k] = indexByteFrom(text, i+1, boundaryBytes[k])
		b, n := text[i], 1
		switch {
		case b == 0xE2:
			if i+2 >= len(text) || text[i+1] != 0x80 || text[i+2] != 0xA2 { // •
				continue
			}
			n = 3
		case (b == '.' || b == ':') && i+1 < len(text) && !isSpaceByte(text[i+1]):
			continue
		}
		if i < start {
			continue // inside a bullet already taken
		}
		if i > start {
			dst = append(dst, newClause(text, part, start, i))
		}
		start = i + n
	}
	if start < len(text) || len(dst) == 0 || dst[len(dst)-1].part != part {
		dst = append(dst, newClause(text, part, start, len(text)))
	}
	return dst
}

// indexByteFrom returns the index of the first b in text at or after from,
// or len(text).
func indexByteFrom(text string, from int, b byte) int {
	if from >= len(text) {
		return len(text)
	}
	if i := strings.IndexByte(text[from:], b); i >= 0 {
		return from + i
	}
	return len(text)
}

// newClause returns the clause text[start:end], noting where its first
// word begins.
func newClause(text string, part Part, start, end int) clause {
	w := start
	for w < end {
		if n := punctuationAt(text, w); n > 0 {
			w += n
			continue
		}
		break
	}
	return clause{part: part, start: int32(start), end: int32(end), firstWord: int32(w)}
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

// buildContext splits both parts into clauses, notes the cue kinds of each
// clause and which clause every cue and match lies in.
func (s *scratch) buildContext() {
	s.clauses = appendClauses(s.clauses[:0], s.title, PartTitle)
	s.nTitleClauses = len(s.clauses)
	s.clauses = appendClauses(s.clauses, s.text, PartText)
	s.work += len(s.title) + len(s.text) // read by appendClauses
	// Cues are sorted by end within each part, title first; a cue belongs
	// to the clause its last byte lies in.
	s.cueClause = s.cueClause[:0]
	s.allCues = 0
	s.firstCue = [numCueKinds]int32{}
	k := 0
	s.work += len(s.clauses) + len(s.cues) + len(s.matches)
	for i := range s.clauses {
		s.clauses[i].lead, s.clauses[i].assist = -1, -1
	}
	for i := range s.cues {
		c := &s.cues[i]
		s.allCues |= 1 << c.kind
		if s.firstCue[c.kind] == 0 {
			s.firstCue[c.kind] = int32(i + 1)
		}
		k = s.clauseAt(k, c.part, c.end-1)
		s.cueClause = append(s.cueClause, int32(k))
		s.clauses[k].cues |= 1 << c.kind
		switch c.kind {
		case cueLead:
			s.clauses[k].lead = int32(c.start)
		case cueAssist:
			s.clauses[k].assist = int32(c.start)
		}
		if c.kind == cueChannel && s.clauses[k].channels < 255 {
			s.clauses[k].channels++
		}
	}
	// Matches are sorted by start within each part.
	s.matchClause = s.matchClause[:0]
	k = 0
	for i := range s.matches {
		m := &s.matches[i]
		k = s.clauseAt(k, s.part(i), m.Start)
		s.matchClause = append(s.matchClause, int32(k))
		for _, r := range m.Senses {
			switch r.Facet() {
			case taxonomy.FacetConcept, taxonomy.FacetFormat, taxonomy.FacetProgramme:
				s.clauses[k].offer = true
			}
		}
	}
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
	return s.matches[i].Start <= int(s.clauses[s.matchClause[i]].firstWord)
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
