package classify

import (
	"math"
	"slices"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// titleFirst keeps, when the title names conditions, only those and the
// ones the body names more than once: the title says what an offering is
// about, and a passing mention in the body ("etter ulykke, hjerneslag eller
// sykdom") does not change it.
func titleFirst(s *scratch, cs []taxonomy.Condition) []taxonomy.Condition {
	inTitle := func(c taxonomy.Condition) bool {
		for _, v := range s.votes {
			if v.ev.Part == PartTitle && v.weight > 0 && (v.ref == c.Ref() || c.Ref().Subsumes(v.ref) || v.ref.Subsumes(c.Ref())) {
				return true
			}
		}
		return false
	}
	if !slices.ContainsFunc(cs, inTitle) {
		return cs
	}
	out := cs[:0]
	for _, c := range cs {
		if inTitle(c) || s.weightOf(c.Ref()) >= 1.5 {
			out = append(out, c)
		}
	}
	return out
}

// mostSpecific drops every condition that is an ancestor of another one
// given.
func mostSpecific(cs []taxonomy.Condition) []taxonomy.Condition {
	out := cs[:0]
	for _, c := range cs {
		broader := false
		for _, d := range cs {
			if c != d && c.Subsumes(d) {
				broader = true
				break
			}
		}
		if !broader {
			out = append(out, c)
		}
	}
	return out
}

// delivery applies rule 8.
func delivery(s *scratch) (taxonomy.Delivery, float64) {
	d, conf := bestOf[taxonomy.Delivery](s, taxonomy.FacetDelivery)
	digital := d == taxonomy.DeliveryDigital
	inPerson := d == taxonomy.DeliveryInPerson
	digitalCue, placeCue, alsoCue := -1, -1, -1
	for i := range s.cues {
		switch s.cues[i].kind {
		case cueDigital:
			if digitalCue < 0 {
				digitalCue = i
			}
		case cuePlace:
			if placeCue < 0 {
				placeCue = i
			}
		case cueAlsoDigital:
			if alsoCue < 0 {
				alsoCue = i
			}
		}
	}
	switch {
	case d == taxonomy.DeliveryHybrid:
		return d, conf
	case alsoCue >= 0:
		s.implied(taxonomy.DeliveryHybrid.Ref(), 1, s.cueEvidence(alsoCue, bNone), bHybrid)
		return taxonomy.DeliveryHybrid, 0.8
	}
	if digitalCue >= 0 && !digital {
		s.implied(taxonomy.DeliveryDigital.Ref(), 1, s.cueEvidence(digitalCue, bNone), bTerm)
		digital = true
	}
	if placeCue >= 0 && !inPerson {
		s.implied(taxonomy.DeliveryInPerson.Ref(), 1, s.cueEvidence(placeCue, bNone), bPlace)
		inPerson = true
	}
	switch {
	case digital && inPerson:
		ev := s.votesFor(taxonomy.DeliveryDigital.Ref())
		s.implied(taxonomy.DeliveryHybrid.Ref(), 1, ev, bHybrid)
		ev = s.votesFor(taxonomy.DeliveryInPerson.Ref())
		s.implied(taxonomy.DeliveryHybrid.Ref(), 0, ev, bHybrid)
		return taxonomy.DeliveryHybrid, 0.6
	case digital:
		return taxonomy.DeliveryDigital, confidence(s.weightOf(taxonomy.DeliveryDigital.Ref()))
	case inPerson:
		return taxonomy.DeliveryInPerson, confidence(s.weightOf(taxonomy.DeliveryInPerson.Ref()))
	}
	return 0, 0
}

// conceptAndFormat applies rule 9.
func conceptAndFormat(s *scratch) (taxonomy.Concept, taxonomy.Format, float64, float64) {
	group := s.weightOf(taxonomy.FormatGroup.Ref()) + s.weightOf(taxonomy.ConceptGroupOffering.Ref())
	indiv := s.weightOf(taxonomy.FormatIndividual.Ref()) + s.weightOf(taxonomy.ConceptIndividualOffering.Ref())
	offering := s.weightOf(taxonomy.ConceptOffering.Ref())
	activity := s.weightOf(taxonomy.ConceptActivity.Ref())
	switch {
	case group >= minSupport && indiv >= minSupport && math.Min(group, indiv)/math.Max(group, indiv) >= 0.5:
		for _, f := range []taxonomy.Ref{taxonomy.FormatGroup.Ref(), taxonomy.FormatIndividual.Ref(),
			taxonomy.ConceptGroupOffering.Ref(), taxonomy.ConceptIndividualOffering.Ref()} {
			s.implied(taxonomy.ConceptOffering.Ref(), 0, s.votesFor(f), bFormatConcept)
		}
		return taxonomy.ConceptOffering, 0, confidence(group + indiv), 0
	case group >= minSupport && group >= indiv && group >= activity:
		s.copyVotes(taxonomy.ConceptGroupOffering.Ref(), taxonomy.FormatGroup.Ref())
		c := confidence(group - indiv)
		return taxonomy.ConceptGroupOffering, taxonomy.FormatGroup, c, c
	case indiv >= minSupport && indiv >= activity:
		s.copyVotes(taxonomy.ConceptIndividualOffering.Ref(), taxonomy.FormatIndividual.Ref())
		c := confidence(indiv - group)
		return taxonomy.ConceptIndividualOffering, taxonomy.FormatIndividual, c, c
	case activity >= minSupport:
		return taxonomy.ConceptActivity, 0, confidence(activity), 0
	case offering >= minSupport:
		return taxonomy.ConceptOffering, 0, confidence(offering), 0
	}
	return 0, 0, 0, 0
}

// copyVotes gives the concept the evidence of its format and the format
// the evidence of its concept (rule 9).
func (s *scratch) copyVotes(concept, format taxonomy.Ref) {
	n := len(s.votes)
	for i := 0; i < n; i++ {
		v := s.votes[i]
		switch v.ref {
		case concept:
			s.implied(format, 0, v.ev, bFormatConcept)
		case format:
			s.implied(concept, 0, v.ev, bFormatConcept)
		}
	}
}

// scope applies rule 10.
func scope(s *scratch, conds []taxonomy.Condition, themes []taxonomy.Theme, p taxonomy.Programme) (taxonomy.Scope, float64) {
	if c, ok := s.hasCue(cueAcross); ok {
		s.implied(taxonomy.ScopeCrossDiagnostic.Ref(), 1, s.cueEvidence(c, bNone), bAcrossDiagnoses)
		return taxonomy.ScopeCrossDiagnostic, 0.8
	}
	if len(conds) > 0 {
		families := 0
		var roots [8]taxonomy.Condition
		for _, c := range conds {
			r := rootOf(c)
			if !slices.Contains(roots[:min(families, len(roots))], r) {
				if families < len(roots) {
					roots[families] = r
				}
				families++
			}
		}
		ev := s.votesFor(conds[0].Ref())
		if families == 1 {
			s.implied(taxonomy.ScopeDiagnosisSpecific.Ref(), 1, ev, bOneFamily)
			return taxonomy.ScopeDiagnosisSpecific, 0.7
		}
		s.implied(taxonomy.ScopeCrossDiagnostic.Ref(), 1, ev, bManyFamilies)
		return taxonomy.ScopeCrossDiagnostic, 0.6
	}
	if c, ok := s.hasCue(cueLiving); ok {
		s.implied(taxonomy.ScopeLivingWithIllness.Ref(), 1, s.cueEvidence(c, bNone), bLivingWithIllness)
		return taxonomy.ScopeLivingWithIllness, 0.6
	}
	if len(themes) > 0 {
		ev := s.votesFor(themes[0].Ref())
		s.implied(taxonomy.ScopeThemeSpecific.Ref(), 1, ev, bThemeOnly)
		return taxonomy.ScopeThemeSpecific, 0.5
	}
	return 0, 0
}

// rootOf returns the top of c's hierarchy.
func rootOf(c taxonomy.Condition) taxonomy.Condition {
	for b := c.Broader(); b != 0; b = b.Broader() {
		c = b
	}
	return c
}
