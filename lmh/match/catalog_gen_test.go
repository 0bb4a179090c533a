package match

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/google/uuid"
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// The catalogue generator: deterministic, realistic-looking offerings
// spread over the 357 municipalities the way the field spreads them —
// municipal healthy-life and coping offerings in every municipality (more in
// the big ones), hospital learning-and-coping centres (LMS) running
// diagnosis courses for their county or health region, voluntary groups,
// and a share of digital offerings, some national. It exists to benchmark
// and property-test the Matcher at 1k, 10k and 100k offerings.

// genToday is the fixed day generated schedules and needs are relative to.
var genToday = lmh.MustParseDate("2027-01-11")

// bigMunicipalities get more offerings: the largest towns and the hospital
// towns.
var bigMunicipalities = map[string]int{
	"0301": 40, "4601": 18, "5001": 14, "1103": 10, "4204": 8, "5501": 6, "3301": 6, "3107": 5,
	"1108": 5, "1804": 5, "1508": 5, "3403": 4, "4001": 4, "3905": 4, "1506": 3, "5601": 3,
	"3201": 6, "3203": 4, "3205": 4, "4203": 3, "1106": 3, "3411": 3, "1833": 2, "4621": 2,
}

// genCatalogue returns n offerings, the same for the same n and seed.
func genCatalogue(n int, seed uint64) []lmh.Offering {
	rng := rand.New(rand.NewPCG(seed, 0x5eed1f))
	munis := geo.Municipalities()
	var weighted []geo.Municipality
	for _, m := range munis {
		w := 1
		if b, ok := bigMunicipalities[m.Number]; ok {
			w = b
		}
		for range w {
			weighted = append(weighted, m)
		}
	}
	hospitalTowns := map[string][]string{} // county → hospital municipalities
	for _, m := range munis {
		if _, ok := bigMunicipalities[m.Number]; ok {
			hospitalTowns[m.County.Number] = append(hospitalTowns[m.County.Number], m.Number)
		}
	}
	out := make([]lmh.Offering, n)
	for i := range out {
		out[i] = genOffering(rng, i, weighted, hospitalTowns)
	}
	return out
}

// common conditions get more courses.
var genConditions = []taxonomy.Condition{
	taxonomy.ConditionDiabetesType2, taxonomy.ConditionDiabetesType2, taxonomy.ConditionDiabetes, taxonomy.ConditionDiabetesType1,
	taxonomy.ConditionCOPD, taxonomy.ConditionCOPD, taxonomy.ConditionHeartFailure, taxonomy.ConditionCoronaryHeartDisease,
	taxonomy.ConditionHeartDisease, taxonomy.ConditionDementia, taxonomy.ConditionDementia, taxonomy.ConditionDepression,
	taxonomy.ConditionAnxiety, taxonomy.ConditionMentalIllness, taxonomy.ConditionCancer, taxonomy.ConditionBreastCancer,
	taxonomy.ConditionProstateCancer, taxonomy.ConditionChronicPain, taxonomy.ConditionBackPain, taxonomy.ConditionRheumatism,
	taxonomy.ConditionEpilepsy, taxonomy.ConditionMultipleSclerosis, taxonomy.ConditionParkinsons, taxonomy.ConditionStroke,
	taxonomy.ConditionADHD, taxonomy.ConditionAutism, taxonomy.ConditionObesity, taxonomy.ConditionKidneyDisease,
	taxonomy.ConditionInflammatoryBowelDisease, taxonomy.ConditionCeliacDisease, taxonomy.ConditionHearingLoss,
	taxonomy.ConditionSubstanceUse, taxonomy.ConditionEatingDisorder, taxonomy.ConditionAsthma, taxonomy.ConditionOsteoarthritis,
}

func pick[T any](rng *rand.Rand, s []T) T { return s[rng.IntN(len(s))] }

func genUUID(rng *rand.Rand) uuid.UUID {
	var u uuid.UUID
	for i := 0; i < 16; i += 8 {
		v := rng.Uint64()
		for k := range 8 {
			u[i+k] = byte(v >> (8 * k))
		}
	}
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	return u
}

func genOffering(rng *rand.Rand, i int, weighted []geo.Municipality, hospitalTowns map[string][]string) lmh.Offering {
	home := pick(rng, weighted)
	o := lmh.Offering{
		ID:           genUUID(rng),
		Lang:         taxonomy.NB,
		Status:       lmh.StatusActive,
		Languages:    []string{"nb"},
		LastModified: time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC),
		Format:       taxonomy.FormatGroup,
		Delivery:     taxonomy.DeliveryInPerson,
		Participation: lmh.UserParticipation{
			Stages: []taxonomy.Participation{taxonomy.ParticipationPlanning},
		},
	}
	if c := home.County.Number; c == "46" || c == "15" || (c == "11" && rng.IntN(3) == 0) {
		if rng.IntN(2) == 0 {
			o.Lang = taxonomy.NN
			o.Languages = []string{"nn"}
		}
	}
	switch k := rng.IntN(100); {
	case k < 42: // municipal: frisklivssentral, mestringskurs, helsesamtale
		o.Provider = lmh.Provider{Name: "Frisklivssentralen i " + home.Name, Arena: taxonomy.ArenaMunicipal, Municipality: home.Number}
		o.Place.Municipality = home.Number
		o.Coverage.Municipalities = []string{home.Number}
		if rng.IntN(5) == 0 { // inter-municipal cooperation
			o.Coverage.Municipalities = append(o.Coverage.Municipalities, pick(rng, home.County.Municipalities()).Number)
		}
		o.TargetGroup.Roles = []taxonomy.Role{taxonomy.RoleUser}
		if rng.IntN(3) == 0 {
			o.TargetGroup.Roles = append(o.TargetGroup.Roles, taxonomy.RolePatient)
		}
		o.TargetGroup.Ages = lmh.AgeRange{Min: 18}
		o.Scope = pick(rng, []taxonomy.Scope{taxonomy.ScopeThemeSpecific, taxonomy.ScopeLivingWithIllness, taxonomy.ScopeCrossDiagnostic})
		o.Themes = genThemes(rng, 1+rng.IntN(3))
		o.Goals = []taxonomy.Goal{taxonomy.GoalLifestyleChange}
		o.Programme = pick(rng, []taxonomy.Programme{taxonomy.ProgrammeFrisklivskurs, taxonomy.ProgrammeKiB, taxonomy.ProgrammeBraMat, 0, 0})
		if rng.IntN(6) == 0 {
			o.Format = taxonomy.FormatIndividual
			o.Programme = taxonomy.ProgrammeHelsesamtale
		}
		if rng.IntN(8) == 0 { // KiD in the municipality
			o.Programme = taxonomy.ProgrammeKiD
			o.Scope = taxonomy.ScopeDiagnosisSpecific
			o.TargetGroup.Conditions = []taxonomy.Condition{taxonomy.ConditionDepression}
		}
	case k < 72: // hospital LMS: diagnosis-specific, county or region
		towns := hospitalTowns[home.County.Number]
		town := home.Number
		if len(towns) > 0 {
			town = pick(rng, towns)
		}
		o.Provider = lmh.Provider{Name: "Lærings- og mestringssenteret", Arena: taxonomy.ArenaSpecialist, Municipality: town, HealthTrust: true}
		o.Place.Municipality = town
		if rng.IntN(3) == 0 {
			o.Coverage.HealthRegions = []geo.HealthRegion{home.County.HealthRegion}
		} else {
			o.Coverage.Counties = []string{home.County.Number}
		}
		o.Scope = taxonomy.ScopeDiagnosisSpecific
		o.TargetGroup.Conditions = []taxonomy.Condition{pick(rng, genConditions)}
		o.TargetGroup.Roles = []taxonomy.Role{taxonomy.RolePatient, taxonomy.RoleNextOfKin}
		o.TargetGroup.Ages = lmh.AgeRange{Min: 18}
		o.Goals = []taxonomy.Goal{taxonomy.GoalInformation, taxonomy.GoalTreatmentMastery}
		o.Themes = genThemes(rng, rng.IntN(3))
		o.Frames.ReferralRequired = lmh.StatedAs(rng.IntN(2) == 0)
		if rng.IntN(4) == 0 {
			o.Delivery = taxonomy.DeliveryHybrid
		}
		if rng.IntN(10) == 0 { // children and youth clinic
			o.TargetGroup.Ages = lmh.AgeRange{Min: 6, Max: 17}
			o.TargetGroup.Roles = []taxonomy.Role{taxonomy.RoleNextOfKin, taxonomy.RolePatient}
		}
	case k < 86: // voluntary: peer groups, pårørende groups
		o.Provider = lmh.Provider{Name: "Likepersonsgruppa", Arena: taxonomy.ArenaVoluntary, Municipality: home.Number}
		o.Place.Municipality = home.Number
		if rng.IntN(2) == 0 {
			o.Coverage.Counties = []string{home.County.Number}
		} else {
			o.Coverage.Municipalities = []string{home.Number}
		}
		o.Scope = pick(rng, []taxonomy.Scope{taxonomy.ScopeDiagnosisSpecific, taxonomy.ScopeLivingWithIllness})
		if o.Scope == taxonomy.ScopeDiagnosisSpecific {
			o.TargetGroup.Conditions = []taxonomy.Condition{pick(rng, genConditions)}
		}
		o.TargetGroup.Roles = []taxonomy.Role{pick(rng, []taxonomy.Role{taxonomy.RoleNextOfKin, taxonomy.RolePatient, taxonomy.RoleUser})}
		o.Programme = pick(rng, []taxonomy.Programme{taxonomy.ProgrammeSelvhjelpsgruppe, taxonomy.ProgrammeParorendeskole, 0})
		if o.Programme == taxonomy.ProgrammeParorendeskole {
			o.TargetGroup.Roles = []taxonomy.Role{taxonomy.RoleNextOfKin}
		}
		o.Goals = []taxonomy.Goal{taxonomy.GoalCoping}
		o.Themes = genThemes(rng, rng.IntN(2))
		if rng.IntN(6) == 0 { // SMIL: children as next of kin
			o.Programme = taxonomy.ProgrammeSMIL
			o.TargetGroup.Roles = []taxonomy.Role{taxonomy.RoleNextOfKin}
			o.TargetGroup.Ages = lmh.AgeRange{Min: 8, Max: 18}
			o.Scope = taxonomy.ScopeLivingWithIllness
			o.TargetGroup.Conditions = nil
		}
	case k < 94: // digital, national
		o.Provider = lmh.Provider{Name: "Nasjonal tjeneste", Arena: pick(rng, []taxonomy.Arena{taxonomy.ArenaSpecialist, taxonomy.ArenaVoluntary, taxonomy.ArenaPrivate}), Municipality: home.Number}
		o.Delivery = taxonomy.DeliveryDigital
		o.Coverage.National = true
		o.Scope = pick(rng, []taxonomy.Scope{taxonomy.ScopeDiagnosisSpecific, taxonomy.ScopeDiagnosisSpecific, taxonomy.ScopeThemeSpecific})
		if o.Scope == taxonomy.ScopeDiagnosisSpecific {
			o.TargetGroup.Conditions = []taxonomy.Condition{pick(rng, genConditions)}
		}
		o.Themes = genThemes(rng, 1+rng.IntN(2))
		o.TargetGroup.Roles = []taxonomy.Role{pick(rng, []taxonomy.Role{taxonomy.RoleNextOfKin, taxonomy.RolePatient})}
		o.TargetGroup.Ages = lmh.AgeRange{Min: 18}
		o.Goals = []taxonomy.Goal{taxonomy.GoalInformation}
	default: // digital for a county or region
		o.Provider = lmh.Provider{Name: "Digitalt mestringskurs", Arena: taxonomy.ArenaSpecialist, Municipality: home.Number}
		o.Delivery = taxonomy.DeliveryDigital
		if rng.IntN(2) == 0 {
			o.Coverage.HealthRegions = []geo.HealthRegion{home.County.HealthRegion}
		} else {
			o.Coverage.Counties = []string{home.County.Number}
		}
		o.Scope = taxonomy.ScopeDiagnosisSpecific
		o.TargetGroup.Conditions = []taxonomy.Condition{pick(rng, genConditions)}
		o.TargetGroup.Roles = []taxonomy.Role{taxonomy.RolePatient, taxonomy.RoleNextOfKin}
		o.TargetGroup.Ages = lmh.AgeRange{Min: 18}
		o.Goals = []taxonomy.Goal{taxonomy.GoalTreatmentMastery}
	}
	if o.Format == taxonomy.FormatIndividual {
		o.Frames.Capacity = lmh.Capacity{Max: 1}
	} else {
		o.Frames.Capacity = lmh.Capacity{Min: 4, Max: 8 + rng.IntN(12)}
	}
	if rng.IntN(20) == 0 {
		o.Frames.Capacity.Enrolled = o.Frames.Capacity.Max // full
	}
	switch k := rng.IntN(100); {
	case k < 4:
		o.Status = lmh.StatusEnded
	case k < 8:
		o.Status = lmh.StatusPaused
	}
	// Languages: Sami in the Sami administrative area, a few in English or
	// Polish; some offer an interpreter.
	if (home.County.Number == "56" || home.County.Number == "55") && rng.IntN(4) == 0 {
		o.Languages = append(o.Languages, "se")
	}
	if rng.IntN(25) == 0 {
		o.Languages = append(o.Languages, pick(rng, []string{"en", "pl", "ar", "so"}))
	}
	if rng.IntN(12) == 0 {
		o.Accessibility = append(o.Accessibility, taxonomy.AccessibilityInterpreter)
	}
	if rng.IntN(6) == 0 {
		o.Accessibility = append(o.Accessibility, pick(rng, []taxonomy.Accessibility{taxonomy.AccessibilityUniversalDesign, taxonomy.AccessibilityHearingLoop, taxonomy.AccessibilityEasyLanguage, taxonomy.AccessibilitySignLanguage}))
	}
	// Schedule: most start within half a year; some have continuous
	// intake; some ended last year.
	start := genToday.Time(time.UTC).AddDate(0, 0, rng.IntN(200)-20)
	switch k := rng.IntN(10); {
	case k < 6:
		o.Schedule.Start = lmh.DateOf(start)
		o.Schedule.End = lmh.DateOf(start.AddDate(0, 0, 7*(2+rng.IntN(8))))
	case k < 8:
		sessions := 3 + rng.IntN(6)
		for s := range sessions {
			o.Schedule.Dates = append(o.Schedule.Dates, lmh.DateOf(start.AddDate(0, 0, 7*s)))
		}
	case k < 9:
		o.Schedule.Ongoing = true
	default:
		last := genToday.Time(time.UTC).AddDate(0, 0, -30-rng.IntN(300))
		o.Schedule.Start = lmh.DateOf(last)
		o.Schedule.End = lmh.DateOf(last.AddDate(0, 0, 21))
	}
	o.Schedule.Times = []lmh.TimeSlot{pick(rng, []lmh.TimeSlot{lmh.WeekdayDaytime, lmh.WeekdayDaytime, lmh.WeekdayEvening, lmh.Weekend})}
	o.Frames.Sessions = 1 + rng.IntN(8)
	o.Name = fmt.Sprintf("Generert tilbud %d", i)
	return o
}

func genThemes(rng *rand.Rand, k int) []taxonomy.Theme {
	all := taxonomy.All[taxonomy.Theme]()
	var out []taxonomy.Theme
	for range k {
		t := pick(rng, all)
		if !containsCode(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// genNeeds returns n varied needs: mostly with a municipality (weighted to
// where people live), most with a role and age, many with a condition —
// some as ICD-10 or ICPC-2 codes — and some with themes, languages,
// preferences and accessibility needs.
func genNeeds(n int, seed uint64) []lmh.Need {
	rng := rand.New(rand.NewPCG(seed, 0x4eed5))
	munis := geo.Municipalities()
	var weighted []geo.Municipality
	for _, m := range munis {
		w := 1
		if b, ok := bigMunicipalities[m.Number]; ok {
			w = b
		}
		for range w {
			weighted = append(weighted, m)
		}
	}
	icd := []string{"F32.1", "F33.0", "E11.9", "E10", "J44.9", "J45", "G30.1", "F03", "I50.9", "I21.4", "C50.9", "C61", "G35", "G40.9", "M54.5", "F41.1", "K50.9", "N18.3"}
	icpc := []string{"T90", "T89", "R95", "P76", "P70", "K77", "L03", "P74"}
	out := make([]lmh.Need, n)
	for i := range out {
		var nd lmh.Need
		if rng.IntN(10) < 9 {
			nd.Municipality = pick(rng, weighted).Number
		}
		switch k := rng.IntN(10); {
		case k < 5:
			nd.Roles = []taxonomy.Role{taxonomy.RolePatient}
		case k < 8:
			nd.Roles = []taxonomy.Role{taxonomy.RoleNextOfKin}
		case k < 9:
			nd.Roles = []taxonomy.Role{taxonomy.RoleUser}
		}
		if rng.IntN(10) < 7 {
			age := 18 + rng.IntN(70)
			if rng.IntN(10) == 0 {
				age = 8 + rng.IntN(10)
			}
			nd = nd.WithAge(age)
		}
		switch k := rng.IntN(10); {
		case k < 4:
			nd.Conditions = []taxonomy.Condition{pick(rng, genConditions)}
		case k < 6:
			nd.ICD10 = []string{pick(rng, icd)}
		case k < 7:
			nd.ICPC2 = []string{pick(rng, icpc)}
		}
		if rng.IntN(10) < 4 {
			nd.Themes = genThemes(rng, 1+rng.IntN(2))
		}
		if rng.IntN(10) < 6 {
			nd.Languages = []string{"nb"}
			switch rng.IntN(12) {
			case 0:
				nd.Languages = []string{"se", "nb"}
			case 1:
				nd.Languages = []string{"pl"}
			case 2:
				nd.Languages = []string{"en", "nb"}
			}
		}
		switch rng.IntN(5) {
		case 0:
			nd.Delivery = lmh.InPersonOnly
		case 1:
			nd.Delivery = lmh.DigitalOK
		}
		if rng.IntN(4) == 0 {
			nd.PreferredFormat = taxonomy.FormatGroup
		}
		if rng.IntN(4) == 0 {
			nd.Availability = []lmh.TimeSlot{pick(rng, []lmh.TimeSlot{lmh.WeekdayDaytime, lmh.WeekdayEvening, lmh.Weekend})}
		}
		if rng.IntN(10) == 0 {
			nd.Accessibility = []taxonomy.Accessibility{pick(rng, []taxonomy.Accessibility{taxonomy.AccessibilityInterpreter, taxonomy.AccessibilityHearingLoop, taxonomy.AccessibilityUniversalDesign})}
		}
		out[i] = nd
	}
	return out
}

func containsCode[C comparable](s []C, c C) bool {
	for _, x := range s {
		if x == c {
			return true
		}
	}
	return false
}

// genVariedCatalogue is genCatalogue with what the benchmark catalogue
// leaves out: exclusion criteria, offerings that do not state their
// delivery, and offerings naming no condition across diagnoses or about
// living with illness. The changes are drawn from a second random stream,
// so the rest of each offering is genCatalogue's.
func genVariedCatalogue(n int, seed uint64) []lmh.Offering {
	cat := genCatalogue(n, seed)
	rng := rand.New(rand.NewPCG(seed, 0xe1c1))
	excl := []taxonomy.Condition{taxonomy.ConditionPsychosis, taxonomy.ConditionSubstanceUse, taxonomy.ConditionMentalIllness,
		taxonomy.ConditionDementia, taxonomy.ConditionEatingDisorder}
	for i := range cat {
		o := &cat[i]
		switch rng.IntN(8) {
		case 0, 1:
			x := pick(rng, excl)
			conflict := false
			for _, c := range o.TargetGroup.Conditions {
				conflict = conflict || x.Subsumes(c)
			}
			if !conflict {
				o.TargetGroup.ExcludeConditions = []taxonomy.Condition{x}
			}
		case 2:
			o.Delivery = 0
		case 3:
			if len(o.TargetGroup.Conditions) == 0 && o.Scope != taxonomy.ScopeDiagnosisSpecific {
				o.Scope = pick(rng, []taxonomy.Scope{taxonomy.ScopeCrossDiagnostic, taxonomy.ScopeLivingWithIllness})
			}
		}
	}
	return cat
}

// genTextReader is a TextReader for tests: the facts of a need's free text
// are looked up by the text.
type genTextReader map[string]TextFacts

func (r genTextReader) ReadNeedText(text string) TextFacts { return r[text] }

// genTextNeeds returns n needs whose facts come from free text, and the
// reader that reads them: roles, ages, age groups, relatives, conditions,
// places (a municipality, or only a county), languages, an interpreter and
// a delivery preference, each sometimes inferred rather than stated, and
// sometimes beside fields the caller set.
func genTextNeeds(n int, seed uint64) ([]lmh.Need, genTextReader) {
	rng := rand.New(rand.NewPCG(seed, 0x7e47))
	munis := geo.Municipalities()
	counties := geo.Counties()
	r := genTextReader{}
	out := make([]lmh.Need, n)
	maybe := func(k int) bool { return rng.IntN(k) == 0 }
	for i := range out {
		var f TextFacts
		infer := func(c Criterion) {
			if maybe(3) {
				f.Inferred = append(f.Inferred, c)
			}
		}
		switch k := rng.IntN(4); {
		case k == 0:
			f.Roles = []taxonomy.Role{taxonomy.RolePatient}
		case k == 1:
			f.Roles = []taxonomy.Role{taxonomy.RoleNextOfKin}
			f.Relative = Relative(1 + rng.IntN(5))
			if maybe(2) {
				f.RelativeAge = ptr(rng.IntN(90))
			}
		case k == 2:
			f.Roles = []taxonomy.Role{taxonomy.RoleUser}
		}
		infer(CriterionRole)
		switch k := rng.IntN(3); {
		case k == 0:
			f.Age = ptr(10 + rng.IntN(80))
			infer(CriterionAge)
		case k == 1:
			f.AgeGroups = []taxonomy.AgeGroup{pick(rng, taxonomy.All[taxonomy.AgeGroup]())}
		}
		if maybe(2) {
			f.Conditions = []taxonomy.Condition{pick(rng, genConditions)}
			infer(CriterionCondition)
		}
		switch k := rng.IntN(5); {
		case k < 3:
			f.Municipality = pick(rng, munis).Number
			infer(CriterionPlace)
		case k == 3:
			f.County = pick(rng, counties).Number
			infer(CriterionPlace)
		}
		if maybe(4) {
			f.Languages = []string{pick(rng, []string{"ar", "so", "pl", "se", "nb"})}
			f.Interpreter = maybe(2)
			infer(CriterionLanguage)
		}
		switch rng.IntN(4) {
		case 0:
			f.Delivery = lmh.InPersonOnly
			infer(CriterionDelivery)
		case 1:
			f.Delivery = lmh.DigitalOK
		}
		if maybe(4) {
			f.PreferredFormat = taxonomy.FormatGroup
		}
		if maybe(4) {
			f.Themes = genThemes(rng, 1)
		}
		text := fmt.Sprintf("tekst %d", i)
		r[text] = f
		nd := lmh.Need{FreeText: text}
		if maybe(5) {
			nd.Roles = []taxonomy.Role{taxonomy.RolePatient}
		}
		if maybe(5) {
			nd.Municipality = pick(rng, munis).Number
		}
		out[i] = nd
	}
	return out, r
}
