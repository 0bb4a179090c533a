package match

import "strings"

// Languages and interpreters in a need text: "snakker bare arabisk",
// "forstår lite norsk", "morsmålet mitt er somali", "treng tolk". A
// language counts when a word of speaking or understanding comes before it
// in its clause ("snakker", "forstår", "morsmål", "på", "tolk til"), or it
// is written as "arabisktalende". Norwegian said to be weak ("lite norsk",
// "ikke norsk") is left out. The languages are stated when the person says
// "bare" (only), says their Norwegian is weak, names a mother tongue or
// asks for an interpreter; otherwise they are inferred (someone who speaks
// Arabic at home may still follow a course in Norwegian), so they rank but
// never exclude.

// langReading is what readLanguages finds.
type langReading struct {
	languages   []string // BCP 47 tags, in the order named
	interpreter bool
	inferred    bool
}

// languageWords maps the Norwegian names of languages (nb and nn) to BCP
// 47 tags.
var languageWords = map[string]string{
	"norsk": "no", "bokmål": "nb", "nynorsk": "nn", "samisk": "se", "nordsamisk": "se", "sørsamisk": "sma",
	"lulesamisk": "smj", "kvensk": "fkv", "svensk": "sv", "dansk": "da", "finsk": "fi", "engelsk": "en",
	"arabisk": "ar", "somali": "so", "somalisk": "so", "tigrinja": "ti", "tigrinya": "ti", "amharisk": "am",
	"polsk": "pl", "litauisk": "lt", "latvisk": "lv", "estisk": "et", "russisk": "ru", "ukrainsk": "uk",
	"rumensk": "ro", "bulgarsk": "bg", "ungarsk": "hu", "tsjekkisk": "cs", "slovakisk": "sk", "bosnisk": "bs",
	"serbisk": "sr", "kroatisk": "hr", "albansk": "sq", "gresk": "el", "tyrkisk": "tr", "kurdisk": "ku",
	"sorani": "ckb", "persisk": "fa", "farsi": "fa", "dari": "prs", "pashto": "ps", "urdu": "ur", "hindi": "hi",
	"punjabi": "pa", "tamil": "ta", "vietnamesisk": "vi", "thai": "th", "thailandsk": "th", "kinesisk": "zh",
	"mandarin": "zh", "tagalog": "tl", "swahili": "sw", "spansk": "es", "portugisisk": "pt", "fransk": "fr",
	"italiensk": "it", "tysk": "de", "nederlandsk": "nl",
}

var (
	speakWords = []string{"snakker", "snakkar", "snakke", "prater", "pratar", "forstår", "skjønner", "skjønar",
		"kan", "leser", "les", "skriver", "skriv", "morsmål", "morsmålet", "morsmålet", "språk", "språket", "på",
		"til", "tolk", "mest", "godt", "flytende", "flytande", "litt", "berre", "bare", "kun", "og", "eller"}
	weakWords = []string{"lite", "dårlig", "dårleg", "ikke", "ikkje", "nesten", "knapt", "svakt", "ingen"}
	onlyWords = []string{"bare", "berre", "kun"}
)

// readLanguages finds the languages and the interpreter a text asks for.
func readLanguages(toks []token) langReading {
	var r langReading
	stated := false
	weakNorwegian := false
	for i, t := range toks {
		if strings.HasPrefix(t.s, "tolk") && t.s != "tolket" && t.s != "tolka" && !negated(toks, i) {
			r.interpreter = true
			continue
		}
		tag, ok := languageWords[t.s]
		if !ok {
			if !strings.Contains(t.s, "talende") && !strings.Contains(t.s, "talande") {
				continue
			}
			for name, tg := range languageWords {
				if rest, found := strings.CutPrefix(t.s, name); found && (strings.HasPrefix(rest, "talende") || strings.HasPrefix(rest, "talande")) {
					tag, ok = tg, true
					break
				}
			}
			if !ok {
				continue
			}
		} else {
			spoken := false
			for k := i - 1; k >= 0 && k >= i-4 && sameClause(toks, k, i); k-- {
				if slicesContains(speakWords, toks[k].s) || slicesContains(weakWords, toks[k].s) {
					spoken = true
					break
				}
			}
			if !spoken && !is(toks, i-1, "er") {
				continue
			}
		}
		weak := false
		for k := i - 1; k >= 0 && k >= i-3 && sameClause(toks, k, i); k-- {
			if slicesContains(weakWords, toks[k].s) {
				weak = true
			}
		}
		if tag == "no" || tag == "nb" || tag == "nn" {
			if weak {
				weakNorwegian, stated = true, true
				continue
			}
		} else if weak {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-3 && sameClause(toks, k, i); k-- {
			if slicesContains(onlyWords, toks[k].s) || strings.HasPrefix(toks[k].s, "morsmål") {
				stated = true
			}
		}
		if !slicesContains(r.languages, tag) {
			r.languages = append(r.languages, tag)
		}
	}
	_ = weakNorwegian
	r.inferred = len(r.languages) > 0 && !stated && !r.interpreter
	return r
}
