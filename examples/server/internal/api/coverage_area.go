package api

import (
	"slices"

	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/lmh/match"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// area is the county or health region a coverage answer draws a heat
// table for; the zero value is none.
type area struct {
	county geo.County
	region geo.HealthRegion
}

// parseArea reads the area parameter: a fylkesnummer ("46") or a health
// region by code or name ("helse_vest"); "" is none.
func parseArea(s string) (area, bool) {
	if s == "" {
		return area{}, true
	}
	if c, ok := geo.LookupCounty(s); ok {
		return area{county: c}, true
	}
	if r, err := geo.ParseHealthRegion(s); err == nil {
		return area{region: r}, true
	}
	return area{}, false
}

// areaJSON is the heat table of an area: one row per municipality of a
// county, or per county of a health region, one column per role and topic
// of the report, and the area as a whole.
type areaJSON struct {
	Kind    string       `json:"kind"` // "county" or "health_region"
	Code    string       `json:"code"`
	Name    string       `json:"name"`
	Columns []columnJSON `json:"columns"`
	Rows    []rowJSON    `json:"rows"`
	Total   rowJSON      `json:"total"`
}

type columnJSON struct {
	Role  taxonomy.Role `json:"role"`
	Topic taxonomy.Ref  `json:"topic"`
}

type rowJSON struct {
	Code         string     `json:"code"`
	Name         string     `json:"name"`
	ParallelName string     `json:"parallel_name,omitempty"`
	Cells        []cellJSON `json:"cells"`
}

// cellJSON is one cell: the access level of a municipality, or for a
// group of them the level at least half of them reach (the median, as the
// library's HTML heat table colours a county) with the library's Share of
// the group.
type cellJSON struct {
	Access match.Access `json:"access"`
	Share  *countsJSON  `json:"share,omitempty"`
}

// countsJSON is a match.Share: how many of the group's municipalities
// reach an offering at all, in their health region, and in their own
// county or municipality.
type countsJSON struct {
	Municipalities int `json:"municipalities"`
	Reachable      int `json:"reachable"`
	InRegion       int `json:"in_region"`
	Local          int `json:"local"`
}

func counts(s match.Share) *countsJSON {
	return &countsJSON{s.Municipalities, s.Reachable, s.InRegion, s.Local}
}

// median returns the access level at least half of the municipalities
// reach.
func median(rep *match.AccessReport, ms []geo.Municipality, role taxonomy.Role, topic taxonomy.Ref) match.Access {
	if len(ms) == 0 {
		return match.AccessNone
	}
	ls := make([]match.Access, len(ms))
	for i, m := range ms {
		ls[i] = rep.Access(m.Number, role, topic)
	}
	slices.Sort(ls)
	return ls[len(ls)/2]
}

// table builds the area's heat table from the report, or nil for no area.
func (a area) table(rep *match.AccessReport) *areaJSON {
	var (
		out    areaJSON
		groups [][]geo.Municipality // a region's rows: the municipalities of each county
		all    []geo.Municipality
	)
	switch {
	case a.county.Number != "":
		out.Kind, out.Code, out.Name = "county", a.county.Number, a.county.Name
		all = a.county.Municipalities()
		for _, m := range all {
			out.Rows = append(out.Rows, rowJSON{Code: m.Number, Name: m.Name, ParallelName: m.ParallelName})
		}
	case a.region.IsValid():
		out.Kind, out.Code, out.Name = "health_region", a.region.String(), a.region.Name()
		for _, c := range a.region.Counties() {
			out.Rows = append(out.Rows, rowJSON{Code: c.Number, Name: c.Name})
			ms := c.Municipalities()
			groups = append(groups, ms)
			all = append(all, ms...)
		}
	default:
		return nil
	}
	out.Total = rowJSON{Code: out.Code, Name: out.Name}
	for _, role := range rep.Roles() {
		for _, topic := range rep.Topics() {
			out.Columns = append(out.Columns, columnJSON{role, topic})
			for i := range out.Rows {
				r := &out.Rows[i]
				if groups == nil {
					r.Cells = append(r.Cells, cellJSON{Access: rep.Access(r.Code, role, topic)})
				} else {
					r.Cells = append(r.Cells, cellJSON{median(rep, groups[i], role, topic), counts(rep.County(r.Code, role, topic))})
				}
			}
			total := cellJSON{Access: median(rep, all, role, topic)}
			if groups == nil {
				total.Share = counts(rep.County(a.county.Number, role, topic))
			} else {
				total.Share = counts(rep.Region(a.region, role, topic))
			}
			out.Total.Cells = append(out.Total.Cells, total)
		}
	}
	return &out
}
