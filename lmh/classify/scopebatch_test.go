package classify

import (
	"flag"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
)

var (
	scopeFitOn    = flag.String("scope-fit-on", "", "TestScopeLeaveBatchOut: the training records to fit the in-scope weights on, as -real-subset names them, plus \"all\" and \"!X\" to leave X out (\"all,!c5\")")
	scopeCVGroups = flag.String("scope-cv-groups", "", "TestScopeLeaveBatchOut: choose the penalty and the cut by cross-validation over these groups of the fit's records (separated by \";\", each as -scope-fit-on names records; a record in none is always fitted on) instead of five folds by page")
	scopeDrop     = flag.String("scope-drop", "", "the in-scope features to leave out (set to 0 in every row scopeRows builds: TestScopeLeaveBatchOut, TestScopeBatchOut, TestScopeUnseenWording, the lexical experiment; TestScopeWeights is skipped and refuses -fit-scope), comma-separated names (\"told,reader\"), to measure a set of features without others")
	scopeLambda   = flag.Float64("scope-lambda", 0, "TestScopeLeaveBatchOut: fit with this penalty instead of choosing it by cross-validation")
	scopeScoreOn  = flag.String("scope-score-on", "", "TestScopeLeaveBatchOut: the training records to score, counts only, each comma-separated entry apart (\"c4B,c3c-,c5\")")
)

// inSpec reports whether record it is named by spec: a list of entries as
// -real-subset names records (inSubset), "all" for every record, and
// "!X" for leaving out what entry X names. A record is in when an entry
// names it and no "!" entry does.
func inSpec(it realItem, spec []string) bool {
	in := false
	for _, p := range spec {
		switch {
		case strings.HasPrefix(p, "!"):
			if inSpec(it, []string{p[1:]}) {
				return false
			}
		case p == "all" || inSubset(it, p):
			in = true
		}
	}
	return in
}

// subsetOf returns the records of items named by spec (inSpec).
func subsetOf(items []realItem, spec []string) []realItem {
	var out []realItem
	for _, it := range items {
		if inSpec(it, spec) {
			out = append(out, it)
		}
	}
	return out
}

// outOfFold returns the logit of each record from five-fold
// cross-validation over pages, the folds dealt as crossValidate deals them.
func outOfFold(items []realItem, xs [][numScopeFeatures]float64, ys []bool, lambda float64) []float64 {
	var pages []string
	for _, it := range items {
		if !slices.Contains(pages, it.Source) {
			pages = append(pages, it.Source)
		}
	}
	z := make([]float64, len(items))
	for fold := range 5 {
		var trX [][numScopeFeatures]float64
		var trY []bool
		for i, it := range items {
			if slices.Index(pages, it.Source)%5 != fold {
				trX, trY = append(trX, xs[i]), append(trY, ys[i])
			}
		}
		w := fitScopeWeights(trX, trY, lambda)
		for i, it := range items {
			if slices.Index(pages, it.Source)%5 == fold {
				z[i] = scopeLogit(w, xs[i])
			}
		}
	}
	return z
}

// scopeLogit is the weighted sum of features x.
func scopeLogit(w, x [numScopeFeatures]float64) float64 {
	z := 0.0
	for j := range w {
		z += w[j] * x[j]
	}
	return z
}

// countAt counts the decisions z >= cut against the labels, leaving out
// the records whose logit is NaN.
func countAt(z []float64, ys []bool, cut float64) prf {
	var c prf
	for i := range z {
		if math.IsNaN(z[i]) {
			continue // not scored
		}
		switch in := z[i] >= cut; {
		case in && ys[i]:
			c.tp++
		case in:
			c.fp++
		case ys[i]:
			c.fn++
		}
	}
	return c
}

// bestCut returns the cut on the logit that gives the best F1 on (z, ys):
// the midpoint between two neighbouring logits, the one nearest 0 among
// equals.
func bestCut(z []float64, ys []bool) (float64, prf) {
	var s []float64
	for _, v := range z {
		if !math.IsNaN(v) {
			s = append(s, v)
		}
	}
	slices.Sort(s)
	best, bestC := 0.0, countAt(z, ys, 0)
	for i := 1; i < len(s); i++ {
		cut := (s[i-1] + s[i]) / 2
		c := countAt(z, ys, cut)
		if c.f1() > bestC.f1()+1e-12 || c.f1() > bestC.f1()-1e-12 && math.Abs(cut) < math.Abs(best) {
			best, bestC = cut, c
		}
	}
	return best, bestC
}

// TestScopeLeaveBatchOut refits the in-scope weights on the training
// records -scope-fit-on names (the penalty chosen as TestScopeWeights
// chooses it) and scores the records each -scope-score-on entry names,
// counts only, with the shipped weights, the refit ones, and the refit ones
// at the cut on the logit that gives the best F1 on the pooled out-of-fold
// logits of the fit's five-fold cross-validation by page (or, with
// -scope-cv-groups, by the groups named; the penalty too; -scope-lambda
// gives the penalty instead). It also gives the area under the ROC curve
// of each set of weights on each scored entry and of the out-of-fold
// logits, the refit weights, and counts the records the refit decides
// otherwise than the shipped weights. -scope-drop leaves features out, so
// that a set of features is measured with and without some of them. A scored record may not
// be in the fit. It prints no record: the honest check is scored with it.
// Run: go test ./lmh/classify -run TestScopeLeaveBatchOut -v -args
// -scope-fit-on 'all,!c5' -scope-score-on c5
func TestScopeLeaveBatchOut(t *testing.T) {
	fitSpec, scoreSpec := idPrefixes(*scopeFitOn), idPrefixes(*scopeScoreOn)
	if len(fitSpec) == 0 {
		t.Skip("no -scope-fit-on")
	}
	all := loadReal(t, "train")
	items := subsetOf(all, fitSpec)
	xs, ys := scopeRows(t, items)
	pos := 0
	for _, y := range ys {
		if y {
			pos++
		}
	}
	t.Logf("fit on %d records (%d in scope), %s", len(items), pos, strings.Join(fitSpec, ","))
	var lambda, cvF1 float64
	var z []float64
	switch {
	case *scopeLambda > 0:
		lambda = *scopeLambda
		cvF1 = crossValidate(items, xs, ys, lambda).f1()
	case *scopeCVGroups == "":
		lambda, cvF1 = choosePenalty(t, items, xs, ys)
	default:
		group := make([]int, len(items))
		for i, it := range items {
			group[i] = -1
			for g, spec := range strings.Split(*scopeCVGroups, ";") {
				if inSpec(it, idPrefixes(spec)) {
					group[i] = g
					break
				}
			}
		}
		lambda, cvF1, z = choosePenaltyGrouped(t, xs, ys, group)
	}
	w := fitScopeWeights(xs, ys, lambda)
	if z == nil {
		z = outOfFold(items, xs, ys, lambda)
	}
	cut, cc := bestCut(z, ys)
	c0 := countAt(z, ys, 0)
	t.Logf("lambda %g (CV F1 %.3f, %d/%d/%d); the best cut on the out-of-fold logits %.3f (CV F1 %.3f, %d/%d/%d); out-of-fold area under the ROC curve %.3f",
		lambda, cvF1, c0.tp, c0.fp, c0.fn, cut, cc.f1(), cc.tp, cc.fp, cc.fn, rocArea(z, ys))
	var ws []string
	for i, v := range w {
		ws = append(ws, fmt.Sprintf("%s %.2f", scopeFeatureNames[i], v))
	}
	t.Logf("refit weights: %s", strings.Join(ws, ", "))
	line := func(name string, c prf, moved [2]int) {
		t.Logf("  %-18s F1 %.3f P %.3f R %.3f (%d/%d/%d); against the shipped weights %d put right, %d put wrong",
			name, c.f1(), c.precision(), c.recall(), c.tp, c.fp, c.fn, moved[0], moved[1])
	}
	var sums [3]prf
	var movedSum [3][2]int
	nSum := 0
	for _, p := range append(scoreSpec, "") {
		var sx [][numScopeFeatures]float64
		var sy []bool
		if p != "" {
			sub := subsetOf(all, []string{p})
			for _, it := range sub {
				if inSpec(it, fitSpec) {
					t.Fatalf("%s is in the fit and in the scored records %s", it.ID, p)
				}
			}
			sx, sy = scopeRows(t, sub)
		}
		var cs [3]prf
		var moved [3][2]int // against the shipped weights: records put right, records put wrong
		for i := range sx {
			var right [3]bool
			for k, zi := range []float64{scopeLogit(scopeWeights, sx[i]), scopeLogit(w, sx[i]), scopeLogit(w, sx[i]) - cut} {
				cs[k] = add(cs[k], countAt([]float64{zi}, sy[i:i+1], 0))
				right[k] = (zi >= 0) == sy[i]
				if k > 0 && right[k] != right[0] {
					if right[k] {
						moved[k][0]++
					} else {
						moved[k][1]++
					}
				}
			}
		}
		if p != "" {
			var z0, z1 []float64
			for i := range sx {
				z0, z1 = append(z0, scopeLogit(scopeWeights, sx[i])), append(z1, scopeLogit(w, sx[i]))
			}
			t.Logf("%s: area under the ROC curve, shipped weights %.3f, refit %.3f", p, rocArea(z0, sy), rocArea(z1, sy))
		}
		name, n := p, len(sy)
		if p == "" {
			if len(scoreSpec) < 2 {
				break
			}
			cs, moved, name, n = sums, movedSum, "all scored", nSum
		}
		nSum += n
		t.Logf("%s (%d records):", name, n)
		line("shipped weights", cs[0], [2]int{})
		line("refit", cs[1], moved[1])
		line("refit, cut by CV", cs[2], moved[2])
		for k := range sums {
			sums[k] = add(sums[k], cs[k])
			movedSum[k][0] += moved[k][0]
			movedSum[k][1] += moved[k][1]
		}
	}
}

// dropFeatures sets the features -scope-drop names to 0 in xs.
func dropFeatures(t testing.TB, xs [][numScopeFeatures]float64) {
	if *scopeDrop == "" {
		return
	}
	for _, name := range strings.Split(*scopeDrop, ",") {
		f := slices.Index(scopeFeatureNames[:], name)
		if f < 0 {
			t.Fatalf("-scope-drop: no feature %q", name)
		}
		for i := range xs {
			xs[i][f] = 0
		}
	}
}

// add sums two sets of counts.
func add(a, b prf) prf { return prf{a.tp + b.tp, a.fp + b.fp, a.fn + b.fn} }

var (
	scopeArms   = flag.String("scope-arms", "", "TestScopeBatchOut: the fits to compare, separated by \";\", each as -scope-fit-on names records (\"all,!c3c-,!c4,!c5;all,!c5\")")
	scopeGroups = flag.String("scope-groups", "", "TestScopeBatchOut: the batches, separated by \";\", each as -scope-fit-on names records; each is scored with every arm fitted without it")
)

// TestScopeBatchOut compares fits of the in-scope weights batch by batch:
// each group of -scope-groups is scored (counts only) with the weights of
// each arm of -scope-arms fitted without that group's records (the penalty
// chosen inside each fit as TestScopeWeights chooses it), at the cut 0 and
// at the cut that gives the best F1 on that fit's out-of-fold logits, and
// gives the area under the ROC curve of each group's logits and of all
// groups' pooled. The counts are summed over the groups. It prints no
// record.
// Run: go test ./lmh/classify -run TestScopeBatchOut -v -args -scope-arms
// 'all,!c3c-,!c4,!c5;all,!c5' -scope-groups 'lms,org,kommune,neg,nynorsk;gap;c3a;c3b;c3c;c4a;c4b;c4c;c4d'
func TestScopeBatchOut(t *testing.T) {
	if *scopeArms == "" || *scopeGroups == "" {
		t.Skip("no -scope-arms or -scope-groups")
	}
	all := loadReal(t, "train")
	arms := strings.Split(*scopeArms, ";")
	sums := make([][2]prf, len(arms))
	pooled := make([][]float64, len(arms)) // each arm's logits of every group's records
	var pooledY []bool
	for _, g := range strings.Split(*scopeGroups, ";") {
		gs := idPrefixes(g)
		test := subsetOf(all, gs)
		tx, ty := scopeRows(t, test)
		pooledY = append(pooledY, ty...)
		for a, arm := range arms {
			spec := idPrefixes(arm)
			for _, p := range gs {
				spec = append(spec, "!"+p)
			}
			items := subsetOf(all, spec)
			xs, ys := scopeRows(t, items)
			lambda, _ := choosePenalty(t, items, xs, ys)
			w := fitScopeWeights(xs, ys, lambda)
			cut, _ := bestCut(outOfFold(items, xs, ys, lambda), ys)
			var c [2]prf
			var zs []float64
			for i := range tx {
				z := scopeLogit(w, tx[i])
				zs = append(zs, z)
				c[0] = add(c[0], countAt([]float64{z}, ty[i:i+1], 0))
				c[1] = add(c[1], countAt([]float64{z}, ty[i:i+1], cut))
			}
			pooled[a] = append(pooled[a], zs...)
			t.Logf("group %-26s arm %d (fit %d, lambda %g, cut %.2f): cut 0 %d/%d/%d, CV cut %d/%d/%d, area under the ROC curve %.3f",
				g, a, len(items), lambda, cut, c[0].tp, c[0].fp, c[0].fn, c[1].tp, c[1].fp, c[1].fn, rocArea(zs, ty))
			sums[a][0], sums[a][1] = add(sums[a][0], c[0]), add(sums[a][1], c[1])
		}
	}
	for a, arm := range arms {
		t.Logf("arm %d %-22s area under the ROC curve of the pooled logits %.3f", a, arm, rocArea(pooled[a], pooledY))
		for k, name := range []string{"cut 0", "CV cut"} {
			c := sums[a][k]
			t.Logf("arm %d %-22s %-6s F1 %.3f P %.3f R %.3f (%d/%d/%d)", a, arm, name, c.f1(), c.precision(), c.recall(), c.tp, c.fp, c.fn)
		}
	}
}

// groupedOutOfFold returns the logit of each record from weights fitted
// without its group (group[i] < 0: always fitted on, scored as NaN).
func groupedOutOfFold(xs [][numScopeFeatures]float64, ys []bool, group []int, lambda float64) []float64 {
	z := make([]float64, len(xs))
	for i := range z {
		z[i] = math.NaN()
	}
	for g := 0; g <= slices.Max(group); g++ {
		var trX [][numScopeFeatures]float64
		var trY []bool
		for i := range xs {
			if group[i] != g {
				trX, trY = append(trX, xs[i]), append(trY, ys[i])
			}
		}
		w := fitScopeWeights(trX, trY, lambda)
		for i := range xs {
			if group[i] == g {
				z[i] = scopeLogit(w, xs[i])
			}
		}
	}
	return z
}

// choosePenaltyGrouped chooses the penalty as choosePenalty does, by
// cross-validation over groups instead of pages, and returns the
// out-of-group logits at it (NaN for records in no group).
func choosePenaltyGrouped(t *testing.T, xs [][numScopeFeatures]float64, ys []bool, group []int) (float64, float64, []float64) {
	zs := make([][]float64, len(scopeLambdas))
	f1s := make([]float64, len(scopeLambdas))
	top := -1.0
	for i, l := range scopeLambdas {
		zs[i] = groupedOutOfFold(xs, ys, group, l)
		c := countAt(zs[i], ys, 0)
		t.Logf("lambda %5.2f: cross-validated by group P %.3f R %.3f F1 %.3f (%d/%d/%d)", l, c.precision(), c.recall(), c.f1(), c.tp, c.fp, c.fn)
		f1s[i] = c.f1()
		top = max(top, f1s[i])
	}
	best := 0
	for i := range scopeLambdas {
		if f1s[i] >= top-scopeF1Slack-1e-9 {
			best = i
		}
	}
	return scopeLambdas[best], f1s[best], zs[best]
}

// rocArea is the area under the ROC curve of logits z against labels ys:
// the share of (in scope, out of scope) pairs that z ranks the right way
// round, ties counting half. It says how well the weights separate the
// records whatever the cut.
func rocArea(z []float64, ys []bool) float64 {
	var pairs, right float64
	for i := range z {
		for j := range z {
			if ys[i] && !ys[j] && !math.IsNaN(z[i]) && !math.IsNaN(z[j]) {
				pairs++
				switch {
				case z[i] > z[j]:
					right++
				case z[i] == z[j]:
					right += 0.5
				}
			}
		}
	}
	return right / pairs
}

// TestLeaveBatchOutTools checks the tools of TestScopeLeaveBatchOut and
// TestScopeBatchOut against what they stand for: inSpec names the records
// the in-scope fit leaves out as fittingItems does, the out-of-fold logits
// give crossValidate's counts, grouping by the same folds gives the same
// logits, and rocArea counts pairs.
func TestLeaveBatchOutTools(t *testing.T) {
	all := loadReal(t, "train")
	items := fittingItems(all)
	got := subsetOf(all, idPrefixes("all,!c3c-,!c4,!c5"))
	if len(got) != len(items) {
		t.Fatalf("all,!c3c-,!c4,!c5 names %d records, fittingItems %d", len(got), len(items))
	}
	for i := range got {
		if got[i].ID != items[i].ID {
			t.Fatalf("record %d: %s against fittingItems' %s", i, got[i].ID, items[i].ID)
		}
	}
	var a, b realItem
	for i := 0; a.ID == "" || b.ID == ""; i++ {
		it := realItem{ID: "c4a-x", Source: fmt.Sprint("https://example.no/", i)}
		if c4Half(it) == 'A' {
			a = it
		} else {
			b = it
		}
	}
	for _, c := range []struct {
		it   realItem
		spec string
		want bool
	}{
		{realItem{ID: "lms-001"}, "all,!c5", true},
		{realItem{ID: "c5a-001"}, "all,!c5", false},
		{realItem{ID: "c5b-001"}, "readable", false},
		{realItem{ID: "c3c-001"}, "readable", false},
		{realItem{ID: "c3c-001"}, "all,!c5", true},
		{a, "readable", true},
		{b, "readable", false},
		{b, "all,!c4A", true},
		{a, "all,!c4A", false},
		{realItem{ID: "gap-001"}, "c3a,c3b", false},
	} {
		if got := inSpec(c.it, idPrefixes(c.spec)); got != c.want {
			t.Errorf("inSpec(%s, %q) = %v, want %v", c.it.ID, c.spec, got, c.want)
		}
	}
	xs, ys := scopeRows(t, items)
	z := outOfFold(items, xs, ys, 4)
	if got, want := countAt(z, ys, 0), crossValidate(items, xs, ys, 4); got != want {
		t.Errorf("out-of-fold counts %v, crossValidate %v", got, want)
	}
	var pages []string
	group := make([]int, len(items))
	for i, it := range items {
		if !slices.Contains(pages, it.Source) {
			pages = append(pages, it.Source)
		}
		group[i] = slices.Index(pages, it.Source) % 5
	}
	zg := groupedOutOfFold(xs, ys, group, 4)
	for i := range z {
		if math.Abs(z[i]-zg[i]) > 1e-9 {
			t.Fatalf("record %d: grouped out-of-fold logit %g, out-of-fold %g", i, zg[i], z[i])
		}
	}
	if got := rocArea([]float64{3, 1, 2, 0, 1}, []bool{true, true, false, false, false}); math.Abs(got-(1+1+1+0+1+0.5)/6) > 1e-12 {
		t.Errorf("rocArea = %g, want %g", got, (1+1+1+0+1+0.5)/6)
	}
	if got := rocArea([]float64{1, math.NaN(), 2, 0, math.NaN()}, []bool{true, true, false, false, false}); got != 0.5 {
		t.Errorf("rocArea with records not scored = %g, want 0.5", got)
	}
}
