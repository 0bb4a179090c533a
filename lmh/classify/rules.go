package classify

// The rules of classification, in one place.
//
// A listing is read once through the glossary (terms of the vocabulary, with
// their senses) and once through the cue table (cuetable.go: words that are
// not terms but tell the rules who the audience is, what kind of page this
// is, where it is held, and how a word is meant); the cue scan also finds
// where clauses end. Both parts are cut into clauses (context.go), and
// every term is weighed by where it stands. Every
// value the classifier gives comes from one of the rules named by a Basis,
// and every Basis points at spans of the text, so a person can check each
// decision.
//
// The rules, in the order they are applied:
//
//  1. In scope (scope.go): evidence that an offering is described (course
//     words, a programme, its participants, how to join, where and when)
//     is weighed against evidence that the page is something else (for
//     staff or course leaders, a job ad, research, a report, a plan, a
//     manual, a closure, a school programme, an encyclopedia entry …), by
//     weights fitted on labelled real listings. A word counts more in the
//     title and where it names the audience of the offering itself: staff
//     named after an audience phrase ("kurs for helsepersonell") are the
//     audience, staff named before it ("Helsesykepleiere … starter
//     sorggruppe for barn") run the offering. The
//     facets are read whatever the decision, so a page near the line still
//     says what it names; Result.Confidence.InScope says how sure the
//     decision is.
//  2. A term names its value: "kolsskole" is the programme kolsskole and
//     the condition copd; "pårørende" the role next_of_kin. A term in the
//     title weighs more than one in the body; a compound's modifier weighs
//     less than a whole word. Where a term stands can take its value away:
//     a role or condition written as part of a proper name ("Landsforeningen
//     for Pårørande") or naming a unit ("kreftkoordinator", "Psykiatrisk
//     klinikk", "pasientforening") names none; a condition in an excluding
//     or negated clause ("aktiv psykose utelukket"), given as an example of a
//     broader target, or inside a longer word it does not head ("rus" in
//     "rustet") counts for nothing; a bare organ ("hjerte") counts little; a
//     programme named for comparison, in a comma list of offerings, or as
//     one part among examples ("blant annet helsesamtaler, trening i
//     gruppe"), counts little. A plain course in the clause of diabetes,
//     kols or smoking cessation is that programme; one only for next of
//     kin is the next-of-kin school, unless it is joined to another form
//     ("kurs og veiledning for pårørende").
//  3. A programme implies its usual format, unless the text states the
//     other one, and nothing else: its usual audience and conditions are
//     for the text to say. A course compound whose modifier is a
//     programme's subject ("røykfri-kurs") is that programme.
//  4. "Foreldre til barn med …" means next of kin of children.
//  5. An age range in years ("13–17 år", "over 67 år") gives every age group
//     it overlaps.
//  6. People addressed as having a condition ("for deg med kols", "personer
//     med demens") are patients, unless the phrase names the relative of
//     the reader ("pårørende til personer med demens", "har en søster med
//     …"); so are the public addressed as having one ("alle som har
//     parkinson"), and so are the people named before "og deres pårørende"
//     or "og deres foreldre". "alle som", "innbyggere" and a
//     frisklivssentral without a condition make participants users, and
//     an offering declared open to everyone ("ope for alle.") has users
//     beside whoever else it names; people who live with one person who
//     has a condition are next of kin; people named as whom staff,
//     addressed as the audience, meet or work with ("kurs for
//     helsepersonell som møter psykisk syke") take no part, though their
//     condition is the subject; a condition named where no one
//     else is addressed makes patients, unless it is only a talk's subject
//     ("informasjon rundt hjerneslag"); a family counts as taking part
//     only where it is the audience, not in a statement ("så rammes hele
//     familien").
//  7. The organiser decides the arena, not a partner, a funder or a venue: a
//     frisklivssentral or a kommune is municipal, a hospital, a health trust,
//     a DPS or an LMS specialist, an organisation voluntary, a company
//     private. Arena words after "i samarbeid med", "fra" or a venue phrase
//     ("foregår på", "holdes i") count less; co-equal partners of different
//     kinds ("et samarbeid mellom sykehuset og kommunen") give none.
//  8. Delivery: nettkurs, digitalt, video, Teams, Zoom → digital; a named
//     place (a venue word, a venue phrase, an address, or a proper name
//     after "på" where an offering is described: "livsstilskurs på
//     Muritunet"), physical meetings (samlinger, "vi møtes", kafé) or
//     physical activity at the sessions → in person; both, a digital option
//     or a stream to a second site → hybrid. Channels listed for a reader to
//     choose among (telefon, chat, e-post) and a digital word in a clause
//     about signing up ("påmelding via nett") are no delivery.
//  9. Group and individual: the concept follows the format and the format
//     the concept; an offering with both group and one-to-one parts, or
//     offered "individuelt eller i gruppe", or a group with an individual
//     intake talk, has no format; an event for an audience (seminar,
//     foredrag, konferansen) is a group; a self-paced course is individual,
//     and so is a peer, a mentor, a line to talk to or a home visit
//     (likeperson, støttetelefon, hjemmebesøk) where no group is named. An
//     overview of offerings ("flere kurs", "kursa våre") has no one format
//     unless the text speaks of the course ("Kurset starter …"); a format
//     stated by how people meet is not outranked by a word for the field's
//     activity ("likepersonane har fått opplæring").
//  10. Conditions: those the text names as its target, the broad one
//     kept beside the narrower ones it names; examples of a broader target
//     that has no code ("langvarig sykdom, for eksempel kreft") are not the
//     target. One family of conditions → diagnosis specific; several →
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
	modifierWeight = 0.6  // a compound's modifier: "kols" in "kolsskole"
	headWeight     = 0.9  // a compound's head: "kurs" in "diabeteskurs"
	partnerWeight  = 0.2  // an arena named as a partner or funder
	venueWeight    = 0.2  // an arena named as the venue
	impliedWeight  = 0.8  // a value implied by a programme or a rule
	organWeight    = 0.25 // a bare organ: "hjerte"
	comparedWeight = 0.3  // a programme named for comparison
	weakArena      = 0.4  // a unit that hosts more often than it organises: poliklinikk
	leadWeight     = 1.5  // an arena named as the subject of organising
	generalWeight  = 0.4  // a word for the field's forms rather than one offering's
	maxEvidence    = 2    // evidence items kept per value
	nearBytes      = 40   // "close before": at most this many bytes before, in the same clause
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

// unitHeads are the heads of compounds that name a unit, a job or an
// organisation rather than people or a subject: "kreftkoordinator",
// "demensforening", "pasientforening", "Psykiatri" in "psykiatrisk klinikk"
// is caught as a name or by the unit word after it.
var unitHeads = []string{"klinikk", "avdeling", "avd", "poliklinikk", "team", "koordinator", "sykepleier",
	"sjukepleiar", "forening", "foreining", "forbund", "seksjon", "tjeneste", "teneste", "kontor", "enhet",
	"eining", "organisasjon", "lege", "overlege", "spesialist", "sykehus", "sjukehus", "forsk", "register",
	"ombud", "ombod", "rett", "reise", "sikkerhet", "journal", "rekneskap", "regnskap", "ansvarl", "forløp",
	"konferanse", "satsing", "representant", "medvirkning", "senter", "lag", "plan", "omsorg", "arbeid",
	"erfaring", "undersøk", "sentral", "pleier", "pleiar", "fri"}

// strokeWords before "slag" make it a stroke ("ramma av slag", "etter
// slag"), not a kind ("alle slag").
var strokeWords = []string{"av", "etter", "hatt", "fått", "fatt", "fekk", "fikk", "med", "og", "ved"}

// organs are condition terms that name only an organ.
var organs = []string{"hjerte", "hjarte", "lunge", "nyre", "hjerne", "tarm", "rygg", "ledd"}

// weakArenaTerms name units and services that host offerings more often
// than they organise them.
var weakArenaTerms = []string{"helsestasjon", "poliklinikk"}

// generalConcepts are official terms for the individual and group forms of
// the field that texts use as often for the field itself ("ingen tilbod for
// pasientopplæring"): they say little about one offering's format.
var generalConcepts = []string{"pasientopplæring", "pasientundervisning", "pasientveiledning", "gruppeopplæring"}

// intakeTerms name a single talk, often an intake talk before a group.
var intakeTerms = []string{"en samtale", "ein samtale"}

// notOrganisers are arena terms for people or services that take part,
// refer or are referred to, but do not organise: peers and volunteers, a
// GP, the user organisations in general.
var notOrganisers = []string{"likeperson", "frivillige", "frivillig", "brukerorganisasjon",
	"pasientorganisasjon", "fastlege", "NAV"}

// quantifiers before an arena word make it no one organiser: "i hver
// kommune", "mange sykehus".
var quantifiers = []string{"hver", "kvar", "alle", "mange", "flere", "fleire", "ulike", "andre",
	"norske", "landets", "fleste", "enkelte", "nokre", "noen", "nokon", "ein", "ett", "eit"}

// articles are the quantifiers that are also the indefinite article
// ("ein", "eit"; "ett" is "one"): before an arena adjective they qualify
// the noun the adjective describes ("eit poliklinisk tilbod", "ett
// kommunalt tilbud": an offering of that arena), not the arena.
var articles = newWordSet([]string{"ein", "eit", "ett"})

// arenaAdjectiveEndings end the arena terms that are adjectives
// ("poliklinisk", "kommunal", "kommunalt", "kommunale").
var arenaAdjectiveEndings = []string{"sk", "ske", "skt", "nal", "alt", "ale"}

// articleBeforeAdjective reports whether prev, a quantifier before the
// arena term term, is an article before an adjective: the offering it
// introduces is of that arena ("Kurset er eit poliklinisk tilbod"), as
// after "et" in Bokmål.
func articleBeforeAdjective(prev, term string) bool {
	return articles.hasFold(prev) && foldSuffixOf(term, arenaAdjectiveEndings) != ""
}

// arenaAdjectives before an arena word of another kind decide it:
// "kommunalt lærings- og mestringssenter".
var arenaAdjectives = []string{"kommunalt", "kommunale", "kommunal", "interkommunalt", "interkommunale",
	"privat", "private"}

// anyCue reports whether a cue of kind k was found anywhere.
func (s *scratch) anyCue(k cueKind) bool { return s.allCues&(1<<k) != 0 }

// hasCue returns the first cue of kind k.
func (s *scratch) hasCue(k cueKind) (int, bool) {
	i := s.firstCue[k] - 1
	return int(i), i >= 0
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
	return s.supported(f) > 0
}

// supported returns how many values of facet f have at least minSupport.
func (s *scratch) supported(f taxonomy.Facet) int {
	n := 0
	s.work += len(s.touched[f])
	for _, r := range s.touched[f] {
		if s.vals[refKey(r)].weight >= minSupport {
			n++
		}
	}
	return n
}

// decide applies the rules to what the scanners found and writes the
// result into out, which must be zero: in place, in the caller's result
// or draft, rather than built and copied there (a Result is 272 bytes).
// The facets are read whatever the in-scope decision.
func decide(s *scratch, out *Result) {
	s.lists = s.lists[:0]
	prepare(s)
	in, conf, ev := inScope(s)
	out.InScope, out.Confidence.InScope = in, conf

	// Rule 4: foreldre til barn med … → next of kin, children; parents of
	// children in general are the parents of a general parenting course.
	if c, ok := s.hasCue(cueParents); ok {
		if s.clauseNamesTarget(s.cueClause[c], s.cues[c].end) {
			s.implied(taxonomy.RoleNextOfKin.Ref(), 1, s.cueEvidence(c, bNone), bParentsOfChildren)
		}
		s.implied(taxonomy.AgeGroupChildren.Ref(), 1, s.cueEvidence(c, bNone), bParentsOfChildren)
	}
	// Rule 5: age ranges.
	for _, a := range s.ages {
		s.work++
		for _, g := range taxonomy.AgeGroupsBetween(a.min, a.max) {
			ev := evi{Part: a.part, Start: a.start, End: a.end, Term: termAgeRange}
			s.implied(g.Ref(), 1.2, ev, bAgeRange)
		}
	}
	if len(s.ages) > 0 {
		dropAgeWordsInRanges(s)
	}

	// Conditions (rule 10).
	s.addDeferredVotes()
	var forRoles []taxonomy.Condition
	out.Conditions, forRoles, out.Confidence.Conditions = conditions(s)

	// Rule 6: roles.
	roleRules(s, forRoles)
	out.Roles, out.Confidence.Roles = allOf[taxonomy.Role](s, taxonomy.FacetRole)

	// Programme, and what it implies (rule 3).
	out.Programme, out.Confidence.Programme = programme(s, out.Roles)
	if out.Programme != 0 {
		programmeImplies(s, out.Programme)
	}
	out.AgeGroups, out.Confidence.AgeGroups = allOf[taxonomy.AgeGroup](s, taxonomy.FacetAgeGroup)
	slices.Sort(out.AgeGroups)

	// Rule 7: the arena of the organiser.
	out.Arena, out.Confidence.Arena = arena(s)

	// Rule 8: delivery.
	out.Delivery, out.Confidence.Delivery = delivery(s)

	out.Methods, out.Confidence.Methods = allOf[taxonomy.Method](s, taxonomy.FacetMethod)
	out.Themes, out.Confidence.Themes = allOf[taxonomy.Theme](s, taxonomy.FacetTheme)

	// Rule 9: format and concept.
	out.Concept, out.Format, out.Confidence.Concept, out.Confidence.Format = conceptAndFormat(s, out.Delivery)

	// Rule 10: scope.
	out.Scope, out.Confidence.Scope = scope(s, out.Conditions, out.Themes)

	out.Evidence = s.collectEvidence(ev, out)
	ownLists(out)
}

// prepare reads the context of every word and turns the matches into votes:
// what every rule, and the in-scope decision, start from.
func prepare(s *scratch) {
	s.buildContext()
	termVotes(s)
}

// firstVoteSpan returns where the first vote for r was found: the part
// (title or text) and the span within it.
func (s *scratch) firstVoteSpan(r taxonomy.Ref) (Part, int, int) {
	if k := s.vals[refKey(r)].first; k > 0 {
		e := &s.votes[k-1].ev
		return e.Part, e.Start, e.End
	}
	return PartText, 0, 0
}

// dropAgeWordsInRanges removes votes from age words inside an age range
// ("18 år og eldre" is not evidence of the elderly beyond the range). Votes
// and ranges are both in order of position within each part, so one walk
// does it.
func dropAgeWordsInRanges(s *scratch) {
	a := 0
	s.work += len(s.votes)
	for i := range s.votes {
		v := &s.votes[i]
		if v.ref.Facet() != taxonomy.FacetAgeGroup || v.ev.Basis != bTerm {
			continue
		}
		// Ranges of the vote's part that end more than 16 bytes before it
		// cannot hold it, nor any later vote of that part.
		for a < len(s.ages) && (s.ages[a].part != v.ev.Part && s.ages[a].part == PartTitle ||
			s.ages[a].part == v.ev.Part && s.ages[a].end+16 < v.ev.Start) {
			s.work++
			a++
		}
		for b := a; b < len(s.ages) && s.ages[b].part == v.ev.Part && s.ages[b].start <= v.ev.Start; b++ {
			s.work++
			if v.ev.Start <= s.ages[b].end+16 {
				s.vals[refKey(v.ref)].weight -= v.weight
				v.weight = 0
				break
			}
		}
	}
}

// programmeImplies applies rule 3: the programme's usual format, unless
// the text states the other one ("røykfri-kurs" is run for a group, though
// the smoking-cessation course is usually one to one).
func programmeImplies(s *scratch, p taxonomy.Programme) {
	other := taxonomy.FormatGroup
	if p.Format() == taxonomy.FormatGroup {
		other = taxonomy.FormatIndividual
	}
	if f := p.Format(); f != 0 && s.formatWeight(other) < minSupport {
		s.implied(f.Ref(), 1, s.votesFor(p.Ref()), bProgramme)
	}
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
	var best taxonomy.Ref
	bestW, total := 0.0, 0.0
	s.work += len(s.touched[f])
	for _, r := range s.touched[f] {
		w := s.vals[refKey(r)].weight
		total += w
		if w > bestW {
			best, bestW = r, w
		}
	}
	if bestW < minSupport {
		var zero C
		return zero, 0
	}
	c, _ := taxonomy.FromRef[C](best)
	// Confidence falls when other values compete.
	return c, confidence(bestW) * bestW / total
}

// allOf returns every value of a multi-valued facet with enough support, in
// order of first appearance.
func allOf[C taxonomy.Code](s *scratch, f taxonomy.Facet) ([]C, float64) {
	s.work += len(s.touched[f]) // what counting them first cost
	start := len(s.lists)
	minW := math.Inf(1)
	var zero C
	cf := zero.Facet() // taxonomy.FromRef's test, asked once
	for _, r := range s.touched[f] {
		w := s.vals[refKey(r)].weight
		if w < minSupport {
			continue
		}
		if r.Facet() == cf && r.IsValid() {
			s.lists = append(s.lists, uint16(r.Index()))
			minW = min(minW, w)
		}
	}
	if len(s.lists) == start {
		return nil, 0
	}
	// A view of the scratch: decide gives the Result its own copy.
	return codesOf[C](s.lists[start:]), confidence(minW)
}

// formatWeight returns the support of format f, by its own votes and its
// concept's.
func (s *scratch) formatWeight(f taxonomy.Format) float64 {
	c := taxonomy.ConceptGroupOffering
	if f == taxonomy.FormatIndividual {
		c = taxonomy.ConceptIndividualOffering
	}
	return s.weightOf(f.Ref()) + s.weightOf(c.Ref())
}
