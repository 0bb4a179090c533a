package classify

import (
	"fmt"
	"strings"
)

// Reading is what NeedText reads from a person's own words: the facets of
// a Result, with the evidence that decided them. It is health data (the
// codes say what the person lives with; the evidence quotes their words),
// so String, GoString and Format print only which facets were read, never
// their values. The values are had by asking for them, with Result; what
// you do with them then is yours to protect. A Reading is a plain value,
// safe for concurrent reads.
type Reading struct {
	r Result
}

// Result returns the facets read, with their evidence: health data.
func (r Reading) Result() Result { return r.r }

// String names the facets that were read, e.g.
// "classify.Reading{roles conditions delivery}".
func (rd Reading) String() string {
	r := rd.r
	var parts []string
	add := func(name string, set bool) {
		if set {
			parts = append(parts, name)
		}
	}
	add("concept", r.Concept != 0)
	add("format", r.Format != 0)
	add("roles", len(r.Roles) > 0)
	add("age_groups", len(r.AgeGroups) > 0)
	add("arena", r.Arena != 0)
	add("delivery", r.Delivery != 0)
	add("methods", len(r.Methods) > 0)
	add("scope", r.Scope != 0)
	add("conditions", len(r.Conditions) > 0)
	add("themes", len(r.Themes) > 0)
	add("programme", r.Programme != 0)
	return "classify.Reading{" + strings.Join(parts, " ") + "}"
}

// GoString is like String.
func (r Reading) GoString() string { return r.String() }

// Format prints String for every verb, so %v, %+v, %#v and %s show no
// value.
func (r Reading) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(r.String())) }
