module github.com/lmhkit/lmhkit/benchmarks/fuzzy

go 1.24

replace github.com/lmhkit/lmhkit => ../..

require (
	github.com/agnivade/levenshtein v1.2.2
	github.com/hbollon/go-edlib v1.7.0
	github.com/lithammer/fuzzysearch v1.1.8
	github.com/lmhkit/lmhkit v0.0.0-00010101000000-000000000000
)

require golang.org/x/text v0.28.0 // indirect
