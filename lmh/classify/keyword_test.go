package classify

import (
	"strings"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// The keyword baseline: what a plain keyword list, written once from the
// vocabulary and not tuned, gets on the same listings. The quality tests
// print it beside the classifier's figures, so each figure has its
// comparison in the same run.
//
// A keyword is found where its lower-case form occurs in the lower-cased
// title and text; keywords of up to three letters only as a whole word.
// The listing is in scope when any offering word occurs. A multi-valued
// facet gets every value one of whose keywords occurs; a single-valued
// facet the value with most keyword occurrences (the first found on a tie);
// delivery is hybrid when both digital and in-person words occur.
// Conditions and programmes use the taxonomy's own nb and nn labels as
// keywords (a programme's "KiD – Kurs i depresjonsmestring" gives "kid" and
// "kurs i depresjonsmestring").

// keywordOffering are the words of an offering.
var keywordOffering = []string{"kurs", "gruppe", "skole", "skule", "tilbud", "tilbod", "samtale", "treff",
	"kafé", "mestring", "meistring", "likeperson", "selvhjelp", "sjølvhjelp", "opplæring"}

// keywordLists maps facet → value → keywords.
var keywordLists = map[string]map[string][]string{
	"format": {
		"group":      {"gruppe", "kurs", "skole", "skule", "treff", "samling"},
		"individual": {"individuell", "individuelt", "en-til-en", "én-til-én", "enkeltsamtale", "samtale med"},
	},
	"arena": {
		"specialist": {"sykehus", "sjukehus", "helseforetak", "lærings- og mestringssenter", "lms", "hf", "dps", "poliklinikk", "kompetansetjeneste"},
		"municipal":  {"kommune", "frisklivssentral", "bydel", "helsestasjon", "helsehus"},
		"voluntary":  {"forening", "foreining", "forbund", "frivillig", "organisasjon"},
		"private":    {"privat", "as"},
	},
	"delivery": {
		"digital":   {"digital", "nett", "zoom", "teams", "video", "webinar", "strømm"},
		"in_person": {"fysisk", "oppmøte", "sted:", "stad:", "lokale", "adresse", "møterom"},
	},
	"roles": {
		"patient":     {"pasient", "deg med", "deg som har", "personer med", "diagnose"},
		"next_of_kin": {"pårørende", "pårørande", "foreldre", "etterlatte", "etterlatne"},
		"user":        {"innbygg", "alle som", "frisklivs"},
	},
	"age_groups": {
		"children": {"barn", "born"},
		"youth":    {"ungdom", "unge"},
		"adults":   {"voksne", "vaksne"},
		"elderly":  {"eldre", "senior"},
	},
	"themes": {
		"nutrition":         {"kosthold", "kosthald", "ernæring", "mat"},
		"physical_activity": {"fysisk aktivitet", "trening", "trim"},
		"sleep":             {"søvn"},
		"stress":            {"stress"},
		"smoking_cessation": {"røykeslutt", "røykfri", "snus"},
		"alcohol":           {"alkohol"},
		"pain":              {"smerte"},
		"fatigue":           {"utmatt", "fatigue"},
		"rights_and_aids":   {"rettigheter", "rettar", "hjelpemidl", "nav"},
		"work":              {"arbeid", "jobb"},
		"parenting":         {"foreldrerolle", "foreldreskap"},
		"grief":             {"sorg"},
		"relationships":     {"samliv", "relasjon"},
		"medication":        {"legemidl", "medisin"},
		"mental_health":     {"psykisk helse"},
		"sexuality":         {"seksualitet"},
	},
	"conditions": labelKeywords[taxonomy.Condition](),
	"programme":  labelKeywords[taxonomy.Programme](),
}

// labelKeywords returns every code's nb and nn labels as keywords, a label
// "A – B" giving both A and B.
func labelKeywords[C taxonomy.Code]() map[string][]string {
	m := map[string][]string{}
	for _, c := range taxonomy.All[C]() {
		for _, l := range []taxonomy.Lang{taxonomy.NB, taxonomy.NN} {
			for _, k := range strings.Split(c.Label(l), " – ") {
				k = strings.ToLower(strings.TrimSpace(k))
				if k != "" && !containsString(m[c.String()], k) {
					m[c.String()] = append(m[c.String()], k)
				}
			}
		}
	}
	return m
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// keywordCount counts the occurrences of k in low (lower case).
func keywordCount(low, k string) int {
	n := 0
	for i := 0; ; {
		j := strings.Index(low[i:], k)
		if j < 0 {
			return n
		}
		start, end := i+j, i+j+len(k)
		i = start + 1
		if len([]rune(k)) <= 3 && (start > 0 && isWordByte(low[start-1]) || end < len(low) && isWordByte(low[end])) {
			continue
		}
		n++
	}
}

// keywordGuess is the keyword baseline's reading of one listing.
func keywordGuess(title, text string) realGuess {
	low := strings.ToLower(title + "\n" + text)
	var g realGuess
	for _, k := range keywordOffering {
		if keywordCount(low, k) > 0 {
			g.InScope = true
			break
		}
	}
	// counts returns each value's number of occurrences, and the values in
	// order of their first occurrence.
	counts := func(facet string) (map[string]int, []string) {
		n := map[string]int{}
		first := map[string]int{}
		for v, ks := range keywordLists[facet] {
			for _, k := range ks {
				if c := keywordCount(low, k); c > 0 {
					n[v] += c
					i := strings.Index(low, k)
					if f, ok := first[v]; !ok || i < f {
						first[v] = i
					}
				}
			}
		}
		var order []string
		for v := range n {
			order = append(order, v)
		}
		// Sort by first occurrence (then by name, for a stable order).
		for i := 1; i < len(order); i++ {
			for j := i; j > 0 && (first[order[j]] < first[order[j-1]] ||
				first[order[j]] == first[order[j-1]] && order[j] < order[j-1]); j-- {
				order[j], order[j-1] = order[j-1], order[j]
			}
		}
		return n, order
	}
	best := func(facet string) string {
		n, order := counts(facet)
		b := ""
		for _, v := range order {
			if b == "" || n[v] > n[b] {
				b = v
			}
		}
		return b
	}
	all := func(facet string) []string {
		_, order := counts(facet)
		return order
	}
	g.Format = best("format")
	g.Arena = best("arena")
	g.Programme = best("programme")
	n, _ := counts("delivery")
	switch {
	case n["digital"] > 0 && n["in_person"] > 0:
		g.Delivery = "hybrid"
	case n["digital"] > 0:
		g.Delivery = "digital"
	case n["in_person"] > 0:
		g.Delivery = "in_person"
	}
	g.Roles = all("roles")
	g.Conditions = all("conditions")
	g.Themes = all("themes")
	g.AgeGroups = all("age_groups")
	return g
}

// keywordReal runs the keyword baseline over items.
func keywordReal(items []realItem) []realGuess {
	out := make([]realGuess, len(items))
	for i, it := range items {
		out[i] = keywordGuess(it.Title, it.Text)
	}
	return out
}
