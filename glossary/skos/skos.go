package skos

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/lmhkit/lmhkit/glossary"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// Base is the canonical base URL the project uses for everything it
// publishes; it is the same as lmh/fhir.Base (a test keeps them equal), so a
// ConceptScheme here and the FHIR CodeSystem of the same facet share one
// URL.
const Base = "https://lmhkit.github.io/fhir"

// SchemeIRI returns the IRI of the ConceptScheme of facet f, which is also
// the canonical URL of its FHIR CodeSystem:
// "https://lmhkit.github.io/fhir/CodeSystem/age-group". It returns "" for an
// invalid facet.
func SchemeIRI(f taxonomy.Facet) string {
	if !f.IsValid() {
		return ""
	}
	return Base + "/CodeSystem/" + strings.ReplaceAll(f.String(), "_", "-")
}

// ConceptIRI returns the IRI of a code: its scheme's IRI, "/" and the code,
// such as "https://lmhkit.github.io/fhir/CodeSystem/role/next_of_kin". It
// returns "" for an invalid Ref.
func ConceptIRI(r taxonomy.Ref) string {
	if !r.IsValid() {
		return ""
	}
	return SchemeIRI(r.Facet()) + "/" + r.Code()
}

// Write writes the whole vocabulary as SKOS in Turtle: one
// skos:ConceptScheme per facet, and for each code a skos:Concept with
//
//   - skos:notation, the stable code;
//   - one skos:prefLabel per language (nb, nn, en);
//   - skos:altLabel for each glossary synonym and skos:hiddenLabel for each
//     common misspelling, never repeating a label of the same language
//     (SKOS keeps the three disjoint);
//   - skos:definition in English, and in Bokmål where the vocabulary has one;
//   - skos:broader and skos:narrower for the is-a hierarchy, skos:topConceptOf
//     for the roots;
//   - skos:related from a programme to the conditions and themes it is made
//     for;
//   - mapping properties to outside codes: skos:exactMatch for an equivalent
//     code, skos:broadMatch for a wider one, skos:narrowMatch for a narrower
//     one or one that specialises the concept, skos:closeMatch otherwise.
//     SNOMED CT codes are written as http://snomed.info/id/{code}, ICD-10
//     codes as WHO's http://id.who.int/icd/release/10/2019/{code}; codes of
//     systems without their own IRIs (Volven, ICPC-2, HL7 service-type) as
//     {system}#{code}.
//
// Output is deterministic: facets and codes in data order.
func Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	tw := &turtle{w: bw}
	tw.printf("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n")
	tw.printf("@prefix dct: <http://purl.org/dc/terms/> .\n")
	tw.printf("@prefix owl: <http://www.w3.org/2002/07/owl#> .\n\n")
	for _, f := range taxonomy.Facets() {
		writeScheme(tw, f)
		for _, r := range f.Refs() {
			writeConcept(tw, r)
		}
	}
	if tw.err != nil {
		return fmt.Errorf("skos: %w", tw.err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("skos: %w", err)
	}
	return nil
}

func writeScheme(tw *turtle, f taxonomy.Facet) {
	tw.printf("<%s> a skos:ConceptScheme ;\n", SchemeIRI(f))
	tw.printf("  skos:prefLabel %s ;\n", langLiterals(func(l taxonomy.Lang) string { return f.Label(l) }))
	tw.printf("  skos:definition %s ;\n", literal(f.Definition(), "en"))
	tw.printf("  owl:versionInfo %s ;\n", literal(taxonomy.Version, ""))
	tw.printf("  dct:publisher %s", literal("lmhkit", ""))
	var tops []string
	for _, r := range f.Refs() {
		if r.Broader().IsZero() {
			tops = append(tops, "<"+ConceptIRI(r)+">")
		}
	}
	if len(tops) > 0 {
		tw.printf(" ;\n  skos:hasTopConcept %s", strings.Join(tops, ", "))
	}
	tw.printf(" .\n\n")
}

func writeConcept(tw *turtle, r taxonomy.Ref) {
	tw.printf("<%s> a skos:Concept ;\n", ConceptIRI(r))
	tw.printf("  skos:inScheme <%s> ;\n", SchemeIRI(r.Facet()))
	tw.printf("  skos:notation %s ;\n", literal(r.Code(), ""))
	tw.printf("  skos:prefLabel %s", langLiterals(r.Label))

	alt, hidden := labels(r)
	if len(alt) > 0 {
		tw.printf(" ;\n  skos:altLabel %s", strings.Join(alt, ", "))
	}
	if len(hidden) > 0 {
		tw.printf(" ;\n  skos:hiddenLabel %s", strings.Join(hidden, ", "))
	}
	defs := []string{literal(r.Definition(taxonomy.EN), "en")}
	if nb := r.Definition(taxonomy.NB); nb != "" && nb != r.Definition(taxonomy.EN) {
		defs = append(defs, literal(nb, "nb"))
	}
	if defs[0] != literal("", "en") {
		tw.printf(" ;\n  skos:definition %s", strings.Join(defs, ", "))
	}
	if b := r.Broader(); !b.IsZero() {
		tw.printf(" ;\n  skos:broader <%s>", ConceptIRI(b))
	} else {
		tw.printf(" ;\n  skos:topConceptOf <%s>", SchemeIRI(r.Facet()))
	}
	if n := r.Narrower(); len(n) > 0 {
		tw.printf(" ;\n  skos:narrower %s", iris(n))
	}
	if rel := related(r); len(rel) > 0 {
		tw.printf(" ;\n  skos:related %s", iris(rel))
	}
	for _, m := range matches(r) {
		tw.printf(" ;\n  skos:%s <%s>", m.prop, m.iri)
	}
	var sources []string
	for _, s := range r.Sources() {
		if s.URL != "" && !slices.Contains(sources, s.URL) {
			sources = append(sources, s.URL)
		}
	}
	for _, u := range sources {
		tw.printf(" ;\n  dct:source <%s>", u)
	}
	tw.printf(" .\n\n")
}

// labels returns the alternative and hidden labels of r as Turtle literals,
// with no label repeated within its language and none equal to a preferred
// label of its language.
func labels(r taxonomy.Ref) (alt, hidden []string) {
	for _, s := range glossary.Default().Synonyms(r) {
		if s.Kind == glossary.KindHidden {
			hidden = append(hidden, literal(s.Term, s.Lang.String()))
		} else {
			alt = append(alt, literal(s.Term, s.Lang.String()))
		}
	}
	return alt, hidden
}

// related returns the codes a programme is made for: its conditions and
// themes.
func related(r taxonomy.Ref) []taxonomy.Ref {
	p, ok := taxonomy.FromRef[taxonomy.Programme](r)
	if !ok {
		return nil
	}
	var out []taxonomy.Ref
	for _, c := range p.Conditions() {
		out = append(out, c.Ref())
	}
	for _, t := range p.Themes() {
		out = append(out, t.Ref())
	}
	return out
}

func iris(rs []taxonomy.Ref) string {
	s := make([]string, len(rs))
	for i, r := range rs {
		s[i] = "<" + ConceptIRI(r) + ">"
	}
	return strings.Join(s, ", ")
}

func langLiterals(label func(taxonomy.Lang) string) string {
	var s []string
	for _, l := range taxonomy.Langs() {
		s = append(s, literal(label(l), l.String()))
	}
	return strings.Join(s, ", ")
}

// literal writes a Turtle string literal with an optional language tag.
func literal(s, lang string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, c := range s {
		switch c {
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			b.WriteRune(c)
		}
	}
	b.WriteByte('"')
	if lang != "" {
		b.WriteString("@" + lang)
	}
	return b.String()
}

type turtle struct {
	w   io.Writer
	err error
}

func (t *turtle) printf(format string, args ...any) {
	if t.err == nil {
		_, t.err = fmt.Fprintf(t.w, format, args...)
	}
}
