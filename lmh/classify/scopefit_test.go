package classify

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
)

var fitScope = flag.Bool("fit-scope", false, "refit the in-scope weights on testdata/real/train.jsonl and write scopeweights.go")

// The in-scope weights are fitted by penalised logistic regression: the
// log-loss of the training split plus scopeLambda times the squared
// distance of the weights from scopePrior, minimised by Newton's method
// (deterministic: a fixed start, a fixed order, a fixed tolerance). The
// penalty is chosen from scopeLambdas by five-fold cross-validation over
// pages (excerpts of one page stay in one fold), on the training split
// only: the largest penalty (the weights nearest the prior) whose
// cross-validated F1 is within scopeF1Slack of the best, since smaller
// differences are the folds' noise.
var scopeLambdas = []float64{0.5, 1, 2, 4, 8, 16}

// scopeF1Slack is how much cross-validated F1 a larger penalty may give up.
const scopeF1Slack = 0.005

// scopeRows returns the feature vectors and labels of a labelled split.
func scopeRows(t testing.TB, items []realItem) ([][numScopeFeatures]float64, []bool) {
	c := New()
	xs := make([][numScopeFeatures]float64, len(items))
	ys := make([]bool, len(items))
	s := newScratch()
	var ev [numScopeFeatures]evi
	for i, it := range items {
		c.scan(s, it.Title, it.Text)
		prepare(s)
		scopeFeatures(s, &xs[i], &ev)
		ys[i] = it.Gold.InScope
	}
	dropFeatures(t, xs)
	return xs, ys
}

// fitScopeWeights minimises the penalised log-loss from the prior.
func fitScopeWeights(xs [][numScopeFeatures]float64, ys []bool, lambda float64) [numScopeFeatures]float64 {
	const n = numScopeFeatures
	w := scopePrior
	for iter := 0; iter < 100; iter++ {
		var g [n]float64
		var h [n][n]float64
		for i := range xs {
			z := 0.0
			for j := range n {
				z += w[j] * xs[i][j]
			}
			p := 1 / (1 + math.Exp(-z))
			y := 0.0
			if ys[i] {
				y = 1
			}
			for j := range n {
				g[j] += (p - y) * xs[i][j]
				for k := range n {
					h[j][k] += p * (1 - p) * xs[i][j] * xs[i][k]
				}
			}
		}
		for j := range n {
			g[j] += 2 * lambda * (w[j] - scopePrior[j])
			h[j][j] += 2 * lambda
		}
		step := solve(h, g)
		maxStep := 0.0
		for j := range n {
			w[j] -= step[j]
			maxStep = math.Max(maxStep, math.Abs(step[j]))
		}
		if maxStep < 1e-9 {
			break
		}
	}
	return w
}

// solve solves h·x = g for the scope features (see solveDense).
func solve(h [numScopeFeatures][numScopeFeatures]float64, g [numScopeFeatures]float64) [numScopeFeatures]float64 {
	rows := make([][]float64, numScopeFeatures)
	for r := range rows {
		rows[r] = h[r][:]
	}
	var x [numScopeFeatures]float64
	copy(x[:], solveDense(rows, g[:]))
	return x
}

// solveDense solves h·x = g by Gaussian elimination with partial pivoting;
// it reorders the rows of h in place and leaves g as it was.
func solveDense(h [][]float64, g []float64) []float64 {
	n := len(g)
	g = slices.Clone(g)
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(h[r][c]) > math.Abs(h[p][c]) {
				p = r
			}
		}
		h[c], h[p] = h[p], h[c]
		g[c], g[p] = g[p], g[c]
		for r := c + 1; r < n; r++ {
			f := h[r][c] / h[c][c]
			for k := c; k < n; k++ {
				h[r][k] -= f * h[c][k]
			}
			g[r] -= f * g[c]
		}
	}
	x := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		v := g[r]
		for k := r + 1; k < n; k++ {
			v -= h[r][k] * x[k]
		}
		x[r] = v / h[r][r]
	}
	return x
}

// scopeF1 is the F1 of weights w on rows.
func scopeF1(w [numScopeFeatures]float64, xs [][numScopeFeatures]float64, ys []bool) prf {
	z := make([]float64, len(xs))
	for i := range xs {
		for j := range w {
			z[i] += w[j] * xs[i][j]
		}
	}
	return countAt(z, ys, 0)
}

// crossValidate returns the summed counts of five-fold cross-validation
// over pages.
func crossValidate(items []realItem, xs [][numScopeFeatures]float64, ys []bool, lambda float64) prf {
	var pages []string
	for _, it := range items {
		if !slices.Contains(pages, it.Source) {
			pages = append(pages, it.Source)
		}
	}
	var total prf
	for fold := range 5 {
		var trX, teX [][numScopeFeatures]float64
		var trY, teY []bool
		for i, it := range items {
			if slices.Index(pages, it.Source)%5 == fold {
				teX, teY = append(teX, xs[i]), append(teY, ys[i])
			} else {
				trX, trY = append(trX, xs[i]), append(trY, ys[i])
			}
		}
		c := scopeF1(fitScopeWeights(trX, trY, lambda), teX, teY)
		total.tp, total.fp, total.fn = total.tp+c.tp, total.fp+c.fp, total.fn+c.fn
	}
	return total
}

// fittingItems returns the records of the training split the in-scope
// weights are fitted on: the first two batches and the third batch's first
// two segments (ids "c3a-", "c3b-"), which round 4 measured first as text
// no rule was written on, then read half of and refitted the weights with.
// The records of later batches stay out (unseenBatch): round 5 of in scope
// fitted half A of the fourth batch and was taken back (docs/quality.md).
func fittingItems(items []realItem) []realItem {
	var out []realItem
	for _, it := range items {
		if !unseenBatch(it) {
			out = append(out, it)
		}
	}
	return out
}

// unseenBatch reports whether a record of the training split is left out
// of the in-scope fit: the third batch's last segment ("c3c-"), which no
// rule writer has read, and the fourth batch ("c4…", added on 7 December's
// third session; see testdata/real/README.md), whose half A (c4Half) was
// read by the rounds of that session and whose half B was not, and the
// fifth batch ("c5…", the fourth session's). Half B, "c3c-" and the fifth
// batch are the honest check of a change inside the training split.
func unseenBatch(it realItem) bool {
	return strings.HasPrefix(it.ID, "c3c") || strings.HasPrefix(it.ID, "c4") || strings.HasPrefix(it.ID, "c5")
}

// firstTwoBatches returns the records of the first two batches of a split:
// those whose id starts with none of "c3", "c4" and "c5". The later
// batches (see testdata/real/README.md) joined the training split
// after the rules and the extractor's calibration were frozen, and are
// left out of those fits until they are refitted with them by design: they
// are the labelled text the rules were not written on.
func firstTwoBatches[T any](recs []T, id func(T) string) []T {
	var out []T
	for _, r := range recs {
		if i := id(r); !strings.HasPrefix(i, "c3") && !strings.HasPrefix(i, "c4") && !strings.HasPrefix(i, "c5") {
			out = append(out, r)
		}
	}
	return out
}

// choosePenalty returns the penalty the weights are fitted with, and its
// cross-validated F1: the largest of scopeLambdas within scopeF1Slack of
// the best.
func choosePenalty(t *testing.T, items []realItem, xs [][numScopeFeatures]float64, ys []bool) (float64, float64) {
	f1s := make([]float64, len(scopeLambdas))
	top := -1.0
	for i, l := range scopeLambdas {
		c := crossValidate(items, xs, ys, l)
		t.Logf("lambda %5.2f: cross-validated P %.3f R %.3f F1 %.3f", l, c.precision(), c.recall(), c.f1())
		f1s[i] = c.f1()
		top = max(top, f1s[i])
	}
	best, bestF1 := 0.0, 0.0
	for i, l := range scopeLambdas {
		if f1s[i] >= top-scopeF1Slack-1e-9 {
			best, bestF1 = l, f1s[i]
		}
	}
	return best, bestF1
}

// TestScopeWeights refits the in-scope weights on the training split and
// checks that scopeweights.go holds them; with -fit-scope it writes the
// file. It logs the cross-validated F1 of each penalty it tried.
func TestScopeWeights(t *testing.T) {
	if *scopeDrop != "" {
		// The rows would lack the dropped features: the weights fitted on
		// them are not the shipped ones, and must never be written as such.
		if *fitScope {
			t.Fatal("-fit-scope with -scope-drop would write weights fitted without the dropped features into scopeweights.go")
		}
		t.Skip("-scope-drop: the shipped weights are checked on rows with every feature")
	}
	items := fittingItems(loadReal(t, "train"))
	xs, ys := scopeRows(t, items)
	best, bestF1 := choosePenalty(t, items, xs, ys)
	w := fitScopeWeights(xs, ys, best)
	for i := range w {
		w[i] = math.Round(w[i]*1e4) / 1e4
	}
	fit := scopeF1(w, xs, ys)
	t.Logf("lambda %.2f chosen; on the training split itself P %.3f R %.3f F1 %.3f", best, fit.precision(), fit.recall(), fit.f1())
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by go generate (TestScopeWeights -fit-scope); DO NOT EDIT.\n\npackage classify\n\n")
	fmt.Fprintf(&b, "// scopeWeights are the weights of the in-scope features (scope.go), fitted\n")
	fmt.Fprintf(&b, "// on testdata/real/train.jsonl with penalty %g (cross-validated F1 %.3f).\n", best, bestF1)
	fmt.Fprintf(&b, "var scopeWeights = [numScopeFeatures]float64{\n")
	for i, v := range w {
		fmt.Fprintf(&b, "\t%g, // %s (prior %g)\n", v, scopeFeatureNames[i], scopePrior[i])
	}
	fmt.Fprintf(&b, "}\n")
	src, err := format.Source(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if *fitScope {
		if err := os.WriteFile("scopeweights.go", src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	for i := range w {
		if math.Abs(w[i]-scopeWeights[i]) > 1e-3 {
			t.Fatalf("scopeweights.go is stale (feature %s: %g, refit %g): run go generate ./lmh/classify",
				scopeFeatureNames[i], scopeWeights[i], w[i])
		}
	}
}

// unseenWordingFloor guards TestScopeUnseenWording: a little under the
// figure measured when the rules were frozen (round 4, with the third
// batch: 0.846; round 3's rules on the same split: 0.831).
const unseenWordingFloor = 0.83

// TestScopeUnseenWording measures the in-scope decision on wording its cue
// list was not written from, on the training split alone. Cross-validation
// (TestScopeWeights) refits the weights without a fold's records but keeps
// every cue, and the cues were written while reading all of them: a cue
// written for one page still finds it. Here the split's pages are dealt
// into three folds; each fold is scored with weights fitted on the other
// two and with every cue phrase against an offering that matches only its
// own pages switched off, as if nobody had read them. The figure is nearer
// what an unseen split shows than the cross-validated one, and a rule that
// reads like the domain, rather than like one page, raises it.
func TestScopeUnseenWording(t *testing.T) {
	const k = 3
	items := fittingItems(loadReal(t, "train"))
	xs, ys := scopeRows(t, items)
	var pages []string
	fold := make([]int, len(items))
	for i, it := range items {
		p := slices.Index(pages, it.Source)
		if p < 0 {
			p = len(pages)
			pages = append(pages, it.Source)
		}
		fold[i] = p % k
	}
	c := New()
	folds := make([]uint8, len(refCues().cues)) // by cue: a bit for each fold whose pages it matches
	for i, it := range items {
		for _, h := range append(refCues().scan(nil, it.Title, PartTitle), refCues().scan(nil, it.Text, PartText)...) {
			if h.kind != cueBoundary {
				folds[h.cue] |= 1 << fold[i]
			}
		}
	}
	unseen := make([][numScopeFeatures]float64, len(items))
	s := newScratch()
	var ev [numScopeFeatures]evi
	for i, it := range items {
		c.scan(s, it.Title, it.Text)
		for j := range s.cues {
			h := &s.cues[j]
			if h.kind >= cuePersonnel && h.kind <= lastOutOfScope && folds[h.cue] == 1<<fold[i] {
				h.kind = cueNone
			}
		}
		prepare(s)
		scopeFeatures(s, &unseen[i], &ev)
	}
	lambda, _ := choosePenalty(t, items, xs, ys)
	var total prf
	for f := range k {
		var trX, teX [][numScopeFeatures]float64
		var trY, teY []bool
		for i := range items {
			if fold[i] == f {
				teX, teY = append(teX, unseen[i]), append(teY, ys[i])
			} else {
				trX, trY = append(trX, xs[i]), append(trY, ys[i])
			}
		}
		c := scopeF1(fitScopeWeights(trX, trY, lambda), teX, teY)
		total.tp, total.fp, total.fn = total.tp+c.tp, total.fp+c.fp, total.fn+c.fn
	}
	t.Logf("in scope on wording not written from (%d folds by page): P %.3f R %.3f F1 %.3f (%d/%d/%d)",
		k, total.precision(), total.recall(), total.f1(), total.tp, total.fp, total.fn)
	if total.f1() < unseenWordingFloor {
		t.Errorf("F1 %.3f below the floor %.2f", total.f1(), unseenWordingFloor)
	}
}
