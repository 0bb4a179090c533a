package classify

import (
	"fmt"
	"math/rand"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// TestConditionsAside: a condition named aside from the offering's target
// gives no condition; the target named beside it stays. Bokmål and Nynorsk.
func TestConditionsAside(t *testing.T) {
	cases := []struct {
		name, title, text string
		want              []taxonomy.Condition
	}{
		{"statistics nb", "Kurs i mestring", "Hvert år får rundt 12 000 personer hjerneslag i Norge. Kurset er for pårørende til personer med demens.", []taxonomy.Condition{taxonomy.ConditionDementia}},
		{"statistics nn", "Kurs i mestring", "Kvart år får om lag 12 000 personar hjerneslag. Kurset er for pårørande til personar med demens.", []taxonomy.Condition{taxonomy.ConditionDementia}},
		{"lifetime risk nb", "Kurs", "Statistikk viser at 1 av 3 får kreft i løpet av livet. Kurset handler om kosthold og fysisk aktivitet.", nil},
		{"lifetime risk nn", "Kurs", "Om lag 1 av 3 vil få kreft i løpet av livet. Kurset handlar om kosthald og fysisk aktivitet.", nil},
		{"how many it strikes", "Kurs", "Demens rammer over 100 000 nordmenn. Vi inviterer pårørende til kurs om å leve med en som har Parkinson.", []taxonomy.Condition{taxonomy.ConditionParkinsons}},
		{"cause nb", "Afasigruppe", "Målgruppen er personer som har fått afasi etter ervervet hjerneskade. Hjerneslag er den hyppigste årsaken til afasi, men også hjernesvulster kan føre til afasi.", []taxonomy.Condition{taxonomy.ConditionAcquiredBrainInjury}},
		{"cause nn", "Afasigruppe", "Målgruppa er personar som har fått afasi etter erverva hjerneskade. Hjerneslag er den vanlegaste årsaka til afasi, men også hjernesvulst kan føre til afasi.", []taxonomy.Condition{taxonomy.ConditionAcquiredBrainInjury}},
		{"feelings nb", "Samtalegruppe", "Mange kjenner på ensomhet, uro, angst og skam. Gruppen møtes hver tirsdag.", nil},
		{"feelings nn", "Samtalegruppe", "Mange kjenner på einsemd, uro, angst og skam. Gruppa møtest kvar tysdag.", nil},
		{"other offerings nb", "Diabeteskurs", "Kurs for deg med diabetes type 2. Andre tilbud: Kreftkurs, Hjerteskolen og KOLS-skole.", []taxonomy.Condition{taxonomy.ConditionDiabetesType2}},
		{"other offerings nn", "Diabeteskurs", "Kurs for deg med diabetes type 2. Sjå også våre andre kurs: meistring av angst og kurs for slagramma.", []taxonomy.Condition{taxonomy.ConditionDiabetesType2}},
		{"earlier offerings nb", "Kurs", "Tidligere har vi hatt kurs for personer med kreft. Nå tilbyr vi kurs for deg med kols.", []taxonomy.Condition{taxonomy.ConditionCOPD}},
		{"earlier offerings nn", "Kurs", "Tidlegare har vi hatt kurs for personar med kreft. No tilbyr vi kurs for deg med kols.", []taxonomy.Condition{taxonomy.ConditionCOPD}},
		{"not only nb", "Treffpunkt", "Det er Kreftforeningen som står bak, men tilbudet er ikke knyttet kun til kreftsykdom. Alle barn som har opplevd sykdom i familien er velkomne.", nil},
		{"not only nn", "Treffpunkt", "Det er Kreftforeininga som står bak, men tilbodet er ikkje knytt berre til kreftsjukdom. Alle born som har opplevd sjukdom i familien er velkomne.", nil},
		{"organisation's field nb", "Møteplass", "Vi starter en møteplass for pårørende sammen med Ivareta, som er pårørendeorganisasjon for den som er berørt av rus.", nil},
		{"organisation's field nn", "Møteplass", "Vi startar ein møteplass for pårørande saman med Ivareta, som er pårørandeorganisasjon for den som er råka av rus.", nil},
		{"not an offering for nb", "Samtalegruppe", "Denne gruppen er ikke et tilbud til personer med rusproblemer. Den er for deg med angst.", []taxonomy.Condition{taxonomy.ConditionAnxiety}},
		{"not an offering for nn", "Samtalegruppe", "Denne gruppa er ikkje eit tilbod til personar med rusproblem. Ho er for deg med angst.", []taxonomy.Condition{taxonomy.ConditionAnxiety}},
		// The target stays: addressed people in the same sentence.
		{"target beside feelings", "Kurs", "Kurset er for deg med angst som kjenner på uro og skam.", []taxonomy.Condition{taxonomy.ConditionAnxiety}},
		{"target beside a cause", "Kurs", "Kurs for personer med diabetes type 2, som kan føre til problemer med synet.", []taxonomy.Condition{taxonomy.ConditionDiabetesType2}},
		{"courses twice a year", "Kolskurs", "Sykehuset har også kolskurs med 10–12 pasienter to ganger i året.", []taxonomy.Condition{taxonomy.ConditionCOPD}},
	}
	for _, c := range cases {
		r := Listing(c.title, c.text)
		got := slices.Clone(r.Conditions)
		slices.Sort(got)
		want := slices.Clone(c.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: conditions %v, want %v", c.name, got, want)
		}
	}
}

// TestConditionsAsideKeepsRoles: a condition named only as a unit's field
// leaves the conditions but still tells the roles that the people served
// have it.
func TestConditionsAsideKeepsRoles(t *testing.T) {
	r := Listing("", "Den er for de over 18 år som har en tjeneste i psykisk helse og rus, forteller en ansatt.")
	if slices.Contains(r.Conditions, taxonomy.ConditionSubstanceUse) {
		t.Errorf("conditions %v: substance use is the service's field", r.Conditions)
	}
	if !slices.Contains(r.Roles, taxonomy.RolePatient) {
		t.Errorf("roles %v, want patients", r.Roles)
	}
}

// TestConditionsNotOnlyNear: "not only" is a negation and "kun", "bare"
// or "berre" in the same clause, not one a comma away.
func TestConditionsNotOnlyNear(t *testing.T) {
	for _, text := range []string{
		"Du trenger ikke henvisning, bare meld deg på kurset for kols.",
		"Du treng ikkje tilvising, berre meld deg på kurset om kols.",
	} {
		r := Listing("Kurs", text)
		if !slices.Contains(r.Conditions, taxonomy.ConditionCOPD) {
			t.Errorf("%q: conditions %v, want copd", text, r.Conditions)
		}
	}
}

// TestMarkTableFits: readMarks keeps the feeling words it found in 128 bits
// by their place in markTable.
func TestMarkTableFits(t *testing.T) {
	if len(markTable) > 128 {
		t.Fatalf("%d marks, readMarks keeps 128", len(markTable))
	}
}

// TestMarksInAgrees holds marksIn, which reads a sentence's marks from the
// cues of the one walk, against readMarks, which reads the sentence word by
// word: the same groups and feeling count for every sentence of the
// equivalence corpus and of hostile text, both scanners.
func TestMarksInAgrees(t *testing.T) {
	s := newScratch()
	n := 0
	check := func(c *Classifier, name, title, text string) {
		c.scan(s, title, text)
		s.buildContext()
		for _, p := range [2]Part{PartTitle, PartText} {
			src := s.partText(p)
			for a := 0; a <= len(src); {
				b := a
				for b < len(src) && !isSentenceEnd(src[b]) {
					b++
				}
				g, f := readMarks(src[a:b])
				g &^= 1 << markIncidence // read where a statistics mark is (asideSentence)
				g2, f2 := s.marksIn(p, a, b)
				if g != g2 || f != f2 {
					t.Fatalf("%s part %v [%d, %d): marksIn %b, %d; readMarks %b, %d", name, p, a, b, g2, f2, g, f)
				}
				if g != 0 {
					n++
				}
				a = b + 1
			}
		}
	}
	withGlossary, cueScanner := New(), New()
	cueScanner.gc, cueScanner.cues = nil, defaultCues()
	hostile := hostileTexts(rand.New(rand.NewSource(5)), 2000)
	hostile = append(hostile, "HVERT  ÅR får 1 av 3 Kreft.\nIKKE  kun Uro, SKAM og ensomhet; Andre\ttilbud: se   også årsaken\ntil. ikke, bare")
	for _, c := range []*Classifier{withGlossary, cueScanner} {
		for _, x := range equivCorpus(t) {
			check(c, x.name, x.title, x.text)
		}
		for k, text := range hostile {
			check(c, fmt.Sprintf("hostile %d", k), hostile[(k+1)%len(hostile)], text)
		}
	}
	if n == 0 {
		t.Fatal("no sentence with a mark")
	}
}

// TestSentenceBounds holds sentenceStart and sentenceEnd, which read eight
// bytes at a time, against a byte-by-byte reading at every offset.
func TestSentenceBounds(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	alpha := "ab .!?\n\xc3\xa5,\x00\xff"
	for n := 0; n < 300; n++ {
		b := make([]byte, rng.Intn(40))
		for i := range b {
			b[i] = alpha[rng.Intn(len(alpha))]
		}
		src := string(b)
		for i := 0; i <= len(src); i++ {
			a, e := i, i
			for a > 0 && !isSentenceEnd(src[a-1]) {
				a--
			}
			for e < len(src) && !isSentenceEnd(src[e]) {
				e++
			}
			if sentenceStart(src, i) != a || sentenceEnd(src, i) != e {
				t.Fatalf("%q at %d: [%d, %d), want [%d, %d)", src, i, sentenceStart(src, i), sentenceEnd(src, i), a, e)
			}
		}
	}
}

// TestConditionsUnitForPeople: a unit named with its field ("Enhet for
// psykisk helse og rus") names no condition of the offering, but a unit
// for people who have one ("en poliklinikk for oppfølging av pasienter
// med hjertesvikt") or for their relatives ("veiledningssenter for
// pårørende til rusmisbrukere") names the people it is for, whose
// condition is the target. Bokmål and Nynorsk.
func TestConditionsUnitForPeople(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              []taxonomy.Condition
	}{
		{"people nb", "Nytt tilbud", "Sykehuset åpner en sykepleiedrevet poliklinikk for oppfølging av pasienter med hjertesvikt.", []taxonomy.Condition{taxonomy.ConditionHeartFailure}},
		{"people nn", "Nytt tilbod", "Sjukehuset opnar ein sjukepleiardriven poliklinikk for oppfølging av pasientar med hjartesvikt.", []taxonomy.Condition{taxonomy.ConditionHeartFailure}},
		{"relatives nb", "Nytt tilbud", "Et nytt veiledningssenter for pårørende til rusmisbrukere åpnet i dag.", []taxonomy.Condition{taxonomy.ConditionSubstanceUse}},
		{"relatives nn", "Nytt tilbod", "Eit nytt rettleiingssenter for pårørande til rusavhengige opna i dag.", []taxonomy.Condition{taxonomy.ConditionSubstanceUse}},
		{"field nb", "Kurs for pårørende", "Kurset holdes av Enhet for psykisk helse og rus. Alle pårørende er velkomne.", nil},
		{"field nn", "Kurs for pårørande", "Kurset vert halde av Eining for psykisk helse og rus. Alle pårørande er velkomne.", nil},
	} {
		r := Listing(c.title, c.text)
		got := slices.Clone(r.Conditions)
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: conditions %v, want %v", c.name, got, c.want)
		}
	}
}

// unitNounInScan is unitNounIn as it read before the part's unitReach:
// every unit noun's cue from a on, read word by word at each question. It
// stays as the reference TestUnitNounInAgrees holds unitNounIn against.
func (s *scratch) unitNounInScan(p Part, a, b int) bool {
	src := s.partText(p)
	hs := s.partRun(s.units, p)
	k := sort.Search(len(hs), func(k int) bool { return hs[k].start >= a })
	for ; k < len(hs) && hs[k].start < b; k++ {
		h := &hs[k]
		if h.end > b {
			continue
		}
		e := h.end
		for e < b && e-h.end <= 3 && isWordByte(src[e]) {
			e++
		}
		if e-h.end > 3 {
			continue
		}
		if w, q := nextWord(src[:b], e); w != "" && q <= b && foldIn(w, unitLinks) {
			return true
		}
	}
	return false
}

// TestUnitNounInAgrees holds unitNounIn, which asks each part's unitReach,
// against unitNounInScan, which reads the unit nouns' cues at each
// question: the same answer for every [a, b) of short texts made of unit
// nouns, their endings, link words and words a link only begins (b inside
// a word too), and for every b with a at 0 and at b's sentence start in
// the equivalence corpus.
func TestUnitNounInAgrees(t *testing.T) {
	s := newScratch()
	n := 0
	check := func(c *Classifier, name, title, text string, every bool) {
		c.scan(s, title, text)
		s.buildContext()
		for _, p := range [2]Part{PartTitle, PartText} {
			src := s.partText(p)
			for b := 0; b <= len(src); b++ {
				as := []int{0, sentenceStart(src, b)}
				if every {
					as = as[:0]
					for a := 0; a <= b; a++ {
						as = append(as, a)
					}
				}
				for _, a := range as {
					got, want := s.unitNounIn(p, a, b), s.unitNounInScan(p, a, b)
					if got != want {
						t.Fatalf("%s part %v [%d, %d) of %q: unitNounIn %v, the scan %v", name, p, a, b, src, got, want)
					}
					if want {
						n++
					}
				}
			}
		}
	}
	pieces := []string{"avdeling", "Avdelinga", "tjenesten", "teneste", "foreininga", "forening", "enhet", "ENHETENE",
		"klinikk", "kontorane", "eining", "seksjonar", "forbundet", "organisasjon",
		"for", "FOR", "i", "I", "innen", "innan", "innenfor", "innanfor", "ikke", "innenforbi", "fora", "innanforbi", "forhold",
		"kreft", "demens", "rus", "psykisk helse", "x", "abcd", "æ", "1", " ", "  ", ", ", ". ", "\n", "-", "(", "«"}
	rng := rand.New(rand.NewSource(11))
	withGlossary, cueScanner := New(), New()
	cueScanner.gc, cueScanner.cues = nil, defaultCues()
	for _, c := range []*Classifier{withGlossary, cueScanner} {
		for k := 0; k < 600; k++ {
			var title, text strings.Builder
			for _, w := range []*strings.Builder{&title, &text} {
				for m := rng.Intn(30); m > 0; m-- {
					w.WriteString(pieces[rng.Intn(len(pieces))])
					if rng.Intn(3) > 0 {
						w.WriteByte(' ')
					}
				}
			}
			check(c, fmt.Sprintf("random %d", k), title.String(), text.String(), true)
		}
		for _, x := range equivCorpus(t) {
			check(c, x.name, x.title, x.text, false)
		}
	}
	if n == 0 {
		t.Fatal("no unit noun with a link")
	}
}
