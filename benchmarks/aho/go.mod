module github.com/lmhkit/lmhkit/benchmarks/aho

go 1.24

require (
	github.com/BobuSumisu/aho-corasick v1.0.3
	github.com/cloudflare/ahocorasick v0.0.0-20240916140611-054963ec9396
	github.com/lmhkit/lmhkit v0.0.0
	github.com/petar-dambovaliev/aho-corasick v0.0.0-20250424160509-463d218d4745
)

require golang.org/x/text v0.28.0 // indirect

replace github.com/lmhkit/lmhkit => ../..
