package classify

import (
	"slices"
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/glossary"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// TestConditionNamedByItsPeople: a condition named by its people or by a
// noun other than its own ("hjertesyk ungdom", "nyresjuke", "psykisk
// syke", "cøliakere", "luftveislidelser"), in Bokmål and Nynorsk, is the
// target as its noun would be.
func TestConditionNamedByItsPeople(t *testing.T) {
	for _, c := range []struct {
		text string
		want taxonomy.Condition
	}{
		// Adjectives and person words (peopleTerms, whole words).
		{"Gruppesamtaler for hjertesyk ungdom fra hele landet.", taxonomy.ConditionHeartDisease},
		{"Kurset er for deg som er hjartesjuk, og for dine næraste.", taxonomy.ConditionHeartDisease},
		{"Kurs for nyresyke og deres pårørende.", taxonomy.ConditionKidneyDisease},
		{"Kurs for nyresjuke og pårørande.", taxonomy.ConditionKidneyDisease},
		{"Treningsgruppe for deg som er lungesyk.", taxonomy.ConditionLungDisease},
		{"Treningsgruppe for deg som er lungesjuk.", taxonomy.ConditionLungDisease},
		{"Samtalegruppe for psykisk syke og deres pårørende.", taxonomy.ConditionMentalIllness},
		{"Samtalegruppe for psykisk sjuke og pårørande.", taxonomy.ConditionMentalIllness},
		{"Kurs for bipolare og pårørende.", taxonomy.ConditionBipolarDisorder},
		{"Mestringskurs for schizofrene og deres familier.", taxonomy.ConditionPsychosis},
		{"Gruppe for alkoholikere som vil slutte.", taxonomy.ConditionSubstanceUse},
		{"Gruppe for alkoholikarar som vil slutte.", taxonomy.ConditionSubstanceUse},
		{"Kurs for foreldre til barn som er autistisk.", taxonomy.ConditionAutism},
		{"Kurs for unge som er utviklingshemmet.", taxonomy.ConditionIntellectualDisability},
		{"Kurs for unge som er utviklingshemma.", taxonomy.ConditionIntellectualDisability},
		{"Treningsgruppe for hjerneskadde voksne.", taxonomy.ConditionAcquiredBrainInjury},
		{"Treningsgruppe for hovudskadde vaksne.", taxonomy.ConditionAcquiredBrainInjury},
		{"Matkurs for cøliakere.", taxonomy.ConditionCeliacDisease},
		{"Matkurs for cøliakarar.", taxonomy.ConditionCeliacDisease},
		{"Kurs for tunghøyrde og pårørande.", taxonomy.ConditionHearingLoss},
		// Other nouns for the condition (peopleTerms).
		{"Rehabilitering for personer med KOLS og andre luftveislidelser.", taxonomy.ConditionLungDisease},
		{"Rehabilitering for personar med lungelidingar.", taxonomy.ConditionLungDisease},
		{"Kurs for deg med hjerteflimmer.", taxonomy.ConditionHeartDisease},
		{"Kurs for deg med hjarterytmeforstyrringar.", taxonomy.ConditionHeartDisease},
		{"Kurs for nyrepasientane og pårørande.", taxonomy.ConditionKidneyDisease},
		{"Kurs for deg som har ein nyreliding.", taxonomy.ConditionKidneyDisease},
		{"Målgruppen er personer med overspisingsproblematikk.", taxonomy.ConditionEatingDisorder},
		{"Kurs for smertepasienter.", taxonomy.ConditionChronicPain},
		{"Kurs for deg med kroniske smertar.", taxonomy.ConditionChronicPain},
		{"Varmtvannstrening for revmatikarar.", taxonomy.ConditionRheumatism},
		{"Kurset er for deg som er epileptikar.", taxonomy.ConditionEpilepsy},
		{"Kurs for deg med søvnapné.", taxonomy.ConditionSleepDisorder},
		{"Kurs for deg med hørselsvansker.", taxonomy.ConditionHearingLoss},
		{"Kurs for deg med høyrselsvanskar.", taxonomy.ConditionHearingLoss},
		{"Kurs for deg med nevrologiske lidingar.", taxonomy.ConditionNeurologicalDisease},
		{"Kurs for deg med langvarige plager etter korona.", taxonomy.ConditionLongCovid},
		{"Kurs for deg med langvarige plagar etter korona.", taxonomy.ConditionLongCovid},
		{"Kurs for type 2-diabetikere.", taxonomy.ConditionDiabetesType2},
		{"Kurs for deg med ryggproblemer.", taxonomy.ConditionBackPain},
		{"Kurs for deg som har Alzheimers sjukdom.", taxonomy.ConditionDementia},
	} {
		got := Listing("Kurs", c.text)
		if !slices.Contains(got.Conditions, c.want) {
			t.Errorf("%q: conditions %v, want %v among them", c.text, got.Conditions, c.want)
		}
		checkEvidence(t, "Kurs", c.text, got)
	}
}

// TestConditionPeopleNotInLongerWords: the adjectives and person words are
// whole words: "hjertesykepleier", "nyresykehuset", "lungesjukepleiar" are a
// job and a place, "hjertelig" a greeting, "demensomsorgen" a service.
func TestConditionPeopleNotInLongerWords(t *testing.T) {
	for _, text := range []string{
		"Kurset ledes av hjertesykepleier Kari Nordmann.",
		"Kurset vert leia av lungesjukepleiar Kari Nordmann.",
		"Kurset holdes på nyresykehuset.",
		"Hjertelig velkommen til kurs om kosthold.",
		"Demensomsorgen i kommunen arrangerer kurs for ansatte.",
		"Alle sykehus har kurs for ansatte.",
	} {
		if got := Listing("Kurs", text); len(got.Conditions) > 0 {
			t.Errorf("%q: conditions %v, want none", text, got.Conditions)
		}
	}
}

// TestConditionPeopleAside: the readings that take a noun's condition away
// (a negation, the page's other offerings, statistics, a unit's field) take
// the new words' away as well.
func TestConditionPeopleAside(t *testing.T) {
	for _, text := range []string{
		// Negated.
		"Samtalegruppe for pårørende. Kurset er ikke for deg som er hjertesyk.",
		"Samtalegruppe for pårørande. Kurset er ikkje for nyresjuke.",
		// The page's other offerings.
		"Kurs i kosthold. Andre tilbud: kurs for nyresyke, gruppe for lungesyke.",
		"Kurs i kosthald. Sjå også: kurs for psykisk sjuke.",
		// Statistics.
		"Samtalegruppe for pårørende. Hvert år rammes 4000 nordmenn og blir hjerneskadde.",
		"Samtalegruppe for pårørande. Kvart år får 3000 nordmenn lungelidingar.",
		// A unit's field.
		"Kurs i kosthold. Foreningen for hjertesyk ungdom holder til i Oslo.",
		"Kurs i kosthald. Foreininga for nyresjuke held til i Bergen.",
	} {
		if got := Listing("Kurs", text); len(got.Conditions) > 0 {
			t.Errorf("%q: conditions %v, want none", text, got.Conditions)
		}
	}
}

// TestConditionPeopleExcluded: "ikke for" before a person word is an
// exclusion of the extraction (exclude_conditions), not a target.
func TestConditionPeopleExcluded(t *testing.T) {
	for _, c := range []struct {
		text string
		want taxonomy.Condition
	}{
		{"Kurs for voksne med depresjon. Kurset passer ikke for deg som er schizofren.", taxonomy.ConditionPsychosis},
		{"Kurs for vaksne med depresjon. Kurset er ikkje for alkoholikarar.", taxonomy.ConditionSubstanceUse},
	} {
		d := readAll("Kurs i depresjonsmestring (KiD)", c.text)
		tg := d.Offering.TargetGroup
		if !slices.Contains(tg.ExcludeConditions, c.want) {
			t.Errorf("%q: exclusions %v, want %v among them", c.text, tg.ExcludeConditions, c.want)
		}
		if slices.Contains(tg.Conditions, c.want) {
			t.Errorf("%q: conditions %v hold the excluded %v", c.text, tg.Conditions, c.want)
		}
	}
}

// TestPeopleTermsAreNew: no form of peopleTerms is a form of the glossary
// or of extraTerms, so deferring their votes (peopleTermSet) takes no
// vote the in-scope features were fitted with.
func TestPeopleTermsAreNew(t *testing.T) {
	old := map[string]bool{}
	for _, x := range extraTerms {
		for _, f := range strings.Split(x.forms, ",") {
			old[glossary.Normalize(f)] = true
		}
	}
	g := glossary.Default()
	for f := range peopleTermSet {
		if l := g.Lookup(f); len(l.Entries) > 0 || old[glossary.Normalize(f)] {
			t.Errorf("%q is already a form of the glossary or of extraTerms", f)
		}
	}
}
