package classify

import "testing"

// The cases of the review of readings round 13 (review14; Bokmål and
// Nynorsk): each reading of that round must not fire where the listing
// states its own value in the shape the reading was written against.

// TestExtractAlsoOwnOffering checks that a word of addition does not make
// the listing's own offering another one: "også" before a time ("Også i
// år arrangerer vi kurs over 4 kvelder"), the offering in the definite
// form after it ("Pårørende kan også delta på kurset, som går over 4
// kvelder", "I tillegg til kurset på 4 kvelder") or before it as the
// subject ("Kurset har også en samling 5. mars"), while an offering named
// as one more ("Vi har også et kurs over 4 kvelder for pårørende") is
// still that one's.
func TestExtractAlsoOwnOffering(t *testing.T) {
	for _, c := range []struct {
		text     string
		sessions int
		date     bool
	}{
		{"Kurs for pasienter. Også i år arrangerer vi kurs over 4 kvelder.", 4, false},
		{"Kurs for pasientar. Også i år arrangerer vi kurs over 4 kveldar.", 4, false},
		{"Kurs for pasientar. Òg denne hausten har vi kurs over 4 kveldar.", 4, false},
		{"Kurs for pasienter. Pårørende kan også delta på kurset, som går over 4 kvelder.", 4, false},
		{"Kurs for pasientar. Pårørande kan òg delta på kurset, som går over 4 kveldar.", 4, false},
		{"Kurs for pasienter. I tillegg til kurset på 4 kvelder får du en samtale.", 4, false},
		{"Kurs for pasientar. I tillegg til kurset på 4 kveldar får du ein samtale.", 4, false},
		{"Kurs for pasienter. Pårørende er også velkommen på kurset 5. mars.", 0, true},
		{"Kurs for pasientar. Pårørande er òg velkomne på kurset 5. mars.", 0, true},
		{"Kurs for pasienter. Kurset har også en samling 5. mars.", 0, true},
		{"Kurs for pasientar. Kurset har òg ei samling 5. mars.", 0, true},
		// Another offering's.
		{"Kurs for pasienter. Vi har også et kurs over 4 kvelder for pårørende.", 0, false},
		{"Kurs for pasientar. Vi har òg kurs for pårørande, med oppstart 5. mars.", 0, false},
		{"Kurs for pasienter. I tillegg har vi en samtalegruppe på 8 samlinger.", 0, false},
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

// TestExtractHaddeConditional checks that "hadde" opening its sentence
// ("Hadde du lyst til å delta …", a condition) or before "vært"/"vore"
// ("Det hadde vært fint om du kom 11. mars") tells no gathering as held,
// while "Vi hadde et kurs 11. mars" still does.
func TestExtractHaddeConditional(t *testing.T) {
	for _, c := range []struct {
		text string
		date bool
	}{
		{"Kurs for pårørende. Hadde du lyst til å delta på kurs 11. mars, meld deg på.", true},
		{"Kurs for pårørande. Hadde du lyst til å vere med på kurs 11. mars, meld deg på.", true},
		{"Kurs for pårørende. Det hadde vært fint om du kunne komme 11. mars.", true},
		{"Kurs for pårørande. Det hadde vore kjekt om du kunne kome 11. mars.", true},
		// A report.
		{"Kurs for pårørende. Vi hadde et kurs 11. mars.", false},
		{"Kurs for pårørande. Vi hadde ei samling 11. mars.", false},
	} {
		d := readAll("", c.text)
		if got := !d.Offering.Schedule.Start.IsZero(); got != c.date {
			t.Errorf("%q: start %v, want a date: %v", c.text, d.Offering.Schedule.Start, c.date)
		}
	}
}

// TestExtractCareDefinite checks that care named in the definite form as
// the subject ("Treningen hos fysioterapeut koster 300 kr", "Behandlinga
// krev tilvising", "Opphaldet krev tilvising") is what the text is about,
// not care besides it, while care in general ("Behandling hos
// fysioterapeut koster 350 kr", "Individuell behandling krever
// henvisning") is still not the offering's.
func TestExtractCareDefinite(t *testing.T) {
	for _, c := range []struct {
		text string
		fee  int
		ref  bool
	}{
		{"Treningsgruppe for pasienter med artrose. Treningen hos fysioterapeut koster 300 kr.", 300, false},
		{"Treningsgruppe for pasientar med artrose. Treninga hos fysioterapeut kostar 300 kr.", 300, false},
		{"Behandlingstilbud i gruppe. Behandlingen krever henvisning fra lege.", 0, true},
		{"Behandlingstilbod i gruppe. Behandlinga krev tilvising frå lege.", 0, true},
		{"Rehabiliteringsopphald for pasientar med kols. Opphaldet krev tilvising frå lege.", 0, true},
		// Care in general.
		{"Kurs for pasienter med artrose. Behandling hos fysioterapeut koster 350 kr.", 0, false},
		{"Kurs for pasientar med artrose. Behandling hos fysioterapeut kostar 350 kr.", 0, false},
		{"Kurs for pasienter med kols. Individuell behandling krever henvisning.", 0, false},
		{"Kurs for pasientar med kols. Individuell behandling krev tilvising.", 0, false},
	} {
		f := readAll("", c.text).Offering.Frames
		if f.Cost.FeeNOK != c.fee {
			t.Errorf("%q: fee %d, want %d", c.text, f.Cost.FeeNOK, c.fee)
		}
		if b, ok := f.ReferralRequired.Bool(); (ok && b) != c.ref {
			t.Errorf("%q: referral %v (stated %v), want %v", c.text, b, ok, c.ref)
		}
	}
}

// TestExtractRelativeThenOwnAge checks that an age after a relative but
// past a clause's edge ("for deg som har en forelder med demens og er
// over 18 år", "for barn som har en forelder med psykisk sykdom, 8–12
// år") is the participants', and that "som oftest" (mostly) and "som
// rammes av" (who are struck by) describe them, no illness's figures,
// while "som har en forelder over 70 år" and "Sykdommen rammer oftest
// personer mellom 20 og 40 år" still give none.
func TestExtractRelativeThenOwnAge(t *testing.T) {
	for _, c := range []struct {
		text     string
		min, max int
	}{
		{"Kurs for pårørende. Kurset er for deg som har en forelder med demens og er over 18 år.", 18, 0},
		{"Kurs for pårørande. Kurset er for deg som har ein forelder med demens og er over 18 år.", 18, 0},
		{"Kurs for pårørende. Kurset er for barn som har en forelder med psykisk sykdom, 8–12 år.", 8, 12},
		{"Kurs for pårørande. Kurset er for born som har ein forelder med psykisk sjukdom, 8–12 år.", 8, 12},
		{"Kurs om MS. Kurset er for deg som rammes av MS og er mellom 20 og 40 år.", 20, 40},
		{"Kurs om MS. Kurset er for deg som vert ramma av MS og er mellom 20 og 40 år.", 20, 40},
		{"Kurs om MS. Kurset passer for deg mellom 20 og 40 år som oftest er i jobb.", 20, 40},
		{"Kurs om MS. Kurset passar for deg mellom 20 og 40 år som oftast er i jobb.", 20, 40},
		// Someone else's, an illness's.
		{"Kurs for pårørende. Kurset passer for deg som har en forelder over 70 år.", 0, 0},
		{"Kurs for pårørande. Kurset passar for deg som har ein mor eller far over 70 år.", 0, 0},
		{"Kurs om MS. Sykdommen rammer oftest personer mellom 20 og 40 år.", 0, 0},
		{"Kurs om MS. Sjukdomen rammar oftast personar mellom 20 og 40 år.", 0, 0},
	} {
		a := readAll("", c.text).Offering.TargetGroup.Ages
		if a.Min != c.min || a.Max != c.max {
			t.Errorf("%q: ages %d–%d, want %d–%d", c.text, a.Min, a.Max, c.min, c.max)
		}
	}
}

// TestExtractFollowUpPastComma checks that a follow-up word before a
// comma ("6 samlinger med oppfølging, 3 timer hver gang") does not make
// the hours after it a follow-up's, while "en oppfølgingssamling på 3
// timer" still does.
func TestExtractFollowUpPastComma(t *testing.T) {
	for _, c := range []struct {
		text  string
		hours float64
	}{
		{"Kurs for pårørende. Kurset har 6 samlinger med oppfølging, 3 timer hver gang.", 18},
		{"Kurs for pårørande. Kurset har 6 samlingar med oppfølging, 3 timar kvar kveld.", 18},
		{"Kurs for pårørende. Kurset består av 6 samlinger. I tillegg kommer en oppfølgingssamling på 3 timer.", 0},
		{"Kurs for pårørande. Kurset består av 6 samlingar. Oppfylgingssamlinga varer 3 timar.", 0},
	} {
		if got := readAll("", c.text).Offering.Frames.Hours; got != c.hours {
			t.Errorf("%q: hours %v, want %v", c.text, got, c.hours)
		}
	}
}

// TestExtractDaysOverBeforeStart checks that a number of days after
// "over" ("Samlingene går over 2 dager etter oppstart i mars") is how long
// the offering lasts, not a lead time, while "Påmelding senest 5 dager før
// kursstart" and "Avmelding senest 2 dager i forveien" still are.
func TestExtractDaysOverBeforeStart(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Kurs for pasienter. Samlingene går over 2 dager etter oppstart i mars.", 2},
		{"Kurs for pasientar. Samlingane går over 2 dagar etter oppstart i mars.", 2},
		{"Kurs for pasienter. Påmelding senest 5 dager før kursstart.", 0},
		// "senest" alone (no start after): the reading TestExtractDaysBeforeStart's
		// cases also reach by "før kursstart".
		{"Kurs for pasienter. Avmelding senest 2 dager i forveien.", 0},
		{"Kurs for pasientar. Avmelding seinast 2 dagar i førevegen.", 0},
		{"Kurs for pasientar. Du får ein telefon 2 dagar etter første samling.", 0},
	} {
		if got := readAll("", c.text).Offering.Frames.Sessions; got != c.want {
			t.Errorf("%q: sessions %d, want %d", c.text, got, c.want)
		}
	}
}

// TestExtractDailyEveryDay checks that a count of times "hver dag",
// "kvar dag" or "per døgn" is a frequency, as "daglig" and "om dagen"
// were, and that what an offering costs "helseføretaket" (nn) is no
// participant's fee, as "helseforetaket" was; "Vi møtes seks ganger" and
// "Kurset kostar 300 kr" are still read.
func TestExtractDailyEveryDay(t *testing.T) {
	for _, c := range []struct {
		text     string
		sessions int
		fee      int
	}{
		{"Kurs for pasienter med kols. Tren to ganger hver dag.", 0, 0},
		{"Kurs for pasientar med kols. Tren to gonger kvar dag.", 0, 0},
		{"Kurs for pasientar med kols. Bruk inhalatoren to gonger per døgn.", 0, 0},
		{"Kurs for pasientar. Kvar plass kostar helseføretaket 2000 kr.", 0, 0},
		{"Kurs for pasientar. Kurset kostar fylkeskommuna 2000 kr per deltakar.", 0, 0},
		// Read.
		{"Kurs for pasienter med kols. Vi møtes seks ganger.", 6, 0},
		{"Kurs for pasientar med kols. Vi møtest seks gonger, kvar dag ei veke.", 6, 0},
		{"Kurs for pasientar. Kurset kostar 300 kr.", 0, 300},
	} {
		f := readAll("", c.text).Offering.Frames
		if f.Sessions != c.sessions || f.Cost.FeeNOK != c.fee {
			t.Errorf("%q: sessions %d fee %d, want %d and %d", c.text, f.Sessions, f.Cost.FeeNOK, c.sessions, c.fee)
		}
	}
}
