package main

import (
	"context"
	"reflect"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// A tally is one figure of the run — a count, or a minimum or maximum —
// that a step carries to the end of the pipeline as data, beside its
// output. One step there (reportFn) adds them up and publishes the sums
// as the pipeline's counters, from one bundle.
//
// Why not beam.Counter in every step: Prism (v2.78.0) drops counter
// values. A runner learns a metric's short ID on its first report; until
// then it keeps the reports of unknown IDs in a map by short ID, so when
// two bundles of a step report a new metric at nearly the same moment,
// the second report replaces the first. In this pipeline that lost a
// third of written_in_scope in one test run under -race. The check that
// nothing was dropped must not rest on figures the runner may drop, so
// they travel as data, which no runner may drop.
type tally struct {
	Name string // "namespace/name"; a name ending in _min or _max is a minimum or maximum, else a sum
	N    int64
}

// tallies collects the tallies of one DoFn instance.
type tallies map[string]int64

// add adds n to a sum.
func (t tallies) add(ns, name string, n int64) { t[ns+"/"+name] += n }

// low and high keep a minimum and a maximum.
func (t tallies) low(ns, name string, n int64) {
	k := ns + "/" + name + "_min"
	if v, ok := t[k]; !ok || n < v {
		t[k] = n
	}
}

func (t tallies) high(ns, name string, n int64) {
	k := ns + "/" + name + "_max"
	if v, ok := t[k]; !ok || n > v {
		t[k] = n
	}
}

// flush emits the tallies and forgets them.
func (t tallies) flush(emit func(tally)) {
	for k, v := range t {
		emit(tally{k, v})
	}
	clear(t)
}

// merge adds one tally to the totals.
func merge(totals map[string]int64, t tally) {
	v, ok := totals[t.Name]
	switch {
	case !ok:
		totals[t.Name] = t.N
	case strings.HasSuffix(t.Name, "_min"):
		totals[t.Name] = min(v, t.N)
	case strings.HasSuffix(t.Name, "_max"):
		totals[t.Name] = max(v, t.N)
	default:
		totals[t.Name] = v + t.N
	}
}

// report adds the report step to s: the tallies, brought to one worker by
// a GroupByKey on a fixed key, once every step before it has finished.
func report(s beam.Scope, ts ...beam.PCollection) {
	s = s.Scope("report")
	beam.ParDo0(s, reportFn, beam.GroupByKey(s, beam.AddFixedKey(s, beam.Flatten(s, ts...))))
}

// reportFn adds up the tallies, publishes each as a counter (namespace
// and name as the tally says) and checks that nothing was dropped: an
// unbalanced run fails here, after its outputs are written.
func reportFn(ctx context.Context, _ int, ts func(*tally) bool) error {
	totals := map[string]int64{}
	var t tally
	for ts(&t) {
		merge(totals, t)
	}
	for k, v := range totals {
		ns, name, _ := strings.Cut(k, "/")
		beam.NewCounter(ns, name).Inc(ctx, v)
	}
	return countsOfTotals(totals).balance()
}

func init() {
	beam.RegisterType(reflect.TypeFor[tally]())
	register.Function3x1(reportFn)
	register.Emitter1[tally]()
	register.Iter1[tally]()
}
