package main

import (
	"cmp"
	"context"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// duplicateCount counts the in-scope records merged into another with the
// same stable ID (namespace lmhkit).
var duplicateCount = beam.NewCounter(metricsNamespace, "duplicates")

// dedupFn keeps one in-scope record per stable ID: the first by file and
// line, so that the choice does not depend on the order the runner
// delivers them in. The others are not dropped but named in its
// "duplicates" member, [{"file":…,"line":N},…] in the same order, which is
// left out when there are none.
func dedupFn(ctx context.Context, _ string, recs func(*inScopeRecord) bool, emit func(string)) {
	var all []inScopeRecord
	var r inScopeRecord
	for recs(&r) {
		all = append(all, r)
	}
	if len(all) == 0 {
		return
	}
	slices.SortFunc(all, func(a, b inScopeRecord) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	})
	b := all[0].JSON
	if len(all) > 1 {
		duplicateCount.Inc(ctx, int64(len(all)-1))
		b = append(b, `,"duplicates":[`...)
		for i, d := range all[1:] {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"file":`...)
			b = appendJSONString(b, d.File)
			b = append(b, `,"line":`...)
			b = appendInt(b, d.Line)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	b = append(b, '}')
	emit(string(b))
}

func init() {
	register.Function4x0(dedupFn)
	register.Iter1[inScopeRecord]()
}
