package store

import (
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// The facet rows an offering is filtered by.
const (
	facetRole      = "role"
	facetCondition = "condition" // the offering's conditions and every broader one
	facetKommune   = "kommune"   // a covered municipality, or the venue's when no coverage is declared
	facetFylke     = "fylke"     // a covered county
	facetRegion    = "region"    // a covered health region
	facetNational  = "national"  // open to the whole country (code "1")
)

type facetRow struct{ facet, code string }

// facetsOf returns the rows List searches for o. A condition row is written
// for each of the offering's conditions and every condition broader than it,
// so a filter on "diabetes" finds a course for type 2 diabetes. ICD-10 and
// ICPC-2 codes count through the condition that covers them.
func facetsOf(o *lmh.Offering) []facetRow {
	var rows []facetRow
	seen := map[facetRow]bool{}
	add := func(facet, code string) {
		r := facetRow{facet, code}
		if code != "" && !seen[r] {
			seen[r] = true
			rows = append(rows, r)
		}
	}
	for _, r := range o.TargetGroup.Roles {
		add(facetRole, r.String())
	}
	addCondition := func(c taxonomy.Condition) {
		add(facetCondition, c.String())
		for _, a := range c.Ancestors() {
			add(facetCondition, a.String())
		}
	}
	for _, c := range o.TargetGroup.Conditions {
		addCondition(c)
	}
	for _, code := range o.TargetGroup.ICD10 {
		if c, ok := taxonomy.ConditionFor(taxonomy.ICD10, code); ok {
			addCondition(c)
		}
	}
	for _, code := range o.TargetGroup.ICPC2 {
		if c, ok := taxonomy.ConditionFor(taxonomy.ICPC2, code); ok {
			addCondition(c)
		}
	}
	cov := o.Coverage
	if cov.National {
		add(facetNational, "1")
	}
	for _, m := range cov.Municipalities {
		add(facetKommune, m)
	}
	for _, c := range cov.Counties {
		add(facetFylke, c)
	}
	for _, h := range cov.HealthRegions {
		add(facetRegion, h.String())
	}
	if cov.IsZero() && o.Place.Municipality != "" {
		add(facetKommune, o.Place.Municipality)
	}
	return rows
}

// placeAlternatives returns, for a kommunenummer, the facet rows any of
// which makes an offering open to people living there.
func placeAlternatives(kommunenummer string) []facetRow {
	rows := []facetRow{{facetKommune, kommunenummer}, {facetNational, "1"}}
	if m, ok := geo.Lookup(kommunenummer); ok {
		rows = append(rows, facetRow{facetFylke, m.County.Number})
		if hr := m.HealthRegion(); hr != 0 {
			rows = append(rows, facetRow{facetRegion, hr.String()})
		}
	}
	return rows
}
