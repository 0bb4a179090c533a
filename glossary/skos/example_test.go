package skos_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/lmhkit/lmhkit/glossary/skos"
	"github.com/lmhkit/lmhkit/taxonomy"
)

func ExampleWrite() {
	var buf bytes.Buffer
	if err := skos.Write(&buf); err != nil {
		panic(err)
	}
	// Print the preferred labels of one concept.
	block := buf.String()[strings.Index(buf.String(), "<"+skos.ConceptIRI(taxonomy.RoleNextOfKin.Ref())+"> a skos:Concept"):]
	for _, line := range strings.Split(block, "\n") {
		if strings.Contains(line, "skos:prefLabel") {
			fmt.Println(strings.TrimSpace(line))
			break
		}
	}
	// Output:
	// skos:prefLabel "pårørende"@nb, "pårørande"@nn, "next of kin"@en ;
}

func ExampleConceptIRI() {
	fmt.Println(skos.SchemeIRI(taxonomy.FacetAgeGroup))
	fmt.Println(skos.ConceptIRI(taxonomy.RoleNextOfKin.Ref()))
	// Output:
	// https://lmhkit.github.io/fhir/CodeSystem/age-group
	// https://lmhkit.github.io/fhir/CodeSystem/role/next_of_kin
}
