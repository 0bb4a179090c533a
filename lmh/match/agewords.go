package match

import (
	"strconv"
	"strings"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// Ages in a need text. A number is an age when the words around it say so
// ("58 år", "åtti år gamal", "45-åring", "gutt på 6 år", "Mamma er 84",
// "no er eg 23") and not a duration ("røykt i 30 år", "for to år siden",
// "i over ett år", "dei siste åra"). The age is given to the person the
// words before it in the sentence point to (voice.person): the need's own
// age is the writer's (or a case worker's client's), and a relative's age
// is kept apart. Age groups come from words ("i 40-åra", "pensjonist") and,
// for a writer who is next of kin as a parent, partner, adult child or
// older sibling, from the voice: such a writer is an adult.

// ageFacts is what readAges finds.
type ageFacts struct {
	own      *int // the age of the person whose need it is
	relative *int // the age of the relative the writer is next of kin to
	groups   []taxonomy.AgeGroup
}

// numberWords are the Norwegian numbers from 2 to 19, and the tens, in
// Bokmål and Nynorsk. One (en, ein, ett, eitt) is left out: it is an
// article far more often than an age.
var numberWords = map[string]int{
	"to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtte": 8, "ni": 9, "ti": 10,
	"elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16, "sytten": 17,
	"atten": 18, "nitten": 19, "tjue": 20, "tyve": 20, "tretti": 30, "tredve": 30, "førti": 40, "femti": 50,
	"seksti": 60, "sytti": 70, "åtti": 80, "nitti": 90, "hundre": 100,
}

var tensWords = []string{"tjue", "tyve", "tretti", "tredve", "førti", "femti", "seksti", "sytti", "åtti", "nitti"}

// unitWords are the units a tens word takes after it ("femtito").
var unitWords = map[string]int{"en": 1, "ein": 1, "ett": 1, "eitt": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5,
	"seks": 6, "sju": 7, "syv": 7, "åtte": 8, "ni": 9}

// numberOf returns the number word s stands for: up to three digits, or a
// number word from 2 to 100 ("femtito", "tjueein"); -1 otherwise.
func numberOf(s string) int {
	if len(s) > 0 && len(s) <= 3 && s[0] >= '0' && s[0] <= '9' {
		if n, err := strconv.Atoi(s); err == nil {
			return n
		}
		return -1
	}
	if n, ok := numberWords[s]; ok {
		return n
	}
	for _, t := range tensWords {
		if rest, ok := strings.CutPrefix(s, t); ok {
			if u, ok := unitWords[rest]; ok {
				return numberWords[t] + u
			}
		}
	}
	return -1
}

// durationBefore are words that make "N år" a span of time, not an age.
var durationBefore = []string{"i", "for", "etter", "siden", "sidan", "gjennom", "om", "hvert", "kvart", "siste",
	"første", "fyrste", "hele", "heile", "snart", "innen", "innan", "over", "nesten", "under", "bare", "berre"}

// unitAfter are units that make "på N" something other than an age.
var unitAfter = []string{"år", "dager", "dagar", "uker", "veker", "måneder", "månader", "timer", "timar",
	"kilo", "kg", "km", "prosent", "ganger", "gonger", "minutter", "minutt", "mil", "meter", "dagen", "døgn"}

// personWord reports whether token i names a person: a word readVoice
// marked, or a noun for a person.
func personWord(toks []token, v *voice, i int) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	return v.refs[i] != whoNone || is(toks, i, "min", "mi", "mitt", "vår", "vårt", "mann", "kvinne", "dame", "gutt", "jente",
		"gut", "barn", "person", "mannen", "kvinna", "kvinnen", "pasient", "bruker", "brukar", "beboer", "bebuar", "elev")
}

// ageAt returns the age token i states, or -1.
func ageAt(toks []token, v *voice, i int) int {
	t := toks[i]
	// "45-åring", "45-åringen", "45 åring"
	if n, ok := strings.CutSuffix(t.s, "-åring"); ok {
		return numberOf(n)
	}
	if n, ok := strings.CutSuffix(t.s, "-åringen"); ok {
		return numberOf(n)
	}
	n := t.num
	if n < 0 || n > taxonomy.MaxAge {
		return -1
	}
	next := i + 1
	switch {
	case is(toks, next, "år", "års", "åring") && sameClause(toks, i, next):
		if is(toks, next+1, "gammel", "gamal", "gamle", "gammal") {
			return n
		}
		if is(toks, next+1, "siden", "sidan", "til", "fram", "frem", "etter") || is(toks, next, "års") {
			return -1
		}
		prev := i - 1
		switch {
		case prev < 0 || toks[prev].sent != t.sent:
			return n // "45 år, bor i Kongsberg"
		case toks[prev].clause != t.clause:
			return n // "Ein brukar av oss, 41 år, slit …"
		case is(toks, prev, "på"):
			if personWord(toks, v, prev-1) || personWord(toks, v, prev-2) {
				return n // "gutt på 6 år", "ei kvinne på 58 år"
			}
			return -1 // "ikke røykt på 3 år"
		case is(toks, prev, "over", "nesten", "snart", "bare", "berre", "under") && is(toks, prev-1, "er", "blir", "fyller", "fyl"):
			return n // "er over 80 år"
		case is(toks, prev, durationBefore...):
			return -1
		}
		return n // "er 58 år", "Jeg er 34 år"
	case t.paren && personWord(toks, v, i-1) && !is(toks, next, unitAfter...):
		return n // "Min sønn (10)"
	case is(toks, i-1, "på") && personWord(toks, v, i-2) && !is(toks, next, unitAfter...):
		return n // "Mannen min på 58 har …"
	case is(toks, i-1, "er", "blir", "fyller", "fyl", "vart", "ble", "blei") && (next >= len(toks) || toks[next].clause != t.clause || is(toks, next, "og", "men")):
		if i-2 < 0 || toks[i-2].sent != t.sent || personWord(toks, v, i-2) || v.namedBefore(toks, i) {
			return n // "Jeg er 71.", "Er 68.", "Mamma er 84 og …", "Jeg har Crohns og er 27."
		}
	case personWord(toks, v, i-1) && is(toks, i-2, "er") && (next >= len(toks) || toks[next].clause != t.clause || is(toks, next, "og", "men")):
		return n // "No er eg 23 og …"
	}
	return -1
}

// decadeAt returns the first year of the decade token i names ("i
// 40-åra", "i førtiåra", "i 50-årene"), or -1.
func decadeAt(toks []token, i int) int {
	if !is(toks, i-1, "i") {
		return -1
	}
	for _, suf := range []string{"-åra", "-årene", "-åras", "åra", "årene", "-års"} {
		if n, ok := strings.CutSuffix(toks[i].s, suf); ok {
			if d := numberOf(n); d >= 10 && d <= 110 && d%10 == 0 {
				return d
			}
		}
	}
	return -1
}

// readAges finds the ages and age groups of a text.
func readAges(toks []token, v *voice) ageFacts {
	var f ageFacts
	need := v.needPerson()
	var groups uint64
	for i := range toks {
		if a := ageAt(toks, v, i); a >= 0 {
			switch v.person(toks, i) {
			case need:
				if f.own == nil {
					f.own = &a
				}
			case whoRelative:
				if f.relative == nil {
					f.relative = &a
				}
			}
			continue
		}
		if d := decadeAt(toks, i); d >= 0 && v.person(toks, i) == need {
			for _, g := range taxonomy.AgeGroupsBetween(d, d+9) {
				groups |= bit(g)
			}
			continue
		}
		if strings.HasPrefix(toks[i].s, "pensjonist") || toks[i].s == "pensjonert" || toks[i].s == "alderspensjonist" {
			if v.person(toks, i) == need {
				groups |= bit(taxonomy.AgeGroupElderly)
			}
		}
	}
	switch {
	case f.own != nil:
		return f // the group is the age's
	case groups == 0 && v.voice == voiceRelative:
		switch v.relative {
		case RelativeChild, RelativePartner, RelativeParent:
			groups = bit(taxonomy.AgeGroupAdults) // a parent, partner or adult child
		case RelativeSibling:
			if v.olderSibling {
				groups = bit(taxonomy.AgeGroupAdults)
			}
		}
	}
	for _, g := range taxonomy.All[taxonomy.AgeGroup]() {
		if groups&bit(g) != 0 {
			f.groups = append(f.groups, g)
		}
	}
	return f
}
