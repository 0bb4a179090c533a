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

// TestConditionBeforeMedicines: a staff word begins "lege", but a
// medicine does not name a doctor ("diabetes legemidler", written apart
// like "demens team"): the condition is what the offering is about.
func TestConditionBeforeMedicines(t *testing.T) {
	for _, c := range []struct {
		text string
		want taxonomy.Condition
	}{
		{"Kurset handler om diabetes legemidler og blodsukker.", taxonomy.ConditionDiabetes},
		{"Temaa er kols legemiddel, inhalasjon og fysisk aktivitet.", taxonomy.ConditionCOPD},
		{"Vi snakker om demens legemiddelbruk i hjemmet.", taxonomy.ConditionDementia},
	} {
		got := Listing("Kurs", c.text)
		if !slices.Contains(got.Conditions, c.want) {
			t.Errorf("%q: conditions %v, want %v among them", c.text, got.Conditions, c.want)
		}
		checkEvidence(t, "Kurs", c.text, got)
	}
}
