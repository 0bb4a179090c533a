package api_test

import (
	"encoding/json"
	"testing"

	"github.com/lmhkit/lmhkit/examples/server/internal/testdb"
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/lmh/match"
	"github.com/lmhkit/lmhkit/taxonomy"
)

type labelList []struct{ Code, Label string }

// TestVocabulary: the codes with the library's own labels, in the language
// of Accept-Language.
func TestVocabulary(t *testing.T) {
	e := newEnv(t, testdb.Backend{Name: "sqlite", New: testdb.SQLite})
	for _, l := range taxonomy.Langs() {
		var raw map[string]json.RawMessage
		r := e.do("GET", "/api/vocabulary", nil, "Accept-Language", l.String())
		r.json(t, &raw)
		if string(raw["lang"]) != `"`+l.String()+`"` || r.header.Get("Content-Language") != l.String() {
			t.Errorf("%s: lang %s, Content-Language %q", l, raw["lang"], r.header.Get("Content-Language"))
		}
		v := map[string]labelList{}
		for k, b := range raw {
			if k == "lang" {
				continue
			}
			var list labelList
			if err := json.Unmarshal(b, &list); err != nil {
				t.Fatalf("%s: %v", k, err)
			}
			v[k] = list
		}
		checkList := func(name string, want labelList) {
			t.Helper()
			got := v[name]
			if len(got) != len(want) || len(want) == 0 {
				t.Errorf("%s %s: %d entries; want %d", l, name, len(got), len(want))
				return
			}
			for i := range want {
				if got[i] != want[i] {
					t.Errorf("%s %s[%d] = %+v; want %+v", l, name, i, got[i], want[i])
				}
			}
		}
		var roles, conds, slots, confs, crits, access labelList
		for _, x := range taxonomy.All[taxonomy.Role]() {
			roles = append(roles, struct{ Code, Label string }{x.String(), x.Label(l)})
		}
		for _, x := range taxonomy.All[taxonomy.Condition]() {
			conds = append(conds, struct{ Code, Label string }{x.String(), x.Label(l)})
		}
		for _, x := range []lmh.TimeSlot{lmh.WeekdayDaytime, lmh.WeekdayEvening, lmh.Weekend} {
			slots = append(slots, struct{ Code, Label string }{x.String(), x.Label(l)})
		}
		for _, x := range []lmh.Confidence{lmh.ConfidenceNo, lmh.ConfidenceLow, lmh.ConfidenceHigh, lmh.ConfidenceExact} {
			confs = append(confs, struct{ Code, Label string }{x.String(), x.Label(l)})
		}
		for c := match.CriterionRole; c.IsValid(); c++ {
			crits = append(crits, struct{ Code, Label string }{c.String(), c.Label(l)})
		}
		for a := match.AccessNone; a <= match.AccessMunicipality; a++ {
			access = append(access, struct{ Code, Label string }{a.String(), a.Label(l)})
		}
		checkList("roles", roles)
		checkList("conditions", conds)
		checkList("time_slots", slots)
		checkList("confidences", confs)
		checkList("criteria", crits)
		checkList("access", access)
		var arenas, scopes, stages labelList
		for _, x := range taxonomy.All[taxonomy.Arena]() {
			arenas = append(arenas, struct{ Code, Label string }{x.String(), x.Label(l)})
		}
		for _, x := range taxonomy.All[taxonomy.Scope]() {
			scopes = append(scopes, struct{ Code, Label string }{x.String(), x.Label(l)})
		}
		for _, x := range taxonomy.All[taxonomy.Participation]() {
			stages = append(stages, struct{ Code, Label string }{x.String(), x.Label(l)})
		}
		checkList("arenas", arenas)
		checkList("scopes", scopes)
		checkList("participation", stages)
		if len(v["counties"]) != len(geo.Counties()) || len(v["health_regions"]) != 4 {
			t.Errorf("%s: %d counties, %d regions", l, len(v["counties"]), len(v["health_regions"]))
		}
		for name, list := range v {
			if len(list) == 0 {
				t.Errorf("%s: %s is empty", l, name)
			}
		}
	}
}
