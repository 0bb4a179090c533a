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
