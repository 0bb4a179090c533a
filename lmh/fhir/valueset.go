package fhir

import (
	"fmt"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// ValueSet is an R4 ValueSet resource, with the elements the package writes:
// a compose for the definition and an expansion for the result of Expand.
// Plain data: safe for concurrent reads, not for concurrent writes.
type ValueSet struct {
	ResourceType string     `json:"resourceType"`
	ID           string     `json:"id,omitempty"`
	Text         *Narrative `json:"text,omitempty"`
	URL          string     `json:"url,omitempty"`
	Version      string     `json:"version,omitempty"`
	Name         string     `json:"name,omitempty"`
	Title        string     `json:"title,omitempty"`
	Status       string     `json:"status"`
	Experimental *bool      `json:"experimental,omitempty"`
	Publisher    string     `json:"publisher,omitempty"`
	Description  string     `json:"description,omitempty"`
	Compose      *Compose   `json:"compose,omitempty"`
	Expansion    *Expansion `json:"expansion,omitempty"`
}

// Compose is the definition of a ValueSet (ValueSet.compose).
type Compose struct {
	Include []ComposeInclude `json:"include"`
}

// ComposeInclude includes codes of one system (ValueSet.compose.include);
// without Concept it includes them all.
type ComposeInclude struct {
	System  string           `json:"system,omitempty"`
	Version string           `json:"version,omitempty"`
	Concept []ComposeConcept `json:"concept,omitempty"`
}

// ComposeConcept is one code listed in a compose (ValueSet.compose.include.concept).
type ComposeConcept struct {
	Code    string `json:"code"`
	Display string `json:"display,omitempty"`
}

// Expansion is the list of codes a ValueSet stands for (ValueSet.expansion).
type Expansion struct {
	Identifier string              `json:"identifier,omitempty"`
	Timestamp  string              `json:"timestamp"`
	Total      *int                `json:"total,omitempty"`
	Parameter  []ExpansionParam    `json:"parameter,omitempty"`
	Contains   []ExpansionContains `json:"contains,omitempty"`
}

// ExpansionParam records a parameter the expansion was made with
// (ValueSet.expansion.parameter).
type ExpansionParam struct {
	Name        string `json:"name"`
	ValueString string `json:"valueString,omitempty"`
	ValueCode   string `json:"valueCode,omitempty"`
}

// ExpansionContains is one code in an expansion (ValueSet.expansion.contains).
type ExpansionContains struct {
	System      string        `json:"system,omitempty"`
	Version     string        `json:"version,omitempty"`
	Code        string        `json:"code,omitempty"`
	Display     string        `json:"display,omitempty"`
	Designation []Designation `json:"designation,omitempty"`
}

// NewValueSet returns the ValueSet of every code of facet f, defined by a
// compose that includes the whole CodeSystem of the facet at
// taxonomy.Version. Each call builds a new value, which the caller owns.
func NewValueSet(f taxonomy.Facet) (*ValueSet, error) {
	if !f.IsValid() {
		return nil, fmt.Errorf("fhir: no value set for invalid facet %v", f)
	}
	vs := &ValueSet{
		ResourceType: "ValueSet",
		ID:           facetID(f),
		URL:          ValueSetURL(f),
		Version:      taxonomy.Version,
		Name:         "LMH" + pascal(f.String()),
		Title:        "Læring og mestring: all codes of " + f.Label(taxonomy.NB) + " (" + f.Label(taxonomy.EN) + ")",
		Status:       "active",
		Experimental: ptr(false),
		Publisher:    publisher,
		Description:  "Every code of the code system " + SystemURL(f) + ". " + f.Definition(),
		Compose:      &Compose{Include: []ComposeInclude{{System: SystemURL(f), Version: taxonomy.Version}}},
	}
	vs.Text = narrative(vs.Title, vs.Description)
	return vs, nil
}
