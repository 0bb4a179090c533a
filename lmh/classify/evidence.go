package classify

import "github.com/lmhkit/lmhkit/taxonomy"

// evi is the classifier's working form of an Evidence: the same fields,
// with the rule as a small number and the term as a reference into the
// scanners' results. It holds no pointers, so the votes that carry one are
// copied without write barriers and the garbage collector never scans
// them; the few that end up in a Result become Evidence at the end
// (see scratch.evidence).
type evi struct {
	Facet      taxonomy.Facet
	InScope    bool
	Part       Part
	Basis      basisID
	Value      taxonomy.Ref
	Sense      taxonomy.Ref
	Term       termRef
	Start, End int
}

// basisID numbers the Basis values; 0 is the empty Basis.
type basisID uint8

const (
	bNone basisID = iota
	bTerm
	bProgramme
	bFormatConcept
	bParentsOfChildren
	bAgeRange
	bHasCondition
	bHealthPromotion
	bPlace
	bHybrid
	bOneFamily
	bManyFamilies
	bAcrossDiagnoses
	bThemeOnly
	bLivingWithIllness
	bOffering
	bOutOfScope
	bRelative
	bGeneralPublic
	bMeetings
	bSelfPaced
	bBothFormats
	bCourseFor
	bFamily
	bOverview
	bOneToOne
)

var basisOf = [...]Basis{
	bNone: "", bTerm: BasisTerm, bProgramme: BasisProgramme, bFormatConcept: BasisFormatConcept,
	bParentsOfChildren: BasisParentsOfChildren, bAgeRange: BasisAgeRange, bHasCondition: BasisHasCondition,
	bHealthPromotion: BasisHealthPromotion, bPlace: BasisPlace, bHybrid: BasisHybrid, bOneFamily: BasisOneFamily,
	bManyFamilies: BasisManyFamilies, bAcrossDiagnoses: BasisAcrossDiagnoses, bThemeOnly: BasisThemeOnly,
	bLivingWithIllness: BasisLivingWithIllness, bOffering: BasisOffering, bOutOfScope: BasisOutOfScope,
	bRelative: BasisRelative, bGeneralPublic: BasisGeneralPublic, bMeetings: BasisMeetings,
	bSelfPaced: BasisSelfPaced, bBothFormats: BasisBothFormats, bCourseFor: BasisCourseFor, bFamily: BasisFamily, bOverview: BasisOverview,
	bOneToOne: BasisOneToOne,
}

// termRef says where the Term of an evidence comes from: 0 is no term,
// termAgeRange the words "age range", i > 0 the term of match i-1 and
// i < termAgeRange the phrase of cue termAgeRange-1-i.
type termRef int32

const termAgeRange termRef = -1

func matchTerm(i int) termRef { return termRef(i + 1) }
func cueTerm(i int) termRef   { return termAgeRange - 1 - termRef(i) }

// Basis names the rule behind one piece of evidence. The values are stable
// codes (they appear in the output of `lmhkit classify`); the rules
// themselves are described at the top of rules.go. Values are safe for
// concurrent use.
type Basis string

// The rules.
const (
	BasisTerm              Basis = "term"                     // a glossary term names the value
	BasisProgramme         Basis = "programme_implies"        // a programme implies its usual values
	BasisFormatConcept     Basis = "format_implies_concept"   // group → group offering, and back
	BasisParentsOfChildren Basis = "parents_of_children"      // foreldre til barn med … → next of kin, children
	BasisAgeRange          Basis = "age_range"                // an age range in years
	BasisHasCondition      Basis = "addressed_with_condition" // for deg med <condition> → patient
	BasisHealthPromotion   Basis = "health_promotion_user"    // frisklivs… without a condition → user
	BasisPlace             Basis = "meeting_place"            // a named place → in person
	BasisHybrid            Basis = "digital_and_in_person"    // both ways of taking part → hybrid
	BasisOneFamily         Basis = "one_condition_family"     // one family of conditions → diagnosis specific
	BasisManyFamilies      Basis = "several_conditions"       // several families → across diagnoses
	BasisAcrossDiagnoses   Basis = "across_diagnoses"         // "uansett diagnose"
	BasisThemeOnly         Basis = "theme_without_condition"  // themes, no condition → theme specific
	BasisLivingWithIllness Basis = "living_with_illness"      // "å leve med sykdom"
	BasisOffering          Basis = "describes_offering"       // in scope: an offering is described
	BasisOutOfScope        Basis = "not_an_offering"          // out of scope: see the cue
	BasisRelative          Basis = "relative_of_someone_ill"  // pårørende til, har en søster med … → next of kin
	BasisGeneralPublic     Basis = "general_public_user"      // alle som, innbyggere → user
	BasisMeetings          Basis = "physical_meetings"        // samlinger, vi møtes, trening → in person
	BasisSelfPaced         Basis = "self_paced"               // på egen hånd, i eget tempo → individual
	BasisBothFormats       Basis = "individual_or_group"      // individuelt eller i gruppe → no format
	BasisCourseFor         Basis = "course_for_condition"     // kurs for deg med diabetes → diabeteskurs
	BasisFamily            Basis = "whole_families"           // familier, with a condition → patients and next of kin
	BasisOverview          Basis = "overview_of_offerings"    // ulike kurs, oversikt over → an offering, no one format
	BasisOneToOne          Basis = "one_to_one"               // likeperson, støttetelefon → individual
)

// collectEvidence appends the evidence of every value given in out, grouped
// by value in the order of the Result's fields: for each value the
// first vote of each rule and more votes up to maxEvidence, in order of
// position. Votes that carry support are used when a value has any; a value
// with none (a format known from its concept) gets the links that implied
// it. It reads only the decided values' votes, each value's by the chain
// of vote.next that addVote and addTermVote keep.
func (s *scratch) collectEvidence(scopeEv []evi, out *Result) []Evidence {
	refs := s.decided[:0]
	if out.Concept != 0 {
		refs = append(refs, out.Concept.Ref())
	}
	if out.Format != 0 {
		refs = append(refs, out.Format.Ref())
	}
	refs = appendRefs(refs, out.Roles)
	refs = appendRefs(refs, out.AgeGroups)
	if out.Arena != 0 {
		refs = append(refs, out.Arena.Ref())
	}
	if out.Delivery != 0 {
		refs = append(refs, out.Delivery.Ref())
	}
	refs = appendRefs(refs, out.Methods)
	if out.Scope != 0 {
		refs = append(refs, out.Scope.Ref())
	}
	refs = appendRefs(refs, out.Conditions)
	refs = appendRefs(refs, out.Themes)
	if out.Programme != 0 {
		refs = append(refs, out.Programme.Ref())
	}
	s.decided = refs

	// Each decided value's votes, by the chain addVote keeps, in order of
	// position; the picks come out grouped by value.
	picks := s.picks[:0]
	for _, r := range refs {
		x := &s.vals[refKey(r)]
		positive := x.weight > 0
		var bases [4]basisID
		n, nb := 0, 0
		for i := x.first; i > 0; {
			v := &s.votes[i-1]
			s.work++
			at := i - 1
			i = v.next
			if (v.weight > 0) != positive {
				continue
			}
			newBasis := true
			for _, b := range bases[:nb] {
				if b == v.ev.Basis {
					newBasis = false
					break
				}
			}
			if newBasis && nb < len(bases) {
				bases[nb] = v.ev.Basis
				nb++
			} else if n >= maxEvidence {
				continue
			}
			n++
			picks = append(picks, at)
		}
	}
	s.picks = picks
	evs := make([]Evidence, len(scopeEv)+len(picks))
	// Each Evidence filled in from what it stands for, the in-scope
	// decision's first, then the votes picked, in one loop that calls
	// nothing (a call in it made Go reload its values at each one).
	for k := range evs {
		var e *evi
		if k < len(scopeEv) {
			e = &scopeEv[k]
		} else {
			e = &s.votes[picks[k-len(scopeEv)]].ev
		}
		o := &evs[k]
		o.Facet, o.Value, o.InScope, o.Part = e.Facet, e.Value, e.InScope, e.Part
		o.Start, o.End, o.Sense, o.Basis = e.Start, e.End, e.Sense, basisOf[e.Basis]
		switch {
		case e.Term > 0:
			o.Term = s.matches[e.Term-1].Term
		case e.Term == termAgeRange:
			o.Term = "age range"
		case e.Term < termAgeRange:
			o.Term = s.cueSrc[s.cues[termAgeRange-1-e.Term].cue].phrase
		}
	}
	return evs
}

func appendRefs[C taxonomy.Code](dst []taxonomy.Ref, cs []C) []taxonomy.Ref {
	for _, c := range cs {
		dst = append(dst, c.Ref())
	}
	return dst
}
