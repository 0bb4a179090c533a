// Package taxonomy is the controlled vocabulary of læring og mestring i helse
// (LMH): the facets that describe a lærings- og mestringstilbud and their
// codes, with labels in Bokmål, Nynorsk and English, definitions, sources, an
// is-a hierarchy and links to ICD-10, ICPC-2 and other code systems.
//
//	role := taxonomy.MustParseRole("next_of_kin")
//	fmt.Println(role.Label(taxonomy.NN))                      // pårørande
//	c, _ := taxonomy.ConditionFor(taxonomy.ICD10, "F32.1")    // depression
//	fmt.Println(taxonomy.ConditionMentalIllness.Subsumes(c))  // true
//
// # Codes
//
// Each facet has its own typed code (Role, Arena, Condition, Programme, …)
// with predeclared values (RoleNextOfKin, ConditionCOPD, ProgrammeKiD). A
// code's String is its stable code ("next_of_kin"): lower snake_case ASCII,
// unique within its facet and never reused. Codes marshal to and from that
// text, so JSON carries "next_of_kin". The zero value of every code means
// unset and marshals to "". Labels for people come from Label, never from
// String. Parse functions canonicalise case, surrounding space and
// space/hyphen separators ("Next of kin" parses as next_of_kin); an unknown
// code gives a *CodeError naming the facet, the input and the nearest valid
// code.
//
// A Ref refers to a code of any facet ("condition:copd"); the generic
// functions All, Parse and FromRef work on any typed code.
//
// # Hierarchy
//
// Codes form an is-a tree within their facet; hierarchies never cross facets.
// Broader returns the zero value at a root. Narrower lists direct children in
// data order; Ancestors lists the nearest broader code first and excludes the
// code itself. Subsumes is reflexive: a.Subsumes(a) is true, and
// ConditionDiabetes.Subsumes(ConditionDiabetesType2) is true. Zero and invalid
// codes subsume nothing and are subsumed by nothing.
//
// # Conditions and classifications
//
// Conditions list ICD-10 codes and ranges and ICPC-2 codes. ConditionFor
// finds the most specific condition covering a code (F32.1 → depression), and
// Condition.Covers answers the hierarchical question (diabetes covers E11.9).
//
// # Versioning and sources
//
// The vocabulary lives in one file, data/vocabulary.json; gen.go turns it
// into tables.go, and Version names the release. Codes are never removed or
// reused: a code that goes out of use stays in the file. Every code cites the
// sources it rests on (Ref.Sources); definitions are the project's own words.
//
// # Concurrency
//
// The vocabulary is read-only; every function and method is safe for
// concurrent use.
package taxonomy

//go:generate go run gen.go
