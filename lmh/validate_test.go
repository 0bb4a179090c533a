package lmh

import (
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// goodOffering returns a valid group offering to mutate in tests.
func goodOffering() Offering {
	return Offering{
		ID:          uuid.MustParse("0b7e3f5c-1f2a-4d6e-9c8b-7a6f5e4d3c2b"),
		Lang:        taxonomy.NB,
		Name:        "Leve med kols – kurs for pasienter og pårørende",
		Description: "Fire kursdager om kols.",
		Provider: Provider{Name: "Lærings- og mestringssenteret", Arena: taxonomy.ArenaSpecialist,
			OrganisationNumber: "983974724", Municipality: "4601", HealthTrust: true},
		Format:    taxonomy.FormatGroup,
		Programme: taxonomy.ProgrammeKolsskole,
		TargetGroup: TargetGroup{
			Roles:      []taxonomy.Role{taxonomy.RolePatient, taxonomy.RoleNextOfKin},
			Ages:       AgeRange{Min: 18},
			Conditions: []taxonomy.Condition{taxonomy.ConditionCOPD},
			ICD10:      []string{"J44"},
			ICPC2:      []string{"R95"},
		},
		Goals:         []taxonomy.Goal{taxonomy.GoalTreatmentMastery},
		ServiceLevels: []taxonomy.ServiceLevel{taxonomy.ServiceLevelRehabilitation},
		Methods:       []taxonomy.Method{taxonomy.MethodTeaching},
		Delivery:      taxonomy.DeliveryInPerson,
		Scope:         taxonomy.ScopeDiagnosisSpecific,
		Themes:        []taxonomy.Theme{taxonomy.ThemePhysicalActivity},
		Frames: Frames{Sessions: 4, Hours: 16, Capacity: Capacity{Min: 6, Max: 14, Enrolled: 3},
			Cost: Cost{Free: true}, ReferralRequired: Yes, RegistrationRequired: Yes},
		Schedule: Schedule{Start: MustParseDate("2027-02-02"), End: MustParseDate("2027-02-23"),
			Dates: []Date{MustParseDate("2027-02-02"), MustParseDate("2027-02-09")}},
		Place:         Place{Name: "Haukeland", Municipality: "4601"},
		Coverage:      Coverage{Counties: []string{"46"}},
		Languages:     []string{"nb", "en"},
		Accessibility: []taxonomy.Accessibility{taxonomy.AccessibilityHearingLoop},
		Participation: UserParticipation{Stages: []taxonomy.Participation{taxonomy.ParticipationPlanning}, PeerCoLeaders: true},
		Team:          []Profession{Nurse, Physician},
		Evaluation:    EvalQuestionnaire,
		Status:        StatusActive,
		LastModified:  time.Date(2026, 10, 1, 9, 0, 0, 0, time.UTC),
	}
}

func TestValidateOfferingGood(t *testing.T) {
	o := goodOffering()
	if err := ValidateOffering(&o); err != nil {
		t.Fatal(err)
	}
}

func TestValidateOffering(t *testing.T) {
	type want struct {
		field string
		rule  Rule
		param string
	}
	tests := []struct {
		name   string
		mutate func(o *Offering)
		want   []want
	}{
		{"missing id", func(o *Offering) { o.ID = uuid.Nil }, []want{{"id", RuleRequired, ""}}},
		{"missing name", func(o *Offering) { o.Name = "" }, []want{{"name", RuleRequired, ""}}},
		{"name too long", func(o *Offering) { o.Name = strings.Repeat("kurs ", 41) }, []want{{"name", RuleMax, "200"}}},
		{"english own text", func(o *Offering) { o.Lang = taxonomy.EN }, []want{{"lang", RuleDocLang, ""}}},
		{"no lang", func(o *Offering) { o.Lang = 0 }, []want{{"lang", RuleRequired, ""}}},
		{"bad translation lang", func(o *Offering) {
			o.Translations = []Translation{{Lang: taxonomy.Lang(99), Name: "x"}}
		}, []want{{"translations[0].lang", RuleLang, ""}}},
		{"translation without name", func(o *Offering) {
			o.Translations = []Translation{{Lang: taxonomy.EN}}
		}, []want{{"translations[0].name", RuleRequired, ""}}},
		{"no arena", func(o *Offering) { o.Provider.Arena = 0 }, []want{{"provider.arena", RuleRequired, ""}}},
		{"arena out of range", func(o *Offering) { o.Provider.Arena = 99 }, []want{{"provider.arena", RuleCode, "arena"}}},
		{"org number check digit", func(o *Offering) { o.Provider.OrganisationNumber = "983974725" },
			[]want{{"provider.organisation_number", RuleOrgNumber, ""}}},
		{"org number letters", func(o *Offering) { o.Provider.OrganisationNumber = "98397472X" },
			[]want{{"provider.organisation_number", RuleOrgNumber, ""}}},
		{"provider municipality", func(o *Offering) { o.Provider.Municipality = "1201" },
			[]want{{"provider.municipality", RuleKommunenummer, ""}}},
		{"bad programme", func(o *Offering) { o.Programme = 999 }, []want{{"programme", RuleCode, "programme"}}},
		{"bad role", func(o *Offering) { o.TargetGroup.Roles = append(o.TargetGroup.Roles, 77) },
			[]want{{"target_group.roles[2]", RuleCode, "role"}}},
		{"bad condition", func(o *Offering) { o.TargetGroup.Conditions = []taxonomy.Condition{999} },
			[]want{{"target_group.conditions[0]", RuleCode, "condition"}}},
		{"bad icd10", func(o *Offering) { o.TargetGroup.ICD10 = []string{"J44", "kols"} },
			[]want{{"target_group.icd10[1]", RuleICD10, ""}}},
		{"bad icpc2", func(o *Offering) { o.TargetGroup.ICPC2 = []string{"R9"} },
			[]want{{"target_group.icpc2[0]", RuleICPC2, ""}}},
		{"bad adaptation", func(o *Offering) { o.TargetGroup.HealthLiteracy = []Adaptation{42} },
			[]want{{"target_group.health_literacy[0]", RuleEnum, ""}}},
		{"bad goal", func(o *Offering) { o.Goals = []taxonomy.Goal{0} }, []want{{"goals[0]", RuleCode, "goal"}}},
		{"bad service level", func(o *Offering) { o.ServiceLevels = []taxonomy.ServiceLevel{99} },
			[]want{{"service_levels[0]", RuleCode, "service_level"}}},
		{"bad method", func(o *Offering) { o.Methods = []taxonomy.Method{99} }, []want{{"methods[0]", RuleCode, "method"}}},
		{"bad theme", func(o *Offering) { o.Themes = []taxonomy.Theme{99} }, []want{{"themes[0]", RuleCode, "theme"}}},
		{"bad accessibility", func(o *Offering) { o.Accessibility = []taxonomy.Accessibility{99} },
			[]want{{"accessibility[0]", RuleCode, "accessibility"}}},
		{"bad participation", func(o *Offering) { o.Participation.Stages = []taxonomy.Participation{99} },
			[]want{{"user_participation.stages[0]", RuleCode, "participation"}}},
		{"no delivery", func(o *Offering) { o.Delivery = 0 }, []want{{"delivery", RuleRequired, ""}}},
		{"no scope", func(o *Offering) { o.Scope = 0 }, []want{{"scope", RuleRequired, ""}}},
		{"no format", func(o *Offering) { o.Format = 0 }, []want{{"format", RuleRequired, ""}}},
		{"negative sessions", func(o *Offering) { o.Frames.Sessions = -1 }, []want{{"frames.sessions", RuleGTE, "0"}}},
		{"too many hours", func(o *Offering) { o.Frames.Hours = 5000 }, []want{{"frames.hours", RuleLTE, "2000"}}},
		{"bad date", func(o *Offering) { o.Schedule.Start = Date{2027, 2, 30} }, []want{{"schedule.start", RuleDate, ""}}},
		{"bad dates element", func(o *Offering) { o.Schedule.Dates[1] = Date{2027, 13, 1} },
			[]want{{"schedule.dates[1]", RuleDate, ""}}},
		{"bad time slot", func(o *Offering) { o.Schedule.Times = []TimeSlot{9} }, []want{{"schedule.times[0]", RuleEnum, ""}}},
		{"place municipality", func(o *Offering) { o.Place.Municipality = "9999" },
			[]want{{"place.municipality", RuleKommunenummer, ""}}},
		{"coverage municipality", func(o *Offering) { o.Coverage.Municipalities = []string{"0301", "301"} },
			[]want{{"coverage.municipalities[1]", RuleKommunenummer, ""}}},
		{"coverage county", func(o *Offering) { o.Coverage.Counties = []string{"12"} },
			[]want{{"coverage.counties[0]", RuleFylkesnummer, ""}}},
		{"coverage region", func(o *Offering) { o.Coverage.HealthRegions = []geo.HealthRegion{7} },
			[]want{{"coverage.health_regions[0]", RuleEnum, ""}}},
		{"no languages", func(o *Offering) { o.Languages = nil }, []want{{"languages", RuleRequired, ""}}},
		{"bad language", func(o *Offering) { o.Languages = []string{"nb", "norsk"} },
			[]want{{"languages[1]", RuleBCP47, ""}}},
		{"bad team", func(o *Offering) { o.Team = []Profession{0} }, []want{{"team[0]", RuleEnum, ""}}},
		{"bad evaluation", func(o *Offering) { o.Evaluation = 50 }, []want{{"evaluation", RuleEnum, ""}}},
		{"bad url", func(o *Offering) { o.URL = "mestring.no" }, []want{{"url", RuleURL, ""}}},
		{"no status", func(o *Offering) { o.Status = 0 }, []want{{"status", RuleRequired, ""}}},
		{"bad status", func(o *Offering) { o.Status = 9 }, []want{{"status", RuleEnum, ""}}},
		{"no last modified", func(o *Offering) { o.LastModified = time.Time{} },
			[]want{{"last_modified", RuleRequired, ""}}},

		// Domain rules.
		{"group of one", func(o *Offering) { o.Frames.Capacity = Capacity{Max: 1} },
			[]want{{"frames.capacity.max", RuleGroupCapacity, "2"}}},
		{"group capacity unstated", func(o *Offering) { o.Frames.Capacity = Capacity{} },
			[]want{{"frames.capacity.max", RuleRequired, ""}}}, // missing, not too small
		{"group of one", func(o *Offering) { o.Frames.Capacity = Capacity{Max: 1} },
			[]want{{"frames.capacity.max", RuleGroupCapacity, "2"}}},
		{"individual capacity unstated", func(o *Offering) { o.Format = taxonomy.FormatIndividual; o.Frames.Capacity = Capacity{} },
			[]want{{"frames.capacity.max", RuleRequired, ""}}},
		{"individual of two", func(o *Offering) { o.Format = taxonomy.FormatIndividual; o.Frames.Capacity = Capacity{Max: 2} },
			[]want{{"frames.capacity.max", RuleIndividualCapacity, "1"}}},
		{"capacity order", func(o *Offering) { o.Frames.Capacity.Min = 20 },
			[]want{{"frames.capacity.min", RuleCapacityOrder, ""}}},
		{"over-enrolled", func(o *Offering) { o.Frames.Capacity.Enrolled = 15 },
			[]want{{"frames.capacity.enrolled", RuleEnrolledOverCapacity, ""}}},
		{"no role", func(o *Offering) { o.TargetGroup.Roles = nil },
			[]want{{"target_group.roles", RuleRoleRequired, "1"}}},
		{"diagnosis-specific without condition", func(o *Offering) {
			o.TargetGroup.Conditions, o.TargetGroup.ICD10, o.TargetGroup.ICPC2 = nil, nil, nil
		}, []want{{"target_group.conditions", RuleConditionRequired, "1"}}},
		{"age order", func(o *Offering) { o.TargetGroup.Ages = AgeRange{Min: 67, Max: 18} },
			[]want{{"target_group.ages.max", RuleAgeOrder, ""}}},
		{"age implausible", func(o *Offering) { o.TargetGroup.Ages = AgeRange{Min: -1, Max: 200} },
			[]want{{"target_group.ages.min", RuleAgePlausible, "0–130"}, {"target_group.ages.max", RuleAgePlausible, "0–130"}}},
		{"in person without place", func(o *Offering) { o.Place = Place{} },
			[]want{{"place.municipality", RulePlaceRequired, ""}}},
		{"hybrid without place", func(o *Offering) { o.Delivery = taxonomy.DeliveryHybrid; o.Place = Place{Name: "Haukeland"} },
			[]want{{"place.municipality", RulePlaceRequired, ""}}},
		{"no coverage", func(o *Offering) { o.Coverage = Coverage{} },
			[]want{{"coverage", RuleCoverageRequired, ""}}},
		{"no user participation", func(o *Offering) { o.Participation = UserParticipation{} },
			[]want{{"user_participation", RuleParticipationRequired, ""}}},
		{"end before start", func(o *Offering) { o.Schedule.End = MustParseDate("2027-01-01") },
			[]want{{"schedule.end", RuleScheduleOrder, ""}}},
		{"dates unordered", func(o *Offering) { o.Schedule.Dates[0], o.Schedule.Dates[1] = o.Schedule.Dates[1], o.Schedule.Dates[0] },
			[]want{{"schedule.dates[1]", RuleScheduleOrder, ""}}},
		{"date before start", func(o *Offering) { o.Schedule.Dates[0] = MustParseDate("2027-01-30") },
			[]want{{"schedule.dates[0]", RuleScheduleRange, ""}}},
		{"negative fee", func(o *Offering) { o.Frames.Cost = Cost{FeeNOK: -100} },
			[]want{{"frames.cost.fee_nok", RuleFeeNonNegative, "0"}}},
		{"free with fee", func(o *Offering) { o.Frames.Cost = Cost{Free: true, FeeNOK: 300} },
			[]want{{"frames.cost.fee_nok", RuleFeeFree, ""}}},
		{"bad referral", func(o *Offering) { o.Frames.ReferralRequired = 7 }, []want{{"frames.referral_required", RuleEnum, ""}}},
		{"bad deadline", func(o *Offering) { o.Frames.RegistrationDeadline = Date{2027, 2, 29} },
			[]want{{"frames.registration_deadline", RuleDate, ""}}},
		{"deadline after start", func(o *Offering) { o.Frames.RegistrationDeadline = MustParseDate("2027-02-03") },
			[]want{{"frames.registration_deadline", RuleDeadlineOrder, ""}}},
		{"deadline after first date", func(o *Offering) {
			o.Schedule.Start = Date{}
			o.Frames.RegistrationDeadline = MustParseDate("2027-02-03")
		}, []want{{"frames.registration_deadline", RuleDeadlineOrder, ""}}},
		{"weekly without weekday", func(o *Offering) { o.Schedule.Weekly = []WeeklyTime{{Start: ClockAt(18, 0)}} },
			[]want{{"schedule.weekly[0].weekday", RuleRequired, ""}}},
		{"weekly bad weekday", func(o *Offering) { o.Schedule.Weekly = []WeeklyTime{{Weekday: 8}} },
			[]want{{"schedule.weekly[0].weekday", RuleEnum, ""}}},
		{"weekly ends before start", func(o *Offering) {
			o.Schedule.Weekly = []WeeklyTime{{Weekday: Monday, Start: ClockAt(10, 0), End: ClockAt(10, 0)}}
		}, []want{{"schedule.weekly[0].end", RuleTimeOrder, ""}}},
		{"weekly evening, times daytime", func(o *Offering) {
			o.Schedule.Weekly = []WeeklyTime{{Weekday: Tuesday, Start: ClockAt(18, 0)}}
			o.Schedule.Times = []TimeSlot{WeekdayDaytime}
		}, []want{{"schedule.times", RuleTimesWeekly, ""}}},
		{"times weekend, weekly has no weekend", func(o *Offering) {
			o.Schedule.Weekly = []WeeklyTime{{Weekday: Tuesday}}
			o.Schedule.Times = []TimeSlot{WeekdayEvening, Weekend}
		}, []want{{"schedule.times", RuleTimesWeekly, ""}}},
		{"excluded and targeted", func(o *Offering) {
			o.TargetGroup.ExcludeConditions = []taxonomy.Condition{taxonomy.ConditionPsychosis, taxonomy.ConditionCOPD}
		}, []want{{"target_group.exclude_conditions[1]", RuleExcludeConflict, ""}}},
		{"excluded broader than targeted", func(o *Offering) {
			o.TargetGroup.ExcludeConditions = []taxonomy.Condition{taxonomy.ConditionLungDisease}
		}, []want{{"target_group.exclude_conditions[0]", RuleExcludeConflict, ""}}},
		{"bad excluded", func(o *Offering) { o.TargetGroup.ExcludeConditions = []taxonomy.Condition{999} },
			[]want{{"target_group.exclude_conditions[0]", RuleCode, "condition"}}},
		{"bad phone", func(o *Offering) { o.Contact.Phone = "5555" }, []want{{"contact.phone", RulePhone, ""}}},
		{"bad email", func(o *Offering) { o.Contact.Email = "lms at example.no" }, []want{{"contact.email", RuleEmail, ""}}},
		{"many at once", func(o *Offering) {
			o.Name = ""
			o.TargetGroup.Roles = nil
			o.Coverage = Coverage{}
		}, []want{{"name", RuleRequired, ""}, {"target_group.roles", RuleRoleRequired, "1"}, {"coverage", RuleCoverageRequired, ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := goodOffering()
			tt.mutate(&o)
			err := ValidateOffering(&o)
			var verr *ValidationError
			if !errors.As(err, &verr) {
				t.Fatalf("ValidateOffering = %v, want a *ValidationError", err)
			}
			var got []want
			for _, p := range verr.Problems {
				got = append(got, want{p.Field, p.Rule, p.Param})
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("problems = %v\nwant %v", got, tt.want)
			}
			for _, p := range verr.Problems {
				for _, l := range taxonomy.Langs() {
					if m := p.Message(l); m == "" || strings.Contains(m, "{param}") {
						t.Errorf("message for %s in %s = %q", p.Rule, l, m)
					}
				}
			}
		})
	}
}

// TestNewFieldsValid: the fields issue 13 added, set consistently, pass.
func TestNewFieldsValid(t *testing.T) {
	o := goodOffering()
	o.Frames.ReferralRequired, o.Frames.RegistrationRequired = No, NotStated
	o.Frames.RegistrationDeadline = MustParseDate("2027-01-25")
	o.Schedule.Weekly = []WeeklyTime{{Weekday: Tuesday, Start: ClockAt(10, 0), End: ClockAt(14, 30)}, {Weekday: Thursday}}
	o.Schedule.Times = []TimeSlot{WeekdayDaytime, WeekdayEvening} // Thursday's hours are unknown: evening may be
	o.TargetGroup.ExcludeConditions = []taxonomy.Condition{taxonomy.ConditionPsychosis, taxonomy.ConditionSubstanceUse}
	o.Contact = Contact{Phone: "+47 55 97 50 00", Email: "lms@example.no"}
	if err := ValidateOffering(&o); err != nil {
		t.Fatal(err)
	}
	o.TargetGroup.Conditions = []taxonomy.Condition{taxonomy.ConditionMentalIllness} // broader than psychosis: fine
	if err := ValidateOffering(&o); err != nil {
		t.Fatal(err)
	}
}

func TestDigitalMayBeNational(t *testing.T) {
	o := goodOffering()
	o.Delivery = taxonomy.DeliveryDigital
	o.Place = Place{}
	o.Coverage = Coverage{National: true}
	if err := ValidateOffering(&o); err != nil {
		t.Fatal(err)
	}
}

func TestIndividualOffering(t *testing.T) {
	o := goodOffering()
	o.Format = taxonomy.FormatIndividual
	o.Frames.Capacity = Capacity{Max: 1}
	if err := ValidateOffering(&o); err != nil {
		t.Fatal(err)
	}
}

func TestValidateNil(t *testing.T) {
	var verr *ValidationError
	if err := ValidateOffering(nil); !errors.As(err, &verr) || !verr.Has(RuleRequired) {
		t.Errorf("ValidateOffering(nil) = %v", err)
	}
	if err := ValidateNeed(nil); !errors.As(err, &verr) || verr.Kind != "need" {
		t.Errorf("ValidateNeed(nil) = %v", err)
	}
}

func TestMessages(t *testing.T) {
	for _, r := range Rules() {
		p := Problem{Field: "x", Rule: r, Param: "2"}
		if r == RuleCode {
			p.Param = "role"
		}
		nb, nn, en := p.Message(taxonomy.NB), p.Message(taxonomy.NN), p.Message(taxonomy.EN)
		if nb == "" || nn == "" || en == "" || strings.Contains(nb+nn+en, "{") {
			t.Errorf("%s: messages %q %q %q", r, nb, nn, en)
		}
	}
	p := Problem{Field: "target_group.roles[0]", Rule: RuleCode, Param: "role"}
	if got := p.Message(taxonomy.NB); got != "er ikke en gyldig kode for rolle" {
		t.Errorf("nb = %q", got)
	}
	if got := p.Message(taxonomy.EN); got != "is not a valid role code" {
		t.Errorf("en = %q", got)
	}
	if got := p.String(); got != "target_group.roles[0]: is not a valid role code" {
		t.Errorf("String = %q", got)
	}
	e := &ValidationError{Kind: "offering", Problems: []Problem{p, {Field: "name", Rule: RuleRequired}}}
	if got := e.Error(); got != "lmh: invalid offering: target_group.roles[0]: is not a valid role code; name: is required" {
		t.Errorf("Error = %q", got)
	}
}

func TestOrganisationNumber(t *testing.T) {
	tests := []struct {
		in string
		ok bool
	}{
		{"983974724", true},  // Helse Bergen HF
		{"958935420", true},  // Oslo kommune
		{"974760673", true},  // Brønnøysundregistrene's own
		{"983974725", false}, // wrong check digit
		{"98397472", false},
		{"9839747240", false},
		{"98397472a", false},
		{"", false},
		{"123456785", true},
		{"000000000", true}, // sum 0 gives check digit 0: syntax only
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := ValidOrganisationNumber(tt.in); got != tt.ok {
				t.Errorf("ValidOrganisationNumber(%q) = %v", tt.in, got)
			}
		})
	}
	// A number whose check digit would be 10 is never valid, whatever its last digit.
	prefix := ""
	for n := 10000000; n < 10000100; n++ {
		if p := strconv.Itoa(n); mod11Remainder(p) == 1 {
			prefix = p
			break
		}
	}
	if prefix == "" {
		t.Fatal("no prefix with check digit 10 found")
	}
	for last := '0'; last <= '9'; last++ {
		if ValidOrganisationNumber(prefix + string(last)) {
			t.Errorf("%s%c accepted, but its check digit would be 10", prefix, last)
		}
	}
}

func mod11Remainder(s string) int {
	w := []int{3, 2, 7, 6, 5, 4, 3, 2}
	sum := 0
	for i := range 8 {
		sum += int(s[i]-'0') * w[i]
	}
	return sum % 11
}

func TestLanguageTags(t *testing.T) {
	for _, s := range []string{"nb", "nn", "se", "en", "sma", "smj", "pl", "ar", "so", "ur", "nb-NO", "se-Latn", "zh-Hant"} {
		if !validLanguageTag(s) {
			t.Errorf("%q rejected", s)
		}
	}
	for _, s := range []string{"", " nb", "norsk", "nb_NO_x", "123", "en-"} {
		if validLanguageTag(s) {
			t.Errorf("%q accepted", s)
		}
	}
}

func TestValidationErrorJSON(t *testing.T) {
	o := goodOffering()
	o.TargetGroup.Roles = nil
	err := ValidateOffering(&o)
	b, jerr := json.Marshal(err)
	if jerr != nil || string(b) != `{"kind":"offering","problems":[{"field":"target_group.roles","rule":"role_required","param":"1"}]}` {
		t.Errorf("JSON = %s, %v", b, jerr)
	}
}

// TestProblemMessageWithoutParam: a rule whose sentence names its
// parameter reads without empty brackets when none is given.
func TestProblemMessageWithoutParam(t *testing.T) {
	for _, l := range taxonomy.Langs() {
		m := Problem{Field: "offering_id", Rule: RuleInvalid}.Message(l)
		if strings.Contains(m, "()") || strings.Contains(m, "{param}") || strings.HasSuffix(m, " ") {
			t.Errorf("Message(%s) = %q", l, m)
		}
		if withParam := (Problem{Rule: RuleInvalid, Param: "uuid"}).Message(l); !strings.Contains(withParam, "(uuid)") {
			t.Errorf("Message(%s) with a parameter = %q, want it named", l, withParam)
		}
	}
}
