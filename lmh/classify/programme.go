package classify

import (
	"slices"
	"strings"

	"github.com/lmhkit/lmhkit/glossary"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// programme decides the programme: the best-supported one, unless the text
// names two or more with support (a catalogue page, or a comparison that
// termVotes did not catch), where only one named in the title stands. A
// plain "kurs" or "skole" in the clause of a condition whose course is a
// programme ("kurs for deg med diabetes type 2", "kolsskule") is that
// programme, more weakly than its name.
func programme(s *scratch, roles []taxonomy.Role) (taxonomy.Programme, float64) {
	if !s.has(taxonomy.FacetProgramme) {
		courseForCondition(s, len(roles) == 1 && roles[0] == taxonomy.RoleNextOfKin)
	}
	p, conf := bestOf[taxonomy.Programme](s, taxonomy.FacetProgramme)
	if p == 0 {
		return 0, 0
	}
	if s.supported(taxonomy.FacetProgramme) >= 2 && !s.inTitle(p.Ref()) {
		return 0, 0
	}
	return p, conf
}

// conditionCourses are the programmes that a plain course about a
// condition is.
var conditionCourses = []struct {
	c taxonomy.Condition
	p taxonomy.Programme
}{
	{taxonomy.ConditionDiabetes, taxonomy.ProgrammeDiabeteskurs},
	{taxonomy.ConditionCOPD, taxonomy.ProgrammeKolsskole},
}

// plainCourse are the course words that name no subject of their own.
var plainCourse = []string{"kurs", "skole", "skule", "mestringskurs", "meistringskurs", "kurstilbud", "kurstilbod",
	"startkurs", "startkurset", "startkursa", "startkursene"}

// listAfter reports whether the words right after end in clause cl join
// another subject to the one before ("røykeslutt og kosthold").
func (s *scratch) listAfter(cl int32, end int) bool {
	c := &s.clauses[cl]
	src := s.partText(c.part)
	rest := src[end:min(int(c.end), end+5)]
	return strings.HasPrefix(rest, " og ") || strings.HasPrefix(rest, " eller ")
}

// coordinated reports whether the word at [start, end) of part p is
// joined by "og" or "eller" to a word for another form of offering
// ("kurs og veiledning", "samtalegrupper og kurs").
func (s *scratch) coordinated(p Part, start, end int) bool {
	src := s.partText(p)
	after := src[end:min(len(src), end+24)]
	before := src[max(0, start-24):start]
	s.work += len(after) + len(before)
	if a, ok := strings.CutPrefix(after, " og "); ok {
		after = a
	} else if a, ok := strings.CutPrefix(after, " eller "); ok {
		after = a
	} else {
		after = ""
	}
	if b, ok := strings.CutSuffix(before, " og "); ok {
		before = b
	} else if b, ok := strings.CutSuffix(before, " eller "); ok {
		before = b
	} else {
		before = ""
	}
	if after == "" && before == "" {
		return false
	}
	// The word before: from its last space.
	if i := strings.LastIndexByte(before, ' '); i >= 0 {
		before = before[i+1:]
	}
	for _, f := range otherForms {
		if strings.HasPrefix(after, f) || before != "" && (strings.HasPrefix(before, f) || strings.HasSuffix(before, f)) {
			return true
		}
	}
	return false
}

// otherForms are the beginnings of words for offerings that are not a
// course: guidance, talks, groups.
var otherForms = []string{"veiledning", "rettleiing", "samtale", "samtalar", "samtaler", "grupper", "gruppe",
	"individuell", "rådgiving", "rådgivning", "likeperson", "oppfølging"}

// meetingForms are words for a course's meetings, which name no kind of
// offering ("gruppesamlingar over 4 gangar").
var meetingForms = []string{"samling", "samlingar", "samlinger", "gruppesamling", "kurskveld", "kursdag"}

// courseForCondition votes for the programme of a condition named in the
// clause of a plain course word, or, for a course whose only participants
// are next of kin, for the next-of-kin school: a course series for the
// relatives of someone ill, which the conventions map a generic carers'
// course to. A course for parents is a parents' course (Starthjelp, a
// course for the parents of children with autism or epilepsy), not that
// school: where every next-of-kin term is a word for parents
// (kinOnlyParents), or parents of children are named (cueParents), it
// gives none. A course named as a kind of its own
// ("lungerehabiliteringskurs") is none of these.
func courseForCondition(s *scratch, kinOnly bool) {
	if kinOnly && !s.anyCue(cueParents) && s.weightOf(taxonomy.RoleNextOfKin.Ref()) >= 1.5 && !s.kinOnlyParents() &&
		!s.offeringOfItsKind() {
		if ev, ok := s.kinCourse(); ok {
			s.implied(taxonomy.ProgrammeParorendeskole.Ref(), impliedWeight, ev, bCourseFor)
			return
		}
	}
	var courses uint64 // clauses (first 64) with a plain course word
	first := -1
	plainEnd := -1 // the end of the last plain course word: "kurset" in "meistringskurset" is part of it
	s.work += 2 * len(s.votes)
	for i := range s.votes {
		v := &s.votes[i]
		if v.ev.Term <= 0 || v.weight <= 0 || v.ref.Facet() != taxonomy.FacetConcept {
			continue
		}
		m := &s.matches[v.ev.Term-1]
		plain := m.Position == glossary.Word && slices.Contains(plainCourse, m.Term)
		if plain && first < 0 && s.coordinated(v.ev.Part, m.Start, m.End) {
			return // "kurs og veiledning": a course beside another form is no one course
		}
		if plain {
			plainEnd = m.End
		} else if m.Position != glossary.Word && m.End <= plainEnd {
			continue // a part of a plain course word
		}
		if !plain && v.ref == taxonomy.ConceptGroupOffering.Ref() && !slices.Contains(meetingForms, m.Term) {
			if p, ok := s.subjectCourse(int(v.ev.Term - 1)); ok {
				s.implied(p.Ref(), impliedWeight, v.ev, bCourseFor)
			}
			return // "lungerehabiliteringskurs", "sorggruppe": an offering of its own kind
		}
		if cl := s.matchClause[v.ev.Term-1]; plain {
			if s.staffAudience(cl) {
				continue // "kurs for helsepersonell som møter pasienter med kols": a course for staff
			}
			if cl < 64 {
				courses |= 1 << cl
			}
			if first < 0 {
				first = i
			}
		}
	}
	if first < 0 {
		return
	}
	if kinOnly && !s.anyCue(cueParents) && s.weightOf(taxonomy.RoleNextOfKin.Ref()) >= 1.5 && !s.kinOnlyParents() {
		s.implied(taxonomy.ProgrammeParorendeskole.Ref(), impliedWeight, s.votes[first].ev, bCourseFor)
		return
	}
	for i := range s.votes {
		v := s.votes[i]
		if v.ev.Term <= 0 || v.weight < minSupport {
			continue
		}
		f := v.ref.Facet()
		if f != taxonomy.FacetCondition && v.ref != taxonomy.ThemeSmokingCessation.Ref() {
			continue
		}
		cl := s.matchClause[v.ev.Term-1]
		if cl >= 64 || courses&(1<<cl) == 0 || s.clauses[cl].has(cueExample) || s.clauses[cl].has(cueCatalogue) {
			continue
		}
		if f != taxonomy.FacetCondition {
			// "kurs i røykeslutt", "kurs for deg som vil slutte å røyke";
			// not one subject in a list of courses ("kurs i røykeslutt,
			// søvn og kosthold").
			if s.commas(cl) == 0 && !s.listAfter(cl, v.ev.End) {
				s.implied(taxonomy.ProgrammeRoyksluttkurs.Ref(), impliedWeight, v.ev, bCourseFor)
				return
			}
			continue
		}
		for _, cc := range conditionCourses {
			if cc.c.Ref().Subsumes(v.ref) {
				s.implied(cc.p.Ref(), impliedWeight, v.ev, bCourseFor)
				return
			}
		}
	}
}

// subjectCourse returns the programme of a course word's compound whose
// modifier is that programme's subject ("røykfri-kurs", "røykfrikurs": a
// course on smoking cessation; "kolskurs"): a plain course head
// (plainCourse) right after a modifier match of the subject in the same
// word. It looks back at most four matches.
func (s *scratch) subjectCourse(i int) (taxonomy.Programme, bool) {
	m := &s.matches[i]
	if m.Position != glossary.Head || !slices.Contains(plainCourse, m.Term) {
		return 0, false
	}
	src := s.partText(s.part(i))
	for j := i - 1; j >= 0 && j >= i-4 && s.part(j) == s.part(i); j-- {
		s.work++
		o := &s.matches[j]
		if o.Position != glossary.Modifier || o.End != m.Start && !(o.End+1 == m.Start && src[o.End] == '-') {
			continue
		}
		for _, r := range o.Senses {
			if r == taxonomy.ThemeSmokingCessation.Ref() {
				return taxonomy.ProgrammeRoyksluttkurs, true
			}
			for _, cc := range conditionCourses {
				if cc.c.Ref().Subsumes(r) {
					return cc.p, true
				}
			}
		}
	}
	return 0, false
}

// kinOnlyParents reports whether next of kin are named by terms and every
// such term is a word for parents (parentTerms): "Kurs for foreldre til
// ungdom med psykiske lidingar. Foreldra møtest …".
func (s *scratch) kinOnlyParents() bool {
	kin, parents := taxonomy.RoleNextOfKin.Ref(), false
	s.work += len(s.votes)
	for i := range s.votes {
		v := &s.votes[i]
		if v.ref != kin || v.weight <= 0 || v.ev.Term <= 0 {
			continue
		}
		if !slices.Contains(parentTerms, s.matches[v.ev.Term-1].Term) {
			return false
		}
		parents = true
	}
	return parents
}

// kinCourseWords are words for a course series or a course day that the
// glossary does not hold as a course: "seminar for pårørende",
// "studieringer for pårørende".
var kinCourseWords = newWordSet([]string{"seminar", "seminaret", "seminara", "studiering", "studieringer",
	"studieringar", "studieringen", "kurskveld", "kurskvelder", "kurskveldar", "kursdag", "kursdager", "kursdagar"})

// kinCourse returns the evidence of a next-of-kin term named as the
// audience of one of kinCourseWords ("seminar for pårørende til de med
// demens"): a course for next of kin, which the conventions map to the
// next-of-kin school. It reads the two words before each such term.
func (s *scratch) kinCourse() (evi, bool) {
	for v, src := range s.kinTermVotes {
		w := wordBefore(src, v.ev.Start)
		if !foldEqual(w, "for") && !foldEqual(w, "til") {
			continue
		}
		at := strings.LastIndex(src[:v.ev.Start], w)
		if at < 0 {
			continue
		}
		if c := wordBefore(src, at); kinCourseWords.hasFold(c) {
			// The evidence is the phrase, "seminar for pårørende".
			return evi{Part: v.ev.Part, Start: strings.LastIndex(src[:at], c), End: v.ev.End}, true
		}
	}
	return evi{}, false
}

// offeringOfItsKind reports whether a word of its own names a group
// offering of a kind of its own ("sorggruppe", not a plain course word nor
// a meeting form): a seminar for next of kin beside it is one of its
// events, not the next-of-kin school. A modifier ("foredragsholdere") names
// none.
func (s *scratch) offeringOfItsKind() bool {
	g := taxonomy.ConceptGroupOffering.Ref()
	s.work += len(s.votes)
	for i := range s.votes {
		v := &s.votes[i]
		if v.ref != g || v.ev.Term <= 0 || v.weight <= 0 {
			continue
		}
		m := &s.matches[v.ev.Term-1]
		if m.Position == glossary.Word && !slices.Contains(plainCourse, m.Term) && !slices.Contains(meetingForms, m.Term) {
			return true
		}
	}
	return false
}
