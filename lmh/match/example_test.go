package match_test

import (
	"fmt"
	"log"
	"time"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/match"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// today fixes the clock so the examples' output does not change with the
// date; real callers leave Clock out.
var today = match.Clock(func() time.Time { return time.Date(2027, 1, 11, 12, 0, 0, 0, time.UTC) })

func ExampleNew() {
	m, err := match.New(lmh.SampleCatalogueOn(lmh.SampleDay), today)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(m.Len(), "offerings indexed")
	// Output: 42 offerings indexed
}

func ExampleMatcher_Match() {
	m, _ := match.New(lmh.SampleCatalogueOn(lmh.SampleDay), today)
	age := 55
	need := lmh.Need{
		Roles:        []taxonomy.Role{taxonomy.RoleNextOfKin},
		Conditions:   []taxonomy.Condition{taxonomy.ConditionDementia},
		Municipality: "4621", // Voss
		Age:          &age,
	}
	results, err := m.Match(need, match.Limit(1))
	if err != nil {
		log.Fatal(err)
	}
	r := results[0]
	fmt.Println(r.Offering.Name)
	fmt.Println(r.Confidence)
	for _, c := range []match.Criterion{match.CriterionRole, match.CriterionPlace, match.CriterionCondition} {
		fmt.Println(r.Reason(c).Text(taxonomy.NB))
	}
	fmt.Println(r.Reason(match.CriterionRole).Text(taxonomy.EN))
	// Output:
	// Meistringskurs for pårørande til personar med demens
	// exact
	// Tilbudet er for pårørende, og du er pårørende.
	// Tilbudet holdes i Voss, der du bor.
	// Tilbudet gjelder demens, som du oppga.
	// The offering is for next of kin, and you are next of kin.
}

func ExampleMatcher_Match_freeText() {
	m, _ := match.New(lmh.SampleCatalogueOn(lmh.SampleDay), today)
	need := lmh.Need{FreeText: "Pårørende til mor med demens, bor i Voss, vil helst ha kurs på kveldstid"}
	results, _ := m.Match(need, match.Limit(1))
	for _, why := range results[0].Reasons {
		if why.FromText {
			fmt.Println(why.Text(taxonomy.NB))
		}
	}
	// Output:
	// Tilbudet er for pårørende, og du er pårørende (fra teksten din).
	// Tilbudet er for alderen 18 år og eldre, som passer for voksne (tolket fra teksten din).
	// Tilbudet holdes i Voss, der du bor (fra teksten din).
	// Tilbudet gjelder demens, som du oppga (fra teksten din).
	// Tilbudet er et gruppetilbud, som du foretrekker (fra teksten din).
	// Tilbudet er på hverdager på kveldstid, og da kan du (fra teksten din).
}

func ExampleMatcher_Match_parent() {
	// A parent writes about their child: the parent is next of kin and an
	// adult, and the child's age is the child's.
	m, _ := match.New(lmh.SampleCatalogueOn(lmh.SampleDay), today)
	need := lmh.Need{FreeText: "Jeg er mor til en gutt på 9 år med overvekt. Vi bor i Molde."}
	results, _ := m.Match(need, match.Limit(1))
	r := results[0]
	fmt.Println(r.Offering.Name, r.Confidence)
	for _, c := range []match.Criterion{match.CriterionRole, match.CriterionAge, match.CriterionPlace, match.CriterionCondition} {
		fmt.Println(r.Reason(c).Text(taxonomy.NB))
	}
	// Output:
	// Familiekurs – sunnere vaner for barn med overvekt og foreldrene deres low
	// Tilbudet er for pasienter og pårørende, og du er pårørende (fra teksten din).
	// Tilbudet er for alderen 6–12 år, ikke for deg (tolket fra teksten din), men kan passe for barnet ditt (9 år).
	// Tilbudet holdes i Molde, der du bor (fra teksten din).
	// Tilbudet gjelder fedme, som du oppga (fra teksten din).
}

func ExampleMatcher_Match_relax() {
	m, _ := match.New(lmh.SampleCatalogueOn(lmh.SampleDay), today)
	age := 55
	need := lmh.Need{
		Roles:        []taxonomy.Role{taxonomy.RoleNextOfKin},
		Conditions:   []taxonomy.Condition{taxonomy.ConditionDementia},
		Municipality: "4601", // Bergen: the course in Voss is for Voss and Ulvik
		Age:          &age,
	}
	for _, reach := range []match.Reach{match.ReachCoverage, match.ReachCounty} {
		results, _ := m.Match(need, match.Within(reach), match.MinConfidence(lmh.ConfidenceLow), match.Limit(0))
		for _, r := range results {
			if r.Offering.Programme == taxonomy.ProgrammeParorendeskole {
				fmt.Println(reach, r.Confidence, r.Reason(match.CriterionPlace).Text(taxonomy.EN))
			}
		}
	}
	// Output:
	// county low The offering serves Voss and Ulvik and is not open to people living in Bergen – included because this requirement was relaxed.
}

func ExampleMatcher_Explain() {
	cat := lmh.SampleCatalogueOn(lmh.SampleDay)
	m, _ := match.New(cat, today)
	age := 40
	need := lmh.Need{Roles: []taxonomy.Role{taxonomy.RolePatient}, ICD10: []string{"F32.1"}, Municipality: "1804", Age: &age}
	for i := range cat {
		if cat[i].Programme != taxonomy.ProgrammeKiD {
			continue
		}
		r, _ := m.Explain(need, &cat[i])
		fmt.Println(r.Excluded())
		for _, why := range r.Failed() {
			fmt.Println(why.Criterion, why.Text(taxonomy.NB))
		}
		fmt.Println(r.Reason(match.CriterionCondition).Text(taxonomy.NB))
	}
	// Output:
	// true
	// availability Tilbudet er fullt.
	// Tilbudet gjelder depresjon, som du oppga.
}

func ExampleEqualAccess() {
	rep, err := match.EqualAccess(lmh.SampleCatalogueOn(lmh.SampleDay), match.AccessQuery{Day: lmh.MustParseDate("2027-01-11")})
	if err != nil {
		log.Fatal(err)
	}
	copd := taxonomy.ConditionCOPD.Ref()
	fmt.Println(rep.Access("3403", taxonomy.RolePatient, copd)) // Hamar
	fmt.Println(rep.Access("0301", taxonomy.RolePatient, copd)) // Oslo
	s := rep.County("34", taxonomy.RolePatient, copd)
	fmt.Printf("Innlandet: %d of %d municipalities\n", s.Reachable, s.Municipalities)
	fmt.Println(len(rep.Gaps(match.AccessNational)) > 0)
	// Output:
	// municipality
	// none
	// Innlandet: 46 of 46 municipalities
	// true
}

func ExampleOption() {
	// Options given to New are the Matcher's defaults; options given to a
	// call apply on top of them, for that call only.
	m, _ := match.New(lmh.SampleCatalogueOn(lmh.SampleDay), today, match.Limit(3))
	need := lmh.Need{Roles: []taxonomy.Role{taxonomy.RolePatient}, Conditions: []taxonomy.Condition{taxonomy.ConditionCOPD}, Municipality: "3403"} // Hamar
	results, _ := m.Match(need)
	fmt.Println(len(results))
	results, _ = m.Match(need, match.Limit(0), match.MinConfidence(lmh.ConfidenceHigh))
	for _, r := range results {
		fmt.Println(r.Offering.Name, r.Confidence)
	}
	// Output:
	// 3
	// Leve med kols – kurs for pasienter og pårørende high
}

func ExampleRelaxAge() {
	m, _ := match.New(lmh.SampleCatalogueOn(lmh.SampleDay), today)
	age := 16
	need := lmh.Need{Roles: []taxonomy.Role{taxonomy.RolePatient}, Conditions: []taxonomy.Condition{taxonomy.ConditionDiabetesType1}, Municipality: "4601", Age: &age}
	for _, opts := range [][]match.Option{nil, {match.RelaxAge(2)}} {
		results, _ := m.Match(need, opts...)
		for _, r := range results {
			fmt.Println(r.Offering.Name, r.Confidence, r.Reason(match.CriterionAge).Text(taxonomy.EN))
		}
		fmt.Println("--")
	}
	// Output:
	// Helt Sjef! – kurs for ungdom som lever med langvarig sjukdom exact The offering is for ages 13–18, and you are 16.
	// --
	// Helt Sjef! – kurs for ungdom som lever med langvarig sjukdom exact The offering is for ages 13–18, and you are 16.
	// KiB – Kurs i belastningsmestring på nett low The offering is for ages 18 and over, but you are 16 – included because this requirement was relaxed.
	// Søvnskolen – digitalt kurs for bedre søvn low The offering is for ages 18 and over, but you are 16 – included because this requirement was relaxed.
	// --
}

func ExampleRelaxDelivery() {
	// A person who will meet in person only: the digital MS course is
	// excluded, unless the constraint is relaxed.
	m, _ := match.New(lmh.SampleCatalogueOn(lmh.SampleDay), today)
	need := lmh.Need{Roles: []taxonomy.Role{taxonomy.RolePatient}, Conditions: []taxonomy.Condition{taxonomy.ConditionMultipleSclerosis},
		Delivery: lmh.InPersonOnly, Municipality: "3301"}
	for _, opts := range [][]match.Option{nil, {match.RelaxDelivery()}} {
		results, _ := m.Match(need, opts...)
		fmt.Println(len(results))
		for _, r := range results {
			fmt.Println(r.Offering.Name, r.Confidence, r.Reason(match.CriterionDelivery).Text(taxonomy.EN))
		}
	}
	// Output:
	// 0
	// 3
	// Lære å leve med MS – nettkurs low The offering is digital, but you want to meet in person only – included because this requirement was relaxed.
	// KiB – Kurs i belastningsmestring på nett low The offering is digital, but you want to meet in person only – included because this requirement was relaxed.
	// Søvnskolen – digitalt kurs for bedre søvn low The offering is digital, but you want to meet in person only – included because this requirement was relaxed.
}
