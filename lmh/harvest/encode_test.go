package harvest

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/lmhkit/lmhkit/lmh/classify"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// FuzzAppendString checks the string encoder against the one it replaced
// byte for byte, and against encoding/json: the same bytes when it has no
// \b or \f to write (encoding/json writes those as \b and \f, we as
// \u0008 and \u000c), and the same string read back in any case.
func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"", "kurs", "pårørende", "æøå ÆØÅ", "\"\\\n\r\t\x00\x1f\b\f", "a\u2028b\u2029",
		"\xff", "\xed\xa0\x80", "<&>", "🙂", strings.Repeat("lærings- og mestringssenter ", 5), "abcdefgh\"", "abcdefghijklmnop\x7f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := appendString([]byte("x"), s)[1:]
		if want := refAppendString(nil, s); !bytes.Equal(got, want) {
			t.Fatalf("%q: %s, the old encoder wrote %s", s, got, want)
		}
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		std := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
		if !strings.ContainsAny(s, "\b\f") && !bytes.Equal(got, std) {
			t.Fatalf("%q: %s, encoding/json writes %s", s, got, std)
		}
		var back, stdBack string
		if err := json.Unmarshal(got, &back); err != nil {
			t.Fatalf("%q: %s is not a JSON string: %v", s, got, err)
		}
		_ = json.Unmarshal(std, &stdBack)
		if back != stdBack {
			t.Fatalf("%q reads back as %q, encoding/json's as %q", s, back, stdBack)
		}
	})
}

// FuzzEncoder builds classifications from the fuzzer's bytes, with codes,
// terms and rules in and out of the vocabulary, scores in and out of
// [0, 1], and checks that the encoder writes each exactly as the encoder it
// replaced did, the first time (evidence objects not yet cached) and the second.
func FuzzEncoder(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 200, 255})
	f.Add([]byte("some evidence\x00\x01\x02pårørende\xff\x80term"))
	f.Add(bytes.Repeat([]byte{7, 3, 250, 1, 0, 9}, 40))
	f.Fuzz(func(t *testing.T, data []byte) {
		g := &gen{data: data}
		rec, res := g.record(), g.result()
		var e Encoder
		want := refAppendResult([]byte("prefix"), &rec, &res)
		for pass := range 3 {
			// The third pass writes into room to spare, where the evidence
			// objects are written in place; the first two into a buffer
			// that must grow on the way.
			dst := []byte("prefix")
			if pass == 2 {
				dst = append(make([]byte, 0, 1<<16), dst...)
			}
			if got := e.AppendResult(dst, &rec, &res); !bytes.Equal(got, want) {
				t.Fatalf("pass %d:\n got %s\nwant %s", pass+1, got, want)
			}
		}
	})
}

// gen draws values from the fuzzer's bytes (zeros when they run out).
type gen struct {
	data []byte
	strs []string // strings drawn so far, to draw again (the same string twice hits the cache of evidence objects)
}

func (g *gen) byte() byte {
	if len(g.data) == 0 {
		return 0
	}
	c := g.data[0]
	g.data = g.data[1:]
	return c
}

func (g *gen) int() int {
	var b [4]byte
	for i := range b {
		b[i] = g.byte()
	}
	v := int(int32(binary.LittleEndian.Uint32(b[:])))
	switch g.byte() % 4 {
	case 0:
		return v % 1000
	case 1:
		return v % 20000
	}
	return v
}

var genStrings = []string{"", "kurs", "pårørende", "sted:", "age range", string(classify.BasisTerm), "programme_implies",
	"lærings- og mestringssenter", "a\"b", "x\u2028y", "\xff"}

func (g *gen) string() string {
	switch c := g.byte(); {
	case c < 100:
		return genStrings[int(c)%len(genStrings)]
	case c < 150 && len(g.strs) > 0:
		return g.strs[int(c)%len(g.strs)]
	}
	n := int(g.byte() % 24)
	var b []byte
	for range n {
		b = append(b, g.byte())
	}
	s := string(b)
	g.strs = append(g.strs, s)
	return s
}

func (g *gen) facet() taxonomy.Facet {
	return taxonomy.Facet(int(g.byte()) % (len(taxonomy.Facets()) + 3))
}

// ref draws a code of the vocabulary, the zero Ref, or a code past the end
// of its facet.
func (g *gen) ref() taxonomy.Ref {
	f := g.facet()
	switch c := g.byte(); {
	case c < 20 || !f.IsValid():
		return taxonomy.Ref{}
	case c < 40:
		return taxonomy.Ref{} // the zero Ref again, for coverage of the common case
	case c < 240:
		refs := f.Refs()
		return refs[int(g.byte())%len(refs)]
	}
	// Past the end: only the typed codes can make one.
	return taxonomy.Role(200 + g.byte()%50).Ref()
}

func (g *gen) score() float64 {
	switch c := g.byte(); {
	case c < 200:
		return float64(g.int()%1100) / 1000
	case c < 210:
		return math.NaN()
	case c < 220:
		return math.Inf(1)
	case c < 230:
		return -float64(g.byte()) / 7
	}
	return float64(g.int()) / 999.5
}

func (g *gen) record() Record {
	rec := Record{ID: g.string(), HasID: true}
	for range g.byte() % 3 {
		rec.Other = append(rec.Other, Field{Name: g.string(), Value: json.RawMessage(`{"a":[1,"x"]}`)})
	}
	return rec
}

func codes[C ~uint16](g *gen) []C {
	var cs []C
	for range g.byte() % 4 {
		cs = append(cs, C(g.byte()%40))
	}
	return cs
}

func (g *gen) result() classify.Result {
	r := classify.Result{
		InScope:    g.byte()%2 == 1,
		Concept:    taxonomy.Concept(g.byte() % 8),
		Format:     taxonomy.Format(g.byte() % 8),
		Roles:      codes[taxonomy.Role](g),
		AgeGroups:  codes[taxonomy.AgeGroup](g),
		Arena:      taxonomy.Arena(g.byte() % 12),
		Delivery:   taxonomy.Delivery(g.byte() % 8),
		Methods:    codes[taxonomy.Method](g),
		Scope:      taxonomy.Scope(g.byte() % 6),
		Conditions: codes[taxonomy.Condition](g),
		Themes:     codes[taxonomy.Theme](g),
		Programme:  taxonomy.Programme(g.byte() % 30),
	}
	s := &r.Confidence
	for _, p := range []*float64{&s.InScope, &s.Concept, &s.Format, &s.Roles, &s.AgeGroups, &s.Arena, &s.Delivery,
		&s.Methods, &s.Scope, &s.Conditions, &s.Themes, &s.Programme} {
		*p = g.score()
	}
	for range g.byte() % 20 {
		ev := classify.Evidence{Facet: g.facet(), Value: g.ref(), InScope: g.byte()%2 == 1,
			Part: classify.Part(g.byte() % 3), Start: g.int(), End: g.int(), Term: g.string(), Sense: g.ref(),
			Basis: classify.Basis(g.string())}
		if g.byte()%2 == 0 && ev.Facet.IsValid() && ev.Value.Facet().IsValid() {
			ev.Facet = ev.Value.Facet() // the usual case: the value is of the evidence's facet
		}
		r.Evidence = append(r.Evidence, ev)
	}
	return r
}

// TestEncoderGolden encodes the classifications of the golden listings
// with the encoder and with the one it replaced.
func TestEncoderGolden(t *testing.T) {
	_, recs := benchInput(t, 200)
	c := classify.New()
	var e Encoder
	for i := range recs {
		res := c.Listing(recs[i].Title, recs[i].Text)
		got := e.AppendResult(nil, &recs[i], &res)
		if want := refAppendResult(nil, &recs[i], &res); !bytes.Equal(got, want) {
			t.Fatalf("record %d:\n got %s\nwant %s", i+1, got, want)
		}
		if !utf8.Valid(got) || !json.Valid(got) {
			t.Fatalf("record %d: not valid JSON", i+1)
		}
	}
}
