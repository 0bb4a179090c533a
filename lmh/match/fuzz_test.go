package match

import (
	"fmt"
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/lmh"

	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// FuzzMatchFreeText: whatever a person writes, Match does not fail or
// panic, every result passes the hard constraints the caller's own fields
// set, ranks are 1…n with a reason per criterion, and nothing printed with
// fmt quotes the text.
func FuzzMatchFreeText(f *testing.F) {
	for _, s := range []string{
		"pårørende til mor med demens, bor i Ålesund, vil helst ha kurs på kveldstid",
		"Eg har kols og bur på Stord. Eg er 67 år og vil ikkje ha digitalt.",
		"I have type 2 diabetes, live in Tromsø, evenings please",
		"pasient- og pårørendeopplæring for KiD-kurs i Bodø",
		"\xff\xfe i \x00 Oslo 999 år",
		"",
	} {
		f.Add(s, uint16(0), uint8(40))
	}
	m, _ := sampleMatcher(f)
	munis := geo.Municipalities()
	f.Fuzz(func(t *testing.T, text string, muni uint16, age uint8) {
		need := lmh.Need{FreeText: text, Roles: []taxonomy.Role{taxonomy.RoleNextOfKin}}
		if muni%4 != 0 {
			need.Municipality = munis[int(muni)%len(munis)].Number
		}
		if age <= taxonomy.MaxAge {
			need = need.WithAge(int(age))
		}
		rs, err := m.Match(need, Limit(0))
		if err != nil {
			t.Fatalf("Match: %v", err)
		}
		for i, r := range rs {
			if r.Rank != i+1 || len(r.Reasons) != int(numCriteria)-1 {
				t.Fatalf("result %d: rank %d, %d reasons", i, r.Rank, len(r.Reasons))
			}
			if !r.Offering.TargetGroup.HasRole(taxonomy.RoleNextOfKin) && len(r.Offering.TargetGroup.Roles) > 0 {
				t.Fatalf("result %d is not for next of kin", i)
			}
			if need.Age != nil && !r.Offering.TargetGroup.Ages.Contains(*need.Age) {
				t.Fatalf("result %d is outside the age range", i)
			}
			if need.Municipality != "" && !r.Offering.Coverage.Covers(need.Municipality) {
				t.Fatalf("result %d does not cover the municipality", i)
			}
			for _, why := range r.Reasons {
				if why.Text(taxonomy.NB) == "" {
					t.Fatalf("result %d: empty %s reason", i, why.Criterion)
				}
			}
		}
		if len(text) >= 6 {
			out := fmt.Sprintf("%v %+v %#v", rs, rs, rs)
			if strings.Contains(out, text) {
				t.Fatalf("fmt output quotes the free text")
			}
		}
	})
}
