package lmh

import (
	"bytes"
	"reflect"
	"sync"
	"testing"

	"github.com/google/uuid"

	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/taxonomy"
)

func TestSampleCatalogueValidates(t *testing.T) {
	cat := SampleCatalogueOn(SampleDay)
	if len(cat) < 38 || len(cat) > 45 {
		t.Fatalf("sample has %d offerings, want about 40", len(cat))
	}
	for i := range cat {
		if err := ValidateOffering(&cat[i]); err != nil {
			t.Errorf("offering %d %q: %v", i+1, cat[i].Name, err)
		}
	}
}

// TestSampleCatalogueCoverage checks the promises SampleCatalogue makes
// about the spread of the data.
func TestSampleCatalogueCoverage(t *testing.T) {
	cat := SampleCatalogueOn(SampleDay)
	arenas := map[taxonomy.Arena]bool{}
	roles := map[taxonomy.Role]bool{}
	formats := map[taxonomy.Format]bool{}
	deliveries := map[taxonomy.Delivery]bool{}
	programmes := map[taxonomy.Programme]bool{}
	scopes := map[taxonomy.Scope]bool{}
	langs := map[taxonomy.Lang]bool{}
	statuses := map[Status]bool{}
	counties := map[string]bool{}
	municipalities := map[string]bool{}
	regions := map[geo.HealthRegion]bool{}
	ids := map[uuid.UUID]bool{}
	names := map[string]bool{}
	nationalDigital := 0
	for _, o := range cat {
		arenas[o.Provider.Arena] = true
		for _, r := range o.TargetGroup.Roles {
			roles[r] = true
		}
		formats[o.Format] = true
		deliveries[o.Delivery] = true
		if o.Programme != 0 {
			programmes[o.Programme] = true
		}
		scopes[o.Scope] = true
		langs[o.Lang] = true
		statuses[o.Status] = true
		if m, ok := geo.Lookup(o.Place.Municipality); ok {
			municipalities[m.Number] = true
			counties[m.County.Number] = true
			regions[m.HealthRegion()] = true
		}
		if o.Coverage.National && o.Delivery == taxonomy.DeliveryDigital {
			nationalDigital++
		}
		if ids[o.ID] || names[o.Name] {
			t.Errorf("duplicate id or name: %s %q", o.ID, o.Name)
		}
		ids[o.ID], names[o.Name] = true, true
	}
	check := func(what string, got, want int) {
		t.Helper()
		if got < want {
			t.Errorf("%s: %d, want at least %d", what, got, want)
		}
	}
	check("arenas", len(arenas), len(taxonomy.All[taxonomy.Arena]()))
	check("roles", len(roles), len(taxonomy.All[taxonomy.Role]()))
	check("formats", len(formats), len(taxonomy.All[taxonomy.Format]()))
	check("deliveries", len(deliveries), len(taxonomy.All[taxonomy.Delivery]()))
	check("programmes", len(programmes), len(taxonomy.All[taxonomy.Programme]()))
	check("scopes", len(scopes), len(taxonomy.All[taxonomy.Scope]()))
	check("statuses", len(statuses), 3)
	check("municipalities", len(municipalities), 10)
	check("counties", len(counties), 8)
	check("health regions", len(regions), 4)
	check("national digital", nationalDigital, 3)
	if !langs[taxonomy.NB] || !langs[taxonomy.NN] {
		t.Errorf("languages: %v", langs)
	}
}

// TestSampleCatalogueUsesNewFields: the sample states a referral and a
// registration each way and leaves one unsaid, and has deadlines, weekly
// times, exclusions and contacts, so every path of them is exercised
// wherever the sample is used (JSON, FHIR, JSON Schema, matching).
func TestSampleCatalogueUsesNewFields(t *testing.T) {
	referral, registration := map[Stated]int{}, map[Stated]int{}
	var deadlines, weekly, excludes, phones, emails int
	for _, o := range SampleCatalogueOn(SampleDay) {
		referral[o.Frames.ReferralRequired]++
		registration[o.Frames.RegistrationRequired]++
		if !o.Frames.RegistrationDeadline.IsZero() {
			deadlines++
		}
		if len(o.Schedule.Weekly) > 0 {
			weekly++
		}
		if len(o.TargetGroup.ExcludeConditions) > 0 {
			excludes++
		}
		if o.Contact.Phone != "" {
			phones++
		}
		if o.Contact.Email != "" {
			emails++
		}
	}
	if referral[Yes] == 0 || referral[No] == 0 || referral[NotStated] == 0 || registration[Yes] == 0 || registration[No] == 0 {
		t.Errorf("referral %v, registration %v", referral, registration)
	}
	if deadlines < 2 || weekly < 3 || excludes < 2 || phones < 2 || emails < 2 {
		t.Errorf("deadlines %d, weekly %d, excludes %d, phones %d, emails %d", deadlines, weekly, excludes, phones, emails)
	}
}

func TestSampleCatalogueIsACopy(t *testing.T) {
	a := SampleCatalogueOn(SampleDay)
	a[0].Name = "changed"
	a[0].TargetGroup.Roles[0] = taxonomy.RoleUser
	b := SampleCatalogueOn(SampleDay)
	if b[0].Name == "changed" || b[0].TargetGroup.Roles[0] == taxonomy.RoleUser {
		t.Error("SampleCatalogue shares data between calls")
	}
}

// TestConcurrentUse exercises the package's shared state — the validator,
// the embedded sample, the decoder's field cache — from several goroutines;
// run with -race.
func TestConcurrentUse(t *testing.T) {
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, o := range SampleCatalogueOn(SampleDay) {
				if err := ValidateOffering(&o); err != nil {
					t.Error(err)
				}
				CheckISF(&o)
				if _, err := DecodeOffering(sampleLine(t, i)); err != nil {
					t.Error(err)
				}
			}
			n := Need{Municipality: "x"}
			if ValidateNeed(&n) == nil {
				t.Error("bad need accepted")
			}
		}()
	}
	wg.Wait()
}

// TestSampleCatalogueOn: laid out around any day the sample stays valid,
// keeps its weekdays' distances, and around SampleDay it is the embedded
// catalogue unchanged.
func TestSampleCatalogueOn(t *testing.T) {
	embedded, err := LoadCatalogue(bytes.NewReader(SampleCatalogueJSONL()))
	if err != nil {
		t.Fatal(err)
	}
	if got := SampleCatalogueOn(SampleDay); !reflect.DeepEqual(got, embedded) {
		t.Error("SampleCatalogueOn(SampleDay) differs from the embedded catalogue")
	}
	for _, day := range []string{"2024-02-29", "2030-01-01", "2035-07-15"} {
		d := MustParseDate(day)
		shift := d.days() - SampleDay.days()
		for i, o := range SampleCatalogueOn(d) {
			if err := ValidateOffering(&o); err != nil {
				t.Errorf("%s: offering %d: %v", day, i, err)
			}
			e := embedded[i].Schedule
			if !e.Start.IsZero() && o.Schedule.Start.days()-e.Start.days() != shift {
				t.Errorf("%s: offering %d starts %s, embedded %s", day, i, o.Schedule.Start, e.Start)
			}
			if len(o.Schedule.Dates) != len(e.Dates) {
				t.Errorf("%s: offering %d lost dates", day, i)
			}
		}
	}
}
