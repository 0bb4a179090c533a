package main

import (
	"cmp"
	"slices"

	"github.com/lmhkit/lmhkit/lmh/harvest"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// dedupFn keeps one in-scope line per stable ID, the id of the draft
// offering (see harvest.CompleteDraft: the same record id from the same
// source address, or in the same input when there is none), so that a catalogue made of the output never holds two
// offerings with one id. The pages were already one per content (see
// classifyFn); this merges different contents under one id — a record
// harvested twice into one input, changed in between. The line kept is
// the first by file and line, whatever the order the runner delivers them
// in; all the others, with the copies merged into them, are named in its
// "duplicates" member, [{"file":…,"line":N},…] in file and line order,
// left out when there are none. Nothing is dropped: the tally duplicates
// counts the lines merged here.
type dedupFn struct {
	t tallies
}

func (fn *dedupFn) Setup() { fn.t = tallies{} }

func (fn *dedupFn) FinishBundle(_ func(string), emit func(tally)) { fn.t.flush(emit) }

func (fn *dedupFn) ProcessElement(_ string, recs func(*inScopeRecord) bool, emit func(string), _ func(tally)) {
	var all []inScopeRecord
	var r inScopeRecord
	for recs(&r) {
		all = append(all, r)
		r = inScopeRecord{}
	}
	if len(all) == 0 {
		return
	}
	slices.SortFunc(all, func(a, b inScopeRecord) int { return cmpPos(a.pos, b.pos) })
	fn.t.add(metricsNamespace, "duplicates", int64(len(all)-1))
	dups := slices.Clone(all[0].Dups)
	for _, o := range all[1:] {
		dups = append(dups, o.pos)
		dups = append(dups, o.Dups...)
	}
	slices.SortFunc(dups, cmpPos)
	b := all[0].JSON
	if len(dups) > 0 {
		b = append(b, `,"duplicates":[`...)
		for i, d := range dups {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"file":`...)
			b = harvest.AppendJSONString(b, d.File)
			b = append(b, `,"line":`...)
			b = appendInt(b, d.Line)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	emit(string(append(b, '}')))
}

func cmpPos(a, b pos) int {
	return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
}

func init() {
	register.DoFn4x0[string, func(*inScopeRecord) bool, func(string), func(tally)](&dedupFn{})
	register.Iter1[inScopeRecord]()
}
