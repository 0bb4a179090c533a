// Package skos writes the lmhkit vocabulary and glossary as SKOS in Turtle,
// for terminology tools and linked-data catalogues.
//
//	var buf bytes.Buffer
//	err := skos.Write(&buf) // the whole vocabulary, one ConceptScheme per facet
//
// # Shape
//
// Each facet is a skos:ConceptScheme whose IRI is the canonical URL of the
// facet's FHIR CodeSystem (lmh/fhir); each code is a skos:Concept at that
// IRI, "/" and the code. A concept has one skos:prefLabel in each of nb, nn
// and en, skos:altLabel for the glossary's synonyms, abbreviations and
// examples, skos:hiddenLabel for common misspellings, skos:notation (the
// code), skos:definition, skos:broader/skos:narrower/skos:topConceptOf for
// the is-a tree, skos:related from programmes to their conditions and
// themes, and mapping properties to outside codes (Volven, SNOMED CT, HL7
// service-type, ICD-10, ICPC-2). Write documents each rule.
//
// The output keeps the SKOS integrity conditions that .ci/run checks with
// SHACL: one prefLabel per language, prefLabel/altLabel/hiddenLabel
// pairwise disjoint, skos:related disjoint from skos:broader.
//
// # Concurrency
//
// Every function is safe for concurrent use.
package skos
