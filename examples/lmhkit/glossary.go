package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/lmhkit/lmhkit/glossary"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// runGlossary is 'lmhkit glossary': it looks terms up in the lmhkit
// glossary, finds them in text and suggests terms as one types.
//
//	lmhkit glossary mestringskurs                 # the senses of a term
//	echo "KiD-kurset ved LMS" | lmhkit glossary -scan
//	lmhkit glossary -scan side.txt                # "-" is standard input
//	lmhkit glossary -search -lang nn meistr       # autocomplete
//
// A lookup exits with status 1 if a term is not in the glossary.
func runGlossary(e *env, args []string) int {
	fs := e.flags()
	scan := fs.Bool("scan", false, "read text from the files named (default standard input) and print every match, one per line")
	search := fs.Bool("search", false, "print the best terms for the arguments as a prefix or with typos")
	langFlag := fs.String("lang", "", "with -search: only terms in this language (nb, nn, en)")
	limit := fs.Int("limit", 10, "with -search: at most this many terms (0 for all)")
	if ok, status := e.parse(fs, args); !ok {
		return status
	}
	if *scan && *search {
		e.errorf("-scan and -search exclude each other")
		return exitUsage
	}
	if *langFlag != "" && !*search {
		e.errorf("-lang goes with -search")
		return exitUsage
	}
	g := glossary.Default()
	switch {
	case *scan:
		files := fs.Args()
		if len(files) == 0 {
			files = []string{"-"}
		}
		out := e.output()
		for _, name := range files {
			r, err := e.open(name)
			if err != nil {
				out.Flush()
				e.errorf("%s", clean(err))
				return exitUsage
			}
			err = scanText(g, r, out)
			r.Close()
			if err != nil {
				out.Flush()
				e.errorf("%s: %s", name, clean(err))
				return exitUsage
			}
		}
		return out.close(exitOK)
	case *search:
		var lang taxonomy.Lang
		if *langFlag != "" {
			l, err := taxonomy.ParseLang(*langFlag)
			if err != nil {
				e.errorf("-lang: %s", clean(err))
				return exitUsage
			}
			lang = l
		}
		if fs.NArg() == 0 {
			e.errorf("-search needs a prefix (run '%s -h' for usage)", e.name)
			return exitUsage
		}
		if *limit < 0 {
			e.errorf("-limit: want 0 (all) or more")
			return exitUsage
		}
		out := e.output()
		for _, h := range g.Search(strings.Join(fs.Args(), " "), lang, *limit) {
			fmt.Fprintf(out, "%s\t%s\t%s\t%s\t%s\n", h.Entry.Term, h.Entry.Lang, h.Entry.Kind, refList(h.Entry.Senses), h.How)
		}
		return out.close(exitOK)
	}
	if fs.NArg() == 0 {
		e.errorf("no term to look up (run '%s -h' for usage)", e.name)
		return exitUsage
	}
	out := e.output()
	status := exitOK
	for _, term := range fs.Args() {
		if !lookup(g, term, out) {
			status = exitNegative
		}
	}
	return out.close(status)
}

// lookup prints the senses and entries of term and reports whether it was
// found.
func lookup(g *glossary.Glossary, term string, w io.Writer) bool {
	l := g.Lookup(term)
	if !l.Found() {
		fmt.Fprintf(w, "%s: not in the glossary\n", term)
		return false
	}
	note := ""
	if l.Ambiguous {
		note = " (ambiguous: two senses in one facet)"
	}
	fmt.Fprintf(w, "%s: %d sense(s)%s\n", term, len(l.Senses), note)
	for _, s := range l.Senses {
		fmt.Fprintf(w, "  %-34s %s / %s\n", s, s.Label(taxonomy.NB), s.Label(taxonomy.EN))
	}
	fmt.Fprintln(w, "entries:")
	for _, e := range l.Entries {
		fmt.Fprintf(w, "  %-34s %s  %-16s %s  source %s\n", e.Term, e.Lang, e.Kind, refList(e.Senses), e.Source)
	}
	return true
}

// scanText prints the matches of the whole input, one per line, tab
// separated: start, end (byte offsets), the text, the term, position, kind,
// language, senses and flags.
func scanText(g *glossary.Glossary, r io.Reader, w io.Writer) error {
	b, err := io.ReadAll(io.LimitReader(r, 64<<20+1))
	if err != nil {
		return err
	}
	if len(b) > 64<<20 {
		return errors.New("input larger than 64 MiB")
	}
	text := string(b)
	for _, m := range g.Scan(text) {
		var flags []string
		if m.Ambiguous {
			flags = append(flags, "ambiguous")
		}
		if m.Expanded {
			flags = append(flags, "expanded")
		}
		fmt.Fprintf(w, "%d\t%d\t%q\t%s\t%s\t%s\t%s\t%s\t%s\n", m.Start, m.End, text[m.Start:m.End],
			m.Term, m.Position, m.Kind, m.Lang, refList(m.Senses), strings.Join(flags, ","))
	}
	return nil
}

func refList(rs []taxonomy.Ref) string {
	s := make([]string, len(rs))
	for i, r := range rs {
		s[i] = r.String()
	}
	return strings.Join(s, ",")
}
