package classify

import (
	"testing"

	"github.com/lmhkit/lmhkit/taxonomy"
)

func TestDefiniteSingular(t *testing.T) {
	cases := []struct {
		word, lemma string
		want        bool
	}{
		{"kurset", "kurs", true}, {"Kurset", "kurs", true}, {"treffet", "treff", true},
		{"gruppa", "gruppe", true}, {"gruppen", "gruppe", true}, {"møtet", "møte", true},
		{"kurs", "kurs", false}, {"kursa", "kurs", false}, {"kursene", "kurs", false},
		{"grupper", "gruppe", false}, {"gruppe", "gruppe", false}, {"kursets", "kurs", false},
		{"KURSET", "kurs", true}, {"GRUPPA", "gruppe", true}, {"GRUPPEN", "gruppe", true}, {"KURSENE", "kurs", false},
		{"gruppA", "gruppe", true}, {"grupp!", "gruppe", false}, {"kursEt", "kurs", true},
	}
	for _, c := range cases {
		if got := definiteSingular(c.word, c.lemma); got != c.want {
			t.Errorf("definiteSingular(%q, %q) = %v, want %v", c.word, c.lemma, got, c.want)
		}
	}
}

// TestOverviewOrOneCourse: plurals of courses make an overview with no one
// format, unless the text speaks of the course it is about.
func TestOverviewOrOneCourse(t *testing.T) {
	cases := []struct {
		name, text string
		want       taxonomy.Format
	}{
		{"the course and its later runs", "Familiesenteret har et nytt kurs for foreldre. Kurset starter i uke 37 og er fullt, men flere kurs kommer.", taxonomy.FormatGroup},
		{"a peer beside the helpers' training", "En likeperson har egen erfaring med kreft og kan lytte og gi støtte. Alle likepersonene har fått opplæring og har taushetsplikt.", taxonomy.FormatIndividual},
		{"an overview", "Vi har ulike kurs for pasienter og pårørende: kurs om kols, kurs om diabetes og samtalegrupper.", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Listing("", c.text)
			if got.Format != c.want {
				t.Errorf("format %v, want %v", got.Format, c.want)
			}
			checkEvidence(t, "", c.text, got)
		})
	}
}

// TestFormatOfHelp: help the title names as guidance or counselling is
// given one to one where the text names no group; guidance named among
// other things, a guide and a unit named by it are not.
func TestFormatOfHelp(t *testing.T) {
	ind := taxonomy.FormatIndividual
	cases := []struct {
		name, title, text string
		want              taxonomy.Format
	}{
		{"guidance named by the title", "Inhalasjonsveiledning",
			"Har du astma eller kols, og bruker inhalasjonsmedisin? Da kan du be om veiledning neste gang du er på apoteket.", ind},
		{"counselling named by the title nn", "Gir råd om kreft på somali",
			"Kreftforeininga har hatt tilbod om rådgjeving på norsk og engelsk. No kan folk òg få informasjon på arabisk.", ind},
		{"a guide, not the help", "Ny nasjonal veileder om pårørende",
			"Helsedirektoratet har publisert en ny nasjonal veileder som beskriver hvordan helsepersonell skal støtte pårørende.", 0},
		{"a unit named by it", "Nytt veiledningssenter for pårørende",
			"Senteret for pårørende til rusmisbrukere ble formelt åpnet i juni med kaffe og kaker.", 0},
		{"guidance among other things", "Fokus på folkehelse",
			"Her tilbys alle bydelens beboere tilpasset trening og veiledning om kosthold og helse.", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Listing(c.title, c.text); got.Format != c.want {
				t.Errorf("format %v, want %v", got.Format, c.want)
			}
		})
	}
}

// TestSelfPacedTools: an app, a digital coping tool or a course module is
// taken alone, whatever delivery the text states; the coping tools a
// group course teaches are not.
func TestSelfPacedTools(t *testing.T) {
	ind, grp := taxonomy.FormatIndividual, taxonomy.FormatGroup
	cases := []struct {
		name, title, text string
		want              taxonomy.Format
	}{
		{"an app", "Hørsel",
			"Dette er en App for deg som plages av tinnitus, med avspenningsteknikker og fokuseringstrening. Appen kan lastes ned gratis.", ind},
		{"an app nn", "Søvn",
			"Dette er ein app for deg som søv dårleg, med øvingar for kvar dag. Appen kan lastast ned gratis.", ind},
		{"a digital coping tool nn", "Ung livsmeistring",
			"Eit digitalt meistringsverktøy for unge. Du har mange ressursar som du kan bli meir klar over.", ind},
		{"a digital coping tool", "Ung livsmestring",
			"Et digitalt mestringsverktøy for unge. Du har mange ressurser som du kan bli mer klar over.", ind},
		{"a course module", "Stressmestring",
			"Før du begynner denne modulen, ber vi om at du reflekterer over følgende spørsmål om stress i familien.", ind},
		{"coping tools a group course teaches", "Mestringstreff",
			"Et mestringskurs over 6 ganger. Du får treffe andre og prøve ut ulike mestringsverktøy i gruppe.", grp},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Listing(c.title, c.text); got.Format != c.want {
				t.Errorf("format %v, want %v", got.Format, c.want)
			}
		})
	}
}

// TestIndividualDecision: "individuelt" after a verb of deciding or
// assessing is a decision made for each person, not one-to-one help; after
// another verb it may be the form of the help.
func TestIndividualDecision(t *testing.T) {
	cases := []struct {
		name, title, text string
		want              taxonomy.Format
	}{
		{"decided for each", "Hvem er kurset for?",
			"Sykt Aktiv er for de fra 20-55 år. Om en kan delta bestemmes litt individuelt og etter personens eget ønske og behov.", taxonomy.FormatGroup},
		{"assessed for each nn", "Kven er kurset for?",
			"Kurset er for vaksne med langvarige smerter. Kven som kan delta, vert vurdert individuelt.", taxonomy.FormatGroup},
		{"given one to one", "Samtaler med diabetessykepleier",
			"Samtalene gjennomføres individuelt med diabetessykepleier, og du får en time hos henne hver måned.", taxonomy.FormatIndividual},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Listing(c.title, c.text); got.Format != c.want {
				t.Errorf("format %v, want %v", got.Format, c.want)
			}
		})
	}
}

// TestMeetingEvents: a members' autumn meeting, "møtet" as what is held, a
// monthly walk and a network for people are events for a plural audience,
// a group by the conventions, though no course word names them.
func TestMeetingEvents(t *testing.T) {
	for _, c := range []struct{ title, text string }{
		{"Invitasjon til høstmøte", "Vi ønsker medlemmer og andre interesserte velkommen. Tema: Å leve med parkinson."},
		{"Invitasjon til haustmøte", "Vi ønskjer medlemmer og andre interesserte velkomne. Tema: Å leve med parkinson."},
		{"Verdensdagen for psykisk helse", "Kommunepsykologen orienterer om tjenesten. Møtet er gratis og åpent for alle interesserte."},
		{"Verdsdagen for psykisk helse", "Kommunepsykologen orienterer om tenesta. Møtet som er gratis, er ope for alle interesserte."},
		{"Månedens luftetur", "Søndag 4. februar kl. 13.00, fra krysset ved campingen. Alle kan delta."},
		{"Månadens luftetur", "Sundag 4. februar kl. 13.00, frå krysset ved campingen. Alle kan delta."},
		{"LHL Hjerneslag Ung", "LHL har etablert egne nettverk for unge slagrammede og pårørende."},
		{"LHL Hjerneslag Ung", "LHL har etablert eigne nettverk for unge slagramma og pårørande."},
	} {
		got := Listing(c.title, c.text)
		if got.Format != taxonomy.FormatGroup {
			t.Errorf("%q: format %v, want group", c.text, got.Format)
		}
		checkEvidence(t, c.title, c.text, got)
	}
	// "møtet" names a meeting of no stated size: in a one-to-one offering
	// it is the appointment, and the format stays individual (review 13).
	for _, c := range []struct{ title, text string }{
		{"Samtale", "Tilbudet er individuelle samtaler med sykepleier. Det første møtet er en kartleggingssamtale."},
		{"Samtale", "Tilbodet er individuelle samtalar med sjukepleiar. Det første møtet er ein kartleggingssamtale."},
		{"Oppfølging", "Individuell oppfølging med sykepleier. Møtet som avtales varer en time."},
		{"Oppfølging", "Individuell oppfølging med sjukepleiar. Møtet som vert avtalt varer ein time."},
	} {
		got := Listing(c.title, c.text)
		if got.Format != taxonomy.FormatIndividual {
			t.Errorf("%q: format %v, want individual", c.text, got.Format)
		}
		checkEvidence(t, c.title, c.text, got)
	}
}
