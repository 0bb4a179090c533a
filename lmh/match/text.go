package match

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/classify"

	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// TextReader reads the facts a person wrote in a Need's free text ("pårørende
// til mor med demens, bor i Ålesund, vil helst ha kurs på kveldstid"). The
// Matcher uses the facts only for facets the caller left empty. An
// implementation must be safe for concurrent use and must not log the text.
type TextReader interface {
	ReadNeedText(text string) TextFacts
}

// TextFacts are the facts read from free text. Like the Need they come
// from, they are health data: String, GoString and Format print only which
// fields are set. A plain value: safe for concurrent reads.
type TextFacts struct {
	Roles           []taxonomy.Role
	Age             *int
	AgeGroups       []taxonomy.AgeGroup
	Conditions      []taxonomy.Condition
	Themes          []taxonomy.Theme
	Goals           []taxonomy.Goal
	PreferredFormat taxonomy.Format
	Delivery        lmh.DeliveryPreference
	Municipality    string // kommunenummer
	Availability    []lmh.TimeSlot
}

// String names the fields that are set, never their values.
func (f TextFacts) String() string {
	var parts []string
	add := func(name string, set bool) {
		if set {
			parts = append(parts, name)
		}
	}
	add("roles", len(f.Roles) > 0)
	add("age", f.Age != nil)
	add("age_groups", len(f.AgeGroups) > 0)
	add("conditions", len(f.Conditions) > 0)
	add("themes", len(f.Themes) > 0)
	add("goals", len(f.Goals) > 0)
	add("format", f.PreferredFormat != 0)
	add("delivery", f.Delivery != 0)
	add("municipality", f.Municipality != "")
	add("availability", len(f.Availability) > 0)
	return "match.TextFacts{" + strings.Join(parts, " ") + "}"
}

// GoString is like String.
func (f TextFacts) GoString() string { return f.String() }

// Format prints String for every verb.
func (f TextFacts) Format(s fmt.State, verb rune) { _, _ = s.Write([]byte(f.String())) }

// defaultTextReader reads roles, conditions, themes and format through
// classifyNeedText (the package classifier) and adds what a listing
// classifier has no reason to look for: where the person lives, their age,
// when they can attend and whether digital suits them.
type defaultTextReader struct{}

// classifyNeedText fills the facets a listing classifier reads. It is the
// single place free text meets the classifier.
var classifyNeedText = classifyFacets

// ReadNeedText implements TextReader.
func (defaultTextReader) ReadNeedText(text string) TextFacts {
	f := classifyNeedText(text)
	words := splitWords(text)
	f.Municipality = findMunicipality(words)
	if f.Age == nil {
		f.Age = findAge(words)
	}
	f.Availability = findSlots(words)
	if d := findDeliveryPref(words); d != 0 {
		f.Delivery = d
	}
	return f
}

type word struct {
	s     string // lower case
	upper bool   // first letter upper case in the text
}

func splitWords(text string) []word {
	var out []word
	start := -1
	flush := func(end int) {
		if start >= 0 {
			w := text[start:end]
			r, _ := utf8.DecodeRuneInString(w)
			out = append(out, word{strings.ToLower(w), unicode.IsUpper(r)})
			start = -1
		}
	}
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' && start >= 0 {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(text))
	return out
}

// findMunicipality looks for a capitalised municipality name after a place
// preposition ("bor i Ålesund", "fra Bodø", "på Stord"). A name shared by
// two municipalities (Herøy) is left out rather than guessed.
func findMunicipality(words []word) string {
	for i := 1; i < len(words); i++ {
		switch words[i-1].s {
		case "i", "på", "fra", "frå", "in", "from":
		default:
			continue
		}
		if !words[i].upper {
			continue
		}
		for n := min(3, len(words)-i); n >= 1; n-- {
			parts := make([]string, n)
			for k := range parts {
				parts[k] = words[i+k].s
			}
			if ms := geo.Find(strings.Join(parts, " ")); len(ms) == 1 {
				return ms[0].Number
			}
		}
	}
	return ""
}

// findAge reads "45 år", "45 years", "45-åring".
func findAge(words []word) *int {
	for i, w := range words {
		num := w.s
		if strings.HasSuffix(num, "-åring") {
			num = strings.TrimSuffix(num, "-åring")
		} else if i+1 >= len(words) || (words[i+1].s != "år" && words[i+1].s != "years" && words[i+1].s != "year") {
			continue
		}
		if n, err := strconv.Atoi(num); err == nil && n >= 0 && n <= taxonomy.MaxAge {
			return &n
		}
	}
	return nil
}

func findSlots(words []word) []lmh.TimeSlot {
	var mask uint8
	for _, w := range words {
		switch {
		case strings.HasPrefix(w.s, "kveld"), strings.HasPrefix(w.s, "ettermiddag"), strings.HasPrefix(w.s, "ettermiddag"), w.s == "evening", w.s == "evenings":
			mask |= 1 << lmh.WeekdayEvening
		case w.s == "dagtid", strings.HasPrefix(w.s, "formiddag"), w.s == "daytime":
			mask |= 1 << lmh.WeekdayDaytime
		case strings.HasPrefix(w.s, "helg"), strings.HasPrefix(w.s, "lørdag"), strings.HasPrefix(w.s, "søndag"), strings.HasPrefix(w.s, "laurdag"), strings.HasPrefix(w.s, "sundag"), w.s == "weekend", w.s == "weekends":
			mask |= 1 << lmh.Weekend
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

// findDeliveryPref reads "ikke digitalt", "bare oppmøte" as in person only
// and "digitalt", "på nett", "hjemmefra" as digital being fine.
func findDeliveryPref(words []word) lmh.DeliveryPreference {
	var pref lmh.DeliveryPreference
	for i, w := range words {
		neg := false
		for k := max(0, i-3); k < i; k++ {
			switch words[k].s {
			case "ikke", "ikkje", "not", "no", "uten", "utan":
				neg = true
			}
		}
		switch w.s {
		case "digitalt", "digital", "nett", "nettet", "video", "hjemmefra", "heimanfrå", "online":
			if neg {
				return lmh.InPersonOnly
			}
			pref = lmh.DigitalOK
		case "oppmøte", "fysisk", "fysiske", "person":
			if i > 0 && (words[i-1].s == "bare" || words[i-1].s == "berre" || words[i-1].s == "only" || words[i-1].s == "kun") {
				return lmh.InPersonOnly
			}
		}
	}
	return pref
}

// classifyFacets reads roles, age groups, conditions, themes, format and
// delivery through the package classifier (NeedText, which skips the
// in-scope gate a listing needs). A delivery of digital or hybrid in the
// text means digital is fine; "in person" alone is not read as "only".
func classifyFacets(text string) TextFacts {
	c := classify.NeedText(text).Result()
	f := TextFacts{
		Roles:           c.Roles,
		AgeGroups:       c.AgeGroups,
		Conditions:      c.Conditions,
		Themes:          c.Themes,
		PreferredFormat: c.Format,
	}
	if c.Delivery == taxonomy.DeliveryDigital || c.Delivery == taxonomy.DeliveryHybrid {
		f.Delivery = lmh.DigitalOK
	}
	return f
}

func containsCode[C comparable](s []C, c C) bool {
	for _, x := range s {
		if x == c {
			return true
		}
	}
	return false
}

// compileNeed compiles a need that ValidateNeed accepted, merging the
// facts read from its free text into the facets left empty. Facts from a
// TextReader that are not codes of the vocabulary are ignored.
func (m *Matcher) compileNeed(need *lmh.Need, cfg *config) needFacts {
	return m.compileNeedWith(need, cfg, m.langIdx)
}

// compileNeedWith is compileNeed with a given language-key table.
func (m *Matcher) compileNeedWith(need *lmh.Need, cfg *config, langIdx map[string]int) needFacts {
	today := cfg.today
	pt := m.ev.pt
	nf := needFacts{age: -1, muni: -1, today: dayNumber(today)}
	if !today.IsValid() {
		nf.today = dayNumber(lmh.DateOf(time.Now()))
	}
	var tf TextFacts
	if need.FreeText != "" && cfg.reader != nil {
		tf = cfg.reader.ReadNeedText(need.FreeText)
	}
	mark := func(c Criterion) { nf.fromText |= 1 << uint(c) }

	roles := need.Roles
	if len(roles) == 0 && len(tf.Roles) > 0 {
		roles = tf.Roles
		mark(CriterionRole)
	}
	for _, r := range roles {
		if !r.IsValid() || r >= 4 {
			continue // only a custom TextReader can give an invalid code
		}
		nf.roles |= uint8(bit(r))
	}
	switch {
	case need.Age != nil:
		nf.age = *need.Age
	case tf.Age != nil && *tf.Age >= 0 && *tf.Age <= taxonomy.MaxAge:
		nf.age = *tf.Age
		mark(CriterionAge)
	case len(tf.AgeGroups) > 0:
		for _, g := range tf.AgeGroups {
			nf.ageGroups |= bit(g)
		}
		mark(CriterionAge)
	}
	nf.conds, nf.unmapped = compileConditions(need.Conditions, need.ICD10, need.ICPC2)
	if len(need.Conditions)+len(need.ICD10)+len(need.ICPC2) == 0 && len(tf.Conditions) > 0 {
		nf.conds, _ = compileConditions(tf.Conditions, nil, nil)
		mark(CriterionCondition)
	}
	for _, c := range nf.conds {
		nf.condSame |= bit(c)
		for _, a := range c.Ancestors() {
			nf.condAnc |= bit(a)
		}
		for _, d := range taxonomy.All[taxonomy.Condition]() {
			if d != c && c.Subsumes(d) {
				nf.condDesc |= bit(d)
			}
		}
	}
	nf.condAnc &^= nf.condSame
	nf.condDesc &^= nf.condSame | nf.condAnc
	themes, goals := need.Themes, need.Goals
	if len(themes) == 0 && len(tf.Themes) > 0 {
		themes = tf.Themes
		mark(CriterionTheme)
	}
	if len(goals) == 0 && len(tf.Goals) > 0 {
		goals = tf.Goals
		mark(CriterionGoal)
	}
	for _, t := range themes {
		if !t.IsValid() || t >= 64 {
			continue
		}
		nf.themes |= bit(t)
	}
	for _, g := range goals {
		if !g.IsValid() || g >= 64 {
			continue
		}
		nf.goals |= bit(g)
	}
	nf.format = need.PreferredFormat
	if nf.format == 0 && tf.PreferredFormat != 0 {
		nf.format = tf.PreferredFormat
		mark(CriterionFormat)
	}
	if !nf.format.IsValid() {
		nf.format = 0
	}
	nf.delivery = need.Delivery
	if nf.delivery == 0 && tf.Delivery != 0 {
		nf.delivery = tf.Delivery
		mark(CriterionDelivery)
	}
	if !nf.delivery.IsValid() {
		nf.delivery = 0
	}
	muni := need.Municipality
	if muni == "" && tf.Municipality != "" {
		muni = tf.Municipality
		mark(CriterionPlace)
	}
	if i, ok := pt.muniIndex[muni]; ok && muni != "" {
		nf.muni = i
		nf.county = pt.muniCounty[i]
		nf.region = uint8(pt.muniRegion(i))
	}
	for i, l := range need.Languages {
		p := primaryLang(l)
		if p == "" {
			continue
		}
		nf.langList = append(nf.langList, p)
		if k, ok := langIdx[p]; ok {
			nf.langKeys |= 1 << uint(k)
			if i == 0 {
				nf.firstLang = 1 << uint(k)
			}
		} else {
			// A language no offering has: only an interpreter or an offering
			// without a stated language can serve it. Mark it with a key no
			// offering carries.
			nf.langKeys |= 1 << 63
		}
	}
	for _, a := range need.Accessibility {
		if !a.IsValid() || a >= 64 {
			continue
		}
		nf.access |= bit(a)
	}
	slots := need.Availability
	if len(slots) == 0 && len(tf.Availability) > 0 {
		slots = tf.Availability
		mark(CriterionTime)
	}
	for _, s := range slots {
		if !s.IsValid() {
			continue
		}
		nf.slots |= 1 << uint(s)
	}
	half := func(stated bool, w float64) float64 {
		if stated {
			return w
		}
		return w / 2
	}
	nf.maxRest = half(nf.themes != 0, wTheme) + half(nf.goals != 0, wGoal) + half(nf.format != 0, wFormat) +
		half(nf.delivery != 0, wDelivery) + half(nf.slots != 0, wTime) + half(nf.access != 0, wAccess) + wStart
	return nf
}
