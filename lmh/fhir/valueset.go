package fhir

import (
	"fmt"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// ValueSet is an R4 ValueSet resource, with the elements the package writes:
// a compose for the definition and an expansion for the result of Expand.
// Plain data: safe for concurrent reads, not for concurrent writes.
type ValueSet struct {
	// ResourceType is always "ValueSet" (the resourceType of R4's JSON
	// format).
	ResourceType string `json:"resourceType"`
	// ID is the resource's logical id (R4 Resource.id): the facet's code
	// with "-" for "_".
	ID string `json:"id,omitempty"`
	// Text is the generated narrative for people (R4 DomainResource.text).
	Text *Narrative `json:"text,omitempty"`
	// URL is the canonical URL of the value set (R4 ValueSet.url):
	// ValueSetURL(f).
	URL string `json:"url,omitempty"`
	// Version is the business version of the value set (R4
	// ValueSet.version): taxonomy.Version.
	Version string `json:"version,omitempty"`
	// Name is the computer-friendly name (R4 ValueSet.name), such as
	// "LMHServiceLevel".
	Name string `json:"name,omitempty"`
	// Title is the name for people (R4 ValueSet.title), with the facet's
	// Norwegian Bokmål label and its English one.
	Title string `json:"title,omitempty"`
	// Status is the value set's publication status (R4 ValueSet.status:
	// draft, active, retired or unknown); the package writes "active".
	Status string `json:"status"`
	// Experimental marks a value set meant for testing, not real use (R4
	// ValueSet.experimental); false in the package's output.
	Experimental *bool `json:"experimental,omitempty"`
	// Publisher is who published the value set (R4 ValueSet.publisher):
	// "lmhkit".
	Publisher string `json:"publisher,omitempty"`
	// Description says what the value set holds (R4 ValueSet.description,
	// markdown): the code system it takes every code of, and the facet's
	// definition.
	Description string `json:"description,omitempty"`
	// Compose is the definition of the value set by the codes it includes
	// (R4 ValueSet.compose).
	Compose *Compose `json:"compose,omitempty"`
	// Expansion lists the codes the value set stands for (R4
	// ValueSet.expansion); set only in the result of Terminology.Expand.
	Expansion *Expansion `json:"expansion,omitempty"`
}

// Compose is the definition of a ValueSet (ValueSet.compose).
type Compose struct {
	// Include lists the codes the value set takes, by system (R4
	// ValueSet.compose.include); NewValueSet includes one whole CodeSystem.
	Include []ComposeInclude `json:"include"`
}

// ComposeInclude includes codes of one system (ValueSet.compose.include);
// without Concept it includes them all.
type ComposeInclude struct {
	// System is the canonical URL of the code system the codes are from
	// (R4 ValueSet.compose.include.system).
	System string `json:"system,omitempty"`
	// Version is the version of that code system (R4
	// ValueSet.compose.include.version): taxonomy.Version.
	Version string `json:"version,omitempty"`
	// Concept lists the codes included (R4
	// ValueSet.compose.include.concept); empty means every code of System.
	Concept []ComposeConcept `json:"concept,omitempty"`
}

// ComposeConcept is one code listed in a compose (ValueSet.compose.include.concept).
type ComposeConcept struct {
	// Code is the code included (R4 ValueSet.compose.include.concept.code).
	Code string `json:"code"`
	// Display is the label to show for the code in this value set (R4
	// ValueSet.compose.include.concept.display).
	Display string `json:"display,omitempty"`
}

// Expansion is the list of codes a ValueSet stands for (ValueSet.expansion).
type Expansion struct {
	// Identifier is a URI that identifies this expansion (R4
	// ValueSet.expansion.identifier); Expand leaves it empty.
	Identifier string `json:"identifier,omitempty"`
	// Timestamp is when the expansion was made, RFC 3339 in UTC (R4
	// ValueSet.expansion.timestamp).
	Timestamp string `json:"timestamp"`
	// Total is the number of codes in the whole expansion (R4
	// ValueSet.expansion.total); Expand sets it to len(Contains).
	Total *int `json:"total,omitempty"`
	// Parameter records the parameters the expansion was made with (R4
	// ValueSet.expansion.parameter): filter when one was given, and
	// displayLanguage.
	Parameter []ExpansionParam `json:"parameter,omitempty"`
	// Contains lists the codes of the expansion, in data order (R4
	// ValueSet.expansion.contains).
	Contains []ExpansionContains `json:"contains,omitempty"`
}

// ExpansionParam records a parameter the expansion was made with
// (ValueSet.expansion.parameter).
type ExpansionParam struct {
	// Name is the parameter's name (R4 ValueSet.expansion.parameter.name),
	// such as "filter" or "displayLanguage".
	Name string `json:"name"`
	// ValueString is the parameter's value when it is a string (R4
	// ValueSet.expansion.parameter.valueString), as for filter.
	ValueString string `json:"valueString,omitempty"`
	// ValueCode is the parameter's value when it is a code (R4
	// ValueSet.expansion.parameter.valueCode), as for displayLanguage.
	ValueCode string `json:"valueCode,omitempty"`
}

// ExpansionContains is one code in an expansion (ValueSet.expansion.contains).
type ExpansionContains struct {
	// System is the canonical URL of the code's code system (R4
	// ValueSet.expansion.contains.system).
	System string `json:"system,omitempty"`
	// Version is the version of that code system (R4
	// ValueSet.expansion.contains.version): taxonomy.Version.
	Version string `json:"version,omitempty"`
	// Code is the code (R4 ValueSet.expansion.contains.code).
	Code string `json:"code,omitempty"`
	// Display is the code's preferred label in the expansion's
	// displayLanguage (R4 ValueSet.expansion.contains.display).
	Display string `json:"display,omitempty"`
	// Designation lists further labels of the code (R4
	// ValueSet.expansion.contains.designation); Expand leaves it empty.
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
