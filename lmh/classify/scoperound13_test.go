package classify

import "testing"

// scopeX returns the in-scope features of a listing.
func scopeX(title, text string) [numScopeFeatures]float64 {
	s := newScratch()
	New().scan(s, title, text)
	prepare(s)
	var x [numScopeFeatures]float64
	var ev [numScopeFeatures]evi
	scopeFeatures(s, &x, &ev)
	return x
}

// TestStaffAfterRoleModifier: staff named as the audience after a role
// that only modifies a compound ("Pårørendeprogrammet", "pasientopplæring")
// are the audience (staff_in_offer): the compound names what the thing is
// about, not people it is for. Staff after a role that is a word of its own
// ("for pårørende og for helsepersonell") stay one audience among others.
func TestStaffAfterRoleModifier(t *testing.T) {
	for _, c := range []struct {
		title, text string
		staff       bool
	}{
		{"", "Pårørendeprogrammet er et læringsverktøy for fagpersoner som møter pårørende i sin arbeidshverdag.", true},
		{"", "Pårørandeprogrammet er eit læringsverktøy for fagpersonar som møter pårørande i arbeidskvardagen.", true},
		{"", "Pårørendesamtaler er tema på et kurs for sykepleiere.", true},
		{"", "Pårørandesamtalar er tema på eit kurs for sjukepleiarar.", true},
		{"", "Pårørendekurset er et kurs for sykepleiere i kommunen.", true},
		{"", "Kurset er for pårørende og for helsepersonell som vil lære mer.", false},
		{"", "Kurset er for pårørande og for fagpersonar som vil lære meir.", false},
	} {
		x := scopeX(c.title, c.text)
		if got := x[sfStaffInOffer] == 1; got != c.staff {
			t.Errorf("%q: staff_in_offer %v, want %v", c.text, got, c.staff)
		}
	}
}

// TestBecomingAHelperByHead: a verb of becoming before a word whose head
// is a role a helper plays ("bli treningskontakt", "å vere ein kafévert",
// "bli aktivitetsleder") is training or recruiting of helpers (the
// trainers kind), not an offering to the reader; "bli kjent med" and a
// role no helper plays are not.
func TestBecomingAHelperByHead(t *testing.T) {
	trainers := kindFeature(cueTrainers)
	for _, c := range []struct {
		text    string
		helpers bool
	}{
		{"Til hausten blir det kurs for dei som vil bli treningskontakt for menneske med ekstra hjelpebehov.", true},
		{"Kurs for deg som vil bli treningskontakt for eldre.", true},
		{"Vi søker deg som har lyst til å være en kafévert på onsdager.", true},
		{"Vi søkjer deg som har lyst til å vere ein kafévert på onsdagar.", true},
		{"Vil du bli aktivitetsleder i ditt lokallag?", true},
		{"Vil du bli aktivitetsleiar i ditt lokallag?", true},
		{"På kurset vil du bli kjent med andre i samme situasjon.", false},
		{"På kurset vil du bli kjend med andre i same situasjon.", false},
		{"Du kan bli henvist av fastlegen.", false},
		// A bare word for a common role is no helper's role: a role one
		// plays towards oneself (review 13).
		{"Kurset handler om å være venn med deg selv.", false},
		{"Kurset handlar om å vere venn med deg sjølv.", false},
		{"Kurset skal hjelpe deg å bli leder i eget liv.", false},
		{"Kurset skal hjelpe deg å bli leiar i eige liv.", false},
		{"Vil du bli besøksvenn for en eldre?", true},
		{"Vil du bli mentor for ein ungdom?", true},
		// Nynorsk: "ven" for "venn", "vil/kan verte" (review 13).
		{"Vi treng deg som vil verte besøksven for ein eldre.", true},
		{"Vi trenger deg som vil bli aktivitetsvenn for en eldre.", true},
		{"Kurs for deg som kan verte turven i laget.", true},
		{"Kurs for deg som kan bli turvenn i laget.", true},
	} {
		x := scopeX("", c.text)
		if got := x[trainers] > 0; got != c.helpers {
			t.Errorf("%q: trainers %v, want %v", c.text, got, c.helpers)
		}
	}
}

// TestOfferInTheInfinitive: an organiser's offer in the infinitive ("skal
// tilby gruppesamtaler", "ønsker å tilby rådgivning", nn "vil tilby kurs")
// invites as "tilbyr" and "tilbys" do; a provider ("tilbydere") does not.
func TestOfferInTheInfinitive(t *testing.T) {
	for _, c := range []struct {
		text   string
		invite bool
	}{
		{"Foreningen skal de neste to årene tilby gruppesamtaler for ungdom med hjertefeil.", true},
		{"Etter hvert ønsker vi å tilby rådgivning på flere språk.", true},
		{"Laget vil tilby kurs for pårørande til hausten.", true},
		{"Planen er å tilby kurs seks gonger i året.", true},
		{"Det finst mange private tilbydarar av trening.", false},
		{"Det finnes mange private tilbydere av trening.", false},
		// An offer declined or only recommended invites no one (review 13).
		{"Sykehuset kan dessverre ikke tilby kurs for pasienter med kols i år.", false},
		{"Sjukehuset kan dessverre ikkje tilby kurs for pasientar med kols i år.", false},
		{"Vi tilbyr ikke lenger samtalegrupper.", false},
		{"Vi tilbyr ikkje lenger samtalegrupper.", false},
		{"Rapporten viser at kommunene bør tilby flere kurs.", false},
		{"Rapporten viser at kommunane bør tilby fleire kurs.", false},
		{"Vi tilbyr ikke bare kurs, men også samtaler.", true},
		{"Vi tilbyr ikkje berre kurs, men òg samtalar.", true},
		{"Kurset er et tilbud som ikke bare tilbys gravide i Namsos.", true},
		{"Kurset er eit tilbod som ikkje berre vert tilbydd gravide i Namsos.", true},
	} {
		x := scopeX("", c.text)
		if got := x[sfInvite] > 0; got != c.invite {
			t.Errorf("%q: invite %v, want %v", c.text, got, c.invite)
		}
	}
}

// TestDefinesDisease: a sentence that defines a condition as a kind of
// disease ("MS er en kronisk sykdom", "Astma er ei kronisk lungeliding",
// "… er en kreftform") is disease information (the encyclopedia kind), as
// "er en tilstand" already was; an offering for people with a disease
// ("er et tilbud for deg med en kronisk sykdom") is not.
func TestDefinesDisease(t *testing.T) {
	enc := kindFeature(cueEncyclopedia)
	for _, c := range []struct {
		text string
		defn bool
	}{
		{"MS er en kronisk sykdom som kan gi ulike symptomer og funksjonsnedsettelser.", true},
		{"Kreft er ein skremmande sjukdom for dei aller fleste av oss.", true},
		{"Lymfekreft oppstår oftest i lymfeknutene og er en kreftform i immunsystemet.", true},
		{"Astma er ei kronisk lungeliding som rammar mange born.", true},
		{"Kurset er et tilbud for deg med en kronisk sykdom.", false},
		{"Kurset er eit tilbod for deg med ein kronisk sjukdom.", false},
		{"Dette er eit kurs for deg som lever med ein alvorleg sjukdom.", false},
	} {
		x := scopeX("", c.text)
		if got := x[enc] > 0; got != c.defn {
			t.Errorf("%q: encyclopedia %v, want %v", c.text, got, c.defn)
		}
	}
	// A course listing that opens by defining its condition is still a
	// course listing: the definition is no lead against an offering
	// (review 13).
	for _, c := range []struct{ title, text string }{
		{"Psoriasisskole", "Psoriasis er en kronisk hudsykdom. Psoriasisskolen er et tilbud til deg med psoriasis. Kurset går over to dager."},
		{"Psoriasisskule", "Psoriasis er ein kronisk hudsjukdom. Psoriasisskulen er eit tilbod til deg med psoriasis. Kurset går over to dagar."},
	} {
		if r := Listing(c.title, c.text); !r.InScope {
			t.Errorf("%q: out of scope (p %.3f), want in", c.text, r.Confidence.InScope)
		}
		if x := scopeX(c.title, c.text); x[sfOutLead] != 0 {
			t.Errorf("%q: out_lead %v, want 0", c.text, x[sfOutLead])
		}
	}
}
