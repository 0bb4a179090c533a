package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/lmh/match"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// runCoverage is 'lmhkit coverage': it answers the planners' equal-access
// question for a catalogue of lærings- og mestringstilbud — for every
// municipality, role and condition or theme, can people reach an offering,
// and how close is it? It prints a summary and, with -out, writes
// coverage.csv (one row per municipality, role and topic) and
// coverage.html (a self-contained page with SVG heat tables of counties ×
// conditions and counties × themes) into that directory; with -county, also
// coverage-NN.html with a row per municipality of that county.
//
//	lmhkit coverage                          # the embedded sample, summary only
//	lmhkit coverage -out /tmp/dekning -lang nn -role patient
//	lmhkit coverage -out /tmp/dekning -county 46
//	lmhkit coverage -catalogue katalog.jsonl -in-person
func runCoverage(e *env, args []string) int {
	fs := e.flags()
	catalogue := fs.String("catalogue", "", "JSON Lines catalogue, \"-\" for standard input (default: the embedded sample)")
	strict := fs.Bool("strict", false, "refuse a catalogue with any invalid offering instead of leaving those out")
	outDir := fs.String("out", "", "directory to write coverage.csv and coverage.html to (created if missing; default: none, summary only)")
	langFlag := fs.String("lang", "nb", "language: nb, nn or en")
	roles := fs.String("role", "", "roles, comma-separated (default: all)")
	date := fs.String("date", "", "count offerings open on this day (YYYY-MM-DD; default today)")
	inPerson := fs.Bool("in-person", false, "count only offerings met in person")
	age := fs.String("age-group", "", "count only offerings for this age group (children, youth, adults, elderly)")
	county := fs.String("county", "", "with -out, also write coverage-NN.html for this county (fylkesnummer), a row per municipality")
	if ok, status := e.parse(fs, args); !ok {
		return status
	}
	if !e.noArgs(fs) {
		return exitUsage
	}
	lang, err := taxonomy.ParseLang(*langFlag)
	if err != nil {
		e.errorf("-lang: %s", clean(err))
		return exitUsage
	}
	day := lmh.DateOf(time.Now())
	if *date != "" {
		if day, err = lmh.ParseDate(*date); err != nil {
			e.errorf("-date: %s", clean(err))
			return exitUsage
		}
	}
	q := match.AccessQuery{Day: day, InPersonOnly: *inPerson}
	for _, s := range split(*roles) {
		r, err := taxonomy.ParseRole(s)
		if err != nil {
			e.errorf("-role: %s", clean(err))
			return exitUsage
		}
		q.Roles = append(q.Roles, r)
	}
	if *age != "" {
		if q.AgeGroup, err = taxonomy.ParseAgeGroup(*age); err != nil {
			e.errorf("-age-group: %s", clean(err))
			return exitUsage
		}
	}
	if *county != "" {
		if _, ok := geo.LookupCounty(*county); !ok {
			e.errorf("-county: %s", [3]string{"ikke et fylkesnummer i 2024-lista", "ikkje eit fylkesnummer i 2024-lista", "not a county number in the 2024 list"}[lang.Index()])
			return exitUsage
		}
		if *outDir == "" {
			e.errorf("-county: %s", [3]string{"trenger -out", "treng -out", "needs -out"}[lang.Index()])
			return exitUsage
		}
	}
	if *outDir != "" {
		// Before anything is written: a directory that cannot be made
		// fails the run with nothing half-printed.
		if err := os.MkdirAll(*outDir, 0o755); err != nil {
			e.errorf("-out: %s", clean(err))
			return exitUsage
		}
	}
	cat, status := e.loadCatalogue(*catalogue, day, *strict, lang)
	if status != exitOK {
		return status
	}
	rep, err := match.EqualAccess(cat, q)
	if err != nil {
		e.errorf("%s", clean(err))
		return exitUsage
	}
	out := e.output()
	summarise(out, rep, len(cat), lang)
	if *outDir == "" {
		return out.close(exitOK)
	}
	files := []struct {
		name  string
		write func(io.Writer) error
	}{
		{"coverage.csv", rep.WriteCSV},
		{"coverage.html", func(w io.Writer) error { return rep.WriteHTML(w, lang) }},
	}
	if *county != "" {
		files = append(files, struct {
			name  string
			write func(io.Writer) error
		}{"coverage-" + *county + ".html", func(w io.Writer) error { return rep.WriteCountyHTML(w, lang, *county) }})
	}
	for _, f := range files {
		path := filepath.Join(*outDir, f.name)
		if err := writeFile(path, f.write); err != nil {
			out.Flush()
			e.errorf("%s", clean(err))
			return exitUsage
		}
		fmt.Fprintf(out, "%s %s\n", words["wrote"][lang.Index()], path)
	}
	return out.close(exitOK)
}

// writeFile creates path and writes it with write, reporting the first
// error of writing or closing.
func writeFile(path string, write func(io.Writer) error) error {
	file, err := os.Create(path)
	if err != nil {
		return err
	}
	err = write(file)
	if cerr := file.Close(); err == nil {
		err = cerr
	}
	return err
}

var words = map[string][3]string{
	"head":    {"Dekning %s: %d tilbud, %d kommuner", "Dekning %s: %d tilbod, %d kommunar", "Coverage %s: %d offerings, %d municipalities"},
	"for":     {"For %s:", "For %s:", "For %s:"},
	"nowhere": {"  diagnoser uten tilbud noe sted (%d av %d): %s", "  diagnosar utan tilbod nokon stad (%d av %d): %s", "  conditions with no offering anywhere (%d of %d): %s"},
	"best":    {"  best dekket: %s", "  best dekt: %s", "  best covered: %s"},
	"region":  {"  %s: %.0f %% av kommune–diagnose-parene har et tilbud, %.0f %% i eget fylke", "  %s: %.0f %% av kommune–diagnose-para har eit tilbod, %.0f %% i eige fylke", "  %s: %.0f%% of municipality–condition pairs have an offering, %.0f%% in their own county"},
	"wrote":   {"skrev", "skreiv", "wrote"},
}

// summarise prints, per role, the conditions nobody can reach, the best
// covered ones, and per health region the share of municipality–condition
// pairs with an offering.
func summarise(w io.Writer, rep *match.AccessReport, n int, l taxonomy.Lang) {
	li := l.Index()
	fmt.Fprintf(w, words["head"][li]+"\n", rep.Day(), n, len(geo.Municipalities()))
	var conds []taxonomy.Ref
	for _, t := range rep.Topics() {
		if t.Facet() == taxonomy.FacetCondition {
			conds = append(conds, t)
		}
	}
	for _, role := range rep.Roles() {
		fmt.Fprintf(w, words["for"][li]+"\n", role.Label(l))
		var nowhere []string
		type scored struct {
			label string
			pct   float64
		}
		var best []scored
		for _, c := range conds {
			s := rep.National(role, c)
			if s.Reachable == 0 {
				nowhere = append(nowhere, c.Label(l))
			} else {
				best = append(best, scored{c.Label(l), s.Percent()})
			}
		}
		fmt.Fprintf(w, words["nowhere"][li]+"\n", len(nowhere), len(conds), strings.Join(nowhere, ", "))
		slices.SortStableFunc(best, func(a, b scored) int {
			switch {
			case a.pct > b.pct:
				return -1
			case a.pct < b.pct:
				return 1
			}
			return 0
		})
		var top []string
		for _, b := range best[:min(5, len(best))] {
			top = append(top, b.label+" "+percent(b.pct, l))
		}
		fmt.Fprintf(w, words["best"][li]+"\n", strings.Join(top, ", "))
		for _, hr := range geo.HealthRegions() {
			var reach, local, total int
			for _, c := range conds {
				s := rep.Region(hr, role, c)
				reach += s.Reachable
				local += s.Local
				total += s.Municipalities
			}
			fmt.Fprintf(w, words["region"][li]+"\n", hr.Name(), pct(reach, total), pct(local, total))
		}
	}
}

// percent writes a share for people: whole percents, but a share under
// one percent with a decimal, so a small share never reads as "0 %".
func percent(p float64, l taxonomy.Lang) string {
	s := fmt.Sprintf("%.0f", p)
	if p > 0 && p < 1 {
		s = fmt.Sprintf("%.1f", p)
		if l != taxonomy.EN {
			s = strings.Replace(s, ".", ",", 1)
		}
	}
	if l == taxonomy.EN {
		return s + "%"
	}
	return s + " %"
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}
