package skos

import (
	"fmt"
	"strings"

	"github.com/lmhkit/lmhkit/taxonomy"
)

const (
	systemSNOMEDCT = "http://snomed.info/sct"
	systemICPC2    = "urn:oid:2.16.578.1.12.4.1.1.7170"
	icd10IRI       = "http://id.who.int/icd/release/10/2019/"
)

type match struct{ prop, iri string }

// matches returns the SKOS mapping statements of r: its taxonomy mappings
// and, for conditions, its ICD-10 and ICPC-2 codes.
func matches(r taxonomy.Ref) []match {
	var out []match
	for _, m := range r.Mappings() {
		out = append(out, match{mappingProp(m.Relation), codeIRI(m.System, m.Code)})
	}
	c, ok := taxonomy.FromRef[taxonomy.Condition](r)
	if !ok {
		return out
	}
	add := func(list []string, iri func(string) string) {
		var codes []string
		for _, e := range list {
			codes = append(codes, expandRange(e)...)
		}
		prop := "exactMatch"
		if len(codes) > 1 {
			prop = "narrowMatch" // each code is a kind of the condition
		}
		for _, code := range codes {
			out = append(out, match{prop, iri(code)})
		}
	}
	add(c.ICD10(), func(code string) string { return icd10IRI + code })
	add(c.ICPC2(), func(code string) string { return codeIRI(systemICPC2, code) })
	return out
}

// mappingProp turns a FHIR R4 ConceptMap equivalence (target relative to
// source) into a SKOS mapping property.
func mappingProp(relation string) string {
	switch relation {
	case "equivalent", "equal":
		return "exactMatch"
	case "wider", "subsumes":
		return "broadMatch"
	case "narrower", "specializes":
		return "narrowMatch"
	}
	return "closeMatch"
}

// codeIRI is the IRI of an outside code.
func codeIRI(system, code string) string {
	if system == systemSNOMEDCT {
		return "http://snomed.info/id/" + code
	}
	return system + "#" + code
}

// expandRange expands "E10-E14" to E10 … E14 and "R52.1-R52.2" to R52.1,
// R52.2; other input is returned as it is.
func expandRange(s string) []string {
	lo, hi, ok := strings.Cut(s, "-")
	if !ok || len(lo) != len(hi) || len(lo) < 3 || lo[0] != hi[0] {
		return []string{s}
	}
	stem, loN, hiN := lo[:1], lo[1:], hi[1:]
	if i := strings.IndexByte(lo, '.'); i >= 0 {
		if lo[:i] != hi[:i] {
			return []string{s}
		}
		stem, loN, hiN = lo[:i+1], lo[i+1:], hi[i+1:]
	}
	var a, b int
	if _, err := fmt.Sscanf(loN, "%d", &a); err != nil || strings.Trim(loN, "0123456789") != "" {
		return []string{s}
	}
	if _, err := fmt.Sscanf(hiN, "%d", &b); err != nil || strings.Trim(hiN, "0123456789") != "" || a > b {
		return []string{s}
	}
	out := make([]string, 0, b-a+1)
	for n := a; n <= b; n++ {
		out = append(out, fmt.Sprintf("%s%0*d", stem, len(loN), n))
	}
	return out
}
