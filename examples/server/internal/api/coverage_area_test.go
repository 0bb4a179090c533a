package api_test

import (
	"slices"
	"testing"

	"github.com/lmhkit/lmhkit/examples/server/internal/testdb"
	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/lmh/match"
	"github.com/lmhkit/lmhkit/taxonomy"
)

type cellShare struct {
	Municipalities, Reachable int
	InRegion                  int `json:"in_region"`
	Local                     int
}

type areaRow struct {
	Code, Name string
	Cells      []struct {
		Access string
		Share  *cellShare
	}
}

type areaReply struct {
	Area struct {
		Kind, Code, Name string
		Columns          []struct{ Role, Topic string }
		Rows             []areaRow
		Total            areaRow
	}
}

// TestCoverageArea: the heat table of a county gives every municipality
// the access level the library's report gives it, its total is the
// library's roll-up and agrees with its rows; a region's rows are its
// counties and add up to the region.
func TestCoverageArea(t *testing.T) {
	e := newEnv(t, testdb.Backend{Name: "sqlite", New: testdb.SQLite})
	rep, err := match.EqualAccess(e.cat, match.AccessQuery{Day: sampleDay, Roles: []taxonomy.Role{taxonomy.RolePatient}})
	if err != nil {
		t.Fatal(err)
	}
	var county areaReply
	r := e.do("GET", "/api/coverage?role=patient&area=46", nil)
	r.json(t, &county)
	a := county.Area
	if r.status != 200 || a.Kind != "county" || a.Name != "Vestland" || len(a.Rows) != 43 || len(a.Columns) != len(rep.Topics()) {
		t.Fatalf("area=46: %d, %s %s, %d rows, %d columns", r.status, a.Kind, a.Name, len(a.Rows), len(a.Columns))
	}
	seen := map[string]bool{}
	for j, col := range a.Columns {
		topic, _ := taxonomy.ParseRef(col.Topic)
		var levels []string
		reachable := 0
		for _, row := range a.Rows {
			got := row.Cells[j].Access
			if want := rep.Access(row.Code, taxonomy.RolePatient, topic).String(); got != want {
				t.Errorf("%s %s: %s; the library says %s", row.Name, col.Topic, got, want)
			}
			if got != "none" {
				reachable++
			}
			levels = append(levels, got)
			seen[got] = true
		}
		total := a.Total.Cells[j]
		lib := rep.County("46", taxonomy.RolePatient, topic)
		if total.Share == nil || *total.Share != (cellShare{lib.Municipalities, lib.Reachable, lib.InRegion, lib.Local}) || total.Share.Reachable != reachable {
			t.Errorf("%s: total %+v; the library's county %+v, %d rows reach one", col.Topic, total.Share, lib, reachable)
		}
		order := []string{"none", "national", "region", "county", "municipality"}
		slices.SortFunc(levels, func(x, y string) int { return slices.Index(order, x) - slices.Index(order, y) })
		if total.Access != levels[len(levels)/2] {
			t.Errorf("%s: total access %s; the median of the rows is %s", col.Topic, total.Access, levels[len(levels)/2])
		}
	}
	if len(seen) < 3 {
		t.Errorf("the table shows only %v: the test sees little", seen)
	}

	var region areaReply
	e.do("GET", "/api/coverage?role=patient&area=helse_vest", nil).json(t, &region)
	a = region.Area
	var names []string
	for _, row := range a.Rows {
		names = append(names, row.Name)
	}
	if a.Kind != "health_region" || a.Name != "Helse Vest" || !slices.Equal(names, []string{"Rogaland", "Vestland"}) {
		t.Fatalf("helse_vest: %s %s %v", a.Kind, a.Name, names)
	}
	for j := range a.Columns {
		sum := cellShare{}
		for _, row := range a.Rows {
			s := row.Cells[j].Share
			c, _ := geo.LookupCounty(row.Code)
			if s == nil || s.Municipalities != len(c.Municipalities()) {
				t.Fatalf("%s: %+v", row.Name, s)
			}
			sum.Municipalities += s.Municipalities
			sum.Reachable += s.Reachable
			sum.Local += s.Local
		}
		tot := a.Total.Cells[j].Share
		if tot.Municipalities != sum.Municipalities || tot.Reachable != sum.Reachable || tot.Local != sum.Local {
			t.Errorf("%s: region %+v, its counties add up to %+v", a.Columns[j].Topic, tot, sum)
		}
	}

	for _, q := range []string{"area=99", "area=sentinelarea", "area=4601"} {
		r := e.do("GET", "/api/coverage?role=patient&"+q, nil)
		if p := r.problem(t); r.status != 400 || len(p.Errors) != 1 || p.Errors[0].Field != "area" {
			t.Errorf("%s: %d %+v", q, r.status, p.Errors)
		}
	}
	var none map[string]any
	e.do("GET", "/api/coverage?role=patient", nil).json(t, &none)
	if _, ok := none["area"]; ok {
		t.Errorf("an answer without area= has an area")
	}
}
