package match

import (
	"strings"
	"sync"

	"golang.org/x/text/unicode/norm"

	"github.com/lmhkit/lmhkit/lmh/geo"
	gazetteer "github.com/lmhkit/lmhkit/lmh/geo/places"
)

// Where the person lives, from a need text. A place is a name after a
// preposition (i, på, fra, frå, ved): a municipality (lmh/geo, with its
// Sami or other name from lmh/geo/places), a town, village or bydel
// (lmh/geo/places, read as its municipality), or a region or county
// (places.FindRegion, geo.FindCounty, read as a county). The words before
// it in its clause say what the place is to the person:
//
//   - where they live ("bor i", "bur heime på", "bosatt i", "Hei fra"):
//     the answer, unless the one who lives there is a relative ("mor bor i
//     Larvik") — then it is the relative's;
//   - where they travel, work, study, were born or are treated ("reise til
//     Oslo", "jobber i Narvik", "studerer i Bergen", "på sykehuset i"): not
//     theirs;
//   - where a case worker's service is ("fastlege i Steinkjer"): the
//     client's place, inferred;
//   - otherwise ("finnes det noe i Tromsø?"): theirs, inferred.
//
// A name in lower case is read only after a word of living, and never when
// it is also a common word (heim, time, nes). A name shared by two
// municipalities (Herøy, Våler) is left out rather than guessed.

// placeReading is what readPlace finds.
type placeReading struct {
	municipality string // kommunenummer
	county       string // fylkesnummer, when only a county or region is named
	inferred     bool
	spans        [][2]int // the byte spans of every place name read, wherever it is
}

// placeKind is what a place is to the person.
type placeKind uint8

const (
	placeNone      placeKind = iota
	placeWeak                // named without a word of living
	placeService             // a case worker's service
	placeResidence           // where the person lives
)

var (
	livingWords = []string{"bor", "bur", "bosatt", "busett", "busatt", "bustad", "hjemme", "heime", "heima",
		"hjemmehørende", "heimehøyrande", "flyttet", "flytta", "flytte", "holder", "held", "fra", "frå", "hilsen", "helsing"}
	notLivingWords = []string{"reise", "reiser", "reist", "reisa", "reiste", "kjøre", "kjører", "køyre", "køyrer", "dra",
		"drar", "fly", "pendle", "pendler", "pendlar", "besøke", "besøker", "besøkje", "behandling", "behandlinga",
		"operasjon", "operasjonen", "innlagt", "innlegging", "sykehus", "sykehuset", "sjukehus", "sjukehuset",
		"studerer", "studerar", "studere", "student", "jobber", "jobbar", "jobbe", "arbeider", "arbeidar", "jobb",
		"jobben", "institusjon", "sykehjem", "sykehjemmet", "sjukeheim", "sjukeheimen", "avlastning", "avlasting",
		"født", "fødd", "oppvokst", "vokste", "vaks", "opprinnelig", "opphavleg", "kommer", "kjem", "kom", "ferie",
		"hytte", "hytta", "hyttetur", "kontroll", "poliklinikk", "timen", "time"}
	serviceWords = append([]string{"kommune", "kommunen", "helseteneste", "helsetjeneste", "helsetjenesten",
		"helsetenesta", "tjenesten", "tenesta", "ungdomsskole", "ungdomsskule", "skolen", "skulen", "legekontor",
		"legekontoret", "senter", "senteret", "bydel", "bydelen"}, caseWorkerWords...)
	// commonWords are municipality names that are also everyday words,
	// read only when written with a capital.
	commonWords = []string{"heim", "time", "nes", "sel", "vik", "hole", "lund", "stad", "kinn", "bø", "hå", "os",
		"grue", "gran", "vang", "fjord", "moss", "sola", "frøya", "bygland", "leka", "hurdal", "ski", "sande",
		"nord", "sør", "aure", "fedje", "fitjar", "rana", "alver", "nesna", "lom", "ål", "re", "lier", "flå", "hol",
		"ås", "marker", "råde", "strand", "stranda", "grane", "valle", "vega", "luster", "hjelmeland", "karlsøy", "tana"}
)

var (
	notLivingSet = wordSet(notLivingWords)
	serviceSet   = wordSet(serviceWords)
)

// readPlace finds where the person lives.
func readPlace(text string, toks []token, v *voice) placeReading {
	var best placeReading
	bestKind := placeNone
	need := v.needPerson()
	for p := 0; p+1 < len(toks); p++ {
		near := is(toks, p, "utenfor", "utanfor", "nær") || is(toks, p, "av") && is(toks, p-1, "nærheten", "nærleiken", "nærhet")
		if !is(toks, p, "i", "på", "fra", "frå", "ved", "til", "bosatt", "busett", "busatt") && !near {
			continue
		}
		s := p + 1
		if is(toks, s, "bydel", "bydelen") && sameClause(toks, p, s+1) {
			s++
		}
		muni, county, n := resolvePlace(text, toks, s)
		if n == 0 {
			continue
		}
		best.spans = append(best.spans, [2]int{toks[s].start, toks[s+n-1].end})
		kind := placeWeak
		livesThere := is(toks, p, "fra", "frå", "bosatt", "busett", "busatt") // "Hei fra Bodø", "bosatt Tønsberg"
		// The words before the preposition in its clause, nearest first.
		for k := p - 1; k >= 0 && k >= p-5 && sameClause(toks, k, p); k-- {
			w := toks[k].s
			switch {
			case notLivingSet[w]:
				kind = placeNone
			case slicesContains(livingWords, w):
				livesThere = true
			case serviceSet[w]:
				if v.voice == voiceCaseWorker {
					kind = placeService
				}
			default:
				continue
			}
			break
		}
		if toks[p].s == "til" && !is(toks, p-1, "flyttet", "flytta", "flytte") {
			kind = placeNone // where one goes
		}
		if toks[p].s == "fra" || toks[p].s == "frå" {
			switch {
			case is(toks, p-1, "opprinnelig", "opphavleg", "opprinneleg", "flyttet", "flytta", "hjelp", "brev", "time", "egentlig", "eigentleg", "født", "fødd", "oppvokst") ||
				is(toks, p-2, "opprinnelig", "opphavleg", "opprinneleg"):
				kind = placeNone // where one comes from
			case is(toks, p-1, "er", "kommer", "kjem", "kom"):
				livesThere = false // "er fra Gjøvik": likely where one lives, but not said
			}
		}
		if livesThere && kind != placeNone && !near {
			kind = placeResidence
			if w := v.subject(toks, p); w != need {
				kind = placeNone // a relative's place ("mor bor i Larvik")
			}
		}
		if kind == placeWeak || kind == placeService {
			if w := v.person(toks, p); w == whoRelative || w == whoOther {
				kind = placeNone
			}
		}
		// A name in lower case that is also an everyday word only where
		// the person says they live.
		if !toks[s].upper && kind != placeResidence && slicesContains(commonWords, toks[s].s) {
			continue
		}
		if kind > bestKind {
			best.municipality, best.county, best.inferred, bestKind = muni, county, kind != placeResidence, kind
		}
		p = s + n - 1
	}
	if bestKind == placeNone {
		// A clause that is only a place name ("Kari, 58 år, Tønsberg.").
		for s := 0; s < len(toks); s++ {
			if !toks[s].upper || s > 0 && toks[s-1].clause == toks[s].clause {
				continue
			}
			muni, county, n := resolvePlace(text, toks, s)
			if n > 0 && (s+n == len(toks) || toks[s+n].clause != toks[s].clause) {
				best.municipality, best.county, best.inferred = muni, county, true
				best.spans = append(best.spans, [2]int{toks[s].start, toks[s+n-1].end})
				break
			}
		}
	}
	return best
}

// areaSuffixes make "Drammensområdet" the Drammen area.
var areaSuffixes = []string{"sområdet", "-området", "området", "sregionen", "-regionen", "regionen", "-distriktet", "sdistriktet", "-kanten", "kanten"}

// resolvePlace reads the place name of up to three words starting at
// token s: a municipality (or, county, a county), and how many words it
// took; n is 0 when there is none. A one-word name of an area
// ("Drammensområdet") is read as the place it is named after.
func resolvePlace(text string, toks []token, s int) (muni, county string, n int) {
	if m, c, k := resolveName(text, toks, s); k > 0 {
		return m, c, k
	}
	w := text[toks[s].start:toks[s].end]
	for _, suf := range areaSuffixes {
		if stem, ok := strings.CutSuffix(strings.ToLower(w), suf); ok && len(stem) >= 3 {
			if ms := geo.Find(stem); len(ms) == 1 {
				return ms[0].Number, "", 1
			}
			if ps := gazetteer.Find(stem); len(ps) == 1 {
				return ps[0].Municipality, "", 1
			}
		}
	}
	return "", "", 0
}

// placeWords are the first words of every name resolveName knows, in
// lower case, and the counties by lower-case name: most words start no
// place name, and the lookups are not tried for them.
var placeWords = sync.OnceValues(func() (map[string]bool, map[string]string) {
	first := map[string]bool{}
	add := func(name string) {
		if f := strings.Fields(strings.ToLower(norm.NFC.String(name))); len(f) > 0 {
			first[strings.Trim(f[0], "-.")] = true
		}
	}
	for _, m := range geo.Municipalities() {
		add(m.Name)
		add(m.ParallelName)
		add(strings.SplitN(m.Name, " (", 2)[0])
	}
	for _, p := range gazetteer.All() {
		add(p.Name)
	}
	for _, r := range gazetteer.Regions() {
		add(r.Name)
	}
	counties := map[string]string{}
	for _, c := range geo.Counties() {
		add(c.Name)
		counties[strings.ToLower(c.Name)] = c.Number
	}
	return first, counties
})

// resolveName is resolvePlace for names as written.
func resolveName(text string, toks []token, s int) (muni, county string, n int) {
	first, counties := placeWords()
	if !first[toks[s].s] && !first[strings.ToLower(norm.NFC.String(text[toks[s].start:toks[s].end]))] {
		return "", "", 0
	}
	for n = min(3, len(toks)-s); n >= 1; n-- {
		if !sameClause(toks, s, s+n-1) {
			continue
		}
		name := text[toks[s].start:toks[s+n-1].end]
		if ms := geo.Find(name); len(ms) == 1 {
			// "Bø i Telemark" is not Bø in Nordland.
			if is(toks, s+n, "i") && sameClause(toks, s, s+n+1) {
				if _, c, k := resolvePlace(text, toks, s+n+1); k > 0 && c != "" && c != ms[0].County.Number {
					return "", "", 0
				}
			}
			return ms[0].Number, "", n
		} else if len(ms) > 1 {
			return "", "", 0 // Herøy, Våler: not guessed
		}
		if ps := gazetteer.Find(name); len(ps) == 1 {
			return ps[0].Municipality, "", n
		}
		if r, ok := gazetteer.FindRegion(name); ok {
			return "", r.County, n
		}
		if c, ok := counties[strings.ToLower(strings.Join(strings.Fields(name), " "))]; ok {
			return "", c, n
		}
	}
	return "", "", 0
}
