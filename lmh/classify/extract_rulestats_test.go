package classify

import (
	"flag"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// xEvidencePath maps a scored field to the evidence path(s) that give it.
var xEvidencePath = map[string][]string{
	"cost":                  {"frames.cost.free", "frames.cost.fee_nok"},
	"referral_required":     {"frames.referral_required"},
	"registration_required": {"frames.registration_required"},
	"registration_deadline": {"frames.registration_deadline"},
	"sessions":              {"frames.sessions"},
	"hours":                 {"frames.hours"},
	"capacity_min":          {"frames.capacity.min"},
	"capacity_max":          {"frames.capacity.max"},
	"start":                 {"schedule.start"},
	"weekday":               {"schedule.weekly[0].weekday"},
	"time_start":            {"schedule.weekly[0].start"},
	"time_end":              {"schedule.weekly[0].end"},
	"municipality":          {"place.municipality", "provider.municipality"},
	"venue":                 {"place.name"},
	"address":               {"place.address"},
	"provider":              {"provider.name"},
	"age_min":               {"target_group.ages.min"},
	"age_max":               {"target_group.ages.max"},
	"phone":                 {"contact.phone"},
	"email":                 {"contact.email"},
	"url":                   {"url"},
}

var xShowField = flag.String("xshow", "", "field to show on train")

func TestExtractShow(t *testing.T) {
	if *xShowField == "" {
		t.Skip()
	}
	recs := loadExtractSplit(t, "train")
	for _, r := range recs {
		if !r.Gold.InScope || r.Gold.Extract == nil {
			continue
		}
		d := theClassifier().extract(r.Title, r.Text, extractAsOf, true)
		got := draftView(d)
		want := goldView(r.Gold.Extract)
		f := *xShowField
		h, hasH := got[f]
		w, hasW := want[f]
		if !hasH && !hasW {
			continue
		}
		mark := "OK "
		if !(hasH && hasW && xMatch(f, h.vals[0], h.yearInferred, w)) {
			mark = "ERR"
		}
		ctx := ""
		for _, e := range d.Evidence {
			for _, p := range xEvidencePath[f] {
				if e.Field == p {
					s := r.Text
					if e.Part == PartTitle {
						s = r.Title
					}
					if e.End > len(s) || e.Start > e.End {
						ctx = fmt.Sprintf("[%s bad span %d-%d]", e.Basis, e.Start, e.End)
						continue
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
				}
			}
		}
		fmt.Printf("%s %-12s gold %-30s got %-30s %s\n", mark, r.ID, showX(w, hasW), showX(h, hasH), ctx)
	}
}
