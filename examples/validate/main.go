// Command validate checks a catalogue of lærings- og mestringstilbud in
// JSON Lines form — one offering per line — and prints every problem with
// its line and JSON field path, in Bokmål, Nynorsk or English. It exits 1
// if any offering is invalid or unreadable, 2 on bad usage.
//
//	go run ./examples/validate                    # the embedded sample catalogue
//	go run ./examples/validate -lang en katalog.jsonl
//	cat katalog.jsonl | go run ./examples/validate -
//	go run ./examples/validate -isf               # also report the ISF check
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	langFlag := fs.String("lang", "nb", "language of messages: nb, nn or en")
	isf := fs.Bool("isf", false, "also report, per valid offering, whether it qualifies for ISF")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: validate [-lang nb|nn|en] [-isf] [catalogue.jsonl | -]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	lang, err := taxonomy.ParseLang(*langFlag)
	if err != nil {
		fmt.Fprintln(stderr, "validate:", err)
		return 2
	}
	if fs.NArg() > 1 {
		fs.Usage()
		return 2
	}
	var in io.Reader = bytes.NewReader(lmh.SampleCatalogueJSONL())
	name := "sample"
	if fs.NArg() == 1 {
		name = fs.Arg(0)
		if name == "-" {
			in = stdin
		} else {
			f, err := os.Open(name)
			if err != nil {
				fmt.Fprintln(stderr, "validate:", err)
				return 2
			}
			defer f.Close()
			in = f
		}
	}

	total, bad := 0, 0
	for e, err := range lmh.Entries(in) {
		total++
		if err != nil {
			bad++
			var de *lmh.DecodeError
			if errors.As(err, &de) {
				fmt.Fprintf(stdout, "%s:%d: %s: %s\n", name, de.Line, orDoc(de.Path, lang), de.Message(lang))
			} else {
				fmt.Fprintf(stdout, "%s:%d: %v\n", name, e.Line, err)
			}
			continue
		}
		if err := lmh.ValidateOffering(&e.Offering); err != nil {
			bad++
			var verr *lmh.ValidationError
			if !errors.As(err, &verr) {
				fmt.Fprintf(stdout, "%s:%d: %v\n", name, e.Line, err)
				continue
			}
			for _, p := range verr.Problems {
				fmt.Fprintf(stdout, "%s:%d: %s: %s [%s]\n", name, e.Line, orDoc(p.Field, lang), p.Message(lang), p.Rule)
			}
			continue
		}
		if *isf {
			r := lmh.CheckISF(&e.Offering)
			if r.Qualifies() {
				fmt.Fprintf(stdout, "%s:%d: ISF: %s\n", name, e.Line, yes[lang])
			}
			for _, f := range r.Findings {
				if !f.Met {
					fmt.Fprintf(stdout, "%s:%d: ISF %s: %s\n", name, e.Line, f.Criterion, f.Reason(lang))
				}
			}
		}
	}
	fmt.Fprintf(stdout, summary[lang], total, bad)
	if bad > 0 {
		return 1
	}
	return 0
}

func orDoc(path string, l taxonomy.Lang) string {
	if path == "" {
		return wholeRecord[l]
	}
	return path
}

var (
	wholeRecord = map[taxonomy.Lang]string{taxonomy.NB: "(hele linja)", taxonomy.NN: "(heile lina)", taxonomy.EN: "(whole line)"}
	yes         = map[taxonomy.Lang]string{taxonomy.NB: "oppfyller alle kriteriene", taxonomy.NN: "oppfyller alle kriteria", taxonomy.EN: "meets every criterion"}
	summary     = map[taxonomy.Lang]string{
		taxonomy.NB: "%d tilbud lest, %d ugyldige\n",
		taxonomy.NN: "%d tilbod lesne, %d ugyldige\n",
		taxonomy.EN: "%d offerings read, %d invalid\n",
	}
)
