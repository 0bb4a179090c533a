package classify

import (
	"testing"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// TestWorkplaceIsNoOrganiser: a kommune named as where a person works is
// that person's employer, not the organiser of the offering.
func TestWorkplaceIsNoOrganiser(t *testing.T) {
	cases := []struct {
		text string
		want taxonomy.Arena
	}{
		{"Som sykepleier har han jobbet i Arendal kommune i 15 år. Nå tilbyr han et åtte ukers stressmestringskurs.", 0},
		{"Ho arbeider i kommunen, og no startar ho eit kurs i meistring av stress.", 0},
		{"Arendal kommune tilbyr et åtte ukers stressmestringskurs.", taxonomy.ArenaMunicipal},
	}
	for _, c := range cases {
		got := Listing("Stressmestring", c.text)
		if got.Arena != c.want {
			t.Errorf("%q: arena %v, want %v", c.text, got.Arena, c.want)
		}
		checkEvidence(t, "Stressmestring", c.text, got)
	}
}

func TestWorkplace(t *testing.T) {
	for _, c := range []struct {
		src  string
		want bool
	}{
		{"har jobbet i Arendal kommune", true}, {"arbeider i kommunen", true}, {"jobbar i Ørsta og Volda kommune", false},
		{"tilbyr Arendal kommune", false}, {"bor i Arendal kommune", false}, {"kommune", false},
	} {
		at := len(c.src) - len("kommune")
		if c.src[len(c.src)-1] == 'n' {
			at = len(c.src) - len("kommunen")
		}
		if got := workplace(c.src, at); got != c.want {
			t.Errorf("workplace(%q) = %v, want %v", c.src, got, c.want)
		}
	}
}
