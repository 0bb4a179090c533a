package classify

import (
	"testing"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// TestOrdinalAt: the full stop of an ordinal ("5. september", "2.
// etasje") ends no sentence; one after a year or before a capital does.
func TestOrdinalAt(t *testing.T) {
	for _, c := range []struct {
		text string
		at   int // the index of the full stop
		want bool
	}{
		{"mandag 5. september", 8, true},
		{"i 2. etasje", 3, true},
		{"den 21. november", 6, true},
		{"fra 12. ønske", 6, true},
		{"startet i 2024. Kurset", 14, false},
		{"vi har 5. Kurset", 8, false},
		{"lokale A5. inngang", 9, false},
		{"Kl. 18", 2, false},
		{"slutt 5.", 7, false},
	} {
		if c.text[c.at] != '.' {
			t.Fatalf("%q: no full stop at %d", c.text, c.at)
		}
		if got := ordinalAt(c.text, c.at); got != c.want {
			t.Errorf("ordinalAt(%q, %d) = %v, want %v", c.text, c.at, got, c.want)
		}
	}
}

// TestDeliveryPlaces: a place named by its head (a hall, a hotel, a
// culture house), a place in the clause of a date written with an ordinal,
// and training in water or a keep-fit group done at the sessions each say
// how the offering is held.
func TestDeliveryPlaces(t *testing.T) {
	for _, c := range []struct {
		text string
		want taxonomy.Delivery
	}{
		// The ordinal's full stop used to end the clause before the place.
		{"Kurs for pårørende til personer med demens. Oppstart er mandag 5. september på Flisa.", taxonomy.DeliveryInPerson},
		{"Foredraget for pårørende om psykisk helse er i Tysneshallen.", taxonomy.DeliveryInPerson},
		{"Seminaret for pårørende til personer med demens er på hotellet i august.", taxonomy.DeliveryInPerson},
		{"Revmatikerforeningen har laget et tilbud om varmtvannstrening til revmatikere i begge kommuner.", taxonomy.DeliveryInPerson},
		{"Seniortrimmen er et tilbud for eldre som vil bedre balanse og styrke.", taxonomy.DeliveryInPerson},
	} {
		got := Listing("Kurs", c.text)
		if got.Delivery != c.want {
			t.Errorf("%q: delivery %v, want %v", c.text, got.Delivery, c.want)
		}
		checkEvidence(t, "Kurs", c.text, got)
	}
}

// TestDeliverySkillPractice: training in an act ("trening i å snakke",
// "trening på å finne", Nynorsk "trening i å snakka") is the practice of a
// skill, not physical activity done at the sessions, and says nothing of
// how the offering is held; training of the body still does.
func TestDeliverySkillPractice(t *testing.T) {
	for _, c := range []struct {
		text string
		want taxonomy.Delivery
	}{
		{"Kurs for pårørende. Her gis det trening i både å snakke og å lytte.", 0},
		{"Kurs for pasienter med angst. Deltakerne får trening i å mestre uro.", 0},
		{"Kurs for pårørande. Her får de trening i å snakka og å lytta til kvarandre.", 0},
		{"Kurs for pasientar med angst. Trening på å finna meir realistiske tankar er ein sentral del.", 0},
		// Training of the body is done at the sessions.
		{"Kurs for pasienter med kols. Deltakerne får trening i gruppe to ganger i uka.", taxonomy.DeliveryInPerson},
		{"Kurs for pasientar med kols. Treninga er retta mot styrke for beina.", taxonomy.DeliveryInPerson},
		// Training in a bodily act too: walking, breathing, rising.
		{"Kurs for personer med kols. Fysioterapeuten gir trening i å gå med rullator.", taxonomy.DeliveryInPerson},
		{"Kurs for personar med kols. Fysioterapeuten gir trening i å gå med rullator.", taxonomy.DeliveryInPerson},
		{"Kurs for personer med kols. Du får trening i å puste og hoste.", taxonomy.DeliveryInPerson},
		{"Kurs for personar med kols. Du får trening i å reisa deg frå stolen.", taxonomy.DeliveryInPerson},
	} {
		got := Listing("Kurs", c.text)
		if got.Delivery != c.want {
			t.Errorf("%q: delivery %v, want %v", c.text, got.Delivery, c.want)
		}
		checkEvidence(t, "Kurs", c.text, got)
	}
}

// TestDeliveryIntroNoPlace: a venue phrase whose "i" is followed by a word
// of company, manner or time ("arrangeres i et samarbeid med", "holdes i
// regi av", "foregår i løpet av") names no place; one followed by a place
// still does. Bokmål and Nynorsk.
func TestDeliveryIntroNoPlace(t *testing.T) {
	for _, c := range []struct {
		text string
		want taxonomy.Delivery
	}{
		{"Kurs for pårørende. Kurset arrangeres i et samarbeid mellom fagavdelingen og brukerne.", 0},
		{"Kurs for pårørande. Kurset vert halde i samarbeid med Mental Helse.", 0},
		{"Kurs for pårørende. Kurset holdes i regi av Mental Helse.", 0},
		{"Kurs for pårørande. Kurset går føre seg i løpet av hausten.", 0},
		{"Kurs for pårørende. Kurset holdes i forbindelse med årsmøtet.", 0},
		{"Kurs for pårørande. Kurset vert halde i samband med årsmøtet.", 0},
		{"Kurs for pårørende. Kurset holdes i Kulturhuset.", taxonomy.DeliveryInPerson},
		{"Kurs for pårørande. Kurset vert halde i kantina.", taxonomy.DeliveryInPerson},
	} {
		got := Listing("Kurs", c.text)
		if got.Delivery != c.want {
			t.Errorf("%q: delivery %v, want %v", c.text, got.Delivery, c.want)
		}
		checkEvidence(t, "Kurs", c.text, got)
	}
}

// TestDeliveryChannelList: beside a list of channels a reader may choose
// among ("tilgjengelig på telefon, chat og e-post"), physical meetings and
// the place words read where no venue is named give no delivery: the
// conventions give none for such a list, and the centres or groups named
// beside it are one more channel. Channels given to get in touch ("Ta
// kontakt på telefon eller e-post") are no such list. Bokmål and Nynorsk.
func TestDeliveryChannelList(t *testing.T) {
	for _, c := range []struct {
		text string
		want taxonomy.Delivery
	}{
		{"Vi tilbyr gratis støtte og veiledning. Rådgivningstjenesten er tilgjengelig på telefon, chat og e-post. Ved våre lokale sentre i Bergen og Oslo kan man komme til samtaler.", 0},
		{"Vi tilbyr gratis støtte og rettleiing. Rådgjevingstenesta er tilgjengeleg på telefon, chat og e-post. Ved dei lokale sentra våre i Bergen og Oslo kan ein komme til samtalar.", 0},
		{"Det er likepersoner på sykehus, telefon- og besøkstjenester, og trimgrupper ledet av likepersoner.", 0},
		{"Laget er tilgjengeleg på telefon og chat, og det er trimgrupper leia av likepersonar.", 0},
		// Channels to get in touch by are no list of ways to take part.
		{"Kurset har 6 samlinger. Ta kontakt på telefon eller e-post for spørsmål.", taxonomy.DeliveryInPerson},
		{"Kurset har 6 samlingar. Ta kontakt på telefon eller e-post om du lurer på noko.", taxonomy.DeliveryInPerson},
		// Contact details name no channel to take part by: a phone
		// number, an e-mail address, the data's own names, a question.
		{"Kurset går over fire samlinger. Kursleder: Kari Nordmann, telefon 12345678, e-post kari@ahus.no.", taxonomy.DeliveryInPerson},
		{"Kurset går over fire samlingar. Kursleiar: Kari Nordmann, telefon 12 34 56 78, e-post kari@helse-forde.no.", taxonomy.DeliveryInPerson},
		{"Gruppa samles annenhver uke. Ring telefon 22 22 22 22 eller send SMS.", taxonomy.DeliveryInPerson},
		{"Gruppa samlast annakvar veke. Ring telefon 22 22 22 22 eller send SMS.", taxonomy.DeliveryInPerson},
		{"Treff på kafeen hver torsdag. Telefonnummer og e-postadresse finner du nedenfor.", taxonomy.DeliveryInPerson},
		{"Treff på kafeen kvar torsdag. Telefonnummer og e-postadresse finn du nedanfor.", taxonomy.DeliveryInPerson},
		{"Pårørendeskolen har seks samlinger. Henvendelser på telefon eller e-post til koordinator.", taxonomy.DeliveryInPerson},
		{"Pårørandeskulen har seks samlingar. Førespurnader på telefon eller e-post til koordinator.", taxonomy.DeliveryInPerson},
		{"Vi møtes hver tirsdag. Spørsmål kan rettes på telefon eller e-post.", taxonomy.DeliveryInPerson},
		{"Vi møtast kvar tysdag. Spørsmål kan rettast på telefon eller e-post.", taxonomy.DeliveryInPerson},
		// Opening hours are no contact data: the list still abstains.
		{"Vi tilbyr samtalar. Tenesta er tilgjengeleg på telefon og chat kl. 09.00-15.00. Ved sentra våre kan ein komme til samtalar.", 0},
		// A word that only holds "kontakt" is no contact.
		{"Det er lokale likepersonskontakter, telefon- og besøkstjenester, og trimgrupper.", 0},
	} {
		got := Listing("Kurs", c.text)
		if got.Delivery != c.want {
			t.Errorf("%q: delivery %v, want %v", c.text, got.Delivery, c.want)
		}
		checkEvidence(t, "Kurs", c.text, got)
	}
}

// TestDeliveryComparedPlace: a place word read where nothing else names
// the delivery ("på sykehuset") gives none where it is named for
// comparison ("som ved andre timer på sykehuset"); named on its own it
// still gives in person. Bokmål and Nynorsk.
func TestDeliveryComparedPlace(t *testing.T) {
	for _, c := range []struct {
		text string
		want taxonomy.Delivery
	}{
		{"Kurs for pasienter med kols. Reiseutgifter dekkes som ved andre polikliniske timer på sykehuset.", 0},
		{"Kurs for pasientar med kols. Du må betale eigenandel som ved andre polikliniske timar på sjukehuset.", 0},
		{"Kurs for pasienter med kols. Opplæringen skjer på sykehuset.", taxonomy.DeliveryInPerson},
		{"Kurs for pasientar med kols. Opplæringa skjer på sjukehuset.", taxonomy.DeliveryInPerson},
	} {
		got := Listing("Kurs", c.text)
		if got.Delivery != c.want {
			t.Errorf("%q: delivery %v, want %v", c.text, got.Delivery, c.want)
		}
		checkEvidence(t, "Kurs", c.text, got)
	}
}
