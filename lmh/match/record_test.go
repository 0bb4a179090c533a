package match

import (
	"reflect"
	"testing"
	"time"

	"github.com/lmhkit/lmhkit/lmh"
)

// TestDayNumber: the arithmetic day number agrees with time.Date's, also
// for dates outside the calendar (month 13, day 0, 31 February), which
// time.Date normalises.
func TestDayNumber(t *testing.T) {
	viaTime := func(d lmh.Date) int32 {
		return int32(time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC).Unix() / 86400)
	}
	n := 0
	for _, y := range []int{-401, -1, 0, 1, 1899, 1900, 1969, 1970, 1999, 2000, 2024, 2026, 2027, 2100, 2400, 9999} {
		for m := -13; m <= 26; m++ {
			for _, d := range []int{-31, -1, 0, 1, 15, 28, 29, 30, 31, 32, 60, 400} {
				date := lmh.Date{Year: y, Month: time.Month(m), Day: d}
				if date.IsZero() {
					continue
				}
				if got, want := dayNumber(date), viaTime(date); got != want {
					t.Fatalf("dayNumber(%d-%d-%d) = %d, time.Date gives %d", y, m, d, got, want)
				}
				n++
			}
		}
	}
	if dayNumber(lmh.Date{}) != 0 || n < 7000 {
		t.Fatalf("zero date %d; %d dates checked", dayNumber(lmh.Date{}), n)
	}
}

// TestClassesHoldTheirFacts: every record's classes hold exactly the facts
// its offering compiles to, so offerings that share a class judge alike.
// It fails when a class key leaves out a fact a judge reads.
func TestClassesHoldTheirFacts(t *testing.T) {
	for _, cat := range [][]lmh.Offering{genVariedCatalogue(3000, 4), lmh.SampleCatalogueOn(lmh.SampleDay)} {
		m, err := New(cat)
		if err != nil {
			t.Fatal(err)
		}
		langKey := func(tag string) int { return m.langIdx[primaryLang(tag)] }
		for pos := range m.hot {
			h := &m.hot[pos]
			fresh := compile(m.offering(int32(pos)), m.ev.pt, langKey, &compileBuf{})
			got, want := m.classes.factsOf(h), fresh.facts
			for _, f := range []*offeringFacts{&got, &want} {
				// nil and empty slices are the same facts.
				if len(f.cond.conds) == 0 {
					f.cond.conds = nil
				}
				if len(f.place.covMunis) == 0 {
					f.place.covMunis = nil
				}
				if len(f.start.days) == 0 {
					f.start.days = nil
				}
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("record %d (%s): class facts %+v, compiled %+v", pos, m.offering(int32(pos)).ID, got, want)
			}
		}
	}
}
