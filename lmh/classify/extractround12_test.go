package classify

import (
	"fmt"
	"testing"
)

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

// TestExtractPlaceNotYetNamed checks that a "Sted:" line that says when
// or how the place will be told, that it varies, or that it is someone's
// home names no venue, while a named place on such a line is one.
func TestExtractPlaceNotYetNamed(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Kurs for pårørende.\nSted: Meldes senere", ""},
		{"Kurs for pårørande.\nStad: Vert opplyst ved påmelding", ""},
		{"Kurs for pårørende.\nSted: Se nettsiden", ""},
		{"Kurs for pårørande.\nStad: Sjå heimesida", ""},
		{"Kurs for pårørende.\nSted: Hjemme hos deg", ""},
		{"Kurs for pårørande.\nStad: Heime hos ein av deltakarane", ""},
		{"Kurs for pårørende.\nSted: Etter avtale", ""},
		{"Kurs for pårørande.\nStad: Ulike stader i kommunen", ""},
		{"Kurs for pårørende.\nSted: Frivilligsentralen", "Frivilligsentralen"},
		{"Kurs for pårørande.\nStad: Biblioteket på Husnes", "Biblioteket på Husnes"},
	} {
		if got := readAll("", c.text).Offering.Place.Name; got != c.want {
			t.Errorf("%q: venue %q, want %q", c.text, got, c.want)
		}
	}
}

// TestExtractReadMoreAt checks that a name after "hos" or "ved" where the
// reader is told to read or find more ("Les mer om kurset hos
// Kreftforeningen", "Meir informasjon finn du hos …") is where one
// reads, the page's publisher or a contact, not the organiser, while an
// offering "ved" a named body still names it.
func TestExtractReadMoreAt(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Kurs for pårørende. Les mer om kurset hos Kreftforeningen.", ""},
		{"Kurs for pårørande. Meir informasjon finn du hos Kreftforeningen.", ""},
		{"Kurs for pårørande. Sjå oversikta over kurs ved Helse Førde.", ""},
		{"Kurs for pårørende. Se hele programmet hos Lærings- og mestringstjenesten Innlandet.", ""},
		{"Familietilbud ved Sykehuset Levanger.", "Sykehuset Levanger"},
		{"Kurs for pårørande ved Helse Førde. Sjå programmet under.", "Helse Førde"},
	} {
		if got, rule := givenProvider(c.text); got != c.want {
			t.Errorf("%q: provider %q by %s, want %q", c.text, got, rule, c.want)
		}
	}
}

// TestExtractHeadlineVerb checks that a text's first line that opens with
// a verb in the present tense ("Etablerer frisklivssentral i Lillesand")
// is a headline, not the organiser's name, while a name alone on the
// first line or before "er" still is.
func TestExtractHeadlineVerb(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Etablerer frisklivssentral i Lillesand\nEt enstemmig bystyre vil etablere en frisklivssentral.", ""},
		{"Etablerar frisklivssentral i Stord\nKommunestyret vil etablere ein frisklivssentral.", ""},
		{"Inviterer til Temakveld i Lillesand Frivilligsentral\nVelkommen til temakveld.", ""},
		{"Helse Bergen\nKurs i meistring av kols.", "Helse Bergen"},
		{"Kongsvinger sykehus er et lokalsykehus. Kurs for pårørende.", "Kongsvinger sykehus"},
	} {
		if got, rule := givenProvider(c.text); got != c.want {
			t.Errorf("%q: provider %q by %s, want %q", c.text, got, rule, c.want)
		}
	}
}

// TestExtractTalkBy checks that the unit after a programme's talk and
// "ved" ("Foredrag ved Kreftforeningen", "Innleiing ved …") is read as a
// speaker's unit (organisation_staff), not as the offering's organiser by
// organisation_name.
func TestExtractTalkBy(t *testing.T) {
	for _, c := range []struct {
		text string
		rule Basis
	}{
		{"Temakveld om kreft. Foredrag ved Kreftforeningen.", BasisOrgAffiliation},
		{"Temadag om demens.\nProgram:\nInnlegg ved Nasjonalforeningen.", BasisOrgAffiliation},
		{"Temakveld om kreft. Innleiing ved Kreftforeningen Vest.", BasisOrgAffiliation},
		{"Temakveld om kreft. Førelesing ved Helse Førde.", BasisOrgAffiliation},
		{"Familietilbud ved Sykehuset Levanger.", BasisOrgName},
	} {
		if rule := ruleOf(readAll("", c.text), "provider.name"); rule != c.rule {
			t.Errorf("%q: provider by %s, want %s", c.text, rule, c.rule)
		}
	}
}

// TestExtractUnitDefinite checks that a unit's word in the definite forms
// that were missing ("-avdelinga", "-enheten", "-eininga", "seksjonen")
// goes on through "ved" into the name of the body it belongs to, so that
// the unit, not its hospital alone, is the organiser.
func TestExtractUnitDefinite(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Øyre-nase-hals-avdelinga ved Haukeland universitetssjukehus har kurs for vaksne som er plaga av tinnitus.",
			"Øyre-nase-hals-avdelinga ved Haukeland universitetssjukehus"},
		{"Lungeenheten ved Sykehuset Innlandet har kurs for voksne med kols.", "Lungeenheten ved Sykehuset Innlandet"},
		{"Hjarteeininga ved Førde sentralsjukehus har kurs for pasientar med hjartesvikt.", "Hjarteeininga ved Førde sentralsjukehus"},
		{"Kurs for voksne med kols ved Sykehuset Innlandet.", "Sykehuset Innlandet"},
	} {
		if got, rule := givenProvider(c.text); got != c.want {
			t.Errorf("%q: provider %q by %s, want %q", c.text, got, rule, c.want)
		}
	}
}

// TestExtractCutCompoundBefore checks that the first part of a compound
// cut short and joined by "og" before the name read ("Astma- og
// Allergiforbundet i Vestland") belongs to the name: the name without it
// is one word too short.
func TestExtractCutCompoundBefore(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Astma- og Allergiforbundet i Vestland held kurs for foreldre til born med astma.", "Astma- og Allergiforbundet i Vestland"},
		{"Hjerte- og Lungeforeningen i Bergen arrangerer kurs for pårørende.", "Hjerte- og Lungeforeningen i Bergen"},
		{"Norges Astma- og Allergiforbund arrangerer kurs for foreldre.", "Norges Astma- og Allergiforbund"},
		{"Lærings- og mestringssenteret ved Sykehuset Innlandet inviterer til kurs.", "Lærings- og mestringssenteret ved Sykehuset Innlandet"},
	} {
		if got, rule := givenProvider(c.text); got != c.want {
			t.Errorf("%q: provider %q by %s, want %q", c.text, got, rule, c.want)
		}
	}
}

// TestExtractVenueOwner checks that a venue's name followed by a
// possessive ("i LMS sine nye lokale", "på Frivilligsentralen sitt
// store møterom") is the owner of the place, cut short, and gives no
// venue, while a name the possessive is part of ("LMS sine lokaler på
// Nordbyhagen") is kept.
func TestExtractVenueOwner(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		// Round 13 reads a possessive before a premises' or a room's
		// noun as part of the name ("LMS sine lokale", "Frivilligsentralen
		// sitt møterom": TestExtractPremisesOfOwner); a word between
		// still leaves the owner cut short.
		{"Kurset har fire samlingar og blir halde i LMS sine nye lokale.", ""},
		{"Vi møtes på Frivilligsentralen sitt store møterom.", ""},
		{"Vi møtest på Frivilligsentralen sitt store møterom kvar tysdag.", ""},
		{"Kurset holdes i LMS sine lokaler på Nordbyhagen.", "LMS sine lokaler på Nordbyhagen"},
		{"Kurset holdes på Frivilligsentralen.", "Frivilligsentralen"},
	} {
		if got := readAll("", c.text).Offering.Place.Name; got != c.want {
			t.Errorf("%q: venue %q, want %q", c.text, got, c.want)
		}
	}
}

// TestExtractHeldInPast checks that a date in a sentence that tells a
// gathering as held ("arrangerte", "samla seg", "vart halde", "ble
// avholdt") is a report of it, not the start, while a sentence that names
// a start or a new run keeps its date.
func TestExtractHeldInPast(t *testing.T) {
	for _, c := range []struct {
		text string
		date bool
	}{
		{"Temakveld for pårørende. Mandag 14. oktober 2013 arrangerte Sørum kommune en temakveld for støttekontakter.", false},
		{"Temakveld for pårørande. Tilsette samla seg 11. og 12. desember i Kristiansand til fagdagar.", false},
		{"Kurs for pårørande. Det første kurset vart halde 5. mai 2019 på Stord.", false},
		{"Kurs for etterlatte. Den første samlingen ble avholdt 24.–26. oktober 2008 på Kongsberg.", false},
		{"Kurs for pårørende. NFF møtte partileder Erna Solberg tirsdag 31. januar kl 15.00 på Stortinget.", false},
		{"Kurs for pårørende. Kurset starter 5. mars på Frivilligsentralen.", true},
		{"Kurs for pårørende. Etter at LHL arrangerte kurset i fjor, starter neste kurs 5. mars.", true},
		{"Kurs for pårørande. LHL skipar nytt kurs 5. mars, etter at det førre vart halde i haust.", true},
	} {
		d := readAll("", c.text)
		if got := !d.Offering.Schedule.Start.IsZero(); got != c.date {
			t.Errorf("%q: start %v, want a date: %v", c.text, d.Offering.Schedule.Start, c.date)
		}
	}
}

// TestExtractBylineDate checks that a date further on the line of a
// byline or a publication ("Skrevet av … | 14. juni 2012", "publisert i
// Psykologtidsskriftet nr. 3. august 2020") is the page's, while a start
// word between keeps the date the offering's.
func TestExtractBylineDate(t *testing.T) {
	for _, c := range []struct {
		text string
		date bool
	}{
		{"Kurs for ungdom.\nSkrevet av Simon-Peter Neumer | 14. juni 2012\nVIP er et tilbud.", false},
		{"Kurs for ungdom.\nSkriven av Kari Nordmann Olsen, 14. juni 2012\nKurset er eit tilbod.", false},
		{"Kurs for vaksne. Artikkelen vart publisert i Tidsskrift for Den norske legeforening 3. august 2020.", false},
		{"Kurs for voksne. Studien ble publisert i Psykologtidsskriftet nr. 3. august 2020.", false},
		{"Kurs for voksne. Skrevet av LMS: kurset starter 3. mars 2027.", true},
		{"Kurs for vaksne.\nSkriven av Kari Nordmann\nKurset startar 3. mars 2027.", true},
	} {
		d := readAll("", c.text)
		if got := !d.Offering.Schedule.Start.IsZero(); got != c.date {
			t.Errorf("%q: start %v, want a date: %v", c.text, d.Offering.Schedule.Start, c.date)
		}
	}
}

// TestExtractUntilDate checks that a date after "til" that ends no range
// ("besøksstans til 18.01.21", "stengt fram til 1. mars") is until when,
// not the start, while the ranges "fra 3. til 5. mars" and "3. mars til
// 5. mars" start on their first day.
func TestExtractUntilDate(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Kurs for pårørende. Det innføres besøksstans til 18.01.21.", ""},
		{"Kurs for pårørande. Kontoret er stengt fram til 1. mars.", ""},
		{"Kurs for pårørende. Kurset går fra 3. til 5. mars.", "--03-03"},
		{"Kurs for pårørande. Kurset går frå måndag 3. til onsdag 5. mars.", "--03-03"},
		{"Kurs for pårørende. Kurset går 3. mars til 5. mars.", "--03-03"},
		{"Kurs for pårørande. Kurset går frå 3. mars til og med 5. mars.", "--03-03"},
	} {
		d := readAll("", c.text)
		got := ""
		if s := d.Offering.Schedule.Start; !s.IsZero() {
			got = fmt.Sprintf("--%02d-%02d", s.Month, s.Day)
		}
		if got != c.want {
			t.Errorf("%q: start %q, want %q", c.text, got, c.want)
		}
	}
}

// TestExtractAlsoOffers checks that what a body offers besides ("X
// tilbyr også samtaler", "Elles tilbyr X …") is read at the lowest rank:
// beside another organiser's name the text names two and none is given,
// while alone, or by the same name, it is kept.
func TestExtractAlsoOffers(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Frisklivssentralen i Gjøvik har kurs for pårørende. Kreftforeningen tilbyr også samtaler med fagfolk.", ""},
		{"Frisklivssentralen i Sogndal har kurs for pårørande. Elles tilbyr Kreftforeningen samtalar.", ""},
		{"Frisklivssentralen i Sogndal har kurs for pårørande. Kreftforeningen tilbyr òg samtalar.", ""},
		{"Familietilbud ved Sykehuset Levanger. Kreftforeningen tilbyr også samtaler.", "Sykehuset Levanger"},
		{"Kurs for pårørende. Kreftforeningen tilbyr også et eget kurs for barn.", "Kreftforeningen"},
		{"Frisklivssentralen i Gjøvik har kurs for pårørende. Frisklivssentralen i Gjøvik tilbyr også samtaler.", "Frisklivssentralen i Gjøvik"},
		{"LHL Hamar arrangerer kurs for pårørende. Kreftforeningen tilbyr også samtaler.", "LHL Hamar"},
	} {
		if got, rule := givenProvider(c.text); got != c.want {
			t.Errorf("%q: provider %q by %s, want %q", c.text, got, rule, c.want)
		}
	}
}

// TestExtractVenueAndElsewhere checks that a venue joined by "og" to a
// place of another kind ("og hjemme hos deltakerne", "og ute", "og
// digitalt") is one of two places, so none is given, while "og" and a
// verb ("og går tur sammen") keeps it.
func TestExtractVenueAndElsewhere(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Kurset holdes på Frivilligsentralen og hjemme hos deltakerne.", ""},
		{"Vi møtest på Frivilligsentralen og ute i parken.", ""},
		{"Samlingane er på Frivilligsentralen og heime hos deltakarane.", ""},
		{"Vi møtes på Frivilligsentralen og går tur sammen.", "Frivilligsentralen"},
		{"Vi møtest på Frivilligsentralen og et saman.", "Frivilligsentralen"},
	} {
		if got := readAll("", c.text).Offering.Place.Name; got != c.want {
			t.Errorf("%q: venue %q, want %q", c.text, got, c.want)
		}
	}
}

// TestExtractUntilDateDeadline checks that a date after "til" with a
// sign-up or deadline word before it is the registration deadline
// (sign-up is open until then), not dropped as "until when" nor read as
// the start, in Bokmål and Nynorsk; and that with a start named too, the
// start stays the course's.
func TestExtractUntilDateDeadline(t *testing.T) {
	for _, c := range []struct{ text, deadline, start string }{
		{"Kurs for pårørende. Påmeldingsfrist til 1. mars.", "--03-01", ""},
		{"Kurs for pårørande. Påmeldingsfrist til 1. mars.", "--03-01", ""},
		{"Kurs for pårørende. Påmelding til 1. mars.", "--03-01", ""},
		{"Kurs for pårørande. Påmelding til 1. mars.", "--03-01", ""},
		{"Kurs for pårørende. Meld deg på til 1. mars.", "--03-01", ""},
		{"Kurs for pårørande. Kurset startar 3. mars. Påmelding til 1. mars.", "--03-01", "--03-03"},
		{"Kurs for pårørende. Send påmelding til kurs@example.no før 1. mars.", "--03-01", ""},
		{"Kurs for pårørende. Kontoret er stengt fram til 1. mars.", "", ""},
	} {
		d := readAll("", c.text)
		got, gotStart := "", ""
		if s := d.Offering.Frames.RegistrationDeadline; !s.IsZero() {
			got = fmt.Sprintf("--%02d-%02d", s.Month, s.Day)
		}
		if s := d.Offering.Schedule.Start; !s.IsZero() {
			gotStart = fmt.Sprintf("--%02d-%02d", s.Month, s.Day)
		}
		if got != c.deadline || gotStart != c.start {
			t.Errorf("%q: deadline %q start %q, want %q and %q", c.text, got, gotStart, c.deadline, c.start)
		}
	}
}
