package api

import (
	"encoding/json"
	"net/http"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/classify"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// facetsJSON is what classify.Listing read, in the model's JSON names.
type facetsJSON struct {
	InScope    bool                 `json:"in_scope"`
	Concept    taxonomy.Concept     `json:"concept,omitzero"`
	Format     taxonomy.Format      `json:"format,omitzero"`
	Roles      []taxonomy.Role      `json:"roles,omitempty"`
	AgeGroups  []taxonomy.AgeGroup  `json:"age_groups,omitempty"`
	Arena      taxonomy.Arena       `json:"arena,omitzero"`
	Delivery   taxonomy.Delivery    `json:"delivery,omitzero"`
	Methods    []taxonomy.Method    `json:"methods,omitempty"`
	Scope      taxonomy.Scope       `json:"scope,omitzero"`
	Conditions []taxonomy.Condition `json:"conditions,omitempty"`
	Themes     []taxonomy.Theme     `json:"themes,omitempty"`
	Programme  taxonomy.Programme   `json:"programme,omitzero"`
	Confidence map[string]float64   `json:"confidence"`
	Evidence   []evidenceJSON       `json:"evidence"`
}

type evidenceJSON struct {
	Facet   string       `json:"facet,omitempty"`
	Value   taxonomy.Ref `json:"value,omitzero"`
	InScope bool         `json:"in_scope,omitempty"`
	Part    string       `json:"part"`
	Start   int          `json:"start"`
	End     int          `json:"end"`
	Term    string       `json:"term,omitempty"`
	Sense   taxonomy.Ref `json:"sense,omitzero"`
	Basis   string       `json:"basis"`
}

func facetsOf(res classify.Result) facetsJSON {
	out := facetsJSON{
		InScope: res.InScope, Concept: res.Concept, Format: res.Format, Roles: res.Roles, AgeGroups: res.AgeGroups,
		Arena: res.Arena, Delivery: res.Delivery, Methods: res.Methods, Scope: res.Scope,
		Conditions: res.Conditions, Themes: res.Themes, Programme: res.Programme,
		Confidence: map[string]float64{"in_scope": res.Confidence.InScope},
		Evidence:   make([]evidenceJSON, len(res.Evidence)),
	}
	for _, f := range []taxonomy.Facet{taxonomy.FacetConcept, taxonomy.FacetFormat, taxonomy.FacetRole,
		taxonomy.FacetAgeGroup, taxonomy.FacetArena, taxonomy.FacetDelivery, taxonomy.FacetMethod,
		taxonomy.FacetScope, taxonomy.FacetCondition, taxonomy.FacetTheme, taxonomy.FacetProgramme} {
		if v := res.Confidence.Of(f); v > 0 {
			out.Confidence[f.String()] = v
		}
	}
	for i, e := range res.Evidence {
		out.Evidence[i] = evidenceJSON{Facet: e.Facet.String(), Value: e.Value, InScope: e.InScope, Part: e.Part.String(),
			Start: e.Start, End: e.End, Term: e.Term, Sense: e.Sense, Basis: string(e.Basis)}
	}
	return out
}

// classify reads a listing ({"title": …, "text": …}) into the vocabulary's
// codes with the evidence for each.
func (s *Server) classify(w http.ResponseWriter, r *http.Request) {
	body, ok := readJSON(w, r, MaxListingBody)
	if !ok {
		return
	}
	var in struct {
		Title string `json:"title"`
		Text  string `json:"text"`
	}
	ms, err := members(body)
	if err != nil {
		writeProblem(w, r, kindMalformed, "")
		return
	}
	l := language(r)
	for _, m := range ms {
		var dst *string
		switch m.name {
		case "title":
			dst = &in.Title
		case "text":
			dst = &in.Text
		default:
			writeProblem(w, r, kindMalformed, "", FieldError{Field: m.name, Pointer: pointer(m.name), Rule: "unknown_field",
				Message: [3]string{"ukjent felt", "ukjent felt", "unknown member"}[l.Index()]})
			return
		}
		if json.Unmarshal(m.raw, dst) != nil {
			writeProblem(w, r, kindMalformed, "", FieldError{Field: m.name, Pointer: pointer(m.name), Rule: "type", Param: "string",
				Message: [3]string{"må være tekst", "må vere tekst", "must be a string"}[l.Index()]})
			return
		}
	}
	if in.Title == "" && in.Text == "" {
		writeProblem(w, r, kindInvalid, "", FieldError{Field: "text", Pointer: "/text", Rule: string(lmh.RuleRequired),
			Message: lmh.Problem{Field: "text", Rule: lmh.RuleRequired}.Message(l)})
		return
	}
	res := classify.Listing(in.Title, in.Text)
	writeJSON(w, http.StatusOK, struct {
		Facets facetsJSON `json:"facets"`
	}{facetsOf(res)})
}
