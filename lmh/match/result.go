package match

import (
	"fmt"
	"strconv"

	"github.com/lmhkit/lmhkit/lmh"
)

// Result is one offering matched to a need: the offering, its score from 0
// to 1, its confidence and one Reason per criterion (in Criterion order,
// Reasons[0] is the role). A Result is derived from a Need and so is health
// data; its String reveals only the offering, score and confidence. Results
// are values owned by the caller: safe for concurrent reads, not writes.
type Result struct {
	// Offering points into the Matcher's catalogue (or, for Explain, is the
	// offering explained).
	Offering *lmh.Offering
	// Score is the soft score from 0 to 1; 0 when excluded.
	Score float64
	// Confidence orders results; ConfidenceNo means excluded.
	Confidence lmh.Confidence
	// Rank is the 1-based position among the need's results under the same
	// options (with no limit for Explain); 0 when excluded.
	Rank int
	// Reasons holds one reason per criterion, in Criterion order.
	Reasons []Reason
}

// Reason returns the reason for criterion c (the zero Reason if c is not
// a valid criterion).
func (r Result) Reason(c Criterion) Reason {
	for _, x := range r.Reasons {
		if x.Criterion == c {
			return x
		}
	}
	return Reason{}
}

// Excluded reports whether a hard constraint excludes the offering.
func (r Result) Excluded() bool { return r.Confidence == lmh.ConfidenceNo }

// Failed returns the reasons of the hard constraints that exclude the
// offering: failed and not relaxed. It is empty for a result that is kept
// (criteria not met that only rank it lower, or were relaxed, are among
// Reasons with Fit FitNotMet, the relaxed ones with Relaxed set).
func (r Result) Failed() []Reason {
	var out []Reason
	for _, x := range r.Reasons {
		if x.excluding {
			out = append(out, x)
		}
	}
	return out
}

// String returns "#1 <offering id> 0.83 exact". It never includes the need's
// values.
func (r Result) String() string {
	id := ""
	if r.Offering != nil {
		id = r.Offering.ID.String()
	}
	return "#" + strconv.Itoa(r.Rank) + " " + id + " " + strconv.FormatFloat(r.Score, 'f', 2, 64) + " " + r.Confidence.String()
}

// GoString is like String, so %#v reveals no value of the need.
func (r Result) GoString() string { return "match.Result{" + r.String() + "}" }

// Format implements fmt.Formatter so that every verb prints String.
func (r Result) Format(f fmt.State, verb rune) {
	if verb == 'v' && f.Flag('#') {
		fmt.Fprint(f, r.GoString())
		return
	}
	fmt.Fprint(f, r.String())
}
