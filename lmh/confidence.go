package lmh

import (
	"fmt"
	"slices"
	"strconv"

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

var confidenceSpec = enumSpec{"confidence",
	[]string{"no", "low", "high", "exact"},
	[][3]string{{"ingen treff", "ikkje treff", "no match"}, {"lav", "låg", "low"}, {"høy", "høg", "high"}, {"eksakt", "eksakt", "exact"}}}

// String returns "no", "low", "high" or "exact"; it never panics.
func (c Confidence) String() string {
	if int(c) < len(confidenceSpec.codes) {
		return confidenceSpec.codes[c]
	}
	return "Confidence(" + strconv.Itoa(int(c)) + ")"
}

// Label returns the confidence in nb, nn or en.
func (c Confidence) Label(l taxonomy.Lang) string {
	if int(c) >= len(confidenceSpec.labels) {
		return ""
	}
	return confidenceSpec.labels[c][l.Index()]
}

// MarshalText returns the stable code.
func (c Confidence) MarshalText() ([]byte, error) {
	if int(c) >= len(confidenceSpec.codes) {
		return nil, fmt.Errorf("lmh: invalid confidence %d", uint8(c))
	}
	return []byte(confidenceSpec.codes[c]), nil
}

// UnmarshalText parses a stable code ("no", "low", "high", "exact").
func (c *Confidence) UnmarshalText(b []byte) error {
	i := slices.Index(confidenceSpec.codes, string(b))
	if i < 0 {
		return &EnumError{Enum: "confidence", Value: string(b)}
	}
	*c = Confidence(i)
	return nil
}
