package match

import (
	"fmt"
	"strings"

	"github.com/lmhkit/lmhkit/internal/enum"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// Criterion is one facet on which a Matcher compares a Need with an
// Offering. Every Result carries one Reason per criterion, in the order of
// the constants. The zero value means unset. Values are safe for concurrent
// use.
type Criterion uint8

// The criteria. The first six, and delivery, are hard constraints: an
// offering that fails one is excluded unless an Option relaxes it. The
// condition criterion is hard for diagnosis-specific offerings and for an
// offering that excludes the person's condition, and soft for the rest;
// delivery is hard only for a person who will meet in person only. The
// others only rank.
const (
	CriterionRole          Criterion  = iota + 1 // the roles the offering is for (hard)
	CriterionAge                                 // the age range (hard)
	CriterionPlace                               // reach and closeness (hard: coverage; soft: distance)
	CriterionLanguage                            // a shared language or an interpreter (hard)
	CriterionAvailability                        // not ended, paused or full (hard)
	CriterionCondition                           // condition fit through the hierarchy (hard when diagnosis-specific)
	CriterionTheme                               // themes in common
	CriterionGoal                                // goals in common
	CriterionFormat                              // group or individual, as preferred
	CriterionDelivery                            // in person or digital, as preferred (hard for in person only)
	CriterionTime                                // the time slots the person can attend
	CriterionAccessibility                       // accessibility needs
	CriterionStart                               // the nearest start date
	numCriteria            = iota + 1            // array size: criteria are numbered from 1
)

var criterionSpec = enum.Spec{Name: "criterion", Unset: true,
	Codes: []string{"", "role", "age", "place", "language", "availability", "condition", "theme", "goal",
		"format", "delivery", "time", "accessibility", "start"},
	Labels: [][3]string{{},
		{"målgruppe", "målgruppe", "target group"},
		{"alder", "alder", "age"},
		{"sted", "stad", "place"},
		{"språk", "språk", "language"},
		{"tilgjengelighet", "tilgjenge", "availability"},
		{"diagnose", "diagnose", "condition"},
		{"tema", "tema", "themes"},
		{"mål", "mål", "goals"},
		{"arbeidsform", "arbeidsform", "format"},
		{"gjennomføring", "gjennomføring", "delivery"},
		{"tidspunkt", "tidspunkt", "time"},
		{"tilrettelegging", "tilrettelegging", "accessibility"},
		{"oppstart", "oppstart", "start date"}}}

// String returns the stable code ("role"), "" for the zero value; it never
// panics.
func (c Criterion) String() string { return criterionSpec.String("Criterion", uint8(c)) }

// IsValid reports whether c is one of the predeclared criteria.
func (c Criterion) IsValid() bool { return criterionSpec.Valid(uint8(c)) }

// Label returns the criterion's name in nb, nn or en.
func (c Criterion) Label(l taxonomy.Lang) string { return criterionSpec.Label(uint8(c), l) }

// Hard reports whether failing the criterion can exclude an offering unless
// the constraint is relaxed. CriterionCondition is hard only for
// diagnosis-specific offerings and exclusions, CriterionDelivery only for
// in person only; Hard reports true for both.
func (c Criterion) Hard() bool {
	return c >= CriterionRole && c <= CriterionCondition || c == CriterionDelivery
}

// MarshalText returns the stable code; the zero value marshals to "".
func (c Criterion) MarshalText() ([]byte, error) {
	return marshalEnum(&criterionSpec, "Criterion", uint8(c))
}

// Fit says how well an offering meets the person on one criterion. The
// values are ordered: FitUnknown < FitNotMet < FitPartlyMet < FitMet.
// The zero value is FitUnknown. Values are safe for concurrent use.
type Fit uint8

// The fits.
const (
	FitUnknown   Fit = iota // the person or the offering does not say
	FitNotMet               // the offering does not meet the person on this criterion
	FitPartlyMet            // it meets them in part
	FitMet                  // it meets them
)

var fitSpec = enum.Spec{Name: "fit",
	Codes: []string{"unknown", "not_met", "partly_met", "met"},
	Labels: [][3]string{{"ukjent", "ukjend", "unknown"}, {"ikke oppfylt", "ikkje oppfylt", "not met"},
		{"delvis oppfylt", "delvis oppfylt", "partly met"}, {"oppfylt", "oppfylt", "met"}}}

// Reason explains one criterion of a match: how well the offering fits and
// a short sentence for people, in nb, nn or en, from Text.
//
// A Reason is derived from a Need and so is health data. Its String and
// GoString (and therefore %v and %#v) print only the criterion and the fit,
// never the person's values; only Text spells them out. Reasons are
// immutable values, safe for concurrent use.
type Reason struct {
	// Criterion is what the reason is about.
	Criterion Criterion
	// Fit is how well the offering meets the person on it.
	Fit Fit
	// Relaxed is true when this is a hard constraint the offering fails and
	// an Option relaxed it. The offering is kept, unless another hard
	// constraint excludes it.
	Relaxed bool
	// FromText is true when the person's fact this reason names was read
	// from the need's free text rather than given as a field. A sentence
	// that names only facts of the offering ("the course is digital and
	// available nationwide") never has it.
	FromText bool
	// Inferred is true when that fact was inferred from the text rather
	// than stated in it (an age group from "pensjonist", a condition from a
	// described symptom, a place named without saying the person lives
	// there): such a fact ranks but never excludes.
	Inferred bool

	msg       msgKey
	args      [2]arg
	excluding bool // a hard constraint that fails and is not relaxed
}

// String returns "role: met" (plus " (relaxed)", " (excluding)" and
// " (from text)" or " (inferred from text)" where they apply). It never
// includes the person's values.
func (r Reason) String() string {
	s := r.Criterion.String() + ": " + r.Fit.String()
	if r.Relaxed {
		s += " (relaxed)"
	}
	if r.excluding {
		s += " (excluding)"
	}
	switch {
	case r.Inferred:
		s += " (inferred from text)"
	case r.FromText:
		s += " (from text)"
	}
	return s
}

// GoString is like String, so %#v does not reveal the person's values.
func (r Reason) GoString() string { return "match.Reason{" + r.String() + "}" }

// Format implements fmt.Formatter so that every verb prints String.
func (r Reason) Format(f fmt.State, verb rune) {
	if verb == 'v' && f.Flag('#') {
		fmt.Fprint(f, r.GoString())
		return
	}
	fmt.Fprint(f, r.String())
}

// Text returns the explanation in the given language (Bokmål for an unset
// or unknown language), e.g. "Tilbudet er for pårørende, og du er
// pårørende." A fact of the person's that came from the free text is
// marked where the sentence names it ("… og du er pårørende (fra teksten
// din)"), or as inferred ("(tolket fra teksten din)").
func (r Reason) Text(l taxonomy.Lang) string {
	li := l.Index()
	if int(r.msg) >= len(matchMessages) || r.msg == 0 {
		return ""
	}
	tmpl := matchMessages[r.msg][li]
	var b strings.Builder
	for i := 0; i < len(tmpl); i++ {
		if tmpl[i] == '%' && i+1 < len(tmpl) {
			switch c := tmpl[i+1]; {
			case c >= '1' && c <= '2':
				b.WriteString(r.args[c-'1'].render(l))
				i++
				continue
			case c == 't':
				switch {
				case r.Inferred:
					b.WriteString(markInferred[li])
				case r.FromText:
					b.WriteString(markFromText[li])
				}
				i++
				continue
			}
		}
		b.WriteByte(tmpl[i])
	}
	if r.Relaxed {
		b.WriteString(suffixRelaxed[li])
	}
	b.WriteByte('.')
	return b.String()
}

var (
	markFromText  = [3]string{" (fra teksten din)", " (frå teksten din)", " (from your text)"}
	markInferred  = [3]string{" (tolket fra teksten din)", " (tolka frå teksten din)", " (as we read your text)"}
	suffixRelaxed = [3]string{" – tatt med fordi kravet er lempet", " – teke med fordi kravet er lempa", " – included because this requirement was relaxed"}
)

// namesNeedFact reports whether sentence k names a fact of the person's:
// its template marks the place with %t.
func namesNeedFact(k msgKey) bool {
	return int(k) < len(matchMessages) && strings.Contains(matchMessages[k][0], "%t")
}

// UnmarshalText parses a stable code; "" gives the zero value.
func (c *Criterion) UnmarshalText(b []byte) error {
	v, err := unmarshalEnum(&criterionSpec, b)
	*c = Criterion(v)
	return err
}

// String returns the stable code; it never panics.
func (f Fit) String() string { return fitSpec.String("Fit", uint8(f)) }

// Label returns the value's name in nb, nn or en.
func (f Fit) Label(l taxonomy.Lang) string { return fitSpec.Label(uint8(f), l) }

// MarshalText returns the stable code.
func (f Fit) MarshalText() ([]byte, error) { return marshalEnum(&fitSpec, "Fit", uint8(f)) }

// UnmarshalText parses a stable code.
func (f *Fit) UnmarshalText(b []byte) error {
	v, err := parseEnum(&fitSpec, string(b))
	*f = Fit(v)
	return err
}
