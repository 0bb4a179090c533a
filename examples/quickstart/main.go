// Command quickstart shows lmhkit's main job end to end on the embedded data:
// the vocabulary, a lookup, a validation, a classification and a match.
//
//	go run ./examples/quickstart
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/lmhkit/lmhkit/lmh/classify"
	"github.com/lmhkit/lmhkit/lmh/match"

	"github.com/lmhkit/lmhkit/glossary"
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
)

func main() {
	if status, done := parseArgs(os.Args[1:], os.Stdout, os.Stderr); done {
		os.Exit(status)
	}
	if err := run(os.Stdout, lmh.DateOf(time.Now())); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

// parseArgs handles the command line like any Unix tool's: the tour takes
// no flags or arguments, -h prints the usage (exit 0), and anything else is
// a usage error (exit 2). done is false when the tour should run.
func parseArgs(args []string, stdout, stderr io.Writer) (status int, done bool) {
	fs := flag.NewFlagSet("quickstart", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		if _, err := fmt.Fprint(stdout, "usage: quickstart\n\nPrints a tour of lmhkit on the embedded data: the vocabulary, a lookup,\n"+
			"a validation, a classification and a match. It takes no flags.\n"); err != nil {
			fmt.Fprintln(stderr, "quickstart:", err) // a full disk, a closed pipe
			return 2, true
		}
		return 0, true
	case err != nil:
		fmt.Fprintf(stderr, "quickstart: %v (run 'quickstart -h' for usage)\n", err)
		return 2, true
	case fs.NArg() > 0:
		fmt.Fprintln(stderr, "quickstart: takes no arguments (run 'quickstart -h' for usage)")
		return 2, true
	}
	return 0, false
}

// out is where the tour prints: standard output, or a test's buffer. It
// remembers the first write error (a full disk, a closed pipe), which
// fmt.Fprintf's callers here do not check one by one.
var out = &errWriter{w: os.Stdout}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

// run prints the tour, with the sample catalogue laid out around today.
func run(w io.Writer, today lmh.Date) error {
	out = &errWriter{w: w}
	vocabulary()
	if err := lookups(); err != nil {
		return err
	}
	if err := validation(); err != nil {
		return err
	}
	classification()
	if err := matching(today); err != nil {
		return err
	}
	return out.err
}

func vocabulary() {
	section("1. The vocabulary (taxonomy " + taxonomy.Version + ")")
	for _, f := range taxonomy.Facets() {
		fmt.Fprintf(out, "  %-14s %-20s %3d codes\n", f, f.Label(taxonomy.NB), f.Len())
	}
}

func lookups() error {
	section("2. Lookups: codes, ICD-10 and the official terms")
	role := taxonomy.RoleNextOfKin
	fmt.Fprintf(out, "  role %q: nb %q, nn %q, en %q\n", role, role.Label(taxonomy.NB), role.Label(taxonomy.NN), role.Label(taxonomy.EN))
	for _, code := range []string{"F32.1", "E11.9", "J44.1"} {
		c, ok := taxonomy.ConditionFor(taxonomy.ICD10, code)
		if !ok {
			return fmt.Errorf("no condition for ICD-10 %s", code)
		}
		fmt.Fprintf(out, "  ICD-10 %-6s → %-15s (%s; under: %v)\n", code, c, c.Label(taxonomy.NB), c.Ancestors())
	}
	for _, term := range []string{"mestringskurs", "meistringskurset", "pasient- og pårørendeopplæring"} {
		l := glossary.Default().Lookup(term)
		fmt.Fprintf(out, "  %q → %v (ambiguous: %v)\n", term, l.Senses, l.Ambiguous)
	}
	return nil
}

func validation() error {
	section("3. Validation of an offering")
	o := lmh.SampleCatalogue()[0]
	fmt.Fprintf(out, "  %q validates: %v\n", o.Name, lmh.ValidateOffering(&o) == nil)

	// Break it the way real data breaks: a group of one, no place, a bad
	// organisation number.
	o.Frames.Capacity.Max = 1
	o.Format = taxonomy.FormatGroup
	o.Delivery = taxonomy.DeliveryInPerson
	o.Coverage = lmh.Coverage{}
	o.Place.Municipality = ""
	o.Provider.OrganisationNumber = "123456789"
	err := lmh.ValidateOffering(&o)
	var verr *lmh.ValidationError
	if !errors.As(err, &verr) {
		return fmt.Errorf("expected a validation error, got %v", err)
	}
	for _, p := range verr.Problems {
		fmt.Fprintf(out, "  %-32s %-24s %s\n", p.Field, p.Rule, p.Message(taxonomy.NB))
	}
	return nil
}

func classification() {
	section("4. Classification of a course listing")
	title := "Meistringskurs for pårørande til personar med demens"
	text := "Lærings- og meistringssenteret ved Helse Førde HF inviterer pårørande til kurs over fire kveldar. " +
		"Undervisning om demens, rettar og hjelpemiddel, og erfaringsutveksling med andre i same situasjon. Kurset er gratis."
	c := classify.Listing(title, text)
	fmt.Fprintf(out, "  %q\n", title)
	fmt.Fprintf(out, "  in scope %v; concept %s; format %s; arena %s; delivery %s\n", c.InScope, orNone(c.Concept), orNone(c.Format), orNone(c.Arena), orNone(c.Delivery))
	fmt.Fprintf(out, "  roles %v; conditions %v; themes %v; methods %v\n", c.Roles, c.Conditions, c.Themes, c.Methods)
	shown := 0
	for _, e := range c.Evidence {
		if e.Facet == taxonomy.FacetRole || e.Facet == taxonomy.FacetCondition || e.Facet == taxonomy.FacetArena {
			part, where := text, "text"
			if e.Part == classify.PartTitle {
				part, where = title, "title"
			}
			fmt.Fprintf(out, "  evidence: %-22s ← %-5s %q (rule %s)\n", e.Value, where, part[e.Start:e.End], e.Basis)
			if shown++; shown == 4 {
				break
			}
		}
	}
	neg := classify.Text("Ledig stilling: sykepleier ved lærings- og mestringssenteret, 100 % fast stilling.")
	fmt.Fprintf(out, "  a job advert is in scope: %v\n", neg.InScope)
}

func matching(today lmh.Date) error {
	section("5. Matching a person's needs to offerings")
	catalogue := lmh.SampleCatalogueOn(today)
	m, err := match.New(catalogue, match.On(today))
	if err != nil {
		return err
	}
	// What a case worker types for a person. A Need is health data: lmhkit
	// never logs it or puts its values in errors or String output.
	need := lmh.Need{FreeText: "pårørende til mor med demens, bor på Voss, vil helst ha kurs på kveldstid"}
	results, err := m.Match(need, match.Limit(3))
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "  need: %q\n", need.FreeText)
	for _, r := range results {
		fmt.Fprintf(out, "\n  %d. %s  [%s, score %.2f]\n", r.Rank, r.Offering.Name, r.Confidence.Label(taxonomy.NB), r.Score)
		for _, why := range r.Reasons {
			if why.Fit == match.FitUnknown {
				continue
			}
			fmt.Fprintf(out, "     – %s\n", why.Text(taxonomy.NB))
		}
	}

	// Why was an offering left out? Explain says, criterion by criterion.
	for i := range catalogue {
		o := &catalogue[i]
		if o.Programme != taxonomy.ProgrammeKiD {
			continue
		}
		r, err := m.Explain(need, o)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "\n  Why not %q?\n", o.Name)
		for _, why := range r.Failed() {
			fmt.Fprintf(out, "     – %s\n", why.Text(taxonomy.NB))
		}
		break
	}
	return nil
}

// orNone prints a facet's value, or "(not stated)" for the zero value,
// which prints as nothing: the listing gave no evidence for the facet.
func orNone(v fmt.Stringer) string {
	if s := v.String(); s != "" {
		return s
	}
	return "(not stated)"
}

func section(title string) {
	fmt.Fprintf(out, "\n%s\n%s\n", title, strings.Repeat("─", len([]rune(title))))
}
