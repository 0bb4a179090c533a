package classify

// What termVotes reads around a match: whether it is part of a name, the
// head of its compound, the word before it, an address, a genitive, a
// clause-opening place, a list. Each reads a bounded number of bytes.

import (
	"strings"

	"github.com/lmhkit/lmhkit/glossary"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// wordContext is what termVotes knows of one match's context, each part
// worked out the first time a sense asks for it.
type wordContext struct {
	s   *scratch
	i   int
	m   *glossary.Match
	src string

	nameDone, isName bool
	headDone         bool
	headWord         string
}

// name reports whether the match is written as part of a proper name
// (and is not itself a capitalised term: a glossary term written with a
// capital, "Parkinsons sykdom", "Kreftforeningen", makes a capital in the
// text say nothing about a name around it).
func (x *wordContext) name() bool {
	if !x.nameDone {
		x.nameDone = true
		// A word that starts with a small ASCII letter is no name (inName
		// asks first for a capital); most words do.
		c := x.src[x.m.Start]
		x.isName = (c < 'a' || c > 'z') && x.s.inName(x.i) && !isCapital(x.m.Term)
	}
	return x.isName
}

// head returns the rest of the word after a compound's modifier ("" for a
// match that is not a modifier).
func (x *wordContext) head() string {
	if !x.headDone {
		x.headDone = true
		if x.m.Position == glossary.Modifier {
			x.headWord = headAfter(x.src, x.m.End)
		}
	}
	return x.headWord
}

// unitHead reports whether the match is the modifier of a compound that
// names a unit.
func (x *wordContext) unitHead() bool { h := x.head(); return h != "" && isUnitHead(h) }

// inOrgName reports whether m lies inside an enclosing match that names an
// organisation or a unit ("Psykiatri" in "Psykiatrisk klinikk").
func (s *scratch) inOrgName(m *glossary.Match, open []int) bool {
	for _, j := range open {
		if s.matches[j].End >= m.End && namesOrganisation(&s.matches[j]) {
			return true
		}
	}
	return false
}

// wordBefore returns the word before byte start (at most 16 bytes back,
// across one space).
func wordBefore(src string, start int) string {
	j := start
	for j > 0 && start-j < 2 && src[j-1] == ' ' {
		j--
	}
	if j == start {
		return ""
	}
	i := j
	for i > 0 && j-i < 16 && isWordByte(src[i-1]) {
		i--
	}
	return src[i:j]
}

// inAddress reports whether the span is part of an e-mail or web address
// ("post@lindesnes.kommune.no").
func inAddress(src string, start, end int) bool {
	if start > 0 && (src[start-1] == '@' || src[start-1] == '.' || src[start-1] == '/') {
		return true
	}
	return end+1 < len(src) && src[end] == '.' && src[end+1] >= 'a' && src[end+1] <= 'z'
}

// isAllCaps reports whether t has two or more letters, all capitals.
func isAllCaps(t string) bool {
	n := 0
	for i := 0; i < len(t); i++ {
		switch b := t[i]; {
		case b >= 'a' && b <= 'z', b >= 0xC3 && i+1 < len(t) && t[i+1] >= 0xA0:
			return false
		case b >= 'A' && b <= 'Z':
			n++
		}
	}
	return n >= 2
}

// locativeLead reports whether match i follows a clause-opening "I" ("I
// Flekkefjord kommune kan innbyggerne …"): a place the clause is set in,
// not its subject.
func (s *scratch) locativeLead(i int) bool {
	src := s.partText(s.part(i))
	w := s.clauseFirstWord(s.matchClause[i])
	if w+2 > len(src) || src[w] != 'I' && src[w] != 'i' || src[w+1] != ' ' {
		return false
	}
	// The match is in the clause's opening phrase: at most three words in
	// (so at most 48 bytes are read).
	m := &s.matches[i]
	words, last := 0, w+2 // last: the start of the word before the match
	for j := w + 2; j < m.Start && j < len(src); j++ {
		s.work++
		if j-w > 48 {
			return false
		}
		if src[j] == ' ' {
			words++
			if words > 2 {
				return false
			}
			if j+1 < m.Start {
				last = j + 1
			}
		}
	}
	// A name after a word in lower case begins a phrase of its own: the
	// place phrase ended at a verb ("I Steinkjer har LPP Trøndelag startet
	// …"), and the name is the clause's subject.
	if words > 0 {
		up, _ := capitalAt(src, m.Start)
		prevUp, _ := capitalAt(src, last)
		return !up || prevUp
	}
	return true
}

// headAfter returns the rest of the word after a compound's modifier,
// without a joining hyphen: "koordinator" after "kreft" in
// "kreftkoordinator". It reads at most 24 bytes.
func headAfter(src string, end int) string {
	j := end
	if j < len(src) && src[j] == '-' {
		j++
	}
	k := j
	for k < len(src) && k-j < 24 && (isWordByte(src[k]) || src[k] == '-') {
		k++
	}
	return src[j:k]
}

// isUnitHead reports whether a compound's head names a unit, a job or an
// organisation, also after a linking s ("pasientsikkerhet").
func isUnitHead(h string) bool {
	return hasUnitPrefix(h) || len(h) > 1 && (h[0] == 's' || h[0] == 'S') && hasUnitPrefix(h[1:])
}

// unitHeadsByFirst buckets unitHeads by their first letter, so a check
// compares a handful of heads, not all of them.
var unitHeadsByFirst = func() (t [26][]string) {
	for _, h := range unitHeads {
		t[h[0]-'a'] = append(t[h[0]-'a'], h)
	}
	return t
}()

// hasUnitPrefix reports whether one of unitHeads begins h (ASCII capitals
// fold).
func hasUnitPrefix(h string) bool {
	if h == "" {
		return false
	}
	b := h[0] | 0x20
	if b < 'a' || b > 'z' {
		return false
	}
	return foldPrefixIn(h, unitHeadsByFirst[b-'a'])
}

// genitiveEndings are what follows a glossary form in its genitive.
var genitiveEndings = []string{"s", "es", "ens", "enes", "ers", "ernes", "ns"}

// isGenitive reports whether the word ending at end is a genitive
// ("pasientenes", "pasientens", "pasientane sine"): the glossary's forms
// stop before the s.
func isGenitive(src string, end int) bool {
	j := end
	for j < len(src) && j-end < 6 && isWordByte(src[j]) {
		j++
	}
	switch w := src[end:j]; {
	case foldIn(w, genitiveEndings):
		return true
	case w == "":
		rest := src[j:min(j+5, len(src))]
		return hasPrefixWord(rest, " sin") || hasPrefixWord(rest, " sine")
	}
	return false
}

// namesOrganisation reports whether a match is the name of an
// organisation (it has an arena sense): "Norsk Revmatikerforbund" names
// rheumatism, but a listing that mentions the organisation is not thereby
// about rheumatism (rule 2).
func namesOrganisation(m *glossary.Match) bool {
	for _, r := range m.Senses {
		if r.Facet() == taxonomy.FacetArena {
			return true
		}
	}
	return false
}

// otherProgrammeNear reports whether a programme or another offering's
// term that does not overlap match i stands in clause cl, among the 16
// matches on either side: the clause lists offerings.
func (s *scratch) otherProgrammeNear(i int, cl int32) bool {
	m, c := &s.matches[i], &s.clauses[cl]
	part := s.part(i)
	for j := max(i-16, 0); j < min(i+17, len(s.matches)); j++ {
		o := &s.matches[j]
		s.work++
		if j == i || s.part(j) != part || o.Start < int(c.start) || o.Start >= int(c.end) ||
			o.Start < m.End && m.Start < o.End {
			continue
		}
		for _, r := range o.Senses {
			if f := r.Facet(); f == taxonomy.FacetProgramme || f == taxonomy.FacetConcept {
				return true
			}
		}
	}
	return false
}

// territories are the arena nouns that name an area as well as its
// administration: "i kommunen", "bur i bydelen", "i begge kommuner".
var territories = newWordSet([]string{"kommune", "kommunen", "kommuner", "kommunene", "kommunar", "kommunane",
	"bydel", "bydelen", "bydeler", "bydelar", "herad", "heradet"})

// territoryWords may stand between "i" and a territory: words that pick
// one out ("i vår kommune", "i heile kommunen", "i begge kommuner").
var territoryWords = newWordSet([]string{"vår", "din", "di", "hele", "heile", "denne", "sin", "si", "store",
	"begge", "egen", "eigen", "eiga"})

// ownedUnits end the words for a unit or a job that a territory before
// them employs ("demensteamet i kommunen", "tenesta i bydelen").
var ownedUnits = []string{"team", "teamet", "tjeneste", "tjenesten", "teneste", "tenesta", "koordinator",
	"koordinatoren", "sentral", "sentralen", "senter", "senteret", "kontor", "kontoret", "avdeling", "avdelingen",
	"avdelinga", "enhet", "enheten", "eining", "eininga", "pleier", "pleieren", "pleiar", "pleiaren", "lege", "legen",
	"psykolog", "psykologen", "terapeut", "terapeuten", "kontakt", "kontakten", "helsehjelp", "helsehjelpa"}

// inTerritory reports whether the arena noun at [start:end) names an area
// after "i", with no name of its own ("som bur i kommunen", "tilbod som
// finst i kommunen", "i begge kommuner"): where someone lives or something
// is, not who organises it. With a name ("Fysioterapitjenesten i Ringsaker
// kommune") it names whose a service is, and counts as before. It reads
// back at most four words of at most 16 bytes.
func inTerritory(src string, start, end int) bool {
	if b := src[start] | 0x20; b != 'k' && b != 'b' && b != 'h' {
		return false // the first letters of territories
	}
	if end < len(src) && isWordByte(src[end]) || !territories.hasFold(src[start:end]) {
		return false // "i kommunens regi": the genitive says whose
	}
	at := start
	for range 4 {
		w := wordBefore(src, at)
		switch {
		case w == "i" || w == "I":
			for at > 0 && src[at-1] == ' ' {
				at--
			}
			// "demensteamet i kommunen", "psykologen i kommunen": a
			// unit or a job before it is the kommune's own.
			return foldSuffixOf(wordBefore(src, at-len(w)), ownedUnits) == ""
		case !territoryWords.hasFold(w):
			return false // also "": no word before
		}
		for at > 0 && src[at-1] == ' ' {
			at-- // the one or two spaces wordBefore skipped
		}
		at -= len(w)
	}
	return false
}

// bareKinds are the heads of arena nouns for an institution, in the
// indefinite singular ("sykehus", "dagsenter", "poliklinikk").
var bareKinds = []string{"senter", "sykehus", "sjukehus", "klinikk"}

// bareKind reports whether the arena term at [start:end) is a whole word in
// small letters whose head is an institution's in the indefinite singular
// ("på sykehus", "ved dagsenter"): after a preposition it names a kind of
// place, as the indefinite plural names a kind of organiser (pluralKind),
// not the one that runs the offering; the definite ("på sykehuset"), a
// possessive before it ("på ditt sykehus") and a name ("ved Sykehuset i
// Vestfold") name one.
func bareKind(src string, start, end int) bool {
	if start > 0 && isWordByte(src[start-1]) || end < len(src) && isWordByte(src[end]) ||
		src[start] < 'a' || src[start] > 'z' {
		return false // part of a longer word, or a name
	}
	return foldSuffixOf(src[start:end], bareKinds) != ""
}

// pluralKind reports whether the arena term at [start:end) is written in the
// indefinite plural ("kommuner", "frisklivssentraler", "foreninger") with
// no name before it: a kind of organiser, not one ("Ørsta og Volda
// kommunar held …" names two of one kind). A capitalised term is a name
// ("Helse Stavanger"). It reads at most 40 bytes of the word and the word
// before it.
func pluralKind(src string, start, end int) bool {
	if up, _ := capitalAt(src, start); up {
		return false
	}
	for end < len(src) && isWordByte(src[end]) && end-start < 40 {
		end++
	}
	w := src[start:end]
	if len(w) <= 6 || !strings.HasSuffix(w, "er") && !strings.HasSuffix(w, "ar") ||
		strings.HasSuffix(w, "senter") || strings.HasSuffix(w, "kontor") {
		return false
	}
	up, _ := capitalAt(wordBefore(src, start)+" ", 0)
	return !up
}

// staffAfter reports whether the word after the one that ends at or after
// end names staff or a unit ("psykiatriske sykepleiere", "psykiatrisk
// sjukepleiar", "onkologisk avdeling", "demens team"): the condition word
// then says what the job or the unit is, not what the offering is about.
// The next word is in small letters (a capital starts a name, "Teams", or
// a new sentence whose full stop is missing), and a capital inside the
// word ends it (words glued together). It reads the rest of the word (at
// most 16 bytes), one space and the next word's first bytes.
func staffAfter(src string, end int) bool {
	j := end
	for j < len(src) && j-end < 16 && isWordByte(src[j]) {
		if up, _ := capitalAt(src, j); up {
			return false
		}
		j++
	}
	if j+2 >= len(src) || src[j] != ' ' || src[j+1] < 'a' || src[j+1] > 'z' {
		return false
	}
	next := src[j+1:]
	for _, h := range staffWordsByFirst[next[0]-'a'] {
		if len(next) >= len(h) && next[:len(h)] == h {
			return !foldPrefixIn(next, notStaffWords)
		}
	}
	return false
}

// notStaffWords begin words that begin like a staff word but name no
// staff: medicines and the body ("diabetes legemidler", "kols
// legemiddelbruk" are what the offering is about).
var notStaffWords = []string{"legem", "overlegem"}

// staffWordsByFirst buckets staffWords by their first letter, so a check
// compares a handful of words, not all of them.
var staffWordsByFirst = func() (t [26][]string) {
	for _, h := range staffWords {
		t[h[0]-'a'] = append(t[h[0]-'a'], h)
	}
	return t
}()

// staffWords begin the words for staff and units that a condition
// adjective or a condition written apart describes.
var staffWords = []string{"sykepleie", "sjukepleia", "lege", "overlege", "spesialist", "team", "avdeling",
	"poliklinikk", "klinikk", "seksjon", "enhet", "eining", "helsearbeid", "terapeut", "gruppeterapeut",
	"koordinator", "konsulent", "rådgiver", "rådgjevar", "fysioterapeut", "ergoterapeut", "sosionom",
	"personell", "tjeneste", "teneste", "kontor", "sykehus", "sjukehus"}

// careNouns name care a person receives: an arena word that qualifies one
// ("sykehusbehandling", "sjukehusopphald", "poliklinisk konsultasjon",
// "polikliniske timar") says what kind of care it is, not who runs the
// offering.
var careNouns = newWordSet([]string{"behandling", "behandlinga", "behandlingen", "opphold", "oppholdet", "opphald",
	"opphaldet", "innleggelse", "innleggelsen", "innlegging", "innlegginga", "konsultasjon", "konsultasjonen",
	"konsultasjonar", "konsultasjoner", "time", "timer", "timar", "timen", "kontroll", "kontroller", "kontrollar"})

// adjectiveEndings end the adjectives careReceived reads before a word for
// care.
var adjectiveEndings = []string{"sk", "ske", "skt"}

// adjectiveEnding reports whether w ends with one of adjectiveEndings,
// folding ASCII capitals: foldSuffixOf(w, adjectiveEndings) != "" without
// its loop over the list and its calls, for every arena match. c|0x20 is
// a letter's small form only for that letter and its capital.
func adjectiveEnding(w string) bool {
	n := len(w)
	if n < 2 {
		return false
	}
	switch w[n-1] | 0x20 {
	case 'k':
		return w[n-2]|0x20 == 's'
	case 'e', 't':
		return n >= 3 && w[n-2]|0x20 == 'k' && w[n-3]|0x20 == 's'
	}
	return false
}

// careReceived reports whether the arena match of x qualifies a word for
// care received (careNouns): as a compound's modifier, or as an adjective
// in -sk, -ske or -skt before one ("poliklinisk", "polikliniske"). ASCII
// capitals fold throughout ("Sykehusbehandling", "POLIKLINISK
// behandling").
func careReceived(x *wordContext) bool {
	if x.m.Position == glossary.Modifier {
		return careNouns.hasFold(x.head())
	}
	if !adjectiveEnding(x.src[x.m.Start:x.m.End]) {
		return false
	}
	next, _ := nextWordInSentence(x.src, x.m.End)
	return careNouns.hasFold(next)
}
