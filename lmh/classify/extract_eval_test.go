package classify

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/geo"
)

// The extractor is scored on the real listings of testdata/real: the
// in-scope records, whose gold "extract" member holds what each excerpt
// states (null where it says nothing), labelled by the corpus conventions
// (testdata/real/README.md). The rules are tuned on the training split
// only; the test split is read only for its figures.

var (
	extractDump   = flag.Bool("extract-dump", false, "log every disagreement with the gold extract of the training split")
	extractSubset = flag.String("extract-subset", "", "score only the training records whose id starts with one of these comma-separated prefixes, or \"c4A\" / \"c4B\" for a half of the fourth batch (c4Half; the floors are then not checked)")
)

// extractAsOf is the reference date of the quality runs. The corpus holds
// pages from 2016 to 2026, so most dates without a year lie before it;
// a date whose year the extractor inferred is scored on month and day
// (see xScore).
var extractAsOf = lmh.Date{Year: 2026, Month: 12, Day: 1}

// xRecord is one record of a real split, as far as the extractor needs it.
type xRecord struct {
	ID     string `json:"id"`
	Source string `json:"source"`
	Lang   string `json:"lang"`
	Title  string `json:"title"`
	Text   string `json:"text"`
	Gold   struct {
		InScope bool                       `json:"in_scope"`
		Extract map[string]json.RawMessage `json:"extract"`
	} `json:"gold"`
}

// loadExtractSplit reads testdata/real/<split>.jsonl.
func loadExtractSplit(t testing.TB, split string) []xRecord {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "real", split+".jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []xRecord
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		var r xRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s.jsonl:%d: %v", split, n, err)
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// xFields are the fields scored, in the order of the report. Gold members
// not named here are scored too, after these, when a record has them.
var xFields = []string{
	"cost", "referral_required", "registration_required", "registration_deadline",
	"sessions", "hours", "capacity_min", "capacity_max",
	"start", "weekday", "time_start", "time_end",
	"municipality", "venue", "address", "provider",
	"age_min", "age_max", "exclude_conditions",
	"phone", "email", "url",
}

// xValue is one field's value in a comparable form: its values as
// strings (one for a plain field, several for a list), a numeric range for
// a gold range ("sessions": [6, 8]), and for a date whether the year was
// inferred rather than read.
type xValue struct {
	vals         []string
	lo, hi       float64
	isRange      bool
	yearInferred bool
}

// xView is what one extraction, or one gold record, says per field.
type xView map[string]xValue

// goldView reads a gold extract member.
func goldView(ex map[string]json.RawMessage) xView {
	v := xView{}
	for k, raw := range ex {
		var x any
		if err := json.Unmarshal(raw, &x); err != nil || x == nil {
			continue
		}
		switch x := x.(type) {
		case string:
			v[k] = xValue{vals: []string{x}}
		case bool:
			v[k] = xValue{vals: []string{strconv.FormatBool(x)}}
		case float64:
			v[k] = xValue{vals: []string{num(x)}}
		case []any:
			var val xValue
			if len(x) == 2 {
				a, ok1 := x[0].(float64)
				b, ok2 := x[1].(float64)
				if ok1 && ok2 {
					v[k] = xValue{lo: a, hi: b, isRange: true}
					continue
				}
			}
			for _, e := range x {
				val.vals = append(val.vals, fmt.Sprint(e))
			}
			if len(val.vals) > 0 {
				v[k] = val
			}
		}
	}
	return v
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// draftView reads a Draft in the gold's terms.
func draftView(d Draft) xView {
	v := xView{}
	o := &d.Offering
	one := func(k, s string) {
		if s != "" {
			v[k] = xValue{vals: []string{s}}
		}
	}
	inferred := func(field string) bool {
		for _, e := range d.Evidence {
			if e.Field == field && e.YearInferred {
				return true
			}
		}
		return false
	}
	f := &o.Frames
	switch {
	case f.Cost.Free:
		one("cost", "free")
	case f.Cost.FeeNOK > 0:
		one("cost", strconv.Itoa(f.Cost.FeeNOK))
	}
	if b, ok := f.ReferralRequired.Bool(); ok {
		one("referral_required", strconv.FormatBool(b))
	}
	if b, ok := f.RegistrationRequired.Bool(); ok {
		one("registration_required", strconv.FormatBool(b))
	}
	if !f.RegistrationDeadline.IsZero() {
		v["registration_deadline"] = xValue{vals: []string{f.RegistrationDeadline.String()},
			yearInferred: inferred("frames.registration_deadline")}
	}
	if f.Sessions > 0 {
		one("sessions", strconv.Itoa(f.Sessions))
	}
	if f.Hours > 0 {
		one("hours", num(f.Hours))
	}
	if f.Capacity.Min > 0 {
		one("capacity_min", strconv.Itoa(f.Capacity.Min))
	}
	if f.Capacity.Max > 0 {
		one("capacity_max", strconv.Itoa(f.Capacity.Max))
	}
	s := &o.Schedule
	if !s.Start.IsZero() {
		v["start"] = xValue{vals: []string{s.Start.String()}, yearInferred: inferred("schedule.start")}
	}
	var days []lmh.Weekday
	for _, w := range s.Weekly {
		if w.Weekday.IsValid() && !slices.Contains(days, w.Weekday) {
			days = append(days, w.Weekday)
		}
	}
	if len(days) == 1 {
		one("weekday", days[0].String())
	}
	if len(s.Weekly) > 0 {
		one("time_start", s.Weekly[0].Start.String())
		// The corpus leaves time_end unset when two meetings end at
		// different times, as it does weekday for two weekdays.
		end := s.Weekly[0].End
		for _, w := range s.Weekly[1:] {
			if w.End != end {
				end = lmh.ClockTime{}
			}
		}
		one("time_end", end.String())
	}
	if o.Place.Municipality != "" {
		one("municipality", o.Place.Municipality)
	} else {
		one("municipality", o.Provider.Municipality)
	}
	one("venue", o.Place.Name)
	one("address", o.Place.Address)
	one("provider", o.Provider.Name)
	if a := o.TargetGroup.Ages; !a.IsZero() {
		if a.Min > 0 || inferred("target_group.ages.min") || hasEvidence(d, "target_group.ages.min") {
			one("age_min", strconv.Itoa(a.Min))
		}
		if a.Max > 0 {
			one("age_max", strconv.Itoa(a.Max))
		}
	}
	if cs := o.TargetGroup.ExcludeConditions; len(cs) > 0 {
		v["exclude_conditions"] = xValue{vals: codes(cs)}
	}
	one("phone", o.Contact.Phone)
	one("email", o.Contact.Email)
	one("url", o.URL)
	return v
}

// hasEvidence reports whether d has evidence for field.
func hasEvidence(d Draft, field string) bool {
	for _, e := range d.Evidence {
		if e.Field == field {
			return true
		}
	}
	return false
}

// xNorm puts a value in the form two values are compared in.
func xNorm(field, s string) string {
	switch field {
	case "phone":
		var b strings.Builder
		for _, r := range strings.TrimPrefix(strings.ReplaceAll(s, " ", ""), "+47") {
			if r >= '0' && r <= '9' {
				b.WriteRune(r)
			}
		}
		return b.String()
	case "url":
		s = strings.ToLower(strings.TrimSpace(s))
		s = strings.TrimPrefix(strings.TrimPrefix(s, "https://"), "http://")
		return strings.TrimSuffix(strings.TrimPrefix(s, "www."), "/")
	case "start", "registration_deadline":
		return s
	}
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.Trim(s, " .,:;!?")
}

// xMatch reports whether the extracted value have of field agrees with
// the gold value want.
func xMatch(field string, have string, haveInferred bool, want xValue) bool {
	if want.isRange {
		f, err := strconv.ParseFloat(have, 64)
		return err == nil && f >= want.lo && f <= want.hi
	}
	w := want.vals[0]
	switch field {
	case "hours":
		a, err1 := strconv.ParseFloat(have, 64)
		b, err2 := strconv.ParseFloat(w, 64)
		return err1 == nil && err2 == nil && math.Abs(a-b) < 0.01
	case "start", "registration_deadline":
		// "--MM-DD" in the gold, or a year the extractor inferred:
		// compare month and day.
		if strings.HasPrefix(w, "--") || haveInferred {
			return len(have) == 10 && len(w) >= 7 && have[5:] == w[len(w)-5:]
		}
	}
	return xNorm(field, have) == xNorm(field, w)
}

// xCounts are the true positives, false positives and false negatives of
// one field.
type xCounts struct{ tp, fp, fn int }

func (c xCounts) p() float64 { return ratio(c.tp, c.tp+c.fp) }
func (c xCounts) r() float64 { return ratio(c.tp, c.tp+c.fn) }
func (c xCounts) f1() float64 {
	p, r := c.p(), c.r()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// xScores are the counts per field and in all.
type xScores struct {
	fields []string
	by     map[string]*xCounts
	micro  xCounts
}

// xScore compares each extraction with its record's gold. Only in-scope
// records count (their gold has an extract member). A value given where
// the gold has none, or a different one, is a false positive; a gold value
// not given, or given differently, a false negative (a wrong value counts
// as both). A list (exclude_conditions) counts each of its members.
func xScore(recs []xRecord, got []xView) xScores {
	sc := xScores{by: map[string]*xCounts{}}
	seen := map[string]bool{}
	for _, f := range xFields {
		seen[f] = true
	}
	var extra []string
	for _, r := range recs {
		for k := range r.Gold.Extract {
			if !seen[k] {
				seen[k] = true
				extra = append(extra, k)
			}
		}
	}
	sort.Strings(extra)
	gold := map[string]bool{}
	for i, r := range recs {
		if !r.Gold.InScope || r.Gold.Extract == nil {
			continue
		}
		want := goldView(r.Gold.Extract)
		for k := range r.Gold.Extract {
			gold[k] = true
		}
		for _, f := range append(slices.Clone(xFields), extra...) {
			c := sc.by[f]
			if c == nil {
				c = &xCounts{}
				sc.by[f] = c
			}
			w, hasW := want[f]
			h, hasH := got[i][f]
			if f == "exclude_conditions" {
				for _, v := range h.vals {
					if hasW && slices.Contains(w.vals, v) {
						c.tp++
					} else {
						c.fp++
					}
				}
				for _, v := range w.vals {
					if !slices.Contains(h.vals, v) {
						c.fn++
					}
				}
				continue
			}
			switch {
			case hasH && hasW && xMatch(f, h.vals[0], h.yearInferred, w):
				c.tp++
			case hasH && hasW:
				c.fp++
				c.fn++
			case hasH:
				c.fp++
			case hasW:
				c.fn++
			}
		}
	}
	// Report the fields the gold has, in order.
	for _, f := range append(slices.Clone(xFields), extra...) {
		if gold[f] {
			sc.fields = append(sc.fields, f)
			c := sc.by[f]
			sc.micro.tp += c.tp
			sc.micro.fp += c.fp
			sc.micro.fn += c.fn
		}
	}
	return sc
}

// xTable formats our scores beside the baseline's.
func xTable(title string, n int, ours, base xScores) string {
	return xTableOf(title, n, ours, base, "base")
}

// xTableOf formats two sets of scores side by side, the second headed
// by other.
func xTableOf(title string, n int, ours, base xScores, other string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d in-scope listings\n", title, n)
	fmt.Fprintf(&b, "%-22s %6s %6s %6s %12s   %6s %6s %6s %12s\n", "field", "P", "R", "F1", "tp/fp/fn", other+" P", "R", "F1", "tp/fp/fn")
	row := func(name string, o, bs xCounts) {
		fmt.Fprintf(&b, "%-22s %6.2f %6.2f %6.2f %12s   %6.2f %6.2f %6.2f %12s\n", name,
			o.p(), o.r(), o.f1(), fmt.Sprintf("%d/%d/%d", o.tp, o.fp, o.fn),
			bs.p(), bs.r(), bs.f1(), fmt.Sprintf("%d/%d/%d", bs.tp, bs.fp, bs.fn))
	}
	for _, f := range ours.fields {
		row(f, *ours.by[f], *base.by[f])
	}
	row("micro", ours.micro, base.micro)
	return b.String()
}

// extractAll runs the extractor over the records.
func extractAll(recs []xRecord) []xView {
	out := make([]xView, len(recs))
	for i, r := range recs {
		out[i] = draftView(Extract(r.Title, r.Text, extractAsOf))
	}
	return out
}

func inScopeCount(recs []xRecord) int {
	n := 0
	for _, r := range recs {
		if r.Gold.InScope && r.Gold.Extract != nil {
			n++
		}
	}
	return n
}

// extractTrainPrecisionFloors are the lowest precision each field may
// reach on the training split: a little under the figures of the frozen
// rules (docs/quality.md, section Extraction). Since the third batch joined
// the split (text the rules were not written on), they are under the
// figures with it; round 6 raised those that rose clearly (cost, sessions,
// start, times, municipality, venue, address, provider). The fourth batch
// (77 in-scope training records no rule was written on) joined the split
// after round 6; the floors it took below round 6's are set under the
// figures with it (sessions 0.90, hours 0.82, start 0.93, time_start 0.98,
// venue 0.89, provider 0.93). Round 7 raised those that rose clearly with
// it (start 0.96, provider 0.96: floors 0.95). The fifth batch (69
// in-scope training records no rule was written on) joined after round 8;
// the floors it took below are set under the figures with it
// (capacity_min 0.95, capacity_max 0.96, municipality 0.927, venue 0.873,
// provider 0.925, exclude_conditions 3 of 4, email 6 of 7, url 1 of 3).
// Round 9 raised venue (0.889, 48 of 54) and provider (0.935, 86 of 92),
// each one wrong value fewer: floors 0.88 and 0.93. Round 11 raised
// sessions (0.907, 49 of 54), municipality (0.945, 121 of 128), age_min
// and age_max (1.00, 48 of 48 and 27 of 27): floors 0.90, 0.94, 0.98 and
// 0.98, each failing on the code before it. Round 12 raised provider
// (0.946, 87 of 92, one wrong value fewer): floor 0.94, failing on the
// code before it (0.935).
var extractTrainPrecisionFloors = map[string]float64{
	"cost": 0.98, "referral_required": 0.90, "registration_required": 0.71, "registration_deadline": 0.98,
	"sessions": 0.90, "hours": 0.81, "capacity_min": 0.94, "capacity_max": 0.95,
	"start": 0.95, "weekday": 0.98, "time_start": 0.97, "time_end": 0.98,
	"municipality": 0.94, "venue": 0.88, "address": 0.98, "provider": 0.94,
	"age_min": 0.98, "age_max": 0.98, "exclude_conditions": 0.74,
	"phone": 0.58, "email": 0.85, "url": 0.32,
}

// extractTrainRecallFloors are the lowest recall the name fields and the
// whole may reach on the training split: a little under round 8's
// figures (municipality 0.61, venue 0.47, provider 0.46, micro 0.70),
// so that a rule made stricter does not give back the values the text
// states without a test saying so; with the fifth batch (venue 0.44,
// provider 0.41, micro 0.68) under those. Round 10 raised municipality
// (0.71, 121 of 170) and micro (0.70): floors 0.69 and 0.69.
var extractTrainRecallFloors = map[string]float64{
	"municipality": 0.69, "venue": 0.43, "provider": 0.40, "micro": 0.69,
}

// TestExtractTrainQuality scores the extractor and the baseline on the
// training split, the one the rules are tuned on, less the calibration
// records when extractconf.go names some (calFittedOn): the precision
// floors hold for the records the rules were written on. With
// -extract-subset it scores only the records named, without floors; with
// -extract-dump it logs each disagreement on the records the rules were
// written on (rulesOwn).
func TestExtractTrainQuality(t *testing.T) {
	recs := loadExtractSplit(t, "train")
	title := "real train split"
	floors := true
	if on := idPrefixes(*extractSubset); len(on) > 0 {
		recs = withIDPrefix(recs, on)
		title += ", records " + strings.Join(on, ",") + "*"
		floors = false
	} else if on := idPrefixes(calFittedOn); len(on) > 0 {
		// The floors hold for the records the rules were written on;
		// the calibration records are scored by
		// TestExtractCalibrationCV (or with -extract-subset).
		recs = withoutIDPrefix(recs, on)
		title += ", without the calibration records " + strings.Join(on, ",") + "*"
	}
	got, base := extractAll(recs), baselineAll(recs)
	so, sb := xScore(recs, got), xScore(recs, base)
	t.Logf("\n%s", xTable(title, inScopeCount(recs), so, sb))
	for _, f := range so.fields {
		if !floors {
			break
		}
		c := so.by[f]
		if fl, ok := extractTrainPrecisionFloors[f]; ok && c.tp+c.fp > 0 && c.p() < fl {
			t.Errorf("%s: precision %.2f on the training split, below the floor %.2f", f, c.p(), fl)
		}
		if fl, ok := extractTrainRecallFloors[f]; ok && c.r() < fl {
			t.Errorf("%s: recall %.2f on the training split, below the floor %.2f", f, c.r(), fl)
		}
	}
	if fl := extractTrainRecallFloors["micro"]; floors && so.micro.r() < fl {
		t.Errorf("micro recall %.2f on the training split, below the floor %.2f", so.micro.r(), fl)
	}
	if !*extractDump {
		return
	}
	own := map[string]bool{}
	for _, r := range rulesOwn(recs) {
		own[r.ID] = true
	}
	for i, r := range recs {
		if !r.Gold.InScope || r.Gold.Extract == nil || !own[r.ID] {
			continue // and not the records the rules were not written on
		}
		want := goldView(r.Gold.Extract)
		for _, f := range so.fields {
			w, hasW := want[f]
			h, hasH := got[i][f]
			if !hasW && !hasH {
				continue
			}
			if f != "exclude_conditions" && hasW && hasH && xMatch(f, h.vals[0], h.yearInferred, w) {
				continue
			}
			if f == "exclude_conditions" && slices.Equal(h.vals, w.vals) {
				continue
			}
			t.Logf("%s %-16s gold %v got %v", r.ID, f, showX(w, hasW), showX(h, hasH))
		}
	}
}

func showX(v xValue, ok bool) string {
	switch {
	case !ok:
		return "-"
	case v.isRange:
		return fmt.Sprintf("[%s,%s]", num(v.lo), num(v.hi))
	case v.yearInferred:
		return strings.Join(v.vals, ",") + "(year inferred)"
	}
	return strings.Join(v.vals, ",")
}

// TestExtractLabelsAreValid checks the gold extract's municipality codes in
// both splits against lmh/geo's 2024 list: a code from before a merger
// (Tana was 5441 until 2024) can never be matched by a reading, which gives
// today's number, so it would count a right value as wrong. Only the codes
// are read, never the texts.
func TestExtractLabelsAreValid(t *testing.T) {
	for _, split := range []string{"train", "test"} {
		for _, p := range municipalityLabelProblems(split, loadExtractSplit(t, split)) {
			t.Error(p)
		}
	}
}

// municipalityLabelProblems returns a line for each gold municipality of
// recs that is not a string or not in lmh/geo's 2024 list, naming the
// record and the value; those of the test split and of the honest check
// inside the training split (honestCheck), which are scored and never
// read, are only counted.
func municipalityLabelProblems(split string, recs []xRecord) []string {
	var out []string
	unread := 0
	for _, r := range recs {
		raw, ok := r.Gold.Extract["municipality"]
		if !ok || string(raw) == "null" {
			continue
		}
		var code string
		err := json.Unmarshal(raw, &code)
		if err == nil && geo.IsValid(code) {
			continue
		}
		switch {
		case split == "test" || honestCheck(realItem{ID: r.ID, Source: r.Source}):
			unread++
		case err != nil:
			out = append(out, fmt.Sprintf("%s %s: municipality %s is not a string: %v", split, r.ID, raw, err))
		default:
			out = append(out, fmt.Sprintf("%s %s: municipality %q is not in the 2024 list", split, r.ID, code))
		}
	}
	if unread > 0 {
		out = append(out, fmt.Sprintf("%s: %d gold municipalities of records not to be read are not codes of the 2024 list (not named)", split, unread))
	}
	return out
}

// TestMunicipalityLabelProblemsNameNoHeldOutRecord: a bad label of the
// frozen test split or of the honest check inside the training split is
// counted, never named by its record's id or its value (those records
// are scored, never read); one of the readable part is named.
func TestMunicipalityLabelProblemsNameNoHeldOutRecord(t *testing.T) {
	rec := func(id, code string) xRecord {
		var r xRecord
		r.ID, r.Source = id, "https://example.org/"+id
		r.Gold.Extract = map[string]json.RawMessage{"municipality": json.RawMessage(`"` + code + `"`)}
		return r
	}
	got := strings.Join(municipalityLabelProblems("test", []xRecord{rec("t-017", "5441"), rec("t-018", "9999"), rec("t-019", "3411")}), "\n")
	if strings.Contains(got, "t-01") || strings.Contains(got, "5441") || strings.Contains(got, "9999") || !strings.Contains(got, "2 ") {
		t.Errorf("test split: %q; want a count of 2 and no id or value", got)
	}
	got = strings.Join(municipalityLabelProblems("train", []xRecord{rec("c5a-003", "5441"), rec("c3c-004", "1234"), rec("lms-002", "5442")}), "\n")
	if strings.Contains(got, "c5a-003") || strings.Contains(got, "c3c-004") || strings.Contains(got, "1234") || !strings.Contains(got, "lms-002") || !strings.Contains(got, "5442") {
		t.Errorf("train split: %q; want the readable record named, the honest check's counted", got)
	}
}
