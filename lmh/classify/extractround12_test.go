package classify

import "testing"

// The cases of round 12 of the extraction (eighth session; Bokmål and
// Nynorsk): each wrong case gave a provider or a venue the text does not
// support before the round, each right one is kept.

// givenProvider returns the provider the gate gives for text, and its rule.
func givenProvider(text string) (string, Basis) {
	d := theClassifier().extract("", text, december, false)
	if d.Offering.Provider.Name == "" {
		return "", ""
	}
	return d.Offering.Provider.Name, ruleOf(d, "provider.name")
}

// TestExtractSpeakersPost checks that the unit after a speaker's or a
// contact's post and "ved" ("audiopedagog ved HLF Briskeby", "nevrolog
// ved", "psykiater ved") ties the unit to the person, not to the
// offering: the post reads as a job title as "sykepleier ved" did, so the
// unit is read by organisation_staff (withheld), while an offering's noun
// before "ved" still names the organiser.
func TestExtractSpeakersPost(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Tinnituskurs for ungdom.\nInger Kristiansen, audiopedagog ved HLF Briskeby, forteller om hørsel.", ""},
		{"Kurs om epilepsi. Kari Nordmann, nevrolog ved Haukeland universitetssjukehus, fortel om medisinar.", ""},
		{"Kurs om psykose. Ola Nordmann, psykiater ved Sørlandet sykehus, snakker om behandling.", ""},
		{"Kurs om søvn. Kari Nordmann, forskar ved Universitetet i Bergen, fortel om søvn.", ""},
		{"Kurs om demens. Kari Nordmann, spesialpedagog ved Statped, og Ola Nordmann, sosionom ved NAV Gjøvik, underviser.", ""},
		{"Familietilbud ved Sykehuset Levanger.", "Sykehuset Levanger"},
		{"Familietilbod ved Helse Førde. Kurset går over to dagar.", "Helse Førde"},
	} {
		if got, rule := givenProvider(c.text); got != c.want {
			t.Errorf("%q: provider %q by %s, want %q", c.text, got, rule, c.want)
		}
	}
}
