package classify

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// TestRules checks each rule of rules.go on a short listing, in Bokmål and
// Nynorsk.
func TestRules(t *testing.T) {
	type want struct {
		roles    []taxonomy.Role
		ages     []taxonomy.AgeGroup
		arena    taxonomy.Arena
		delivery taxonomy.Delivery
		format   taxonomy.Format
		prog     taxonomy.Programme
		scope    taxonomy.Scope
	}
	cases := []struct {
		name, title, text string
		want              want
		basis             Basis // a rule that must appear in the evidence
	}{
		{"parents of children nb", "Foreldrekurs",
			"Kurs for foreldre til barn med epilepsi. Barnelege underviser om anfall.",
			want{roles: []taxonomy.Role{taxonomy.RoleNextOfKin}, ages: []taxonomy.AgeGroup{taxonomy.AgeGroupChildren}}, BasisParentsOfChildren},
		{"parents of children nn", "Kurs for foreldre",
			"Kurset er for foreldre til born med autisme. Vi møtest fire gonger.",
			want{roles: []taxonomy.Role{taxonomy.RoleNextOfKin}, ages: []taxonomy.AgeGroup{taxonomy.AgeGroupChildren}}, BasisParentsOfChildren},
		{"frisklivssentral is municipal", "Bra mat for bedre helse",
			"Frisklivssentralen arrangerer kurs i sunt kosthold over fem kvelder.",
			want{arena: taxonomy.ArenaMunicipal, prog: taxonomy.ProgrammeBraMat, format: taxonomy.FormatGroup, scope: taxonomy.ScopeThemeSpecific}, BasisTerm},
		{"LMS at a hospital is specialist", "Hjertesviktkurs",
			"Lærings- og mestringssenteret ved sykehuset holder kurs for pasienter med hjertesvikt og pårørende.",
			want{arena: taxonomy.ArenaSpecialist, roles: []taxonomy.Role{taxonomy.RolePatient, taxonomy.RoleNextOfKin}, scope: taxonomy.ScopeDiagnosisSpecific}, BasisTerm},
		{"partner counts less than organiser", "Pårørendeskole demens",
			"Bærum kommune inviterer pårørende til personer med demens. Skolen holdes i samarbeid med Nasjonalforeningen for folkehelsen.",
			want{arena: taxonomy.ArenaMunicipal, prog: taxonomy.ProgrammeParorendeskole, roles: []taxonomy.Role{taxonomy.RoleNextOfKin}}, BasisProgramme},
		{"nettkurs is digital", "Nettkurs om angst",
			"Kurset går på Teams over seks kvelder for voksne med angst.",
			want{delivery: taxonomy.DeliveryDigital}, BasisTerm},
		{"place and video is hybrid nn", "Kurs for pasientar med nyresjukdom",
			"Kurset går i auditoriet på sjukehuset. Pasientar som bur langt unna kan delta via video.",
			want{delivery: taxonomy.DeliveryHybrid}, BasisHybrid},
		{"named place is in person", "Diabeteskurs",
			"Kurs for deg med diabetes type 2. Sted: Helsehuset, 2. etasje.",
			want{delivery: taxonomy.DeliveryInPerson, roles: []taxonomy.Role{taxonomy.RolePatient}, prog: taxonomy.ProgrammeDiabeteskurs}, BasisPlace},
		{"programme implies format, not audience", "KiD",
			"Kurs i depresjonsmestring for deg som har depresjonsplager.",
			want{prog: taxonomy.ProgrammeKiD, format: taxonomy.FormatGroup, ages: []taxonomy.AgeGroup{}}, BasisProgramme},
		{"age range", "Ungdomskurs",
			"Kurs for ungdom mellom 13 og 17 år med diabetes type 1.",
			want{ages: []taxonomy.AgeGroup{taxonomy.AgeGroupYouth}}, BasisAgeRange},
		{"across diagnoses", "Mestringstreff",
			"Mestringstreff er et gruppetilbud for deg som lever med langvarig sykdom, uansett diagnose.",
			want{scope: taxonomy.ScopeCrossDiagnostic, prog: taxonomy.ProgrammeMestringstreff}, BasisAcrossDiagnoses},
		{"several families across", "Likepersonstreff",
			"LHL inviterer hjerte- og lungesyke til treff med likepersoner.",
			want{scope: taxonomy.ScopeCrossDiagnostic, arena: taxonomy.ArenaVoluntary}, BasisManyFamilies},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Listing(c.title, c.text)
			require.True(t, got.InScope)
			w := c.want
			if w.roles != nil {
				assert.ElementsMatch(t, w.roles, got.Roles, "roles")
			}
			if w.ages != nil {
				assert.ElementsMatch(t, w.ages, got.AgeGroups, "age groups")
			}
			if w.arena != 0 {
				assert.Equal(t, w.arena, got.Arena, "arena")
			}
			if w.delivery != 0 {
				assert.Equal(t, w.delivery, got.Delivery, "delivery")
			}
			if w.format != 0 {
				assert.Equal(t, w.format, got.Format, "format")
			}
			if w.prog != 0 {
				assert.Equal(t, w.prog, got.Programme, "programme")
			}
			if w.scope != 0 {
				assert.Equal(t, w.scope, got.Scope, "scope")
			}
			found := false
			for _, e := range got.Evidence {
				found = found || e.Basis == c.basis
			}
			assert.True(t, found, "no evidence with basis %s", c.basis)
			checkEvidence(t, c.title, c.text, got)
		})
	}
}

func TestOutOfScope(t *testing.T) {
	cases := []struct{ name, title, text string }{
		{"helsepedagogikk for fagfolk", "Kurs i helsepedagogikk",
			"Kurset er for helsepersonell som holder pasientkurs og pårørendeskoler. Gir tellende timer."},
		{"instructor course", "Instruktøropplæring i KiD",
			"Bli sertifisert kursholder i Kurs i depresjonsmestring. For helsepersonell."},
		{"job ad nn", "Frisklivsrettleiar 80 % fast stilling",
			"Kommunen søkjer frisklivsrettleiar som skal halde kurs og helsesamtalar. Søknadsfrist 1. mars."},
		{"visiting hours", "Besøkstider",
			"Besøkstiden for pårørende på sengeposten er fra 15 til 19. Parkering i parkeringshuset."},
		{"leaflet", "Pakningsvedlegg",
			"Les nøye gjennom dette pakningsvedlegget. Metformin brukes til behandling av diabetes type 2."},
		{"budget news", "Kutt i pasientkurs",
			"Helseforetaket må spare 300 millioner kroner, og kurs for pasienter med kols kan bli kuttet i budsjettet."},
		{"research", "Forskningsprosjekt om digital kolsskole",
			"Prosjektet rekrutterer pasienter til en randomisert studie av kolsskole."},
		{"nothing at all", "", "Velkommen til våre nettsider."},
		{"empty", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Listing(c.title, c.text)
			assert.False(t, got.InScope)
			assert.GreaterOrEqual(t, got.Confidence.InScope, 0.5, "the confidence is the decision's")
			// What decided it comes first: spans marked not in scope. The
			// facets are still read (the text names them), so a caller may
			// decide at another threshold.
			n := 0
			for _, e := range got.Evidence {
				if e.Facet != 0 {
					break
				}
				assert.False(t, e.InScope)
				assert.Equal(t, BasisOutOfScope, e.Basis)
				n++
			}
			if c.name != "nothing at all" && c.name != "empty" {
				assert.Positive(t, n, "no evidence for the decision")
			}
			checkEvidence(t, c.title, c.text, got)
		})
	}
}

// checkEvidence checks that every evidence span lies in its part, on rune
// boundaries, and that every value given has evidence.
func checkEvidence(t *testing.T, title, text string, c Result) {
	t.Helper()
	for _, e := range c.Evidence {
		part := text
		if e.Part == PartTitle {
			part = title
		}
		if e.Start < 0 || e.End > len(part) || e.Start > e.End {
			t.Fatalf("evidence %+v outside its %s (%d bytes)", e, e.Part, len(part))
		}
		if !utf8.ValidString(part[e.Start:e.End]) && utf8.ValidString(part) {
			t.Fatalf("evidence %+v cuts a rune", e)
		}
		if e.Facet != 0 && e.Value.Facet() != e.Facet {
			t.Fatalf("evidence %+v: value of another facet", e)
		}
	}
	has := func(r taxonomy.Ref) bool {
		for _, e := range c.Evidence {
			if e.Value == r {
				return true
			}
		}
		return false
	}
	var refs []taxonomy.Ref
	for _, r := range c.Roles {
		refs = append(refs, r.Ref())
	}
	for _, r := range c.Conditions {
		refs = append(refs, r.Ref())
	}
	for _, r := range c.Themes {
		refs = append(refs, r.Ref())
	}
	for _, r := range c.Methods {
		refs = append(refs, r.Ref())
	}
	for _, r := range c.AgeGroups {
		refs = append(refs, r.Ref())
	}
	if c.Arena != 0 {
		refs = append(refs, c.Arena.Ref())
	}
	if c.Delivery != 0 {
		refs = append(refs, c.Delivery.Ref())
	}
	if c.Programme != 0 {
		refs = append(refs, c.Programme.Ref())
	}
	if c.Scope != 0 {
		refs = append(refs, c.Scope.Ref())
	}
	if c.Format != 0 {
		refs = append(refs, c.Format.Ref())
	}
	if c.Concept != 0 {
		refs = append(refs, c.Concept.Ref())
	}
	for _, r := range refs {
		if !has(r) {
			t.Errorf("%s has no evidence", r)
		}
	}
}

func TestEveryDevSetClassificationHasEvidence(t *testing.T) {
	for _, it := range loadDevSet(t) {
		c := Listing(it.Title, it.Text)
		checkEvidence(t, it.Title, it.Text, c)
		for _, v := range []float64{c.Confidence.InScope, c.Confidence.Roles, c.Confidence.Arena, c.Confidence.Scope} {
			if v < 0 || v > 1 {
				t.Errorf("%s: confidence %v outside [0, 1]", it.ID, v)
			}
		}
	}
}

func TestScanAgeRanges(t *testing.T) {
	cases := []struct {
		text     string
		min, max int
		ok       bool
	}{
		{"for ungdom mellom 13 og 17 år", 13, 17, true},
		{"barn 6–12 år", 6, 12, true},
		{"born 6-12 år", 6, 12, true},
		{"fra 8 til 12 år", 8, 12, true},
		{"for eldre over 67 år", 68, taxonomy.MaxAge, true},
		{"voksne, 18 år og eldre", 18, taxonomy.MaxAge, true},
		{"barn under 12 år", 0, 11, true},
		{"kurset varer i 12 uker", 0, 0, false},
		{"koster 300 kroner", 0, 0, false},
		{"for 20 år siden", 0, 0, false},
		{"i 2026 år", 0, 0, false},
		{"versjon 1.13-17 år", 0, 0, false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			hits := scanAgeRanges(nil, c.text, PartText)
			if !c.ok {
				assert.Empty(t, hits)
				return
			}
			require.Len(t, hits, 1)
			assert.Equal(t, c.min, hits[0].min)
			assert.Equal(t, c.max, hits[0].max)
			assert.Contains(t, c.text[hits[0].start:hits[0].end], "år")
		})
	}
}

func TestCueTable(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range cueTable {
		p := strings.Trim(c.phrase, "|")
		assert.Equal(t, strings.ToLower(p), p, "cues are written in lower case")
		assert.False(t, seen[c.phrase+string(rune(c.kind))], "duplicate cue %q", c.phrase)
		seen[c.phrase+string(rune(c.kind))] = true
	}
	s, err := newCueScanner(cueTable)
	require.NoError(t, err)
	hits := s.scan(nil, "LEDIG STILLING ved Sykehuset. Søknadsfrist i morgen. Ærlig talt: BESØKSTID.", PartText)
	var kinds []cueKind
	for _, h := range hits {
		kinds = append(kinds, h.kind)
	}
	assert.Contains(t, kinds, cueJobAd)
	assert.Contains(t, kinds, cuePractical, "Latin-1 capitals fold (BESØKSTID)")
	_, err = newCueScanner([]cue{{"|", cueNews}})
	assert.Error(t, err)
}

func TestExtraTermsBuild(t *testing.T) {
	g, err := glossaryWithExtras()
	require.NoError(t, err)
	assert.True(t, g.Lookup("gruppetrening").Found())
}

func TestFacetScoresOf(t *testing.T) {
	s := Scores{InScope: 0.1, Concept: 0.2, Format: 0.3, Roles: 0.4, AgeGroups: 0.5, Arena: 0.6,
		Delivery: 0.7, Methods: 0.8, Scope: 0.9, Conditions: 0.15, Themes: 0.25, Programme: 0.35}
	facets := []taxonomy.Facet{0, taxonomy.FacetConcept, taxonomy.FacetFormat, taxonomy.FacetRole,
		taxonomy.FacetAgeGroup, taxonomy.FacetArena, taxonomy.FacetDelivery, taxonomy.FacetMethod,
		taxonomy.FacetScope, taxonomy.FacetCondition, taxonomy.FacetTheme, taxonomy.FacetProgramme}
	want := []float64{0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.15, 0.25, 0.35}
	for i, f := range facets {
		var r Scores
		r.set(f, want[i])
		assert.Equal(t, want[i], r.Of(f), f.String())
		assert.Equal(t, want[i], s.Of(f), f.String())
	}
	assert.Zero(t, s.Of(taxonomy.FacetGoal))
	assert.Equal(t, "title", PartTitle.String())
	assert.Equal(t, "text", PartText.String())
}

// TestConcurrentClassification classifies the dev set from many goroutines
// at once and compares with a sequential run (run with -race).
func TestConcurrentClassification(t *testing.T) {
	items := loadDevSet(t)
	want := make([]devLabels, len(items))
	for i, it := range items {
		want[i] = labelsOf(Listing(it.Title, it.Text))
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range items {
				i := (k + g*17) % len(items)
				if got := labelsOf(Listing(items[i].Title, items[i].Text)); !assert.Equal(t, want[i], got) {
					return
				}
			}
		}()
	}
	wg.Wait()
}

func FuzzClassifyListing(f *testing.F) {
	f.Add("Kolsskole", "Kurs for pasienter med kols og pårørende, 13–17 år. Sted: LMS.")
	f.Add("", "Foreldre til born med astma, i samarbeid med LHL, digitalt og på helsehuset.")
	f.Add("ÆØÅ", "\xff\xfe 99999999999999999999 år og eldre – over 3 år")
	f.Fuzz(func(t *testing.T, title, text string) {
		c := Listing(title, text)
		checkEvidence(t, title, text, c)
		for _, e := range c.Evidence {
			if e.Facet == 0 && e.InScope != c.InScope {
				t.Fatalf("in-scope evidence %+v points against the decision %v", e, c.InScope)
			}
		}
		if c.Confidence.InScope < 0.5 || c.Confidence.InScope > 1 {
			t.Fatalf("in-scope confidence %v: the decision's own, so at least 0.5", c.Confidence.InScope)
		}
		again := Listing(title, text)
		if !assert.ObjectsAreEqual(c, again) {
			t.Fatalf("not deterministic")
		}
	})
}

// TestReadingPrintsNoValue: what NeedText reads from a person's words
// prints no code and no word of theirs under any fmt verb (issue 11,
// item 10).
func TestReadingPrintsNoValue(t *testing.T) {
	r := NeedText("Kari Nordmann 12345678901 har hiv og demens, pårørende til mor, vil ha kurs på nett")
	if res := r.Result(); len(res.Conditions) == 0 || len(res.Roles) == 0 {
		t.Fatal("nothing read")
	}
	secrets := []string{"dementia", "demens", "next_of_kin", "pårørende", "Kari", "12345678901", "digital", "nett"}
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x"} {
		for _, v := range []any{r, &r, []Reading{r}} {
			out := fmt.Sprintf(verb, v)
			for _, s := range secrets {
				if strings.Contains(out, s) {
					t.Errorf("%s of a Reading shows %q: %s", verb, s, out)
				}
			}
		}
	}
	if got := r.String(); !strings.Contains(got, "conditions") || !strings.Contains(got, "roles") {
		t.Errorf("String %q does not name the facets read", got)
	}
}

// TestNeedText checks what NeedText reads from a person's own words: the
// reader's own condition makes a patient, a relative's makes next of kin,
// in Bokmål and Nynorsk.
func TestNeedText(t *testing.T) {
	cases := []struct {
		text  string
		roles []taxonomy.Role
		conds []taxonomy.Condition
	}{
		{"Jeg har kols og vil lære å leve med det.", []taxonomy.Role{taxonomy.RolePatient}, []taxonomy.Condition{taxonomy.ConditionCOPD}},
		{"Eg har diabetes type 2 og vil gjerne ha kurs.", []taxonomy.Role{taxonomy.RolePatient}, []taxonomy.Condition{taxonomy.ConditionDiabetesType2}},
		{"Min mann har demens, og jeg trenger noen å snakke med.", []taxonomy.Role{taxonomy.RoleNextOfKin}, []taxonomy.Condition{taxonomy.ConditionDementia}},
		{"Sønnen vår har autisme. Vi vil gjerne møte andre foreldre.", []taxonomy.Role{taxonomy.RoleNextOfKin}, []taxonomy.Condition{taxonomy.ConditionAutism}},
		{"Mora mi har fått kreft, kva finst for pårørande?", []taxonomy.Role{taxonomy.RoleNextOfKin}, []taxonomy.Condition{taxonomy.ConditionCancer}},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			got := NeedText(c.text).Result()
			assert.ElementsMatch(t, c.roles, got.Roles, "roles")
			assert.ElementsMatch(t, c.conds, got.Conditions, "conditions")
			checkEvidence(t, "", c.text, got)
		})
	}
}
