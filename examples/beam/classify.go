package main

import (
	"context"
	"sync"
	"sync/atomic"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/lmhkit/lmhkit/lmh/classify"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// The classifier's counters: one per outcome (namespace lmhkit), and one
// per facet value of the in-scope records (namespace lmhkit.facet, named
// "facet:code" as taxonomy.Ref writes it, "format:group").
var (
	inScopeCount    = beam.NewCounter(metricsNamespace, "in_scope")
	outOfScopeCount = beam.NewCounter(metricsNamespace, "out_of_scope")
)

const facetNamespace = metricsNamespace + ".facet"

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

// classifyFn classifies a listing and sends it on: an in-scope one, keyed
// by its stable ID, to the first output as its in-scope record (see
// reading.go); an out-of-scope one to the second as
// {"id":…,"file":…,"line":N,"confidence":…}, the confidence being that of
// the decision.
//
// Its state is per DoFn instance, which the SDK gives one bundle at a time.
type classifyFn struct {
	c      *classify.Classifier
	facets map[taxonomy.Ref]beam.Counter // counters by facet value, made on first use
	buf    []byte
}

func (fn *classifyFn) Setup() {
	fn.c = theClassifier()
	fn.facets = make(map[taxonomy.Ref]beam.Counter)
}

func (fn *classifyFn) ProcessElement(ctx context.Context, l listing, in func(string, inScopeRecord), out func(string)) {
	r := read(fn.c, &l)
	if !r.Result.InScope {
		outOfScopeCount.Inc(ctx, 1)
		fn.buf = appendOutOfScope(fn.buf[:0], &l, &r.Result)
		out(string(fn.buf))
		return
	}
	inScopeCount.Inc(ctx, 1)
	fn.countFacets(ctx, &r.Result)
	id, rec := r.inScopeRecord(&l)
	in(id, rec)
}

// appendOutOfScope appends the out-of-scope line of a listing.
func appendOutOfScope(b []byte, l *listing, r *classify.Result) []byte {
	b = append(b, `{"id":`...)
	if l.HasID {
		b = appendJSONString(b, l.ID)
	} else {
		b = append(b, "null"...)
	}
	b = append(b, `,"file":`...)
	b = appendJSONString(b, l.File)
	b = append(b, `,"line":`...)
	b = appendInt(b, l.Line)
	b = append(b, `,"confidence":`...)
	b = appendScore(b, r.Confidence.InScope)
	return append(b, '}')
}

// countFacets adds one to the counter of every facet value of r.
func (fn *classifyFn) countFacets(ctx context.Context, r *classify.Result) {
	for _, ref := range [...]taxonomy.Ref{r.Concept.Ref(), r.Format.Ref(), r.Arena.Ref(),
		r.Delivery.Ref(), r.Scope.Ref(), r.Programme.Ref()} {
		fn.count(ctx, ref)
	}
	countAll(fn, ctx, r.Roles)
	countAll(fn, ctx, r.AgeGroups)
	countAll(fn, ctx, r.Methods)
	countAll(fn, ctx, r.Conditions)
	countAll(fn, ctx, r.Themes)
}

func countAll[C taxonomy.Code](fn *classifyFn, ctx context.Context, cs []C) {
	for _, c := range cs {
		fn.count(ctx, c.Ref())
	}
}

// count adds one to the counter of a facet value; an unset value has none.
func (fn *classifyFn) count(ctx context.Context, ref taxonomy.Ref) {
	if !ref.IsValid() {
		return
	}
	ctr, ok := fn.facets[ref]
	if !ok {
		ctr = beam.NewCounter(facetNamespace, ref.String())
		fn.facets[ref] = ctr
	}
	ctr.Inc(ctx, 1)
}

func init() {
	register.DoFn4x0[context.Context, listing, func(string, inScopeRecord), func(string)](&classifyFn{})
	register.Emitter2[string, inScopeRecord]()
}
