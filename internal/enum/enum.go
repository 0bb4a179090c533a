// Package enum holds the codes and labels of the library's small
// enumerations (statuses, time slots, confidences, criteria…), so that the
// packages defining them share one implementation of String, Label, Parse
// and the text encoding. It is internal: users see only the typed values.
package enum

import (
	"fmt"
	"strings"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// Spec holds the codes and labels of one enumeration, indexed by value.
// When Unset is true, value 0 is the unset value with the code "" and no
// label; otherwise value 0 is an ordinary value (e.g. "no" for a
// confidence). A Spec is read-only after it is declared.
type Spec struct {
	Name   string      // the enumeration, as errors name it ("status")
	Codes  []string    // stable codes by value
	Labels [][3]string // nb, nn, en by value
	Unset  bool        // value 0 means unset
}

// Valid reports whether v is a value of the enumeration (never the unset
// value).
func (s *Spec) Valid(v uint8) bool {
	if s.Unset && v == 0 {
		return false
	}
	return int(v) < len(s.Codes)
}

// String returns the code of v, "" for the unset value, and "Type(n)" for
// a value outside the enumeration; it never panics.
func (s *Spec) String(typ string, v uint8) string {
	if int(v) < len(s.Codes) {
		return s.Codes[v]
	}
	return fmt.Sprintf("%s(%d)", typ, v)
}

// Label returns v's label in l, "" for the unset value and for a value
// outside the enumeration.
func (s *Spec) Label(v uint8, l taxonomy.Lang) string {
	if !s.Valid(v) {
		return ""
	}
	return s.Labels[v][l.Index()]
}

// Parse finds the value whose code is in; it ignores case and surrounding
// white space and accepts spaces and hyphens for underscores.
func (s *Spec) Parse(in string) (uint8, bool) {
	k := strings.ToLower(strings.TrimSpace(in))
	k = strings.NewReplacer(" ", "_", "-", "_").Replace(k)
	for i, c := range s.Codes {
		if c != "" && c == k {
			return uint8(i), true
		}
	}
	return 0, false
}

// Marshal returns the code of v for MarshalText: "" for the unset value,
// an error naming the type for a value outside the enumeration.
func (s *Spec) Marshal(typ string, v uint8) ([]byte, error) {
	if int(v) >= len(s.Codes) {
		return nil, fmt.Errorf("invalid %s", s.String(typ, v))
	}
	return []byte(s.Codes[v]), nil
}
