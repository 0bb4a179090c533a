package match

import (
	"bytes"
	"encoding/csv"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/lmh"

	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/taxonomy"
)

func sampleCoverage(t *testing.T, q AccessQuery) *AccessReport {
	t.Helper()
	if q.Day.IsZero() {
		q.Day = scenarioDay
	}
	rep, err := EqualAccess(lmh.SampleCatalogueOn(lmh.SampleDay), q)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func TestCoverageAccess(t *testing.T) {
	rep := sampleCoverage(t, AccessQuery{})
	patient, kin := taxonomy.RolePatient, taxonomy.RoleNextOfKin
	for _, tc := range []struct {
		name  string
		muni  string
		role  taxonomy.Role
		topic taxonomy.Ref
		want  Access
	}{
		{"COPD school held in Hamar", "3403", patient, taxonomy.ConditionCOPD.Ref(), AccessMunicipality},
		{"COPD school covers all Innlandet", "3401", patient, taxonomy.ConditionCOPD.Ref(), AccessCounty},
		{"no COPD offering reaches Oslo", "0301", patient, taxonomy.ConditionCOPD.Ref(), AccessNone},
		{"heart attack course in Trondheim serves Helse Midt-Norge", "1508", patient, taxonomy.ConditionHeartAttack.Ref(), AccessRegion},
		{"heart attack: not Helse Vest", "4601", patient, taxonomy.ConditionHeartAttack.Ref(), AccessNone},
		{"heart failure: national digital", "5610", patient, taxonomy.ConditionHeartFailure.Ref(), AccessNational},
		{"a cancer offering counts for breast cancer", "0301", patient, taxonomy.ConditionBreastCancer.Ref(), AccessNational},
		{"the full KiD course does not count", "1804", patient, taxonomy.ConditionDepression.Ref(), AccessNone},
		{"the paused rheumatism course does not count", "4601", patient, taxonomy.ConditionRheumatism.Ref(), AccessNone},
		{"pårørendeskole for dementia in Voss", "4621", kin, taxonomy.ConditionDementia.Ref(), AccessMunicipality},
		{"and Ulvik, which it also covers (held in Voss, so county level)", "4620", kin, taxonomy.ConditionDementia.Ref(), AccessCounty},
		{"but not for patients", "4621", patient, taxonomy.ConditionDementia.Ref(), AccessNone},
		{"theme: grief group in Bergen", "4601", kin, taxonomy.ThemeGrief.Ref(), AccessMunicipality},
		{"theme: stress online for users, nationwide", "5501", taxonomy.RoleUser, taxonomy.ThemeStress.Ref(), AccessNational},
		{"an unknown municipality has nothing", "9999", patient, taxonomy.ConditionCOPD.Ref(), AccessNone},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rep.Access(tc.muni, tc.role, tc.topic); got != tc.want {
				t.Errorf("Access = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestCoverageOptions(t *testing.T) {
	hf := taxonomy.ConditionHeartFailure.Ref()
	if got := sampleCoverage(t, AccessQuery{InPersonOnly: true}).Access("5610", taxonomy.RolePatient, hf); got != AccessNone {
		t.Errorf("in person only: the digital heart-failure course still counts (%v)", got)
	}
	mi := taxonomy.ConditionMentalIllness.Ref()
	children := sampleCoverage(t, AccessQuery{AgeGroup: taxonomy.AgeGroupChildren, Roles: []taxonomy.Role{taxonomy.RoleNextOfKin}})
	if got := children.Access("5001", taxonomy.RoleNextOfKin, mi); got != AccessMunicipality {
		t.Errorf("children: SMIL in Trondheim not counted (%v)", got)
	}
	if got := children.Access("0301", taxonomy.RoleNextOfKin, mi); got != AccessNone {
		t.Errorf("children: the adults' online course counts (%v)", got)
	}
	if got := len(children.Roles()); got != 1 {
		t.Errorf("roles %d, want 1", got)
	}
	later := sampleCoverage(t, AccessQuery{Day: lmh.MustParseDate("2028-06-01")})
	if got := later.Access("3403", taxonomy.RolePatient, taxonomy.ConditionCOPD.Ref()); got != AccessNone {
		t.Errorf("the COPD school ended in 2027 but still counts in 2028 (%v)", got)
	}
	if _, err := EqualAccess(nil, AccessQuery{Topics: []taxonomy.Ref{taxonomy.RolePatient.Ref()}}); err == nil {
		t.Error("a role accepted as a topic")
	}
}

func TestCoverageRollUpAndGaps(t *testing.T) {
	rep := sampleCoverage(t, AccessQuery{})
	copd := taxonomy.ConditionCOPD.Ref()
	s := rep.County("34", taxonomy.RolePatient, copd)
	if s.Municipalities != 46 || s.Reachable != 46 || s.Local != 46 {
		t.Errorf("Innlandet: %+v", s)
	}
	r := rep.Region(geo.HealthSouthEast, taxonomy.RolePatient, copd)
	if r.Reachable != 46 || r.Municipalities <= 46 || r.Percent() >= 100 {
		t.Errorf("Helse Sør-Øst: %+v", r)
	}
	n := rep.National(taxonomy.RolePatient, copd)
	if n.Municipalities != 357 {
		t.Errorf("national: %+v", n)
	}
	gaps := rep.Gaps(AccessNational)
	has := func(muni string, role taxonomy.Role, topic taxonomy.Ref) bool {
		for _, g := range gaps {
			if g.Municipality == muni && g.Role == role && g.Topic == topic {
				return true
			}
		}
		return false
	}
	if !has("0301", taxonomy.RolePatient, copd) || has("3403", taxonomy.RolePatient, copd) {
		t.Error("gaps: Oslo should lack COPD, Hamar should not")
	}
	cells := 357 * len(rep.Roles()) * len(rep.Topics())
	if len(gaps) == 0 || len(gaps) >= cells {
		t.Errorf("%d gaps of %d cells", len(gaps), cells)
	}
	if local := rep.Gaps(AccessCounty); len(local) < len(gaps) {
		t.Error("fewer gaps below county level than below national")
	}
}

func TestCoverageCSVAndHTML(t *testing.T) {
	rep := sampleCoverage(t, AccessQuery{Roles: []taxonomy.Role{taxonomy.RolePatient}})
	var buf bytes.Buffer
	if err := rep.WriteCSV(&buf); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if want := 1 + 357*len(rep.Topics()); len(rows) != want {
		t.Fatalf("%d rows, want %d", len(rows), want)
	}
	found := false
	for _, r := range rows[1:] {
		if r[0] == "3403" && r[7] == "copd" {
			found = r[8] == "municipality" && r[1] == "Hamar" && r[5] == "patient"
		}
	}
	if !found {
		t.Error("Hamar's COPD row missing or wrong")
	}
	for _, l := range taxonomy.Langs() {
		buf.Reset()
		if err := rep.WriteHTML(&buf, l); err != nil {
			t.Fatal(err)
		}
		page := buf.String()
		for _, want := range []string{"<!DOCTYPE html>", "<svg", "Innlandet", "Finnmark", taxonomy.ConditionCOPD.Label(l), "</html>"} {
			if !strings.Contains(page, want) {
				t.Errorf("%v: page lacks %q", l, want)
			}
		}
		for _, bad := range []string{"<script", "http://", "https://", "src="} {
			if strings.Contains(strings.ReplaceAll(page, "http://www.w3.org/2000/svg", ""), bad) {
				t.Errorf("%v: page is not self-contained: %q", l, bad)
			}
		}
		if got, want := strings.Count(page, "<rect"), 16*len(rep.Topics()); got != want {
			t.Errorf("%v: %d cells, want %d", l, got, want)
		}
	}
}

// TestCoverageAgreesWithCoverageCovers checks the report against an
// independent oracle on a generated catalogue: a cell is reachable exactly
// when some open offering for the role and topic has a Coverage (or, with
// none declared, a venue) that includes the municipality.
func TestCoverageAgreesWithCoverageCovers(t *testing.T) {
	cat := genCatalogue(1500, 9)
	rep, err := EqualAccess(cat, AccessQuery{Day: genToday})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	munis := geo.Municipalities()
	topics := rep.Topics()
	reachable := 0
	for range 600 {
		mu := munis[rng.IntN(len(munis))].Number
		role := taxonomy.All[taxonomy.Role]()[rng.IntN(3)]
		topic := topics[rng.IntN(len(topics))]
		want := false
		for i := range cat {
			o := &cat[i]
			if !o.IsOpen() || (!o.Schedule.End.IsZero() && o.Schedule.End.Before(genToday)) || !o.TargetGroup.HasRole(role) {
				continue
			}
			counts := false
			if c, ok := taxonomy.FromRef[taxonomy.Condition](topic); ok {
				for _, oc := range o.TargetGroup.Conditions {
					counts = counts || oc.Subsumes(c)
				}
			} else if th, ok := taxonomy.FromRef[taxonomy.Theme](topic); ok {
				counts = containsCode(o.Themes, th)
			}
			if counts && o.Coverage.Covers(mu) {
				want = true
				break
			}
		}
		got := rep.Access(mu, role, topic) > AccessNone
		if got != want {
			t.Fatalf("%s %s %s: report %v, oracle %v", mu, role, topic, got, want)
		}
		if want {
			reachable++
		}
	}
	if reachable < 50 {
		t.Fatalf("only %d reachable cells sampled", reachable)
	}
}

// BenchmarkEqualAccess builds the full report (every municipality,
// role, condition and theme) for generated catalogues.
func BenchmarkEqualAccess(b *testing.B) {
	for _, s := range benchSizes() {
		b.Run(s.name, func(b *testing.B) {
			cat := benchCatalogue(s.n)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := EqualAccess(cat, AccessQuery{Day: genToday}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
