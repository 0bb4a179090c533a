package classify

import (
	"slices"
	"sort"
	"strings"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// roleRules applies rule 6: who takes part, read from how the text
// addresses people.
//
//   - "for deg med …", "personer med …", "har du …" address people who have
//     something: when their clause names a condition or a broader target,
//     they are patients, unless a relative phrase stands before them in the
//     clause ("pårørende til personer med demens", "har en søster med …"),
//     which makes the reader next of kin instead.
//   - "alle som", "for alle", "innbyggere" address the general public:
//     users, when their clause names no condition. An offering declared
//     open to everyone ("Møtet er ope for alle.") has users beside
//     whoever else it names (openToAll). A word for residents or service
//     users that says who they are otherwise is not the public
//     (qualifiedUsers).
//   - People who live with one person who has a condition are that
//     person's next of kin (anotherBearer), people the reader cares for
//     are not participants (caredFor, careObject), nor are those whom
//     staff addressed as the audience meet (staffMeets); a condition named only
//     as a talk's subject ("informasjon rundt hjerneslag") makes no
//     patients (onlyTopics).
//   - At a frisklivssentral, or where the title names a habit to change
//     (lifestyleTheme), with no condition and no role named, the
//     participants are users. A programme whose usual roles leave out
//     patients names the audience of a text about a condition
//     (programmeAudience).
//
// When next of kin are named as the audience ("kurs for pårørende", "eit
// tilbod til deg som er pårørande") and patients are not, the people with
// the condition the text speaks of are their relatives, not participants,
// unless patients are named beside them (patientsBesideKin, an addressed
// cue whose condition comes before the kin, readersOwnKin). Whole families
// ("familier", "flerfamiliegruppe") with a condition are patients and
// next of kin together.
func roleRules(s *scratch, conds []taxonomy.Condition) {
	kinAudience, patientAudience := s.audience()
	qualifiedUsers(s, patientAudience)
	caredFor(s)
	if kinAudience && !patientAudience && !s.patientsBesideKin() {
		s.dropVotes(taxonomy.RolePatient.Ref())
	}
	patient, kin, user, open := -1, -1, -1, -1
	var relEnd, relClause int32 = -1, -1
	var kinTrail matchTrail
	kinTrail.init(s, taxonomy.RoleNextOfKin.Ref())
	s.work += len(s.cues)
	// Only cues of the kinds below count.
	const addressing = 1<<cueRelative | 1<<cueAddressed | 1<<cueAddressedYou | 1<<cueGeneralPublic
	cues := s.cues
	if s.allCues&addressing == 0 {
		cues = nil
	}
	for i := range cues {
		c := &s.cues[i]
		cl := s.cueClause[i]
		switch c.kind {
		case cueRelative:
			relEnd, relClause = int32(c.end), cl
			if kin < 0 {
				kin = i
			}
			// "hjerte- og lungesyke og deres pårørende": the people with
			// the condition named before their relatives are patients.
			if lc := s.clauses[cl].lastCondition; patient < 0 && lc >= 0 && int(lc) < c.start &&
				foldPrefixIn(s.partText(c.part)[c.start:c.end], theirKin) {
				patient = i
			}
		case cueAddressed, cueAddressedYou, cueGeneralPublic:
			if c.kind == cueGeneralPublic && allOfThese(s.partText(c.part), s.cueSrc[c.cue].phrase, c.end) {
				continue // "for alle gruppene", "for alle 3 ungdomsskulane": every one of these, not the public
			}
			if c.kind == cueGeneralPublic && s.openToAll(c) {
				if open < 0 {
					open = i
				}
				continue
			}
			if c.kind == cueGeneralPublic && !s.clauseNamesTarget(cl, c.end) {
				if user < 0 && s.clauses[cl].roles == 0 {
					user = i
				}
				continue
			}
			if relClause == cl && int(relEnd) <= c.start && c.start-int(relEnd) <= nearBytes ||
				kinTrail.near(c.part, c.start, cl) {
				continue // the relative of the reader: "søsken til personar med …"
			}
			if k := s.clauses[cl].kinStart; k >= int32(c.end) && k < s.clauses[cl].lastCondition {
				continue // "alle som har et familiemedlem med demens"
			}
			if (c.kind == cueAddressed || c.kind == cueAddressedYou) && s.anotherBearer(c, cl) {
				// "for de som lever med eller omgås en person med demens",
				// "pårørende som lever sammen med en person som har fått …":
				// one person has it, those addressed live with them.
				if kin < 0 {
					kin = i
				}
				relEnd, relClause = int32(c.end), cl
				continue
			}
			if r := s.clauses[cl].relative; r >= int32(c.end) && r < s.clauses[cl].lastCondition {
				continue // "alle som har ein nær venn eller nabo med demens": the relative has it
			}
			if k := s.clauses[cl].kinStart; c.kind == cueAddressed && k >= int32(c.end) &&
				(s.afflicted(c) || s.clauses[cl].cues&(1<<cueAudience|1<<cueInvite) != 0 && s.conditionBetween(cl, c.end, int(k))) {
				// "både for de som rammes og for pårørende", "folk som har
				// hatt slag, pårørende og …": the verb names an affliction,
				// coded or not, or, in a clause that names the audience, a
				// condition follows the cue before the next of kin are
				// named ("kunnskap om kva følgjer sjukdomen har for personar
				// som lever med demens, pårørande og familie" names none);
				// the next of kin named after them are a second audience
				// beside them, so they are patients even where the
				// audience is next of kin.
				if patient < 0 {
					patient = i
				}
				continue
			}
			if c.kind == cueAddressed && kinAudience && !patientAudience {
				continue // the relatives of an audience of next of kin
			}
			if patient < 0 && s.clauseNamesTarget(cl, c.end) && !careObject(s.partText(c.part), c.start) &&
				!s.staffMeets(c.part, c.start, cl) {
				// Not "kommunisere med personer med demens": whom the
				// reader cares for; not "kurs for helsepersonell som
				// møter personer med demens": whom staff meet.
				patient = i
			}
		}
	}
	if patient < 0 && s.weightOf(taxonomy.RolePatient.Ref()) < minSupport {
		if ev, ok := s.readersOwnKin(); ok {
			s.implied(taxonomy.RolePatient.Ref(), impliedWeight, ev, bHasCondition)
		}
	}
	if patient >= 0 && s.weightOf(taxonomy.RolePatient.Ref()) < minSupport {
		s.implied(taxonomy.RolePatient.Ref(), impliedWeight, s.cueEvidence(patient, bNone), bHasCondition)
	}
	if kin >= 0 && s.weightOf(taxonomy.RoleNextOfKin.Ref()) < minSupport && s.relativeNamesTarget(kin) {
		s.implied(taxonomy.RoleNextOfKin.Ref(), impliedWeight, s.cueEvidence(kin, bNone), bRelative)
	}
	if user >= 0 && s.weightOf(taxonomy.RoleUser.Ref()) < minSupport &&
		s.weightOf(taxonomy.RoleNextOfKin.Ref()) < minSupport && s.weightOf(taxonomy.RolePatient.Ref()) < minSupport {
		s.implied(taxonomy.RoleUser.Ref(), impliedWeight, s.cueEvidence(user, bNone), bGeneralPublic)
	}
	if open >= 0 && s.weightOf(taxonomy.RoleUser.Ref()) < minSupport {
		// "Møtet er ope for alle": whoever else it names, the public
		// take part, and a condition it is about makes no patients.
		s.implied(taxonomy.RoleUser.Ref(), impliedWeight, s.cueEvidence(open, bNone), bGeneralPublic)
	}
	if len(conds) == 0 && !s.anyCue(cueBroadTarget) && !s.anyCue(cueLiving) && !s.anyCue(cueAcross) &&
		s.weightOf(taxonomy.ThemeGrief.Ref()) < minSupport {
		parentsAreUsers(s)
	}
	if len(conds) > 0 && s.weightOf(taxonomy.RolePatient.Ref()) < minSupport {
		if ev, ok := s.families(); ok {
			s.implied(taxonomy.RolePatient.Ref(), impliedWeight, ev, bFamily)
		}
	}
	switch {
	case s.has(taxonomy.FacetRole):
	case len(conds) > 0 && programmeAudience(s):
	case len(conds) > 0 && !s.onlyTopics(conds):
		// A listing about a condition that addresses no one else is for
		// the people who have it.
		var ev evi
		ev.Part, ev.Start, ev.End = s.firstVoteSpan(conds[0].Ref())
		s.implied(taxonomy.RolePatient.Ref(), impliedWeight, ev, bHasCondition)
	default:
		if c, ok := s.hasCue(cueHealthPromo); ok {
			s.implied(taxonomy.RoleUser.Ref(), impliedWeight, s.cueEvidence(c, bNone), bHealthPromotion)
		} else if s.weightOf(taxonomy.AgeGroupElderly.Ref()) >= minSupport {
			// Older people named by their age only ("hjemmeboende eldre")
			// are citizens, not patients.
			s.implied(taxonomy.RoleUser.Ref(), impliedWeight, s.votesFor(taxonomy.AgeGroupElderly.Ref()), bGeneralPublic)
		} else if t, ok := lifestyleTheme(s); ok && len(conds) == 0 {
			// A smoking-cessation course, a talk on sleep: people who
			// change a habit or cope with an everyday strain, with no
			// condition named, are citizens.
			s.implied(taxonomy.RoleUser.Ref(), impliedWeight, s.votesFor(t), bHealthPromotion)
		}
	}
}

// audience reports whether next of kin, and whether patients, are named
// as the audience: by a term in the title or in a clause that names an
// audience ("kurs for", "tilbod til", "inviterer"), or, for patients, by
// addressing the reader as having a condition.
func (s *scratch) audience() (kin, patient bool) {
	kin, patient = s.notes.kinAudience, s.notes.patientAudience
	if i, ok := s.hasCue(cueAddressedYou); ok && s.clauseNamesTarget(s.cueClause[i], s.cues[i].end) &&
		!s.anotherBearer(&s.cues[i], s.cueClause[i]) {
		// Not "for deg som lever med en person med demens": the reader
		// lives with the one who has it.
		patient = true
	}
	return kin, patient
}

// programmeAudience gives, where no role is named but a condition is, the
// usual roles of a programme the text names by a term when they leave out
// patients ("Pårørendeskolen", "Starthjelp"): the programme's name says
// whom it is for, and the condition the text speaks of is their
// relatives', where it would otherwise make patients. A programme whose
// usual roles include patients, or that has none, gives nothing (and one
// that includes them, named beside, leaves the condition to decide), nor
// does a programme in a text that names no condition (a programme alone
// adds no role the text does not support). It reports whether it gave a
// role.
func programmeAudience(s *scratch) bool {
	var by taxonomy.Programme
	s.work += len(s.touched[taxonomy.FacetProgramme])
	for _, r := range s.touched[taxonomy.FacetProgramme] {
		if s.weightOf(r) < minSupport {
			continue
		}
		p, _ := taxonomy.FromRef[taxonomy.Programme](r)
		roles := p.Roles()
		if slices.Contains(roles, taxonomy.RolePatient) {
			return false // "SMIL" beside "KiD": the text is about patients too
		}
		if by == 0 && len(roles) > 0 {
			by = p
		}
	}
	if by == 0 {
		return false
	}
	ev := s.votesFor(by.Ref())
	for _, role := range by.Roles() {
		s.implied(role.Ref(), impliedWeight, ev, bProgramme)
	}
	return true
}

// readersOwnKin returns the evidence of the condition before a
// next-of-kin term that names the reader's own relatives ("din", "dine",
// "din nærmeste" before it) in its clause: "for deg som nylig har hatt
// hjerneslag og bor i egen bolig, samt din nærmeste pårørende". The reader
// has the condition and takes part beside them.
func (s *scratch) readersOwnKin() (evi, bool) {
	if s.weightOf(taxonomy.RoleNextOfKin.Ref()) <= 0 {
		return evi{}, false
	}
	for v, src := range s.kinTermVotes {
		w := wordBefore(src, v.ev.Start)
		if foldEqual(w, "nærmeste") || foldEqual(w, "næraste") {
			w = wordBefore(src, strings.LastIndex(src[:v.ev.Start], w))
		}
		if !foldEqual(w, "din") && !foldEqual(w, "dine") {
			continue
		}
		cl := s.matchClause[v.ev.Term-1]
		if c := s.conditionIn(cl, int(s.clauses[cl].start), v.ev.Start); c >= 0 {
			return s.votes[c].ev, true
		}
	}
	return evi{}, false
}

// careObject reports whether the people named from byte start of src are
// the object of a verb of dealing with or caring for ("kommunisere med
// personer med demens", "ta vare på en som har kreft", "omgås"): whom the
// reader cares for, not who takes part. It reads the word before and at
// most 24 bytes back.
func careObject(src string, start int) bool {
	w := wordBefore(src, start)
	var phrases []string
	switch {
	case foldEqual(w, "med"):
		phrases = []string{"kommunisere med", "kommunisera med", "kommunikasjon med"}
	case foldEqual(w, "på"):
		phrases = []string{"ta vare på", "passe på", "passa på"}
	case foldEqual(w, "av"):
		phrases = []string{"ta seg av"}
	case foldEqual(w, "om"):
		phrases = []string{"ta hand om"}
	case foldEqual(w, "omgås"), foldEqual(w, "omgåast"), foldEqual(w, "ivareta"), foldEqual(w, "ivaretar"):
		return true
	default:
		return false
	}
	b := strings.TrimRight(src[max(0, start-24):start], " ")
	for _, v := range phrases {
		if hasSuffixWord(b, v) {
			return true
		}
	}
	return false
}

// caredFor takes the weight from the votes for patients of a term that is
// the object of a verb of caring for (careObject), and from the votes for
// patients and next of kin of a term that names whom staff addressed as
// the audience meet (staffMeets). It runs after the in-scope decision has
// read the votes.
func caredFor(s *scratch) {
	r, kin := taxonomy.RolePatient.Ref(), taxonomy.RoleNextOfKin.Ref()
	staff := s.anyCue(cuePersonnel)
	if s.weightOf(r) <= 0 && (!staff || s.weightOf(kin) <= 0) {
		return
	}
	s.work += len(s.votes)
	for i := range s.votes {
		v := &s.votes[i]
		if v.ref != r && v.ref != kin || v.ev.Basis != bTerm || v.weight <= 0 || v.ev.Term <= 0 {
			continue
		}
		if v.ref == r && careObject(s.partText(v.ev.Part), v.ev.Start) ||
			staff && s.staffMeets(v.ev.Part, v.ev.Start, s.matchClause[v.ev.Term-1]) {
			s.vals[refKey(v.ref)].weight -= v.weight
			v.weight = 0
		}
	}
}

// meetVerbs, right before people named, make them whom the subject of the
// verb meets or works with: "helsepersonell som møter psykisk syke",
// "tilsette som arbeider med personar med demens".
var meetVerbs = []string{"møter", "møtar", "i møte med", "jobber med", "jobbar med", "arbeider med", "arbeidar med",
	"i arbeidet med", "i kontakt med"}

// maxMeetGap is how far before a meeting verb, in bytes, the staff it
// follows may end: "kurs for helsepersonell i kommunen som møter …".
const maxMeetGap = 40

// staffMeets reports whether the people named from byte start of part (in
// clause cl) are whom staff meet: one of meetVerbs ends right before them,
// and a word for staff (cuePersonnel) named as the audience ("kurs for
// helsepersonell", audienceBefore) ends at most maxMeetGap bytes before
// the verb in the clause. They are the staff's patients or their
// relatives, not participants: a course for staff is about them, and
// their condition stays the offering's subject. Staff who run the offering
// ("Kurset ledes av sykepleiere som jobber med …") are not its audience,
// and people a reader meets in their family are not named after staff.
// It reads at most 24 bytes before start and one cue.
func (s *scratch) staffMeets(part Part, start int, cl int32) bool {
	c := &s.clauses[cl]
	if c.staff == 0 {
		return false
	}
	lo := min(max(int(c.start), start-24), start)
	b := trimRightSpace(s.partText(part)[lo:start])
	verb := -1
	for _, v := range meetVerbs {
		if hasSuffixWord(b, v) {
			verb = lo + len(b) - len(v)
			break
		}
	}
	if verb < 0 {
		return false
	}
	i := int(c.staff - 1)
	h := &s.cues[i]
	return h.part == part && h.end <= verb && verb-h.end <= maxMeetGap && s.audienceBefore(i)
}

// staffAudience reports whether clause cl names staff as the audience
// ("kurs for helsepersonell"): its first word for staff stands after an
// audience cue, and after no patients or next of kin named in the clause
// ("kurs for pasienter med diabetes og helsepersonell" is the patients'
// course, staff welcome beside them: roleBefore, addressedBefore).
func (s *scratch) staffAudience(cl int32) bool {
	c := &s.clauses[cl]
	if c.staff == 0 {
		return false
	}
	i := int(c.staff - 1)
	return s.audienceBefore(i) && !s.roleBefore(i) && !s.addressedBefore(i)
}

// addressedBefore reports whether a cue addressing people ("personer
// med", "deg som") stands before cue i in its clause, at most maxCuesBack
// cues back.
func (s *scratch) addressedBefore(i int) bool {
	cl := s.cueClause[i]
	for j := i - 1; j >= max(0, i-maxCuesBack) && s.cueClause[j] == cl; j-- {
		s.work++
		if k := s.cues[j].kind; k == cueAddressed || k == cueAddressedYou {
			return true
		}
	}
	return false
}

// peopleWithBefore returns where a cue of people with something that ends
// in "med" ("pasienter med", "personar med") begins when it ends right
// before byte start of part p (white space between), or start: the people
// a condition named at start belongs to.
func (s *scratch) peopleWithBefore(p Part, start int) int {
	src := s.partText(p)
	hs := s.partRun(s.addressed, p)
	for k := sort.Search(len(hs), func(k int) bool { return hs[k].start >= start-24 }); k < len(hs) && hs[k].start < start; k++ {
		s.work++
		if e := hs[k].end; e <= start && endsWithMed(src, e) && strings.TrimSpace(src[e:start]) == "" {
			return hs[k].start
		}
	}
	return start
}

// lifestyleThemes are the habits an offering may help people change, and
// the everyday strains it may help them cope with (sleep, stress), with no
// condition named: where the title names one, the participants are
// citizens (users).
var lifestyleThemes = []taxonomy.Ref{taxonomy.ThemeSmokingCessation.Ref(), taxonomy.ThemeAlcohol.Ref(),
	taxonomy.ThemeSleep.Ref(), taxonomy.ThemeStress.Ref()}

// lifestyleTheme returns the first of lifestyleThemes with support that
// the title names ("Røykeslutt", "På venteliste for å slutte å røyke"):
// what the offering is, not one topic among others.
func lifestyleTheme(s *scratch) (taxonomy.Ref, bool) {
	for _, t := range lifestyleThemes {
		if s.weightOf(t) >= minSupport && s.inTitle(t) {
			return t, true
		}
	}
	return taxonomy.Ref{}, false
}

// coordinators join two words for people named side by side: "slagrammede
// og pårørende", "pasientar, pårørande", "pasient- og pårørendeopplæring".
var coordinators = []string{" og ", " eller ", ", ", " samt ", "/", "- og ", " og/eller "}

// patientsBesideKin reports whether a term for patients and a term for next
// of kin stand side by side, joined by one of coordinators ("nettverk for
// unge slagrammede og pårørende", "pårørande og pasientar"): the two are
// named as one audience, so the patients take part even where the audience
// is otherwise next of kin. It reads the role terms in order, each against
// the one before it.
func (s *scratch) patientsBesideKin() bool {
	patient, kin := taxonomy.RolePatient.Ref(), taxonomy.RoleNextOfKin.Ref()
	if s.weightOf(patient) <= 0 {
		return false // no patient votes to keep
	}
	prev := -1
	s.work += len(s.votes)
	for i := range s.votes {
		v := &s.votes[i]
		if v.ev.Basis != bTerm || v.weight <= 0 || v.ev.Term <= 0 || v.ref != patient && v.ref != kin {
			continue
		}
		if prev >= 0 {
			p := &s.votes[prev]
			src := s.partText(v.ev.Part)
			if p.ref != v.ref && p.ev.Part == v.ev.Part && p.ev.End <= v.ev.Start && v.ev.Start-p.ev.End <= 10 &&
				slices.Contains(coordinators, src[p.ev.End:v.ev.Start]) && audiencePreposition(src, p.ev.Start) {
				return true
			}
		}
		prev = i
	}
	return false
}

// notAudienceWords before two people named side by side say whose a thing
// is or what they are part of, not whom an offering is for: "reaksjoner
// hos pasient og pårørende", "ein del av pasient- og
// pårørandeopplæringa", "samtalar om pasientar og pårørande".
var notAudienceWords = newWordSet([]string{"hos", "av", "om", "mellom", "blant", "rundt"})

// audiencePreposition reports whether people named from byte start may be
// an audience: none of notAudienceWords is one of the two words before
// (one adjective may come between: "hos nye pasientar").
func audiencePreposition(src string, start int) bool {
	for range 2 {
		w := wordBefore(src, start)
		if w == "" {
			return true
		}
		if notAudienceWords.hasFold(w) {
			return false
		}
		start = strings.LastIndex(src[:start], w)
	}
	return true
}

// residentTerms are the glossary's words for residents: the public, but
// only where nothing qualifies them.
var residentTerms = []string{"innbyggere", "innbyggjarar"}

// qualifiedUsers takes the weight from the votes for users of a word for
// residents or service users that says who they are otherwise.
//
//   - Residents (residentTerms): a number before the word counts the
//     people of a place ("eit fylke med 110 000 innbyggarar"), and a
//     condition, a broader target or next of kin named after it in its
//     clause qualify them ("opplæring av innbyggere med sykdommer",
//     "innbyggere, som er pårørende", "tilbyr innbyggerne kurs i
//     depresjonsmestring"): patients or next of kin, as the
//     general-public cues read them.
//   - Service users, where patients or next of kin are named (by a term
//     or by addressing the reader as having a condition; patientAudience):
//     the definite form is the users of the service the text has named
//     ("Brukerne trenger ingen henvisning"), and "brukere av …" the users
//     of a thing ("nye brukere av inhalasjonsmedisin").
//   - Any service-user word as the head of "misbruker" ("rusmisbrukere")
//     or in a clause of partners or co-organisers ("i et samarbeid mellom
//     fagavdeling, erfarne brukere og kommunen"): abusers of a substance,
//     or users who help run the offering.
//
// It runs after the in-scope decision has read the votes.
func qualifiedUsers(s *scratch, patientAudience bool) {
	r := taxonomy.RoleUser.Ref()
	if s.weightOf(r) <= 0 {
		return
	}
	other := patientAudience || s.weightOf(taxonomy.RolePatient.Ref()) >= minSupport ||
		s.weightOf(taxonomy.RoleNextOfKin.Ref()) >= minSupport
	s.work += len(s.votes)
	for i := range s.votes {
		v := &s.votes[i]
		if v.ref != r || v.ev.Basis != bTerm || v.ev.Term <= 0 || v.weight <= 0 {
			continue
		}
		if !slices.Contains(residentTerms, s.matches[v.ev.Term-1].Term) {
			src := s.partText(v.ev.Part)
			w := src[v.ev.Start:v.ev.End]
			if other && (definiteUser(w) || hasPrefixWord(src[v.ev.End:min(len(src), v.ev.End+4)], " av")) ||
				v.ev.Start >= 3 && foldEqual(src[v.ev.Start-3:v.ev.Start], "mis") ||
				s.clauses[s.matchClause[v.ev.Term-1]].cues&(1<<cueCooperation|1<<cuePartner) != 0 {
				s.vals[refKey(r)].weight -= v.weight
				v.weight = 0
			}
			continue
		}
		cl := s.matchClause[v.ev.Term-1]
		before := wordBefore(s.partText(v.ev.Part), v.ev.Start)
		if before != "" && isDigit(before[len(before)-1]) || s.clauseNamesTarget(cl, v.ev.End) ||
			s.clauses[cl].kinStart >= int32(v.ev.End) {
			s.vals[refKey(r)].weight -= v.weight
			v.weight = 0
		}
	}
}

// definiteUser reports whether w is a definite form of a word for service
// users ("brukerne", "brukaren"): the users of the service the text has
// named, whoever they are.
func definiteUser(w string) bool {
	for _, d := range []string{"brukeren", "brukerne", "brukaren", "brukarane"} {
		if len(w) >= len(d) && foldEqual(w[len(w)-len(d):], d) {
			return true
		}
	}
	return false
}

// theirKin begin the relative phrases that name the relatives of people
// just named: "og deres pårørende".
var theirKin = []string{"og deres", "og deira", "og dine"}

// dropVotes takes the weight from every vote for r.
func (s *scratch) dropVotes(r taxonomy.Ref) {
	s.work += len(s.votes)
	for i := range s.votes {
		if v := &s.votes[i]; v.ref == r {
			v.weight = 0
		}
	}
	s.vals[refKey(r)].weight = 0
}

// familyTerms name whole families taking part.
var familyTerms = []string{"familien", "familier", "familiar", "familiane", "familie og venner"}

// families returns the evidence of a term for whole families taking part.
//
// A family named in a statement rather than as the audience ("når ein i
// familien blir sjuk", "så rammes hele familien") takes no part: the term
// must stand in the title or in a clause that names an offering or its
// audience.
func (s *scratch) families() (evi, bool) {
	i := s.notes.family
	if i <= 0 {
		return evi{}, false
	}
	ev := s.votes[i-1].ev
	if ev.Part == PartTitle {
		return ev, true
	}
	cl := &s.clauses[s.matchClause[ev.Term-1]]
	if cl.offer || cl.cues&(1<<cueAudience|1<<cueInvite|1<<cueParents) != 0 {
		return ev, true
	}
	return evi{}, false
}

// parentTerms name parents and families: next of kin in a course about a
// child's condition, but citizens in a general parenting course.
var parentTerms = []string{"foreldre", "foreldra", "foreldrene", "foresatte", "mor eller far", "omsorgspersoner",
	"foreldrekurs", "foreldregruppe", "foreldregrupper", "foreldrekurset"}

// parentsAreUsers makes parents users when the text names no condition and
// no relative's role but theirs: a general parenting course.
func parentsAreUsers(s *scratch) {
	kin := taxonomy.RoleNextOfKin.Ref()
	first := -1
	s.work += 2 * len(s.votes)
	for i := range s.votes {
		v := &s.votes[i]
		if v.ref != kin || v.weight <= 0 {
			continue
		}
		if v.ev.Term <= 0 || !slices.Contains(parentTerms, s.matches[v.ev.Term-1].Term) {
			return // a relative's role named otherwise
		}
		if first < 0 {
			first = i
		}
	}
	if first < 0 {
		return
	}
	for i := range s.votes {
		if v := &s.votes[i]; v.ref == kin {
			v.weight = 0
		}
	}
	s.vals[refKey(kin)].weight = 0
	s.implied(taxonomy.RoleUser.Ref(), impliedWeight, s.votes[first].ev, bGeneralPublic)
}

// clauseNamesTarget reports whether clause cl names a condition, a broader
// target or a theme after byte from: what the people addressed have.
func (s *scratch) clauseNamesTarget(cl int32, from int) bool {
	c := &s.clauses[cl]
	return c.has(cueBroadTarget) || c.has(cueLiving) || c.has(cueAcross) || int(c.lastCondition) >= from
}

// afflicted reports whether cue c names people by what befalls them in a
// relative clause ("de som rammes", "personen som er ramma av …") rather
// than by what they have.
func (s *scratch) afflicted(c *cueHit) bool {
	p := s.cueSrc[c.cue].phrase
	return strings.HasPrefix(p, "som ") && (strings.Contains(p, "ramm") || strings.Contains(p, "råka"))
}

// conditionBetween reports whether clause cl has a condition term with
// support that starts in [from, to): what the people addressed before it
// have, when next of kin are named at to.
func (s *scratch) conditionBetween(cl int32, from, to int) bool {
	return s.conditionIn(cl, from, to) >= 0
}

// conditionIn returns the first vote of a condition term with support in
// clause cl that starts in [from, to), or -1.
func (s *scratch) conditionIn(cl int32, from, to int) int {
	if lc := s.clauses[cl].lastCondition; lc < int32(from) {
		return -1
	}
	s.work += len(s.votes)
	for i := range s.votes {
		v := &s.votes[i]
		if v.ref.Facet() == taxonomy.FacetCondition && v.weight >= minSupport && v.ev.Term > 0 &&
			s.matchClause[v.ev.Term-1] == cl && v.ev.Start >= from && v.ev.Start < to {
			return i
		}
	}
	return -1
}

// relativeNamesTarget reports whether the relative phrase of cue i speaks
// of someone ill: its clause names a condition or a broader target.
func (s *scratch) relativeNamesTarget(i int) bool {
	return s.clauseNamesTarget(s.cueClause[i], s.cues[i].start)
}

// openPhrases declare an offering open to everyone when nothing qualifies
// them after ("Arrangementet er gratis, og ope for alle.").
var openPhrases = []string{"åpent for alle", "åpen for alle", "ope for alle", "open for alle", "for alle",
	"alle interesserte", "alle er velkomne", "alle velkomne"}

// openTail lists what may follow "alle interesserte" or "alle velkomne"
// and still qualify them: "alle interesserte med …", "som har …".
var openTail = []string{"med ", "som har", "som lever", "som er pårør", "i ", "frå ", "fra "}

// openToAll reports whether general-public cue c declares the offering open
// to everyone: one of openPhrases that ends its sentence or clause ("er
// åpent for alle.", "åpent for alle, og …"), or "alle interesserte" /
// "alle velkomne" not followed by what qualifies them. "Åpent for alle
// uavhengig av bakgrunn", "for alle: ektefelle, partnere …" and "for alle
// som har …" name an audience of their own and are not; a bare "for alle"
// must be what the offering is ("Tilbudet er for alle.") or a heading
// ("den enklaste plassen for alle" is not).
func (s *scratch) openToAll(c *cueHit) bool {
	p := s.cueSrc[c.cue].phrase
	if !slices.Contains(openPhrases, p) {
		return false
	}
	text := s.partText(c.part)
	if p == "for alle" && !isOpenPredicate(text[:c.start]) && !openAdjective(text[:c.start]) {
		return false
	}
	t := strings.TrimLeft(text[c.end:], " \t")
	if strings.HasSuffix(p, "for alle") && foldPrefixIn(t, []string{"interesserte"}) {
		p, t = "alle interesserte", strings.TrimLeft(t[len("interesserte"):], " \t")
	}
	if t == "" || strings.IndexByte(".!,;)\n\r", t[0]) >= 0 {
		return true
	}
	if !strings.HasSuffix(p, "interesserte") && !strings.HasSuffix(p, "velkomne") {
		return false
	}
	return !foldPrefixIn(t, openTail)
}

// openAdjective reports whether the text before a bare "for alle" ends in
// the adjective of a longer open phrase ("ope for alle"), which the same
// rule reads.
func openAdjective(before string) bool {
	return hasSuffixWord(before, "åpent") || hasSuffixWord(before, "åpen") ||
		hasSuffixWord(before, "ope") || hasSuffixWord(before, "open")
}

// isOpenPredicate reports whether the text before a bare "for alle" makes
// it what the offering is: "er for alle", or a line of its own.
func isOpenPredicate(before string) bool {
	b := strings.TrimRight(before, " \t")
	if b == "" || b[len(b)-1] == '\n' {
		return true
	}
	return hasSuffixWord(b, "er") || hasSuffixWord(b, "være") || hasSuffixWord(b, "vere")
}

// bearers name one other person, who has what follows: "en person",
// "ein som".
var bearers = []string{"en person", "ein person", "et menneske", "eit menneske", "en som", "ein som"}

// anotherBearer reports whether addressed cue c (in clause cl), a relative
// clause ("som lever med", "som har fått"), speaks of people who live with
// someone who has the condition: one of bearers
// ends just before it ("… sammen med en person som har fått …") or
// follows it before the clause's condition ("som lever med eller omgås en
// person med demens"). It reads at most 16 bytes before the cue and 40
// after.
func (s *scratch) anotherBearer(c *cueHit, cl int32) bool {
	lc := int(s.clauses[cl].lastCondition)
	if p := s.cueSrc[c.cue].phrase; lc < c.end || !strings.HasPrefix(p, "som ") && !strings.HasPrefix(p, "deg som ") {
		// The condition must follow, and the cue be a relative clause:
		// "… en person som har fått hjerneslag", "de som lever med …",
		// "for deg som lever med en person med demens".
		return false
	}
	text := s.partText(c.part)
	lo := min(max(int(s.clauses[cl].start), c.start-16), c.start) // a cue may begin before its clause
	before := strings.TrimRight(text[lo:c.start], " ")
	if n := len(before); n > 0 && (before[n-1] == 'n' || before[n-1] == 'e' || before[n-1] == 'm') {
		for _, b := range bearers {
			if hasSuffixWord(before, b) {
				return true
			}
		}
	}
	after := text[c.end:min(lc, c.end+40)]
	s.work += len(after)
	for _, b := range bearers {
		// Words of their own: "en som", not "en somatisk sykdom".
		for rest := after; ; {
			i := strings.Index(rest, b)
			if i < 0 {
				break
			}
			if (i == 0 || rest[i-1] == ' ') && (i+len(b) == len(rest) || !isWordByte(rest[i+len(b)])) {
				return true
			}
			rest = rest[i+1:]
		}
	}
	return false
}

// topicWords before a condition make it what is told about ("informasjon
// rundt hjerneslag", "orientere om revmatiske sykdommer").
var topicWords = newWordSet([]string{"om", "rundt", "omkring"})

// onlyTopics reports whether the conditions conds are named by terms
// and every such vote for them stands right after one of topicWords (an
// event or a talk about the condition) or names whom staff addressed as
// the audience meet (staffMeets: "kurs for helsepersonell som møter
// psykisk syke"): either says nothing of who takes part.
func (s *scratch) onlyTopics(conds []taxonomy.Condition) bool {
	s.work += len(s.votes)
	topics := 0
	for i := range s.votes {
		v := &s.votes[i]
		if v.ref.Facet() != taxonomy.FacetCondition || v.weight <= 0 || v.ev.Term <= 0 {
			continue
		}
		c, _ := taxonomy.FromRef[taxonomy.Condition](v.ref)
		if !slices.Contains(conds, c) {
			continue
		}
		if !topicWords.hasFold(wordBefore(s.partText(v.ev.Part), v.ev.Start)) &&
			!s.staffMeets(v.ev.Part, s.peopleWithBefore(v.ev.Part, v.ev.Start), s.matchClause[v.ev.Term-1]) {
			return false
		}
		topics++
	}
	return topics > 0
}

// allOfThese reports whether a general-public phrase that ends in "alle"
// (phrase p, ending at end) goes on with a number or a definite plural
// ("for alle 3 ungdomsskulane", "for alle gruppene", "alle deltakarane"):
// every one of a set the text has in mind, not everyone. The residents
// ("alle innbyggjarane") are the public still. It reads at most the two
// words after the phrase.
func allOfThese(text, p string, end int) bool {
	if !strings.HasSuffix(p, "alle") {
		return false
	}
	t := text[end:min(len(text), end+40)]
	if len(t) < 2 || t[0] != ' ' {
		return false
	}
	t = t[1:]
	if isDigit(t[0]) {
		return true
	}
	w := t
	for i := 0; i < len(t); i++ {
		if !isWordByte(t[i]) {
			w = t[:i]
			break
		}
	}
	if len(w) < 4 || foldPrefixIn(w, []string{"innbygg"}) {
		return false
	}
	return strings.HasSuffix(w, "ne") || strings.HasSuffix(w, "na")
}

// kinTermVotes yields each next-of-kin vote a glossary term cast, with
// the text of the part it stands in (kinCourse, readersOwnKin read the
// words before it). It counts one step a vote.
func (s *scratch) kinTermVotes(yield func(v *vote, src string) bool) {
	kin := taxonomy.RoleNextOfKin.Ref()
	s.work += len(s.votes)
	for i := range s.votes {
		v := &s.votes[i]
		if v.ref != kin || v.ev.Basis != bTerm || v.ev.Term <= 0 || v.weight <= 0 {
			continue
		}
		if !yield(v, s.partText(v.ev.Part)) {
			return
		}
	}
}
