package classify

import "testing"

// TestExtractWhoseValue checks round 9's readings of whose a value is and
// where it ends, on probing text (Bokmål and Nynorsk): each case gave a
// wrong value before the round (a name of no organiser, a members'
// association as the venue …) or is the right value the stricter reading
// must keep.
func TestExtractWhoseValue(t *testing.T) {
	// provider: "har" and a participle organises only when the
	// participle does ("har satt i gang", "har hatt kurs"); "har gått
	// med underskot", "har hatt stor pågang" say nothing of who runs it.
	for _, c := range []struct{ text, want string }{
		{"Kurset startar i mars. Helse Førde har over tid gått med store underskot.", ""},
		{"Kurset holdes i Bergen. Diabetesforbundet har hatt stor pågang i år.", ""},
		{"Kurs for pårørende. Diabetesteamet i Finnmarkssykehuset har hatt sitt første diabeteskurs.", "Diabetesteamet i Finnmarkssykehuset"},
		{"Kurs for pårørende. Sykehuset Østfold har satt i gang et nytt kurs.", "Sykehuset Østfold"},
		{"Kurs for pårørende. Kreftforeningen har gått i gang med en ny samtalegruppe.", "Kreftforeningen"},
		{"Kurs for pårørende. Kreftforeningen har hatt kurs for pårørende i mange år.", "Kreftforeningen"},
		// The object of "hatt" ends at a preposition of its own phrase
		// ("for" goes on with the object).
		{"Kurs for pårørende. Diabetesforbundet har hatt stor pågang på kursene i år.", ""},
		{"Kurs for pårørande. Helse Bergen har hatt besøk av skulen.", ""},
		{"Kurs for pårørende. LHL har hatt god erfaring med kurs for pårørende.", ""},
		{"Kurs for pårørende. Kreftforeningen har hatt ansvaret for kurset i mange år.", "Kreftforeningen"},
	} {
		if got := readAll("", c.text).Offering.Provider.Name; got != c.want {
			t.Errorf("%q: provider %q, want %q", c.text, got, c.want)
		}
	}
	// venue: where people are members is an association, not a building.
	for _, c := range []struct{ text, want string }{
		{"Kurset er viktig for mange medlemmer i Revmatikerforbundet.", ""},
		{"Mestringskurset er et tilbud til ansatte og medlemmer i Kreftforeningen.", ""},
		{"Kurset er gratis for medlemar i LHL og held til på Frivilligsentralen.", "Frivilligsentralen"},
	} {
		if got := readAll("", c.text).Offering.Place.Name; got != c.want {
			t.Errorf("%q: venue %q, want %q", c.text, got, c.want)
		}
	}
}

// TestExtractProbeProvider checks the readings of an organiser taken
// from round 9's probes (Bokmål and Nynorsk): each wrong case gave a
// value the text does not support before, each right one is kept.
func TestExtractProbeProvider(t *testing.T) {
	// An acronym before "og" is an organisation's name of its own, not
	// the first half of a shared name ("Oppdal og Rennebu
	// Revmatikerforening").
	for _, c := range []struct{ text, want string }{
		{"NAV og Bergen kommune tilbyr kurset.", ""},
		{"NAV og Stord kommune skipar kurset.", ""},
		{"Oppdal og Rennebu Revmatikerforening arrangerer kurs for pårørende.", "Oppdal og Rennebu Revmatikerforening"},
	} {
		if got := readAll("", c.text).Offering.Provider.Name; got != c.want {
			t.Errorf("%q: provider %q, want %q", c.text, got, c.want)
		}
	}
	// "har satt opp" (Nynorsk "har sett opp") organises only with an
	// offering's noun as its object, as "har hatt" does.
	for _, c := range []struct{ text, want string }{
		{"Kurs for pårørende. Bergen kommune har satt opp prisene på parkering.", ""},
		{"Kurs for pårørende. Bergen kommune har satt opp nye regler.", ""},
		{"Kurs for pårørande. Stord kommune har satt opp prisane på parkering.", ""},
		{"Kurs for pårørende. Kreftforeningen har satt opp et nytt kurs.", "Kreftforeningen"},
		{"Kurs for pårørande. Helse Bergen har sett opp eit nytt kurs.", "Helse Bergen"},
		{"Kurs for pårørande. Helse Bergen har sett opp prisane på parkering.", ""},
	} {
		if got := readAll("", c.text).Offering.Provider.Name; got != c.want {
			t.Errorf("%q: provider %q, want %q", c.text, got, c.want)
		}
	}
	// An offer of work or of a home ("jobbtilbud", "arbeidstilbod",
	// "botilbud", "butilbod") is no offering's noun; a day offering
	// ("dagtilbud") is one.
	for _, c := range []struct{ text, want string }{
		{"Kurs for pårørende. Bergen kommune har hatt jobbtilbud til mange.", ""},
		{"Kurs for pårørande. Stord kommune har hatt arbeidstilbod til mange.", ""},
		{"Kurs for pårørende. Bergen kommune har hatt botilbud for mange.", ""},
		{"Kurs for pårørande. Stord kommune har hatt butilbod for mange.", ""},
		{"Kurs for pårørende. Bergen kommune har hatt jobbtilbudet i mange år.", ""},
		{"Kurs for pårørende. Bergen kommune har hatt dagtilbud for mange.", "Bergen kommune"},
		{"Kurs for pårørande. Stord kommune har hatt meistringstilbod for mange.", "Stord kommune"},
	} {
		if got := readAll("", c.text).Offering.Provider.Name; got != c.want {
			t.Errorf("%q: provider %q, want %q", c.text, got, c.want)
		}
	}
}

// TestExtractProbePlace checks the readings of a place taken from round
// 9's probes (Bokmål and Nynorsk): each wrong case gave a value the text
// does not support before, each right one is kept.
func TestExtractProbePlace(t *testing.T) {
	// municipality: the places of a list after "fra"/"frå" share the
	// first place's role (where the participants come from), not only
	// the first; a place where the course is held is still read.
	for _, c := range []struct{ text, want string }{
		{"Deltakere fra Lier kommune og Drammen kommune.", ""},
		{"Deltakarar frå Lier og Drammen.", ""},
		{"Deltakere fra Lier, Røyken og Hurum kommune.", ""},
		{"Deltakarar frå Stord kommune og Bømlo kommune.", ""},
		{"Kurset er for innbyggere fra Lier. Kurset holdes i Drammen.", "3301"},
	} {
		if got := readAll("", c.text).Offering.Place.Municipality; got != c.want {
			t.Errorf("%q: municipality %q, want %q", c.text, got, c.want)
		}
	}
	// venue: the place of another gathering (an annual or members'
	// meeting, a party) named before it is that gathering's, not the
	// course's, nor a rival of the course's own.
	for _, c := range []struct{ text, want string }{
		{"Årsmøtet holdes på Scandic Hotel.", ""},
		{"Årsmøtet blir arrangert på Scandic Hotel.", ""},
		{"Medlemsmøtet vert arrangert på Kroa.", ""},
		{"Medlemsmøtet holdes på Kroa, og kurset holdes på Frivilligsentralen.", "Frivilligsentralen"},
		{"Etter årsmøtet holdes kurset på Scandic Hotel.", "Scandic Hotel"},
		{"Kurset holdes på Scandic Hotel.", "Scandic Hotel"},
	} {
		if got := readAll("", c.text).Offering.Place.Name; got != c.want {
			t.Errorf("%q: venue %q, want %q", c.text, got, c.want)
		}
	}
	// venue: where people are members is an association, not a building,
	// in every form of "medlem", the misspelling "medlemer" and compounds
	// included.
	for _, c := range []struct{ text, want string }{
		{"Kurset er viktig for medlemane i Revmatikarforbundet.", ""},
		{"Kurset er gratis for medlemmane i LHL.", ""},
		{"Kurset er gratis for medlemer i LHL.", ""},
		{"Kurset er gratis for foreningsmedlemmer i LHL.", ""},
		{"Kurset er gratis for lagsmedlemar i Revmatikarforbundet.", ""},
		{"Kurset er gratis for medlemane i LHL og held til på Frivilligsentralen.", "Frivilligsentralen"},
		{"Kurset er gratis for medlemer i LHL og holdes på Frivilligsentralen.", "Frivilligsentralen"},
	} {
		if got := readAll("", c.text).Offering.Place.Name; got != c.want {
			t.Errorf("%q: venue %q, want %q", c.text, got, c.want)
		}
	}
	// venue: the owner of the web pages a text points to is no place of
	// meeting ("på nettsidene til Kreftforeningen"); "i lokalene til"
	// is.
	for _, c := range []struct{ text, want string }{
		{"Kurset er omtalt på nettsidene til Kreftforeningen.", ""},
		{"Kurset er omtalt på heimesida til Kreftforeningen.", ""},
		{"Kurset er omtalt på hjemmesiden til LHL.", ""},
		{"Kurset er på nettstaden til Helse Bergen.", ""},
		{"Kurset holdes på Frivilligsentralen. Les mer på nettsidene til Kreftforeningen.", "Frivilligsentralen"},
		{"Kurset holdes i lokalene til Kreftforeningen.", "Kreftforeningen"},
	} {
		if got := readAll("", c.text).Offering.Place.Name; got != c.want {
			t.Errorf("%q: venue %q, want %q", c.text, got, c.want)
		}
	}
	// address, municipality: a postbox is where letters go, neither the
	// street address nor, by its post town, the municipality, and no
	// rival of the address where the course meets.
	for _, c := range []struct{ text, address, municipality string }{
		{"Adresse: Postboks 4, 7001 Trondheim", "", ""},
		{"Adresse: Pb. 4, 6801 Førde", "", ""},
		{"Adresse: Postboks 4, 7001 Trondheim. Kurset held til på Frivilligsentralen i Storgata 5, 5411 Stord.", "Storgata 5, 5411 Stord", "4614"},
		{"Adresse: Postboks 4, 7001 Trondheim. Kurset er i Stjørdal.", "", "5035"},
		{"Kurset holdes i Storgata 5, 7011 Trondheim.", "Storgata 5, 7011 Trondheim", "5001"},
	} {
		pl := readAll("", c.text).Offering.Place
		if pl.Address != c.address || pl.Municipality != c.municipality {
			t.Errorf("%q: address %q, municipality %q; want %q, %q", c.text, pl.Address, pl.Municipality, c.address, c.municipality)
		}
	}
	// municipality: "held til", "holder til" with the offering its
	// subject says where it meets, so its place is where it is held
	// (the corpus takes that before the kommune offering it); an
	// organisation's or a person's "holder til" does not.
	for _, c := range []struct {
		text, want string
		basis      Basis
	}{
		{"Kurset held til på Stord. Kontakt oss i Bergen for meir informasjon.", "4614", BasisPlaceVenue},
		{"Kurset held til på Stord. Bergen kommune betaler.", "4614", BasisPlaceVenue},
		{"Kurset holder til på Stord.", "4614", BasisPlaceVenue},
		{"Kurset held til i Bergen.", "4601", BasisPlaceVenue},
		{"Kreftforeningen holder til i Oslo.", "0301", BasisPlaceName},
	} {
		d := readAll("", c.text)
		if got, b := d.Offering.Place.Municipality, ruleOf(d, "place.municipality"); got != c.want || b != c.basis {
			t.Errorf("%q: municipality %q (%s), want %q (%s)", c.text, got, b, c.want, c.basis)
		}
	}
}
