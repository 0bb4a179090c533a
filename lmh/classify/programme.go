package classify

import "github.com/lmhkit/lmhkit/taxonomy"

// programme decides the programme: the best-supported one, unless the text
// names two or more with support (a catalogue page, or a comparison that
// termVotes did not catch), where only one named in the title stands.
func programme(s *scratch) (taxonomy.Programme, float64) {
	p, conf := bestOf[taxonomy.Programme](s, taxonomy.FacetProgramme)
	if p == 0 {
		return 0, 0
	}
	var buf [16]tally
	n := 0
	for _, t := range s.tallies(taxonomy.FacetProgramme, buf[:0]) {
		if t.weight >= minSupport {
			n++
		}
	}
	if n >= 2 && !s.inTitle(p.Ref()) {
		return 0, 0
	}
	return p, conf
}

// inTitle reports whether r has a vote from the title.
func (s *scratch) inTitle(r taxonomy.Ref) bool {
	for i := range s.votes {
		if v := &s.votes[i]; v.ref == r && v.weight > 0 && v.ev.Part == PartTitle {
			return true
		}
	}
	return false
}
