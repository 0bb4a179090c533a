// Package fhir speaks HL7 FHIR R4 for lmhkit: the vocabulary as
// CodeSystems, ValueSets and ConceptMaps, offerings as HealthcareService
// resources, and FHIR's terminology operations as Go calls. The few FHIR
// structs it needs are written by hand; it has no FHIR model dependency.
//
//	hs := fhir.FromOffering(&offering)          // lmh.Offering → HealthcareService
//	back, err := fhir.ToOffering(hs)            // and back, losing nothing
//	term, _ := fhir.NewTerminology()
//	vs, _ := term.Expand(fhir.ValueSetURL(taxonomy.FacetCondition), "kols", taxonomy.NB)
//
// # Canonical URLs
//
// Everything the package defines lives under Base,
// https://lmhkit.github.io/fhir: CodeSystem/{facet}, ValueSet/{facet},
// ConceptMap/{id} and StructureDefinition/{extension}. Facet codes are
// written with "-" for "_" (age-group), as FHIR ids require. The version of
// every resource is taxonomy.Version. The SKOS export (glossary/skos) uses
// the same URLs for its concept schemes.
//
// # Terminology resources
//
// NewCodeSystem gives a facet's CodeSystem (status active, content complete,
// hierarchy as nested concepts, English display and definition,
// designations in nb, nn and en and every glossary synonym with use SNOMED
// CT 900000000000013009 "Synonym"). NewValueSet gives the ValueSet of all its
// codes. ConceptMaps maps arena to Volven 9040 (101 Helseforetak, 102
// Kommune, 116 Annen privat aktør; voluntary is "unmatched": Volven has no
// code for it), role next_of_kin to HL7 service-type 155 "Carer Support"
// ("relatedto"), method to SNOMED CT and to HL7 service-type, and condition
// to ICD-10 and ICPC-2. Every outside code a ConceptMap carries must be in a
// table of codes checked by hand against their publishers' lists; a test
// fails when the taxonomy maps to a code not in it.
//
// # HealthcareService
//
// FromOffering and ToOffering convert between lmh.Offering and
// HealthcareService; FromOffering's documentation gives the element-by-element
// mapping. What R4 cannot hold (dates of sessions, age limits, fees,
// capacity, status, …) goes in the extensions Ext*; ToOffering rejects what
// it cannot place, naming the element, and accepts the three kommunenummer
// systems in use.
//
// # Terminology operations
//
// Terminology answers $lookup, $validate-code, $subsumes, $expand and
// $translate without a server.
//
// # Concurrency
//
// Terminology is immutable and safe for concurrent use. Every function is
// safe for concurrent use; the resources they return are new values owned by
// the caller.
package fhir
