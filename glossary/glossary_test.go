package glossary

import (
	"slices"
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/taxonomy"
)

func refs(ss ...string) []taxonomy.Ref {
	out := make([]taxonomy.Ref, len(ss))
	for i, s := range ss {
		out[i] = taxonomy.MustParseRef(s)
	}
	return out
}

// officialTerms are the terms of the "Definisjoner" section of the NK LMH
// source (seed 002), typed here from the source itself so that the test does
// not trust the data file it checks.
var officialTerms = []struct {
	term  string
	sense string
}{
	{"Læring og mestring i helse- og omsorgstjenesten", "concept:activity"},
	{"pasient- og pårørendeopplæring", "concept:activity"},
	{"lærings- og mestringsvirksomhet", "concept:activity"},
	{"lærings- og mestringsaktivitet", "concept:activity"},
	{"læring og mestring innen helse", "concept:activity"},
	{"helsepedagogisk virksomhet", "concept:activity"},
	{"pedagogisk virksomhet i helse- og omsorgstjenesten", "concept:activity"},
	{"Lærings- og mestringstilbud", "concept:offering"},
	{"læringstilbud", "concept:offering"},
	{"mestringstilbud", "concept:offering"},
	{"mestringskurs", "concept:offering"},
	{"lærings- og mestringstiltak", "concept:offering"},
	{"opplæringstilbud", "concept:offering"},
	{"pasient- og pårørendeopplæring", "concept:offering"},
	{"Gruppetilbud", "concept:group_offering"},
	{"mestringsgrupper", "concept:group_offering"},
	{"mestringskurs", "concept:group_offering"},
	{"pasientkurs", "concept:group_offering"},
	{"gruppeopplæring", "concept:group_offering"},
	{"pasient- og pårørendeskoler", "concept:group_offering"},
	{"støttegruppe", "concept:group_offering"},
	{"Mestringstreff", "concept:group_offering"},
	{"Starthjelp", "concept:group_offering"},
	{"Helt Sjef!", "concept:group_offering"},
	{"SMIL", "concept:group_offering"},
	{"frisklivskurs", "concept:group_offering"},
	{"ryggskole", "concept:group_offering"},
	{"demensskole", "concept:group_offering"},
	{"recovery-skole", "concept:group_offering"},
	{"selvhjelpsgruppe", "concept:group_offering"},
	{"stressmestringsgruppe", "concept:group_offering"},
	{"KiD", "concept:group_offering"},
	{"Livsstyrketrening", "concept:group_offering"},
	{"KiB", "concept:group_offering"},
	{"Individuelle tilbud", "concept:individual_offering"},
	{"pasientundervisning", "concept:individual_offering"},
	{"pasientveiledning", "concept:individual_offering"},
	{"pasientopplæring", "concept:individual_offering"},
	{"røykesluttkurs", "concept:individual_offering"},
	{"helsesamtaler", "concept:individual_offering"},
}

func TestOfficialTermsLookup(t *testing.T) {
	g := Default()
	for _, tt := range officialTerms {
		t.Run(tt.term+"/"+tt.sense, func(t *testing.T) {
			l := g.Lookup(tt.term)
			if !l.Found() {
				t.Fatalf("Lookup(%q) found nothing", tt.term)
			}
			if !slices.Contains(l.Senses, taxonomy.MustParseRef(tt.sense)) {
				t.Errorf("Lookup(%q).Senses = %v, want %s among them", tt.term, l.Senses, tt.sense)
			}
		})
	}
}

func TestOfficialTermsScan(t *testing.T) {
	g := Default()
	for _, tt := range officialTerms {
		t.Run(tt.term+"/"+tt.sense, func(t *testing.T) {
			text := "Vi tilbyr " + tt.term + " for alle."
			want := taxonomy.MustParseRef(tt.sense)
			start := strings.Index(text, tt.term)
			for _, m := range g.Scan(text) {
				if m.Start == start && m.End == start+len(tt.term) && slices.Contains(m.Senses, want) {
					return
				}
			}
			t.Errorf("Scan(%q): no match of %s spanning %q; got %v", text, tt.sense, tt.term, g.Scan(text))
		})
	}
}

func TestAmbiguity(t *testing.T) {
	g := Default()
	tests := []struct {
		term      string
		senses    []taxonomy.Ref
		ambiguous bool
	}{
		{"mestringskurs", refs("concept:offering", "concept:group_offering"), true},
		{"Mestringskursene", refs("concept:offering", "concept:group_offering"), true},
		{"meistringskurset", refs("concept:offering", "concept:group_offering"), true},
		{"pasient- og pårørendeopplæring", refs("concept:activity", "concept:offering"), true},
		{"pasient– og pårørendeopplæringa", refs("concept:activity", "concept:offering"), true},
		{"gruppetilbud", refs("concept:group_offering"), false},
		{"stressmestringsgruppe", refs("programme:stressmestringsgruppe", "concept:group_offering"), false},
	}
	for _, tt := range tests {
		t.Run(tt.term, func(t *testing.T) {
			l := g.Lookup(tt.term)
			for _, s := range tt.senses {
				if !slices.Contains(l.Senses, s) {
					t.Errorf("Senses = %v, want %s", l.Senses, s)
				}
			}
			if l.Ambiguous != tt.ambiguous {
				t.Errorf("Ambiguous = %v, want %v", l.Ambiguous, tt.ambiguous)
			}
			ms := g.Scan(tt.term)
			if len(ms) == 0 || ms[0].Start != 0 || ms[0].End != len(tt.term) {
				t.Fatalf("Scan(%q) = %v, want a match of the whole text first", tt.term, ms)
			}
			if ms[0].Ambiguous != tt.ambiguous {
				t.Errorf("Match.Ambiguous = %v, want %v", ms[0].Ambiguous, tt.ambiguous)
			}
		})
	}
}

func TestInflection(t *testing.T) {
	g := Default()
	tests := []struct {
		form, term string
		lang       taxonomy.Lang
	}{
		{"kurs", "kurs", taxonomy.NB}, {"kurset", "kurs", taxonomy.NB}, {"kursa", "kurs", taxonomy.NB}, {"kursene", "kurs", taxonomy.NB},
		{"skolen", "skole", taxonomy.NB}, {"skolene", "skole", taxonomy.NB},
		{"gruppa", "gruppe", taxonomy.NB}, {"gruppene", "gruppe", taxonomy.NB}, {"grupper", "gruppe", taxonomy.NB},
		{"tilbod", "tilbod", taxonomy.NN}, {"tilbodet", "tilbod", taxonomy.NN}, {"tilboda", "tilbod", taxonomy.NN},
		{"ryggskulen", "ryggskule", taxonomy.NN}, {"ryggskulane", "ryggskule", taxonomy.NN},
		{"meistringa", "meistring", taxonomy.NN}, {"rettleiinga", "rettleiing", taxonomy.NN},
		{"opplæringa", "opplæring", taxonomy.NB}, {"brukarane", "brukarar", taxonomy.NN},
		{"sykdommen", "hjertesykdom", taxonomy.NB}, // via hjertesykdommen below
	}
	for _, tt := range tests {
		t.Run(tt.form, func(t *testing.T) {
			form := tt.form
			if tt.term == "hjertesykdom" {
				form = "hjerte" + form
			}
			l := g.Lookup(form)
			if !l.Found() {
				t.Fatalf("Lookup(%q) found nothing", form)
			}
			found := false
			for _, e := range l.Entries {
				found = found || e.Term == tt.term
			}
			if !found {
				t.Errorf("Lookup(%q) entries %v, want term %q", form, l.Entries, tt.term)
			}
		})
	}
	// Paradigm table itself.
	want := map[Paradigm][]string{
		ParadigmNeuter:    {"kurset", "kursene", "kursa"},
		ParadigmMasculine: {"pasienten", "pasienter", "pasientene", "pasientar", "pasientane"},
		ParadigmE:         {"skolen", "skoler", "skolene", "skola", "skolar", "skolane"},
		ParadigmDouble:    {"sykdommen", "sykdommer", "sykdommene", "sykdomen", "sykdomar", "sykdomane"},
	}
	base := map[Paradigm]string{ParadigmNeuter: "kurs", ParadigmMasculine: "pasient", ParadigmE: "skole", ParadigmDouble: "sykdom"}
	for p, forms := range want {
		got := p.Forms(base[p])
		for _, f := range forms {
			if !slices.Contains(got, f) {
				t.Errorf("%s.Forms(%q) = %v, missing %q", p, base[p], got, f)
			}
		}
	}
	if got := ParadigmNone.Forms("diabetes"); len(got) != 0 {
		t.Errorf("ParadigmNone inflects: %v", got)
	}
}

// noStemming: forms a stemmer would conflate are not the same term.
func TestNoStemming(t *testing.T) {
	g := Default()
	for _, s := range []string{"kur", "diabet", "kurser"} {
		if l := g.Lookup(s); l.Found() {
			t.Errorf("Lookup(%q) found %v", s, l.Entries)
		}
	}
}

type span struct {
	text, term string
	pos        Position
	expanded   bool
}

func spans(text string, ms []Match) []span {
	out := make([]span, len(ms))
	for i, m := range ms {
		out[i] = span{text[m.Start:m.End], m.Term, m.Position, m.Expanded}
	}
	return out
}

func hasSpan(ss []span, want span) bool { return slices.Contains(ss, want) }

func TestScanCases(t *testing.T) {
	g := Default()
	tests := []struct {
		name  string
		text  string
		want  []span
		avoid []string // terms that must not be matched
	}{
		{
			name: "coordination og",
			text: "Tilbud om pasient- og pårørendeopplæring.",
			want: []span{
				{"pasient- og pårørendeopplæring", "pasient- og pårørendeopplæring", Word, false},
				{"pasient- og pårørendeopplæring", "pasientopplæring", Word, true},
				{"pårørendeopplæring", "pårørendeopplæring", Word, false},
			},
		},
		{
			name: "coordination list",
			text: "For hjerte-, lunge- og kreftpasienter.",
			want: []span{
				{"hjerte-, lunge- og kreftpasienter", "hjertepasient", Word, true},
				{"lunge- og kreftpasienter", "lungepasient", Word, true},
				{"kreftpasienter", "kreftpasient", Word, false},
				{"hjerte", "hjerte", Modifier, true},
				{"lunge", "lunge", Modifier, true},
			},
		},
		{
			name: "coordination eller and slash",
			text: "Kurs i stress- eller smertemestring, KiD-/KiB-kurs og pasient-/pårørendeskoler.",
			want: []span{
				{"stress- eller smertemestring", "stressmestring", Word, true},
				{"smertemestring", "smertemestring", Word, false},
				{"pasient-/pårørendeskoler", "pasientskole", Word, true},
			},
		},
		{
			name: "nynorsk coordination",
			text: "Lærings- og meistringstilbod for pasientar og pårørande.",
			want: []span{
				{"Lærings- og meistringstilbod", "lærings- og meistringstilbod", Word, false},
				{"Lærings- og meistringstilbod", "læringstilbod", Word, true},
				{"pasientar", "pasient", Word, false},
				{"pårørande", "pårørande", Word, false},
			},
		},
		{
			name: "compound head and modifier",
			text: "Stressmestringsgruppa og diabeteskurset.",
			want: []span{
				{"Stressmestringsgruppa", "stressmestringsgruppe", Word, false},
				{"Stressmestring", "stressmestring", Modifier, false},
				{"gruppa", "gruppe", Head, false},
				{"diabetes", "diabetes", Modifier, false},
				{"kurset", "kurs", Head, false},
			},
		},
		{
			name: "hyphenated compound",
			text: "Meld deg på KiD-kurset.",
			want: []span{
				{"KiD", "KiD", Modifier, false},
				{"kurset", "kurs", Head, false},
			},
		},
		{
			name:  "case-sensitive abbreviations",
			text:  "Et smil og en kid. Kid Creole. KID-nummer. lms og ms.",
			avoid: []string{"SMIL", "KiD", "LMS", "MS"},
		},
		{
			name: "abbreviations",
			text: "SMIL ved LMS i Helse Vest, kurs for MS og KiB.",
			want: []span{
				{"SMIL", "SMIL", Word, false},
				{"LMS", "LMS", Word, false},
				{"Helse Vest", "Helse Vest", Word, false},
				{"MS", "MS", Word, false},
				{"KiB", "KiB", Word, false},
			},
		},
		{
			name:  "guards inside other words",
			text:  "Omsorg for foreldre etter konkurs; målgruppe og aldersgruppe; ekskursjon; krefter; hjertelig velkommen; samarbeid.",
			avoid: []string{"sorg", "eldre", "kurs", "gruppe", "kreft", "hjerte", "arbeid"},
		},
		{
			name:  "ordinary text",
			text:  "Barnehagen og kulturskolen får mer. Vi bruker tid. Teamsene jobber. Målgruppen er ansatte. Smil! Kid Creole.",
			avoid: []string{"skole", "bruker", "brukere", "Teams", "jobb", "gruppe", "SMIL", "KiD"},
		},
		{
			name: "case, NFD and dashes",
			text: "LÆRINGS- OG MESTRINGSTILBUDET og pa\u030arørende og Pasient\u2010 og pårørendeopplæring",
			want: []span{
				{"LÆRINGS- OG MESTRINGSTILBUDET", "lærings- og mestringstilbud", Word, false},
				{"pa\u030arørende", "pårørende", Word, false},
				{"Pasient\u2010 og pårørendeopplæring", "pasientopplæring", Word, true},
			},
		},
		{
			name: "white space and soft hyphen",
			text: "diabetes\n  type 2 og pårø\u00adrende",
			want: []span{
				{"diabetes\n  type 2", "diabetes type 2", Word, false},
				{"pårø\u00adrende", "pårørende", Word, false},
			},
		},
		{
			name: "facets in lay words",
			text: "Digitalt nettkurs på Zoom for foreldre til barn med sukkersyke, tolk og teleslynge, brukermedvirkning.",
			want: []span{
				{"Digitalt", "digitalt", Word, false},
				{"nettkurs", "nettkurs", Word, false},
				{"Zoom", "Zoom", Word, false},
				{"foreldre til barn med", "foreldre til barn med", Word, false},
				{"sukkersyke", "sukkersyke", Word, false},
				{"tolk", "tolk", Word, false},
				{"teleslynge", "teleslynge", Word, false},
				{"brukermedvirkning", "brukermedvirkning", Word, false},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := spans(tt.text, g.Scan(tt.text))
			for _, w := range tt.want {
				if !hasSpan(got, w) {
					t.Errorf("missing %+v\ngot %+v", w, got)
				}
			}
			for _, a := range tt.avoid {
				for _, s := range got {
					if s.term == a {
						t.Errorf("matched %q as %+v", a, s)
					}
				}
			}
		})
	}
}

// TestEveryFormScans checks every form of every entry in running text: it
// is found with the entry's senses, with offsets that cut out exactly the
// form.
func TestEveryFormScans(t *testing.T) {
	g := Default()
	var dst []Match
	for _, e := range g.Entries() {
		allow := e.AllowedPositions()
		for _, f := range e.Inflect() {
			var text, want string
			switch {
			case allow&Word != 0:
				text, want = "Om "+f+" i dag.", f
			case allow&Modifier != 0:
				text, want = "Om "+f+"kurs i dag.", f
			default: // head only
				text, want = "Om diabetes"+f+" i dag.", f
			}
			start := strings.Index(text, want)
			dst = g.ScanAppend(dst[:0], text)
			ok := false
			for _, m := range dst {
				if m.Start == start && m.End == start+len(want) && containsAll(m.Senses, e.Senses) {
					ok = true
				}
			}
			if !ok {
				t.Errorf("entry %q form %q: not found in %q; got %+v", e.Term, f, text, spans(text, dst))
			}
		}
	}
}

func containsAll(have, want []taxonomy.Ref) bool {
	for _, w := range want {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}

func TestMatchOrderAndSpans(t *testing.T) {
	g := Default()
	b, err := readListings()
	if err != nil {
		t.Fatal(err)
	}
	ms := g.Scan(b)
	if len(ms) < 200 {
		t.Fatalf("only %d matches in the listings", len(ms))
	}
	for i, m := range ms {
		if m.Start < 0 || m.End > len(b) || m.Start >= m.End {
			t.Fatalf("match %d span [%d,%d) outside the text", i, m.Start, m.End)
		}
		if i > 0 && compareMatch(ms[i-1], m) > 0 {
			t.Fatalf("matches %d and %d out of order", i-1, i)
		}
		if !m.Expanded {
			if !g.isFormOf(Normalize(b[m.Start:m.End]), m.Term) {
				t.Errorf("match %q does not normalise to a form of %q", b[m.Start:m.End], m.Term)
			}
		}
	}
}

// isFormOf reports whether n is a normalised form of an entry with term.
func (g *Glossary) isFormOf(n, term string) bool {
	for _, ei := range g.forms[n] {
		if g.entries[ei].Term == term {
			return true
		}
	}
	return false
}

func TestEntriesAndTerms(t *testing.T) {
	g := Default()
	es := g.Entries()
	if len(es) < 500 {
		t.Fatalf("only %d entries", len(es))
	}
	es[0].Senses[0] = taxonomy.Ref{}
	es[0].Term = "changed"
	if g.Entries()[0].Term == "changed" || g.Entries()[0].Senses[0].IsZero() {
		t.Fatal("Entries returns internal data")
	}
	terms := g.Terms(taxonomy.ConceptGroupOffering.Ref())
	kinds := map[Kind]int{}
	for _, e := range terms {
		kinds[e.Kind]++
		if !slices.Contains(e.Senses, taxonomy.ConceptGroupOffering.Ref()) {
			t.Errorf("Terms(group_offering) gave %q without that sense", e.Term)
		}
	}
	for _, k := range []Kind{KindPreferred, KindOfficialSynonym, KindExample, KindHidden} {
		if kinds[k] == 0 {
			t.Errorf("Terms(group_offering) has no %s entry", k)
		}
	}
}

func TestNewExtra(t *testing.T) {
	g, err := New(Entry{
		Term: "kolsgruppe", Lang: taxonomy.NB, Kind: KindSynonym, Paradigm: ParadigmE,
		Senses: refs("condition:copd", "concept:group_offering"), Source: "local",
	}, Entry{
		Term: "mestringskurs", Lang: taxonomy.NB, Kind: KindSynonym, Paradigm: ParadigmNeuter,
		Senses: refs("theme:stress"),
	})
	if err != nil {
		t.Fatal(err)
	}
	ms := g.Scan("Kolsgruppa møtes")
	if len(ms) == 0 || ms[0].Term != "kolsgruppe" || !slices.Contains(ms[0].Senses, taxonomy.ConditionCOPD.Ref()) {
		t.Errorf("Scan with extra entry = %+v", ms)
	}
	if l := g.Lookup("mestringskurs"); !slices.Contains(l.Senses, taxonomy.ThemeStress.Ref()) {
		t.Errorf("extra sense not merged: %v", l.Senses)
	}
	if l := Default().Lookup("kolsgruppe"); l.Found() {
		t.Error("New changed the default glossary")
	}
}

func TestNewErrors(t *testing.T) {
	good := Entry{Term: "kolsgruppe", Lang: taxonomy.NB, Kind: KindSynonym, Senses: refs("condition:copd")}
	tests := []struct {
		name  string
		edit  func(*Entry)
		field string
	}{
		{"empty term", func(e *Entry) { e.Term = "  " }, "term"},
		{"invalid utf8", func(e *Entry) { e.Term = "kols\xff" }, "term"},
		{"no lang", func(e *Entry) { e.Lang = 0 }, "lang"},
		{"no kind", func(e *Entry) { e.Kind = 0 }, "kind"},
		{"no senses", func(e *Entry) { e.Senses = nil }, "senses"},
		{"invalid sense", func(e *Entry) { e.Senses = []taxonomy.Ref{{}} }, "senses"},
		{"duplicate sense", func(e *Entry) { e.Senses = refs("condition:copd", "condition:copd") }, "senses"},
		{"bad paradigm", func(e *Entry) { e.Paradigm = "weird" }, "paradigm"},
		{"bad positions", func(e *Entry) { e.Positions = 64 }, "positions"},
		{"empty form", func(e *Entry) { e.Forms = []string{""} }, "forms"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bad := good
			tt.edit(&bad)
			_, err := New(good, bad)
			var ee *EntryError
			if !errorsAs(err, &ee) {
				t.Fatalf("New: error %v, want *EntryError", err)
			}
			if ee.Index != 1 || ee.Field != tt.field || ee.Term != bad.Term {
				t.Errorf("EntryError = %+v, want index 1, field %q", ee, tt.field)
			}
			if !errorsIs(err, ErrInvalidEntry) {
				t.Error("error does not wrap ErrInvalidEntry")
			}
		})
	}
}
