package classify

import (
	"flag"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

var xShowField = flag.String("xshow", "", "a gold extract field (\"venue\", \"provider\" …) whose values TestExtractShow prints for the training split")

// TestExtractShow prints, for the field named by -xshow, every training
// record where the gold or the rules (all of them, whatever their
// confidence) give a value: the gold, the value read, its rule and
// confidence, and the text around the evidence. It reads the training
// split only, and of it only the records the rules were written on
// (rulesOwn); without -xshow it is skipped.
//
//	go test ./lmh/classify -run TestExtractShow -v -args -xshow venue
func TestExtractShow(t *testing.T) {
	if *xShowField == "" {
		t.Skip("no -xshow")
	}
	f := *xShowField
	// Not the calibration records: rules written on them would make
	// their calibration blind again.
	for _, r := range rulesOwn(loadExtractSplit(t, "train")) {
		if !r.Gold.InScope || r.Gold.Extract == nil {
			continue
		}
		d := theClassifier().extract(r.Title, r.Text, extractAsOf, true)
		h, hasH := draftView(d)[f]
		w, hasW := goldView(r.Gold.Extract)[f]
		if !hasH && !hasW {
			continue
		}
		mark := "OK "
		if !(hasH && hasW && xMatch(f, h.vals[0], h.yearInferred, w)) {
			mark = "ERR"
		}
		ctx := ""
		for _, e := range d.Evidence {
			if calField(e.Field) != f {
				continue
			}
			s := r.Text
			if e.Part == PartTitle {
				s = r.Title
			}
			lo, hi := max(0, e.Start-70), min(len(s), e.End+50)
			for lo > 0 && !utf8.RuneStart(s[lo]) {
				lo--
			}
			for hi < len(s) && !utf8.RuneStart(s[hi]) {
				hi++
			}
			ctx = fmt.Sprintf("[%s %.2f] %s«%s»%s", e.Basis, e.Confidence, s[lo:e.Start], s[e.Start:e.End], s[e.End:hi])
			ctx = strings.ReplaceAll(ctx, "\n", "⏎")
			break
		}
		fmt.Printf("%s %-12s gold %-30s got %-30s %s\n", mark, r.ID, showX(w, hasW), showX(h, hasH), ctx)
	}
}
