package jsonschema

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
)

var update = flag.Bool("update", false, "rewrite the committed schemas from the Go types")

var schemas = []struct {
	file string
	gen  func() ([]byte, error)
}{
	{"offering.schema.json", Offering},
	{"need.schema.json", Need},
}

// TestCommittedSchemasAreCurrent keeps the committed schema files in step
// with the Go types.
func TestCommittedSchemasAreCurrent(t *testing.T) {
	for _, s := range schemas {
		t.Run(s.file, func(t *testing.T) {
			got, err := s.gen()
			if err != nil {
				t.Fatal(err)
			}
			if *update {
				if err := os.WriteFile(s.file, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(s.file)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s is stale: the Go types changed; run go test ./lmh/jsonschema -update", s.file)
			}
		})
	}
}

// TestSampleCatalogueConforms checks every sample offering against the
// schema with a small validator for the keywords the generator uses.
func TestSampleCatalogueConforms(t *testing.T) {
	schema := load(t, Offering)
	cat := lmh.SampleCatalogueOn(lmh.SampleDay)
	if len(cat) == 0 {
		t.Fatal("empty sample catalogue")
	}
	for _, o := range cat {
		t.Run(o.ID.String(), func(t *testing.T) {
			for _, p := range check(schema, schema, instance(t, o), "") {
				t.Error(p)
			}
		})
	}
}

func TestNeedConforms(t *testing.T) {
	schema := load(t, Need)
	age := 54
	n := lmh.Need{ID: uuid.MustParse("0b6c3d4e-1111-4a2b-9c3d-000000000001"), Roles: []taxonomy.Role{taxonomy.RoleNextOfKin},
		Age: &age, Conditions: []taxonomy.Condition{taxonomy.ConditionDementia}, ICD10: []string{"F03"}, ICPC2: []string{"P70"},
		Themes: []taxonomy.Theme{taxonomy.ThemeGrief}, Goals: []taxonomy.Goal{taxonomy.GoalCoping}, PreferredFormat: taxonomy.FormatGroup,
		Delivery: lmh.EitherWay, Municipality: "5001", Languages: []string{"nb"}, Accessibility: []taxonomy.Accessibility{taxonomy.AccessibilityInterpreter},
		Availability: []lmh.TimeSlot{lmh.WeekdayEvening}, FreeText: "pårørende til mor med demens"}
	for _, p := range check(schema, schema, instance(t, n), "") {
		t.Error(p)
	}
}

// TestSchemaRejects shows the schema (and the small validator the tests use)
// can fail: each broken document must give at least one problem.
func TestSchemaRejects(t *testing.T) {
	schema := load(t, Offering)
	cases := map[string]func(m map[string]any){
		"unknown property":      func(m map[string]any) { m["colour"] = "blue" },
		"unknown arena":         func(m map[string]any) { m["provider"].(map[string]any)["arena"] = "hospital" },
		"bad kommunenummer":     func(m map[string]any) { m["place"] = map[string]any{"municipality": "301"} },
		"name missing":          func(m map[string]any) { delete(m, "name") },
		"sessions not a number": func(m map[string]any) { m["frames"].(map[string]any)["sessions"] = "8" },
		"referral as a string":  func(m map[string]any) { m["frames"].(map[string]any)["referral_required"] = "yes" },
		"bad clock time": func(m map[string]any) {
			m["schedule"].(map[string]any)["weekly"] = []any{map[string]any{"weekday": "tuesday", "start": "18.00"}}
		},
		"unknown weekday": func(m map[string]any) {
			m["schedule"].(map[string]any)["weekly"] = []any{map[string]any{"weekday": "tirsdag"}}
		},
		"weekly without weekday": func(m map[string]any) {
			m["schedule"].(map[string]any)["weekly"] = []any{map[string]any{"start": "18:00"}}
		},
		"bad phone":         func(m map[string]any) { m["contact"] = map[string]any{"phone": "5555"} },
		"unknown exclusion": func(m map[string]any) { m["target_group"].(map[string]any)["exclude_conditions"] = []any{"psykose"} },
	}
	for name, mod := range cases {
		t.Run(name, func(t *testing.T) {
			m := instance(t, lmh.SampleCatalogueOn(lmh.SampleDay)[0]).(map[string]any)
			mod(m)
			if len(check(schema, schema, m, "")) == 0 {
				t.Error("accepted a broken offering")
			}
		})
	}
}

func TestEveryFieldInSchema(t *testing.T) {
	schema := load(t, Offering)
	defs := schema["$defs"].(map[string]any)
	for _, name := range []string{"Provider", "TargetGroup", "Frames", "Capacity", "Cost", "Schedule", "WeeklyTime", "Place", "Contact",
		"Coverage", "UserParticipation", "Translation", "AgeRange"} {
		if _, ok := defs[name]; !ok {
			t.Errorf("$defs has no %s", name)
		}
	}
	props := schema["properties"].(map[string]any)
	typ := reflect.TypeOf(lmh.Offering{})
	for i := 0; i < typ.NumField(); i++ {
		name, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
		if _, ok := props[name]; !ok && name != "-" {
			t.Errorf("field %s (%q) is not in the schema", typ.Field(i).Name, name)
		}
	}
	if len(props) != typ.NumField() {
		t.Errorf("schema has %d properties, lmh.Offering %d fields", len(props), typ.NumField())
	}
}

func load(t *testing.T, gen func() ([]byte, error)) map[string]any {
	t.Helper()
	b, err := gen()
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func instance(t *testing.T, v any) any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var x any
	if err := json.Unmarshal(b, &x); err != nil {
		t.Fatal(err)
	}
	return x
}

// check validates x against schema s for the keywords the generator writes.
func check(root, s map[string]any, x any, path string) []string {
	if ref, ok := s["$ref"].(string); ok {
		name := ref[len("#/$defs/"):]
		return check(root, root["$defs"].(map[string]any)[name].(map[string]any), x, path)
	}
	var out []string
	bad := func(format string, args ...any) { out = append(out, path+": "+fmt.Sprintf(format, args...)) }
	types := []string{}
	switch ty := s["type"].(type) {
	case string:
		types = append(types, ty)
	case []any:
		for _, v := range ty {
			types = append(types, v.(string))
		}
	}
	kind := "null"
	switch x.(type) {
	case string:
		kind = "string"
	case bool:
		kind = "boolean"
	case float64:
		kind = "number"
		if v := x.(float64); v == float64(int64(v)) {
			kind = "integer"
		}
	case []any:
		kind = "array"
	case map[string]any:
		kind = "object"
	}
	if !slices.Contains(types, kind) && !(kind == "integer" && slices.Contains(types, "number")) {
		bad("type %s, want %v", kind, types)
		return out
	}
	if enum, ok := s["enum"].([]any); ok && !slices.Contains(enum, x) {
		bad("%v is not in the enum", x)
	}
	if p, ok := s["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(x.(string)) {
		bad("%q does not match %s", x, p)
	}
	switch v := x.(type) {
	case []any:
		for i, e := range v {
			out = append(out, check(root, s["items"].(map[string]any), e, fmt.Sprintf("%s[%d]", path, i))...)
		}
	case map[string]any:
		props, _ := s["properties"].(map[string]any)
		for k, e := range v {
			ps, ok := props[k].(map[string]any)
			if !ok {
				bad("unknown property %q", k)
				continue
			}
			out = append(out, check(root, ps, e, path+"/"+k)...)
		}
		if req, ok := s["required"].([]any); ok {
			for _, r := range req {
				if _, ok := v[r.(string)]; !ok {
					bad("missing %q", r)
				}
			}
		}
	}
	return out
}
