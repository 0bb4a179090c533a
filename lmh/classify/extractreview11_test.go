package classify

import "testing"

// The cases of review 11 (eighth session; Bokmål and Nynorsk): round 12's
// readings of dates fired where the text names the session's day. Each
// case gave no start on e720804 and a67eca7.

// TestExtractHeldInPastClause checks that a verb that tells a gathering as
// held makes a date a report only in the date's own clause: a past verb
// about people ("for deg som deltok"), after a comma or "og" ("5. mars, og
// i fjor deltok 20"), an adjective ("samlet pris", "markerte turstier") or
// the perfect ("har samlet") leaves the session's day the start.
func TestExtractHeldInPastClause(t *testing.T) {
	for _, text := range []string{
		"Kurset arrangeres 5. mars, og i fjor deltok over 20 personer.",
		"Kurset holdes tirsdag 5. mars kl. 18 på Frivilligsentralen, for alle som deltok på informasjonsmøtet.",
		"Kurs for pårørende. Kurset holdes 5. mars for deg som deltok på grunnkurset.",
		"Kurs for pårørande. Kurset vert halde 5. mars for deg som deltok på grunnkurset.",
		"Kurs for pårørende tirsdag 5. mars kl. 18–20, samlet pris 500 kr.",
		"Kurs for pårørande tysdag 5. mars kl. 18–20, samla pris 500 kr.",
		"Kurs for pårørende. Vi møtes 5. mars kl. 18 og går gjennom det vi samlet inn sist.",
		"Temadag om demens 5. mars 2027 med markerte turstier rundt sykehuset.",
		"Temadag om demens. Vi har samlet fagfolk til en dag om demens 5. mars 2027.",
		"Temadag om demens. Vi har samla fagfolk til ein dag om demens 5. mars 2027.",
	} {
		if d := readAll("", text); d.Offering.Schedule.Start.IsZero() {
			t.Errorf("%q: no start, want 5 March", text)
		}
	}
}

// TestExtractBylineClause checks that a byline's or a publication's label
// names a date further on its line only within its own clause: a colon,
// "og" or a comma before a word in lower case begins another ("Publisert
// av LMS, kurset holdes 5. mars").
func TestExtractBylineClause(t *testing.T) {
	for _, text := range []string{
		"Kurs for ungdom.\nPublisert av LMS, kurset holdes 5. mars 2027 på Frivilligsentralen.",
		"Kurs for ungdom.\nPublisert av LMS, kurset vert halde 5. mars 2027 på Frivilligsentralen.",
		"Kurs for ungdom.\nPublisert i kalender: Kurs 5. mars 2027.",
		"Kurs for vaksne. Kurset er publisert i kurskalenderen, og går 5. mars 2027.",
	} {
		if d := readAll("", text); d.Offering.Schedule.Start.IsZero() {
			t.Errorf("%q: no start, want 5 March", text)
		}
	}
}

// TestExtractUntilDateMovedOrWelcome checks that "til <date>" after a
// word of moving, welcoming or inviting ("flyttet til", "Velkommen til",
// "Vi inviterer til") is the session's day, not until when.
func TestExtractUntilDateMovedOrWelcome(t *testing.T) {
	for _, text := range []string{
		"Kurs for pårørende. Kurset er flyttet til 5. mars kl. 18.",
		"Kurs for pårørande. Kurset er utsett til 5. mars.",
		"Kurs for pårørende. Hjertelig velkommen til 5. mars!",
		"Kurs for pårørande. Hjarteleg velkomen til 5. mars!",
		"Kurs for pårørende. Vi inviterer til 5. mars kl. 18.",
		"Kurs for pårørande. Vi inviterar til 5. mars kl. 18.",
	} {
		if d := readAll("", text); d.Offering.Schedule.Start.IsZero() {
			t.Errorf("%q: no start, want 5 March", text)
		}
	}
}

// TestExtractReadMoreNarrow checks that readMoreBefore's words of finding
// and of information read only as where one reads more ("Meir
// informasjon finn du hos …", "finner du hos"): a heading that lists
// the offerings at a body ("Her finner du kurs … ved Sykehuset
// Innlandet", "Informasjon om kurs … ved …", "Du finner oss ved …")
// names the organiser, as it did before round 12.
func TestExtractReadMoreNarrow(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Her finner du kurs for pårørende ved Sykehuset Innlandet.", "Sykehuset Innlandet"},
		{"Her finn du kurs for pårørande ved Helse Førde.", "Helse Førde"},
		{"Informasjon om kurs for pårørende ved Sykehuset Innlandet.", "Sykehuset Innlandet"},
		{"Opplysningar om kurset ved Helse Førde, Nordfjordeid.", "Helse Førde"},
		{"Du finner oss ved Sykehuset Innlandet. Kurs for pårørende.", "Sykehuset Innlandet"},
		{"Kurs for pårørende. Mer informasjon finner du hos Kreftforeningen.", ""},
		{"Kurs for pårørande. Du finn meir om kurset hos Kreftforeningen.", ""},
	} {
		d := readAll("", c.text)
		if got := d.Offering.Provider.Name; got != c.want {
			t.Errorf("%q: provider %q by %s, want %q", c.text, got, ruleOf(d, "provider.name"), c.want)
		}
	}
}
