package match

import (
	"strings"
	"testing"
	"time"

	"github.com/lmhkit/lmhkit/lmh"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// scenarioDay is the day the scenarios are judged on; the sample
// catalogue's schedules are written around it.
var scenarioDay = lmh.MustParseDate("2027-01-11")

func years(n int) *int { return &n }

type scenario struct {
	name    string
	need    lmh.Need
	opts    []Option
	top     string               // name prefix of the expected first result
	topConf lmh.Confidence       // expected confidence of the first result (0: not checked)
	include []string             // name prefixes that must be among the results
	exclude map[string]Criterion // name prefix → the hard constraint that excludes it
	reasons map[Criterion]string // expected nb text of the first result's reasons
	text    map[Criterion]bool   // expected FromText of the first result's reasons
	fits    map[Criterion]Fit    // expected fit of the first result's reasons
	nn      map[Criterion]string // expected nn text of the first result's reasons
	en      map[Criterion]string // expected en text of the first result's reasons
	order   []string             // name prefixes expected in this relative order
	none    bool                 // expect no results at all
	minConf lmh.Confidence       // every result at least this confident
	check   func(*testing.T, []Result)
}

var scenarios = []scenario{
	{
		name:    "next of kin, dementia, in Voss: the pårørendeskole, exact",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleNextOfKin}, Conditions: []taxonomy.Condition{taxonomy.ConditionDementia}, Municipality: "4621", Age: years(55)},
		top:     "Meistringskurs for pårørande til personar med demens",
		topConf: lmh.ConfidenceExact,
		reasons: map[Criterion]string{
			CriterionRole:      "Tilbudet er for pårørende, og du er pårørende.",
			CriterionPlace:     "Tilbudet holdes i Voss, der du bor.",
			CriterionCondition: "Tilbudet gjelder demens, som du oppga.",
			CriterionAge:       "Tilbudet er for alderen 18 år og eldre, og du er 55 år.",
		},
		nn: map[Criterion]string{CriterionRole: "Tilbodet er for pårørande, og du er pårørande."},
		en: map[Criterion]string{CriterionRole: "The offering is for next of kin, and you are next of kin."},
	},
	{
		name: "condition: a cross-diagnostic course naming other conditions is no fit for dementia (Ålesund)",
		need: lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleNextOfKin}, Conditions: []taxonomy.Condition{taxonomy.ConditionDementia}, Municipality: "1508", Age: years(55)},
		check: func(t *testing.T, rs []Result) {
			r := find(rs, "Nettkurs for pårørende til personer med psykisk sykdom")
			if r.Offering == nil {
				t.Fatal("the national digital course for next of kin is reachable and should be listed")
			}
			c := r.Reason(CriterionCondition)
			if r.Confidence != lmh.ConfidenceLow || c.Fit != FitNotMet || c.Relaxed {
				t.Errorf("confidence %v, condition %v: want low and a soft not met", r.Confidence, c)
			}
			if got, want := c.Text(taxonomy.NB), "Tilbudet er laget for psykisk lidelse, psykose og bipolar lidelse og passer ikke direkte ved demens."; got != want {
				t.Errorf("condition reason %q, want %q", got, want)
			}
		},
	},
	{
		name:    "place: the same need in Bergen does not reach Voss's course",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleNextOfKin}, Conditions: []taxonomy.Condition{taxonomy.ConditionDementia}, Municipality: "4601", Age: years(55)},
		exclude: map[string]Criterion{"Meistringskurs for pårørande til personar med demens": CriterionPlace},
	},
	{
		name:    "place relaxed: Within(ReachCounty) brings Voss's course to Bergen, low",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleNextOfKin}, Conditions: []taxonomy.Condition{taxonomy.ConditionDementia}, Municipality: "4601", Age: years(55)},
		opts:    []Option{Within(ReachCounty)},
		include: []string{"Meistringskurs for pårørande til personar med demens"},
		check: func(t *testing.T, rs []Result) {
			r := find(rs, "Meistringskurs for pårørande til personar med demens")
			if r.Confidence != lmh.ConfidenceLow || r.Reason(CriterionPlace).Fit != FitNotMet || !r.Reason(CriterionPlace).Relaxed {
				t.Errorf("relaxed place: confidence %v, place %v", r.Confidence, r.Reason(CriterionPlace))
			}
			for _, x := range rs {
				if x.Confidence > lmh.ConfidenceLow && x.Rank > r.Rank {
					t.Errorf("%q (%v) ranks after the relaxed match", x.Offering.Name, x.Confidence)
				}
			}
		},
	},
	{
		name:    "role: a patient with dementia is not served by a course for next of kin",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RolePatient}, Conditions: []taxonomy.Condition{taxonomy.ConditionDementia}, Municipality: "4621", Age: years(70)},
		exclude: map[string]Criterion{"Meistringskurs for pårørande til personar med demens": CriterionRole},
	},
	{
		name:    "role relaxed: RelaxRole keeps it, marked not met",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RolePatient}, Conditions: []taxonomy.Condition{taxonomy.ConditionDementia}, Municipality: "4621", Age: years(70)},
		opts:    []Option{RelaxRole()},
		include: []string{"Meistringskurs for pårørande til personar med demens"},
		check: func(t *testing.T, rs []Result) {
			r := find(rs, "Meistringskurs for pårørande til personar med demens")
			if r.Confidence != lmh.ConfidenceLow || r.Reason(CriterionRole).Fit != FitNotMet || !r.Reason(CriterionRole).Relaxed {
				t.Errorf("relaxed role: confidence %v, role %v", r.Confidence, r.Reason(CriterionRole))
			}
		},
	},
	{
		name:    "age: a 45-year-old user does not get Livsstyrketrening (60+)",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleUser}, Municipality: "4204", Age: years(45)},
		exclude: map[string]Criterion{"Livsstyrketrening": CriterionAge},
	},
	{
		name:    "age relaxed: RelaxAge(15) keeps Livsstyrketrening for the 45-year-old",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleUser}, Municipality: "4204", Age: years(45)},
		opts:    []Option{RelaxAge(15)},
		include: []string{"Livsstyrketrening"},
	},
	{
		name:    "age: a child next of kin (10) in Trondheim gets SMIL first",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleNextOfKin}, Conditions: []taxonomy.Condition{taxonomy.ConditionMentalIllness}, Municipality: "5001", Age: years(10)},
		top:     "SMIL",
		exclude: map[string]Criterion{"Starthjelp": CriterionAge},
	},
	{
		name:    "age: an adult next of kin in Trondheim is too old for SMIL",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleNextOfKin}, Conditions: []taxonomy.Condition{taxonomy.ConditionMentalIllness}, Municipality: "5001", Age: years(40)},
		exclude: map[string]Criterion{"SMIL": CriterionAge},
		include: []string{"Nettkurs for pårørende til personer med psykisk sykdom"},
	},
	{
		name: "language: Polish is offered by the Frisklivskurs in Fredrikstad",
		need: lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleUser}, Municipality: "3107", Age: years(50), Languages: []string{"pl"}},
		top:  "Frisklivskurs",
		fits: map[Criterion]Fit{CriterionLanguage: FitMet},
	},
	{
		name:    "language: Somali is served there through an interpreter",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleUser}, Municipality: "3107", Age: years(50), Languages: []string{"so"}},
		top:     "Frisklivskurs",
		fits:    map[Criterion]Fit{CriterionLanguage: FitPartlyMet},
		reasons: map[Criterion]string{CriterionLanguage: "Tilbudet er på norsk, polsk og arabisk, men det kan skaffes tolk."},
	},
	{
		name:    "language: no shared language and no interpreter excludes Livsstyrketrening",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleUser}, Municipality: "4204", Age: years(65), Languages: []string{"so"}},
		exclude: map[string]Criterion{"Livsstyrketrening": CriterionLanguage},
	},
	{
		name:    "language relaxed: RelaxLanguage keeps it",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleUser}, Municipality: "4204", Age: years(65), Languages: []string{"so"}},
		opts:    []Option{RelaxLanguage()},
		include: []string{"Livsstyrketrening"},
	},
	{
		name:    "availability: an ended offering is excluded",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleUser}, Municipality: "5006", Age: years(70)},
		exclude: map[string]Criterion{"Trygg med legemidler": CriterionAvailability},
	},
	{
		name:    "availability: a paused offering is excluded",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RolePatient}, Conditions: []taxonomy.Condition{taxonomy.ConditionRheumatism}, Municipality: "4601", Age: years(50)},
		exclude: map[string]Criterion{"Leve med revmatisk sjukdom": CriterionAvailability},
	},
	{
		name:    "availability: F32.1 maps to depression, but the KiD course in Bodø is full",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RolePatient}, ICD10: []string{"F32.1"}, Municipality: "1804", Age: years(40)},
		exclude: map[string]Criterion{"KiD": CriterionAvailability},
	},
	{
		name:    "availability relaxed: IncludeUnavailable brings the full KiD course back, on top for F32.1",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RolePatient}, ICD10: []string{"F32.1"}, Municipality: "1804", Age: years(40)},
		opts:    []Option{IncludeUnavailable()},
		include: []string{"KiD"},
		check: func(t *testing.T, rs []Result) {
			r := find(rs, "KiD")
			if r.Reason(CriterionCondition).Fit != FitMet || r.Reason(CriterionAvailability).Fit != FitNotMet || r.Confidence != lmh.ConfidenceLow {
				t.Errorf("KiD: %v %v", r.Confidence, r.Reasons)
			}
			if got, want := r.Reason(CriterionAvailability).Text(taxonomy.NB), "Tilbudet er fullt – tatt med fordi kravet er lempet."; got != want {
				t.Errorf("availability reason %q, want %q", got, want)
			}
			if got, want := r.Reason(CriterionCondition).Text(taxonomy.EN), "The offering is about depression, which you named."; got != want {
				t.Errorf("condition reason %q, want %q", got, want)
			}
		},
	},
	{
		name:    "condition: asthma does not get the COPD school (siblings under lung disease)",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RolePatient}, Conditions: []taxonomy.Condition{taxonomy.ConditionAsthma}, Municipality: "3403", Age: years(60)},
		exclude: map[string]Criterion{"Leve med kols": CriterionCondition},
	},
	{
		name:    "condition relaxed: RelaxCondition keeps the COPD school for asthma",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RolePatient}, Conditions: []taxonomy.Condition{taxonomy.ConditionAsthma}, Municipality: "3403", Age: years(60)},
		opts:    []Option{RelaxCondition()},
		include: []string{"Leve med kols"},
	},
	{
		name:    "condition: J44.9 finds the COPD school in Hamar first",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RolePatient}, ICD10: []string{"J44.9"}, Municipality: "3403", Age: years(60)},
		top:     "Leve med kols",
		reasons: map[Criterion]string{CriterionCondition: "Tilbudet gjelder kols, som du oppga."},
	},
	{
		name:    "hierarchy: lung disease (broader) partly meets the COPD school",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RolePatient}, Conditions: []taxonomy.Condition{taxonomy.ConditionLungDisease}, Municipality: "3403", Age: years(60)},
		top:     "Leve med kols",
		fits:    map[Criterion]Fit{CriterionCondition: FitPartlyMet},
		reasons: map[Criterion]string{CriterionCondition: "Tilbudet gjelder kols, som er en form for lungesykdom."},
	},
	{
		name:    "hierarchy: diabetes_type2 matches the Nordland offering for diabetes (E10, E11)",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RolePatient}, Conditions: []taxonomy.Condition{taxonomy.ConditionDiabetesType2}, Municipality: "1804", Age: years(50)},
		top:     "Individuell veiledning ved nyoppdaget diabetes",
		fits:    map[Criterion]Fit{CriterionCondition: FitMet},
		reasons: map[Criterion]string{CriterionCondition: "Tilbudet gjelder diabetes type 2, som du oppga."},
	},
	{
		name: "hierarchy: ICPC-2 T90 in Lørenskog finds the type 2 course there",
		need: lmh.Need{Roles: []taxonomy.Role{taxonomy.RolePatient}, ICPC2: []string{"T90"}, Municipality: "3222", Age: years(50)},
		top:  "Diabeteskurs – leve godt med diabetes type 2",
	},
	{
		name:    "hierarchy: heart attack reaches the regional course, not the heart-failure one",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RolePatient}, Conditions: []taxonomy.Condition{taxonomy.ConditionHeartAttack}, Municipality: "1508", Age: years(62)},
		top:     "Kurs for deg som har hatt hjerteinfarkt",
		exclude: map[string]Criterion{"Leve med hjertesvikt": CriterionCondition},
		reasons: map[Criterion]string{CriterionPlace: "Tilbudet holdes i Trondheim, i din helseregion (Helse Midt-Norge)."},
	},
	{
		name:    "hierarchy: heart disease (broad) partly meets the national heart-failure course; the regional one is out of reach from Oslo",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RolePatient}, Conditions: []taxonomy.Condition{taxonomy.ConditionHeartDisease}, Municipality: "0301", Age: years(62)},
		include: []string{"Leve med hjertesvikt"},
		exclude: map[string]Criterion{"Kurs for deg som har hatt hjerteinfarkt": CriterionPlace},
	},
	{
		name:    "hierarchy: breast cancer meets the national cancer peer talk; the regional course is full, the northern group out of reach",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RolePatient}, Conditions: []taxonomy.Condition{taxonomy.ConditionBreastCancer}, Municipality: "0301", Age: years(50)},
		top:     "Samtale med en likeperson",
		exclude: map[string]Criterion{"Kreftrehabilitering": CriterionAvailability, "Stressmestringsgruppe etter kreftbehandling": CriterionPlace},
		reasons: map[Criterion]string{CriterionPlace: "Tilbudet er digitalt og tilgjengelig i hele landet."},
	},
	{
		name:    "digital national group course says so in the issue's words",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleUser}, Themes: []taxonomy.Theme{taxonomy.ThemeStress}, Municipality: "5501", Age: years(35)},
		top:     "KiB",
		reasons: map[Criterion]string{CriterionPlace: "Kurset er digitalt og tilgjengelig i hele landet.", CriterionTheme: "Tilbudet tar opp stressmestring, som du ønsket."},
	},
	{
		name: "regional digital: the Helse Vest epilepsy course reaches Stavanger",
		need: lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleNextOfKin}, Conditions: []taxonomy.Condition{taxonomy.ConditionEpilepsy}, Municipality: "1103", Age: years(38)},
		top:  "Epilepsikurs for foreldre",
	},
	{
		name:    "regional digital: but not Oslo",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleNextOfKin}, Conditions: []taxonomy.Condition{taxonomy.ConditionEpilepsy}, Municipality: "0301", Age: years(38)},
		exclude: map[string]Criterion{"Epilepsikurs for foreldre": CriterionPlace},
	},
	{
		name:    "Sami: a Sami speaker in Karasjok with type 2 diabetes gets the Sami course, exact",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RolePatient}, Conditions: []taxonomy.Condition{taxonomy.ConditionDiabetesType2}, Municipality: "5610", Age: years(58), Languages: []string{"se"}},
		top:     "Diabeteskurs på samisk og norsk",
		topConf: lmh.ConfidenceExact,
		reasons: map[Criterion]string{CriterionLanguage: "Tilbudet er på nordsamisk, som du forstår."},
	},
	{
		name:    "delivery: in person only excludes the digital-only course",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleNextOfKin}, Conditions: []taxonomy.Condition{taxonomy.ConditionPsychosis}, Municipality: "0301", Age: years(45), Delivery: lmh.InPersonOnly},
		exclude: map[string]Criterion{"Nettkurs for pårørende til personer med psykisk sykdom": CriterionDelivery},
	},
	{
		name:    "delivery: RelaxDelivery keeps the digital-only course, relaxed and low",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleNextOfKin}, Conditions: []taxonomy.Condition{taxonomy.ConditionPsychosis}, Municipality: "0301", Age: years(45), Delivery: lmh.InPersonOnly},
		opts:    []Option{RelaxDelivery()},
		top:     "Nettkurs for pårørende til personer med psykisk sykdom",
		topConf: lmh.ConfidenceLow,
		fits:    map[Criterion]Fit{CriterionDelivery: FitNotMet, CriterionCondition: FitMet},
		reasons: map[Criterion]string{CriterionDelivery: "Tilbudet er digitalt, men du vil bare møte fysisk – tatt med fordi kravet er lempet."},
	},
	{
		name:    "no municipality: only what is open nationwide is within reach",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleNextOfKin}, Conditions: []taxonomy.Condition{taxonomy.ConditionMentalIllness}, Age: years(45)},
		top:     "Nettkurs for pårørende til personer med psykisk sykdom",
		exclude: map[string]Criterion{"Recovery-skole": CriterionPlace},
	},
	{
		name:    "no municipality: ReachNational shows the place-bound ones too",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleNextOfKin}, Conditions: []taxonomy.Condition{taxonomy.ConditionMentalIllness}, Age: years(45)},
		opts:    []Option{Within(ReachNational)},
		include: []string{"Recovery-skole", "Nettkurs for pårørende til personer med psykisk sykdom"},
		order:   []string{"Nettkurs for pårørende til personer med psykisk sykdom", "Recovery-skole"},
	},
	{
		name:    "ME: a patient in Sandnes reaches the Rogaland mestringstreff with continuous intake",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RolePatient}, ICD10: []string{"G93.3"}, Municipality: "1108", Age: years(30)},
		top:     "Mestringstreff for personer med ME",
		reasons: map[Criterion]string{CriterionStart: "Tilbudet har løpende oppstart.", CriterionPlace: "Tilbudet holdes i Stavanger, i ditt fylke (Rogaland)."},
	},
	{
		name:    "youth: type 1 diabetes at 15 in Bergen gets Helt Sjef!",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RolePatient}, Conditions: []taxonomy.Condition{taxonomy.ConditionDiabetesType1}, Municipality: "4601", Age: years(15)},
		top:     "Helt Sjef!",
		exclude: map[string]Criterion{"Individuell veiledning ved nyoppdaget diabetes": CriterionPlace},
	},
	{
		name:    "theme: a grieving 14-year-old in Bjørnafjorden gets the grief group",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleNextOfKin}, Themes: []taxonomy.Theme{taxonomy.ThemeGrief}, Municipality: "4624", Age: years(14)},
		top:     "Sorggruppe for barn og unge",
		exclude: map[string]Criterion{"Selvhjelpsgruppe for etterlatte": CriterionPlace},
	},
	{
		name:    "patient and user partly meet: a patient with anxiety in Vestfold gets the course for users",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RolePatient}, Conditions: []taxonomy.Condition{taxonomy.ConditionAnxiety}, Municipality: "3905", Age: years(33)},
		top:     "Mestringskurs for deg som strever med angst",
		topConf: lmh.ConfidenceHigh,
		fits:    map[Criterion]Fit{CriterionRole: FitPartlyMet},
	},
	{
		name: "free text fills the facets and says so",
		need: lmh.Need{FreeText: "Pårørende til mor med demens, bor i Voss, vil helst ha kurs på kveldstid", Age: years(52)},
		top:  "Meistringskurs for pårørande til personar med demens",
		text: map[Criterion]bool{CriterionRole: true, CriterionCondition: true, CriterionPlace: true, CriterionTime: true, CriterionAge: false},
		reasons: map[Criterion]string{
			CriterionRole: "Tilbudet er for pårørende, og du er pårørende (fra teksten din).",
			CriterionTime: "Tilbudet er på hverdager på kveldstid, og da kan du (fra teksten din).",
		},
	},
	{
		name:    "a field set by the caller wins over the free text",
		need:    lmh.Need{FreeText: "pårørende til mor med demens, bor i Voss", Municipality: "4601", Roles: []taxonomy.Role{taxonomy.RoleNextOfKin}, Age: years(52)},
		exclude: map[string]Criterion{"Meistringskurs for pårørande til personar med demens": CriterionPlace},
	},
	{
		name:    "MinConfidence(ConfidenceExact) keeps only exact matches",
		need:    lmh.Need{Roles: []taxonomy.Role{taxonomy.RoleNextOfKin}, Conditions: []taxonomy.Condition{taxonomy.ConditionDementia}, Municipality: "4621", Age: years(55)},
		opts:    []Option{MinConfidence(lmh.ConfidenceExact)},
		minConf: lmh.ConfidenceExact,
		top:     "Meistringskurs for pårørande til personar med demens",
	},
}

// TestMatchHierarchyBroader: an offering for diabetes alone (no ICD codes
// narrowing it) meets a need for type 2 diabetes through the hierarchy.
func TestMatchHierarchyBroader(t *testing.T) {
	m, cat := sampleMatcher(t)
	o := find(resultsOf(cat), "Individuell veiledning ved nyoppdaget diabetes").Offering.Clone()
	o.TargetGroup.ICD10 = nil
	need := lmh.Need{Roles: []taxonomy.Role{taxonomy.RolePatient}, Conditions: []taxonomy.Condition{taxonomy.ConditionDiabetesType2}, Municipality: "1804", Age: years(50)}
	r, err := m.Explain(need, &o)
	if err != nil {
		t.Fatal(err)
	}
	c := r.Reason(CriterionCondition)
	if c.Fit != FitMet || c.Text(taxonomy.NB) != "Tilbudet gjelder diabetes, som omfatter diabetes type 2." {
		t.Errorf("condition: %v %q", c, c.Text(taxonomy.NB))
	}
	// The catalogue's own version names E11 and so meets type 2 exactly
	// (score 1 rather than 0.9): it ranks first, the copy second.
	if r.Rank != 2 || r.Confidence != lmh.ConfidenceExact {
		t.Errorf("rank %d, confidence %v", r.Rank, r.Confidence)
	}
	// The other way round: type 1 diabetes is not type 2.
	o.TargetGroup.Conditions = []taxonomy.Condition{taxonomy.ConditionDiabetesType1}
	r, _ = m.Explain(need, &o)
	if !r.Excluded() || r.Reason(CriterionCondition).Fit != FitNotMet {
		t.Errorf("type 1 offering for a type 2 need: %v", r)
	}
}

func resultsOf(cat []lmh.Offering) []Result {
	out := make([]Result, len(cat))
	for i := range cat {
		out[i] = Result{Offering: &cat[i]}
	}
	return out
}

func find(rs []Result, prefix string) Result {
	for _, r := range rs {
		if strings.HasPrefix(r.Offering.Name, prefix) {
			return r
		}
	}
	return Result{}
}

func sampleMatcher(t testing.TB) (*Matcher, []lmh.Offering) {
	t.Helper()
	cat := lmh.SampleCatalogueOn(lmh.SampleDay)
	m, err := New(cat, Clock(func() time.Time { return scenarioDay.Time(time.UTC) }))
	if err != nil {
		t.Fatal(err)
	}
	return m, cat
}

func TestMatchScenarios(t *testing.T) {
	m, cat := sampleMatcher(t)
	byPrefix := func(t *testing.T, p string) *lmh.Offering {
		t.Helper()
		for i := range cat {
			if strings.HasPrefix(cat[i].Name, p) {
				return &cat[i]
			}
		}
		t.Fatalf("no sample offering named %q…", p)
		return nil
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			opts := append(append([]Option{}, sc.opts...), Limit(0))
			rs, err := m.Match(sc.need, opts...)
			if err != nil {
				t.Fatal(err)
			}
			if sc.none {
				if len(rs) != 0 {
					t.Fatalf("want no results, got %d", len(rs))
				}
				return
			}
			if sc.top != "" {
				if len(rs) == 0 {
					t.Fatalf("no results, want %q first", sc.top)
				}
				if !strings.HasPrefix(rs[0].Offering.Name, sc.top) {
					t.Fatalf("first result %q, want %q…", rs[0].Offering.Name, sc.top)
				}
				if sc.topConf != 0 && rs[0].Confidence != sc.topConf {
					t.Errorf("first result confidence %v, want %v (reasons %v)", rs[0].Confidence, sc.topConf, rs[0].Reasons)
				}
				for c, want := range sc.reasons {
					if got := rs[0].Reason(c).Text(taxonomy.NB); got != want {
						t.Errorf("%s reason (nb) = %q, want %q", c, got, want)
					}
				}
				for c, want := range sc.nn {
					if got := rs[0].Reason(c).Text(taxonomy.NN); got != want {
						t.Errorf("%s reason (nn) = %q, want %q", c, got, want)
					}
				}
				for c, want := range sc.en {
					if got := rs[0].Reason(c).Text(taxonomy.EN); got != want {
						t.Errorf("%s reason (en) = %q, want %q", c, got, want)
					}
				}
				for c, want := range sc.fits {
					if got := rs[0].Reason(c).Fit; got != want {
						t.Errorf("%s fit = %v, want %v", c, got, want)
					}
				}
				for c, want := range sc.text {
					if got := rs[0].Reason(c).FromText; got != want {
						t.Errorf("%s FromText = %v, want %v", c, got, want)
					}
				}
			}
			for _, p := range sc.include {
				if find(rs, p).Offering == nil {
					t.Errorf("%q… missing from the results", p)
				}
			}
			for p, crit := range sc.exclude {
				if find(rs, p).Offering != nil {
					t.Errorf("%q… should be excluded", p)
				}
				ex, err := m.Explain(sc.need, byPrefix(t, p), sc.opts...)
				if err != nil {
					t.Fatal(err)
				}
				if !ex.Excluded() {
					t.Errorf("Explain(%q…) not excluded", p)
				}
				failed := false
				for _, r := range ex.Failed() {
					failed = failed || r.Criterion == crit
				}
				if !failed {
					t.Errorf("Explain(%q…): %v not among the failed criteria %v", p, crit, ex.Failed())
				}
			}
			last := -1
			for _, p := range sc.order {
				i := -1
				for k, r := range rs {
					if strings.HasPrefix(r.Offering.Name, p) {
						i = k
					}
				}
				if i <= last {
					t.Errorf("%q… at %d, want after position %d", p, i, last)
				}
				last = i
			}
			for _, r := range rs {
				if r.Confidence < sc.minConf {
					t.Errorf("%q… has confidence %v below %v", r.Offering.Name, r.Confidence, sc.minConf)
				}
			}
			for i, r := range rs {
				if r.Rank != i+1 || len(r.Reasons) != int(numCriteria)-1 {
					t.Errorf("result %d: rank %d, %d reasons", i, r.Rank, len(r.Reasons))
				}
			}
			if sc.check != nil {
				sc.check(t, rs)
			}
		})
	}
}
