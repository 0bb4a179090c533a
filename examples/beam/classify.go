package main

import (
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/lmhkit/lmhkit/lmh/harvest"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/classify"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// The worker's classifier, built once per worker process by the first
// classifyFn set up in it, and shared by all: a Classifier is safe for
// concurrent use. classifiersBuilt counts the builds, for the tests.
var (
	workerOnce       sync.Once
	workerClassifier *classify.Classifier
	classifiersBuilt atomic.Int64
)

func theClassifier() *classify.Classifier {
	workerOnce.Do(func() {
		workerClassifier = classify.New()
		classifiersBuilt.Add(1)
	})
	return workerClassifier
}

// classifyFn reads the listings of one page — the same title and text,
// read once or more (see pageKey) — and sends them on. The first copy by
// file and line is read (the choice does not depend on the order the
// runner delivers them in); as every copy has the same title and text,
// what is read from it holds for all. An in-scope page gives one record to
// the first output, keyed by its stable ID (see inScope), naming the other
// copies as its duplicates; an out-of-scope page gives one line per copy
// to the second, {"id":…,"file":…,"line":N,"confidence":…}, the
// confidence being that of the decision.
//
// Its tallies, emitted at the end of each bundle to the third output, count
// the records in_scope, out_of_scope and duplicates (the in-scope copies
// merged into another), and the in-scope records by facet value
// (namespace lmhkit.facet, named "facet:code" as taxonomy.Ref writes it:
// "format:group").
//
// Its state is per DoFn instance, which the SDK gives one bundle at a time.
type classifyFn struct {
	// AsOf (YYYY-MM-DD) and Now (RFC 3339) are the run's readOptions, the
	// same on every worker.
	AsOf string `json:"as_of"`
	Now  string `json:"now"`

	o      readOptions
	c      *classify.Classifier
	t      tallies
	names  map[taxonomy.Ref]string // facet tally names, made on first use
	copies []copyOf
	buf    []byte
}

// copyOf is one copy of a page in a group.
type copyOf struct {
	pos
	ID    string
	HasID bool
}

func newClassifyFn(o readOptions) *classifyFn {
	return &classifyFn{AsOf: o.AsOf.String(), Now: o.Now.Format(time.RFC3339)}
}

func (fn *classifyFn) Setup() error {
	asOf, err := lmh.ParseDate(fn.AsOf)
	if err != nil {
		return err
	}
	now, err := time.Parse(time.RFC3339, fn.Now)
	if err != nil {
		return err
	}
	fn.o = readOptions{AsOf: asOf, Now: now}
	fn.c = theClassifier()
	fn.t = tallies{}
	fn.names = make(map[taxonomy.Ref]string)
	return nil
}

func (fn *classifyFn) FinishBundle(_ func(string, inScopeRecord), _ func(string), emit func(tally)) {
	fn.t.flush(emit)
}

func (fn *classifyFn) ProcessElement(_ string, listings func(*listing) bool, in func(string, inScopeRecord), out func(string), _ func(tally)) {
	var first, l listing
	fn.copies = fn.copies[:0]
	for listings(&l) {
		if len(fn.copies) == 0 || cmpPos(l.pos(), first.pos()) < 0 {
			first = l
		}
		fn.copies = append(fn.copies, copyOf{l.pos(), l.ID, l.HasID})
		l = listing{}
	}
	if len(fn.copies) == 0 {
		return
	}
	slices.SortFunc(fn.copies, func(a, b copyOf) int { return cmpPos(a.pos, b.pos) })
	n := int64(len(fn.copies))
	d := read(fn.c, &first, fn.o)
	if !d.Result.InScope {
		fn.t.add(metricsNamespace, "out_of_scope", n)
		for _, c := range fn.copies {
			fn.buf = appendOutOfScope(fn.buf[:0], &c, d.Result.Confidence.InScope)
			out(string(fn.buf))
		}
		return
	}
	fn.t.add(metricsNamespace, "in_scope", n)
	fn.t.add(metricsNamespace, "duplicates", n-1)
	fn.countFacets(&d.Result, n)
	var dups []pos
	for _, c := range fn.copies[1:] {
		dups = append(dups, c.pos)
	}
	in(inScope(&first, &d, fn.o, dups))
}

// appendOutOfScope appends the out-of-scope line of a copy of a page.
func appendOutOfScope(b []byte, l *copyOf, confidence float64) []byte {
	b = append(b, `{"id":`...)
	if l.HasID {
		b = harvest.AppendJSONString(b, l.ID)
	} else {
		b = append(b, "null"...)
	}
	b = append(b, `,"file":`...)
	b = harvest.AppendJSONString(b, l.File)
	b = append(b, `,"line":`...)
	b = appendInt(b, l.Line)
	b = append(b, `,"confidence":`...)
	b = appendScore(b, confidence)
	return append(b, '}')
}

// countFacets adds n to the tally of every facet value of r.
func (fn *classifyFn) countFacets(r *classify.Result, n int64) {
	for _, ref := range [...]taxonomy.Ref{r.Concept.Ref(), r.Format.Ref(), r.Arena.Ref(),
		r.Delivery.Ref(), r.Scope.Ref(), r.Programme.Ref()} {
		fn.count(ref, n)
	}
	countAll(fn, r.Roles, n)
	countAll(fn, r.AgeGroups, n)
	countAll(fn, r.Methods, n)
	countAll(fn, r.Conditions, n)
	countAll(fn, r.Themes, n)
}

func countAll[C taxonomy.Code](fn *classifyFn, cs []C, n int64) {
	for _, c := range cs {
		fn.count(c.Ref(), n)
	}
}

// count adds n to the tally of a facet value; an unset value has none.
func (fn *classifyFn) count(ref taxonomy.Ref, n int64) {
	if !ref.IsValid() {
		return
	}
	name, ok := fn.names[ref]
	if !ok {
		name = facetNamespace + "/" + ref.String()
		fn.names[ref] = name
	}
	fn.t[name] += n
}

func init() {
	register.DoFn5x0[string, func(*listing) bool, func(string, inScopeRecord), func(string), func(tally)](&classifyFn{})
	register.Emitter2[string, inScopeRecord]()
	register.Iter1[listing]()
}

// appendScore appends a score rounded to three decimals, as harvest's
// Encoder writes confidences.
func appendScore(b []byte, v float64) []byte {
	return strconv.AppendFloat(b, float64(int64(v*1000+0.5))/1000, 'f', -1, 64)
}
