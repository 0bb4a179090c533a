package lmh

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/google/uuid"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// Sentinels: values that must never appear in any text the package makes
// from a Need. Each is distinctive enough that a leak cannot be chance.
const (
	sentinelFree  = "SENTINEL-FRITEKST-diagnose-kreft-7f3a"
	sentinelMuni  = "9Z7Q"
	sentinelLang  = "xq-SENTINELLANG"
	sentinelICD   = "SENTINELICD9"
	sentinelICPC  = "SENTINELICPC8"
	sentinelAge   = 4711
	sentinelRole  = 4242
	sentinelIDStr = "5e471e1e-5e47-4e1e-8e47-1e5e471e5e47"
)

var sentinels = []string{sentinelFree, sentinelMuni, sentinelLang, sentinelICD, sentinelICPC,
	"4711", "4242", sentinelIDStr, "5e471e1e", "9Z7Q", "SENTINEL"}

func sentinelNeed() Need {
	n := Need{
		ID:            uuid.MustParse(sentinelIDStr),
		Roles:         []taxonomy.Role{taxonomy.RolePatient, sentinelRole},
		Conditions:    []taxonomy.Condition{taxonomy.ConditionCOPD},
		ICD10:         []string{sentinelICD},
		ICPC2:         []string{sentinelICPC},
		Themes:        []taxonomy.Theme{taxonomy.ThemeSleep},
		Goals:         []taxonomy.Goal{taxonomy.GoalCoping},
		Municipality:  sentinelMuni,
		Languages:     []string{sentinelLang},
		Accessibility: []taxonomy.Accessibility{taxonomy.AccessibilityInterpreter},
		Availability:  []TimeSlot{WeekdayEvening},
		FreeText:      sentinelFree + strings.Repeat("x", 5001),
	}
	return n.WithAge(sentinelAge)
}

func assertNoSentinel(t *testing.T, what, s string) {
	t.Helper()
	for _, v := range sentinels {
		if strings.Contains(s, v) {
			t.Errorf("%s leaks %q: %s", what, v, s)
		}
	}
}

func TestNeedNeverPrintsValues(t *testing.T) {
	n := sentinelNeed()
	verbs := []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d", "%10.3v", "%-v", "% x"}
	for _, verb := range verbs {
		t.Run(verb, func(t *testing.T) {
			assertNoSentinel(t, "value "+verb, fmt.Sprintf(verb, n))
			assertNoSentinel(t, "pointer "+verb, fmt.Sprintf(verb, &n))
			assertNoSentinel(t, "slice "+verb, fmt.Sprintf(verb, []Need{n}))
			assertNoSentinel(t, "field "+verb, fmt.Sprintf(verb, struct{ N Need }{n}))
			assertNoSentinel(t, "map "+verb, fmt.Sprintf(verb, map[string]Need{"k": n}))
		})
	}
	assertNoSentinel(t, "String", n.String())
	assertNoSentinel(t, "GoString", n.GoString())
	assertNoSentinel(t, "Sprint", fmt.Sprint(n))
	assertNoSentinel(t, "Sprintln", fmt.Sprintln(n, &n))
	assertNoSentinel(t, "Errorf %w", fmt.Errorf("ctx: %v", n).Error())
}

func TestNeedStringNamesSetFields(t *testing.T) {
	n := Need{Roles: []taxonomy.Role{taxonomy.RoleNextOfKin}, FreeText: "hei"}.WithAge(40)
	if got, want := n.String(), "lmh.Need{roles:1 age:set free_text:set}"; got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
	if got := fmt.Sprintf("%q", Need{}); got != `"lmh.Need{}"` {
		t.Errorf("%%q of zero = %s", got)
	}
}

func TestValidateNeedNeverEchoesValues(t *testing.T) {
	n := sentinelNeed()
	err := ValidateNeed(&n)
	var verr *ValidationError
	if !errors.As(err, &verr) {
		t.Fatalf("ValidateNeed = %v, want *ValidationError", err)
	}
	wantRules := map[string]Rule{
		"roles[1]":     RuleCode,
		"age":          RuleLTE,
		"icd10[0]":     RuleICD10,
		"icpc2[0]":     RuleICPC2,
		"municipality": RuleKommunenummer,
		"languages[0]": RuleBCP47,
		"free_text":    RuleMax,
	}
	if len(verr.Problems) != len(wantRules) {
		t.Errorf("got %d problems, want %d: %v", len(verr.Problems), len(wantRules), verr.Problems)
	}
	for _, p := range verr.Problems {
		if wantRules[p.Field] != p.Rule {
			t.Errorf("problem %s: rule %s, want %s", p.Field, p.Rule, wantRules[p.Field])
		}
		for _, l := range taxonomy.Langs() {
			assertNoSentinel(t, "message", p.Message(l))
		}
		assertNoSentinel(t, "param", p.Param)
		assertNoSentinel(t, "problem", fmt.Sprintf("%v %+v %#v", p, p, p))
	}
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q"} {
		assertNoSentinel(t, "error "+verb, fmt.Sprintf(verb, err))
	}
	assertNoSentinel(t, "Error()", err.Error())
}

func TestValidateNeedGood(t *testing.T) {
	n := Need{
		Roles:           []taxonomy.Role{taxonomy.RoleNextOfKin},
		Conditions:      []taxonomy.Condition{taxonomy.ConditionDementia},
		ICD10:           []string{"F03"},
		PreferredFormat: taxonomy.FormatGroup,
		Delivery:        InPersonOnly,
		Municipality:    "4621",
		Languages:       []string{"nn", "nb"},
		Availability:    []TimeSlot{WeekdayEvening},
		FreeText:        "Mor har fått demens, og eg treng å lære meir.",
	}.WithAge(54)
	if err := ValidateNeed(&n); err != nil {
		t.Fatal(err)
	}
	if age, ok := n.AgeYears(); !ok || age != 54 {
		t.Errorf("AgeYears = %d, %v", age, ok)
	}
	if n.NeedsInterpreter() || !n.HasRole(taxonomy.RoleNextOfKin) || n.HasRole(taxonomy.RolePatient) {
		t.Error("NeedsInterpreter/HasRole")
	}
	c := n.Clone()
	*c.Age = 1
	c.Languages[0] = "en"
	if *n.Age != 54 || n.Languages[0] != "nn" {
		t.Error("Clone shares data")
	}
}

func TestDecodeNeedNeverEchoesValues(t *testing.T) {
	docs := []string{
		`{"roles":["` + sentinelFree + `"]}`,
		`{"format":"` + sentinelFree + `"}`,
		`{"delivery":"` + sentinelFree + `"}`,
		`{"availability":["` + sentinelFree + `"]}`,
		`{"id":"` + sentinelFree + `"}`,
		`{"age":"` + sentinelFree + `"}`,
		`{"free_text":` + `["` + sentinelFree + `"]}`,
		`{"SENTINEL_field":"x"}`,
		`{"free_text":"` + sentinelFree + `"`,
		`{"free_text":"x"} "` + sentinelFree + `"`,
		`{"Free_Text":"` + sentinelFree + `"}`,
		`{"free_text":"` + sentinelFree + `","free_text":"x"}`,
		`{"age":40,"roles":["patient"],"Roles":["` + sentinelFree + `"]}`,
	}
	for i, doc := range docs {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			_, err := DecodeNeed([]byte(doc))
			if err == nil {
				t.Fatal("DecodeNeed accepted bad input")
			}
			var de *DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("error %T is not a *DecodeError", err)
			}
			msg := err.Error()
			if de.Path == "SENTINEL_field" { // a member name is a key, not a value
				msg = strings.ReplaceAll(msg, "SENTINEL_field", "")
			}
			assertNoSentinel(t, "decode error", msg)
			if (errors.Is(err, ErrUnknownField) || errors.Is(err, ErrRepeatedField)) && !strings.HasPrefix(de.Path, "{") {
				t.Errorf("path %q names a member of the need; want its position", de.Path)
			}
			assertNoSentinel(t, "decode error %+v", strings.ReplaceAll(fmt.Sprintf("%+v", err), "SENTINEL_field", ""))
		})
	}
}

// FuzzNeedRedaction checks the privacy property on arbitrary values: no
// string field of a Need appears in what ValidateNeed, DecodeNeed or the
// Need's own formatting produce, unless the string is something the
// package would print anyway (a word of a message, a field name).
func FuzzNeedRedaction(f *testing.F) {
	f.Add("Jeg har kols og bor alene", "9Z7Q", "xq-SECRET", "J44.9x", "R95", 140)
	f.Add("", "0301", "nb", "F32", "P76", 40)
	f.Add("pasient med diabetes", "1201", "norsk", "E11", "T9", -3)
	f.Fuzz(func(t *testing.T, free, muni, lang, icd, icpc string, age int) {
		n := Need{FreeText: free, Municipality: muni, Languages: []string{lang},
			ICD10: []string{icd}, ICPC2: []string{icpc}}.WithAge(age)
		var texts []string
		texts = append(texts, fmt.Sprintf("%v|%+v|%#v|%s|%d|%x", n, n, n, n, n, n))
		if err := ValidateNeed(&n); err != nil {
			texts = append(texts, err.Error(), fmt.Sprintf("%+v %#v", err, err))
			var verr *ValidationError
			if errors.As(err, &verr) {
				for _, p := range verr.Problems {
					for _, l := range taxonomy.Langs() {
						texts = append(texts, p.Message(l))
					}
				}
			}
		}
		b, _ := json.Marshal(map[string]any{"free_text": free, "municipality": muni, "languages": []any{lang, 7},
			"icd10": []string{icd}, "icpc2": icpc, "age": age})
		if _, err := DecodeNeed(b); err != nil {
			texts = append(texts, err.Error())
		}
		all := strings.Join(texts, "\n")
		for _, v := range []string{free, muni, lang, icd, icpc} {
			if len(v) < 4 || strings.Contains(printableCorpus(), v) {
				continue
			}
			if strings.Contains(all, v) {
				t.Fatalf("value %q leaked in:\n%s", v, all)
			}
		}
	})
}

// printableCorpus is everything the package may print about a Need
// without reading a value: rule codes, messages, field names.
var printableCorpus = sync.OnceValue(func() string {
	var b strings.Builder
	for _, r := range Rules() {
		b.WriteString(string(r) + "\n")
		for _, l := range taxonomy.Langs() {
			for _, param := range []string{"", "0", "130", "5000", "role", "condition"} {
				b.WriteString(Problem{Rule: r, Param: param}.Message(l) + "\n")
			}
		}
	}
	for _, s := range []string{"lmh.Need{id roles age conditions icd10 icpc2 themes goals format delivery municipality languages accessibility availability free_text set}",
		"lmh: invalid need: ", "lmh: malformed JSON at offset", "lmh: wrong JSON type (want string int []string)", "lmh: invalid value", "lmh: unknown field",
		"&lmh.ValidationError{Kind:\"need\", Problems:[]lmh.Problem{lmh.Problem{Field:\"\", Rule:\"\", Param:\"\"}}}", "0123456789[]{}:;, "} {
		b.WriteString(s + "\n")
	}
	return b.String()
})

// Needs arrive through plain json.Unmarshal and json.Decoder (HTTP
// handlers) as often as through DecodeNeed; no route may echo a value.
func TestNeedJSONErrorsNeverEchoValues(t *testing.T) {
	type request struct {
		Need Need `json:"need"`
	}
	cases := map[string]string{
		"unknown condition":   `{"conditions":["hiv_SECRET"]}`,
		"fractional age":      `{"age":58.5}`,
		"unknown delivery":    `{"delivery":"SECRET"}`,
		"unknown time slot":   `{"availability":["SECRET"]}`,
		"unknown member":      `{"unknown_member":"SECRET"}`,
		"wrong type":          `{"municipality":["SECRET"]}`,
		"bad role":            `{"roles":["SECRET_role"]}`,
		"malformed":           `{"free_text":"SECRET`,
		"trailing after need": `{"free_text":"SECRET"} {"x":1}`,
	}
	for name, doc := range cases {
		t.Run(name, func(t *testing.T) {
			var n Need
			errs := []error{json.Unmarshal([]byte(doc), &n)}
			errs = append(errs, json.NewDecoder(strings.NewReader(doc)).Decode(&n))
			var req request
			errs = append(errs, json.Unmarshal([]byte(`{"need":`+doc+`}`), &req))
			_, err := DecodeNeed([]byte(doc))
			errs = append(errs, err)
			for i, err := range errs {
				if err == nil {
					if name == "trailing after need" && i == 1 {
						continue // a Decoder reads one value and leaves the rest
					}
					t.Fatalf("route %d accepted %s", i, doc)
				}
				for _, secret := range []string{"SECRET", "hiv", "58.5"} {
					if strings.Contains(err.Error(), secret) || strings.Contains(fmt.Sprintf("%#v", err), secret) {
						t.Errorf("route %d: error echoes %q: %v", i, secret, err)
					}
				}
			}
		})
	}
	// A good need decodes the same way on every route.
	var a, b Need
	good := `{"roles":["next_of_kin"],"conditions":["dementia"],"municipality":"4621","age":55}`
	if err := json.Unmarshal([]byte(good), &a); err != nil {
		t.Fatal(err)
	}
	b, err := DecodeNeed([]byte(good))
	if err != nil {
		t.Fatal(err)
	}
	if a.Municipality != "4621" || len(a.Conditions) != 1 || a.String() != b.String() {
		t.Errorf("routes disagree: %v / %v", a, b)
	}
}
