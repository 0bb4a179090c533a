package classify

import (
	"math"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// inScope decides rule 1 and returns the decision, its confidence and the
// evidence for it.
func inScope(s *scratch) (bool, float64, []evi) {
	neg := 0.0
	negEv := s.negEv[:0]
	var seen [lastOutOfScope + 1]bool
	for i, c := range s.cues {
		if c.kind == cueNone || c.kind > lastOutOfScope || seen[c.kind] {
			continue
		}
		seen[c.kind] = true
		w := 3.0
		if c.kind == cuePractical || c.kind == cueWard {
			w = 1.2
		}
		if c.part == PartTitle {
			w *= 1.5
		}
		neg += w
		negEv = append(negEv, s.cueEvidence(i, bOutOfScope))
	}
	var offering, people, methods, conditions float64
	posEv := s.posEv[:0]
	best := -1.0
	for _, v := range s.votes {
		switch v.ref.Facet() {
		case taxonomy.FacetConcept, taxonomy.FacetFormat, taxonomy.FacetProgramme:
			offering += v.weight
			if v.weight > best {
				best = v.weight
				posEv = append(posEv[:0], v.ev)
			}
		case taxonomy.FacetRole:
			people += v.weight
		case taxonomy.FacetMethod:
			methods += v.weight
		case taxonomy.FacetCondition:
			conditions += v.weight
		}
	}
	if c, ok := s.hasCue(cueOfferingShape); ok {
		offering += 0.5
		if len(posEv) == 0 {
			posEv = append(posEv, s.cueEvidence(c, bOffering))
		}
	}
	s.posEv, s.negEv = posEv, negEv
	pos := math.Min(offering, 3) + 0.5*math.Min(people, 2) + 0.3*math.Min(methods, 2) + 0.2*math.Min(conditions, 2)
	score := pos - neg
	in := offering >= 0.8 && score >= 1.2
	conf := 1 / (1 + math.Exp(-(score-1.2)*1.5))
	for i := range posEv {
		posEv[i].Facet, posEv[i].Value, posEv[i].InScope, posEv[i].Basis = 0, taxonomy.Ref{}, true, bOffering
	}
	if in {
		return true, conf, posEv
	}
	if len(negEv) == 0 {
		return false, 1 - conf, nil
	}
	return false, 1 - conf, negEv
}
