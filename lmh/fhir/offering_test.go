package fhir

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// fullOffering sets every field of an Offering, so that a round trip that
// drops any of them fails.
func fullOffering() lmh.Offering {
	return lmh.Offering{
		ID:          uuid.MustParse("6f1c1a4e-2b1d-4c55-9a0e-3d9b7f0c1e21"),
		Lang:        taxonomy.NN,
		Name:        "Meistringskurs for pårørande – KiD-kurs",
		Description: "Kurs i depresjonsmeistring for vaksne, med \"heimelekser\" & <samtale>.",
		Translations: []lmh.Translation{
			{Lang: taxonomy.NB, Name: "Mestringskurs for pårørende", Description: "Pasient- og pårørendeopplæring."},
			{Lang: taxonomy.EN, Name: "Coping course for next of kin"},
		},
		Provider: lmh.Provider{Name: "Helse Bergen LMS", Arena: taxonomy.ArenaSpecialist,
			OrganisationNumber: "983974724", Municipality: "4601", HealthTrust: true},
		Format:    taxonomy.FormatGroup,
		Programme: taxonomy.ProgrammeKiD,
		TargetGroup: lmh.TargetGroup{
			Roles:             []taxonomy.Role{taxonomy.RolePatient, taxonomy.RoleNextOfKin},
			Ages:              lmh.AgeRange{Min: 18, Max: 70},
			Conditions:        []taxonomy.Condition{taxonomy.ConditionDepression, taxonomy.ConditionAnxiety},
			ICD10:             []string{"F32.1", "F33"},
			ICPC2:             []string{"P76"},
			HealthLiteracy:    []lmh.Adaptation{lmh.PlainLanguage, lmh.TeachBack},
			ExcludeConditions: []taxonomy.Condition{taxonomy.ConditionPsychosis, taxonomy.ConditionSubstanceUse},
		},
		Goals:         []taxonomy.Goal{taxonomy.GoalCoping, taxonomy.GoalInformation},
		ServiceLevels: []taxonomy.ServiceLevel{taxonomy.ServiceLevelTreatment, taxonomy.ServiceLevelRehabilitation},
		Methods:       []taxonomy.Method{taxonomy.MethodTeaching, taxonomy.MethodExperienceSharing, taxonomy.MethodPeerSupport},
		Delivery:      taxonomy.DeliveryHybrid,
		Scope:         taxonomy.ScopeDiagnosisSpecific,
		Themes:        []taxonomy.Theme{taxonomy.ThemeMentalHealth, taxonomy.ThemeSleep},
		Frames: lmh.Frames{Sessions: 8, Hours: 16.5, Capacity: lmh.Capacity{Min: 6, Max: 14, Enrolled: 9},
			Cost: lmh.Cost{FeeNOK: 350}, ReferralRequired: lmh.Yes, RegistrationRequired: lmh.No,
			RegistrationDeadline: lmh.MustParseDate("2026-01-05")},
		Schedule: lmh.Schedule{Start: lmh.MustParseDate("2026-01-12"), End: lmh.MustParseDate("2026-03-02"),
			Dates: []lmh.Date{lmh.MustParseDate("2026-01-12"), lmh.MustParseDate("2026-01-19")},
			Times: []lmh.TimeSlot{lmh.WeekdayEvening}, Ongoing: true,
			Weekly: []lmh.WeeklyTime{{Weekday: lmh.Monday, Start: lmh.ClockAt(18, 0), End: lmh.ClockAt(20, 30)}, {Weekday: lmh.Thursday}}},
		Contact:       lmh.Contact{Phone: "+47 55 97 50 00", Email: "lms@helse-bergen.example"},
		Place:         lmh.Place{Name: "LMS, Haukeland", Address: "Jonas Lies vei 65", Municipality: "4601"},
		Coverage:      lmh.Coverage{National: true, Municipalities: []string{"4601", "4624"}, Counties: []string{"46"}, HealthRegions: []geo.HealthRegion{geo.HealthWest}},
		Languages:     []string{"nn", "nb", "se"},
		Accessibility: []taxonomy.Accessibility{taxonomy.AccessibilityInterpreter, taxonomy.AccessibilityHearingLoop},
		Participation: lmh.UserParticipation{Stages: []taxonomy.Participation{taxonomy.ParticipationPlanning}, PeerCoLeaders: true},
		Team:          []lmh.Profession{lmh.Nurse, lmh.Psychologist},
		Evaluation:    lmh.EvalQuestionnaire,
		URL:           "https://helse-bergen.no/lms/kid",
		Status:        lmh.StatusPaused,
		LastModified:  time.Date(2026, 11, 2, 9, 30, 15, 123456789, time.UTC),
	}
}

// roundTrip converts o to FHIR, through JSON, and back.
func roundTrip(t *testing.T, o *lmh.Offering) lmh.Offering {
	t.Helper()
	b, err := json.Marshal(FromOffering(o))
	if err != nil {
		t.Fatal(err)
	}
	var hs HealthcareService
	if err := json.Unmarshal(b, &hs); err != nil {
		t.Fatal(err)
	}
	back, err := ToOffering(&hs)
	if err != nil {
		t.Fatalf("ToOffering: %v", err)
	}
	return back
}

// sameOffering compares two offerings field by field, treating nil and
// empty slices alike and times by instant.
func sameOffering(t *testing.T, want, got lmh.Offering) {
	t.Helper()
	if !want.LastModified.Equal(got.LastModified) {
		t.Errorf("LastModified: got %v, want %v", got.LastModified, want.LastModified)
	}
	want.LastModified, got.LastModified = time.Time{}, time.Time{}
	normalize(reflect.ValueOf(&want).Elem())
	normalize(reflect.ValueOf(&got).Elem())
	wv, gv := reflect.ValueOf(want), reflect.ValueOf(got)
	for i := 0; i < wv.NumField(); i++ {
		if !reflect.DeepEqual(wv.Field(i).Interface(), gv.Field(i).Interface()) {
			t.Errorf("%s: got %+v, want %+v", wv.Type().Field(i).Name, gv.Field(i).Interface(), wv.Field(i).Interface())
		}
	}
}

// normalize sets empty slices to nil, recursively.
func normalize(v reflect.Value) {
	switch v.Kind() {
	case reflect.Slice:
		if v.Len() == 0 {
			if v.CanSet() {
				v.Set(reflect.Zero(v.Type()))
			}
			return
		}
		for i := 0; i < v.Len(); i++ {
			normalize(v.Index(i))
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				normalize(v.Field(i))
			}
		}
	}
}

func TestRoundTripFullOffering(t *testing.T) {
	o := fullOffering()
	sameOffering(t, o, roundTrip(t, &o))
}

func TestRoundTripVariants(t *testing.T) {
	base := fullOffering()
	cases := map[string]func(o *lmh.Offering){
		"free and active":        func(o *lmh.Offering) { o.Frames.Cost = lmh.Cost{Free: true}; o.Status = lmh.StatusActive },
		"no cost declared":       func(o *lmh.Offering) { o.Frames.Cost = lmh.Cost{} },
		"open-ended ages":        func(o *lmh.Offering) { o.TargetGroup.Ages = lmh.AgeRange{Min: 67} },
		"all ages":               func(o *lmh.Offering) { o.TargetGroup.Ages = lmh.AgeRange{} },
		"national digital":       func(o *lmh.Offering) { o.Coverage = lmh.Coverage{National: true}; o.Place = lmh.Place{} },
		"ongoing, no dates":      func(o *lmh.Offering) { o.Schedule = lmh.Schedule{Ongoing: true} },
		"no programme, no orgnr": func(o *lmh.Offering) { o.Programme = 0; o.Provider.OrganisationNumber = "" },
		"place without address":  func(o *lmh.Offering) { o.Place = lmh.Place{Name: "Frisklivssentralen"} },
		"description only in nb": func(o *lmh.Offering) {
			o.Translations = []lmh.Translation{{Lang: taxonomy.NB, Description: "Berre skildring."}}
		},
		"minimal":                  func(o *lmh.Offering) { *o = lmh.Offering{ID: o.ID, Lang: taxonomy.NB, Name: "Kurs"} },
		"voluntary without volven": func(o *lmh.Offering) { o.Provider.Arena = taxonomy.ArenaVoluntary; o.Provider.HealthTrust = false },
		"referral and registration not stated": func(o *lmh.Offering) {
			o.Frames.ReferralRequired, o.Frames.RegistrationRequired = lmh.NotStated, lmh.NotStated
		},
		"no referral, registration required": func(o *lmh.Offering) {
			o.Frames.ReferralRequired, o.Frames.RegistrationRequired = lmh.No, lmh.Yes
		},
		"weekly only": func(o *lmh.Offering) {
			o.Schedule = lmh.Schedule{Weekly: []lmh.WeeklyTime{{Weekday: lmh.Sunday, End: lmh.ClockAt(13, 0)}}}
		},
		"phone only": func(o *lmh.Offering) { o.Contact = lmh.Contact{Phone: "22112211"}; o.URL = "" },
	}
	for name, mod := range cases {
		t.Run(name, func(t *testing.T) {
			o := base.Clone()
			mod(&o)
			sameOffering(t, o, roundTrip(t, &o))
		})
	}
}

func TestFromOfferingMapping(t *testing.T) {
	o := fullOffering()
	hs := FromOffering(&o)
	if hs.ProvidedBy == nil || hs.ProvidedBy.Identifier == nil || hs.ProvidedBy.Identifier.System != SystemOrgNr {
		t.Errorf("providedBy = %+v, want an organisation number identifier", hs.ProvidedBy)
	}
	if len(hs.Category) != 1 || len(hs.Category[0].Coding) != 2 || hs.Category[0].Coding[1].Code != "101" {
		t.Errorf("category = %+v, want arena specialist with Volven 101", hs.Category)
	}
	var serviceTypes []string
	for _, cc := range hs.Type {
		for _, c := range cc.Coding[1:] {
			serviceTypes = append(serviceTypes, c.Code)
		}
	}
	if !reflect.DeepEqual(serviceTypes, []string{"561", "224"}) {
		t.Errorf("service-type codes = %v, want [561 224]", serviceTypes)
	}
	if got := hs.ServiceProvisionCode[0].Coding[0].Code; got != "cost" {
		t.Errorf("serviceProvisionCode = %q, want cost", got)
	}
	if hs.CoverageArea[0].Identifier.System != SystemKommunenummer || hs.CoverageArea[0].Display != "Bergen" {
		t.Errorf("coverageArea[0] = %+v", hs.CoverageArea[0])
	}
	if *hs.Active {
		t.Error("a paused offering is active")
	}
	var ageComment string
	for _, e := range hs.Eligibility {
		if len(e.Extension) > 0 {
			ageComment = e.Comment
		}
	}
	if ageComment != "Alder: 18–70 år" {
		t.Errorf("age comment = %q", ageComment)
	}
}

func TestToOfferingAcceptsKommunenummerSystems(t *testing.T) {
	for _, sys := range []string{SystemKommunenummer, SystemKommunenummerKartverket, SystemKommunenummerSOSI} {
		t.Run(sys, func(t *testing.T) {
			o := fullOffering()
			hs := FromOffering(&o)
			for i := range hs.CoverageArea {
				hs.CoverageArea[i].Identifier.System = sys
			}
			hs.Contained[0].Address.Extension[0].ValueCoding.System = sys
			back, err := ToOffering(hs)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(back.Coverage.Municipalities, o.Coverage.Municipalities) || back.Place.Municipality != "4601" {
				t.Errorf("municipalities = %v, place %q", back.Coverage.Municipalities, back.Place.Municipality)
			}
		})
	}
}

func TestToOfferingRejects(t *testing.T) {
	cases := map[string]func(hs *HealthcareService){
		"not a UUID": func(hs *HealthcareService) { hs.ID = "kurs-1" },
		"unknown extension": func(hs *HealthcareService) {
			hs.Extension = append(hs.Extension, Extension{URL: "http://example.org/x", ValueString: "y"})
		},
		"unknown method code":    func(hs *HealthcareService) { hs.Type[0].Coding[0].Code = "yoga" },
		"foreign system in type": func(hs *HealthcareService) { hs.Type[0].Coding[0].System = "http://example.org/cs" },
		"bad kommunenummer":      func(hs *HealthcareService) { hs.CoverageArea[0].Identifier.Value = "9999" },
		"unknown kommune system": func(hs *HealthcareService) { hs.CoverageArea[0].Identifier.System = "urn:oid:1.2.3" },
		"two formats": func(hs *HealthcareService) {
			hs.Characteristic = append(hs.Characteristic, concept(taxonomy.FormatIndividual.Ref(), ""))
		},
		"role as characteristic": func(hs *HealthcareService) {
			hs.Characteristic = append(hs.Characteristic, concept(taxonomy.RoleUser.Ref(), ""))
		},
		"fractional age":          func(hs *HealthcareService) { setAge(hs, 17.5) },
		"fee in euro":             func(hs *HealthcareService) { setFeeCurrency(hs, "EUR") },
		"bad session date":        func(hs *HealthcareService) { setScheduleDate(hs, "2026-02-30") },
		"unreferenced contained":  func(hs *HealthcareService) { hs.Location = nil },
		"not a HealthcareService": func(hs *HealthcareService) { hs.ResourceType = "Location" },
		"referral both ways": func(hs *HealthcareService) {
			hs.Characteristic = append(hs.Characteristic, characteristic("referral-not-required"))
		},
		"unknown day": func(hs *HealthcareService) { hs.AvailableTime[0].DaysOfWeek = []string{"tirsdag"} },
		"no day":      func(hs *HealthcareService) { hs.AvailableTime[0].DaysOfWeek = nil },
		"all day":     func(hs *HealthcareService) { hs.AvailableTime[0].AllDay = ptr(true) },
		"seconds":     func(hs *HealthcareService) { hs.AvailableTime[0].AvailableStartTime = "18:00:30" },
		"not a time":  func(hs *HealthcareService) { hs.AvailableTime[0].AvailableEndTime = "25:00:00" },
		"two phones": func(hs *HealthcareService) {
			hs.Telecom = append(hs.Telecom, ContactPoint{System: "phone", Value: "22112211"})
		},
		"fax": func(hs *HealthcareService) {
			hs.Telecom = append(hs.Telecom, ContactPoint{System: "fax", Value: "22112211"})
		},
		"bad deadline": func(hs *HealthcareService) { setExt(hs, ExtRegistrationDeadline, Extension{ValueDate: "2026-13-01"}) },
		"excluded role": func(hs *HealthcareService) {
			setExt(hs, ExtExcludeCondition, Extension{ValueCodeableConcept: ptr(concept(taxonomy.RoleUser.Ref(), ""))})
		},
		"excluded no value": func(hs *HealthcareService) { setExt(hs, ExtExcludeCondition, Extension{ValueCode: "psychosis"}) },
	}
	for name, mod := range cases {
		t.Run(name, func(t *testing.T) {
			o := fullOffering()
			hs := FromOffering(&o)
			mod(hs)
			_, err := ToOffering(hs)
			if !errors.Is(err, ErrInvalidResource) {
				t.Fatalf("err = %v, want ErrInvalidResource", err)
			}
		})
	}
}

// setExt replaces the value of the first extension with url.
func setExt(hs *HealthcareService, url string, v Extension) {
	for i := range hs.Extension {
		if hs.Extension[i].URL == url {
			v.URL = url
			hs.Extension[i] = v
			return
		}
	}
	panic("no extension " + url)
}

// TestAvailableTime: weekly meetings are availableTime entries, one day
// each; an entry of another system with several days reads as one weekly
// meeting per day.
func TestAvailableTime(t *testing.T) {
	o := fullOffering()
	hs := FromOffering(&o)
	want := []AvailableTime{{DaysOfWeek: []string{"mon"}, AvailableStartTime: "18:00:00", AvailableEndTime: "20:30:00"}, {DaysOfWeek: []string{"thu"}}}
	if !reflect.DeepEqual(hs.AvailableTime, want) {
		t.Errorf("availableTime = %+v", hs.AvailableTime)
	}
	hs.AvailableTime = []AvailableTime{{DaysOfWeek: []string{"tue", "thu"}, AvailableStartTime: "09:00:00"}}
	back, err := ToOffering(hs)
	if err != nil {
		t.Fatal(err)
	}
	nine := lmh.ClockAt(9, 0)
	if !reflect.DeepEqual(back.Schedule.Weekly, []lmh.WeeklyTime{{Weekday: lmh.Tuesday, Start: nine}, {Weekday: lmh.Thursday, Start: nine}}) {
		t.Errorf("weekly = %+v", back.Schedule.Weekly)
	}
	var codes []string
	for _, cc := range hs.Characteristic {
		if cc.Coding[0].System == SystemCharacteristic {
			codes = append(codes, cc.Coding[0].Code)
		}
	}
	if !reflect.DeepEqual(codes, []string{"referral-required", "registration-not-required", "peer-co-leaders"}) {
		t.Errorf("characteristics = %v", codes)
	}
}

func setAge(hs *HealthcareService, v float64) {
	for i := range hs.Eligibility {
		if len(hs.Eligibility[i].Extension) > 0 {
			hs.Eligibility[i].Extension[0].ValueRange.Low.Value = &v
		}
	}
}

func setFeeCurrency(hs *HealthcareService, cur string) {
	for i := range hs.Extension {
		if hs.Extension[i].URL == ExtFee {
			hs.Extension[i].ValueMoney.Currency = cur
		}
	}
}

func setScheduleDate(hs *HealthcareService, d string) {
	for i := range hs.Extension {
		if hs.Extension[i].URL == ExtSchedule {
			for j := range hs.Extension[i].Extension {
				if hs.Extension[i].Extension[j].URL == "date" {
					hs.Extension[i].Extension[j].ValueDate = d
				}
			}
		}
	}
}

func TestFullOfferingSetsEveryField(t *testing.T) {
	v := reflect.ValueOf(fullOffering())
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		if f.IsZero() {
			t.Errorf("fullOffering leaves %s unset; set it so the round trip covers it", v.Type().Field(i).Name)
			continue
		}
		if f.Kind() == reflect.Struct {
			for j := 0; j < f.NumField(); j++ {
				if f.Type().Field(j).IsExported() && f.Field(j).IsZero() {
					t.Errorf("fullOffering leaves %s.%s unset", v.Type().Field(i).Name, f.Type().Field(j).Name)
				}
			}
		}
	}
}

// TestRoundTripSampleCatalogue converts every offering of the sample
// catalogue to a HealthcareService and back, through JSON.
func TestRoundTripSampleCatalogue(t *testing.T) {
	cat := lmh.SampleCatalogueOn(lmh.SampleDay)
	if len(cat) == 0 {
		t.Fatal("empty sample catalogue")
	}
	for _, o := range cat {
		t.Run(o.ID.String(), func(t *testing.T) {
			sameOffering(t, o, roundTrip(t, &o))
		})
	}
}
