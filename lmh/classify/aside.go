package classify

import "strings"

// Phrases that mark a sentence as naming a condition aside from the
// offering's target, in lower case; each is found where a word begins.
var (
	// Background and statistics: how many get it, how often
	// ("Hvert år får 12 000 personer hjerneslag", "1 av 3 får kreft i
	// løpet av livet", "Demens rammer over 100 000 nordmenn"). Only with a
	// number and a word for getting it (incidenceWords) in the sentence: "to
	// ganger i året" says how often a course runs.
	statisticsMarks = []string{"hvert år", "kvart år", "hvart år", "i løpet av livet",
		"nordmenn", "statistikk", "forekomst"}
	incidenceWords = []string{"får", "få", "rammes", "rammer", "råkar", "råkast", "dør", "døyr",
		"rammet", "ramma", "lever med"}
	// A cause of another condition ("Hjerneslag er den hyppigaste årsaken
	// til afasi", "hodeskader kan føre til afasi").
	causeMarks = []string{"årsaken til", "årsak til", "årsaker til", "årsakene til", "årsaka til",
		"føre til", "fører til", "skyldes", "skuldast"}
	// The page's other offerings, now or before ("Andre tilbud: Kreftkurs,
	// …", "Se også våre andre kurs: …", "Tidligere har vi hatt kurs for
	// personer med kreft").
	otherOfferMarks = []string{"andre tilbud", "andre tilbod", "andre kurs", "se også", "sjå også",
		"tidligere har vi", "tidlegare har vi", "tidligere hatt", "tidlegare hatt", "har tidligere",
		"har tidlegare"}
	// Everyday feelings and troubles a condition may be listed among
	// ("Noen kjenner på ensomhet, uro, angst, skam …"). Two of them make
	// the list one of feelings.
	feelingWords = []string{"ensomhet", "ensomme", "ensom", "einsemd", "einsame", "einsam", "uro",
		"skam", "utilstrekkelighet", "utilstrekkelegheit", "prestasjonspress", "utenforskap",
		"utanforskap", "sinne", "tristhet", "tristheit", "bekymring", "bekymringer", "bekymringar",
		"skyld", "skyldfølelse", "skuldkjensle", "frustrasjon", "sjalusi", "mindreverd"}
	// Words for a unit or an organisation whose field a condition after
	// "for", "i" or "innen" names ("pårørendeorganisasjon for den som er
	// berørt av rus", "en tjeneste i psykisk helse og rus"), with the
	// endings they take.
	unitNouns   = []string{"organisasjon", "tjeneste", "teneste", "forening", "foreining", "forbund", "avdeling", "klinikk", "seksjon", "enhet", "eining", "kontor"}
	unitEndings = []string{"", "en", "et", "a", "er", "ar", "ene", "ane"}
	unitLinks   = []string{"for", "i", "innen", "innan", "innenfor", "innanfor"}
	negations   = []string{"ikke", "ikkje"}
	onlyWords   = []string{"kun", "bare", "berre"}
)

// asideKind says why a condition term is named aside from the offering's
// target, if it is.
type asideKind uint8

const (
	asideNone  asideKind = iota // the term may name the target
	asideUnit                   // the field of a unit or an organisation
	asideOther                  // background, a cause, feelings, "not only", other offerings
)

// asideSentence tells whether the sentence of part p around [start, end)
// names what lies there aside from the offering's target: the page's
// other offerings, "not only" ("tilbudet er ikke knytta kun til
// kreftsykdom"), the field of a unit or an organisation named just before
// it, and, where the sentence addresses no one ("personer med", "for deg
// med"), background or statistics, a cause of another condition or a
// list of feelings.
func (s *scratch) asideSentence(p Part, start, end int) asideKind {
	src := s.partText(p)
	a, b := start, end
	for a > 0 && !isSentenceEnd(src[a-1]) {
		a--
	}
	for b < len(src) && !isSentenceEnd(src[b]) {
		b++
	}
	s.work += b - a
	sent := strings.ToLower(src[a:b])
	if hasMark(sent, otherOfferMarks) || notOnly(sent) {
		return asideOther
	}
	if unitFieldBefore(sent, start-a) {
		return asideUnit
	}
	if s.addressedIn(p, a, b) {
		return asideNone
	}
	if hasDigit(sent) && hasMark(sent, statisticsMarks) && hasMark(sent, incidenceWords) || hasMark(sent, causeMarks) ||
		countMarks(sent, feelingWords) >= 2 {
		return asideOther
	}
	return asideNone
}

// addressedIn reports whether a cue that addresses people with something
// ("personer med", "for deg med") lies in [a, b) of part p.
func (s *scratch) addressedIn(p Part, a, b int) bool {
	for i := range s.cues {
		c := &s.cues[i]
		if c.part == p && c.start >= a && c.end <= b && (c.kind == cueAddressed || c.kind == cueAddressedYou) {
			return true
		}
	}
	return false
}

// isSentenceEnd reports whether b ends a sentence (a line ends one too).
func isSentenceEnd(b byte) bool { return b == '.' || b == '!' || b == '?' || b == '\n' }

// hasMark reports whether any of marks begins a word in sent.
func hasMark(sent string, marks []string) bool { return countMarks(sent, marks) > 0 }

// countMarks counts the marks that occur in sent as whole words at their
// start (a mark that ends in a letter must end a word too).
func countMarks(sent string, marks []string) int {
	n := 0
	for _, m := range marks {
		for i := 0; ; {
			j := strings.Index(sent[i:], m)
			if j < 0 {
				break
			}
			j += i
			i = j + 1
			e := j + len(m)
			if (j == 0 || !isWordByte(sent[j-1])) && (e == len(sent) || !isWordByte(sent[e])) {
				n++
				break
			}
		}
	}
	return n
}

// hasDigit reports whether s holds a digit.
func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// notOnly reports whether sent says "not only": a negation and, within
// the two words after it, "kun", "bare" or "berre" ("ikke knytta kun til
// kreftsykdom"; not "ikke henvisning, bare meld deg på").
func notOnly(sent string) bool {
	for _, n := range negations {
		i := wordIndex(sent, n)
		if i < 0 {
			continue
		}
		words := strings.Fields(sent[i+len(n):])
		for k := 0; k < len(words) && k < 2; k++ {
			if foldIn(words[k], onlyWords) {
				return true
			}
		}
	}
	return false
}

// unitFieldBefore reports whether, within the five words before byte at
// of sent, a word for a unit or an organisation (unitNouns, also as a
// compound's head) is followed by "for", "i" or "innen".
func unitFieldBefore(sent string, at int) bool {
	words := strings.Fields(sent[:at])
	for k := len(words) - 1; k >= 1 && k >= len(words)-6; k-- {
		w := strings.Trim(words[k], ",;:()«»\"")
		if !foldIn(w, unitLinks) {
			continue
		}
		u := strings.Trim(words[k-1], ",;:()«»\"")
		for _, n := range unitNouns {
			for _, e := range unitEndings {
				if strings.HasSuffix(u, n+e) {
					return true
				}
			}
		}
	}
	return false
}

// wordIndex returns where w first occurs in sent as a whole word, or -1.
func wordIndex(sent, w string) int {
	for i := 0; ; {
		j := strings.Index(sent[i:], w)
		if j < 0 {
			return -1
		}
		j += i
		e := j + len(w)
		if (j == 0 || !isWordByte(sent[j-1])) && (e == len(sent) || !isWordByte(sent[e])) {
			return j
		}
		i = j + 1
	}
}
