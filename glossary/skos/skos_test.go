package skos

import (
	"bytes"
	"errors"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/glossary"
	"github.com/lmhkit/lmhkit/taxonomy"
)

func write(t *testing.T) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// blocks splits the Turtle into subject blocks, keyed by subject IRI.
func blocks(t *testing.T, ttl string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, b := range strings.Split(ttl, "\n\n") {
		if !strings.HasPrefix(b, "<") {
			continue
		}
		iri := b[1:strings.IndexByte(b, '>')]
		if _, dup := out[iri]; dup {
			t.Errorf("subject %s written twice", iri)
		}
		out[iri] = b
	}
	return out
}

var literalRE = regexp.MustCompile(`"((?:[^"\\]|\\.)*)"@([a-z]+)`)

// labelsOf returns the literals of one property in a block, as "lang|text".
func labelsOf(block, prop string) []string {
	var out []string
	for _, line := range strings.Split(block, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, prop+" ") {
			continue
		}
		for _, m := range literalRE.FindAllStringSubmatch(line, -1) {
			out = append(out, m[2]+"|"+m[1])
		}
	}
	return out
}

func TestWriteEveryCode(t *testing.T) {
	bs := blocks(t, write(t))
	for _, f := range taxonomy.Facets() {
		if !strings.Contains(bs[SchemeIRI(f)], "a skos:ConceptScheme") {
			t.Errorf("no ConceptScheme for %s", f)
		}
		for _, r := range f.Refs() {
			b, ok := bs[ConceptIRI(r)]
			if !ok || !strings.Contains(b, "a skos:Concept ;") {
				t.Errorf("no Concept for %s", r)
				continue
			}
			if !strings.Contains(b, `skos:notation "`+r.Code()+`"`) {
				t.Errorf("%s: no notation", r)
			}
			if br := r.Broader(); !br.IsZero() && !strings.Contains(b, "skos:broader <"+ConceptIRI(br)+">") {
				t.Errorf("%s: no broader %s", r, br)
			}
		}
	}
}

// TestLabelsIntegrity checks the SKOS rules SHACL checks in CI, here in Go:
// one prefLabel per language, and pref, alt and hidden labels disjoint.
func TestLabelsIntegrity(t *testing.T) {
	bs := blocks(t, write(t))
	for _, f := range taxonomy.Facets() {
		for _, r := range f.Refs() {
			b := bs[ConceptIRI(r)]
			pref := labelsOf(b, "skos:prefLabel")
			langs := map[string]int{}
			for _, p := range pref {
				langs[strings.SplitN(p, "|", 2)[0]]++
			}
			if len(pref) != 3 || langs["nb"] != 1 || langs["nn"] != 1 || langs["en"] != 1 {
				t.Errorf("%s: prefLabels %v", r, pref)
			}
			alt, hidden := labelsOf(b, "skos:altLabel"), labelsOf(b, "skos:hiddenLabel")
			for _, a := range alt {
				if slices.Contains(pref, a) || slices.Contains(hidden, a) {
					t.Errorf("%s: %q is alt and pref or hidden", r, a)
				}
			}
			for _, h := range hidden {
				if slices.Contains(pref, h) {
					t.Errorf("%s: %q is hidden and pref", r, h)
				}
			}
		}
	}
}

func TestGlossaryLabels(t *testing.T) {
	bs := blocks(t, write(t))
	cases := []struct {
		ref    taxonomy.Ref
		prop   string
		labels []string
	}{
		{taxonomy.RoleNextOfKin.Ref(), "skos:altLabel", []string{"nb|nærstående", "nn|nærståande"}},
		{taxonomy.ConceptGroupOffering.Ref(), "skos:altLabel", []string{"nb|mestringskurs"}},
		{taxonomy.ConceptOffering.Ref(), "skos:altLabel", []string{"nb|mestringskurs"}},
	}
	for _, c := range cases {
		t.Run(c.ref.String(), func(t *testing.T) {
			got := labelsOf(bs[ConceptIRI(c.ref)], c.prop)
			for _, l := range c.labels {
				if !slices.Contains(got, l) {
					t.Errorf("%s %v lacks %q", c.prop, got, l)
				}
			}
		})
	}
}

func TestMatches(t *testing.T) {
	cases := []struct {
		ref  taxonomy.Ref
		want []match
	}{
		{taxonomy.ArenaMunicipal.Ref(), []match{{"exactMatch", "urn:oid:2.16.578.1.12.4.1.1.9040#102"}}},
		{taxonomy.ArenaPrivate.Ref(), []match{{"broadMatch", "urn:oid:2.16.578.1.12.4.1.1.9040#116"}}},
		{taxonomy.ArenaVoluntary.Ref(), nil},
		{taxonomy.MethodCounselling.Ref(), []match{{"exactMatch", "http://snomed.info/id/409063005"}}},
		{taxonomy.ConditionCOPD.Ref(), []match{{"exactMatch", icd10IRI + "J44"}, {"exactMatch", systemICPC2 + "#R95"}}},
		{taxonomy.ConditionDepression.Ref(), []match{{"narrowMatch", icd10IRI + "F32"}, {"narrowMatch", icd10IRI + "F33"}, {"exactMatch", systemICPC2 + "#P76"}}},
	}
	for _, c := range cases {
		t.Run(c.ref.String(), func(t *testing.T) {
			if got := matches(c.ref); !slices.Equal(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}

func TestLiteral(t *testing.T) {
	cases := []struct{ in, lang, want string }{
		{"pårørende", "nb", `"pårørende"@nb`},
		{`say "hei"`, "", `"say \"hei\""`},
		{"a\\b\nc\td", "en", `"a\\b\nc\td"@en`},
	}
	for _, c := range cases {
		if got := literal(c.in, c.lang); got != c.want {
			t.Errorf("literal(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestExpandRange(t *testing.T) {
	if got := expandRange("F00-F03"); !slices.Equal(got, []string{"F00", "F01", "F02", "F03"}) {
		t.Errorf("got %v", got)
	}
	if got := expandRange("F03-F00"); !slices.Equal(got, []string{"F03-F00"}) {
		t.Errorf("got %v", got)
	}
}

type failWriter struct{ n int }

var errDisk = errors.New("disk full")

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n += len(p); w.n > 10000 {
		return 0, errDisk
	}
	return len(p), nil
}

func TestWriteError(t *testing.T) {
	if err := Write(&failWriter{}); !errors.Is(err, errDisk) {
		t.Errorf("err = %v, want the writer's error", err)
	}
}

func TestIRIsOfInvalid(t *testing.T) {
	if SchemeIRI(0) != "" || ConceptIRI(taxonomy.Ref{}) != "" {
		t.Error("IRIs for invalid input")
	}
}

func BenchmarkWriteBaseline(b *testing.B) {
	// Baseline: visiting every code and its labels without writing Turtle.
	for b.Loop() {
		n := 0
		for _, f := range taxonomy.Facets() {
			for _, r := range f.Refs() {
				for _, l := range taxonomy.Langs() {
					n += len(r.Label(l))
				}
			}
		}
		_ = n
	}
}

func BenchmarkWrite(b *testing.B) {
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := Write(&buf); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}

// TestEveryGlossaryTermWritten checks that each glossary term of a code
// appears as a label of the kind its entry says: hidden terms as
// hiddenLabel, the rest as prefLabel or altLabel.
func TestEveryGlossaryTermWritten(t *testing.T) {
	bs := blocks(t, write(t))
	hiddenSeen := 0
	for _, f := range taxonomy.Facets() {
		for _, r := range f.Refs() {
			b := bs[ConceptIRI(r)]
			pref, alt, hidden := labelsOf(b, "skos:prefLabel"), labelsOf(b, "skos:altLabel"), labelsOf(b, "skos:hiddenLabel")
			for _, e := range glossary.Default().Terms(r) {
				l := e.Lang.String() + "|" + strings.ReplaceAll(e.Term, `"`, `\"`)
				switch {
				case slices.Contains(pref, l):
				case e.Kind == glossary.KindHidden && slices.Contains(hidden, l):
					hiddenSeen++
				case slices.Contains(alt, l): // also a synonym: SKOS keeps labels disjoint, the altLabel wins
				default:
					t.Errorf("%s: glossary term %q (%s) is not written", r, e.Term, e.Kind)
				}
			}
		}
	}
	if hiddenSeen == 0 {
		t.Error("no hiddenLabel written at all")
	}
}
