package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// loadCatalogue reads the catalogue named by a -catalogue flag ("-" for
// standard input; "" for the embedded sample laid out around day) with
// lmh.LoadCatalogue, which validates every offering. A catalogue that
// cannot be read, or has a line that cannot be decoded, is a usage error:
// each such line is reported with its field. Offerings that decode but are
// invalid are reported and left out, or refuse the catalogue with strict.
// It returns the good offerings, or a status other than exitOK.
func (e *env) loadCatalogue(name string, day lmh.Date, strict bool, l taxonomy.Lang) ([]lmh.Offering, int) {
	if name == "" {
		return lmh.SampleCatalogueOn(day), exitOK
	}
	r, err := e.open(name)
	if err != nil {
		e.errorf("-catalogue: %s", clean(err))
		return nil, exitUsage
	}
	defer r.Close()
	cat, err := lmh.LoadCatalogue(r)
	var ce *lmh.CatalogueError
	if err != nil && !errors.As(err, &ce) {
		e.errorf("-catalogue: %s: %s", name, clean(err))
		return nil, exitUsage
	}
	unreadable := 0
	if ce != nil {
		for _, rej := range ce.Rejected {
			var de *lmh.DecodeError
			var ve *lmh.ValidationError
			switch {
			case errors.As(rej.Err, &de):
				unreadable++
				e.errorf("%s:%d: %s: %s", name, rej.Line, orWhole(de.Path, l), decodeMessage(de, l))
			case errors.As(rej.Err, &ve):
				for _, p := range ve.Problems {
					e.errorf("%s:%d: %s: %s [%s]", name, rej.Line, orWhole(p.Field, l), p.Message(l), p.Rule)
				}
			default:
				e.errorf("%s:%d: %s", name, rej.Line, clean(rej.Err))
			}
		}
	}
	switch {
	case unreadable > 0:
		e.errorf("%s", fmt.Sprintf(catalogueMsg["unreadable"][l.Index()], name, unreadable))
		return nil, exitUsage
	case ce != nil && strict:
		e.errorf("%s", fmt.Sprintf(catalogueMsg["strict"][l.Index()], name, len(ce.Rejected)))
		return nil, exitUsage
	case ce != nil:
		e.errorf("%s", fmt.Sprintf(catalogueMsg["left out"][l.Index()], name, len(ce.Rejected)))
	}
	if len(cat) == 0 {
		e.errorf("%s", fmt.Sprintf(catalogueMsg["empty"][l.Index()], name))
		return nil, exitUsage
	}
	return cat, exitOK
}

var catalogueMsg = map[string][3]string{
	"unreadable": {"%s: %d linjer kan ikke leses; rett dem først", "%s: %d liner kan ikkje lesast; rett dei først", "%s: %d lines cannot be read; correct them first"},
	"strict":     {"%s: %d ugyldige tilbud (-strict)", "%s: %d ugyldige tilbod (-strict)", "%s: %d invalid offerings (-strict)"},
	"left out":   {"%s: %d ugyldige tilbud er utelatt", "%s: %d ugyldige tilbod er utelatne", "%s: %d invalid offerings left out"},
	"empty":      {"%s: ingen gyldige tilbud", "%s: ingen gyldige tilbod", "%s: no valid offering"},
}

// decodeMessage is de.Message without the library's prefixes, which its
// English fallback ("invalid value: lmh: …") carries.
func decodeMessage(de *lmh.DecodeError, l taxonomy.Lang) string {
	return strings.ReplaceAll(de.Message(l), "lmh: ", "")
}

// orWhole names a field path, or the whole record when the path is empty.
func orWhole(path string, l taxonomy.Lang) string {
	if path == "" {
		return [3]string{"(hele linja)", "(heile lina)", "(whole line)"}[l.Index()]
	}
	return path
}
