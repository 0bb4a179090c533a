package classify

import (
	"testing"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// TestDeliveryPlaceWord: a centre, a hospital or a building after "ved",
// "på" or "i" is where an offering meets, where nothing else says how it
// is delivered; not an indefinite one in a list of settings, a unit's
// place or an organiser. Bokmål and Nynorsk.
func TestDeliveryPlaceWord(t *testing.T) {
	cases := []struct {
		name, title, text string
		want              taxonomy.Delivery
	}{
		{"centres in a town nb", "Kurs om overspising", "Vi vil gjennomføre fire kursrekker ved ROS-sentrene i Bergen og Trondheim.", taxonomy.DeliveryInPerson},
		{"centre in a town nn", "Kurs om overspising", "Vi vil gjennomføre fire kursrekkjer ved ROS-sentera i Bergen og Trondheim.", taxonomy.DeliveryInPerson},
		{"coordinated centre", "Å se nye muligheter", "Blindeforbundet kan nå tilby kurset ved sitt syn- og mestringssenter i Hurdal.", taxonomy.DeliveryInPerson},
		{"the hospital nb", "Ny med diagnosen", "Dette skal dere få opplæring i på sykehuset.", taxonomy.DeliveryInPerson},
		{"the hospital nn", "Ny med diagnosen", "Dette skal de få opplæring i på sjukehuset.", taxonomy.DeliveryInPerson},
		{"a building nn", "Nytt tilbod", "Etableringa er i bygget til Nissedal Røde Kors.", taxonomy.DeliveryInPerson},
		{"settings", "Metode", "Metoden brukes ved frisklivssentraler, i rehabilitering, på sykehus og i grupper.", 0},
		{"a unit's place", "Familieundervisning", "Psykoseteamet ved Nordlandssykehuset inviterte pasienter og pårørende til undervisning.", 0},
		{"an acronym's place nb", "Om oss", "LMS ved Sykehuset Innlandet planlegger pasient- og pårørendeopplæring.", 0},
		{"an acronym's place nn", "Samlivskurs", "Familievernkontoret og LMS ved Sjukehuset i Førde held samlivskurs for par.", 0},
		{"staff's place nb", "Om oss", "Vi samarbeider med fagfolk på sykehuset om pasientopplæring.", 0},
		{"staff's place nn", "Om oss", "Vi samarbeider med fagfolk på sjukehuset om pasientopplæring.", 0},
		{"not right after", "Leve med revmatisk sjukdom", "Kurset er sett på pause medan poliklinikken flyttar; nye datoar kjem.", 0},
		{"an organiser nb", "Hjertesvikt", "Ved hjertesviktpoliklinikken tilbyr vi individuell oppfølging av pasienter med hjertesvikt.", 0},
		{"an organiser nn", "Hjartesvikt", "Ved hjartesviktpoliklinikken tilbyr vi individuell oppfylging av pasientar med hjartesvikt.", 0},
	}
	for _, c := range cases {
		if got := Listing(c.title, c.text).Delivery; got != c.want {
			t.Errorf("%s: delivery %q, want %q", c.name, got, c.want)
		}
	}
}

// TestDeliveryTool: an app or a course module, with no other sign of
// delivery, is used on a screen. Bokmål and Nynorsk.
func TestDeliveryTool(t *testing.T) {
	for _, text := range []string{
		"Dette er en app for deg som plages av tinnitus. Appen kan lastes ned gratis.",
		"Dette er ein app for deg som er plaga av tinnitus. Appen kan lastast ned gratis.",
		"Før du begynner denne modulen, ber vi deg tenke over noen spørsmål.",
	} {
		if got := Listing("Tinnitus", text).Delivery; got != taxonomy.DeliveryDigital {
			t.Errorf("%q: delivery %q, want digital", text, got)
		}
	}
}

// TestDeliveryDays: course days and a day programme, with no other sign
// of delivery, are spent in person. Bokmål and Nynorsk.
func TestDeliveryDays(t *testing.T) {
	for _, text := range []string{
		"Kurset går over seks uker, to halve kursdager per uke.",
		"Kurset går over seks veker, to halve kursdagar per veke.",
		"Tilbudet er et dagtilbud i gruppe tre dager i uka.",
		"Tilbodet er eit dagtilbod i gruppe tre dagar i veka.",
	} {
		if got := Listing("Lungerehabilitering", text).Delivery; got != taxonomy.DeliveryInPerson {
			t.Errorf("%q: delivery %q, want in_person", text, got)
		}
	}
}
