package match

import (
	"fmt"
	"strings"

	"github.com/lmhkit/lmhkit/internal/enum"
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// TextReader reads the facts a person wrote in a Need's free text ("pårørende
// til mor med demens, bor i Ålesund, vil helst ha kurs på kveldstid"). The
// Matcher uses the facts only for facets the caller left empty. An
// implementation must be safe for concurrent use and must not log the text.
type TextReader interface {
	// ReadNeedText returns the facts stated in text, a Need's free text.
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
