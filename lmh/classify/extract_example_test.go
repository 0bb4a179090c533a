package classify_test

import (
	"fmt"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/classify"
)

func ExampleExtract() {
	asOf := lmh.Date{Year: 2026, Month: 12, Day: 5} // a date in December
	d := classify.Extract("Kurs i depresjonsmestring",
		"Ringsaker kommune tilbyr kurs over 8 samlinger, tirsdager kl. 18.00–20.30, med oppstart 14. januar. "+
			"Pris: kr 300,-. Du trenger ingen henvisning. 8–12 deltakere. Sted: Frisklivssentralen, Moelv.", asOf)
	o := d.Offering
	fmt.Printf("%q %q %q\n", o.Provider.Name, o.Place.Municipality, o.Place.Name)
	fmt.Println(o.Frames.Sessions, o.Frames.Hours, o.Frames.Cost.FeeNOK, o.Frames.ReferralRequired, o.Frames.Capacity.Min, o.Frames.Capacity.Max)
	fmt.Printf("%v %v %q %q\n", o.Schedule.Start, o.Schedule.Weekly[0].Weekday, o.Schedule.Weekly[0].Start, o.Schedule.Weekly[0].End)
	for _, e := range d.Evidence {
		if e.Field == "schedule.start" {
			// January after a December reference date: next year, and
			// the evidence says the year was not written.
			fmt.Printf("%s %q %s year inferred: %v\n", e.Field, o.Description[e.Start:e.End], e.Basis, e.YearInferred)
		}
	}
	fmt.Println(d.Missing()[:3])
	// The municipality, the venue, the sessions, the fee and the times
	// are read but not given: their rules were right less than 90 % of
	// the time on labelled listings they were not written on.
	// Output:
	// "Ringsaker kommune" "" ""
	// 0 0 0 no 8 12
	// 2027-01-14 tuesday "" ""
	// schedule.start "14. januar" start_date year inferred: true
	// [id languages status]
}
