package classify

import (
	"slices"

	"github.com/lmhkit/lmhkit/glossary"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// termVotes turns the glossary matches into votes (rule 2), each weighed by
// where it stands. The glossary reports every term it finds, also inside
// longer ones ("stressmestringsgruppe", and within it "stressmestring",
// "stress", "gruppe"); a match inside a longer one counts only for facets
// the longer one says nothing about.
func termVotes(s *scratch) {
	// The negations start on the title, as the cues do (they come title
	// first): starting on the text would skip every text cue when the
	// title has terms but no cue, and none when it has cues but no term.
	r := termReader{s: s, negated: negationAhead{s: s, part: PartTitle}, x: wordContext{s: s}}
	r.trail.init(s)
	r.broad = s.anyCue(cueBroadTarget) || s.anyCue(cueAcross) || s.anyCue(cueLiving)
	s.startNotes()
	// Every match's clause, filled in as the matches are read.
	s.matchClause = slices.Grow(s.matchClause[:0], len(s.matches))[:len(s.matches)]
	cl := int32(0)
	for i := range s.matches {
		cl = r.read(i, cl)
	}
	s.finishNotes()
}

// termReader is termVotes's state while it reads the matches in order of
// position.
type termReader struct {
	s       *scratch
	trail   cueTrail      // the cues before the match (passed when weigh reads it)
	negated negationAhead // the negations after it
	negEnd  int           // the furthest end of a match of negated.part read, which negated is to pass
	open    [16]int       // indexes of earlier matches that may enclose the current one
	openEnd [16]int       // where each of them ends
	nOpen   int
	broad   bool        // the text names a target broader than a diagnosis
	x       wordContext // the current match's context
	// The current match's part, clause (cl, c) and weight by its kind and
	// place.
	part Part
	cl   int32
	c    *clause
	w    float64
}

// read turns match i into votes and returns its clause, given the clause
// of the match before.
func (r *termReader) read(i int, cl int32) int32 {
	s := r.s
	m := &s.matches[i]
	s.work += 1 + r.nOpen*(1+len(m.Senses))
	part := s.part(i)
	if i == s.nTitle {
		r.nOpen = 0
	}
	// The clause of the match: matches are sorted by start within each
	// part.
	cl = int32(s.clauseAt(int(cl), part, m.Start))
	s.matchClause[i] = cl
	// The negations ahead are passed as far as the matches reach when a
	// rule asks (negationAfter); only a change of part is made at once.
	if part != r.negated.part {
		r.negated.advance(part, m.End)
		r.negEnd = m.End
	} else {
		r.negEnd = max(r.negEnd, m.End)
	}
	c := &s.clauses[cl]
	// Forget the earlier matches that end before m starts.
	k := 0
	for o := range r.nOpen {
		if r.openEnd[o] > m.Start {
			r.open[k], r.openEnd[k] = r.open[o], r.openEnd[o]
			k++
		}
	}
	r.nOpen = k
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
	// The word's context, worked out when a sense asks for it.
	r.x.i, r.x.m, r.x.src = i, m, s.partText(part)
	r.x.nameDone, r.x.headDone, r.x.headWord = false, false, ""
	r.part, r.cl, r.c, r.w = part, cl, c, w
	if ss := m.Senses; len(ss) == 1 {
		r.vote(ss[0]) // most terms have one sense
	} else {
		for _, sense := range ss {
			r.vote(sense)
		}
	}
	// A coordination ("hjerte- og lungesyke" read as hjertesyke) spans
	// the other terms it lends its head to; it hides nothing.
	if r.nOpen < len(r.open) && !m.Expanded {
		r.open[r.nOpen], r.openEnd[r.nOpen] = i, m.End
		r.nOpen++
	}
	return cl
}

// vote turns a sense of the current match into a vote, by its context.
// It is a function of its own so that the loop over the senses holds few
// values across the calls.
func (r *termReader) vote(sense taxonomy.Ref) {
	f := sense.Facet()
	if !isOutputFacet[f] {
		return
	}
	m, c := r.x.m, r.c
	if f == taxonomy.FacetConcept || f == taxonomy.FacetFormat || f == taxonomy.FacetProgramme {
		c.offer = true // the clause has a term for an offering (before any sense is dropped)
	}
	if r.nOpen > 0 && r.enclosed(m, f) {
		return
	}
	sw := r.w
	if readsContext[f] {
		var ok bool
		if sw, ok = r.weigh(sense, r.cl, c, r.w); !ok {
			return
		}
	}
	r.s.addTermVote(sense, sw, r.part, r.x.i, m, c)
}

// negationAfter reports whether a negating cue follows end
// (negationAhead.after), once the negations are passed as far as the
// matches read so far reach: as if negated had advanced to the end of
// every match in turn.
func (r *termReader) negationAfter(end int) bool {
	r.negated.advance(r.negated.part, r.negEnd)
	return r.negated.after(end)
}

// enclosed reports whether an earlier match that encloses m names facet f:
// a match inside a longer one counts only for the facets the longer one
// says nothing about.
func (r *termReader) enclosed(m *glossary.Match, f taxonomy.Facet) bool {
	for _, j := range r.open[:r.nOpen] {
		if o := &r.s.matches[j]; o.End < m.End || o.Start == m.Start && o.End == m.End {
			continue // overlaps m without enclosing it, or another reading of the same span
		}
		for _, o := range r.s.matches[j].Senses {
			if o.Facet() == f {
				return true
			}
		}
	}
	return false
}

// The word lists weigh reads, as sets.
var (
	strokeWordSet     = newWordSet(strokeWords)
	organSet          = newWordSet(organs)
	notOrganiserSet   = newWordSet(notOrganisers)
	quantifierSet     = newWordSet(quantifiers)
	arenaAdjectiveSet = newWordSet(arenaAdjectives)
	weakArenaSet      = newWordSet(weakArenaTerms)
	generalConceptSet = newWordSet(generalConcepts)
	intakeSet         = newWordSet(intakeTerms)
)

// readsContext tells the facets whose terms weigh by their context
// (termReader.weigh).
var readsContext = func() (t [256]bool) {
	for _, f := range []taxonomy.Facet{taxonomy.FacetRole, taxonomy.FacetCondition, taxonomy.FacetTheme,
		taxonomy.FacetArena, taxonomy.FacetFormat, taxonomy.FacetConcept, taxonomy.FacetProgramme} {
		t[f] = true
	}
	return t
}()

// weigh returns the weight of the current match's sense, of weight w by
// its kind and place, in clause cl (c), by the rules of context (rule 2),
// and false where its context takes the value away.
func (r *termReader) weigh(sense taxonomy.Ref, cl int32, c *clause, w float64) (float64, bool) {
	s, x, m, trail := r.s, &r.x, r.x.m, &r.trail
	// The cues before the match, passed here rather than at every match:
	// matches come in order of start within a part, so the trail is where
	// it would be.
	if part := s.part(x.i); part != trail.part || trail.j < len(s.cues) && s.cues[trail.j].end <= m.Start {
		trail.advance(part, m.Start)
	}
	sw := w
	switch f := sense.Facet(); f {
	case taxonomy.FacetRole:
		switch {
		case x.name(), x.unitHead():
			return 0, false // a name or a unit, not the participants
		case sense == taxonomy.RolePatient.Ref() &&
			(trail.near(cueRelative, m.Start, cl) || isGenitive(x.src, m.End)):
			return 0, false // "pårørende til pasienter", "pasientenes pårørende"
		}
	case taxonomy.FacetCondition, taxonomy.FacetTheme:
		if namesOrganisation(m) || x.name() || s.inOrgName(m, r.open[:r.nOpen]) {
			return 0, false // "Kreftforeningen", "Ung Kreft", "Psykiatrisk klinikk": a name, not the subject
		}
		if f == taxonomy.FacetTheme {
			break
		}
		unitNamed := false
		switch {
		case c.has(cueNegation):
			return 0, false // "aktiv psykose utelukket", "ikkje berre for etterlatne etter kreft"
		case x.unitHead() || len(m.Term) <= 4 && x.head() != "" && len(x.head()) <= 3:
			return 0, false // "kreftkoordinator", "rus" in "rustet"
		case r.broad && trail.inClause(cueExample, cl):
			return 0, false // an example of a broader target
		case trail.near(cueUnitName, m.Start, cl):
			unitNamed = true // "enhet for psykisk helse og rus"
		}
		switch {
		case r.negationAfter(m.End):
			return 0, false // "psykose/\nhallusinasjonar utelukket"
		case m.Term == "slag" && !strokeWordSet.hasFold(wordBefore(x.src, m.Start)):
			return 0, false // "slag" is a stroke only where one has or gets it
		case organSet.has(m.Term):
			sw *= organWeight
		}
		if unitNamed {
			// A unit's name gives its field, no condition; a unit for
			// people with one ("poliklinikk for oppfølging av pasienter
			// med hjertesvikt") names whom it is for: their condition is
			// the target, voted once the in-scope decision has read the
			// other votes (the in-scope features were fitted without it).
			if trail.peopleAfter(cueUnitName, cl) {
				s.deferred = append(s.deferred, deferredVote{sense, sw, s.part(x.i), x.i, cl})
			}
			return 0, false
		}
		if isPeopleTerm(m.Term) {
			// A condition named by its people ("hjertesyk ungdom",
			// "nyresjuke"): voted after the in-scope decision, whose
			// features were fitted without these words.
			s.deferred = append(s.deferred, deferredVote{sense, sw, s.part(x.i), x.i, cl})
			return 0, false
		}
	case taxonomy.FacetArena:
		prev := wordBefore(x.src, m.Start)
		switch {
		case notOrganiserSet.has(m.Term), inAddress(x.src, m.Start, m.End),
			isAllCaps(m.Term) && s.allCaps(cl): // "LEVE" in "Å LÆRE OG LEVE MED ADHD"
			return 0, false
		case quantifierSet.hasFold(prev) && !articleBeforeAdjective(prev, m.Term), pluralKind(x.src, m.Start, m.End):
			return 0, false // "i hver kommune", "norske kommunar": no one organiser
		case arenaAdjectiveSet.hasFold(prev):
			return 0, false // "kommunalt lærings- og mestringssenter": the adjective says it
		case trail.near(cueComparison, m.Start, cl):
			return 0, false // "som ved andre polikliniske timar på sjukehuset": named for comparison
		case careReceived(x):
			return 0, false // "sykehusbehandling", "poliklinisk konsultasjon": the kind of care, not who runs the offering
		case jobTitleHead(x.head()):
			return 0, false // "kommunepsykologen": a job title names no organiser
		case foldIn(prev, venuePreps) && bareKind(x.src, m.Start, m.End):
			return 0, false // "benyttes i rehabilitering, på sykehus": a kind of place, no one organiser
		case trail.near(cuePlace, m.Start, cl) || trail.near(cueVenueIntro, m.Start, cl) ||
			s.locativeLead(x.i) || inTerritory(x.src, m.Start, m.End) ||
			foldIn(prev, venuePreps) && trail.near(cueMeeting, m.Start, cl) && !isGenitive(x.src, m.End):
			// The venue: "Sted:", "holdes på", "I Steinkjer …", "som bur
			// i kommunen", and where the meetings are held ("treff på
			// dagsenteret", "vi møtes ved sjukehuset"; the owner of the
			// rooms in "møtes i LHLs lokaler" is labelled the organiser).
			sw *= venueWeight
		case trail.near(cuePartner, m.Start, cl),
			int32(m.End) <= c.assist && (c.lead < 0 || c.lead < int32(m.Start)):
			sw *= partnerWeight // "i samarbeid med X", "X er med i planlegginga"
		}
		if weakArenaSet.has(m.Term) {
			sw *= weakArena
		}
		if sw == w && (int32(m.End) <= c.lead || trail.near(cueRunBy, m.Start, cl)) {
			sw *= leadWeight // "X er ansvarleg for tilbodet", "X arrangerer", "i regi av X"
		}
	case taxonomy.FacetFormat, taxonomy.FacetConcept:
		switch {
		case generalConceptSet.has(m.Term):
			sw *= generalWeight // "pasientopplæring" names the field as often as an offering
		case intakeSet.has(m.Term):
			sw *= generalWeight // "en samtale" before a course is an intake talk
		case sense == taxonomy.FormatIndividual.Ref() && hasPrefixWord(x.src[m.End:min(m.End+12, len(x.src))], " tilpass"):
			return 0, false // "individuelt tilpasset": adapted, not one-to-one
		}
	case taxonomy.FacetProgramme:
		if trail.near(cueComparison, m.Start, cl) || s.commas(cl) >= 3 && s.otherProgrammeNear(x.i, cl) ||
			c.has(cueExample) && c.part == PartText && s.commas(cl) >= 1 {
			// Named for comparison, one of a list of offerings, or one
			// part among examples ("blant annet helsesamtaler, trening i
			// gruppe …").
			sw *= comparedWeight
		}
	}
	return sw, true
}

// arenaJobHeads are the heads of compounds that name a job: an arena word as
// their modifier ("kommunepsykologen", "sjukehuspresten") names a job
// title, and the conventions give a job title with no employer named no
// arena.
var arenaJobHeads = []string{"psykolog", "lege", "overlege", "sykepleier", "sjukepleiar", "fysioterapeut", "ergoterapeut",
	"jordmor", "prest", "koordinator", "terapeut", "pedagog", "rådgiver", "rådgjevar", "konsulent"}

// jobInflections are the inflections a job head may carry: "psykologen",
// "legar", "sjukepleiarane".
var jobInflections = []string{"", "en", "er", "ene", "ar", "arar", "ane", "arane", "a", "n", "ne", "e"}

// jobTitleHead reports whether h, a compound's head (wordContext.head), is
// one of arenaJobHeads in one of its inflections: not "legevakt" or
// "legesenter", which name a service.
func jobTitleHead(h string) bool {
	if h == "" {
		return false
	}
	for _, j := range arenaJobHeads {
		if len(h) >= len(j) && foldEqual(h[:len(j)], j) {
			for _, e := range jobInflections {
				if len(h) == len(j)+len(e) && foldEqual(h[len(j):], e) {
					return true
				}
			}
		}
	}
	return false
}
