package classify

import (
	"flag"
	"fmt"
	"slices"
	"strings"
	"testing"
)

var realDump = flag.Bool("real-dump", false, "log every disagreement with the gold labels of the real training split")

// TestRealTrainQuality scores the classifier and the keyword baseline on
// the training split of the real listings (the split the rules are tuned
// on).
func TestRealTrainQuality(t *testing.T) {
	items := loadReal(t, "train")
	ours, base := classifyReal(items), keywordReal(items)
	so, sb := scoreReal(items, ours), scoreReal(items, base)
	t.Logf("\n%s", realTable("real train split", so, sb))
	if *realDump {
		for i, it := range items {
			if d := disagreement(it, ours[i]); d != "" {
				t.Logf("%s [%s %s] %s\n%s", it.ID, it.Kind, it.Lang, it.Title, d)
			}
		}
	}
}

// disagreement describes where guess differs from the gold label of it.
func disagreement(it realItem, h realGuess) string {
	var b strings.Builder
	g := it.Gold
	if g.InScope != h.InScope {
		fmt.Fprintf(&b, "  in_scope gold %v got %v\n", g.InScope, h.InScope)
	}
	if !g.InScope {
		return b.String()
	}
	for _, f := range realSingle {
		if want, have := g.single(f), h.single(f); want != have {
			fmt.Fprintf(&b, "  %s gold %q got %q\n", f, want, have)
		}
	}
	for _, f := range realMulti {
		want, have := slices.Clone(g.multi(f)), slices.Clone(h.multi(f))
		slices.Sort(want)
		slices.Sort(have)
		if !slices.Equal(want, have) {
			fmt.Fprintf(&b, "  %s gold %v got %v\n", f, want, have)
		}
	}
	return b.String()
}
