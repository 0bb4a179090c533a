package classify

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/lmhkit/lmhkit/lmh"
)

var (
	updateEquivalence = flag.Bool("update-equivalence", false, "rewrite testdata/equivalence.golden")
	dumpEquivalence   = flag.String("dump-equivalence", "", "write every classification of the equivalence corpus to this file, for diffing two versions")
)

// equivCase is one input of the equivalence corpus.
type equivCase struct {
	name        string
	title, text string
	gate        bool // false: NeedText
}

// equivCorpus returns the inputs whose classifications the equivalence
// golden pins: the dev set, the held-out set, the sample catalogue and
// generated variants of them that stress the scanners (case, white space,
// age ranges, cut words, mixed sentences, parts swapped).
func equivCorpus(t testing.TB) []equivCase {
	var cs []equivCase
	dev := loadDevSet(t)
	hold := loadLabelled(t, "holdout.jsonl")
	var texts []string
	for _, it := range dev {
		cs = append(cs, equivCase{name: "dev/" + it.ID, title: it.Title, text: it.Text, gate: true})
		texts = append(texts, it.Title, it.Text)
	}
	for _, it := range hold {
		cs = append(cs, equivCase{name: "holdout/" + it.ID, title: it.Title, text: it.Text, gate: true})
		texts = append(texts, it.Title, it.Text)
	}
	for i, o := range lmh.SampleCatalogueOn(lmh.SampleDay) {
		cs = append(cs, equivCase{name: fmt.Sprintf("catalogue/%d", i), title: o.Name, text: o.Description, gate: true})
		texts = append(texts, o.Name, o.Description)
	}
	inserts := []string{
		"13–17 år", "over 67 år", "18 år og eldre", "under 12 år", "mellom 6 og 12 år", "6 til 12 år",
		"fra 16 år", "12-18 års", "3 - 5 år", "67 år og oppover", "20 år eller eldre", "12 uker",
		"i samarbeid med", "sammen med Kreftforeningen", "fra LMS", "for deg med kols", "personer med demens",
		"foreldre til barn med", "kan også følges digitalt", "på nett", "Teams", "ZOOM", "sted: Helsehuset",
		"uansett diagnose", "leve med sykdom", "påmelding", "ledig stilling", "søknadsfrist", "har du ",
		"frisklivssentralen", "KOLS", "ÆØÅ", "pasient- og pårørendeopplæring", "meistringskurset",
		"KiD-kurs", "100 % stilling", "etasje,", "hotel", "rek", "senger", "lokale",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func() string { return texts[rng.IntN(len(texts))] }
	for i := range 3000 {
		title, text := pick(), pick()
		switch i % 8 {
		case 0: // upper case
			text = strings.ToUpper(text)
		case 1: // white space runs
			text = strings.ReplaceAll(text, " ", [...]string{"  ", "\n", " \t ", "\r\n"}[rng.IntN(4)])
		case 2: // inserted phrases
			for range 1 + rng.IntN(4) {
				text = insertAt(rng, text, " "+inserts[rng.IntN(len(inserts))]+" ")
			}
		case 3: // cut anywhere on a rune boundary, joined with another text
			text = cutRunes(rng, text) + cutRunes(rng, pick())
		case 4: // sentences of several texts
			var b strings.Builder
			for range 2 + rng.IntN(4) {
				s := strings.Split(pick(), ". ")
				b.WriteString(s[rng.IntN(len(s))])
				b.WriteString(". ")
			}
			text = b.String()
		case 5: // inserted phrases glued to words
			for range 1 + rng.IntN(3) {
				text = insertAt(rng, text, inserts[rng.IntN(len(inserts))])
			}
		case 6: // body only, or title only
			if rng.IntN(2) == 0 {
				title = ""
			} else {
				title, text = text, ""
			}
		case 7: // title upper case, text lower case
			title, text = strings.ToUpper(title), strings.ToLower(text)
		}
		cs = append(cs, equivCase{name: fmt.Sprintf("variant/%d", i), title: title, text: text, gate: i%5 != 0})
	}
	return cs
}

// insertAt inserts s at a random rune boundary of text.
func insertAt(rng *rand.Rand, text, s string) string {
	if text == "" {
		return s
	}
	i := rng.IntN(len(text) + 1)
	for i < len(text) && !utf8.RuneStart(text[i]) {
		i++
	}
	return text[:i] + s + text[i:]
}

// cutRunes returns text cut at a random byte (so possibly inside a word or
// a rune).
func cutRunes(rng *rand.Rand, text string) string {
	if text == "" {
		return text
	}
	return text[:rng.IntN(len(text)+1)]
}

// formatClassification writes every field of c, floats as bits and slices
// told apart from nil, so that two equal strings mean deeply equal
// classifications.
func formatClassification(c Result) string {
	var b strings.Builder
	fmt.Fprintf(&b, "in=%t concept=%v format=%v roles=%v ages=%v arena=%v delivery=%v methods=%v scope=%v conditions=%v themes=%v programme=%v\n",
		c.InScope, c.Concept, c.Format, c.Roles, c.AgeGroups, c.Arena, c.Delivery, c.Methods, c.Scope,
		c.Conditions, c.Themes, c.Programme)
	// A nil slice and an empty one marshal differently ("null", "[]").
	fmt.Fprintf(&b, "nil: %t %t %t %t %t %t\n", c.Roles == nil, c.AgeGroups == nil, c.Methods == nil,
		c.Conditions == nil, c.Themes == nil, c.Evidence == nil)
	s := c.Confidence
	for _, f := range []float64{s.InScope, s.Concept, s.Format, s.Roles, s.AgeGroups, s.Arena, s.Delivery,
		s.Methods, s.Scope, s.Conditions, s.Themes, s.Programme} {
		fmt.Fprintf(&b, "%x ", math.Float64bits(f))
	}
	b.WriteString("\n")
	for _, e := range c.Evidence {
		fmt.Fprintf(&b, "  %v %v %t %v %d-%d %q %v %q\n", e.Facet, e.Value, e.InScope, e.Part, e.Start, e.End, e.Term, e.Sense, e.Basis)
	}
	return b.String()
}

// TestClassifyEquivalence pins every detail of the classifier's output
// (values, confidences as exact bits, evidence with spans and rules) over
// the equivalence corpus, as SHA-256 digests of blocks of 100 cases in
// testdata/equivalence.golden. It is the guard for work on the
// classifier's speed: such work must not change a single bit. A change of
// behaviour that is meant is accepted with
//
//	go test -run TestClassifyEquivalence ./lmh -args -update-equivalence
//
// and -dump-equivalence FILE writes the classifications themselves, so
// that two versions can be compared with diff.
func TestClassifyEquivalence(t *testing.T) {
	const block = 100
	cs := equivCorpus(t)
	c := New()
	var dump *bufio.Writer
	if *dumpEquivalence != "" {
		f, err := os.Create(*dumpEquivalence)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		dump = bufio.NewWriter(f)
		defer dump.Flush()
	}
	var lines []string
	h := sha256.New()
	for i, x := range cs {
		var got Result
		if x.gate {
			got = c.Listing(x.title, x.text)
		} else {
			if x.title != "" {
				x.text = x.title + "\n" + x.text
			}
			got = c.NeedText(x.text).Result()
		}
		s := formatClassification(got)
		fmt.Fprintf(h, "%s\n%s", x.name, s)
		if dump != nil {
			fmt.Fprintf(dump, "== %s\n%s", x.name, s)
		}
		if (i+1)%block == 0 || i == len(cs)-1 {
			lines = append(lines, fmt.Sprintf("%s..%s %s", cs[i/block*block].name, x.name, hex.EncodeToString(h.Sum(nil))))
			h.Reset()
		}
	}
	checkDigestBlocks(t, filepath.Join("testdata", "equivalence.golden"), lines, *updateEquivalence, "update-equivalence", "the corpus")
}

// checkDigestBlocks compares lines, one digest of a block of listings
// each, with the golden file, or rewrites the file when update is set
// (the -args -flag named). what names the listings in the error for a
// count that differs.
func checkDigestBlocks(t *testing.T, golden string, lines []string, update bool, flag, what string) {
	t.Helper()
	got := strings.Join(lines, "\n") + "\n"
	if update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -args -%s to create it)", err, flag)
	}
	wantLines := strings.Split(strings.TrimSuffix(string(want), "\n"), "\n")
	if len(wantLines) != len(lines) {
		t.Fatalf("%s has %d blocks, %s %d", golden, len(wantLines), what, len(lines))
	}
	for i := range lines {
		if lines[i] != wantLines[i] {
			t.Errorf("block %d changed:\n got %s\nwant %s", i, lines[i], wantLines[i])
		}
	}
}

// TestCueScansAgree checks that the automaton's lanes find what one plain
// pass of the automaton finds, in the same order: on
// texts dense with cues that straddle the lanes' borders, with long runs of
// white space and case changes, and on every text of the equivalence
// corpus.
func TestCueScansAgree(t *testing.T) {
	s := defaultCues()
	rng := rand.New(rand.NewPCG(3, 4))
	spaces := []string{" ", "  ", "\n\n", " \t\r\n ", strings.Repeat(" ", 70), "", "-", ". "}
	var spare [lanes - 1][]cueHit
	var cs cueScratch
	lanesUsed := 0
	for i := range 3000 {
		var b strings.Builder
		for b.Len() < 200+rng.IntN(1400) {
			c := cueTable[rng.IntN(len(cueTable))].phrase
			c = strings.Trim(c, "|")
			if rng.IntN(4) == 0 {
				c = strings.ToUpper(c)
			}
			if rng.IntN(3) == 0 {
				c = strings.ReplaceAll(c, " ", spaces[rng.IntN(len(spaces))])
			}
			b.WriteString(c)
			b.WriteString(spaces[rng.IntN(len(spaces))])
		}
		text := b.String()
		if len(text) >= lanes*laneMin {
			lanesUsed++
		}
		want := s.scanRange(nil, text, PartText, 0, 0, len(text))
		got := s.scanLanes(nil, text, PartText, &spare)
		if !slices.Equal(got, want) {
			t.Fatalf("text %d (%d bytes): lanes found %d cues, a plain scan %d", i, len(text), len(got), len(want))
		}
		// The same text cut into a title and a body, anywhere.
		cut := rng.IntN(len(text) + 1)
		if !sameListingScan(s, text[:cut], text[cut:], &cs) {
			t.Fatalf("text %d (%d bytes) cut at %d: the listing's walk differs from the parts'", i, len(text), cut)
		}
	}
	if lanesUsed < 1000 {
		t.Fatalf("only %d texts long enough for lanes", lanesUsed)
	}
	for _, x := range equivCorpus(t) {
		for _, text := range []string{x.title, x.text} {
			want := s.scanRange(nil, text, PartText, 0, 0, len(text))
			if got := s.scanWith(nil, text, PartText, &cs); !slices.Equal(got, want) {
				t.Fatalf("%s: the lanes found %d cues, a plain scan %d", x.name, len(got), len(want))
			}
		}
		if !sameListingScan(s, x.title, x.text, &cs) {
			t.Fatalf("%s: the listing's walk differs from the parts'", x.name)
		}
	}
}

// sameListingScan reports whether scanListing finds in title and text what
// plain scans of each part find.
func sameListingScan(s *cueScanner, title, text string, cs *cueScratch) bool {
	want := s.scanRange(nil, title, PartTitle, 0, 0, len(title))
	want = s.scanRange(want, text, PartText, 0, 0, len(text))
	return slices.Equal(s.scanListing(nil, title, text, cs), want)
}

// TestCueStartsAgree checks where the scanner says a cue with spaces
// starts against a walk back over every byte of it (a run of white space
// read as one), on cues written with every kind of white space between
// their words.
func TestCueStartsAgree(t *testing.T) {
	s := defaultCues()
	rng := rand.New(rand.NewPCG(7, 8))
	spaces := []string{" ", "  ", "\n\n", " \t\r\n ", strings.Repeat(" ", 70), "\r"}
	checked := 0
	for range 2000 {
		var b strings.Builder
		for b.Len() < 100+rng.IntN(600) {
			c := strings.Trim(cueTable[rng.IntN(len(cueTable))].phrase, "|")
			c = strings.ReplaceAll(c, " ", spaces[rng.IntN(len(spaces))])
			b.WriteString(c)
			b.WriteString(spaces[rng.IntN(len(spaces))])
		}
		text := b.String()
		for _, h := range s.scanRange(nil, text, PartText, 0, 0, len(text)) {
			if h.kind == cueBoundary || !strings.Contains(s.phrase(&h), " ") {
				continue
			}
			checked++
			n := len(strings.Trim(s.phrase(&h), "|"))
			if want := walkBackCue(text, h.end, n); h.start != want {
				t.Fatalf("%q ending at %d in %q: start %d, a walk back gives %d", s.phrase(&h), h.end, text, h.start, want)
			}
		}
	}
	if checked < 5000 {
		t.Fatalf("only %d cues with spaces checked", checked)
	}
}

// walkBackCue walks back n pattern bytes from end, a run of white space
// counting as one byte.
func walkBackCue(text string, end, n int) int {
	i := end
	for n > 0 && i > 0 {
		i--
		if isSpaceByte(text[i]) {
			for i > 0 && isSpaceByte(text[i-1]) {
				i--
			}
		}
		n--
	}
	return i
}

// FuzzCueScansAgree compares the lanes with a plain automaton pass on any
// text.
func FuzzCueScansAgree(f *testing.F) {
	for _, seed := range []string{"", "har du  \n\t kols", "I  SAMARBEID\r\nMED", "FORELDRE TIL BARN", "ØYVIND på nett–video",
		"100 % stilling", "sted:  Rådhuset, 2. etasje,", strings.Repeat("kurset går over ", 40)} {
		f.Add(seed)
	}
	s := defaultCues()
	f.Fuzz(func(t *testing.T, text string) {
		var cs cueScratch
		want := s.scanRange(nil, text, PartText, 0, 0, len(text))
		if got := s.scanLanes(nil, text, PartText, &cs.lanes); !slices.Equal(got, want) {
			t.Fatalf("the lanes found %v, a plain scan %v", got, want)
		}
		for _, cut := range []int{0, len(text) / 3, len(text)} {
			if !sameListingScan(s, text[:cut], text[cut:], &cs) {
				t.Fatalf("cut at %d: the listing's walk differs from the parts'", cut)
			}
		}
	})
}

// TestNextDigit compares the word-at-a-time digit search with a byte loop
// on strings of every byte value.
func TestNextDigit(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			if rng.IntN(6) == 0 {
				b[i] = byte('0' + rng.IntN(10))
			} else {
				b[i] = byte(rng.IntN(256))
			}
		}
		s := string(b)
		from := rng.IntN(len(s) + 1)
		want := from
		for want < len(s) && !isDigit(s[want]) {
			want++
		}
		if got := nextDigit(s, from); got != want {
			t.Fatalf("nextDigit(%q, %d) = %d, want %d", s, from, got, want)
		}
	}
}
