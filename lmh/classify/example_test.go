package classify_test

import (
	"fmt"

	"github.com/lmhkit/lmhkit/lmh/classify"

	"github.com/lmhkit/lmhkit/glossary"
	"github.com/lmhkit/lmhkit/taxonomy"
)

func ExampleText() {
	c := classify.Text("Kolsskole ved Lærings- og mestringssenteret, Sykehuset Innlandet. " +
		"Kurs over fire dager for pasienter med kols og deres pårørende. Sted: Auditoriet.")
	fmt.Println(c.InScope, c.Concept, c.Format, c.Programme)
	fmt.Println(c.Roles, c.Arena, c.Delivery, c.Conditions, c.Scope)
	// Output:
	// true group_offering group kolsskole
	// [patient next_of_kin] specialist in_person [copd] diagnosis_specific
}

func ExampleListing() {
	c := classify.Listing("Digitalt KiD-kurs",
		"Frisklivssentralen tilbyr Kurs i depresjonsmestring på Zoom for voksne over 18 år.")
	fmt.Println(c.InScope, c.Programme, c.Format, c.Arena, c.Delivery, c.AgeGroups)
	// Why municipal? Each piece of evidence points at the words that decided it.
	for _, e := range c.Evidence {
		if e.Facet == taxonomy.FacetArena {
			fmt.Printf("arena %s: %q in the %s (%s)\n", e.Value.Code(), e.Term, e.Part, e.Basis)
		}
	}
	// Output:
	// true kid group municipal digital [adults elderly]
	// arena municipal: "frisklivssentral" in the text (term)
}

func ExampleText_outOfScope() {
	c := classify.Text("Ledig stilling: sykepleier ved Lærings- og mestringssenteret. " +
		"Du skal planlegge kurs for pasienter og pårørende. Søknadsfrist 1. desember.")
	// Not an offering, and the first evidence says why.
	fmt.Println(c.InScope, c.Confidence.InScope > 0.5)
	fmt.Println(c.Evidence[0].Term, c.Evidence[0].Basis)
	// The facets are read all the same: a caller who draws the line
	// elsewhere decides with Confidence.InScope.
	fmt.Println(c.Roles)
	// Output:
	// false true
	// ledig stilling not_an_offering
	// [patient next_of_kin]
}

func ExampleNeedText() {
	// A person's own words name no offering, so Classify would call the text
	// out of scope; NeedText reads the facets anyway.
	r := classify.NeedText("Eg er pårørande til mor som har demens og vil helst ha noko digitalt.")
	fmt.Println(r) // health data: printing it shows only which facets were read
	f := r.Result()
	fmt.Println(f.Roles, f.Conditions, f.Delivery)
	// Output:
	// classify.Reading{roles delivery scope conditions}
	// [next_of_kin] [dementia] digital
}

func ExampleNew() {
	// A local term: "pustegruppe" is a group offering for people with lung disease.
	g, err := glossary.New(glossary.Entry{
		Term: "pustegruppe", Lang: taxonomy.NB, Kind: glossary.KindSynonym,
		Senses: []taxonomy.Ref{taxonomy.ConceptGroupOffering.Ref(), taxonomy.ConditionLungDisease.Ref()},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	c := classify.New(classify.Glossary(g)).Text("Pustegruppe for pasienter, hver tirsdag på helsehuset.")
	fmt.Println(c.InScope, c.Concept, c.Conditions)
	// Output:
	// true group_offering [lung_disease]
}
