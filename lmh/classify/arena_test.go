package classify

import (
	"testing"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// arenaCase is a listing's text and the arena it should give.
type arenaCase struct {
	text string
	want taxonomy.Arena
}

// checkArena classifies each case's text under the title "Kurs" and
// checks its arena and its evidence.
func checkArena(t *testing.T, cases []arenaCase) {
	t.Helper()
	for _, c := range cases {
		got := Listing("Kurs", c.text)
		if got.Arena != c.want {
			t.Errorf("%q: arena %v, want %v", c.text, got.Arena, c.want)
		}
		checkEvidence(t, "Kurs", c.text, got)
	}
}

// TestRunBy: the party named after "i regi av", "arrangeres av" or
// "Arrangør er" organises the offering; it is not a partner, whose arena
// counts less.
func TestRunBy(t *testing.T) {
	checkArena(t, []arenaCase{
		{"Aktiv på dagtid er et allsidig aktivitetstilbud i regi av Troms Idrettskrets for voksne utenfor arbeidslivet.", taxonomy.ArenaVoluntary},
		{"Treningsgruppa for personar med kols vert arrangert av helselaget kvar tysdag.", taxonomy.ArenaVoluntary},
		{"Kurset for pårørende til personer med demens arrangeres av kommunen hver onsdag.", taxonomy.ArenaMunicipal},
	})
}

// TestSubjectAfterPlace: a clause that opens on a place ("I Steinkjer")
// sets the scene; a name after the verb that follows is the subject, the
// organiser, not part of the place.
func TestSubjectAfterPlace(t *testing.T) {
	checkArena(t, []arenaCase{
		{"I Steinkjer har LPP Trøndelag startet opp en møteplass for pårørende. Der møtes en månedlig.", taxonomy.ArenaVoluntary},
		{"I Volda har Mental Helse starta eit kurs for deg med angst.", taxonomy.ArenaVoluntary},
		// The name is still the place where it continues the opening phrase.
		{"I Flekkefjord kommune kan innbyggerne melde seg på kurs i regi av Kreftforeningen.", taxonomy.ArenaVoluntary},
	})
}

// TestVoluntaryNames: an organisation's abbreviation in the genitive, a
// parish, and local associations of patients and villages are voluntary.
func TestVoluntaryNames(t *testing.T) {
	for _, c := range []string{
		"Likepersonstilbudet er for alle i NORILCOs målgruppe. Tilbudet er gratis.",
		"Ønsker du å bli med i en sorggruppe, kan du ta kontakt med din menighet.",
		"Arrangør for dette nye tiltaket er Mørsvikbotn grendelag. Turen er open for alle.",
		"Stryn og Hornindal Revmatikarlag tilbyr medlemene bading i terapibasseng i Volda.",
	} {
		got := Listing("Tilbod", c)
		if got.Arena != taxonomy.ArenaVoluntary {
			t.Errorf("%q: arena %v, want voluntary", c, got.Arena)
		}
		checkEvidence(t, "Tilbod", c, got)
	}
}

// TestArenaCareReceived: an arena word that qualifies care a person
// receives ("sykehusbehandling", "poliklinisk konsultasjon") says what
// kind of care it is, not who runs the offering. Bokmål and Nynorsk.
func TestArenaCareReceived(t *testing.T) {
	for _, c := range []struct {
		title, text string
		want        taxonomy.Arena
	}{
		{"Pårørendegruppe", "Gruppen er for pårørende. Vi snakker om sykehusbehandling og om hverdagen hjemme.", 0},
		{"Pårørandegruppe", "Gruppa er for pårørande. Vi snakkar om sjukehusbehandling og om kvardagen heime.", 0},
		{"Kurs for pårørende", "Kurset er gratis. Du betaler egenandel som ved en vanlig poliklinisk konsultasjon.", 0},
		{"Kurs for pårørande", "Kurset er gratis. Du betalar eigenandel som ved ein vanleg poliklinisk konsultasjon.", 0},
		// Who runs it is still read.
		{"Kurs for pårørende", "Sykehuset arrangerer kurs for pårørende.", taxonomy.ArenaSpecialist},
		{"Kurs for pårørande", "Sjukehuset arrangerer kurs for pårørande.", taxonomy.ArenaSpecialist},
	} {
		if got := Listing(c.title, c.text).Arena; got != c.want {
			t.Errorf("%q: arena %v, want %v", c.text, got, c.want)
		}
	}
}

// TestArenaCareReceivedCapitals: care received is read in capitals too,
// at a sentence's start, in a title and in a heading in capitals
// ("POLIKLINISK behandling"), as in small letters (review 10, eighth
// session: the adjective's ending was read in small letters only).
// Bokmål and Nynorsk.
func TestArenaCareReceivedCapitals(t *testing.T) {
	for _, c := range []struct {
		title, text string
		want        taxonomy.Arena
	}{
		{"Kurs", "Egenandel som for POLIKLINISK behandling.", 0},
		{"Kurs", "Eigendel som for POLIKLINISK behandling.", 0},
		{"Kurs", "Egenandel som for POLIKLINISK KONSULTASJON.", 0},
		{"Kurs", "Eigendel som ved ein POLIKLINISK KONSULTASJON.", 0},
		{"Kurs", "Egenandel som for Poliklinisk Behandling.", 0},
		{"Kurs", "Eigendel som for Poliklinisk Behandling.", 0},
		{"Pårørendegruppe", "Gruppen er for pårørende. Sykehusbehandling og hverdagen hjemme er tema.", 0},
		{"Pårørandegruppe", "Gruppa er for pårørande. Sjukehusbehandling og kvardagen heime er tema.", 0},
		{"Sykehusbehandling og hverdagen", "Gruppen er for pårørende.", 0},
		{"Sjukehusbehandling og kvardagen", "Gruppa er for pårørande.", 0},
		{"SYKEHUSBEHANDLING OG HVERDAGEN", "Gruppen er for pårørende.", 0},
		{"SJUKEHUSBEHANDLING OG KVARDAGEN", "Gruppa er for pårørande.", 0},
		// The adjective before no word for care still names the arena.
		{"Kurs", "Tilbudet er POLIKLINISK.", taxonomy.ArenaSpecialist},
		{"Kurs", "Tilbodet er POLIKLINISK.", taxonomy.ArenaSpecialist},
	} {
		if got := Listing(c.title, c.text).Arena; got != c.want {
			t.Errorf("%q / %q: arena %v, want %v", c.title, c.text, got, c.want)
		}
	}
}

// TestArenaComparison: an arena named in a comparison ("som ved andre
// timer på sykehuset", "i likhet med kommunen") is not the organiser.
// Bokmål and Nynorsk.
func TestArenaComparison(t *testing.T) {
	for _, c := range []struct {
		title, text string
		want        taxonomy.Arena
	}{
		{"Kurs for pårørende", "Kurset er gratis. Reiseutgifter dekkes som ved andre timer på sykehuset.", 0},
		{"Kurs for pårørande", "Kurset er gratis. Reiseutgifter vert dekte som ved andre timar på sjukehuset.", 0},
		// The article in each gender.
		{"Kurs for pårørende", "Kurset er gratis. Reiseutgifter dekkes som ved en vanlig time på sykehuset.", 0},
		{"Kurs for pårørende", "Kurset er gratis. Reiseutgifter dekkes som ved et vanlig besøk på sykehuset.", 0},
		{"Kurs for pårørande", "Kurset er gratis. Reiseutgifter vert dekte som ved eit vanleg besøk på sjukehuset.", 0},
		{"Kurs for pårørande", "Kurset er gratis. Reiseutgifter vert dekte som ved ei vanleg innlegging på sjukehuset.", 0},
		{"Kurs for pårørende", "Sykehuset arrangerer kurs for pårørende. Reiseutgifter dekkes som ved andre timer.", taxonomy.ArenaSpecialist},
		{"Kurs for pårørande", "Sjukehuset arrangerer kurs for pårørande. Reiseutgifter vert dekte som ved andre timar.", taxonomy.ArenaSpecialist},
	} {
		if got := Listing(c.title, c.text).Arena; got != c.want {
			t.Errorf("%q: arena %v, want %v", c.text, got, c.want)
		}
	}
}

// TestArenaArticleBeforeAdjective: an offering called "poliklinisk" or
// "kommunalt" is the specialist service's or the municipality's, after the
// article "eit"/"ett" as after "et" ("Kurset er eit poliklinisk
// tilbod"); the quantifier still reads before a noun ("i ein kommune").
// Bokmål and Nynorsk.
func TestArenaArticleBeforeAdjective(t *testing.T) {
	for _, c := range []struct {
		text string
		want taxonomy.Arena
	}{
		{"Kurset er poliklinisk.", taxonomy.ArenaSpecialist},
		{"Kurset er et poliklinisk tilbud.", taxonomy.ArenaSpecialist},
		{"Kurset er eit poliklinisk tilbod.", taxonomy.ArenaSpecialist},
		{"Kurset er ett poliklinisk tilbud for pasienter med kols.", taxonomy.ArenaSpecialist},
		{"Dette er eit poliklinisk kurs for pasientar med kols.", taxonomy.ArenaSpecialist},
		{"Kurset er eit kommunalt tilbod.", taxonomy.ArenaMunicipal},
		{"Kurset er ett kommunalt tilbud.", taxonomy.ArenaMunicipal},
		// Care received is still no arena, and a quantifier before a noun
		// still names no one organiser.
		{"Du betalar eigenandel som ved ein poliklinisk konsultasjon.", 0},
		{"Kurset held til i ein kommune nær deg.", 0},
		{"Kurset holdes i ett sykehus nær deg.", 0},
	} {
		if got := Listing("Kurs", c.text).Arena; got != c.want {
			t.Errorf("%q: arena %v, want %v", c.text, got, c.want)
		}
	}
}

// TestArenaJobTitle: an arena word as the modifier of a job title
// ("Kommunepsykologen vår", "Sjukehuspresten") names a job, and the
// conventions give a job title with no employer named no arena; a service
// ("Kommunehelsetjenesten", "kommunelegevakta") still names its arena.
func TestArenaJobTitle(t *testing.T) {
	checkArena(t, []arenaCase{
		{"Kommunepsykologen vår holder foredrag om stress. Sted: Biblioteket.", 0},
		{"Kommunepsykologen vår held foredraget om stress. Stad: Biblioteket.", 0},
		{"Sykehuspresten leder samtalegruppe for etterlatte.", 0},
		{"Sjukehuspresten held samtalegruppe for etterlatne.", 0},
		{"Kommunehelsetjenesten arrangerer kurs i mestring av stress.", taxonomy.ArenaMunicipal},
		{"Kommunelegevakta held kurs i førstehjelp.", taxonomy.ArenaMunicipal},
	})
}

// TestArenaTieNoLead: two arenas of different kinds named with equal
// support ("andre kommunale og private instanser" in a list of people
// invited) leave no one leading; bestOf's first of two equal values says
// only which was named first. A majority still decides. Bokmål and
// Nynorsk.
func TestArenaTieNoLead(t *testing.T) {
	checkArena(t, []arenaCase{
		{"Vi ønsker å se foreldre, naboer, ansatte i NAV, barnevern og andre kommunale og private instanser, skriver fylkeslaget om informasjonskvelden.", 0},
		{"Vi håpar å sjå foreldre, naboar, tilsette i NAV, barnevern og andre kommunale og private instansar, skriv fylkeslaget om informasjonskvelden.", 0},
		{"LHL Bergen arrangerer kurset i samarbeid med Bergen kommune.", taxonomy.ArenaVoluntary},
		{"LHL Sogn og Fjordane arrangerer kurset i samarbeid med Kinn kommune.", taxonomy.ArenaVoluntary},
		// The party whose offering it is leads a speaker's employer.
		{"Kurset er et tilbud fra Frisklivssentralen. Foredragsholder er lege ved Sykehuset Innlandet.", taxonomy.ArenaMunicipal},
		{"Kurset er eit tilbod frå Frisklivssentralen. Føredragshaldar er lege ved Helse Førde.", taxonomy.ArenaMunicipal},
	})
}

// TestArenaKindOfPlace: an institution's noun in the indefinite singular
// after a preposition ("på sykehus") names a kind of place, not the one
// who runs the offering; the definite or a name still names one. Bokmål
// and Nynorsk.
func TestArenaKindOfPlace(t *testing.T) {
	checkArena(t, []arenaCase{
		{"Metoden brukes i rehabilitering, på sykehus og i pårørendegrupper.", 0},
		{"Metoden vert brukt i rehabilitering, på sjukehus og i pårørandegrupper.", 0},
		{"Sykehuset arrangerer kurs for pasienter med kols.", taxonomy.ArenaSpecialist},
		{"Sjukehuset arrangerer kurs for pasientar med kols.", taxonomy.ArenaSpecialist},
	})
}

// TestArenaMeetingVenue: an arena word right after a preposition that
// follows a meeting word ("treff på dagsenteret") is where the meetings
// are held, weighed as a venue, not the organiser; the same word as the
// subject of organising still names it. Bokmål and Nynorsk.
func TestArenaMeetingVenue(t *testing.T) {
	checkArena(t, []arenaCase{
		{"Første tirsdag hver måned har vi treff på dagsenteret.", 0},
		{"Første tysdag kvar månad har vi treff på dagsenteret.", 0},
		{"Dagsenteret arrangerer treff for pårørende hver måned.", taxonomy.ArenaMunicipal},
		{"Dagsenteret arrangerer treff for pårørande kvar månad.", taxonomy.ArenaMunicipal},
	})
}
