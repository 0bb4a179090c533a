package classify

import (
	"slices"
	"strings"

	"github.com/lmhkit/lmhkit/glossary"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// conceptAndFormat applies rule 9.
func conceptAndFormat(s *scratch, d taxonomy.Delivery) (taxonomy.Concept, taxonomy.Format, float64, float64) {
	if s.weightOf(taxonomy.FormatIndividual.Ref()) > 0 {
		individualAdjectives(s)
	}
	if c, ok := s.hasCue(cueSelfPaced); ok && (d == taxonomy.DeliveryDigital || s.selfPacedTool(&c)) {
		// A self-paced course online is taken alone, whatever it is
		// called, and so is an app or a digital tool.
		s.implied(taxonomy.FormatIndividual.Ref(), 1.5, s.cueEvidence(c, bNone), bSelfPaced)
		s.copyVotes(taxonomy.ConceptIndividualOffering.Ref(), taxonomy.FormatIndividual.Ref())
		return taxonomy.ConceptIndividualOffering, taxonomy.FormatIndividual, 0.7, 0.7
	}
	// People who meet, or train together, are a group.
	if c, ok := s.hasCue(cueMeeting); ok {
		s.implied(taxonomy.FormatGroup.Ref(), 0.6, s.cueEvidence(c, bNone), bMeetings)
	}
	if c, ok := s.hasCue(cueActivity); ok {
		s.implied(taxonomy.FormatGroup.Ref(), 0.5, s.cueEvidence(c, bNone), bMeetings)
	}
	// An event is for a plural audience: a group, by the conventions for
	// "kurs for pårørende".
	if c, ok := s.hasCue(cueEvent); ok {
		s.implied(taxonomy.FormatGroup.Ref(), 0.6, s.cueEvidence(c, bNone), bMeetings)
	}
	// "Møtet er gratis": a meeting of no stated size is a group's where the
	// text states no other format; in a one-to-one offering it is the
	// appointment ("Det første møtet er en kartleggingssamtale").
	if c, ok := s.hasCue(cueMeetingHeld); ok &&
		s.weightOf(taxonomy.FormatIndividual.Ref())+s.weightOf(taxonomy.ConceptIndividualOffering.Ref()) < minSupport {
		s.implied(taxonomy.FormatGroup.Ref(), 0.6, s.cueEvidence(c, bNone), bMeetings)
	}
	// A peer, a mentor or a home visit is one to one, unless the text
	// speaks of a group.
	c, ok := s.hasCue(cueOneToOne)
	if !ok {
		c, ok = s.hasCue(cueVisit)
	}
	if ok && s.weightOf(taxonomy.FormatGroup.Ref())+s.weightOf(taxonomy.ConceptGroupOffering.Ref()) < minSupport {
		s.implied(taxonomy.FormatIndividual.Ref(), impliedWeight, s.cueEvidence(c, bNone), bOneToOne)
	}
	if s.weightOf(taxonomy.FormatGroup.Ref())+s.weightOf(taxonomy.ConceptGroupOffering.Ref()) < minSupport &&
		s.weightOf(taxonomy.FormatIndividual.Ref())+s.weightOf(taxonomy.ConceptIndividualOffering.Ref()) < minSupport {
		helpGivenAlone(s)
	}
	if c, ok := s.hasCue(cueBothFormats); ok {
		ev := s.cueEvidence(c, bNone)
		s.implied(taxonomy.FormatGroup.Ref(), 1, ev, bBothFormats)
		s.implied(taxonomy.FormatIndividual.Ref(), 1, ev, bBothFormats)
	}
	if c, ok := s.hasCue(cueCatalogue); ok && !s.oneOffering() && !s.inTitle(taxonomy.FormatGroup.Ref()) &&
		!s.inTitle(taxonomy.ConceptGroupOffering.Ref()) && !s.inTitle(taxonomy.FormatIndividual.Ref()) &&
		!s.inTitle(taxonomy.ConceptIndividualOffering.Ref()) {
		// An overview of many offerings has no one format; a text that
		// speaks of "the course" is about one, and its plurals ("flere
		// kurs kommer", "kursa våre") are that course's runs.
		s.implied(taxonomy.ConceptOffering.Ref(), impliedWeight, s.cueEvidence(c, bNone), bOverview)
		return taxonomy.ConceptOffering, 0, 0.5, 0
	}
	// A format the text states by how people meet (meetings, a peer or a
	// line to talk to) is not outranked by a word for the field's
	// activity ("likepersonane har fått opplæring"); a course word is
	// weighed against it.
	group := s.weightOf(taxonomy.FormatGroup.Ref()) + s.weightOf(taxonomy.ConceptGroupOffering.Ref())
	indiv := s.weightOf(taxonomy.FormatIndividual.Ref()) + s.weightOf(taxonomy.ConceptIndividualOffering.Ref())
	offering := s.weightOf(taxonomy.ConceptOffering.Ref())
	activity := s.weightOf(taxonomy.ConceptActivity.Ref())
	switch {
	case group >= minSupport && indiv >= minSupport && min(group, indiv)/max(group, indiv) >= 0.3:
		for _, f := range []taxonomy.Ref{taxonomy.FormatGroup.Ref(), taxonomy.FormatIndividual.Ref(),
			taxonomy.ConceptGroupOffering.Ref(), taxonomy.ConceptIndividualOffering.Ref()} {
			s.implied(taxonomy.ConceptOffering.Ref(), 0, s.votesFor(f), bFormatConcept)
		}
		return taxonomy.ConceptOffering, 0, confidence(group + indiv), 0
	case group >= minSupport && group >= indiv && (group >= activity || s.votedBy(taxonomy.FormatGroup.Ref(), bMeetings)):
		s.copyVotes(taxonomy.ConceptGroupOffering.Ref(), taxonomy.FormatGroup.Ref())
		c := confidence(group - indiv)
		return taxonomy.ConceptGroupOffering, taxonomy.FormatGroup, c, c
	case indiv >= minSupport && (indiv >= activity || s.votedBy(taxonomy.FormatIndividual.Ref(), bOneToOne)):
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
// the evidence of its concept (rule 9). The votes of the two values are
// read in order of index, as a walk over all votes would meet them, by
// merging their chains (vote.next); the votes implied here come after
// the last vote read and are not read.
func (s *scratch) copyVotes(concept, format taxonomy.Ref) {
	n := int32(len(s.votes))
	s.work += int(n)
	i, j := s.vals[refKey(concept)].first, s.vals[refKey(format)].first
	for {
		// i and j are the next votes (index + 1) of each chain, 0 at its
		// end; implied appends to the other chain, past n.
		ci, cj := i > 0 && i <= n, j > 0 && j <= n
		switch {
		case ci && (!cj || i < j):
			ev := s.votes[i-1].ev
			i = s.votes[i-1].next
			s.implied(format, 0, ev, bFormatConcept)
		case cj:
			ev := s.votes[j-1].ev
			j = s.votes[j-1].next
			s.implied(concept, 0, ev, bFormatConcept)
		default:
			return
		}
	}
}

// ownStems begin the words for what is a person's own rather than a form
// of help: adapted to them, their goals, needs and plans.
var ownStems = []string{"tilpass", "tilrettelag", "mål", "behov", "plan", "ønske", "ønskje", "forutsetning",
	"føresetnad", "utfordring", "opplevel", "erfaring"}

// decisionVerbs are the passives of deciding and assessing that
// "individuelt" may qualify: a decision made for each person, not a form
// of help.
var decisionVerbs = newWordSet([]string{"bestemmes", "bestemmast", "vurderes", "vurderast", "avgjøres", "avgjerast",
	"avklares", "avklarast", "avtales", "avtalast", "bestemt", "vurdert", "avgjort", "avtalt"})

// individualWords are the glossary's bare adjectives for one to one.
var individualWords = newWordSet([]string{"individuell", "individuelle", "individuelt"})

// individualAdjectives takes the support from "individuell" and its forms
// where they qualify what is the person's own rather than a form of help
// ("individuelle målsettinger", "individuelt tilpasset trening",
// "individuell tilpasset aktivitet"), or a decision made for each person
// ("Dette bestemmes litt individuelt", "vurderes individuelt"): the goals,
// the adaptation or the decision are one person's, the offering need not
// be one to one. It runs after the
// in-scope decision has read the votes, which it leaves as they were.
func individualAdjectives(s *scratch) {
	r := taxonomy.FormatIndividual.Ref()
	s.work += len(s.votes)
	for i := range s.votes {
		v := &s.votes[i]
		if v.ref != r || v.ev.Basis != bTerm || v.ev.Term <= 0 || v.weight <= 0 {
			continue
		}
		m := &s.matches[v.ev.Term-1]
		if !individualWords.hasFold(m.Term) {
			continue
		}
		src := s.partText(v.ev.Part)
		if w := wordBefore(src, m.Start); decisionVerbs.hasFold(w) || foldEqual(w, "litt") && decisionVerbs.hasFold(wordBefore(src, m.Start-len(w)-1)) {
			// "Dette bestemmes litt individuelt", "behovet vurderes
			// individuelt": a decision made for each person.
			s.vals[refKey(r)].weight -= v.weight
			v.weight = 0
			continue
		}
		next := m.End
		for next < len(src) && next-m.End < 2 && src[next] == ' ' {
			next++
		}
		if next > m.End && foldPrefixIn(src[next:min(next+16, len(src))], ownStems) {
			s.vals[refKey(r)].weight -= v.weight
			v.weight = 0
		}
	}
}

// oneOffering reports whether the text names a group or one-to-one
// offering in the definite singular ("Kurset starter i uke 37", "til
// kurset i år", "gruppa møtest"): the one offering it is about. It runs
// only where an overview cue is found.
func (s *scratch) oneOffering() bool {
	s.work += len(s.votes)
	for i := range s.votes {
		v := &s.votes[i]
		switch v.ref {
		case taxonomy.ConceptGroupOffering.Ref(), taxonomy.FormatGroup.Ref(),
			taxonomy.ConceptIndividualOffering.Ref(), taxonomy.FormatIndividual.Ref():
		default:
			continue
		}
		if v.weight <= 0 || v.ev.Basis != bTerm || v.ev.Term <= 0 {
			continue
		}
		m := &s.matches[v.ev.Term-1]
		if definiteSingular(s.partText(v.ev.Part)[m.Start:m.End], m.Term) {
			return true
		}
	}
	return false
}

// definiteSingular reports whether word, a form of the glossary term
// lemma, is its definite singular: "kurset" of "kurs", "treffet" of
// "treff", "møtet" of "møte", "gruppa" and "gruppen" of "gruppe", "skulen"
// of "skule" (ASCII capitals fold: "KURSET"). Not "kursa" or "kursene",
// the plural. An -e lemma's -a form is read as a feminine's ("gruppa");
// a neuter's is its plural ("møta"), so a neuter -e lemma among the
// format's terms would need its gender here (none is one today: the -e
// nouns are "gruppe", "skole", "skule", "samtale", "kursrekke" and their
// compounds).
func definiteSingular(word, lemma string) bool {
	n := len(lemma)
	if n < 2 {
		return false
	}
	if lemma[n-1] == 'e' {
		if len(word) == n && foldEqual(word[:n-1], lemma[:n-1]) {
			return word[n-1]|0x20 == 'a' // "gruppa"
		}
		return len(word) == n+1 && foldEqual(word[:n], lemma) && (word[n]|0x20 == 'n' || word[n]|0x20 == 't')
	}
	return len(word) == n+2 && foldEqual(word[:n], lemma) && (foldEqual(word[n:], "et") || foldEqual(word[n:], "en"))
}

// votedBy reports whether r has a vote of rule b with weight.
func (s *scratch) votedBy(r taxonomy.Ref, b basisID) bool {
	s.work += len(s.votes)
	for i := range s.votes {
		if v := &s.votes[i]; v.ref == r && v.ev.Basis == b && v.weight > 0 {
			return true
		}
	}
	return false
}

// helpMethods are the methods that are help given to one person when the
// text names no group: guidance and counselling.
var helpMethods = []taxonomy.Ref{taxonomy.MethodGuidance.Ref(), taxonomy.MethodCounselling.Ref()}

// helpGivenAlone makes an offering the title names as guidance or
// counselling one to one where the text names no group and no meetings
// ("Inhalasjonsveiledning", "Gir råd om kreft på somali"): help given to
// one person at a time. Not a unit named by it ("Nytt
// veiledningssenter", the term as a modifier), nor guidance the text names
// among other things (a centre's "tilpasset trening og veiledning om
// kosthold", a team's "du kan få veiledning"), whose format the labels
// leave unknown. It runs only where neither format has support.
func helpGivenAlone(s *scratch) {
	s.work += len(s.votes)
	for i := range s.votes {
		v := &s.votes[i]
		if v.ev.Part != PartTitle || v.ev.Basis != bTerm || v.ev.Term <= 0 || v.weight <= 0 ||
			!slices.Contains(helpMethods, v.ref) || s.matches[v.ev.Term-1].Position == glossary.Modifier {
			continue
		}
		if t := s.matches[v.ev.Term-1].Term; strings.HasSuffix(t, "er") || strings.HasSuffix(t, "ar") {
			continue // "Ny nasjonal veileder": a guide or a counsellor, not the help
		}
		s.implied(taxonomy.FormatIndividual.Ref(), impliedWeight, v.ev, bOneToOne)
		return
	}
}

// selfPacedTools are the self-paced cues that name a tool one uses alone,
// digital by what it is, whatever delivery the text states: an app, a
// digital coping tool ("Et digitalt mestringsverktøy"; not the coping
// tools a course teaches, "prøve ut ulike mestringsverktøy"), a module of
// a course ("Før du begynner denne modulen").
var selfPacedTools = []string{"|appen|", "|en app|", "|ein app|", "digitalt mestringsverktøy",
	"digitalt meistringsverktøy", "digitalt selvhjelpsverktøy", "digitalt sjølvhjelpsverktøy", "digitalt verktøy",
	"denne modulen"}

// selfPacedTool reports whether a self-paced cue names such a tool, and
// sets c to the first that does.
func (s *scratch) selfPacedTool(c *int) bool {
	s.work += len(s.cues)
	for i := range s.cues {
		if s.cues[i].kind == cueSelfPaced && slices.Contains(selfPacedTools, s.cueSrc[s.cues[i].cue].phrase) {
			*c = i
			return true
		}
	}
	return false
}
