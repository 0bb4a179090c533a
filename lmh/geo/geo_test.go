package geo

import (
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestData(t *testing.T) {
	ms := Municipalities()
	if len(ms) != 357 {
		t.Fatalf("got %d municipalities, want 357", len(ms))
	}
	cs := Counties()
	if len(cs) != 15 {
		t.Fatalf("got %d counties, want 15", len(cs))
	}
	perRegion := map[HealthRegion]int{}
	for i, m := range ms {
		if i > 0 && ms[i-1].Number >= m.Number {
			t.Errorf("not ordered at %s", m.Number)
		}
		if m.Number[:2] != m.County.Number {
			t.Errorf("%s: county %s does not match number", m.Number, m.County.Number)
		}
		if !m.HealthRegion().IsValid() {
			t.Errorf("%s: no health region", m.Number)
		}
		perRegion[m.HealthRegion()]++
		got, ok := Lookup(m.Number)
		if !ok || got != m {
			t.Errorf("Lookup(%s) = %v, %v", m.Number, got, ok)
		}
		if found := Find(m.Name); !contains(found, m) {
			t.Errorf("Find(%q) does not find %s", m.Name, m.Number)
		}
		if m.ParallelName != "" && !contains(Find(m.ParallelName), m) {
			t.Errorf("Find(%q) does not find %s", m.ParallelName, m.Number)
		}
	}
	if len(perRegion) != 4 {
		t.Errorf("municipalities fall in %d health regions, want 4", len(perRegion))
	}
	sum := 0
	for _, c := range cs {
		n := len(c.Municipalities())
		if n == 0 {
			t.Errorf("county %s has no municipalities", c)
		}
		sum += n
	}
	if sum != 357 {
		t.Errorf("counties hold %d municipalities, want 357", sum)
	}
	sum = 0
	for _, r := range HealthRegions() {
		for _, c := range r.Counties() {
			sum += len(c.Municipalities())
		}
	}
	if sum != 357 {
		t.Errorf("health regions hold %d municipalities, want 357", sum)
	}
}

func contains(ms []Municipality, m Municipality) bool {
	for _, x := range ms {
		if x == m {
			return true
		}
	}
	return false
}

func TestLookup(t *testing.T) {
	tests := []struct {
		in       string
		ok       bool
		name     string
		county   string
		region   HealthRegion
		parallel string
	}{
		{"0301", true, "Oslo", "Oslo", HealthSouthEast, ""},
		{"4601", true, "Bergen", "Vestland", HealthWest, ""},
		{"5001", true, "Trondheim", "Trøndelag", HealthCentral, ""},
		{"5612", true, "Guovdageaidnu", "Finnmark", HealthNorth, "Kautokeino"},
		{"301", false, "", "", 0, ""},
		{"0300", false, "", "", 0, ""},
		{" 0301", false, "", "", 0, ""},
		{"", false, "", "", 0, ""},
		{"1201", false, "", "", 0, ""}, // Bergen's number before 2020
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			m, ok := Lookup(tt.in)
			if ok != tt.ok || IsValid(tt.in) != tt.ok {
				t.Fatalf("Lookup(%q) ok = %v, want %v", tt.in, ok, tt.ok)
			}
			if !ok {
				return
			}
			if m.Name != tt.name || m.County.Name != tt.county || m.HealthRegion() != tt.region || m.ParallelName != tt.parallel {
				t.Errorf("Lookup(%q) = %+v", tt.in, m)
			}
		})
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Oslo", []string{"0301"}},
		{"OSLO", []string{"0301"}},
		{"  oslo ", []string{"0301"}},
		{"tromsø", []string{"5501"}},
		{"TROMSØ", []string{"5501"}},
		{"bærum", []string{"3201"}},
		{"ÅLESUND", []string{"1508"}},
		{norm.NFD.String("Ålesund"), []string{"1508"}},
		{"Kautokeino", []string{"5612"}},
		{"guovdageaidnu", []string{"5612"}},
		{"KÁRÁŠJOHKA", []string{"5610"}},
		{"karasjok", []string{"5610"}},
		{"Snåase", []string{"5041"}},
		{"snåsa", []string{"5041"}},
		{"herøy", []string{"1515", "1818"}},
		{"Herøy (Nordland)", []string{"1818"}},
		{"våler", []string{"3114", "3419"}},
		{"valer", nil},    // å is a letter of its own, not a
		{"alesund", nil},  // likewise
		{"Tromso", nil},   // ø is not o
		{"Nordland", nil}, // a county, not a municipality
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := Find(tt.in)
			var nums []string
			for _, m := range got {
				nums = append(nums, m.Number)
			}
			if strings.Join(nums, ",") != strings.Join(tt.want, ",") {
				t.Errorf("Find(%q) = %v, want %v", tt.in, nums, tt.want)
			}
		})
	}
}

func TestCounties(t *testing.T) {
	c, ok := LookupCounty("46")
	if !ok || c.Name != "Vestland" || c.HealthRegion != HealthWest {
		t.Errorf("LookupCounty(46) = %v, %v", c, ok)
	}
	if _, ok := LookupCounty("12"); ok {
		t.Error("LookupCounty(12) found a county abolished in 2020")
	}
	if c, ok := FindCounty("MØRE OG  ROMSDAL"); !ok || c.Number != "15" {
		t.Errorf("FindCounty = %v, %v", c, ok)
	}
	if _, ok := FindCounty("Hordaland"); ok {
		t.Error("FindCounty(Hordaland) found a county abolished in 2020")
	}
}

func TestHealthRegion(t *testing.T) {
	for _, r := range HealthRegions() {
		t.Run(r.String(), func(t *testing.T) {
			b, err := r.MarshalText()
			if err != nil {
				t.Fatal(err)
			}
			var back HealthRegion
			if err := back.UnmarshalText(b); err != nil || back != r {
				t.Errorf("round trip %q = %v, %v", b, back, err)
			}
			if p, err := ParseHealthRegion(r.Name()); err != nil || p != r {
				t.Errorf("ParseHealthRegion(%q) = %v, %v", r.Name(), p, err)
			}
			if p, err := ParseHealthRegion(strings.ToUpper(r.Name())); err != nil || p != r {
				t.Errorf("ParseHealthRegion(upper %q) = %v, %v", r.Name(), p, err)
			}
		})
	}
	if HealthRegion(0).String() != "" || HealthRegion(9).String() != "HealthRegion(9)" || HealthRegion(9).Name() != "" {
		t.Error("String/Name of zero or invalid region")
	}
	if _, err := HealthRegion(9).MarshalText(); err == nil {
		t.Error("MarshalText accepted an invalid region")
	}
	if _, err := ParseHealthRegion("Helse Øst"); err == nil {
		t.Error("ParseHealthRegion accepted the pre-2007 region Helse Øst")
	}
	var z HealthRegion = HealthNorth
	if err := z.UnmarshalText(nil); err != nil || z != 0 {
		t.Error("empty text does not give the zero value")
	}
	if !HealthNorth.Contains("5612") || HealthNorth.Contains("0301") || HealthNorth.Contains("9999") {
		t.Error("Contains")
	}
}

func TestConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, m := range Municipalities() {
				if got := Find(m.Name); len(got) == 0 {
					t.Errorf("Find(%q) empty", m.Name)
				}
			}
		}()
	}
	wg.Wait()
}

func TestCopies(t *testing.T) {
	ms := Municipalities()
	ms[0].Name = "changed"
	if m, _ := Lookup(ms[0].Number); m.Name == "changed" {
		t.Error("Municipalities returned shared data")
	}
	cs := Counties()
	cs[0].Name = "changed"
	if c, _ := LookupCounty(cs[0].Number); c.Name == "changed" {
		t.Error("Counties returned shared data")
	}
}

func TestParseErrors(t *testing.T) {
	bad := []string{
		"kommunenummer,navn\n0301,Oslo\n",
		"kommunenummer,navn,norsk_navn,fylkesnummer,fylke,helseregion\n301,Oslo,,03,Oslo,Helse Sør-Øst\n",
		"kommunenummer,navn,norsk_navn,fylkesnummer,fylke,helseregion\n0301,Oslo,,04,Oslo,Helse Sør-Øst\n",
		"kommunenummer,navn,norsk_navn,fylkesnummer,fylke,helseregion\n0301,Oslo,,03,Oslo,Helse Øst\n",
		"kommunenummer,navn,norsk_navn,fylkesnummer,fylke,helseregion\n0301,Oslo,,03,Oslo,Helse Sør-Øst\n0301,Oslo,,03,Oslo,Helse Sør-Øst\n",
		"kommunenummer,navn,norsk_navn,fylkesnummer,fylke,helseregion\n0301,Oslo,,03,Oslo,Helse Sør-Øst\n0302,X,,03,Oslo,Helse Vest\n",
	}
	for i, in := range bad {
		if _, err := parse(strings.NewReader(in)); err == nil {
			t.Errorf("case %d: parse accepted bad data", i)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"Oslo", "herøy", "KÁRÁŠJOHKA", " bærum ", "Våler (Østfold)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Find(s)
		// Find is insensitive to case and surrounding space: the upper-
		// and padded forms find the same municipalities.
		if again := Find("  " + strings.ToUpper(s) + " "); len(again) != len(got) && strings.ToLower(strings.ToUpper(s)) == strings.ToLower(s) {
			t.Errorf("Find(%q) = %d, upper-cased and padded = %d", s, len(got), len(again))
		}
		for _, m := range got {
			k := nameKey(s)
			base, _, _ := strings.Cut(m.Name, " (")
			if k != nameKey(m.Name) && k != nameKey(m.ParallelName) && k != nameKey(base) {
				t.Errorf("Find(%q) returned %s whose names do not match", s, m)
			}
		}
	})
}

func BenchmarkLookup(b *testing.B) {
	for b.Loop() {
		Lookup("4601")
	}
}

func BenchmarkFind(b *testing.B) {
	for b.Loop() {
		Find("Tromsø")
	}
}
