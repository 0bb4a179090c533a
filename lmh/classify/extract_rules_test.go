package classify

import (
	"flag"
	"fmt"
	"sort"
	"testing"
)

var xRulesField = flag.String("xrules", "", "a gold extract field (\"provider\", \"venue\" …) whose rules TestExtractRuleCounts counts on the readable training records, or \"all\"")

// TestExtractRuleCounts prints, for the field named by -xrules, every
// rule's values on the training records the rules were written on
// (rulesOwn: -extract-subset names them, the honest check always left
// out), whatever their confidence: how many were right and how many wrong,
// beside the rule's calibrated confidence and whether the gate gives it.
// A rule wrong on readable text more often than its confidence says is
// calibrated optimistically. Without -xrules it is skipped.
//
//	go test ./lmh/classify -run TestExtractRuleCounts -v -args -xrules provider -extract-subset readable
func TestExtractRuleCounts(t *testing.T) {
	if *xRulesField == "" {
		t.Skip("no -xrules")
	}
	cal := calibrate(rulesOwn(loadExtractSplit(t, "train")))
	var keys []calKey
	for k := range cal.rules {
		if *xRulesField == "all" || k.field == *xRulesField {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].field != keys[j].field {
			return keys[i].field < keys[j].field
		}
		return keys[i].basis < keys[j].basis
	})
	fmt.Printf("%d in-scope records\n%-14s %-24s %5s %5s %6s %s\n", cal.recs, "field", "rule", "right", "wrong", "conf", "gate")
	for _, k := range keys {
		r := cal.rules[k]
		conf, gate := "-", "new"
		if c, ok := calRules[k]; ok {
			conf = fmt.Sprintf("%.3f", c.conf)
			gate = "given"
			if c.conf < calFields[k.field].threshold {
				gate = "withheld"
			}
		}
		fmt.Printf("%-14s %-24s %5d %5d %6s %s\n", k.field, k.basis, r.tp, r.n-r.tp, conf, gate)
	}
}
