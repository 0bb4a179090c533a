package classify

import (
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// TestDeliveryPlaceWord: a centre, a hospital or a building after "ved",
// "på" or "i" is where an offering meets, where nothing else says how it
// is delivered; not an indefinite one in a list of settings, a unit's
// place or an organiser. Bokmål and Nynorsk.
func TestDeliveryPlaceWord(t *testing.T) {
	cases := []struct {
		name, title, text string
		want              taxonomy.Delivery
	}{
		{"centres in a town nb", "Kurs om overspising", "Vi vil gjennomføre fire kursrekker ved ROS-sentrene i Bergen og Trondheim.", taxonomy.DeliveryInPerson},
		{"centre in a town nn", "Kurs om overspising", "Vi vil gjennomføre fire kursrekkjer ved ROS-sentera i Bergen og Trondheim.", taxonomy.DeliveryInPerson},
		{"coordinated centre", "Å se nye muligheter", "Blindeforbundet kan nå tilby kurset ved sitt syn- og mestringssenter i Hurdal.", taxonomy.DeliveryInPerson},
		{"the hospital nb", "Ny med diagnosen", "Dette skal dere få opplæring i på sykehuset.", taxonomy.DeliveryInPerson},
		{"the hospital nn", "Ny med diagnosen", "Dette skal de få opplæring i på sjukehuset.", taxonomy.DeliveryInPerson},
		{"a building nn", "Nytt tilbod", "Etableringa er i bygget til Nissedal Røde Kors.", taxonomy.DeliveryInPerson},
		{"settings", "Metode", "Metoden brukes ved frisklivssentraler, i rehabilitering, på sykehus og i grupper.", 0},
		{"a unit's place", "Familieundervisning", "Psykoseteamet ved Nordlandssykehuset inviterte pasienter og pårørende til undervisning.", 0},
		{"an acronym's place nb", "Om oss", "LMS ved Sykehuset Innlandet planlegger pasient- og pårørendeopplæring.", 0},
		{"an acronym's place nn", "Samlivskurs", "Familievernkontoret og LMS ved Sjukehuset i Førde held samlivskurs for par.", 0},
		{"staff's place nb", "Om oss", "Vi samarbeider med fagfolk på sykehuset om pasientopplæring.", 0},
		{"staff's place nn", "Om oss", "Vi samarbeider med fagfolk på sjukehuset om pasientopplæring.", 0},
		{"not right after", "Leve med revmatisk sjukdom", "Kurset er sett på pause medan poliklinikken flyttar; nye datoar kjem.", 0},
		{"an organiser nb", "Hjertesvikt", "Ved hjertesviktpoliklinikken tilbyr vi individuell oppfølging av pasienter med hjertesvikt.", 0},
		{"an organiser nn", "Hjartesvikt", "Ved hjartesviktpoliklinikken tilbyr vi individuell oppfylging av pasientar med hjartesvikt.", 0},
	}
	for _, c := range cases {
		if got := Listing(c.title, c.text).Delivery; got != c.want {
			t.Errorf("%s: delivery %q, want %q", c.name, got, c.want)
		}
	}
}

// TestDeliveryTool: an app or a course module, with no other sign of
// delivery, is used on a screen. Bokmål and Nynorsk.
func TestDeliveryTool(t *testing.T) {
	for _, text := range []string{
		"Dette er en app for deg som plages av tinnitus. Appen kan lastes ned gratis.",
		"Dette er ein app for deg som er plaga av tinnitus. Appen kan lastast ned gratis.",
		"Før du begynner denne modulen, ber vi deg tenke over noen spørsmål.",
	} {
		if got := Listing("Tinnitus", text).Delivery; got != taxonomy.DeliveryDigital {
			t.Errorf("%q: delivery %q, want digital", text, got)
		}
	}
}

// TestDeliveryDays: course days and a day programme, with no other sign
// of delivery, are spent in person. Bokmål and Nynorsk.
func TestDeliveryDays(t *testing.T) {
	for _, text := range []string{
		"Kurset går over seks uker, to halve kursdager per uke.",
		"Kurset går over seks veker, to halve kursdagar per veke.",
		"Tilbudet er et dagtilbud i gruppe tre dager i uka.",
		"Tilbodet er eit dagtilbod i gruppe tre dagar i veka.",
	} {
		if got := Listing("Lungerehabilitering", text).Delivery; got != taxonomy.DeliveryInPerson {
			t.Errorf("%q: delivery %q, want in_person", text, got)
		}
	}
}

// TestStemFinderAgrees holds meetingPlaceWord and meetingDayWord with the
// stems the walk found against the same with every occurrence of every
// stem strings.Index finds (indexFinder), and the finder itself against
// strings.Index, on the equivalence corpus and hostile text, both
// scanners.
func TestStemFinderAgrees(t *testing.T) {
	s := newScratch()
	withGlossary, cueScanner := New(), New()
	cueScanner.gc, cueScanner.cues = nil, defaultCues()
	hostile := hostileTexts(rand.New(rand.NewSource(7)), 2000)
	hostile = append(hostile, "på SYKEHUSET og Sykehuset, sykehuset. Senteret i Sentrum; KURSDAGER, kursdagar og dagtilbodet",
		"ved sjuke\u00adhuset, på syke  hus og i bygget")
	n := 0
	for _, c := range []*Classifier{withGlossary, cueScanner} {
		texts := hostile
		for _, x := range equivCorpus(t) {
			texts = append(texts, x.text)
		}
		for k, text := range texts {
			c.scan(s, "", text)
			s.buildContext()
			walk, ref := s.stemFinder(), indexFinder(text)
			for _, st := range append(placeStems[:], dayStems[:]...) {
				for i := 0; i <= len(text); {
					a, b := walk.at(st, i), indexAt(text, st, i)
					if a != b {
						t.Fatalf("text %d: %q from %d: %d, want %d", k, st, i, a, b)
					}
					if a < 0 {
						break
					}
					i = a + 1
				}
			}
			a1, b1, ok1 := meetingPlaceWord(text, walk)
			a2, b2, ok2 := meetingPlaceWord(text, ref)
			d1, e1, dok1 := meetingDayWord(text, walk)
			d2, e2, dok2 := meetingDayWord(text, ref)
			if a1 != a2 || b1 != b2 || ok1 != ok2 || d1 != d2 || e1 != e2 || dok1 != dok2 {
				t.Fatalf("text %d: the walk's stems give another word", k)
			}
			if ok1 || dok1 {
				n++
			}
		}
	}
	if n == 0 {
		t.Fatal("no place or day word found")
	}
}

// indexFinder is a stemFinder of text whose stems' cues are every
// occurrence of each of placeStems and dayStems, spelt as the stem is,
// found with strings.Index: what the walk's cues must give.
func indexFinder(text string) stemFinder {
	var hs []cueHit
	for _, st := range append(placeStems[:], dayStems[:]...) {
		for i := 0; ; {
			j := indexAt(text, st, i)
			if j < 0 {
				break
			}
			hs = append(hs, cueHit{start: j, end: j + len(st), part: PartText})
			i = j + 1
		}
	}
	slices.SortStableFunc(hs, func(x, y cueHit) int { return x.start - y.start })
	return stemFinder{src: text, hits: hs, work: new(int)}
}

// indexAt returns where st next occurs in text at or after byte from, -1
// for nowhere.
func indexAt(text, st string, from int) int {
	if n := strings.Index(text[from:], st); n >= 0 {
		return from + n
	}
	return -1
}

// TestNextWordInSentenceAgrees holds nextWordInSentence, which reads
// through nextWord, to a byte-by-byte reading that stops at a sentence's
// end before the word, at every offset of hostile text.
func TestNextWordInSentenceAgrees(t *testing.T) {
	ref := func(src string, p int) (string, int) {
		for p < len(src) && !isWordByte(src[p]) {
			if isSentenceEnd(src[p]) {
				return "", p
			}
			p++
		}
		a := p
		for p < len(src) && isWordByte(src[p]) {
			p++
		}
		return src[a:p], p
	}
	texts := append(hostileTexts(rand.New(rand.NewSource(3)), 2000), "Kurs i. Oslo! Hei? ja\nnei  ,; å", "ord.", ". .", "")
	for _, text := range texts {
		for p := 0; p <= len(text); p++ {
			w, q := nextWordInSentence(text, p)
			w2, q2 := ref(text, p)
			if w != w2 || q != q2 {
				t.Fatalf("%q from %d: %q, %d; want %q, %d", text, p, w, q, w2, q2)
			}
		}
	}
}
