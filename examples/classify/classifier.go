package main

import (
	"strconv"

	"github.com/lmhkit/lmhkit/lmh/classify"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// classifyListing classifies one listing with the library's classifier and
// turns the result into the program's output form.
func classifyListing(title, text string) result {
	return toResult(classify.Listing(title, text))
}

// toResult converts a Classification to codes.
func toResult(c classify.Result) result {
	r := result{
		InScope:    c.InScope,
		Concept:    c.Concept.String(),
		Format:     c.Format.String(),
		Arena:      c.Arena.String(),
		Delivery:   c.Delivery.String(),
		Scope:      c.Scope.String(),
		Programme:  c.Programme.String(),
		Roles:      codes(c.Roles),
		AgeGroups:  codes(c.AgeGroups),
		Methods:    codes(c.Methods),
		Conditions: codes(c.Conditions),
		Themes:     codes(c.Themes),
	}
	s := c.Confidence
	r.Confidence = [len(facetNames)]float64{s.InScope, s.Concept, s.Format, s.Roles, s.AgeGroups,
		s.Arena, s.Delivery, s.Methods, s.Scope, s.Conditions, s.Themes, s.Programme}
	for i, v := range r.Confidence {
		r.Confidence[i] = round3(v)
	}
	r.Evidence = make([]evidence, 0, len(c.Evidence))
	for _, e := range c.Evidence {
		ev := evidence{
			Facet: facetField(e.Facet), Field: e.Part.String(), Start: e.Start, End: e.End,
			Term: e.Term, Rule: string(e.Basis),
		}
		if e.Facet == 0 {
			ev.Value = strconv.FormatBool(e.InScope)
		} else {
			ev.Value = e.Value.Code()
		}
		if !e.Sense.IsZero() {
			ev.Concept = e.Sense.String()
		}
		r.Evidence = append(r.Evidence, ev)
	}
	return r
}

// facetField names a facet as the output record's field does.
func facetField(f taxonomy.Facet) string {
	switch f {
	case 0:
		return "in_scope"
	case taxonomy.FacetRole:
		return "roles"
	case taxonomy.FacetAgeGroup:
		return "age_groups"
	case taxonomy.FacetMethod:
		return "methods"
	case taxonomy.FacetCondition:
		return "conditions"
	case taxonomy.FacetTheme:
		return "themes"
	}
	return f.String()
}

func codes[C interface{ String() string }](cs []C) []string {
	if len(cs) == 0 {
		return nil
	}
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.String()
	}
	return out
}

func round3(v float64) float64 {
	return float64(int64(v*1000+0.5)) / 1000
}
