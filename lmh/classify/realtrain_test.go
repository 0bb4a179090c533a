package classify

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"slices"
	"strings"
	"testing"
)

var (
	realDump   = flag.Bool("real-dump", false, "log every disagreement with the gold labels of the real training split")
	realSubset = flag.String("real-subset", "", "score only the training records whose id starts with one of these comma-separated prefixes, \"c4A\" / \"c4B\" for a half of the fourth batch, or \"readable\" for those outside the honest check (the floors are then not checked)")
)

// realTrainFloors guard the training split (the rules and the in-scope
// weights were tuned on it, so its figures flatter): a little under the
// figures measured when the rules were frozen, with the third and fourth
// batches (text the rules were not written on) since they joined the
// split. Round 4 refitted the in-scope weights with the third batch's
// first two segments (penalty 4, chosen by cross-validation as before).
// The fourth batch (201 training records, 124 of them out of scope, most
// hard negatives) lowered in scope on the 725 records to P 0.80 R 0.87
// F1 0.83, delivery accuracy to 0.874, programme precision to 0.927 and
// roles precision to 0.811; the floors follow. (Round 5 of in scope was
// taken back after the test split showed it lower; docs/quality.md.)
// The fifth batch (153 training records, 84 of them out of scope, joined
// on 7 December's fourth session, text no rule was written on) lowered in
// scope on the 878 records to P 0.76 R 0.85 F1 0.81, delivery accuracy
// to 0.825 (precision 0.841), programme precision to 0.894 and conditions
// to P 0.854 R 0.930 F1 0.890; the floors follow. Round 7 of the facets
// raised format to accuracy 0.863 (precision 0.855), arena to 0.872
// (0.779), delivery to 0.848 (0.845), programme to 0.917 (0.898), roles to
// P 0.837 R 0.816 F1 0.827 and conditions to P 0.863 R 0.930 F1 0.895;
// the floors follow. Round 8 raised format to accuracy 0.884 (precision
// 0.858) and roles to P 0.865 R 0.835 F1 0.850; the floors follow. Round 9
// raised delivery to accuracy 0.905 (precision 0.847) and conditions to
// P 0.887 R 0.930 F1 0.908; the floors follow.
var realTrainFloors = map[string]realFloor{
	"in_scope": {0.75, 0.84, 0.80},
	"format":   {0.87, 0.85}, "arena": {0.86, 0.77}, "delivery": {0.88, 0.84}, "programme": {0.90, 0.89},
	"roles":      {0.86, 0.83, 0.84},
	"conditions": {0.88, 0.92, 0.90},
}

// TestRealTrainQuality scores the classifier and the keyword baseline on
// the training split of the real listings (the split the rules are tuned
// on), and fails below realTrainFloors. With -real-subset it scores only
// the records named (for instance "c4", a batch no rule was written on),
// without floors.
func TestRealTrainQuality(t *testing.T) {
	items := loadReal(t, "train")
	title := "real train split"
	if on := idPrefixes(*realSubset); len(on) > 0 {
		var sub []realItem
		for _, it := range items {
			for _, p := range on {
				if inSubset(it, p) {
					sub = append(sub, it)
					break
				}
			}
		}
		items = sub
		title += ", records " + strings.Join(on, ",") + "*"
	}
	ours, base := classifyReal(items), keywordReal(items)
	so, sb := scoreReal(items, ours), scoreReal(items, base)
	t.Logf("\n%s", realTable(title, so, sb))
	if *realSubset == "" {
		checkRealFloors(t, "train", so, realTrainFloors)
	}
	if *realDump {
		for i, it := range items {
			if honestCheck(it) {
				continue // the honest check is scored, never read
			}
			if d := disagreement(it, ours[i]); d != "" {
				for _, l := range strings.Split(strings.TrimSpace(d), "\n") {
					t.Logf("%s %s", it.ID, strings.TrimSpace(l))
				}
			}
		}
	}
}

// The fourth batch's training records are split in two halves by page,
// decided before any of them was read (round 5 of in scope): a record is
// in half A when the first byte of the sha256 of its source address is
// even, in half B otherwise. Half A may be read and fitted on; half B,
// like "c3c-", is only scored (counts), never read.
func c4Half(it realItem) byte {
	if !strings.HasPrefix(it.ID, "c4") {
		return 0
	}
	if sha256.Sum256([]byte(it.Source))[0]%2 == 0 {
		return 'A'
	}
	return 'B'
}

// honestCheck reports whether a training record belongs to the honest
// check inside the training split: the third batch's "c3c-" segment, half
// B of the fourth batch and the fifth batch ("c5…"), which no rule writer
// has read. The dump tools refuse them; they are scored as counts only.
func honestCheck(it realItem) bool {
	return strings.HasPrefix(it.ID, "c3c") || c4Half(it) == 'B' || strings.HasPrefix(it.ID, "c5")
}

// inSubset reports whether record it is named by a -real-subset entry p:
// an id prefix, "c4A" / "c4B" for a half of the fourth batch (c4Half), or
// "readable" for every record outside the honest check (the part a rule
// writer may read and tune on).
func inSubset(it realItem, p string) bool {
	if p == "readable" {
		return !honestCheck(it)
	}
	if p == "c4A" || p == "c4B" {
		return c4Half(it) == p[2]
	}
	return strings.HasPrefix(it.ID, p)
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

var realShow = flag.String("real-show", "", "comma-separated IDs of training records whose scan and result to log")

// TestRealTrainShow logs, for the training records named by -real-show,
// what the scanners found and what the classifier made of it.
func TestRealTrainShow(t *testing.T) {
	if *realShow == "" {
		t.Skip("no -real-show")
	}
	want := strings.Split(*realShow, ",")
	c := New()
	for _, it := range loadReal(t, "train") {
		if !slices.Contains(want, it.ID) {
			continue
		}
		if honestCheck(it) {
			t.Logf("%s is in the honest check (honestCheck): not shown", it.ID)
			continue
		}
		var b strings.Builder
		fmt.Fprintf(&b, "== %s %q\n", it.ID, it.Title)
		for pi, part := range []string{it.Title, it.Text} {
			for _, m := range c.g.Scan(part) {
				fmt.Fprintf(&b, "  m%d %q %v %v %v\n", pi, part[m.Start:m.End], m.Term, m.Senses, m.Position)
			}
			for _, h := range refCues().scan(nil, part, Part(1-pi)) {
				if h.kind == cueBoundary {
					continue
				}
				fmt.Fprintf(&b, "  c%d %q %d\n", pi, refCues().phrase(&h), h.kind)
			}
		}
		sc := newScratch()
		c.scan(sc, it.Title, it.Text)
		prepare(sc)
		var x [numScopeFeatures]float64
		var ev [numScopeFeatures]evi
		scopeFeatures(sc, &x, &ev)
		z := 0.0
		for i := range x {
			z += x[i] * scopeWeights[i]
			if x[i] != 0 {
				fmt.Fprintf(&b, " %s=%.2f(%+.2f)", scopeFeatureNames[i], x[i], x[i]*scopeWeights[i])
			}
		}
		fmt.Fprintf(&b, " z=%.2f\n", z)
		r := c.Listing(it.Title, it.Text)
		fmt.Fprintf(&b, "  => %s", formatClassification(r))
		fmt.Fprintf(&b, "%s", disagreement(it, guessOf(r)))
		t.Log(b.String())
	}
}
