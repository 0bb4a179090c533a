package lmh_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
)

func ExampleValidateOffering() {
	o := lmh.SampleCatalogueOn(lmh.SampleDay)[0]
	fmt.Println(lmh.ValidateOffering(&o))

	o.Frames.Capacity.Max = 1        // a group needs room for two
	o.TargetGroup.Roles = nil        // and someone to be for
	o.Provider.Municipality = "1201" // Bergen's number before 2020
	err := lmh.ValidateOffering(&o)
	var verr *lmh.ValidationError
	if errors.As(err, &verr) {
		for _, p := range verr.Problems {
			fmt.Printf("%s [%s]: %s\n", p.Field, p.Rule, p.Message(taxonomy.NB))
		}
	}
	// Output:
	// <nil>
	// provider.municipality [kommunenummer]: er ikke et kommunenummer i 2024-lista
	// frames.capacity.max [group_capacity]: et gruppetilbud må ha plass til minst 2 deltakere
	// frames.capacity.min [capacity_order]: minste antall deltakere kan ikke være større enn største
	// frames.capacity.enrolled [enrolled_over_capacity]: flere er påmeldt enn det er plass til
	// target_group.roles [role_required]: målgruppa må ha minst én rolle (pasient, bruker eller pårørende)
}

func ExampleValidateNeed() {
	n := lmh.Need{
		Roles:        []taxonomy.Role{taxonomy.RoleNextOfKin},
		Municipality: "0000",
		FreeText:     "Mor har demens",
	}.WithAge(52)
	err := lmh.ValidateNeed(&n)
	fmt.Println(err)
	fmt.Println(n) // a Need prints which fields are set, never their values
	// Output:
	// lmh: invalid need: municipality: is not a municipality number in the 2024 list
	// lmh.Need{roles:1 age:set municipality:set free_text:set}
}

func ExampleCheckISF() {
	for _, o := range lmh.SampleCatalogueOn(lmh.SampleDay)[:2] {
		r := lmh.CheckISF(&o)
		fmt.Println(o.Name, r.Qualifies())
		for _, f := range r.Findings {
			fmt.Printf("  %-17s %-5v %s\n", f.Criterion, f.Met, f.Reason(taxonomy.EN))
		}
	}
	// Output:
	// Leve med kols – kurs for pasienter og pårørende true
	//   referral          true  participants need a referral
	//   teaching_hours    true  16 teaching hours (at least 7)
	//   interdisciplinary true  interdisciplinary team: physician, nurse, physiotherapist, clinical dietitian
	//   user_competence   true  peers co-lead with the professionals
	//   health_trust      true  run by a health trust in the specialist health service
	// Meistringskurs for pårørande til personar med demens false
	//   referral          false the offering does not require a referral
	//   teaching_hours    true  12.5 teaching hours (at least 7)
	//   interdisciplinary true  interdisciplinary team: nurse, occupational therapist
	//   user_competence   true  peers co-lead with the professionals
	//   health_trust      false the arena is municipal health and care service, not the specialist health service
}

func ExampleDecodeOffering() {
	_, err := lmh.DecodeOffering([]byte(`{"name":"KiD-kurs","frames":{"capasity":{"max":12}}}`))
	var de *lmh.DecodeError
	if errors.As(err, &de) {
		fmt.Println(de.Path, errors.Is(err, lmh.ErrUnknownField))
	}
	// Output: frames.capasity true
}

func ExampleDecodeNeed() {
	n, err := lmh.DecodeNeed([]byte(`{"roles":["patient"],"age":71,"municipality":"5001","delivery":"in_person_only"}`))
	fmt.Println(err, n.Delivery, n.HasRole(taxonomy.RolePatient))
	_, err = lmh.DecodeNeed([]byte(`{"conditions":["kols"]}`))
	fmt.Println(err) // the unknown code is not repeated
	// Output:
	// <nil> in_person_only true
	// lmh: conditions[0]: unknown condition code
}

func ExampleEntries() {
	jsonl := string(lmh.SampleCatalogueJSONL())
	lines := strings.SplitN(jsonl, "\n", 3)
	input := lines[0] + "\n" + `{"name":"Mestringskurs","arrangør":"x"}` + "\n" + lines[1] + "\n"
	for e, err := range lmh.Entries(strings.NewReader(input)) {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(e.Line, e.Offering.Name)
	}
	// Output:
	// 1 Leve med kols – kurs for pasienter og pårørende
	// error: lmh: line 2: arrangør: unknown field
	// 3 Meistringskurs for pårørande til personar med demens
}

func ExampleLoadCatalogue() {
	offerings, err := lmh.LoadCatalogue(strings.NewReader(string(lmh.SampleCatalogueJSONL())))
	fmt.Println(len(offerings), err)
	// Output: 42 <nil>
}

func ExampleWriteCatalogue() {
	var b strings.Builder
	err := lmh.WriteCatalogue(&b, lmh.SampleCatalogueOn(lmh.SampleDay)[:2])
	fmt.Println(strings.Count(b.String(), "\n"), err)
	// Output: 2 <nil>
}

func ExampleSampleCatalogue() {
	national := 0
	for _, o := range lmh.SampleCatalogueOn(lmh.SampleDay) {
		if o.Coverage.National {
			national++
		}
	}
	cat := lmh.SampleCatalogueOn(lmh.SampleDay)
	fmt.Println(len(cat), national, cat[1].Lang, cat[1].Programme.Label(taxonomy.NN))
	// Output: 42 6 nn pårørandeskule
}

func ExampleSampleCatalogueJSONL() {
	data := lmh.SampleCatalogueJSONL() // the file as embedded, laid out around SampleDay
	cat, err := lmh.LoadCatalogue(strings.NewReader(string(data)))
	fmt.Println(strings.Count(string(data), "\n"), len(cat), err)
	fmt.Println(cat[0].Schedule.Start == lmh.SampleCatalogueOn(lmh.SampleDay)[0].Schedule.Start)
	// Output:
	// 42 42 <nil>
	// true
}

func ExampleCoverage_Covers() {
	c := lmh.Coverage{Counties: []string{"56"}} // Finnmark
	fmt.Println(c.Covers("5612"), c.Covers("0301"))
	// Output: true false
}

func ExampleValidOrganisationNumber() {
	fmt.Println(lmh.ValidOrganisationNumber("983974724"), lmh.ValidOrganisationNumber("983974725"))
	// Output: true false
}

func ExampleProblem_Message() {
	p := lmh.Problem{Field: "place.municipality", Rule: lmh.RulePlaceRequired}
	fmt.Println(p.Message(taxonomy.NN))
	fmt.Println(p)
	// Output:
	// eit tilbod med fysisk oppmøte må oppgi kommunen det blir halde i
	// place.municipality: an in-person or hybrid offering must name the municipality it meets in
}

func ExampleNeed() {
	n := lmh.Need{
		Roles:        []taxonomy.Role{taxonomy.RolePatient},
		Conditions:   []taxonomy.Condition{taxonomy.ConditionDiabetesType2},
		Delivery:     lmh.InPersonOnly,
		Municipality: "1508",
		FreeText:     "Nyoppdaga diabetes, vil lære om kosthald",
	}.WithAge(63)
	fmt.Println(n)
	fmt.Printf("%#v\n", n)
	fmt.Println(n.Delivery.Accepts(taxonomy.DeliveryDigital), n.NeedsInterpreter())
	// Output:
	// lmh.Need{roles:1 age:set conditions:1 delivery:set municipality:set free_text:set}
	// lmh.Need{roles:1 age:set conditions:1 delivery:set municipality:set free_text:set}
	// false false
}

func ExampleParseDate() {
	d, err := lmh.ParseDate("2027-02-29")
	fmt.Println(d, err)
	d, _ = lmh.ParseDate("2028-02-29")
	fmt.Println(d, d.Before(lmh.MustParseDate("2028-03-01")))
	// Output:
	// lmh: malformed date (want YYYY-MM-DD): "2027-02-29"
	// 2028-02-29 true
}

func ExampleCapacity_Available() {
	c := lmh.Capacity{Min: 6, Max: 12, Enrolled: 9}
	seats, ok := c.Available()
	fmt.Println(seats, ok, c.Full())
	// Output: 3 true false
}

func ExampleAgeRange_Groups() {
	youth := lmh.AgeRange{Min: 13, Max: 18}
	fmt.Println(youth.Groups(), youth.Contains(19))
	fmt.Println(lmh.AgeRange{Min: 67}.Upper())
	// Output:
	// [youth adults] false
	// 130
}

func ExampleOffering_NameIn() {
	o := lmh.SampleCatalogueOn(lmh.SampleDay)[0]
	fmt.Println(o.NameIn(taxonomy.EN))
	fmt.Println(o.NameIn(taxonomy.NN)) // no Nynorsk translation: the name as written
	// Output:
	// Living with COPD – a course for patients and next of kin
	// Leve med kols – kurs for pasienter og pårørende
}

func ExampleDecodeError_Message() {
	_, err := lmh.DecodeOffering([]byte(`{"scope":"diagnose_specific"}`))
	var de *lmh.DecodeError
	if errors.As(err, &de) {
		fmt.Println(de.Path+":", de.Message(taxonomy.NN))
	}
	// Output: scope: ukjend kode for innretning (meinte du "diagnosis_specific")
}

func ExampleParseStatus() {
	s, err := lmh.ParseStatus("Paused")
	fmt.Println(s, s.Label(taxonomy.NB), err)
	// Output: paused satt på pause <nil>
}

func ExampleRules() {
	fmt.Println(len(lmh.Rules()) > 20, lmh.Rules()[0])
	// Output: true age_order
}

func ExampleStated() {
	var f lmh.Frames
	f.ReferralRequired = lmh.No // "du trenger ingen henvisning"
	b, _ := json.Marshal(f)
	fmt.Println(string(b))
	v, stated := f.RegistrationRequired.Bool()
	fmt.Println(v, stated)
	// Output:
	// {"capacity":{},"referral_required":false}
	// false false
}

func ExampleSchedule_TimeSlots() {
	s := lmh.Schedule{Weekly: []lmh.WeeklyTime{
		{Weekday: lmh.Tuesday, Start: lmh.ClockAt(18, 0), End: lmh.ClockAt(20, 30)},
		{Weekday: lmh.Saturday},
	}}
	fmt.Println(s.TimeSlots())
	fmt.Println(s.Weekly[0].Weekday.Label(taxonomy.NN), s.Weekly[0].Start, "–", s.Weekly[0].End)
	// Output:
	// [weekday_evening weekend]
	// tysdag 18:00 – 20:30
}

func ExampleParseClockTime() {
	c, err := lmh.ParseClockTime("9:30")
	fmt.Println(c, c.Hour(), c.Minute(), err)
	_, err = lmh.ParseClockTime("9.30")
	fmt.Println(err)
	// Output:
	// 09:30 9 30 <nil>
	// lmh: malformed time of day (want HH:MM): "9.30"
}

func ExampleValidPhoneNumber() {
	fmt.Println(lmh.ValidPhoneNumber("+47 22 11 22 11"), lmh.ValidPhoneNumber("113"))
	// Output: true false
}

func ExampleTargetGroup_Excludes() {
	tg := lmh.TargetGroup{
		Conditions:        []taxonomy.Condition{taxonomy.ConditionDepression},
		ExcludeConditions: []taxonomy.Condition{taxonomy.ConditionPsychosis},
	}
	fmt.Println(tg.Excludes(taxonomy.ConditionPsychosis), tg.Excludes(taxonomy.ConditionDepression))
	// Output: true false
}
