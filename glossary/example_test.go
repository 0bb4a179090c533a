package glossary_test

import (
	"fmt"
	"strings"

	"github.com/lmhkit/lmhkit/glossary"
	"github.com/lmhkit/lmhkit/taxonomy"
)

func ExampleDefault() {
	g := glossary.Default()
	fmt.Println(g.Lookup("kols").Senses)
	// Output: [condition:copd]
}

func ExampleGlossary_Lookup() {
	l := glossary.Default().Lookup("Mestringskursene")
	fmt.Println(l.Query, l.Senses, l.Ambiguous)
	l = glossary.Default().Lookup("pasient- og pårørandeopplæringa") // Nynorsk, inflected
	fmt.Println(l.Senses, l.Ambiguous)
	// Output:
	// mestringskursene [concept:offering concept:group_offering] true
	// [concept:activity concept:offering] true
}

func ExampleGlossary_Scan() {
	text := "KiD-kurset ved LMS er for pasient- og pårørendeopplæring."
	for _, m := range glossary.Default().Scan(text) {
		fmt.Printf("%q %s %s %v expanded=%v\n", text[m.Start:m.End], m.Term, m.Position, m.Senses, m.Expanded)
	}
	// Output:
	// "KiD" KiD modifier [concept:group_offering programme:kid] expanded=false
	// "kurset" kurs head [concept:group_offering] expanded=false
	// "LMS" LMS word [arena:specialist] expanded=false
	// "pasient- og pårørendeopplæring" pasient- og pårørendeopplæring word [concept:activity concept:offering] expanded=false
	// "pasient- og pårørendeopplæring" pasientopplæring word [concept:individual_offering] expanded=true
	// "pasient" pasient word [role:patient] expanded=false
	// "pårørendeopplæring" pårørendeopplæring word [concept:activity concept:offering role:next_of_kin] expanded=false
	// "pårørende" pårørende modifier [role:next_of_kin] expanded=false
	// "opplæring" opplæring head [concept:activity] expanded=false
}

func ExampleGlossary_ScanAppend() {
	g := glossary.Default()
	var ms []glossary.Match // reused across texts: no garbage in steady state
	for _, text := range []string{"Meistringskurs for pårørande", "Nettkurs om søvn"} {
		ms = g.ScanAppend(ms[:0], text)
		terms := make([]string, len(ms))
		for i, m := range ms {
			terms[i] = m.Term
		}
		fmt.Println(strings.Join(terms, ", "))
	}
	// Output:
	// meistringskurs, kurs, pårørande
	// nettkurs, kurs, søvn
}

func ExampleGlossary_Search() {
	for _, h := range glossary.Default().Search("meistringstilb", taxonomy.NN, 4) {
		fmt.Println(h.Entry.Term, h.How)
	}
	for _, h := range glossary.Default().Search("pårørendeskle", taxonomy.NB, 1) { // a typo
		fmt.Println(h.Entry.Term, h.How)
	}
	// Output:
	// meistringstilbod prefix
	// lærings- og meistringstilbod word_prefix
	// pårørendeskole fuzzy
}

func ExampleNormalize() {
	fmt.Printf("%q\n", glossary.Normalize("  LÆRINGS–  OG\tMESTRINGSTILBUD "))
	// Output: "lærings- og mestringstilbud"
}

func ExampleNew() {
	g, err := glossary.New(glossary.Entry{
		Term: "kolsgruppe", Lang: taxonomy.NB, Kind: glossary.KindSynonym,
		Paradigm: glossary.ParadigmE,
		Senses:   []taxonomy.Ref{taxonomy.ConditionCOPD.Ref(), taxonomy.ConceptGroupOffering.Ref()},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(g.Lookup("kolsgruppene").Senses)

	_, err = glossary.New(glossary.Entry{Term: "kolsgruppe", Lang: taxonomy.NB, Kind: glossary.KindSynonym})
	fmt.Println(err)
	// Output:
	// [condition:copd concept:group_offering]
	// glossary: entry 0 ("kolsgruppe"): senses: no sense given
}

func ExampleGlossary_Terms() {
	for _, e := range glossary.Default().Terms(taxonomy.ConditionCOPD.Ref()) {
		fmt.Println(e.Lang, e.Kind, e.Term)
	}
	// Output:
	// nb preferred kols
	// nn preferred kols
	// en preferred COPD
	// nb synonym kronisk obstruktiv lungesykdom
}

func ExampleGlossary_Entries() {
	kinds := map[glossary.Kind]int{}
	for _, e := range glossary.Default().Entries() {
		if e.Source == "nklmh-definisjoner" {
			kinds[e.Kind]++
		}
	}
	// 6 + 6 + 6 + 3 synonyms in the source, two of them listed twice.
	fmt.Println(kinds[glossary.KindOfficialSynonym], "official synonyms from the definitions")
	// Output: 19 official synonyms from the definitions
}

func ExampleGlossary_Stats() {
	s := glossary.Default().Stats()
	fmt.Println(s.Entries > 900, s.Forms > s.Entries, s.States > 0)
	// Output: true true true
}

func ExampleEntry_Inflect() {
	e := glossary.Entry{Term: "meistringsgruppe", Paradigm: glossary.ParadigmE}
	fmt.Println(e.Inflect())
	// Output: [meistringsgruppe meistringsgruppen meistringsgrupper meistringsgruppene meistringsgruppa meistringsgruppar meistringsgruppane]
}

func ExampleGlossary_Synonyms() {
	for _, e := range glossary.Default().Synonyms(taxonomy.ConceptIndividualOffering.Ref()) {
		if e.Kind == glossary.KindOfficialSynonym {
			fmt.Println(e.Lang, e.Term)
		}
	}
	// Output:
	// nb pasientundervisning
	// nb pasientveiledning
	// nb pasientopplæring
}

func ExampleGlossary_WithPhrases() {
	g, err := glossary.Default().WithPhrases([]string{"påmelding", "tid og sted"})
	if err != nil {
		panic(err)
	}
	text := "Mestringskurs for pårørende. Tid og  sted: Påmelding innen fredag."
	ms, ps := g.ScanAppendPhrases(nil, nil, text)
	fmt.Println(len(ms) > 0)
	for _, p := range ps {
		fmt.Println(p.Phrase, p.End)
	}
	// Output:
	// true
	// 1 43
	// 0 55
}
