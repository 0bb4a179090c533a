package classify

import (
	"fmt"
	"github.com/lmhkit/lmhkit/lmh"
	"strings"
	"testing"
)

// adversarial are phrases that, repeated, make every rule see many of
// what it looks at: cues and terms that refer to each other (a partner cue
// before every arena term, a relative before every addressed phrase), age
// ranges, coordinations, names, lists, and text with no clause boundary
// or nothing but boundaries. Issue 11 found one ("fra sykehuset " repeated
// to under 1 MiB took 8.8 s); these guard every rule like it.
var adversarial = []string{
	"fra sykehuset ",
	"i samarbeid med kommunen og sykehuset og foreningen ",
	"et samarbeid mellom sykehuset, kommunen og LHL ",
	"personer med demens og deres pårørende ",
	"pårørende til personer med kols ",
	"alle som har et familiemedlem med demens ",
	"for alle innbyggere ",
	"kurs ",
	"kurs for helsepersonell ",
	"hjerte- og lungesyke ",
	"13–17 år ",
	"over 67 år og eldre ",
	"Sted: Helsehuset, Storgata 3. ",
	"langvarig sykdom, for eksempel kreft, ",
	"liknande KiD og KiB ",
	"foreldre til barn med astma ",
	"telefon, chat eller video ",
	"kurset foregår på Zoom ",
	"Landsforeningen for Pårørande ",
	"kreftkoordinator ",
	"rustet ",
	"aktiv psykose er utelukket ",
	"Kurs i depresjonsmestring, kolsskole, SMIL, Bra mat ",
	"pasientenes pårørende ",
	"leger ", // staff words in one clause, each reading back over the others (found 7 December)
	"(Helsedirektoratet, 2017, s. 8). Psykisk ",
	// Round 6 of the facets' rules (7 December): open to everyone, read
	// on either side of each cue; another bearer of the condition, read
	// up to 40 bytes on; a condition as a talk's topic; a course
	// compound's subject, read back over the matches before it; the
	// definite singular beside an overview; a format stated by meetings.
	"åpent for alle uavhengig av bakgrunn ",
	"er for alle" + strings.Repeat(" ", 60) + "alle interesserte med ",
	"for de som lever med eller omgås en person med demens ",
	"pårørende som lever sammen med en person som har fått hjerneslag ",
	"informasjon rundt hjerneslag ",
	"røykfri-kurs kolskurs ",
	"flere kurs, kurset og kursa våre ",
	"likepersonene har fått opplæring ",
	// Round 10 of the facets: the words after each training cue.
	"trening i både å trening i ",
	"arrangeres i et samarbeid arrangeres i ",
	"som ved andre timer på sykehuset som ved andre ",
	"klinikk for oppfølging av pasienter med hjertesvikt ",    // each condition after a unit's name and its people
	"senter for pårørende til pårørende til rusmisbrukere ",   // a relative after a unit's name, read back over the cues
	"poliklinisk poliklinisk konsultasjon sykehusbehandling ", // the word after an arena adjective
	// The ninth session: whom staff meet, read back from each person named.
	"kurs for helsepersonell som møter psykisk syke og pårørende som møter personer med demens ",
	"seminarer for for pårørende til pårørende ", // the words before each next-of-kin term
	// Round 13 of the facets: each clause that lists two channels, read
	// for a contact word; the cues before a place word; the word before
	// each arena term.
	"Ta kontakt på telefon, chat. samlinger ",
	"som ved andre timer på sykehuset ", // the cues before the place word, walked once
	"treff på dagsenteret på sykehus ",  // the word before each arena term
	"a",
	"æ",
	".",
	"\n",
	" ",
	"• kurs\n",
	// Round 13 of in scope: the votes between a clause's first role and
	// each staff cue, read for a role that is a word of its own.
	"Pårørendekurs pasientkurs pårørendeskole for sykepleiere ",
	"bli en bli ei bli treningskontakt ", // the two words after each verb of becoming
	"er en er ei er eit kronisk sykdom ", // the two words after each "er en"
	// Review 13: the words around each offering verb, the group offerings
	// read before a seminar for next of kin.
	"ikke lenger tilby bør tilbyr ikke bare tilbys ikkje ",
	"sorggruppe seminar for pårørende møtet er ",
}

// adversarialAside are adversarial phrases for the aside reading, kept
// out of the join of adversarial (whose work a byte on 4 KiB of one part
// and 64 KiB of two differs by more than the test's slack, though it stays
// at 3.6 steps a byte from 16 KiB to 1 MiB). Found by review (7 December):
// each sentence's aside reading walked the marks' cues and the addressed
// cues from the first, and each vote looked for a mark of its part from
// the first (the title's come before the text's): 512 KiB of "se også
// kreft. " in both parts took 2 s.
var adversarialAside = []string{
	"se også kreft. ",
	"ikke kun kreft ",
	"personer med kreft og ikke kun demens. ",
	"hvert år får 12 kreft. ",
	// Each vote of a unit's field looked for a unit noun among all the
	// unit nouns' cues, the title's and the earlier sentences' too (found
	// by review, 7 December: 256 KiB in both parts took 0.35 s).
	"organisasjon i kreft. ",
}

// adversarialUnits are pairs of phrases for unitNounIn: the first repeated
// over the first half of the text, the second over the rest. Found by
// review (7 December, eighth session): each condition vote asked for a
// unit noun with a link word before it from the part's start (no aside
// mark in the part) or from its sentence's start, and walked every unit
// noun's cue on the way, those without a link too: 64 KiB of "Klinikken,
// " then "enhet i demens. " in both parts took 1.2 s.
var adversarialUnits = [][2]string{
	{"Klinikken, ", "enhet i demens. "},
	{"Avdelinga. Kontoret, ", "eining innan rus. "},
	{"skyldes uro og skam ", "avdeling kreft "}, // one sentence with marks: from its start
}

// adversarialFewUnits are pairs of a head and a body for unitNounScan: the
// head once (at most unitScanMax unit nouns in both parts, a gap of 15
// bytes or words that a link only begins), the body repeated, so that every
// condition vote reads the head's unit nouns again (eighth session's speed
// round).
var adversarialFewUnits = [][2]string{
	{"Enhetene               forbi x ", "rus "},
	{"Enhetene fo Avdelinga fo ", "kreft "},
	{"enhet for x. ", "demens, "},
}

// halvesTo repeats h over about n/2 bytes and t over about as many more.
func halvesTo(h, t string, n int) string { return repeatTo(h, n/2) + repeatTo(t, n/2) }

// classifyWork classifies title and text and returns the steps the rules
// took (scratch.work).
func (c *Classifier) classifyWork(title, text string) int {
	s := newScratch()
	c.scan(s, title, text)
	decide(s, new(Result))
	return s.work
}

// repeatTo repeats p to about n bytes.
func repeatTo(p string, n int) string {
	return strings.Repeat(p, max(1, n/len(p)))
}

// TestWorkIsLinear bounds the work of the rules (steps counted in the
// loops over matches, cues, clauses, votes and age ranges) on adversarial
// texts: it must grow no faster than the text. Work, not time, so the test
// does not depend on the machine or its load.
func TestWorkIsLinear(t *testing.T) {
	c := New()
	mixed := ""
	for _, it := range loadDevSet(t)[:20] {
		mixed += it.Title + "\n" + it.Text + "\n"
	}
	inputs := append(adversarial[:len(adversarial):len(adversarial)], mixed, strings.Join(adversarial, ""))
	inputs = append(inputs, adversarialAside...)
	const small, large = 4 << 10, 64 << 10
	type input struct {
		name string
		to   func(n int) string // the input of about n bytes
	}
	var ins []input
	for _, p := range inputs {
		ins = append(ins, input{p, func(n int) string { return repeatTo(p, n) }})
	}
	for _, h := range adversarialUnits {
		ins = append(ins, input{h[0] + h[1], func(n int) string { return halvesTo(h[0], h[1], n) }})
	}
	for _, h := range adversarialFewUnits {
		ins = append(ins, input{h[0] + h[1], func(n int) string { return h[0] + repeatTo(h[1], n) }})
	}
	for _, in := range ins {
		name := in.name
		if len(name) > 24 {
			name = name[:24]
		}
		t.Run(fmt.Sprintf("%q", name), func(t *testing.T) {
			ws := c.classifyWork("", in.to(small))
			text := in.to(large)
			wl := c.classifyWork(text, text) // both parts
			// Twice the text in both parts, sixteen times the size: linear
			// work grows about 32-fold.
			if wl > 40*ws+1000 {
				t.Errorf("work %d on %d bytes, %d on 2×%d: grows faster than the text", ws, small, wl, large)
			}
			if per := float64(wl) / float64(2*len(text)); per > 8 {
				t.Errorf("work %d on 2×%d bytes: %.1f steps a byte, want at most 8", wl, len(text), per)
			}
		})
	}
}

// BenchmarkClassifyAdversarial classifies 64 KiB and 512 KiB of each
// adversarial phrase repeated; the time per byte must not grow with the
// size (compare the two sizes of one phrase, and both with
// BenchmarkClassify600's time per byte).
func BenchmarkClassifyAdversarial(b *testing.B) {
	c := New()
	c.Listing("", "")
	for _, p := range adversarial {
		for _, n := range []int{64 << 10, 512 << 10} {
			text := repeatTo(p, n)
			name := strings.TrimSpace(p)
			if len(name) > 20 {
				name = name[:20]
			}
			b.Run(fmt.Sprintf("%q/%dKiB", name, n>>10), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					c.Listing("", text)
				}
			})
		}
	}
}

// extractWork extracts a draft from title and text and returns the steps
// the extraction's per-sentence and per-line reads took (scratch.work,
// counted from after classification).
func (c *Classifier) extractWork(title, text string) int {
	s := newScratch()
	c.scan(s, title, text)
	decide(s, new(Result))
	s.work = 0
	x := new(xstate)
	x.reset(s, title, text, lmh.Date{Year: 2026, Month: 12, Day: 1})
	x.read(&Draft{})
	return s.work
}

// TestExtractWorkIsLinear: many dates, places or labels in one long
// sentence or one long line read each sentence and line a bounded number
// of times (found by review: "Kontakt oss " + "Sted: Oslo " × 80,000 took
// 7 s, "Kurs " + "5. mars " × 80,000 took 116 s). Work, not time.
func TestExtractWorkIsLinear(t *testing.T) {
	c := New()
	for _, p := range []struct{ head, unit string }{
		{"Kontakt oss ", "Sted: Oslo "},
		{"Kurs ", "5. mars "},
		{"Kurs ", "informasjonsmøte 5. mars "},
		{"Kontakt oss. ", "kurs i Oslo "},
		{"Kurset er avlyst ", "12. mai kl. 18 "},
		// Found by review (7 December): each read its sentence to the end,
		// or all the text's matches, once for each unit.
		{"Kurs ", "Kurset krever henvisning "},
		{"Kurs ", "Den 5. mars arrangerer vi alltid "},
		{"Kurs ", "møtes i Huset hver tirsdag, "},
		{"Kurs ", "ikke for deg med psykose "},
		{"Kurs ", "gratis tilgang "},
		{"Kurs ", "uker, to halve kursdager per uke. "},
		// These two went through loops over every date or time for each
		// time or weekday, which counted no steps, so the test did not see
		// them (a sweep of timings did); the loops that replace them count.
		{"Kurs ", "frå 5.10 til torsdag 16.11 kl 18! Me "},
		{"Kurs ", "gratis kino! Tid: 10. oktober 2019, klokka 11-15. "},
		{"Kurs ", "Arrangør ER AVLYST Styret "},          // a run of capitals read from each of its words
		{"Ansvarlig redaktør ", "ola@avis.no "},          // each address's line read back (bounded)
		{"Kurs ", "holdes på Huset i Moss, Sarpsborg, "}, // a list of places after each name (bounded)
		{"Kurs ", "LHL Moss arrangerer kurs, "},          // the country looked for around each organiser (bounded)
		{"Kurs ", "henvisning er nødvendig, "},           // the referral's sentence read for "men ikke" (bounded)
		// Found by review (7 December): every age range turned down
		// ("også", who came, whose relative) read its sentence, or the
		// text before it, again.
		{"Kurs ", "også et tilbud for barn 6–12 år "},
		{"Kurs ", "de fleste er for barn 6–12 år "},
		{"Kurs ", "pårørende til barn 6–12 år "},
		// Found by review (7 December): each member named read the
		// sentence for a price of its own.
		{"Pris: 300 kr. Kurs for ", "medlem "},
		// Found by review (7 December): each label on one line read the
		// line to its end; each list of exclusions its paragraph.
		{"Kurs ", "- Sted: Oslo "},
		{"Kurs ", "Eksklusjonskriterier: "},
		// Found by review (7 December): each dot of a run of glued
		// tokens walked back to the run's start and on to its end (39 s
		// for 128 KiB of "a.").
		{"Kurs ", "a."},
		{"Kurs ", "www.A."},
		// Round 11: an inserted clause skipped before a place (once), the
		// work named before a place (at most seven tokens back).
		{"Kurs. Med seg har hun", ", som også i, Vestnes kommune"},
		{"Kurs ", "som jobber med helse i Vestnes kommune "},
		{"Kurs ", "i fjor arrangerte LHL kurset "}, // an earlier run's organiser (bounded look)
		// Review 9c: round 11's looks count their steps; this fails when
		// the bound of the look back from each place for the work named
		// before it is dropped (it passed so before, its steps uncounted).
		{"Kurs ", "helse i Vestnes "},
		// Round 12 (eighth session): a word of reading before each
		// "hos" (six tokens back), a byline's label before each date
		// (its line up to the date), the held verbs of a sentence of
		// many dates (read in its one walk), "også" after each
		// organiser's verb, a possessive after each venue.
		{"Kurs ", "les mer hos LHL Moss "},
		{"Kurs. Skrevet av Kari ", "5. mars "},
		{"Kurs. LHL arrangerte ", "5. mars og "},
		{"Kurs ", "LHL Moss tilbyr også kurs, "},
		{"Kurs ", "holdes i LMS sine lokale, "},
		// Review 11: heldNear's looks from each date, back through a
		// list of days and on through the date's own tokens.
		{"Kurs. LHL arrangerte ", "5. og "},
		{"Kurs. LHL arrangerte ", "5. mars 2027 "},
		// Readings round 13: the words of addition before each "gratis",
		// the subject before each "koster", a unit's body after each
		// venue's comma.
		{"Kurs ", "vi har også et gratis kurs "},
		{"Kurs. ", "Behandling koster 100 kr "},
		{"Kurs ", "holdes ved Medisinsk avdeling, Førde sentralsjukehus "},
		{"Kurs\nTekst: Kari ", "5. mars 2024 | Av Kari "}, // a byline's line read back from each date (bounded)
		{"Kurs. ", "innlagt i 14 dager "},                 // the sentence before each span of days (bounded)
		{"Kurs. Vi har også ", "kurs over 4 kvelder "},    // an offering named as one more before each count and date (bounded)
		// Provider and venue recall (ninth session): the body after each
		// unit's name read after "av" (one name).
		{"Kurs ", "arrangeres av DPS Gjøvik i Sykehuset Innlandet og "},
		// Review 16: an association's name read once before its "i".
		{"Kurs ", "arrangeres av LHL Hamar i Storhamar kirke og "},
		// A service's description before each body named before a verb
		// (at most eight tokens back).
		{"Kurs ", "psykisk helse og rus i Fjell kommune tilbyr "},
	} {
		t.Run(p.unit, func(t *testing.T) {
			ws := c.extractWork("Kurs", p.head+repeatTo(p.unit, 4<<10))
			wl := c.extractWork("Kurs", p.head+repeatTo(p.unit, 64<<10))
			if wl > 24*ws+1000 { // sixteen times the text: linear work grows about 16-fold
				t.Errorf("work %d on 4 KiB, %d on 64 KiB: grows faster than the text", ws, wl)
			}
		})
	}
	// The title's words only one standard writes are counted in a loop of
	// their own (reset) and the text's in markIndex, and tokens reads the
	// keys from a copy of the part (xstate.pad): a long title or text of
	// such words stays linear.
	for _, p := range []struct{ name, title, text string }{{"title", "ikkje kva ", "Kurs"}, {"text", "Kurs", "ikkje kva "}} {
		t.Run(p.name+" of language words", func(t *testing.T) {
			grow := func(s string, n int) string {
				if s == "Kurs" {
					return s
				}
				return repeatTo(s, n)
			}
			ws := c.extractWork(grow(p.title, 4<<10), grow(p.text, 4<<10))
			wl := c.extractWork(grow(p.title, 64<<10), grow(p.text, 64<<10))
			if wl > 24*ws+1000 {
				t.Errorf("work %d on 4 KiB, %d on 64 KiB: grows faster than the text", ws, wl)
			}
		})
	}
	// Found by review (7 December): each "gratis for" or "ikke
	// egenandel" read the rest of its sentence for a "frikort" at its
	// end; each label the line to a number at its end.
	for _, p := range []struct{ unit, tail string }{{"gratis for ", "frikort."}, {"ikke egenandel ", "frikort."}, {"* Sted: Huset ", "5"}} {
		t.Run(p.unit+"… "+p.tail, func(t *testing.T) {
			ws := c.extractWork("Kurs", "Kurs "+repeatTo(p.unit, 4<<10)+p.tail)
			wl := c.extractWork("Kurs", "Kurs "+repeatTo(p.unit, 64<<10)+p.tail)
			if wl > 24*ws+1000 {
				t.Errorf("work %d on 4 KiB, %d on 64 KiB: grows faster than the text", ws, wl)
			}
		})
	}
}

// TestDeliveryStemsLinear: each place word looked for the next place
// stem among all the stems' cues of the text, and each day stem for its
// next cue likewise (found by review, 7 December: 256 KiB of "sykehus, "
// took 1.4 s, 4 KiB 25 ms). The finder counts the cues it looks at
// (stemFinder.step), so the test bounds work, not time, as
// TestWorkIsLinear does: it does not depend on the machine or its load.
func TestDeliveryStemsLinear(t *testing.T) {
	c := New()
	for _, p := range []string{"sykehus, ", "sykehuset senteret bygget ", "xursdag ", "xursdag sykehus, agtilbx "} {
		t.Run(fmt.Sprintf("%q", p), func(t *testing.T) {
			small, large := repeatTo(p, 4<<10), repeatTo(p, 64<<10)
			ws := c.classifyWork(small, small)
			wl := c.classifyWork(large, large)
			// Sixteen times the text in both parts: linear work grows
			// about 16-fold.
			if wl > 24*ws+1000 {
				t.Errorf("work %d on 2×%d bytes, %d on 2×%d: grows faster than the text", ws, len(small), wl, len(large))
			}
			if per := float64(wl) / float64(2*len(large)); per > 8 {
				t.Errorf("work %d on 2×%d bytes: %.1f steps a byte, want at most 8", wl, len(large), per)
			}
		})
	}
}
