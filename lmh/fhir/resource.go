package fhir

import "github.com/lmhkit/lmhkit/taxonomy"

// Resource is one of the package's FHIR resource types. Key returns its
// type and id as in a relative reference, "CodeSystem/arena". Resources are
// plain data: safe for concurrent reads, not for concurrent writes.
type Resource interface {
	// Key returns the resource's type and id, "CodeSystem/arena".
	Key() string
}

// Key returns "CodeSystem/{id}".
func (cs *CodeSystem) Key() string { return "CodeSystem/" + cs.ID }

// Key returns "ValueSet/{id}".
func (vs *ValueSet) Key() string { return "ValueSet/" + vs.ID }

// Key returns "ConceptMap/{id}".
func (cm *ConceptMap) Key() string { return "ConceptMap/" + cm.ID }

// TerminologyResources returns every terminology resource of the
// vocabulary: the CodeSystem and the ValueSet of each facet, in facet order,
// the CodeSystem SystemCharacteristic, the ConceptMaps, then the
// StructureDefinitions of the extensions. Each call builds new values, which the caller owns.
func TerminologyResources() ([]Resource, error) {
	var out []Resource
	for _, f := range taxonomy.Facets() {
		cs, err := NewCodeSystem(f)
		if err != nil {
			return nil, err
		}
		vs, err := NewValueSet(f)
		if err != nil {
			return nil, err
		}
		out = append(out, cs, vs)
	}
	out = append(out, NewCharacteristicCodeSystem())
	maps, err := ConceptMaps()
	if err != nil {
		return nil, err
	}
	for _, cm := range maps {
		out = append(out, cm)
	}
	for _, sd := range StructureDefinitions() {
		out = append(out, sd)
	}
	return out, nil
}
