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
)

var basisOf = [...]Basis{
	bNone: "", bTerm: BasisTerm, bProgramme: BasisProgramme, bFormatConcept: BasisFormatConcept,
	bParentsOfChildren: BasisParentsOfChildren, bAgeRange: BasisAgeRange, bHasCondition: BasisHasCondition,
	bHealthPromotion: BasisHealthPromotion, bPlace: BasisPlace, bHybrid: BasisHybrid, bOneFamily: BasisOneFamily,
	bManyFamilies: BasisManyFamilies, bAcrossDiagnoses: BasisAcrossDiagnoses, bThemeOnly: BasisThemeOnly,
	bLivingWithIllness: BasisLivingWithIllness, bOffering: BasisOffering, bOutOfScope: BasisOutOfScope,
}

// termRef says where the Term of an evidence comes from: 0 is no term,
// termAgeRange the words "age range", i > 0 the term of match i-1 and
// i < termAgeRange the phrase of cue termAgeRange-1-i.
type termRef int32

const termAgeRange termRef = -1

func matchTerm(i int) termRef { return termRef(i + 1) }
func cueTerm(i int) termRef   { return termAgeRange - 1 - termRef(i) }

// evidence turns e into the Evidence it stands for.
func (s *scratch) evidence(e evi) Evidence {
	out := Evidence{Facet: e.Facet, Value: e.Value, InScope: e.InScope, Part: e.Part,
		Start: e.Start, End: e.End, Sense: e.Sense, Basis: basisOf[e.Basis]}
	switch {
	case e.Term > 0:
		out.Term = s.matches[e.Term-1].Term
	case e.Term == termAgeRange:
		out.Term = "age range"
	case e.Term < termAgeRange:
		out.Term = s.cues[termAgeRange-1-e.Term].phrase
	}
	return out
}
