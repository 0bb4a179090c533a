package fhir

import (
	"fmt"

	"github.com/lmhkit/lmhkit/glossary"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// CodeSystem is an R4 CodeSystem resource, with the elements the package
// writes. Like every resource and data type of the package it is plain data:
// safe for concurrent reads, not for concurrent writes.
type CodeSystem struct {
	// ResourceType is always "CodeSystem" (the resourceType of R4's JSON
	// format).
	ResourceType string `json:"resourceType"`
	// ID is the resource's logical id (R4 Resource.id): the facet's code
	// with "-" for "_", or "offering-characteristic".
	ID string `json:"id,omitempty"`
	// Text is the generated narrative for people (R4 DomainResource.text).
	Text *Narrative `json:"text,omitempty"`
	// URL is the canonical URL of the code system (R4 CodeSystem.url), the
	// value of Coding.system for its codes: SystemURL(f) or
	// SystemCharacteristic.
	URL string `json:"url,omitempty"`
	// Version is the business version of the code system (R4
	// CodeSystem.version): taxonomy.Version.
	Version string `json:"version,omitempty"`
	// Name is the computer-friendly name (R4 CodeSystem.name), such as
	// "LMHServiceLevel".
	Name string `json:"name,omitempty"`
	// Title is the name for people (R4 CodeSystem.title); for a facet it
	// gives the facet's Norwegian Bokmål label and its English one.
	Title string `json:"title,omitempty"`
	// Status is the code system's publication status (R4
	// CodeSystem.status: draft, active, retired or unknown); the package
	// writes "active".
	Status string `json:"status"`
	// Experimental marks a code system meant for testing, not real use (R4
	// CodeSystem.experimental); false in the package's output.
	Experimental *bool `json:"experimental,omitempty"`
	// Publisher is who published the code system (R4 CodeSystem.publisher):
	// "lmhkit".
	Publisher string `json:"publisher,omitempty"`
	// Description says what the code system is for (R4
	// CodeSystem.description, markdown): for a facet, its English
	// definition.
	Description string `json:"description,omitempty"`
	// Copyright is the use and publishing restrictions (R4
	// CodeSystem.copyright); the package leaves it empty.
	Copyright string `json:"copyright,omitempty"`
	// CaseSensitive says whether codes are compared case-sensitively (R4
	// CodeSystem.caseSensitive); true in the package's output, and the
	// Terminology compares them so.
	CaseSensitive *bool `json:"caseSensitive,omitempty"`
	// ValueSet is the canonical URL of the value set of every code of the
	// code system (R4 CodeSystem.valueSet): ValueSetURL(f) for a facet.
	ValueSet string `json:"valueSet,omitempty"`
	// HierarchyMeaning is what nesting a concept in another means (R4
	// CodeSystem.hierarchyMeaning: grouped-by, is-a, part-of or
	// classified-with); "is-a" for the facets, whose nested concepts are
	// kinds of their parent.
	HierarchyMeaning string `json:"hierarchyMeaning,omitempty"`
	// Content is how much of the code system the resource holds (R4
	// CodeSystem.content: not-present, example, fragment, complete or
	// supplement); the package writes "complete".
	Content string `json:"content"`
	// Count is the total number of concepts in the code system (R4
	// CodeSystem.count), nested ones included.
	Count int `json:"count,omitempty"`
	// Concept holds the top-level concepts (R4 CodeSystem.concept), the
	// narrower ones nested in them.
	Concept []CodeSystemConcept `json:"concept,omitempty"`
}

// CodeSystemConcept is one concept of a CodeSystem; narrower concepts are
// nested in Concept (CodeSystem.concept).
type CodeSystemConcept struct {
	// Code is the concept's code (R4 CodeSystem.concept.code), such as
	// "next_of_kin".
	Code string `json:"code"`
	// Display is the concept's preferred label (R4
	// CodeSystem.concept.display), in English.
	Display string `json:"display,omitempty"`
	// Definition is what the concept means (R4
	// CodeSystem.concept.definition), in English.
	Definition string `json:"definition,omitempty"`
	// Designation lists the concept's labels (R4
	// CodeSystem.concept.designation): the preferred label in nb, nn and
	// en, then the glossary's synonyms; see NewCodeSystem.
	Designation []Designation `json:"designation,omitempty"`
	// Concept holds the concepts directly narrower than this one (R4
	// CodeSystem.concept.concept), read as is-a.
	Concept []CodeSystemConcept `json:"concept,omitempty"`
}

// Designation is a label of a concept in a language, with its use
// (CodeSystem.concept.designation).
type Designation struct {
	// Language is the label's language (R4
	// CodeSystem.concept.designation.language): "nb", "nn" or "en".
	Language string `json:"language,omitempty"`
	// Use says what kind of label it is (R4
	// CodeSystem.concept.designation.use): nil for a preferred label,
	// SNOMED CT 900000000000013009 "Synonym" for any other term.
	Use *Coding `json:"use,omitempty"`
	// Value is the label itself (R4 CodeSystem.concept.designation.value).
	Value string `json:"value"`
}

const publisher = "lmhkit"

// NewCodeSystem returns the CodeSystem of facet f: status active, content
// complete, version taxonomy.Version, the is-a hierarchy as nested concepts,
// the English label as display and the English definition as definition, a
// designation without use for the preferred label in each of nb, nn and en,
// and one with use SNOMED CT 900000000000013009 "Synonym" for every other
// term the embedded glossary has for the code (synonyms, abbreviations,
// examples). The glossary's hidden terms (common misspellings) are left out;
// the SKOS export carries them as skos:hiddenLabel. Each call builds a new
// value, which the caller owns.
func NewCodeSystem(f taxonomy.Facet) (*CodeSystem, error) {
	if !f.IsValid() {
		return nil, fmt.Errorf("fhir: no code system for invalid facet %v", f)
	}
	var build func(rs []taxonomy.Ref) []CodeSystemConcept
	build = func(rs []taxonomy.Ref) []CodeSystemConcept {
		out := make([]CodeSystemConcept, 0, len(rs))
		for _, r := range rs {
			out = append(out, CodeSystemConcept{
				Code:        r.Code(),
				Display:     r.Label(taxonomy.EN),
				Definition:  r.Definition(taxonomy.EN),
				Designation: designations(r),
				Concept:     build(r.Narrower()),
			})
		}
		return out
	}
	var roots []taxonomy.Ref
	for _, r := range f.Refs() {
		if r.Broader().IsZero() {
			roots = append(roots, r)
		}
	}
	id := facetID(f)
	cs := &CodeSystem{
		ResourceType:     "CodeSystem",
		ID:               id,
		URL:              SystemURL(f),
		Version:          taxonomy.Version,
		Name:             "LMH" + pascal(f.String()),
		Title:            "Læring og mestring: " + f.Label(taxonomy.NB) + " (" + f.Label(taxonomy.EN) + ")",
		Status:           "active",
		Experimental:     ptr(false),
		Publisher:        publisher,
		Description:      f.Definition(),
		CaseSensitive:    ptr(true),
		ValueSet:         ValueSetURL(f),
		HierarchyMeaning: "is-a",
		Content:          "complete",
		Count:            f.Len(),
		Concept:          build(roots),
	}
	cs.Text = narrative(cs.Title, fmt.Sprintf("Code system of the facet %q of the lmhkit vocabulary, version %s, with %d codes.", f.String(), taxonomy.Version, f.Len()))
	return cs, nil
}

// designations returns the preferred labels in nb, nn and en (no use) and
// every glossary synonym (use Synonym) of r.
func designations(r taxonomy.Ref) []Designation {
	var out []Designation
	for _, l := range taxonomy.Langs() {
		out = append(out, Designation{Language: l.String(), Value: r.Label(l)})
	}
	for _, s := range glossary.Default().Synonyms(r) {
		if s.Kind == glossary.KindHidden {
			continue // misspellings belong in SKOS hiddenLabel, not in display text
		}
		out = append(out, Designation{Language: s.Lang.String(), Use: ptr(snomedSynonym), Value: s.Term})
	}
	return out
}

// pascal turns "service_level" into "ServiceLevel".
func pascal(s string) string {
	b := make([]byte, 0, len(s))
	up := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_' || c == '-':
			up = true
			continue
		case up && 'a' <= c && c <= 'z':
			c -= 'a' - 'A'
		}
		up = false
		b = append(b, c)
	}
	return string(b)
}

// NewCharacteristicCodeSystem returns the CodeSystem SystemCharacteristic:
// the yes/no characteristics of an offering (referral-required,
// registration-required, peer-co-leaders) that FromOffering writes in
// HealthcareService.characteristic.
func NewCharacteristicCodeSystem() *CodeSystem {
	cs := &CodeSystem{
		ResourceType:  "CodeSystem",
		ID:            "offering-characteristic",
		URL:           SystemCharacteristic,
		Version:       taxonomy.Version,
		Name:          "LMHOfferingCharacteristic",
		Title:         "Læring og mestring: characteristics of an offering",
		Status:        "active",
		Experimental:  ptr(false),
		Publisher:     publisher,
		Description:   "Yes/no characteristics of a learning and coping offering that FHIR R4 HealthcareService has no element for.",
		CaseSensitive: ptr(true),
		Content:       "complete",
		Count:         len(characteristicCodes),
	}
	for _, c := range characteristicCodes {
		cs.Concept = append(cs.Concept, CodeSystemConcept{Code: c.code, Display: c.display, Definition: c.definition})
	}
	cs.Text = narrative(cs.Title, cs.Description)
	return cs
}
