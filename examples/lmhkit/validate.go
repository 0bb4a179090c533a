package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// runValidate is 'lmhkit validate': it checks a catalogue of lærings- og
// mestringstilbud in JSON Lines form — one offering per line — and prints
// every problem with its line and JSON field path, in Bokmål, Nynorsk or
// English, then a count. It exits 1 if any offering is invalid or cannot
// be read.
//
//	lmhkit validate                    # the embedded sample catalogue
//	lmhkit validate -lang en katalog.jsonl
//	cat katalog.jsonl | lmhkit validate -
//	lmhkit validate -isf               # also report the ISF check
func runValidate(e *env, args []string) int {
	fs := e.flags()
	langFlag := fs.String("lang", "nb", "language of messages: nb, nn or en")
	isf := fs.Bool("isf", false, "also report, per valid offering, whether it qualifies for ISF")
	if ok, status := e.parse(fs, args); !ok {
		return status
	}
	lang, err := taxonomy.ParseLang(*langFlag)
	if err != nil {
		e.errorf("-lang: %s", clean(err))
		return exitUsage
	}
	if fs.NArg() > 1 {
		e.errorf("one catalogue at a time (run '%s -h' for usage)", e.name)
		return exitUsage
	}
	var in io.Reader = bytes.NewReader(lmh.SampleCatalogueJSONL())
	name := "sample"
	if fs.NArg() == 1 {
		name = fs.Arg(0)
		r, err := e.open(name)
		if err != nil {
			e.errorf("%s", clean(err))
			return exitUsage
		}
		defer r.Close()
		in = r
	}

	out := e.output()
	total, bad := 0, 0
	for entry, err := range lmh.Entries(in) {
		if err != nil {
			var de *lmh.DecodeError
			if !errors.As(err, &de) {
				out.Flush()
				e.errorf("%s: %s", name, clean(err))
				return exitUsage
			}
			total++
			bad++
			fmt.Fprintf(out, "%s:%d: %s: %s\n", name, entry.Line, orWhole(de.Path, lang), decodeMessage(de, lang))
			continue
		}
		total++
		if err := lmh.ValidateOffering(&entry.Offering); err != nil {
			bad++
			var verr *lmh.ValidationError
			if !errors.As(err, &verr) {
				fmt.Fprintf(out, "%s:%d: %s\n", name, entry.Line, clean(err))
				continue
			}
			for _, p := range verr.Problems {
				fmt.Fprintf(out, "%s:%d: %s: %s [%s]\n", name, entry.Line, orWhole(p.Field, lang), p.Message(lang), p.Rule)
			}
			continue
		}
		if *isf {
			r := lmh.CheckISF(&entry.Offering)
			if r.Qualifies() {
				fmt.Fprintf(out, "%s:%d: ISF: %s\n", name, entry.Line, isfYes[lang.Index()])
			}
			for _, f := range r.Findings {
				if !f.Met {
					fmt.Fprintf(out, "%s:%d: ISF %s: %s\n", name, entry.Line, f.Criterion, f.Reason(lang))
				}
			}
		}
	}
	fmt.Fprintf(out, validateSummary[lang.Index()], total, bad)
	status := exitOK
	if bad > 0 {
		status = exitNegative
	}
	return out.close(status)
}

var (
	isfYes          = [3]string{"oppfyller alle kriteriene", "oppfyller alle kriteria", "meets every criterion"}
	validateSummary = [3]string{"%d tilbud lest, %d ugyldige\n", "%d tilbod lesne, %d ugyldige\n", "%d offerings read, %d invalid\n"}
)
