package match

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"text/tabwriter"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// The need-text evaluation of issue 18: how well the default TextReader reads
// a person's own words (testdata/needtext/needs.jsonl, labelled with the facts
// a careful reader takes from them), and how the Matcher ranks a catalogue of
// right and near-miss offerings (catalogue.jsonl) for needs written that way
// (scenarios.jsonl). The texts are invented test texts, not health data, so
// failures are logged with their values. testdata/needtext/README.md says how
// the files were written and labelled.
//
//	go test ./lmh/match -run NeedText -v

// needTextDay is the day the scenarios are judged on; the catalogue's
// schedules lie in 2027 around it.
var needTextDay = lmh.MustParseDate("2027-01-11")

// The floors sit one description (or scenario) under the figures measured
// at the end of issue 18 (c8aa157), so the test catches a regression; the
// issue's targets are role ≥ 0.95, own age ≥ 0.95 with no relative age read
// as the writer's, conditions ≥ 0.90, scenarios ≥ 0.90 with no
// hard-constraint violation. Before issue 18 the reader measured roles
// 0.48, own age 0.69 (4 relative ages as own), conditions 0.81,
// municipality 0.64, scenarios 15/36 with 11 violations.
var (
	needTextFieldFloors = map[string]float64{
		"roles":                 0.97, // 84/85
		"own_age":               0.98, // 85/85
		"age_groups":            0.98, // 85/85
		"conditions":            0.97, // 84/85
		"municipality":          0.95, // 82/85
		"languages/interpreter": 0.98, // 85/85
		"delivery":              0.97, // 84/85
		"format":                0.96, // 83/85
		"availability":          0.97, // 84/85
	}
	needTextMaxRelativeAsOwn = 0    // relative's age or age group read as the writer's
	needTextScenarioFloor    = 0.97 // 36/36 scenarios passed
	needTextMaxViolations    = 0    // excluded offerings returned, over all scenarios
)

// The floors of the development set (dev.jsonl, dev_scenarios.jsonl), one
// description or scenario under the figures at c8aa157 (every field 78/78,
// 15/15 scenarios). The reader of main at 1359faf measured, on the first 44
// descriptions and 14 scenarios: roles 0.50, own age 0.70 (2 relative ages
// as own), conditions 0.84, municipality 0.75; scenarios 5/14 with 4
// violations.
var (
	needTextDevFieldFloors = map[string]float64{
		"roles":                 0.98,
		"own_age":               0.98,
		"age_groups":            0.98,
		"conditions":            0.98,
		"municipality":          0.98,
		"languages/interpreter": 0.98,
		"delivery":              0.98,
		"format":                0.98,
		"availability":          0.98,
	}
	needTextDevMaxRelativeAsOwn = 0
	needTextDevScenarioFloor    = 0.93
	needTextDevMaxViolations    = 0
)

// needTextFields is the order fields are reported in.
var needTextFields = []string{"roles", "own_age", "age_groups", "conditions", "municipality",
	"languages/interpreter", "delivery", "format", "availability"}

// needTextItem is one line of needs.jsonl.
type needTextItem struct {
	ID    string        `json:"id"`
	Lang  taxonomy.Lang `json:"lang"`
	Text  string        `json:"text"`
	Voice string        `json:"voice"`
	Facts needTextFacts `json:"facts"`
	Notes string        `json:"notes"`
}

// needTextFacts are the facts a careful reader takes from a description.
// Null in the file is nil here; an empty list is an empty (non-nil) slice.
type needTextFacts struct {
	Roles        []taxonomy.Role         `json:"roles"`
	OwnAge       *int                    `json:"own_age"`
	AgeGroups    []taxonomy.AgeGroup     `json:"age_groups"`
	RelativeAge  *int                    `json:"relative_age"`
	Conditions   []taxonomy.Condition    `json:"conditions"`
	Municipality *string                 `json:"municipality"`
	Languages    []string                `json:"languages"`
	Interpreter  *bool                   `json:"interpreter"`
	Delivery     *lmh.DeliveryPreference `json:"delivery"`
	Format       *taxonomy.Format        `json:"format"`
	Availability []lmh.TimeSlot          `json:"availability"`
}

// needTextScenario is one line of scenarios.jsonl. ExpectFirst must be the
// first result; ExpectTop must fill the first len(ExpectTop) places in any
// order; no offering in Exclude may be returned; an offering named in
// MaxConfidence, if returned, may be at most that confident.
type needTextScenario struct {
	ID            string                    `json:"id"`
	Need          json.RawMessage           `json:"need"`
	ExpectFirst   string                    `json:"expect_first"`
	ExpectTop     []string                  `json:"expect_top"`
	Exclude       []string                  `json:"exclude"`
	MaxConfidence map[string]lmh.Confidence `json:"max_confidence"`
	Notes         string                    `json:"notes"`
}

var needTextVoices = []string{"patient", "parent", "partner", "adult_child", "sibling", "case_worker", "user"}

// needTextLines calls fn with each non-blank line of testdata/needtext/name
// and its line number.
func needTextLines(t *testing.T, name string, fn func(line int, data []byte)) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "needtext", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		fn(n, sc.Bytes())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

// needTextStrict decodes data into v, rejecting unknown members and
// trailing data.
func needTextStrict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return fmt.Errorf("trailing data after the object")
	}
	return nil
}

func loadNeedTextItems(t *testing.T, name string) []needTextItem {
	t.Helper()
	keys := []string{"roles", "own_age", "age_groups", "relative_age", "conditions", "municipality",
		"languages", "interpreter", "delivery", "format", "availability"}
	var items []needTextItem
	seen := map[string]bool{}
	needTextLines(t, name, func(line int, data []byte) {
		var it needTextItem
		if err := needTextStrict(data, &it); err != nil {
			t.Fatalf("%s:%d: %v", name, line, err)
		}
		// Every fact is stated, null or not, so a missing one is a slip.
		var raw struct {
			Facts map[string]json.RawMessage `json:"facts"`
		}
		if err := json.Unmarshal(data, &raw); err != nil {
			t.Fatalf("%s:%d: %v", name, line, err)
		}
		for _, k := range keys {
			if _, ok := raw.Facts[k]; !ok {
				t.Errorf("%s:%d (%s): facts.%s missing", name, line, it.ID, k)
			}
		}
		if it.ID == "" || seen[it.ID] {
			t.Errorf("%s:%d: empty or repeated id %q", name, line, it.ID)
		}
		seen[it.ID] = true
		checkNeedTextItem(t, fmt.Sprintf("%s:%d (%s)", name, line, it.ID), it)
		items = append(items, it)
	})
	return items
}

// checkNeedTextItem checks that every code of the facts parses and that the
// facts agree with each other and with the voice.
func checkNeedTextItem(t *testing.T, where string, it needTextItem) {
	t.Helper()
	f := it.Facts
	if it.Lang != taxonomy.NB && it.Lang != taxonomy.NN {
		t.Errorf("%s: lang %q, want nb or nn", where, it.Lang)
	}
	if !slices.Contains(needTextVoices, it.Voice) {
		t.Errorf("%s: unknown voice %q", where, it.Voice)
	}
	if strings.TrimSpace(it.Text) == "" {
		t.Errorf("%s: empty text", where)
	}
	if f.Roles == nil || f.AgeGroups == nil || f.Conditions == nil || f.Availability == nil {
		t.Errorf("%s: roles, age_groups, conditions and availability are lists (possibly empty), not null", where)
	}
	for _, r := range f.Roles {
		if !r.IsValid() {
			t.Errorf("%s: invalid role", where)
		}
	}
	for _, g := range f.AgeGroups {
		if !g.IsValid() {
			t.Errorf("%s: invalid age group", where)
		}
	}
	for _, c := range f.Conditions {
		if !c.IsValid() {
			t.Errorf("%s: invalid condition", where)
		}
	}
	for _, s := range f.Availability {
		if !s.IsValid() {
			t.Errorf("%s: invalid time slot", where)
		}
	}
	if f.Delivery != nil && *f.Delivery != lmh.DigitalOK && *f.Delivery != lmh.InPersonOnly {
		t.Errorf("%s: delivery %q, want digital_ok, in_person_only or null", where, *f.Delivery)
	}
	if f.Format != nil && !f.Format.IsValid() {
		t.Errorf("%s: invalid format", where)
	}
	if f.Municipality != nil && !geo.IsValid(*f.Municipality) {
		t.Errorf("%s: municipality %q is not a kommunenummer of 2024", where, *f.Municipality)
	}
	// The facts as a Need must pass the model's own validation (codes, age
	// range, kommunenummer, BCP 47 languages).
	need := lmh.Need{Roles: f.Roles, Age: f.OwnAge, Conditions: f.Conditions, Languages: f.Languages, Availability: f.Availability}
	if f.Municipality != nil {
		need.Municipality = *f.Municipality
	}
	if f.Interpreter != nil && *f.Interpreter {
		need.Accessibility = []taxonomy.Accessibility{taxonomy.AccessibilityInterpreter}
	}
	if err := lmh.ValidateNeed(&need); err != nil {
		t.Errorf("%s: the facts as a Need: %v", where, err)
	}
	if f.RelativeAge != nil && (*f.RelativeAge < 0 || *f.RelativeAge > taxonomy.MaxAge) {
		t.Errorf("%s: implausible relative_age", where)
	}
	if f.OwnAge != nil && !slices.Equal(f.AgeGroups, []taxonomy.AgeGroup{taxonomy.AgeGroupOf(*f.OwnAge)}) {
		t.Errorf("%s: age_groups %v disagree with own_age %d", where, f.AgeGroups, *f.OwnAge)
	}
	switch it.Voice {
	case "parent", "partner", "adult_child", "sibling":
		if !slices.Equal(f.Roles, []taxonomy.Role{taxonomy.RoleNextOfKin}) {
			t.Errorf("%s: a %s writes as next of kin", where, it.Voice)
		}
		if it.Voice != "sibling" && len(f.AgeGroups) == 0 {
			t.Errorf("%s: a %s is an adult: age_groups must say so", where, it.Voice)
		}
	case "patient":
		if !slices.Equal(f.Roles, []taxonomy.Role{taxonomy.RolePatient}) {
			t.Errorf("%s: a patient writes as patient", where)
		}
	case "user":
		if !slices.Equal(f.Roles, []taxonomy.Role{taxonomy.RoleUser}) {
			t.Errorf("%s: a user writes as user", where)
		}
	}
}

func loadNeedTextCatalogue(t *testing.T) []lmh.Offering {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "needtext", "catalogue.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	cat, err := lmh.LoadCatalogue(bytes.NewReader(data)) // strict: unknown members and codes fail
	if err != nil {
		t.Fatalf("catalogue.jsonl: %v", err)
	}
	ids := map[string]bool{}
	for i := range cat {
		if err := lmh.ValidateOffering(&cat[i]); err != nil {
			t.Errorf("catalogue.jsonl:%d (%s): %v", i+1, cat[i].ID, err)
		}
		id := cat[i].ID.String()
		if ids[id] {
			t.Errorf("catalogue.jsonl:%d: repeated id %s", i+1, id)
		}
		ids[id] = true
	}
	return cat
}

func loadNeedTextScenarios(t *testing.T, name string, cat []lmh.Offering) []needTextScenario {
	t.Helper()
	known := map[string]bool{}
	for i := range cat {
		known[cat[i].ID.String()] = true
	}
	var out []needTextScenario
	seen := map[string]bool{}
	needTextLines(t, name, func(line int, data []byte) {
		var s needTextScenario
		if err := needTextStrict(data, &s); err != nil {
			t.Fatalf("%s:%d: %v", name, line, err)
		}
		where := fmt.Sprintf("%s:%d (%s)", name, line, s.ID)
		if s.ID == "" || seen[s.ID] {
			t.Errorf("%s: empty or repeated id", where)
		}
		seen[s.ID] = true
		need, err := lmh.DecodeNeed(s.Need)
		if err != nil {
			t.Errorf("%s: need: %v", where, err)
		} else if err := lmh.ValidateNeed(&need); err != nil {
			t.Errorf("%s: need: %v", where, err)
		}
		if s.ExpectFirst == "" && len(s.ExpectTop) == 0 && len(s.Exclude) == 0 {
			t.Errorf("%s: expects nothing", where)
		}
		refs := append(append([]string{s.ExpectFirst}, s.ExpectTop...), s.Exclude...)
		for id := range s.MaxConfidence {
			refs = append(refs, id)
		}
		for _, id := range refs {
			if id != "" && !known[id] {
				t.Errorf("%s: offering %s is not in the catalogue", where, id)
			}
		}
		for _, id := range s.Exclude {
			if id == s.ExpectFirst || slices.Contains(s.ExpectTop, id) {
				t.Errorf("%s: %s is both expected and excluded", where, id)
			}
		}
		if s.ExpectFirst != "" && len(s.ExpectTop) > 0 && !slices.Contains(s.ExpectTop, s.ExpectFirst) {
			t.Errorf("%s: expect_first is not among expect_top", where)
		}
		out = append(out, s)
	})
	return out
}

// TestNeedTextData checks the size and mix the evaluation set promises.
func TestNeedTextData(t *testing.T) {
	items := loadNeedTextItems(t, "needs.jsonl")
	cat := loadNeedTextCatalogue(t)
	scs := loadNeedTextScenarios(t, "scenarios.jsonl", cat)
	nn, others := 0, 0
	for _, it := range items {
		if it.Lang == taxonomy.NN {
			nn++
		}
		if it.Voice != "patient" && it.Voice != "user" {
			others++
		}
	}
	if len(items) < 70 || nn < 25 || others < 25 {
		t.Errorf("%d descriptions, %d in Nynorsk, %d not by the person themselves: want at least 70, 25, 25", len(items), nn, others)
	}
	if len(cat) < 30 || len(cat) > 45 {
		t.Errorf("%d offerings, want 30–45", len(cat))
	}
	if len(scs) < 30 {
		t.Errorf("%d scenarios, want at least 30", len(scs))
	}
}

// needTextGot is what a reader said, in the terms of the labels.
type needTextGot struct {
	f           TextFacts
	groups      []taxonomy.AgeGroup // age groups, with the group of the age if one is read
	languages   []string
	interpreter *bool
}

func needTextRead(r TextReader, text string) needTextGot {
	f := r.ReadNeedText(text)
	g := needTextGot{f: f, groups: slices.Clone(f.AgeGroups)}
	if f.Age != nil {
		if ag := taxonomy.AgeGroupOf(*f.Age); ag != 0 && !slices.Contains(g.groups, ag) {
			g.groups = append(g.groups, ag)
		}
	}
	// The labels give null where the text says nothing: no languages, and
	// no interpreter unless one is asked for.
	if len(f.Languages) > 0 {
		g.languages = f.Languages
	}
	if f.Interpreter {
		yes := true
		g.interpreter = &yes
	}
	return g
}

// needTextEqualSet reports whether a and b hold the same values.
func needTextEqualSet[T comparable](a, b []T) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	for _, x := range b {
		if !slices.Contains(a, x) {
			return false
		}
	}
	return true
}

// needTextMostSpecific drops every condition that subsumes another in the
// list: {diabetes, diabetes_type2} says no more than {diabetes_type2}.
func needTextMostSpecific(cs []taxonomy.Condition) []taxonomy.Condition {
	var out []taxonomy.Condition
	for _, c := range cs {
		broader := false
		for _, d := range cs {
			if c != d && c.Subsumes(d) {
				broader = true
			}
		}
		if !broader {
			out = append(out, c)
		}
	}
	return out
}

// needTextJudge compares what was read with the labels, field by field.
// It returns which fields were right and whether a relative's age (or its
// age group) was taken as the writer's.
func needTextJudge(want needTextFacts, got needTextGot) (right map[string]bool, relAsOwn bool) {
	f := got.f
	right = map[string]bool{}
	right["roles"] = needTextEqualSet(f.Roles, want.Roles)
	right["own_age"] = (f.Age == nil) == (want.OwnAge == nil) && (f.Age == nil || *f.Age == *want.OwnAge)
	right["age_groups"] = needTextEqualSet(got.groups, want.AgeGroups)
	right["conditions"] = needTextEqualSet(needTextMostSpecific(f.Conditions), needTextMostSpecific(want.Conditions))
	wantMuni := ""
	if want.Municipality != nil {
		wantMuni = *want.Municipality
	}
	right["municipality"] = f.Municipality == wantMuni
	interpOK := (got.interpreter == nil) == (want.Interpreter == nil) && (got.interpreter == nil || *got.interpreter == *want.Interpreter)
	right["languages/interpreter"] = needTextEqualSet(got.languages, want.Languages) && (got.languages == nil) == (want.Languages == nil) && interpOK
	var wantDel lmh.DeliveryPreference
	if want.Delivery != nil {
		wantDel = *want.Delivery
	}
	right["delivery"] = f.Delivery == wantDel
	var wantFmt taxonomy.Format
	if want.Format != nil {
		wantFmt = *want.Format
	}
	right["format"] = f.PreferredFormat == wantFmt
	right["availability"] = needTextEqualSet(f.Availability, want.Availability)
	if rel := want.RelativeAge; rel != nil && (want.OwnAge == nil || *want.OwnAge != *rel) {
		if f.Age != nil && *f.Age == *rel {
			relAsOwn = true
		}
		if rg := taxonomy.AgeGroupOf(*rel); slices.Contains(got.groups, rg) && !slices.Contains(want.AgeGroups, rg) {
			relAsOwn = true
		}
	}
	return right, relAsOwn
}

// needTextDescribe prints a field's value as read and as labelled, for the
// failure list.
func needTextDescribe(field string, want needTextFacts, got needTextGot) string {
	str := func(v any) string {
		b, _ := json.Marshal(v)
		return string(b)
	}
	switch field {
	case "roles":
		return str(got.f.Roles) + " want " + str(want.Roles)
	case "own_age":
		return str(got.f.Age) + " want " + str(want.OwnAge)
	case "age_groups":
		return str(got.groups) + " want " + str(want.AgeGroups)
	case "conditions":
		return str(got.f.Conditions) + " want " + str(want.Conditions)
	case "municipality":
		return str(got.f.Municipality) + " want " + str(want.Municipality)
	case "languages/interpreter":
		return str(got.languages) + "/" + str(got.interpreter) + " want " + str(want.Languages) + "/" + str(want.Interpreter)
	case "delivery":
		return str(got.f.Delivery) + " want " + str(want.Delivery)
	case "format":
		return str(got.f.PreferredFormat) + " want " + str(want.Format)
	case "availability":
		return str(got.f.Availability) + " want " + str(want.Availability)
	}
	return ""
}

// emptyTextReader reads nothing: the baseline every figure is set beside.
type emptyTextReader struct{}

func (emptyTextReader) ReadNeedText(string) TextFacts { return TextFacts{} }

// TestNeedTextFacts measures the default reader field by field on the
// descriptions of the test set, beside a reader that reads nothing.
func TestNeedTextFacts(t *testing.T) {
	checkNeedTextFacts(t, "needs.jsonl", needTextFieldFloors, needTextMaxRelativeAsOwn)
}

// TestNeedTextDevFacts is TestNeedTextFacts on the development set
// (dev.jsonl), the descriptions the reader was developed against.
func TestNeedTextDevFacts(t *testing.T) {
	checkNeedTextFacts(t, "dev.jsonl", needTextDevFieldFloors, needTextDevMaxRelativeAsOwn)
}

// checkNeedTextFacts measures the default reader on the descriptions in
// file name against floors per field and a most of relative ages read as
// the writer's.
func checkNeedTextFacts(t *testing.T, name string, floors map[string]float64, maxRelAsOwn int) {
	items := loadNeedTextItems(t, name)
	n := float64(len(items))
	count := map[string]int{}
	baseline := map[string]int{}
	others, othersRoles := 0, 0
	relAsOwn, baseRelAsOwn := 0, 0
	var failures []string
	for _, it := range items {
		got := needTextRead(defaultTextReader{}, it.Text)
		right, rel := needTextJudge(it.Facts, got)
		base, baseRel := needTextJudge(it.Facts, needTextRead(emptyTextReader{}, it.Text))
		for _, field := range needTextFields {
			if right[field] {
				count[field]++
			} else {
				failures = append(failures, fmt.Sprintf("%s %s (%s): %s", it.ID, field, it.Voice, needTextDescribe(field, it.Facts, got)))
			}
			if base[field] {
				baseline[field]++
			}
		}
		if rel {
			relAsOwn++
			failures = append(failures, fmt.Sprintf("%s relative age as own (%s): age %s, groups %s; relative %d",
				it.ID, it.Voice, needTextJSON(got.f.Age), needTextJSON(got.groups), *it.Facts.RelativeAge))
		}
		if baseRel {
			baseRelAsOwn++
		}
		if it.Voice != "patient" && it.Voice != "user" {
			others++
			if right["roles"] {
				othersRoles++
			}
		}
	}

	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "field\tdefault reader\treads nothing\tfloor\t\n")
	for _, field := range needTextFields {
		fmt.Fprintf(tw, "%s\t%d/%d = %.3f\t%.3f\t%.2f\t\n", field, count[field], len(items),
			float64(count[field])/n, float64(baseline[field])/n, floors[field])
	}
	fmt.Fprintf(tw, "roles, not by the person\t%d/%d = %.3f\t\t\t\n", othersRoles, others, float64(othersRoles)/float64(max(others, 1)))
	fmt.Fprintf(tw, "relative's age as own (errors)\t%d\t%d\t≤ %d\t\n", relAsOwn, baseRelAsOwn, maxRelAsOwn)
	tw.Flush()
	t.Logf("need-text facts, %s, %d descriptions:\n%s", name, len(items), b.String())
	if len(failures) > 0 {
		t.Logf("failures (test texts, not health data):\n  %s", strings.Join(failures, "\n  "))
	}

	for _, field := range needTextFields {
		if got := float64(count[field]) / n; got < floors[field] {
			t.Errorf("%s: %s accuracy %.3f, below the floor %.2f", name, field, got, floors[field])
		}
	}
	if relAsOwn > maxRelAsOwn {
		t.Errorf("%s: %d relative ages read as the writer's, more than %d", name, relAsOwn, maxRelAsOwn)
	}
}

func needTextJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// needTextOutcome is how one scenario went.
type needTextOutcome struct {
	pass       bool
	violations int      // excluded offerings returned
	problems   []string // why it failed
}

func runNeedTextScenario(t *testing.T, m *Matcher, names map[string]string, s needTextScenario, opts ...Option) needTextOutcome {
	t.Helper()
	need, err := lmh.DecodeNeed(s.Need)
	if err != nil {
		t.Fatalf("%s: %v", s.ID, err)
	}
	rs, err := m.Match(need, append([]Option{Limit(0)}, opts...)...)
	if err != nil {
		t.Fatalf("%s: Match: %v", s.ID, err)
	}
	ids := make([]string, len(rs))
	for i, r := range rs {
		ids[i] = r.Offering.ID.String()
	}
	label := func(id string) string { return fmt.Sprintf("%s %q", id[len(id)-2:], names[id]) }
	var out needTextOutcome
	if s.ExpectFirst != "" && (len(ids) == 0 || ids[0] != s.ExpectFirst) {
		out.problems = append(out.problems, "expected first: "+label(s.ExpectFirst))
	}
	if k := len(s.ExpectTop); k > 0 && (len(ids) < k || !needTextEqualSet(ids[:k], s.ExpectTop)) {
		want := make([]string, k)
		for i, id := range s.ExpectTop {
			want[i] = label(id)
		}
		out.problems = append(out.problems, "expected the first places: "+strings.Join(want, ", "))
	}
	for _, id := range s.Exclude {
		if slices.Contains(ids, id) {
			out.violations++
			out.problems = append(out.problems, "returned an excluded offering: "+label(id))
		}
	}
	for id, most := range s.MaxConfidence {
		if i := slices.Index(ids, id); i >= 0 && rs[i].Confidence > most {
			out.problems = append(out.problems, fmt.Sprintf("%s is %v, want at most %v", label(id), rs[i].Confidence, most))
		}
	}
	out.pass = len(out.problems) == 0
	if !out.pass {
		var got []string
		for i, r := range rs[:min(len(rs), 4)] {
			got = append(got, fmt.Sprintf("%d. %s %v", i+1, label(ids[i]), r.Confidence))
		}
		if len(got) == 0 {
			got = []string{"no results"}
		}
		out.problems = append(out.problems, "got: "+strings.Join(got, "; "))
	}
	return out
}

// TestNeedTextScenarios ranks the catalogue for each scenario of the test
// set with the default reader, beside the same matcher with free-text
// reading turned off.
func TestNeedTextScenarios(t *testing.T) {
	checkNeedTextScenarios(t, "scenarios.jsonl", needTextScenarioFloor, needTextMaxViolations)
}

// TestNeedTextDevScenarios is TestNeedTextScenarios on the development
// scenarios (dev_scenarios.jsonl).
func TestNeedTextDevScenarios(t *testing.T) {
	checkNeedTextScenarios(t, "dev_scenarios.jsonl", needTextDevScenarioFloor, needTextDevMaxViolations)
}

// checkNeedTextScenarios runs the scenarios in file name against a floor
// on the pass rate and a most of hard-constraint violations.
func checkNeedTextScenarios(t *testing.T, name string, rateFloor float64, maxViolations int) {
	cat := loadNeedTextCatalogue(t)
	scs := loadNeedTextScenarios(t, name, cat)
	m, err := New(cat, On(needTextDay))
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for i := range cat {
		names[cat[i].ID.String()] = cat[i].Name
	}
	passed, violations, basePassed, baseViolations := 0, 0, 0, 0
	var failures []string
	for _, s := range scs {
		o := runNeedTextScenario(t, m, names, s)
		if o.pass {
			passed++
		} else {
			failures = append(failures, s.ID+": "+strings.Join(o.problems, "\n      "))
		}
		violations += o.violations
		base := runNeedTextScenario(t, m, names, s, Reader(nil))
		if base.pass {
			basePassed++
		}
		baseViolations += base.violations
	}
	rate := float64(passed) / float64(len(scs))
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "\tdefault reader\tno free-text reading\tfloor\t\n")
	fmt.Fprintf(tw, "scenarios passed\t%d/%d = %.3f\t%d/%d = %.3f\t%.2f\t\n", passed, len(scs), rate,
		basePassed, len(scs), float64(basePassed)/float64(len(scs)), rateFloor)
	fmt.Fprintf(tw, "hard-constraint violations\t%d\t%d\t≤ %d\t\n", violations, baseViolations, maxViolations)
	tw.Flush()
	t.Logf("need-text scenarios, %s, over %d offerings on %s:\n%s", name, len(cat), needTextDay, b.String())
	if len(failures) > 0 {
		t.Logf("failed scenarios:\n  %s", strings.Join(failures, "\n  "))
	}
	if rate < rateFloor || math.IsNaN(rate) {
		t.Errorf("%s: scenario pass rate %.3f, below the floor %.2f", name, rate, rateFloor)
	}
	if violations > maxViolations {
		t.Errorf("%s: %d hard-constraint violations, more than %d", name, violations, maxViolations)
	}
}
