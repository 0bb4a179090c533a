// Package jsonschema gives the JSON Schemas (draft 2020-12) of the JSON
// forms of lmh.Offering and lmh.Need, so that services in other languages
// can check documents before they send them.
//
//	b, err := jsonschema.Offering()
//	os.WriteFile("offering.schema.json", b, 0o644)
//
// # How the schemas stay in step with the Go types
//
// The schemas are generated from the Go types by reflection: the json tags
// give the property names and which properties are optional; the validate
// tags give required, maxLength, minimum, maximum and the patterns of the
// custom validators (kommunenummer, organisation number, ICD-10, ICPC-2,
// BCP 47); every typed code becomes an enum of its codes, asked of the type
// itself. Every object has additionalProperties false. The generated schemas
// are also committed beside the package (offering.schema.json,
// need.schema.json); a test fails when they differ from what the Go types
// generate (run go test ./lmh/jsonschema -update to refresh them), and
// another validates the sample catalogue against them.
//
// The schemas check shape and codes. Domain rules that span fields (a group
// offering has capacity of at least two, ages are ordered, …) are for
// lmh.ValidateOffering and lmh.ValidateNeed.
//
// # Concurrency
//
// Every function is safe for concurrent use.
package jsonschema
