package api

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/match"
)

// TestResultJSON: the hand-written encoding decodes to what encoding/json
// makes of the same result.
func TestResultJSON(t *testing.T) {
	doc := json.RawMessage(`{"id": "x", "name": "Kurs \"A\""}`)
	for _, r := range []resultJSON{
		{Rank: 1, Score: 0.7882465753424657, Confidence: lmh.ConfidenceHigh, Offering: doc,
			Reasons: []reasonJSON{{match.CriterionRole, match.FitMet, false, true, "Tilbudet er for «pårørende» \"og\" \\ deg\n\t\u2028\u2029\x01 <b>&"}}},
		{Score: 0, Confidence: lmh.ConfidenceNo, Excluded: true, Failed: []string{"age", "place"}, Offering: doc,
			Reasons: []reasonJSON{{match.CriterionAge, match.FitNotMet, true, false, ""}}},
		{Score: 1e-9, Confidence: lmh.ConfidenceExact, Offering: doc, Reasons: []reasonJSON{}},
	} {
		got, err := r.appendJSON(nil)
		if err != nil {
			t.Fatal(err)
		}
		type plain struct {
			Rank       int             `json:"rank,omitempty"`
			Score      float64         `json:"score"`
			Confidence lmh.Confidence  `json:"confidence"`
			Excluded   bool            `json:"excluded,omitempty"`
			Failed     []string        `json:"failed,omitempty"`
			Reasons    []reasonJSON    `json:"reasons"`
			Offering   json.RawMessage `json:"offering"`
		}
		want, err := json.Marshal(plain{r.Rank, r.Score, r.Confidence, r.Excluded, r.Failed, r.Reasons, r.Offering})
		if err != nil {
			t.Fatal(err)
		}
		var g, w any
		if err := json.Unmarshal(got, &g); err != nil {
			t.Fatalf("not JSON: %v: %s", err, got)
		}
		json.Unmarshal(want, &w)
		if !reflect.DeepEqual(g, w) {
			t.Errorf("got  %s\nwant %s", got, want)
		}
	}
	if _, err := (&resultJSON{}).appendJSON(nil); err == nil {
		t.Error("a result without its offering encoded")
	}
}

// FuzzAppendString: any valid UTF-8 string comes back unchanged from
// encoding/json, and its encoding is what encoding/json writes when HTML
// escaping is off.
func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"", "pårørende", "a\"b\\c", "\x00\x1f\n\r\t\b\f", "\u2028\u2029…«»", "<&>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		got := appendString(nil, s)
		var back string
		if err := json.Unmarshal(got, &back); err != nil || back != s {
			t.Fatalf("%q encodes as %s, which decodes to %q (%v)", s, got, back, err)
		}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.Encode(s)
		if string(got) != strings.TrimSuffix(want.String(), "\n") {
			t.Fatalf("%q: %s; encoding/json writes %s", s, got, want.String())
		}
	})
}
