package match

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lmhkit/lmhkit/internal/enum"
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
//
// The facts are about the person whose need it is. When someone writes
// about a relative ("mor til ei jente på 9 år med epilepsi"), the person is
// the writer, a next of kin: Conditions are the relative's (what the
// offering must be about), but Age and AgeGroups are the writer's, and the
// relative's age is RelativeAge, never Age.
type TextFacts struct {
	Roles           []taxonomy.Role        // the person's roles (patient, next of kin, user)
	Age             *int                   // the person's age, when the text states one
	AgeGroups       []taxonomy.AgeGroup    // the person's age groups ("pensjonist", a parent's voice) when no age is stated
	Conditions      []taxonomy.Condition   // conditions named (the relative's, for next of kin)
	Themes          []taxonomy.Theme       // themes wished for
	Goals           []taxonomy.Goal        // goals wished for
	PreferredFormat taxonomy.Format        // group or individual, when preferred
	Delivery        lmh.DeliveryPreference // whether digital is preferred or only in person will do
	Municipality    string                 // kommunenummer of where the person lives
	County          string                 // fylkesnummer, when the text names only a county or a region of one ("på Sunnmøre")
	Languages       []string               // BCP 47 tags of the languages the person can take part in
	Interpreter     bool                   // the person asks for an interpreter
	Availability    []lmh.TimeSlot         // when the person can attend
	Relative        Relative               // whom the writer writes about, when not themselves
	RelativeAge     *int                   // that relative's age, when the text states it

	// Inferred lists the criteria whose facts the text suggests rather
	// than states: a role guessed without a statement of who writes, a
	// condition read from a described symptom ("hukommelsen svikter"), a
	// place named without saying that the person lives there. The Matcher
	// ranks on such facts but never excludes an offering by them. Age
	// groups are always taken as inferred.
	Inferred []Criterion
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
	add("county", f.County != "")
	add("languages", len(f.Languages) > 0)
	add("interpreter", f.Interpreter)
	add("availability", len(f.Availability) > 0)
	add("relative", f.Relative != 0)
	add("relative_age", f.RelativeAge != nil)
	add("inferred", len(f.Inferred) > 0)
	return "match.TextFacts{" + strings.Join(parts, " ") + "}"
}

// GoString is like String.
func (f TextFacts) GoString() string { return f.String() }

// Format prints String for every verb.
func (f TextFacts) Format(s fmt.State, verb rune) { _, _ = s.Write([]byte(f.String())) }

// Relative is whom a person writes about when the need is theirs as next
// of kin: their child, partner, parent or sibling, or another relative or
// friend. The zero value means the writer writes about themselves (or does
// not say). Values are safe for concurrent use.
type Relative uint8

// The relatives.
const (
	RelativeChild   Relative = iota + 1 // a son, daughter or other child in the writer's care
	RelativePartner                     // a spouse or partner
	RelativeParent                      // a mother or father
	RelativeSibling                     // a brother or sister
	RelativeOther                       // another relative or a friend
)

var relativeSpec = enum.Spec{Name: "relative", Unset: true,
	Codes: []string{"", "child", "partner", "parent", "sibling", "other"},
	Labels: [][3]string{{},
		{"barnet ditt", "barnet ditt", "your child"},
		{"partneren din", "partnaren din", "your partner"},
		{"forelderen din", "forelderen din", "your parent"},
		{"søsknet ditt", "sysknet ditt", "your sibling"},
		{"den du er pårørende til", "den du er pårørande til", "the person you care for"}}}

// String returns the stable code ("child"), "" for the zero value; it never
// panics.
func (r Relative) String() string { return relativeSpec.String("Relative", uint8(r)) }

// IsValid reports whether r is one of the predeclared relatives.
func (r Relative) IsValid() bool { return relativeSpec.Valid(uint8(r)) }

// Label returns how a reason names the relative to the writer, in nb, nn
// or en ("barnet ditt").
func (r Relative) Label(l taxonomy.Lang) string { return relativeSpec.Label(uint8(r), l) }

// MarshalText returns the stable code; the zero value marshals to "".
func (r Relative) MarshalText() ([]byte, error) {
	return marshalEnum(&relativeSpec, "Relative", uint8(r))
}

// UnmarshalText parses a stable code; "" gives the zero value.
func (r *Relative) UnmarshalText(b []byte) error {
	v, err := unmarshalEnum(&relativeSpec, b)
	*r = Relative(v)
	return err
}

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
