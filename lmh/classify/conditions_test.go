package classify

import (
	"slices"
	"testing"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// TestConditionAsJob: a condition word that describes the staff or the
// unit named right after it ("psykiatriske sykepleiere") names a job, not
// what the offering is about; named as the target as well, it stays.
func TestConditionAsJob(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Det er ukentlig samtalegruppe for foreldre. Gruppen er ledet av psykiatriske sykepleiere.", false},
		{"Samtalegruppe for søsken. Gruppa vert leia av psykiatrisk sjukepleiar Synnøve.", false},
		{"Kurs for deg med psykiske lidelser, ledet av psykiatrisk sykepleier.", true},
	} {
		got := Listing("Samtalegruppe", c.text)
		if has := slices.Contains(got.Conditions, taxonomy.ConditionMentalIllness); has != c.want {
			t.Errorf("%q: conditions %v, mental illness %v, want %v", c.text, got.Conditions, has, c.want)
		}
		checkEvidence(t, "Samtalegruppe", c.text, got)
	}
}
