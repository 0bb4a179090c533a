package classify

import (
	"slices"
	"testing"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// TestNegationAfterTitle: a negation after a condition, also on the next
// line, leaves the condition out whatever the title holds: no title, a
// title with cues but no glossary term ("Om oss"), with a term but no cue
// ("Kurs"), with both.
func TestNegationAfterTitle(t *testing.T) {
	const text = "Gruppe for vaksne. Psykose\nutelukket."
	for _, title := range []string{"", "Om oss", "Kurs", "Kurs for pårørende – om oss"} {
		r := Listing(title, text)
		if slices.Contains(r.Conditions, taxonomy.ConditionPsychosis) {
			t.Errorf("title %q: conditions %v, psychosis is excluded", title, r.Conditions)
		}
	}
}
