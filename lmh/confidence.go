package lmh

import (
	"github.com/lmhkit/lmhkit/internal/enum"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// Confidence is how sure a match is. The values are ordered, and the zero
// value means no match: ConfidenceNo < ConfidenceLow < ConfidenceHigh <
// ConfidenceExact. Values are safe for concurrent use.
type Confidence uint8

// The confidences.
const (
	ConfidenceNo    Confidence = iota // excluded by a hard constraint
	ConfidenceLow                     // something is not met, or a relaxed constraint kept it
	ConfidenceHigh                    // nothing contradicted, something partly met or unknown
	ConfidenceExact                   // every fact given is met
)

var confidenceSpec = enum.Spec{Name: "confidence",
	Codes:  []string{"no", "low", "high", "exact"},
	Labels: [][3]string{{"ingen treff", "ikkje treff", "no match"}, {"lav", "låg", "low"}, {"høy", "høg", "high"}, {"eksakt", "eksakt", "exact"}}}

// String returns "no", "low", "high" or "exact"; it never panics.
func (c Confidence) String() string { return confidenceSpec.String("Confidence", uint8(c)) }

// Label returns the confidence in nb, nn or en.
func (c Confidence) Label(l taxonomy.Lang) string { return confidenceSpec.Label(uint8(c), l) }

// MarshalText returns the stable code.
func (c Confidence) MarshalText() ([]byte, error) {
	return marshalEnum(&confidenceSpec, "Confidence", uint8(c))
}

// UnmarshalText parses a stable code ("no", "low", "high", "exact").
func (c *Confidence) UnmarshalText(b []byte) error {
	v, err := parseEnum(&confidenceSpec, string(b))
	*c = Confidence(v)
	return err
}
