package lmh

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strconv"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// Stated is a yes-or-no fact that a listing may state either way or leave
// unsaid: "du trenger henvisning" is Yes, "du trenger ingen henvisning" is
// No, and a listing that says nothing is NotStated, the zero value. The
// three differ for people searching a catalogue ("no referral needed" is
// a reason to choose an offering; silence is not), so the model keeps them
// apart.
//
// In JSON, Yes is true, No is false and NotStated is left out (fields of
// this type are tagged omitzero; a NotStated value marshalled on its own
// is null, and null reads as NotStated). Values are safe for concurrent
// use.
type Stated uint8

// The values of a Stated fact.
const (
	NotStated Stated = iota // the text does not say
	Yes                     // stated to be so
	No                      // stated not to be so
)

var statedCodes = [...]string{"", "yes", "no"}

// StatedAs returns Yes for true and No for false: for a fact a record
// states one way or the other.
func StatedAs(b bool) Stated {
	if b {
		return Yes
	}
	return No
}

// Bool returns the fact as a bool, and whether it is stated at all.
func (s Stated) Bool() (value, stated bool) { return s == Yes, s == Yes || s == No }

// IsZero reports whether the fact is not stated.
func (s Stated) IsZero() bool { return s == NotStated }

// IsValid reports whether s is Yes or No.
func (s Stated) IsValid() bool { return s == Yes || s == No }

// String returns "yes", "no", or "" for NotStated; for a value outside the
// three it returns "Stated(n)". It never panics.
func (s Stated) String() string {
	if int(s) < len(statedCodes) {
		return statedCodes[s]
	}
	return "Stated(" + strconv.Itoa(int(s)) + ")"
}

// Label returns "ja"/"nei", "ja"/"nei" or "yes"/"no" in nb, nn or en, and
// "" for NotStated.
func (s Stated) Label(l taxonomy.Lang) string {
	switch s {
	case Yes:
		return [3]string{"ja", "ja", "yes"}[l.Index()]
	case No:
		return [3]string{"nei", "nei", "no"}[l.Index()]
	}
	return ""
}

// MarshalJSON returns true for Yes, false for No and null for NotStated;
// any other value is an error.
func (s Stated) MarshalJSON() ([]byte, error) {
	switch s {
	case Yes:
		return []byte("true"), nil
	case No:
		return []byte("false"), nil
	case NotStated:
		return []byte("null"), nil
	}
	return nil, &json.UnsupportedValueError{Value: reflect.ValueOf(s), Str: "lmh: invalid " + s.String()}
}

// UnmarshalJSON reads true as Yes, false as No and null as NotStated; any
// other JSON value is a *json.UnmarshalTypeError, which encoding/json
// completes with the member's path.
func (s *Stated) UnmarshalJSON(b []byte) error {
	switch string(bytes.TrimSpace(b)) {
	case "true":
		*s = Yes
	case "false":
		*s = No
	case "null":
		*s = NotStated
	default:
		return &json.UnmarshalTypeError{Value: jsonKind(b), Type: reflect.TypeFor[Stated]()}
	}
	return nil
}

// jsonKind names the kind of a JSON value by its first byte, for
// UnmarshalTypeError.Value, without quoting the value itself.
func jsonKind(b []byte) string {
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return "value"
	}
	switch b[0] {
	case '"':
		return "string"
	case '{':
		return "object"
	case '[':
		return "array"
	}
	return "number"
}
