package classify

import (
	"math"
	"math/bits"
	"strings"

	"github.com/lmhkit/lmhkit/glossary"
	"github.com/lmhkit/lmhkit/taxonomy"
)

//go:generate go test -run ^TestScopeWeights$ -args -fit-scope

// Rule 1, in scope or not, weighs evidence instead of letting one word
// veto: each feature below is a fact about the listing (a course word in
// the title, an invitation, a staff audience named beside the course word,
// a research cue …), and the decision is a logistic function of their
// weighted sum. The weights (scopeweights.go) are fitted on the training
// split of the real listings (testdata/real/train.jsonl), starting from a
// prior that reads like the domain (the course words count for, each kind
// of page that is something else counts against) and moving from it only
// as far as the labels support; see TestScopeWeights, which refits them
// and fails if the file is stale.

// scopeFeature numbers the features of the in-scope decision.
type scopeFeature uint8

const (
	sfBias          scopeFeature = iota
	sfOfferTitle                 // a course, group or programme word in the title
	sfOfferText                  // course, group or programme words in the text
	sfGenericTitle               // a word for an offering in general in the title (tilbud, opplæring)
	sfGenericText                // words for an offering in general in the text
	sfProgramme                  // a named programme
	sfPeople                     // patients, next of kin or users named
	sfAddressed                  // "for deg med …", "personer med …"
	sfInvite                     // tilbyr, inviterer, velkommen, et tilbud til
	sfShape                      // påmelding, samlinger, tid og sted, gratis
	sfTime                       // kl. 18, tirsdag, hver uke
	sfPlace                      // a meeting place or an address
	sfMeeting                    // physical meetings or activity
	sfCondition                  // a condition named
	sfMethod                     // teaching, guidance, experience sharing …
	sfPublic                     // alle som, innbyggere, frisklivs…
	sfDigital                    // a digital way of taking part
	sfShort                      // a short listing (under 200 bytes)
	sfPeopleInOffer              // participants named in the clause of a course word
	sfStaffInOffer               // staff or course leaders named in the clause of a course word, or in the title
	sfOutLead                    // a cue against an offering in the title or the first clause of the text
	sfKinds                      // the kinds against an offering follow, one feature each
)

// numScopeFeatures counts the features: sfKinds and one per kind from
// cuePersonnel to lastOutOfScope.
const numScopeFeatures = int(sfKinds) + int(lastOutOfScope-cuePersonnel) + 1

// scopeFeatures keeps the kinds against an offering in a uint64.
var _ = [1]struct{}{}[(lastOutOfScope-cuePersonnel)/64]

// inScope keeps the features that are not zero in a uint64.
var _ = [1]struct{}{}[numScopeFeatures/65]

// kindFeature is the feature of an out-of-scope cue kind.
func kindFeature(k cueKind) scopeFeature { return sfKinds + scopeFeature(k-cuePersonnel) }

// scopeFeatureNames name the features, for the fitting program and the
// docs.
var scopeFeatureNames = func() [numScopeFeatures]string {
	n := [numScopeFeatures]string{"bias", "offer_title", "offer_text", "generic_title", "generic_text", "programme", "people", "addressed",
		"invite", "shape", "time", "place", "meeting", "condition", "method", "public", "digital", "short",
		"people_in_offer", "staff_in_offer", "out_lead"}
	kinds := []string{"personnel", "trainers", "job_ad", "practical", "leaflet", "news", "research",
		"report", "plan", "manual", "ward", "commercial", "not_illness", "media", "school", "closure",
		"social", "encyclopedia", "campaign", "misc"}
	for i, k := range kinds {
		n[int(sfKinds)+i] = k
	}
	return n
}()

// scopePrior is where the fit starts and what it is drawn back to: the
// course words, the participants and the shape of an offering count for;
// each kind of page that is something else counts against, a staff audience
// beside the course word most of all.
var scopePrior = func() [numScopeFeatures]float64 {
	var p [numScopeFeatures]float64
	p[sfBias] = -1.5
	p[sfOfferTitle], p[sfOfferText], p[sfProgramme] = 1.5, 2, 1
	p[sfGenericTitle], p[sfGenericText] = 0.5, 0.7
	p[sfPeople], p[sfAddressed], p[sfInvite], p[sfShape], p[sfTime] = 1, 0.8, 0.8, 1, 0.5
	p[sfPlace], p[sfMeeting], p[sfCondition], p[sfMethod], p[sfPublic] = 0.5, 0.5, 0.3, 0.3, 0.3
	p[sfPeopleInOffer], p[sfStaffInOffer], p[sfOutLead] = 1, -2.5, -1
	for k := cuePersonnel; k <= lastOutOfScope; k++ {
		p[kindFeature(k)] = -1.5
	}
	p[kindFeature(cuePersonnel)] = -0.7 // staff are often named beside an offering
	p[kindFeature(cuePractical)], p[kindFeature(cueWard)] = -0.7, -0.7
	return p
}()

// scopeFeatures computes the features of the listing in s, and for each the
// evidence of its first occurrence (for the features that have one).
func scopeFeatures(s *scratch, x *[numScopeFeatures]float64, ev *[numScopeFeatures]evi) {
	// The votes (course words, participants, conditions, methods) were
	// noted as termVotes made them (noteTermVote); the cues follow.
	*x = s.notes.x
	has := s.notes.has
	if ev != &s.scopeEv {
		*ev = s.scopeEv
	}
	// note notes cue i as the evidence of feature f, if f has none yet.
	note := func(f scopeFeature, i int) {
		if !has[f] {
			has[f], ev[f] = true, s.cueEvidence(i, bNone)
		}
	}
	s.work += len(s.cues)
	var n [numCueKinds]int
	var out uint64 // the kinds against an offering counted in n, by k-cuePersonnel
	// The cues. The first clause of the text (after any title) says what
	// kind of page this is as much as the title does.
	firstText := int32(s.nTitleClauses)
	people := int32(-1) // the clause of the last cue that addresses patients, next of kin or the public
	for i := range s.cues {
		c := &s.cues[i]
		k := c.kind
		if k == cueBecome {
			// A verb of becoming counts only before a helper's role:
			// training or recruiting of helpers.
			if !s.helperAfter(c) {
				continue
			}
			k = cueTrainers
		}
		if k == cueInvite && s.offerDeclined(c) {
			continue // "kan dessverre ikke tilby kurs", "bør tilby": no one is invited
		}
		defines := false
		if k == cueIsA {
			if !s.definesDisease(c) {
				continue
			}
			k, defines = cueEncyclopedia, true // "MS er en kronisk sykdom": facts of a disease
		}
		n[k]++
		if k == cueAddressed || k == cueAddressedYou || k == cueGeneralPublic {
			people = s.cueClause[i]
		}
		switch scopeCase[k] {
		case scOut:
			out |= 1 << (k - cuePersonnel)
			cl := s.cueClause[i]
			// The title and the lead count twice; a definition of the
			// condition is no lead: a course listing often opens with
			// one ("Psoriasis er en kronisk hudsykdom. Psoriasisskolen
			// er et tilbud …").
			if (c.part == PartTitle || cl == firstText) && !defines {
				n[k]++
				x[sfOutLead] = 1
				note(sfOutLead, i)
			}
			note(kindFeature(k), i)
			if k == cuePersonnel || k == cueTrainers {
				ccl := &s.clauses[cl]
				audience := ccl.has(cueAudience) || c.part == PartTitle || ccl.offer
				if (c.part == PartTitle || s.audienceBefore(i) ||
					audience && foldIn(wordBefore(s.partText(c.part), c.start), audienceWords)) && people != cl && !s.roleBefore(i) {
					x[sfStaffInOffer] = 1
					note(sfStaffInOffer, i)
				}
			}
		case scAddressed:
			note(sfAddressed, i)
			ccl := &s.clauses[s.cueClause[i]]
			if ccl.has(cueAudience) || c.part == PartTitle || ccl.offer {
				x[sfPeopleInOffer] = 1
				note(sfPeopleInOffer, i)
			}
		case scInvite:
			note(sfInvite, i)
		case scShape:
			note(sfShape, i)
		case scTime:
			note(sfTime, i)
		case scPlace:
			if k == cueStreet && !s.isAddress(c) {
				break
			}
			x[sfPlace] = 1
			note(sfPlace, i)
		case scMeeting:
			x[sfMeeting] = 1
			note(sfMeeting, i)
		case scPublic:
			x[sfPublic] = 1
			note(sfPublic, i)
		case scDigital:
			x[sfDigital] = 1
			note(sfDigital, i)
		}
	}
	// A reference in the style of a paper ("(Kessler et al., 2005)") is
	// research, whatever its words.
	cites, cite := s.citations()
	n[cueResearch] += cites
	if cites > 0 {
		out |= 1 << (cueResearch - cuePersonnel)
	}
	if f := kindFeature(cueResearch); cites > 0 && !has[f] {
		has[f], ev[f] = true, cite
	}
	capped := func(k cueKind, m int) float64 { return float64(min(n[k], m)) / float64(m) }
	x[sfAddressed] = capped(cueAddressed, 2) + capped(cueAddressedYou, 2)
	x[sfAddressed] = min(x[sfAddressed], 1)
	x[sfInvite] = capped(cueInvite, 2)
	x[sfShape] = capped(cueOfferingShape, 3)
	x[sfTime] = capped(cueTime, 2)
	// The features of the kinds not counted stay zero, as noteTermVote
	// leaves them.
	for ; out != 0; out &= out - 1 {
		k := cuePersonnel + cueKind(bits.TrailingZeros64(out))
		x[kindFeature(k)] = capped(k, 2)
	}
	if s.titleLen+s.textLen < 200 {
		x[sfShort] = 1
	}
}

// helperAfter reports whether the word after cue c (a verb of becoming),
// after an article, ends in a role a helper plays (helperHeads: "bli
// treningskontakt", "å vere ein besøksvenn"), and is no common noun alone
// (helperCommonHeads: "å være venn med deg selv"). It reads two words of at
// most maxHelperWord bytes.
func (s *scratch) helperAfter(c *cueHit) bool {
	src := s.partText(c.part)
	s.work++
	w, end := nextWordInSentence(src, c.end)
	if foldIn(w, helperArticles) {
		w, _ = nextWordInSentence(src, end)
	}
	if w == "" || len(w) > maxHelperWord {
		return false
	}
	// The roles of helperRoles after a verb are cues of their own; a
	// common noun alone ("venn", "leder") is no role.
	return foldSuffixIn(w, helperHeads) && !foldIn(w, helperRoles) && !foldIn(w, helperCommonHeads)
}

// offerDeclined reports whether cue c, an offering verb ("tilby",
// "tilbyr", "tilbys"), is negated or only recommended: a negation or
// "bør"/"burde" right before it, a negation before the word before it
// ("ikke lenger tilby"), or a negation right after it ("tilbyr ikke
// lenger"); not "ikke bare tilbys", "tilbyr ikkje berre" (an offer of
// more). It reads at most three words.
func (s *scratch) offerDeclined(c *cueHit) bool {
	src := s.partText(c.part)
	if c.end-c.start < 4 || !foldEqual(src[c.start:c.start+4], "tilb") {
		return false
	}
	s.work++
	w := wordBefore(src, c.start)
	if foldIn(w, offerNegations) || foldIn(w, offerModals) {
		return true
	}
	if w != "" && !foldIn(w, offerMore) && foldIn(wordBefore(src, strings.LastIndex(src[:c.start], w)), offerNegations) {
		return true
	}
	next, end := nextWordInSentence(src, c.end)
	if !foldIn(next, offerNegations) {
		return false
	}
	more, _ := nextWordInSentence(src, end)
	return !foldIn(more, offerMore)
}

var (
	offerNegations = []string{"ikke", "ikkje"}
	offerModals    = []string{"bør", "burde"}
	offerMore      = []string{"bare", "berre", "kun"}
)

// maxHelperWord is the longest word helperAfter reads as a role.
const maxHelperWord = 40

// helperArticles may stand between a verb and the role.
var helperArticles = []string{"en", "ei", "ein", "eit", "et"}

// foldSuffixIn reports whether any of the lower-case ps ends w, folding
// ASCII capitals.
func foldSuffixIn(w string, ps []string) bool {
	for _, p := range ps {
		if len(w) >= len(p) && foldEqual(w[len(w)-len(p):], p) {
			return true
		}
	}
	return false
}

// definesDisease reports whether the word after cue c ("er en", "er
// eit"), or the word after one more (an adjective), is a kind of disease
// (its head is one of diseaseHeads): a sentence that defines a condition
// ("MS er en kronisk sykdom", "Lymfekreft … er en kreftform", "Kreft er
// ein skremmande sjukdom"). "er en tilstand" is a cue of its own.
func (s *scratch) definesDisease(c *cueHit) bool {
	src := s.partText(c.part)
	s.work++
	w, end := nextWordInSentence(src, c.end)
	if foldEqual(w, "tilstand") {
		return false
	}
	for j := 0; j < 2 && w != "" && len(w) <= maxHelperWord; j++ {
		if foldSuffixIn(w, diseaseHeads) {
			return true
		}
		w, end = nextWordInSentence(src, end)
	}
	return false
}

// diseaseHeads end the words for a kind of disease.
var diseaseHeads = []string{"sykdom", "sjukdom", "lidelse", "liding", "tilstand", "kreftform", "krefttype", "diagnose"}

// The cases of scopeFeatures' reading of a cue, by its kind (scopeCase).
const (
	scNone      uint8 = iota
	scOut             // a kind against an offering
	scAddressed       // people addressed
	scInvite
	scShape
	scTime
	scPlace // a place or a venue's introduction, or a street name that is an address
	scMeeting
	scPublic
	scDigital
)

// scopeCase is the case of each cue kind in scopeFeatures, read by one
// table load instead of a chain of comparisons.
var scopeCase = func() (t [256]uint8) {
	set := func(c uint8, ks ...cueKind) {
		for _, k := range ks {
			if t[k] == scNone { // the first case that names a kind takes it
				t[k] = c
			}
		}
	}
	for k := cuePersonnel; k <= lastOutOfScope; k++ {
		set(scOut, k)
	}
	set(scAddressed, cueAddressed, cueAddressedYou)
	set(scInvite, cueInvite)
	set(scShape, cueOfferingShape)
	set(scTime, cueTime)
	set(scPlace, cuePlace, cueVenueIntro, cueStreet)
	set(scMeeting, cueMeeting, cueActivity, cueVisit)
	set(scPublic, cueGeneralPublic, cueHealthPromo)
	set(scDigital, cueDigital)
	return t
}()

// maxCuesBack is how many cues back audienceBefore looks, so that a
// clause of many staff words is not read back whole for each.
const maxCuesBack = 16

// audienceBefore reports whether an audience cue ("kurs for", "målgruppa")
// stands before cue i in its clause: staff named after it are the
// audience ("kurs for helsepersonell"), staff named before it the ones who
// run the offering ("Helsesykepleiere … starter sorggruppe for barn").
func (s *scratch) audienceBefore(i int) bool {
	cl := s.cueClause[i]
	for j := i - 1; j >= max(0, i-maxCuesBack) && s.cueClause[j] == cl; j-- {
		s.work++
		if s.cues[j].kind == cueAudience {
			return true
		}
	}
	return false
}

// citations counts, up to two, the references in the text written as a
// paper writes them: a parenthesis that opens with a capital (an author or
// an institution) and holds ", " and a year ("(Helsedirektoratet, 2017, s.
// 8)", "(Lavoie, et al., 2005)").
//
// It also returns the span of the first, in the text, as its evidence.
func (s *scratch) citations() (k int, first evi) {
	t, at := s.text, 0
	for k < 2 {
		end := strings.IndexByte(t, ')')
		if end < 0 {
			break
		}
		s.work++
		from := max(0, end-maxCitation)
		in := t[from:end]
		base := at
		t, at = t[end+1:], at+end+1
		open := strings.LastIndexByte(in, '(')
		if open < 0 || open+1 >= len(in) || in[open+1] < 'A' || in[open+1] > 'Z' {
			continue
		}
		in = in[open+1:]
		for i := strings.Index(in, ", "); i >= 0; {
			if y := in[i+2:]; len(y) >= 4 && (y[:2] == "19" || y[:2] == "20") && isDigit(y[2]) && isDigit(y[3]) {
				if k == 0 {
					first = evi{Part: PartText, Start: base + from + open, End: base + end + 1}
				}
				k++
				break
			}
			j := strings.Index(in[i+2:], ", ")
			if j < 0 {
				break
			}
			i += 2 + j
		}
	}
	return k, first
}

// maxCitation is the longest parenthesis read as a reference.
const maxCitation = 64

// roleBefore reports whether a term for patients, next of kin or users
// stands before staff cue i in its clause. Staff named after them, or
// after a phrase that addresses them, are one audience among others ("for
// dei som rammes, for pårørande, for fagpersonar"), not the only one; in
// training for staff they come first ("kurs for helsepersonell som møter
// pasientar med kols").
func (s *scratch) roleBefore(i int) bool {
	r := s.clauses[s.cueClause[i]].firstRole
	if r < 0 {
		return false
	}
	// A role that only modifies a compound ("Pårørendeprogrammet er eit
	// verktøy for fagpersonar", "pasientopplæring for sjukepleiarar")
	// names what the thing is about, not people it is for: the first role
	// before the cue that is a word of its own counts.
	at := s.cues[i].start
	for j := int(r); j < len(s.votes) && j < int(r)+maxCuesBack && s.votes[j].ev.Start < at; j++ {
		s.work++
		v := &s.votes[j]
		if v.ref.Facet() != taxonomy.FacetRole || v.ev.Part != s.cues[i].part || v.weight <= 0 {
			continue
		}
		if t := v.ev.Term; t <= 0 || s.matches[t-1].Position != glossary.Modifier {
			return true
		}
	}
	return false
}

// audienceWords before a word for staff name them as the audience: "kurs
// for helsepersonell".
var audienceWords = []string{"for", "til"}

// inScope decides rule 1 and returns the decision, its confidence and the
// evidence for it: the features that pushed the decision its way most,
// strongest first.
func inScope(s *scratch) (bool, float64, []evi) {
	var x [numScopeFeatures]float64
	scopeFeatures(s, &x, &s.scopeEv)
	// Most features are zero, and a zero feature adds nothing to z (a
	// product of zero is a zero, and z, a sum from +0, is never -0) and
	// cannot be evidence: the others are kept in nz.
	z := 0.0
	var nz uint64
	for i := range numScopeFeatures {
		if x[i] != 0 {
			z += scopeWeights[i] * x[i]
			nz |= 1 << i
		}
	}
	p := 1 / (1 + math.Exp(-z))
	in := p >= 0.5
	conf := p
	if !in {
		conf = 1 - p
	}
	// Evidence: up to three features whose contribution points the way of
	// the decision, largest first (the first feature first among equals).
	var top [3]int
	var topC [3]float64
	nTop := 0
	for nz &^= 1; nz != 0; nz &= nz - 1 {
		i := bits.TrailingZeros64(nz)
		c := scopeWeights[i] * x[i]
		if !in {
			c = -c
		}
		if c <= 0 || s.scopeEv[i].End <= s.scopeEv[i].Start || nTop == len(top) && c <= topC[nTop-1] {
			continue
		}
		j := min(nTop, len(top)-1)
		for ; j > 0 && topC[j-1] < c; j-- {
			top[j], topC[j] = top[j-1], topC[j-1]
		}
		top[j], topC[j] = i, c
		nTop = min(nTop+1, len(top))
	}
	out := s.posEv[:0]
	for _, i := range top[:nTop] {
		e := s.scopeEv[i]
		e.Facet, e.Value, e.Sense, e.InScope = 0, taxonomy.Ref{}, taxonomy.Ref{}, in
		e.Basis = bOffering
		if !in {
			e.Basis = bOutOfScope
		}
		out = append(out, e)
	}
	s.posEv = out
	return in, conf, out
}
