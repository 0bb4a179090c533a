package classify

// The rules of classification, in one place.
//
// A listing is read once through the glossary (terms of the vocabulary, with
// their senses) and once through the cue table below (words that are not
// terms but tell the rules who the audience is, what kind of page this is,
// where it is held). Every value the classifier gives comes from one of the
// rules named by a Basis, and every Basis points at spans of the text, so a
// person can check each decision.
//
// The rules, in the order they are applied:
//
//  1. Out of scope: a page for health personnel (helsepedagogikk, kurs for
//     fagfolk, instruktøropplæring), a job ad, practical information
//     (besøkstid, parkering, ventetid), a medication leaflet, news (budsjett,
//     undersøkelse), research, a ward description, recruitment of
//     volunteers, commercial and pregnancy pages are not learning-and-coping
//     offerings, however many course words they contain. In scope means: an
//     offering (or the LMH work of a service) is described, and nothing
//     marks the page as one of those.
//  2. A term names its value: "kolsskole" is the programme kolsskole and
//     the condition copd; "pårørende" the role next_of_kin. A term in the
//     title weighs more than one in the body; a compound's modifier
//     ("stressmestring" in "stressmestringsgruppe") weighs less than a whole
//     word.
//  3. A programme implies its usual format, and, where the text is silent,
//     its usual roles, age groups, conditions, themes and arena.
//  4. "Foreldre til barn med …" means next of kin of children.
//  5. An age range in years ("13–17 år", "over 67 år") gives every age group
//     it overlaps.
//  6. People addressed as having a condition ("for deg med kols", "personer
//     med demens") are patients; at a frisklivssentral, without a condition,
//     participants are users.
//  7. The organiser decides the arena, not a partner: a frisklivssentral or a
//     kommune is municipal, a hospital or its LMS specialist, an
//     organisation voluntary, a company private. Arena words after "i
//     samarbeid med", "sammen med" or "fra" count less.
//  8. Nettkurs, digitalt, video, Teams, Zoom → digital; a named meeting
//     place → in person; both, or "kan også følges digitalt" → hybrid.
//  9. Group and individual: the concept follows the format and the format
//     the concept; an offering with both group and one-to-one parts is an
//     offering without a format.
//  10. Conditions: the most specific ones named ("diabetes type 2", not also
//     "diabetes"). One family of conditions → diagnosis specific; several →
//     across diagnoses, as is "uansett diagnose"; no condition but a theme
//     → theme specific; "å leve med sykdom" → living with illness.
//  11. A facet with too little support stays empty.

import (
	"math"
	"slices"

	"github.com/lmhkit/lmhkit/glossary"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// Weights of the rules. A value needs support of at least minSupport to be
// given; a term in the title counts titleWeight times.
const (
	minSupport     = 0.5
	titleWeight    = 1.6
	modifierWeight = 0.6 // a compound's modifier: "kols" in "kolsskole"
	headWeight     = 0.9 // a compound's head: "kurs" in "diabeteskurs"
	partnerWeight  = 0.3 // an arena named as a partner
	impliedWeight  = 0.8 // a value implied by a programme or a rule
	orgNameWeight  = 0.4 // a condition or theme named by an organisation's name
	maxEvidence    = 2   // evidence items kept per value
)

// facets the classifier gives.
var outputFacets = []taxonomy.Facet{
	taxonomy.FacetConcept, taxonomy.FacetFormat, taxonomy.FacetRole, taxonomy.FacetAgeGroup,
	taxonomy.FacetArena, taxonomy.FacetDelivery, taxonomy.FacetMethod, taxonomy.FacetScope,
	taxonomy.FacetCondition, taxonomy.FacetTheme, taxonomy.FacetProgramme,
}

// isOutputFacet tells the facets of outputFacets.
var isOutputFacet = func() (t [256]bool) {
	for _, f := range outputFacets {
		t[f] = true
	}
	return t
}()

// kindWeight is how strongly a term of each kind names its concepts.
func kindWeight(k glossary.Kind) float64 {
	switch k {
	case glossary.KindPreferred, glossary.KindOfficialSynonym:
		return 1
	case glossary.KindSynonym, glossary.KindAbbreviation:
		return 0.9
	case glossary.KindExample:
		return 0.85
	}
	return 0.7
}

// termVotes turns the glossary matches into votes (rule 2), counting arena
// terms named as partners less (rule 7). The glossary reports every term it
// finds, also inside longer ones ("stressmestringsgruppe", and within it
// "stressmestring", "stress", "gruppe"); a match inside a longer one counts
// only for facets the longer one says nothing about.
func termVotes(s *scratch) {
	var open [16]int // indexes of earlier matches that may enclose the current one
	nOpen := 0
	for i := range s.matches {
		m := &s.matches[i]
		if i == s.nTitle {
			nOpen = 0
		}
		part := s.part(i)
		// Forget the earlier matches that end before m starts.
		k := 0
		for _, j := range open[:nOpen] {
			if s.matches[j].End > m.Start {
				open[k] = j
				k++
			}
		}
		nOpen = k
		w := kindWeight(m.Kind)
		switch m.Position {
		case glossary.Head:
			w *= headWeight
		case glossary.Modifier:
			w *= modifierWeight
		}
		if part == PartTitle {
			w *= titleWeight
		}
	senses:
		for _, sense := range m.Senses {
			f := sense.Facet()
			if !isOutputFacet[f] {
				continue
			}
			for _, j := range open[:nOpen] {
				if s.matches[j].End < m.End {
					continue // overlaps m without enclosing it
				}
				for _, o := range s.matches[j].Senses {
					if o.Facet() == f {
						continue senses
					}
				}
			}
			sw := w
			if f == taxonomy.FacetArena && s.afterPartner(part, m.Start) {
				sw *= partnerWeight
			}
			if (f == taxonomy.FacetCondition || f == taxonomy.FacetTheme) && namesOrganisation(m) {
				sw *= orgNameWeight
			}
			s.addVote(vote{ref: sense, weight: sw, ev: evi{
				Facet: f, Value: sense, Part: part, Start: m.Start, End: m.End,
				Term: matchTerm(i), Sense: sense, Basis: bTerm,
			}})
		}
		// A coordination ("hjerte- og lungesyke" read as hjertesyke) spans
		// the other terms it lends its head to; it hides nothing.
		if nOpen < len(open) && !m.Expanded {
			open[nOpen] = i
			nOpen++
		}
	}
}

// namesOrganisation reports whether a match is the name of an
// organisation (it has an arena sense): "Norsk Revmatikerforbund" names
// rheumatism, but a listing that mentions the organisation is not thereby
// about rheumatism (rule 10).
func namesOrganisation(m *glossary.Match) bool {
	for _, r := range m.Senses {
		if r.Facet() == taxonomy.FacetArena {
			return true
		}
	}
	return false
}

// afterPartner reports whether a span starting at start follows a partner
// cue ("i samarbeid med", "fra") closely, in the same sentence.
func (s *scratch) afterPartner(part Part, start int) bool {
	for _, c := range s.cues {
		if c.kind == cuePartner && c.part == part && c.end <= start && start-c.end <= 40 {
			return true
		}
	}
	return false
}

func (s *scratch) hasCue(k cueKind) (int, bool) {
	for i, c := range s.cues {
		if c.kind == k {
			return i, true
		}
	}
	return -1, false
}

// cueEvidence is the evidence of cue i.
func (s *scratch) cueEvidence(i int, b basisID) evi {
	c := &s.cues[i]
	return evi{Part: c.part, Start: c.start, End: c.end, Term: cueTerm(i), Basis: b}
}

// implied adds a vote for v backed by the span of ev.
func (s *scratch) implied(v taxonomy.Ref, w float64, ev evi, b basisID) {
	ev.Facet, ev.Value, ev.Basis = v.Facet(), v, b
	s.addVote(vote{ref: v, weight: w, ev: ev})
}

// has reports whether facet f has a value with at least minSupport.
func (s *scratch) has(f taxonomy.Facet) bool {
	var buf [16]tally
	for _, t := range s.tallies(f, buf[:0]) {
		if t.weight >= minSupport {
			return true
		}
	}
	return false
}

// inScope decides rule 1 and returns the decision, its confidence and the
// evidence for it.
func inScope(s *scratch) (bool, float64, []evi) {
	// What speaks against: the strongest out-of-scope cue kinds.
	neg := 0.0
	negEv := s.negEv[:0]
	var seen [lastOutOfScope + 1]bool
	for i, c := range s.cues {
		if c.kind == cueNone || c.kind > lastOutOfScope || seen[c.kind] {
			continue
		}
		seen[c.kind] = true
		w := 3.0 // strong: the page is for someone else, or about something else
		if c.kind == cuePractical || c.kind == cueWard {
			w = 1.2 // weak: real listings also mention parking and wards
		}
		if c.part == PartTitle {
			w *= 1.5
		}
		neg += w
		negEv = append(negEv, s.cueEvidence(i, bOutOfScope))
	}
	// What speaks for: an offering, a programme, its participants and
	// methods.
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

// decide applies the rules to what the scanners found.
// With gate false the facets are read whatever the in-scope decision.
func decide(s *scratch, gate bool) Result {
	termVotes(s)
	var out Result
	in, conf, ev := inScope(s)
	out.InScope, out.Confidence.InScope = in, conf
	if !in && gate {
		// Rule 1: an out-of-scope page has no facets.
		if len(ev) > 0 {
			out.Evidence = make([]Evidence, len(ev))
			for i, e := range ev {
				out.Evidence[i] = s.evidence(e)
			}
		}
		return out
	}

	// Rule 4: foreldre til barn → next of kin, children.
	for c := range s.cues {
		if s.cues[c].kind == cueParents {
			s.implied(taxonomy.RoleNextOfKin.Ref(), 1, s.cueEvidence(c, bNone), bParentsOfChildren)
			s.implied(taxonomy.AgeGroupChildren.Ref(), 1, s.cueEvidence(c, bNone), bParentsOfChildren)
			break
		}
	}
	// Rule 5: age ranges.
	for _, a := range s.ages {
		for _, g := range taxonomy.AgeGroupsBetween(a.min, a.max) {
			ev := evi{Part: a.part, Start: a.start, End: a.end, Term: termAgeRange}
			s.implied(g.Ref(), 1.2, ev, bAgeRange)
		}
	}
	if len(s.ages) > 0 {
		dropAgeWordsInRanges(s)
	}

	// Programme (rule 3 needs it first).
	out.Programme, out.Confidence.Programme = bestOf[taxonomy.Programme](s, taxonomy.FacetProgramme)
	if out.Programme != 0 {
		programmeImplies(s, out.Programme)
	}

	// Conditions (rule 10): the most specific ones named.
	out.Conditions, out.Confidence.Conditions = allOf[taxonomy.Condition](s, taxonomy.FacetCondition)
	out.Conditions = mostSpecific(titleFirst(s, out.Conditions))

	// Rule 6: people addressed as having a condition are patients; at a
	// frisklivssentral without a condition they are users.
	// Next of kin are addressed through their relative ("pårørende til
	// personer med demens"), so then only the reader addressed directly
	// ("for deg med …") counts.
	if len(out.Conditions) > 0 && s.weightOf(taxonomy.RolePatient.Ref()) < minSupport &&
		s.weightOf(taxonomy.RoleUser.Ref()) < minSupport {
		c, ok := s.hasCue(cueAddressedYou)
		if !ok && s.weightOf(taxonomy.RoleNextOfKin.Ref()) < minSupport {
			c, ok = s.hasCue(cueAddressed)
		}
		if ok || !s.has(taxonomy.FacetRole) {
			var ev evi
			if ok {
				ev = s.cueEvidence(c, bNone)
			} else {
				ev.Part, ev.Start, ev.End = s.firstVoteSpan(out.Conditions[0].Ref())
			}
			s.implied(taxonomy.RolePatient.Ref(), impliedWeight, ev, bHasCondition)
		}
	}
	if len(out.Conditions) == 0 && !s.has(taxonomy.FacetRole) {
		if c, ok := s.hasCue(cueHealthPromo); ok {
			s.implied(taxonomy.RoleUser.Ref(), impliedWeight, s.cueEvidence(c, bNone), bHealthPromotion)
		}
	}
	out.Roles, out.Confidence.Roles = allOf[taxonomy.Role](s, taxonomy.FacetRole)
	out.AgeGroups, out.Confidence.AgeGroups = allOf[taxonomy.AgeGroup](s, taxonomy.FacetAgeGroup)
	slices.Sort(out.AgeGroups)

	// Rule 7: the arena of the organiser.
	out.Arena, out.Confidence.Arena = bestOf[taxonomy.Arena](s, taxonomy.FacetArena)

	// Rule 8: delivery.
	out.Delivery, out.Confidence.Delivery = delivery(s)

	out.Methods, out.Confidence.Methods = allOf[taxonomy.Method](s, taxonomy.FacetMethod)
	out.Themes, out.Confidence.Themes = allOf[taxonomy.Theme](s, taxonomy.FacetTheme)

	// Rule 9: format and concept.
	out.Concept, out.Format, out.Confidence.Concept, out.Confidence.Format = conceptAndFormat(s)

	// Rule 10: scope.
	out.Scope, out.Confidence.Scope = scope(s, out.Conditions, out.Themes, out.Programme)

	out.Evidence = s.collectEvidence(ev, &out)
	return out
}

// firstVoteSpan returns where the first vote for r was found: the part
// (title or text) and the span within it.
func (s *scratch) firstVoteSpan(r taxonomy.Ref) (Part, int, int) {
	for _, v := range s.votes {
		if v.ref == r {
			return v.ev.Part, v.ev.Start, v.ev.End
		}
	}
	return PartText, 0, 0
}

// dropAgeWordsInRanges removes votes from age words inside an age range
// ("18 år og eldre" is not evidence of the elderly beyond the range).
func dropAgeWordsInRanges(s *scratch) {
	for i := range s.votes {
		v := &s.votes[i]
		if v.ref.Facet() != taxonomy.FacetAgeGroup || v.ev.Basis != bTerm {
			continue
		}
		for _, a := range s.ages {
			if a.part == v.ev.Part && v.ev.Start >= a.start && v.ev.Start <= a.end+16 {
				s.weight[refKey(v.ref)] -= v.weight
				v.weight = 0
			}
		}
	}
}

// programmeImplies applies rule 3.
func programmeImplies(s *scratch, p taxonomy.Programme) {
	ev := s.votesFor(p.Ref())
	if f := p.Format(); f != 0 {
		s.implied(f.Ref(), 1, ev, bProgramme)
	}
	if !s.has(taxonomy.FacetRole) {
		for _, r := range p.Roles() {
			s.implied(r.Ref(), impliedWeight, ev, bProgramme)
		}
	}
	if !s.has(taxonomy.FacetAgeGroup) {
		for _, a := range p.AgeGroups() {
			s.implied(a.Ref(), impliedWeight, ev, bProgramme)
		}
	}
	if !s.has(taxonomy.FacetCondition) {
		for _, c := range p.Conditions() {
			s.implied(c.Ref(), impliedWeight, ev, bProgramme)
		}
	}
	if !s.has(taxonomy.FacetTheme) {
		for _, t := range p.Themes() {
			s.implied(t.Ref(), impliedWeight, ev, bProgramme)
		}
	}
	if a := p.Arena(); a != 0 && !s.has(taxonomy.FacetArena) {
		s.implied(a.Ref(), impliedWeight, ev, bProgramme)
	}
}

// votesFor returns the evidence of the strongest vote for r.
func (s *scratch) votesFor(r taxonomy.Ref) evi {
	var best vote
	for _, v := range s.votes {
		if v.ref == r && v.weight > best.weight {
			best = v
		}
	}
	return best.ev
}

// confidence maps summed support to [0, 1).
func confidence(w float64) float64 {
	if w <= 0 {
		return 0
	}
	return 1 - math.Exp(-1.2*w)
}

// bestOf returns the best-supported value of a single-valued facet.
func bestOf[C taxonomy.Code](s *scratch, f taxonomy.Facet) (C, float64) {
	var buf [16]tally
	ts := s.tallies(f, buf[:0])
	var best tally
	total := 0.0
	for _, t := range ts {
		total += t.weight
		if t.weight > best.weight {
			best = t
		}
	}
	if best.weight < minSupport {
		var zero C
		return zero, 0
	}
	c, _ := taxonomy.FromRef[C](best.ref)
	// Confidence falls when other values compete.
	return c, confidence(best.weight) * best.weight / total
}

// allOf returns every value of a multi-valued facet with enough support, in
// order of first appearance.
func allOf[C taxonomy.Code](s *scratch, f taxonomy.Facet) ([]C, float64) {
	var buf [32]tally
	var out []C
	minW := math.Inf(1)
	for _, t := range s.tallies(f, buf[:0]) {
		if t.weight < minSupport {
			continue
		}
		if c, ok := taxonomy.FromRef[C](t.ref); ok {
			out = append(out, c)
			minW = math.Min(minW, t.weight)
		}
	}
	if len(out) == 0 {
		return nil, 0
	}
	return out, confidence(minW)
}
