package match

import (
	"strings"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// How and when a person wants to take part, from a need text: a group
// ("vil helst ha kurs", "møte andre i samme situasjon") or one to one
// ("en-til-en", "ikke i gruppe"); digital ("på nett", "kan ikke reise",
// "bor langt unna") or in person only ("ikke digitalt", "bare fysisk
// oppmøte", "kan ikke bruke data"); and the times they can come ("jobber
// dagtid, så kveld passer" is evening only). A question about what exists
// ("finnes det kurs?") states no preference.

var (
	wishWords    = []string{"vil", "ønsker", "ønskjer", "ønske", "ønsket", "gjerne", "helst", "heller", "trenger", "treng", "tenke", "likt", "like", "liker"}
	groupPhrases = newPhrases([][]string{{"møte", "andre"}, {"treffe", "andre"}, {"møte", "folk"}, {"møte", "nokon"}, {"sammen", "med", "andre"},
		{"saman", "med", "andre"}, {"i", "samme", "situasjon"}, {"i", "same", "situasjon"}, {"andre", "som", "har"}})
	individualPhrases = newPhrases([][]string{{"en-til-en"}, {"ein-til-ein"}, {"en", "til", "en"}, {"ein", "til", "ein"}, {"på", "tomannshånd"},
		{"på", "tomannshand"}, {"noen", "alene"}, {"nokon", "åleine"}, {"individuell"}, {"individuelt"}, {"individuelle"},
		{"enesamtale"}, {"enesamtaler"}, {"eintimar"}, {"enkeltsamtale"}, {"enkeltsamtaler"}, {"enkeltsamtalar"},
		{"enkelttime"}, {"enkelttimer"}, {"enkelttimar"}, {"personlig", "veiledning"}, {"personleg", "rettleiing"}})
	inPersonPhrases = newPhrases([][]string{{"bare", "fysisk"}, {"berre", "fysisk"}, {"kun", "fysisk"}, {"bare", "oppmøte"}, {"berre", "oppmøte"},
		{"være", "oppmøte"}, {"vere", "oppmøte"}, {"ansikt", "til", "ansikt"}, {"andlet", "til", "andlet"}})
	noComputerWords = []string{"data", "pc", "datamaskin", "datamaskina", "nett", "nettet", "internett", "teams", "zoom",
		"skjerm", "nettbrett", "smarttelefon", "mobilen", "video"}
	digitalWords = []string{"digitalt", "digital", "digitale", "nettkurs", "nettbasert", "nettbaserte", "video", "videomøte",
		"videosamtale", "skjerm", "teams", "zoom", "hjemmefra", "heimanfrå", "heimefrå", "online", "nettmøte", "nettgruppe"}
	travelHardPhrases = newPhrases([][]string{{"ikke", "reise"}, {"ikkje", "reise"}, {"ikke", "å", "reise"}, {"ikkje", "å", "reise"},
		{"orker", "å", "reise"}, {"orkar", "å", "reise"}, {"langt", "unna"}, {"langt", "å", "reise"}, {"lang", "reisevei"},
		{"lang", "reiseveg"}, {"ikke", "kjøre"}, {"ikkje", "køyre"}, {"ikkje", "kjøre"}, {"tid", "på", "reising"},
		{"vanskelig", "å", "komme"}, {"vanskeleg", "å", "kome"}, {"har", "ikke", "bil"}, {"har", "ikkje", "bil"},
		{"ikke", "reise", "langt"}, {"kan", "ikke", "komme"}, {"kan", "ikkje", "kome"}, {"langt", "å", "kjøre"},
		{"langt", "å", "køyre"}, {"lang", "vei"}, {"lang", "veg"}, {"over", "nett"}, {"over", "nettet"}, {"over", "internett"},
		{"på", "pc"}, {"på", "data"}, {"på", "nettbrett"}, {"på", "mobilen"}, {"via", "nett"}, {"via", "video"},
		{"vanskelig", "å", "reise"}, {"vanskeleg", "å", "reise"}, {"tungvint", "å", "reise"}, {"tungvint", "å", "komme"},
		{"tungvint", "å", "kome"}, {"problem", "å", "reise"}, {"strevsomt", "å", "reise"}, {"slitsomt", "å", "reise"}})
)

// phraseSet holds phrases by their first word.
type phraseSet map[string][][]string

func newPhrases(ps [][]string) phraseSet {
	out := phraseSet{}
	for _, p := range ps {
		out[p[0]] = append(out[p[0]], p)
	}
	return out
}

// at reports whether one of the phrases begins at token i.
func (ps phraseSet) at(toks []token, i int) bool {
	for _, p := range ps[toks[i].s] {
		if phraseAt(toks, i, p) {
			return true
		}
	}
	return false
}

// phraseAt reports whether the words of phrase follow each other from
// token i, in one clause.
func phraseAt(toks []token, i int, phrase []string) bool {
	if i+len(phrase) > len(toks) {
		return false
	}
	for k, w := range phrase {
		if toks[i+k].s != w || toks[i+k].clause != toks[i].clause {
			return false
		}
	}
	return true
}

// isCourseWord reports whether s names a course or a group: kurs,
// gruppe, and compounds ending in them (foreldrekurs, samtalegruppa).
func isCourseWord(s string) bool {
	for _, suf := range []string{"kurs", "kurset", "kursa", "kursene", "gruppe", "gruppa", "gruppen", "grupper", "gruppene", "grupper", "skole", "skule"} {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return strings.HasPrefix(s, "gruppe")
}

// readFormat returns group or individual when the text prefers one.
func readFormat(toks []token) taxonomy.Format {
	group := false
	for i, t := range toks {
		if individualPhrases.at(toks, i) && !is(toks, i+1, "plan", "planen", "planer", "oppfølging", "tilpasset", "tilpassa") {
			return taxonomy.FormatIndividual // not "individuell plan", a plan of care
		}
		if (strings.HasPrefix(t.s, "gruppe") || t.s == "grupper") && groupRefused(toks, i) {
			return taxonomy.FormatIndividual // "ikke i gruppe", "kan ikke være med i grupper"
		}
		if isCourseWord(t.s) && !negated(toks, i) {
			for k := i - 1; k >= 0 && k >= i-4 && sameClause(toks, k, i); k-- {
				if is(toks, k, "finnes", "finst", "fins", "om", "hva", "kva") {
					break // a question about what exists
				}
				if slicesContains(wishWords, toks[k].s) {
					group = true
					break
				}
			}
		}
		if groupPhrases.at(toks, i) && !negated(toks, i) {
			group = true
		}
	}
	if group {
		return taxonomy.FormatGroup
	}
	return 0
}

// groupRefused reports whether the group word at token i is refused: a
// negation at most five words before it in its clause, or "passer ikke"
// just after.
func groupRefused(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5 && sameClause(toks, k, i); k-- {
		if is(toks, k, "ikke", "ikkje", "aldri", "uten", "utan") {
			return true
		}
	}
	return is(toks, i+1, "passer", "passar", "er") && is(toks, i+2, "ikke", "ikkje")
}

// readDelivery returns in person only, digital welcome, or nothing.
func readDelivery(toks []token) lmh.DeliveryPreference {
	digital := false
	for i, t := range toks {
		if inPersonPhrases.at(toks, i) {
			return lmh.InPersonOnly
		}
		if is(toks, i, "fysisk", "fysiske", "oppmøte", "frammøte") {
			for k := i - 1; k >= 0 && k >= i-3 && sameClause(toks, k, i); k-- {
				if is(toks, k, "bare", "berre", "kun", "må", "only") {
					return lmh.InPersonOnly // "vil bare ha fysisk oppmøte"
				}
			}
		}
		if slicesContains(noComputerWords, t.s) && negated(toks, i) && (is(toks, i-1, "bruke", "bruka", "med", "har", "på") || is(toks, i-2, "bruke", "bruka", "flink", "god", "har")) {
			return lmh.InPersonOnly // "kan ikke bruke data", "ikke flink med pc"
		}
		if slicesContains(digitalWords, t.s) || t.s == "nett" && is(toks, i-1, "på") || t.s == "nettet" && is(toks, i-1, "på") {
			if negated(toks, i) {
				return lmh.InPersonOnly // "ikke digitalt", "ikkje på nett"
			}
			digital = true
		}
		if travelHardPhrases.at(toks, i) {
			digital = true
		}
	}
	if digital {
		return lmh.DigitalOK
	}
	return 0
}

// slotWords map the words for parts of the week to time slots.
var slotWords = map[string]lmh.TimeSlot{}

func init() {
	for _, w := range []string{"kveld", "kvelden", "kvelder", "kveldene", "kveldane", "kveldar", "kveldstid", "kveldstida",
		"kveldskurs", "ettermiddag", "ettermiddagen", "ettermiddager", "ettermiddagar", "ettermiddagstid", "evening", "evenings"} {
		slotWords[w] = lmh.WeekdayEvening
	}
	for _, w := range []string{"dagtid", "dagtida", "formiddag", "formiddagen", "formiddager", "formiddagar", "daytime"} {
		slotWords[w] = lmh.WeekdayDaytime
	}
	for _, w := range []string{"helg", "helga", "helgen", "helger", "helgene", "helgar", "helgane", "helgedager", "helgedagar",
		"lørdag", "lørdager", "lørdagar", "lørdagene", "søndag", "søndager", "søndagar", "søndagene", "laurdag",
		"laurdagar", "sundag", "sundagar", "weekend", "weekends"} {
		slotWords[w] = lmh.Weekend
	}
}

// eveningPhrases are ways of saying after the working day.
var eveningPhrases = newPhrases([][]string{{"etter", "jobb"}, {"etter", "jobben"}, {"etter", "arbeid"}, {"etter", "arbeidstid"},
	{"etter", "arbeidstida"}, {"etter", "arbeidstiden"}, {"etter", "skoletid"}, {"etter", "skuletid"}})

// afterHour returns the hour of "etter klokka 17", "etter kl. 16", "etter
// fem" at token i (afternoon hours given as 1 to 8 are read as 13 to 20), or
// -1.
func afterHour(toks []token, i int) int {
	if !is(toks, i, "etter", "fra", "frå") {
		return -1
	}
	k := i + 1
	if is(toks, k, "klokka", "klokken", "kl") {
		k++
	}
	if k >= len(toks) || toks[k].num < 0 || is(toks, k+1, "år", "dager", "dagar", "uker", "veker", "måneder", "månader") {
		return -1
	}
	h := toks[k].num
	if h >= 1 && h <= 8 {
		h += 12
	}
	if h > 23 {
		return -1
	}
	return h
}

// readSlots returns the time slots the person can attend. A slot named as
// when they work ("jobber dagtid") or as a routine ("annenhver helg") is
// not one they can attend.
func readSlots(toks []token) []lmh.TimeSlot {
	var mask uint8
	for i, t := range toks {
		if eveningPhrases.at(toks, i) || afterHour(toks, i) >= 16 {
			mask |= 1 << lmh.WeekdayEvening
			continue
		}
		s, ok := slotWords[t.s]
		if !ok {
			continue
		}
		skip := false
		for k := i - 1; k >= 0 && k >= i-3 && sameClause(toks, k, i); k-- {
			if is(toks, k, "jobber", "jobbar", "arbeider", "arbeidar", "jobb", "ikke", "ikkje", "unntatt", "untatt",
				"bortsett", "annenhver", "annakvar", "kvar", "hver", "reiser", "reiser", "opptatt", "oppteken") {
				skip = true
				break
			}
		}
		if !skip {
			mask |= 1 << s
		}
	}
	var out []lmh.TimeSlot
	for s := lmh.WeekdayDaytime; s <= lmh.Weekend; s++ {
		if mask&(1<<s) != 0 {
			out = append(out, s)
		}
	}
	return out
}
