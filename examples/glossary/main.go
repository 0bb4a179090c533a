// Command glossary looks terms up in the lmhkit glossary, finds them in text
// and suggests terms as one types.
//
//	go run ./examples/glossary mestringskurs            # the senses of a term
//	echo "KiD-kurset ved LMS" | go run ./examples/glossary -scan
//	go run ./examples/glossary -search -lang nn meistr  # autocomplete
//
// A lookup exits with status 1 if a term is not in the glossary.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/lmhkit/lmhkit/glossary"
	"github.com/lmhkit/lmhkit/taxonomy"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("glossary", flag.ContinueOnError)
	fs.SetOutput(stderr)
	scan := fs.Bool("scan", false, "read text from standard input and print every match, one per line")
	search := fs.Bool("search", false, "print the best terms for the arguments as a prefix or with typos")
	langFlag := fs.String("lang", "", "with -search: only terms in this language (nb, nn, en)")
	limit := fs.Int("limit", 10, "with -search: at most this many terms")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: glossary TERM...  |  glossary -scan < text  |  glossary -search [-lang nb] PREFIX")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	g := glossary.Default()
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	switch {
	case *scan:
		if err := scanText(g, stdin, out); err != nil {
			fmt.Fprintln(stderr, "glossary:", err)
			return 1
		}
		return 0
	case *search:
		var lang taxonomy.Lang
		if *langFlag != "" {
			l, err := taxonomy.ParseLang(*langFlag)
			if err != nil {
				fmt.Fprintln(stderr, "glossary:", err)
				return 2
			}
			lang = l
		}
		for _, h := range g.Search(strings.Join(fs.Args(), " "), lang, *limit) {
			fmt.Fprintf(out, "%s\t%s\t%s\t%s\t%s\n", h.Entry.Term, h.Entry.Lang, h.Entry.Kind, refList(h.Entry.Senses), h.How)
		}
		return 0
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	status := 0
	for _, term := range fs.Args() {
		if !lookup(g, term, out) {
			status = 1
		}
	}
	return status
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
