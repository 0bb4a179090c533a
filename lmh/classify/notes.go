package classify

import (
	"slices"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// termNotes is what termVotes notes of each term vote as it makes it, so
// that no later rule walks the votes again for it: the vote features of the
// in-scope decision (scopeFeatures), who is named as the audience (rule
// 6), whole families, and in each clause its last condition and the roles
// it names (clause.lastCondition, roles, kinStart, firstRole).
type termNotes struct {
	x   [numScopeFeatures]float64 // the in-scope features the votes give
	has [numScopeFeatures]bool    // features noted, their evidence in scratch.scopeEv

	offerText, genericText, people, method float64

	kinAudience, patientAudience bool  // next of kin, patients named as the audience by a term
	family                       int32 // the first vote for next of kin by a family term + 1
}

// startNotes clears the notes before termVotes.
func (s *scratch) startNotes() {
	s.notes = termNotes{}
	// The evidence goes with the notes: a feature not noted for this
	// listing has none, whatever the reused scratch held before.
	s.scopeEv = [numScopeFeatures]evi{}
	s.notes.x[sfBias] = 1
}

// note records e as the evidence of in-scope feature f, if f has none yet.
func (s *scratch) note(f scopeFeature, e *evi) {
	if !s.notes.has[f] {
		s.notes.has[f], s.scopeEv[f] = true, *e
	}
}

// noteTermVote notes vote i, a glossary term's vote in clause c.
func (s *scratch) noteTermVote(i int, c *clause) {
	v := &s.votes[i]
	if v.weight <= 0 {
		return
	}
	n := &s.notes
	switch v.ref.Facet() {
	case taxonomy.FacetConcept, taxonomy.FacetFormat, taxonomy.FacetProgramme:
		generic := v.ref == taxonomy.ConceptOffering.Ref() || v.ref == taxonomy.ConceptActivity.Ref()
		switch {
		case v.ev.Part == PartTitle && generic:
			n.x[sfGenericTitle] = 1
			s.note(sfGenericTitle, &v.ev)
		case v.ev.Part == PartTitle:
			n.x[sfOfferTitle] = 1
			s.note(sfOfferTitle, &v.ev)
		case generic:
			n.genericText += v.weight
			s.note(sfGenericText, &v.ev)
		default:
			n.offerText += v.weight
			s.note(sfOfferText, &v.ev)
		}
		if v.ref.Facet() == taxonomy.FacetProgramme && v.weight >= minSupport {
			n.x[sfProgramme] = 1
			s.note(sfProgramme, &v.ev)
		}
	case taxonomy.FacetRole:
		n.people += v.weight
		s.note(sfPeople, &v.ev)
		c.roles |= 1 << v.ref.Index()
		if c.firstRole < 0 {
			c.firstRole = int32(i)
		}
		audience := v.ev.Part == PartTitle || c.has(cueAudience) || c.has(cueInvite)
		switch v.ref {
		case taxonomy.RoleNextOfKin.Ref():
			if c.kinStart < 0 || int32(v.ev.Start) < c.kinStart {
				c.kinStart = int32(v.ev.Start)
			}
			n.kinAudience = n.kinAudience || audience
			if n.family == 0 && slices.Contains(familyTerms, s.matches[v.ev.Term-1].Term) {
				n.family = int32(i + 1)
			}
		case taxonomy.RolePatient.Ref():
			n.patientAudience = n.patientAudience || audience
		}
	case taxonomy.FacetCondition:
		c.lastCondition = max(c.lastCondition, int32(v.ev.Start))
		if v.weight >= minSupport {
			n.x[sfCondition] = 1
			s.note(sfCondition, &v.ev)
		}
	case taxonomy.FacetMethod:
		n.method += v.weight
		s.note(sfMethod, &v.ev)
	}
}

// finishNotes completes the notes after termVotes: the sums become
// features, and participants named in the clause of a course word or an
// audience (the first such vote) are noted.
func (s *scratch) finishNotes() {
	n := &s.notes
	n.x[sfOfferText] = min(n.offerText, 3) / 3
	n.x[sfGenericText] = min(n.genericText, 2) / 2
	n.x[sfPeople] = min(n.people, 2) / 2
	n.x[sfMethod] = min(n.method, 2) / 2
	first := int32(-1)
	s.work += len(s.clauses)
	for i := range s.clauses {
		c := &s.clauses[i]
		if c.firstRole >= 0 && (c.offer || c.has(cueAudience)) && (first < 0 || c.firstRole < first) {
			first = c.firstRole
		}
	}
	if first >= 0 {
		n.x[sfPeopleInOffer] = 1
		s.note(sfPeopleInOffer, &s.votes[first].ev)
	}
}
