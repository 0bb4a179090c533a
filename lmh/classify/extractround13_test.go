package classify

import (
	"testing"

	"github.com/lmhkit/lmhkit/lmh"
)

// The cases of readings round 13 (ninth session; Bokmål and Nynorsk):
// each case marked wrong gave a value the text does not support, or none
// where it states one, on the commit before its reading.

// TestExtractPremisesOfOwner checks that a name followed by a possessive
// and a noun of premises or of a room ("Frivilligsentralen sine lokale",
// "LMS sitt lokale", "sitt møterom") is the venue as written, as "LHLs
// lokaler" and "LMS sine lokaler" are (the Nynorsk "lokale", and the
// singular, were no venue's noun, so the owner was read cut short and
// given as none), while "lokale" as an adjective ("sine lokale lag") and a
// possessive before no such noun still give none.
func TestExtractPremisesOfOwner(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Kurset er i Frivilligsentralen sine lokale i Storgata 3.", "Frivilligsentralen sine lokale"},
		{"Kurset er i Frivilligsentralen sine lokaler i Storgata 3.", "Frivilligsentralen sine lokaler"},
		{"Kurset held til i Frivilligsentralen sine lokale på Stord.", "Frivilligsentralen sine lokale på Stord"},
		{"Kurset har fire samlingar og blir halde i LMS sine lokale.", "LMS sine lokale"},
		{"Kurset blir halde i LMS sitt lokale.", "LMS sitt lokale"},
		{"Kurset holdes i LMS sitt lokale.", "LMS sitt lokale"},
		{"Vi møtes på Frivilligsentralen sitt møterom.", "Frivilligsentralen sitt møterom"},
		{"Vi møtest på Frivilligsentralen sitt møterom kvar tysdag.", "Frivilligsentralen sitt møterom"},
		// "lokale" as an adjective, and a possessive before no premises.
		{"Kurset holdes i Kreftforeningen sine lokale foreninger.", ""},
		{"Kurset blir halde i Kreftforeningen sine lokale lag.", ""},
		{"Kurset holdes på Frivilligsentralen sitt initiativ.", ""},
	} {
		if got := readAll("", c.text).Offering.Place.Name; got != c.want {
			t.Errorf("%q: venue %q, want %q", c.text, got, c.want)
		}
	}
}

// TestExtractUnitWordThenBody checks that a unit named by one word of its
// kind in the definite form ("Lungeavdelingen", "Lungeavdelinga"), after
// "ved" and followed by a comma and the body it belongs to, which ends
// the sentence, is one provider as written, as a unit's name of more
// words was (unitThenOrg): the word alone is a common noun and gave none,
// and still does.
func TestExtractUnitWordThenBody(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Kurs for pasienter med kols ved Lungeavdelingen, Haukeland universitetssjukehus.", "Lungeavdelingen, Haukeland universitetssjukehus"},
		{"Kurs for pasientar med kols ved Lungeavdelinga, Haukeland universitetssjukehus.", "Lungeavdelinga, Haukeland universitetssjukehus"},
		{"Kurs for pasienter med kols ved Lungeavdelingen, Sykehuset Levanger.", "Lungeavdelingen, Sykehuset Levanger"},
		{"Kurs for pasientar med epilepsi ved Barneavdelinga, Førde sentralsjukehus.", "Barneavdelinga, Førde sentralsjukehus"},
		// The common noun alone, or with a list after the comma.
		{"Kurs for pasienter med kols ved Lungeavdelingen.", ""},
		{"Kurs for pasientar med kols ved Lungeavdelinga, Haukeland universitetssjukehus og Kreftforeininga.", ""},
		{"Kurs for pasienter med kols ved Lungeavdelingen, i samarbeid med LHL.", ""},
	} {
		if got, rule := givenProvider(c.text); got != c.want {
			t.Errorf("%q: provider %q by %s, want %q", c.text, got, rule, c.want)
		}
	}
}

// TestExtractVenueUnitThenBody checks that the venue read from a unit's
// name that a comma and its body follow ("ved Medisinsk avdeling, Førde
// sentralsjukehus") is the unit and its body, as the provider is, not the
// unit alone, while a building's name and its district after the comma
// ("Ulstein helsestasjon, Reiten") ends at the comma as before.
func TestExtractVenueUnitThenBody(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Kurset blir halde ved Medisinsk avdeling, Førde sentralsjukehus.", "Medisinsk avdeling, Førde sentralsjukehus"},
		{"Kurset holdes ved Medisinsk avdeling, Sykehuset Levanger.", "Medisinsk avdeling, Sykehuset Levanger"},
		{"Kurs for pasientar med kols ved Medisinsk avdeling, Førde sentralsjukehus.", "Medisinsk avdeling, Førde sentralsjukehus"},
		// A building and its district, and a list after the comma.
		{"Kurs for pasientar.\nStad: Ulstein helsestasjon, Reiten", "Ulstein helsestasjon"},
		{"Kurs for pasientar. Kurset blir halde ved Medisinsk avdeling, Førde sentralsjukehus og Nordfjord sjukehus.", ""},
	} {
		if got := readAll("", c.text).Offering.Place.Name; got != c.want {
			t.Errorf("%q: venue %q, want %q", c.text, got, c.want)
		}
	}
}

// TestExtractHeldWithHadde checks that "hadde" with no participle after
// it ("Vi hadde et kurs 11. mars", "Kurset 11. mars hadde 20
// deltakere", "Vi hadde besøk av LHL") tells a gathering as held, a
// report of it, as "hadde kurs" did, while "hadde" before a plan or a
// wish ("hadde tenkt", "hadde planlagt", "hadde lyst"), after a
// condition ("Om du hadde …"), and a sentence that names a new run keep
// the date.
func TestExtractHeldWithHadde(t *testing.T) {
	for _, c := range []struct {
		text string
		date bool
	}{
		{"Kurs for pårørende. Vi hadde et kurs 11. mars.", false},
		{"Kurs for pårørande. Vi hadde ei samling 11. mars.", false},
		{"Kurs for pårørende. Kurset 11. mars hadde 20 deltakere.", false},
		{"Kurs for pårørande. Kurset 11. mars hadde 20 deltakarar.", false},
		{"Kurs for pårørende. Vi hadde besøk av LHL 11. mars.", false},
		{"Kurs for pårørande. Den 11. mars hadde vi besøk av LHL.", false},
		// A plan, a wish, a condition, a new run.
		{"Kurs for pårørende. Vi hadde tenkt å invitere til kurs 11. mars.", true},
		{"Kurs for pårørande. Vi hadde planlagt eit kurs 11. mars.", true},
		{"Kurs for pårørende. Hvis du hadde lyst, kan du bli med på kurs 11. mars.", true},
		{"Kurs for pårørande. Vi hadde kurs i fjor, og neste kurs er 11. mars.", true},
		{"Kurs for pårørende. Kurset 11. mars har 20 plasser.", true},
	} {
		d := readAll("", c.text)
		if got := !d.Offering.Schedule.Start.IsZero(); got != c.date {
			t.Errorf("%q: start %v, want a date: %v", c.text, d.Offering.Schedule.Start, c.date)
		}
	}
}

// TestExtractDaysBeforeStart checks that a number of days said of a time
// before or after the offering's start or a session ("Påmelding senest 5
// dager før kursstart", "seinast 3 dagar før kurset startar", "2 dager
// etter første samling") is a lead time, not the number of sessions, while
// a number of days the offering lasts still counts them.
func TestExtractDaysBeforeStart(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Kurs for pårørende. Påmelding senest 5 dager før kursstart.", 0},
		{"Kurs for pårørande. Påmelding seinast 3 dagar før kurset startar.", 0},
		{"Kurs for pårørende. Avmelding må skje innen 2 dager før oppstart.", 0},
		{"Kurs for pårørande. Du får ein telefon 2 dagar etter første samling.", 0},
		{"Kurs for pårørende. Du får materiell 7 dager før kurset.", 0},
		// The offering's own days.
		{"Kurs for pårørende. Kurset går over 2 dager.", 2},
		{"Kurs for pårørande. Kurset går over to dagar før jul.", 2},
		{"Kurs for pårørende. Vi møtes 4 kvelder før jul.", 4},
	} {
		if got := readAll("", c.text).Offering.Frames.Sessions; got != c.want {
			t.Errorf("%q: sessions %d, want %d", c.text, got, c.want)
		}
	}
}

// TestExtractFreeAlsoOffered checks that "gratis" said of an offering
// named as one more ("Vi har også et gratis kurs for pårørende", "Vi har
// òg eit gratis kurs", "tilbyr dessuten gratis samtalar") is not the
// cost of the one the text is about, while the offering said to be free
// too ("Kurset er også gratis", "Dessuten er kurset gratis") is.
func TestExtractFreeAlsoOffered(t *testing.T) {
	for _, c := range []struct {
		text string
		free bool
	}{
		{"Kurs for pasienter med kols. Vi har også et gratis kurs for pårørende.", false},
		{"Kurs for pasientar med kols. Vi har òg eit gratis kurs for pårørande.", false},
		{"Kurs for pasienter med kols. LHL har i tillegg et gratis treningstilbud.", false},
		{"Kurs for pasientar med kols. LHL har dessutan gratis samtalegrupper.", false},
		{"Kurs for pasienter med kols. Vi har også gratis kurs for pårørende.", false},
		// The offering itself.
		{"Kurs for pasienter med kols. Kurset er også gratis.", true},
		{"Kurs for pasientar med kols. Kurset er òg gratis.", true},
		{"Kurs for pasienter med kols. Dessuten er kurset gratis.", true},
		{"Kurs for pasienter med kols. Vi har et gratis kurs for deg.", true},
	} {
		if got := readAll("", c.text).Offering.Frames.Cost.Free; got != c.free {
			t.Errorf("%q: free %v, want %v", c.text, got, c.free)
		}
	}
}

// TestExtractPriceOfCare checks that an amount said of care named as the
// subject of "koster" ("En time hos psykolog koster 1500 kr",
// "Behandling hos fysioterapeut kostar 350 kr") is what that care costs,
// not the fee of the offering, while the offering's own price ("Kurset
// koster 300 kr", "Kurset hos fysioterapeuten koster 300 kr") is read.
func TestExtractPriceOfCare(t *testing.T) {
	for _, c := range []struct {
		text string
		fee  int
	}{
		{"Kurs for pasienter med angst. En time hos psykolog koster 1500 kr. Kurset er et gratis alternativ.", 0},
		{"Kurs for pasientar med angst. Ein time hos psykolog kostar 1500 kr. Kurset er eit gratis alternativ.", 0},
		{"Kurs for pasienter med artrose. Behandling hos fysioterapeut koster 350 kr.", 0},
		{"Kurs for pasientar med artrose. Vanleg behandling hos fysioterapeut kostar 350 kr.", 0},
		// The offering's price.
		{"Kurs for pasienter med artrose. Kurset koster 300 kr.", 300},
		{"Kurs for pasientar med artrose. Kurset hos fysioterapeuten kostar 300 kr.", 300},
	} {
		if got := readAll("", c.text).Offering.Frames.Cost.FeeNOK; got != c.fee {
			t.Errorf("%q: fee %d, want %d", c.text, got, c.fee)
		}
	}
}

// TestExtractAgeOfSomeoneElse checks that an age after "deg som har" and
// a relative ("Kurset passer for deg som har en forelder over 70 år"), or
// in a sentence of how often an illness strikes ("Sykdommen rammer
// oftest personer mellom 20 og 40 år"), is not the participants', while
// "for deg som er over 18 år" and "for personer mellom 20 og 40 år" are.
func TestExtractAgeOfSomeoneElse(t *testing.T) {
	for _, c := range []struct {
		text     string
		min, max int
	}{
		{"Kurs for pårørende. Kurset passer for deg som har en forelder over 70 år.", 0, 0},
		{"Kurs for pårørande. Kurset passar for deg som har ein forelder over 70 år.", 0, 0},
		{"Kurs for pårørende. Kurset er for personer som har en ektefelle mellom 50 og 70 år.", 0, 0},
		{"Kurs om MS. Sykdommen rammer oftest personer mellom 20 og 40 år.", 0, 0},
		{"Kurs om MS. Sjukdomen rammar oftast personar mellom 20 og 40 år.", 0, 0},
		{"Kurs om MS. MS debuterer vanligvis hos personer mellom 20 og 40 år.", 0, 0},
		// The participants' own.
		{"Kurs for pårørende. Kurset passer for deg som er over 18 år.", 18, 0},
		{"Kurs for pårørande. Kurset passar for deg som er over 18 år.", 18, 0},
		{"Kurs om MS. Kurset er for personer mellom 20 og 40 år.", 20, 40},
	} {
		a := readAll("", c.text).Offering.TargetGroup.Ages
		if a.Min != c.min || a.Max != c.max {
			t.Errorf("%q: ages %d–%d, want %d–%d", c.text, a.Min, a.Max, c.min, c.max)
		}
	}
}

// TestExtractReferralForCare checks that a referral asked for care named
// as the subject before it ("Individuell behandling krever henvisning",
// "Utgreiing ved poliklinikken krev tilvising") is not the offering's,
// while the offering's own ("Kurset krever henvisning") is read.
func TestExtractReferralForCare(t *testing.T) {
	for _, c := range []struct {
		text string
		want string
	}{
		{"Kurs for pasienter med kols. Individuell behandling krever henvisning.", ""},
		{"Kurs for pasientar med kols. Individuell behandling krev tilvising.", ""},
		{"Kurs for pasientar med kols. Utgreiing ved poliklinikken krev tilvising frå fastlege.", ""},
		{"Kurs for pasienter med kols. Behandling hos fysioterapeut krever henvisning fra lege.", ""},
		// The offering's own.
		{"Kurs for pasienter med kols. Kurset krever henvisning.", "true"},
		{"Kurs for pasientar med kols. Kurset krev tilvising.", "true"},
		{"Kurs for pasienter med kols. Kurset er en del av behandlingen og krever henvisning.", "true"},
	} {
		got := ""
		if b, ok := readAll("", c.text).Offering.Frames.ReferralRequired.Bool(); ok {
			got = map[bool]string{true: "true", false: "false"}[b]
		}
		if got != c.want {
			t.Errorf("%q: referral %q, want %q", c.text, got, c.want)
		}
	}
}

// TestExtractTookPlace checks that a date told as the day a gathering
// took place ("Kurset fant sted 5. mars", "gjekk av stabelen 5. mars")
// or of how many came ("Den 5. mars var det 20 deltakere", "5. mars kom
// 20 deltakarar") is a report, not the start, while an invitation ("Kom
// på kurs 5. mars") and a start ("Kurset starter 5. mars, og det var 20
// på forrige") keep the date.
func TestExtractTookPlace(t *testing.T) {
	for _, c := range []struct {
		text string
		date bool
	}{
		{"Kurs for pårørende. Kurset fant sted 5. mars på Gjøvik.", false},
		{"Kurs for pårørande. Kurset fann stad 5. mars på Gjøvik.", false},
		{"Kurs for pårørende. Kurset gikk av stabelen 5. mars.", false},
		{"Kurs for pårørande. Kurset gjekk av stabelen 5. mars.", false},
		{"Kurs for pårørende. Den 5. mars var det 20 deltakere på kurset.", false},
		{"Kurs for pårørande. Den 5. mars var det 20 deltakarar på kurset.", false},
		{"Kurs for pårørende. 5. mars kom 20 deltakere til første samling.", false},
		{"Kurs for pårørande. 5. mars kom 20 deltakarar til første samling.", false},
		// An invitation, a start.
		{"Kurs for pårørende. Kom på kurs 5. mars!", true},
		{"Kurs for pårørande. Kom 5. mars kl. 18!", true},
		{"Kurs for pårørende. Kurset starter 5. mars.", true},
	} {
		d := readAll("", c.text)
		if got := !d.Offering.Schedule.Start.IsZero(); got != c.date {
			t.Errorf("%q: start %v, want a date: %v", c.text, d.Offering.Schedule.Start, c.date)
		}
	}
}

// TestExtractBylineLine checks that a date on a byline's line ("Av Kari
// Nordmann | 05.03.2024", "05.03.2024 | Av Kari Nordmann", "Tekst og
// foto: Kari Nordmann 05.03.2024") is the page's, not the start, while a
// session's line ("Av og til møtes vi 5. mars", "5. mars 2027 kl. 18")
// keeps it.
func TestExtractBylineLine(t *testing.T) {
	for _, c := range []struct {
		text string
		date bool
	}{
		{"Kurs for pårørende.\nAv Kari Nordmann | 05.03.2024\nKurset er for deg.", false},
		{"Kurs for pårørande.\nAv Kari Nordmann | 05.03.2024\nKurset er for deg.", false},
		{"Kurs for pårørende.\n05.03.2024 | Av Kari Nordmann\nKurset er for deg.", false},
		{"Kurs for pårørande.\n5. mars 2024 – av Kari Nordmann\nKurset er for deg.", false},
		{"Kurs for pårørende.\nTekst og foto: Kari Nordmann 05.03.2024\nKurset er for deg.", false},
		{"Kurs for pårørande.\nTekst: Kari Nordmann, 5. mars 2024\nKurset er for deg.", false},
		// A session's line.
		{"Kurs for pårørende.\nAv og til møtes vi, neste gang 5. mars 2027.", true},
		{"Kurs for pårørande.\n5. mars 2027 kl. 18\nKurset er for deg.", true},
	} {
		d := readAll("", c.text)
		if got := !d.Offering.Schedule.Start.IsZero(); got != c.date {
			t.Errorf("%q: start %v, want a date: %v", c.text, d.Offering.Schedule.Start, c.date)
		}
	}
}

// TestExtractSpanOfDays checks that a number of days after "i løpet
// av", or after "i" in a sentence that names no offering, no session and
// no meeting ("Hun var innlagt i 14 dager", "Vi svarer i løpet av 2
// dager"), is a span of time, not the number of sessions, while "Kurset
// varer i 2 dager", "Mestringskurs på to dagar" and "Vi møtes i 2 dager"
// count them.
func TestExtractSpanOfDays(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Kurs for pasienter. Hun var innlagt i 14 dager.", 0},
		{"Kurs for pasientar. Ho var innlagt i 14 dagar.", 0},
		{"Kurs for pasienter. Vi svarer på henvendelser i løpet av 2 dager.", 0},
		{"Kurs for pasientar. Vi svarar på førespurnader i løpet av 2 dagar.", 0},
		// The offering's days.
		{"Kurs for pasienter. Kurset varer i 2 dager.", 2},
		{"Kurs for pasientar. Mestringskurs på to dagar for deg med diabetes.", 2},
		{"Kurs for pasienter. Vi møtes i 2 dager på Gjøvik.", 2},
		{"Kurs for pasientar. Samlinga varer i 2 dagar.", 2},
	} {
		if got := readAll("", c.text).Offering.Frames.Sessions; got != c.want {
			t.Errorf("%q: sessions %d, want %d", c.text, got, c.want)
		}
	}
}

// TestExtractRegistrationWished checks that a sign-up the organiser
// wishes for ("Vi ønsker påmelding av hensyn til servering", "Vi
// ønskjer påmelding") is not one required, as "Påmelding er ønskelig"
// was not, while "Påmelding til kurset" and "Ønsker du å delta, meld deg
// på" still require it.
func TestExtractRegistrationWished(t *testing.T) {
	for _, c := range []struct {
		text string
		want string
	}{
		{"Kurs for pårørende. Vi ønsker påmelding av hensyn til servering.", ""},
		{"Kurs for pårørande. Vi ønskjer påmelding av omsyn til servering.", ""},
		{"Kurs for pårørande. Vi ynskjer påmelding.", ""},
		// Required.
		{"Kurs for pårørende. Påmelding til kurset på telefon.", "true"},
		{"Kurs for pårørende. Ønsker du å delta, meld deg på her.", "true"},
		{"Kurs for pårørande. Ønskjer du å delta, meld deg på her.", "true"},
	} {
		got := ""
		if b, ok := readAll("", c.text).Offering.Frames.RegistrationRequired.Bool(); ok {
			got = map[bool]string{true: "true", false: "false"}[b]
		}
		if got != c.want {
			t.Errorf("%q: registration %q, want %q", c.text, got, c.want)
		}
	}
}

// TestExtractNoNeedToSignUp checks that "Du trenger ikke å melde deg på"
// (the need's verb before its negation, nn "Du treng ikkje melde deg
// på") says no sign-up is needed, as "Det er ikke nødvendig å melde seg
// på" did; it gave one required.
func TestExtractNoNeedToSignUp(t *testing.T) {
	for _, c := range []struct {
		text string
		want string
	}{
		{"Samtalegruppe for pårørende. Du trenger ikke å melde deg på, og du kan være anonym.", "false"},
		{"Samtalegruppe for pårørende. Du trenger ikke melde deg på.", "false"},
		{"Samtalegruppe for pårørande. Du treng ikkje å melde deg på, og du kan vere anonym.", "false"},
		{"Samtalegruppe for pårørande. Du treng ikkje melde deg på.", "false"},
		{"Samtalegruppe for pårørende. Det er ikke nødvendig å melde seg på.", "false"},
		// Required.
		{"Samtalegruppe for pårørende. Du trenger ikke henvisning, men du må melde deg på.", "true"},
		{"Samtalegruppe for pårørande. Du må melde deg på.", "true"},
	} {
		got := ""
		if b, ok := readAll("", c.text).Offering.Frames.RegistrationRequired.Bool(); ok {
			got = map[bool]string{true: "true", false: "false"}[b]
		}
		if got != c.want {
			t.Errorf("%q: registration %q, want %q", c.text, got, c.want)
		}
	}
}

// TestExtractDailyIsAFrequency checks that a count of times a day ("Tren
// én gang daglig", "to gonger dagleg", "tre ganger om dagen") is a
// frequency, not the number of sessions, as "to ganger årlig" was, while
// "Vi møtes seks ganger" counts them.
func TestExtractDailyIsAFrequency(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Kurs for pasienter med kols. Tren én gang daglig.", 0},
		{"Kurs for pasientar med kols. Tren to gonger dagleg.", 0},
		{"Kurs for pasienter med kols. Bruk inhalatoren to ganger daglig.", 0},
		{"Kurs for pasientar med kols. Bruk inhalatoren tre gonger om dagen.", 0},
		// A count.
		{"Kurs for pasienter med kols. Vi møtes seks ganger.", 6},
		{"Kurs for pasientar med kols. Vi møtest seks gonger.", 6},
	} {
		if got := readAll("", c.text).Offering.Frames.Sessions; got != c.want {
			t.Errorf("%q: sessions %d, want %d", c.text, got, c.want)
		}
	}
}

// TestExtractAfterDate checks that a date after "etter" ("kan parkere
// gratis etter 1. desember", "Etter 5. mars blir kurset digitalt") is a
// bound in time, not a session's day, while a date after a start word or
// alone keeps it.
func TestExtractAfterDate(t *testing.T) {
	for _, c := range []struct {
		text string
		date bool
	}{
		{"Kurs for pårørende. Deltakere kan parkere gratis etter 1. desember.", false},
		{"Kurs for pårørande. Deltakarar kan parkere gratis etter 1. desember.", false},
		{"Kurs for pårørende. Etter 5. mars blir kurset digitalt.", false},
		{"Kurs for pårørande. Etter 5. mars blir kurset digitalt.", false},
		// A session's day.
		{"Kurs for pårørende. Kurset starter 5. mars.", true},
		{"Kurs for pårørande. Kurset er 5. mars, etter jul.", true},
	} {
		d := readAll("", c.text)
		if got := !d.Offering.Schedule.Start.IsZero(); got != c.date {
			t.Errorf("%q: start %v, want a date: %v", c.text, d.Offering.Schedule.Start, c.date)
		}
	}
}

// TestExtractFollowUpLength checks that the length of a follow-up session
// ("I tillegg kommer en oppfølgingssamling på 3 timer", "Oppfølgingssamlingen
// varer 3 timer") is not the length of every session, so no hours are
// computed from it, while "6 samlinger på 3 timer" gives 18.
func TestExtractFollowUpLength(t *testing.T) {
	for _, c := range []struct {
		text  string
		hours float64
	}{
		{"Kurs for pårørende. Kurset består av 6 samlinger. I tillegg kommer en oppfølgingssamling på 3 timer.", 0},
		{"Kurs for pårørande. Kurset består av 6 samlingar. I tillegg kjem ei oppfølgingssamling på 3 timar.", 0},
		{"Kurs for pårørende. Kurset består av 6 samlinger. Oppfølgingssamlingen varer 3 timer.", 0},
		{"Kurs for pårørande. Kurset består av 6 samlingar. Oppfylgingssamlinga varer 3 timar.", 0},
		// Every session's length.
		{"Kurs for pårørende. Kurset består av 6 samlinger på 3 timer.", 18},
		{"Kurs for pårørande. Kurset består av 6 samlingar på 3 timar.", 18},
	} {
		if got := readAll("", c.text).Offering.Frames.Hours; got != c.hours {
			t.Errorf("%q: hours %v, want %v", c.text, got, c.hours)
		}
	}
}

// TestExtractLabelAnsweredNo checks that a label answered "Nei" or "Ja"
// ("Påmelding: Nei", "Henvisning: Nei", "Tilvising: Ja") says whether it
// is needed: "Påmelding: Nei" gave a sign-up required, the opposite, and
// "Henvisning: Nei" nothing.
func TestExtractLabelAnsweredNo(t *testing.T) {
	str := func(s lmh.Stated) string {
		if b, ok := s.Bool(); ok {
			return map[bool]string{true: "true", false: "false"}[b]
		}
		return ""
	}
	for _, c := range []struct{ text, reg, ref string }{
		{"Kurs for pårørende.\nPåmelding: Nei", "false", ""},
		{"Kurs for pårørande.\nPåmelding: Nei\nTilvising: Nei", "false", "false"},
		{"Kurs for pårørende.\nHenvisning: Nei", "", "false"},
		{"Kurs for pårørande.\nTilvising: Ja", "", "true"},
		{"Kurs for pårørende.\nHenvisning: Ja\nPåmelding: Ja", "true", "true"},
		{"Kurs for pårørende.\nPåmelding: Ikke nødvendig", "false", ""},
	} {
		f := readAll("", c.text).Offering.Frames
		if got := str(f.RegistrationRequired); got != c.reg {
			t.Errorf("%q: registration %q, want %q", c.text, got, c.reg)
		}
		if got := str(f.ReferralRequired); got != c.ref {
			t.Errorf("%q: referral %q, want %q", c.text, got, c.ref)
		}
	}
}

// TestExtractInForce checks that a date a law or a scheme comes into
// force ("Loven trådte i kraft 1. januar 2020", "Ordninga tek til å
// gjelde … trer i kraft 1. juli") is no session's, while a course's day
// in another sentence keeps it.
func TestExtractInForce(t *testing.T) {
	for _, c := range []struct {
		text string
		date bool
	}{
		{"Kurs for pårørende. Loven trådte i kraft 1. januar 2020.", false},
		{"Kurs for pårørande. Lova trådde i kraft 1. januar 2020.", false},
		{"Kurs for pårørende. Den nye ordningen trer i kraft 1. juli.", false},
		{"Kurs for pårørande. Den nye ordninga tek til å gjelde når ho trer i kraft 1. juli.", false},
		// A session's day.
		{"Kurs for pårørende. Loven trådte i kraft i fjor. Kurset starter 5. mars.", true},
		{"Kurs for pårørande. Lova trådde i kraft i fjor. Kurset startar 5. mars.", true},
	} {
		d := readAll("", c.text)
		if got := !d.Offering.Schedule.Start.IsZero(); got != c.date {
			t.Errorf("%q: start %v, want a date: %v", c.text, d.Offering.Schedule.Start, c.date)
		}
	}
}

// TestExtractCostToOthers checks that what an offering costs a body
// ("Kurset koster kommunen 3000 kr per deltaker", "kostar sjukehuset")
// and a fee for patients' travel ("Egenandel for pasientreiser er 160 kr
// per vei") are not the participant's fee, while "Kurset koster 300 kr
// per deltaker" is.
func TestExtractCostToOthers(t *testing.T) {
	for _, c := range []struct {
		text string
		fee  int
	}{
		{"Kurs for pårørende. Kurset koster kommunen 3000 kr per deltaker.", 0},
		{"Kurs for pårørande. Kurset kostar kommunen 3000 kr per deltakar.", 0},
		{"Kurs for pårørande. Kvar plass kostar sjukehuset 2000 kr.", 0},
		{"Kurs for pårørende. Egenandel for pasientreiser er 160 kr per vei.", 0},
		{"Kurs for pårørande. Eigendel for reisa er 160 kr.", 0},
		// The participant's fee.
		{"Kurs for pårørende. Kurset koster 300 kr per deltaker.", 300},
		{"Kurs for pårørande. Kurset kostar 300 kr per deltakar.", 300},
	} {
		if got := readAll("", c.text).Offering.Frames.Cost.FeeNOK; got != c.fee {
			t.Errorf("%q: fee %d, want %d", c.text, got, c.fee)
		}
	}
}

// TestExtractAlsoOfferedCount checks that a count of sessions or a start
// said of an offering named as one more ("Vi har også et kurs over 4
// kvelder for pårørende", "LHL tilbyr òg ei treningsgruppe som møtest 12
// gonger", "Vi har også kurs for pårørende, med oppstart 5. mars") is
// that offering's, not the text's, while the text's own ("Kurset går
// også over 4 kvelder") is read, and with both the text's own is kept.
func TestExtractAlsoOfferedCount(t *testing.T) {
	for _, c := range []struct {
		text     string
		sessions int
		date     bool
	}{
		{"Kurs for pasienter. Vi har også et kurs over 4 kvelder for pårørende.", 0, false},
		{"Kurs for pasientar. Vi har òg eit kurs over 4 kveldar for pårørande.", 0, false},
		{"Kurs for pasientar. LHL tilbyr òg ei treningsgruppe som møtest 12 gonger.", 0, false},
		{"Kurs for pasienter. I tillegg har vi en samtalegruppe på 8 samlinger.", 0, false},
		{"Kurs for pasienter. Vi har også kurs for pårørende, med oppstart 5. mars.", 0, false},
		{"Kurs for pasientar. Vi har òg kurs for pårørande, med oppstart 5. mars.", 0, false},
		// The text's own.
		{"Kurs for pasienter. Kurset går også over 4 kvelder.", 4, false},
		{"Kurs for pasienter. Kurset går over 6 kvelder. Vi har også et kurs over 4 kvelder for pårørende.", 6, false},
		{"Kurs for pasientar. Kurset startar 5. mars. Vi har òg eit kurs for pårørande, med oppstart 12. mars.", 0, true},
	} {
		d := readAll("", c.text)
		if got := d.Offering.Frames.Sessions; got != c.sessions {
			t.Errorf("%q: sessions %d, want %d", c.text, got, c.sessions)
		}
		if got := !d.Offering.Schedule.Start.IsZero(); got != c.date {
			t.Errorf("%q: start %v, want a date: %v", c.text, d.Offering.Schedule.Start, c.date)
		}
	}
}
