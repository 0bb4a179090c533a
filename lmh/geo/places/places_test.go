package places

import (
	"bytes"
	"encoding/csv"
	"strings"
	"sync"
	"testing"

	"github.com/lmhkit/lmhkit/lmh/geo"
)

// TestData checks every row of the table against lmh/geo: the number is a
// 2024 municipality whose name is the one written beside it, and no place
// has the name of a municipality (those belong to geo.Find).
func TestData(t *testing.T) {
	recs, err := csv.NewReader(bytes.NewReader(rawCSV)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) < 100 {
		t.Fatalf("%d rows, want at least 100", len(recs))
	}
	for _, r := range recs[1:] {
		name, num, kommune := r[0], r[2], r[3]
		m, ok := geo.Lookup(num)
		if !ok {
			t.Errorf("%s: %s is not a 2024 kommunenummer", name, num)
			continue
		}
		if m.Name != kommune && m.ParallelName != kommune {
			t.Errorf("%s: %s is %s, the table says %s", name, num, m.Name, kommune)
		}
		if ms := geo.Find(name); len(ms) > 0 {
			t.Errorf("%s is the name of municipality %s; it belongs in lmh/geo", name, ms[0])
		}
		if strings.TrimSpace(name) != name || name == "" {
			t.Errorf("%q: name with surrounding space", name)
		}
	}
	if n := len(All()); n != len(recs)-1 {
		t.Errorf("All has %d places, the file %d rows", n, len(recs)-1)
	}
}

func TestFind(t *testing.T) {
	for _, c := range []struct {
		name, want string
		kind       Kind
	}{
		{"Moelv", "3411", Town},
		{"MOELV", "3411", Town},
		{"  st.   hanshaugen ", "0301", District},
		{"Mjøndalen", "3301", Town},
		{"Vikevåg", "1103", Village},
		{"åndalsnes", "1539", Town},
		{"Mo i Rana", "1833", Town},
		{"Haugenstua", "0301", Area},
	} {
		ps := Find(c.name)
		if len(ps) != 1 || ps[0].Municipality != c.want || ps[0].Kind != c.kind {
			t.Errorf("Find(%q) = %v, want one %s in %s", c.name, ps, c.kind, c.want)
		}
	}
	for _, name := range []string{"", "Oslo", "Atlantis", "moel"} {
		if ps := Find(name); ps != nil {
			t.Errorf("Find(%q) = %v, want nil", name, ps)
		}
	}
	// å written as a + combining ring finds the same place.
	if ps := Find("A\u030andalsnes"); len(ps) != 1 {
		t.Errorf("NFD name: %v", ps)
	}
}

func TestCopies(t *testing.T) {
	a := All()
	a[0].Name = "changed"
	if All()[0].Name == "changed" {
		t.Error("All shares its backing array")
	}
	f := Find("Moelv")
	f[0].Municipality = "0000"
	if Find("Moelv")[0].Municipality != "3411" {
		t.Error("Find shares its backing array")
	}
}

func TestKindString(t *testing.T) {
	for k, want := range map[Kind]string{0: "", Town: "town", Village: "village", District: "district", Area: "area", 9: "Kind(9)"} {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d).String() = %q, want %q", k, got, want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{
		"name,kind\n",
		"name,kind,kommunenummer,kommune\nX,city,0301,Oslo\n",
		"name,kind,kommunenummer,kommune\nX,town,9999,Nowhere\n",
		"name,kind,kommunenummer,kommune\nX,town,0301,Oslo\nx,town,0301,Oslo\n",
	} {
		if _, err := parse(strings.NewReader(in)); err == nil {
			t.Errorf("parse(%q): no error", in)
		}
	}
}

func TestConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if len(Find("Førde")) != 1 || len(All()) == 0 {
				t.Error("lookup failed")
			}
		}()
	}
	wg.Wait()
}

// TestRegions checks every region against lmh/geo: its county exists under
// the name written beside it, and no region has the name of a county of
// 2024 or of a municipality.
func TestRegions(t *testing.T) {
	recs, err := csv.NewReader(bytes.NewReader(regionsCSV)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs[1:] {
		c, ok := geo.LookupCounty(r[1])
		if !ok || c.Name != r[2] {
			t.Errorf("%s: county %s is %q, the table says %q", r[0], r[1], c.Name, r[2])
		}
		if _, ok := geo.FindCounty(r[0]); ok {
			t.Errorf("%s is a county of 2024: use geo.FindCounty", r[0])
		}
		if ms := geo.Find(r[0]); len(ms) > 0 {
			t.Errorf("%s is the name of municipality %s", r[0], ms[0])
		}
	}
	if len(Regions()) != len(recs)-1 {
		t.Errorf("Regions has %d, the file %d rows", len(Regions()), len(recs)-1)
	}
	for name, want := range map[string]string{"sunnmøre": "15", " Helgeland ": "18", "HORDALAND": "46", "sogn og fjordane": "46"} {
		if r, ok := FindRegion(name); !ok || r.County != want {
			t.Errorf("FindRegion(%q) = %v, %v; want county %s", name, r, ok, want)
		}
	}
	for _, name := range []string{"", "Vestland", "Bergen", "Nord-Norge"} {
		if r, ok := FindRegion(name); ok {
			t.Errorf("FindRegion(%q) = %v", name, r)
		}
	}
	if _, err := parseRegions(strings.NewReader("name,fylkesnummer,fylke\nX,99,Y\n")); err == nil {
		t.Error("an unknown fylkesnummer parses")
	}
}

func TestOtherNames(t *testing.T) {
	for name, want := range map[string]string{"Romsa": "5501", "áltá": "5601", "Bådåddjo": "1804"} {
		if ps := Find(name); len(ps) != 1 || ps[0].Municipality != want || ps[0].Kind != OtherName {
			t.Errorf("Find(%q) = %v, want the other name of %s", name, ps, want)
		}
	}
	if OtherName.String() != "name" {
		t.Errorf("OtherName.String() = %q", OtherName.String())
	}
}
