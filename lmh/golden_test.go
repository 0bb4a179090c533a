package lmh

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/uuid"

	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// updateGolden is the package's -update flag. Other test files of the package
// may read it; they must not register "update" again.
var updateGolden = flag.Bool("update", false, "rewrite golden files in testdata")

// TestJSONGolden pins the wire form: a change to a field name, a code or
// the omission of zero values shows up as a diff against testdata/model.
func TestJSONGolden(t *testing.T) {
	o := goodOffering()
	o.Translations = []Translation{{Lang: taxonomy.EN, Name: "Living with COPD", Description: "Four days."}}
	o.Schedule.Times = []TimeSlot{WeekdayDaytime}
	o.Schedule.Weekly = []WeeklyTime{{Weekday: Tuesday, Start: ClockAt(10, 0), End: ClockAt(14, 30)}}
	o.Frames.RegistrationRequired = No
	o.Frames.RegistrationDeadline = MustParseDate("2027-01-22")
	o.TargetGroup.ExcludeConditions = []taxonomy.Condition{taxonomy.ConditionPsychosis}
	o.Contact = Contact{Phone: "+47 55 97 50 00", Email: "lms@example.org"}
	o.Schedule.Ongoing = false
	o.Coverage.HealthRegions = []geo.HealthRegion{geo.HealthWest}
	o.TargetGroup.HealthLiteracy = []Adaptation{PlainLanguage}
	o.URL = "https://example.org/kols"
	n := Need{
		ID:              uuid.MustParse("1d2c3b4a-0000-4000-8000-000000000001"),
		Roles:           []taxonomy.Role{taxonomy.RoleNextOfKin},
		Conditions:      []taxonomy.Condition{taxonomy.ConditionDementia},
		ICD10:           []string{"F03"},
		ICPC2:           []string{"P70"},
		Themes:          []taxonomy.Theme{taxonomy.ThemeRightsAndAids},
		Goals:           []taxonomy.Goal{taxonomy.GoalCoping},
		PreferredFormat: taxonomy.FormatGroup,
		Delivery:        EitherWay,
		Municipality:    "4621",
		Languages:       []string{"nn"},
		Accessibility:   []taxonomy.Accessibility{taxonomy.AccessibilityHearingLoop},
		Availability:    []TimeSlot{WeekdayEvening},
		FreeText:        "Eksempeltekst.",
	}.WithAge(58)
	for name, v := range map[string]any{"offering.json": &o, "need.json": &n, "isf.json": CheckISF(&o)} {
		t.Run(name, func(t *testing.T) {
			got, err := json.MarshalIndent(v, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", "model", name)
			if *updateGolden {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("JSON differs from %s (run with -update if intended):\n%s", path, got)
			}
		})
	}
}
