package classify

import (
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// togetherForms are the ways of saying "together with" that name a
// partner: Bokmål "sammen med", Nynorsk "saman med", and "i lag med",
// Nynorsk and Bokmål alike.
var togetherForms = []string{"sammen med", "saman med", "i lag med"}

// TestTogetherWithIsRead: "i lag med" names a partner as "sammen med" and
// "saman med" do (review 10, eighth session: it was read as no word at
// all, so the partner's place, a venue after it and an arena word after it
// were taken for the offering's). Each sentence is read with every form,
// Bokmål and Nynorsk.
func TestTogetherWithIsRead(t *testing.T) {
	form := func(s, f string) string {
		s = strings.Replace(s, "SM", f, 1)
		return strings.ToUpper(s[:1]) + s[1:]
	}
	for _, c := range []struct{ text, municipality, provider, venue string }{
		// A partner's place is not the offering's.
		{"Kurset er laget SM UNN Tromsø.", "", "", ""},
		{"Kurset er laga SM Stord kommune.", "", "", ""},
		{"Kurset holdes av Frisklivssentralen SM kommunen på Husnes.", "", "", ""},
		{"Kurset vert halde av Frisklivssentralen SM kommunen på Husnes.", "", "", ""},
		// Nor a unit after the partner ("fagfolk ved Sykehuset Levanger").
		{"Kurset holdes SM fagfolk ved Sykehuset Levanger.", "", "", ""},
		{"Kurset vert halde SM fagfolk ved Sjukehuset Levanger.", "", "", ""},
		// Partners of one rank, neither the organiser.
		{"Sykehuset Innlandet har gått SM Elverum kommune for å tilby kurs.", "", "", ""},
		{"Helse Førde har gått SM Sunnfjord kommune for å tilby kurs.", "", "", ""},
		// The partner before the verb is no subject; the one after it is.
		{"SM Kreftforeningen tilbyr Ålesund kommune kurs.", "", "Ålesund kommune", ""},
		{"SM Kreftforeininga tilbyr Ålesund kommune kurs.", "", "Ålesund kommune", ""},
	} {
		for _, f := range togetherForms {
			text := form(c.text, f)
			o := readAll("", text).Offering
			if o.Place.Municipality != c.municipality || o.Provider.Name != c.provider || o.Place.Name != c.venue {
				t.Errorf("%q: municipality %q provider %q venue %q, want %q, %q, %q", text,
					o.Place.Municipality, o.Provider.Name, o.Place.Name, c.municipality, c.provider, c.venue)
			}
		}
	}
	for _, c := range []struct {
		text string
		want taxonomy.Arena
	}{
		// An arena named as a partner does not organise.
		{"Frivillige arrangerer kurset SM kommunen.", 0},
		{"Kurset vert arrangert av frivillige SM kommunen.", 0},
		{"Kurset blir arrangert av frivillige SM sykehuset.", 0},
		{"Kurset blir arrangert av frivillige SM sjukehuset.", 0},
	} {
		for _, f := range togetherForms {
			text := form(c.text, f)
			if got := Listing("Kurs", text).Arena; got != c.want {
				t.Errorf("%q: arena %v, want %v", text, got, c.want)
			}
		}
	}
}
