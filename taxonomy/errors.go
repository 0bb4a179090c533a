package taxonomy

import (
	"errors"
	"fmt"
	"strconv"
)

var (
	// ErrSyntax is wrapped by errors for codes that are malformed: empty,
	// too long, or not lower snake_case ASCII after canonicalisation.
	ErrSyntax = errors.New("taxonomy: malformed code")
	// ErrUnknownCode is wrapped by errors for well-formed codes that are not
	// in the vocabulary.
	ErrUnknownCode = errors.New("taxonomy: unknown code")
)

// CodeError reports a code that could not be parsed. It wraps ErrSyntax or
// ErrUnknownCode, so errors.Is works, and errors.As gives the details.
type CodeError struct {
	Facet   Facet  // the facet the code was parsed for
	Code    string // the input as given
	Nearest string // the nearest valid code of the facet, "" if none is close
	Syntax  bool   // the code is malformed, not merely unknown
}

// Error returns a message such as
// `taxonomy: unknown arena "hospital" (nearest: "specialist")`.
func (e *CodeError) Error() string {
	what := "unknown"
	if e.Syntax {
		what = "malformed"
	}
	msg := "taxonomy: " + what + " " + e.Facet.String() + " " + strconv.Quote(e.Code)
	if e.Nearest != "" {
		msg += fmt.Sprintf(" (nearest: %q)", e.Nearest)
	}
	return msg
}

// Unwrap returns ErrSyntax or ErrUnknownCode.
func (e *CodeError) Unwrap() error {
	if e.Syntax {
		return ErrSyntax
	}
	return ErrUnknownCode
}
