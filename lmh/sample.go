package lmh

import (
	"bytes"
	_ "embed"
	"slices"
	"sync"
	"time"
)

//go:embed data/sample-catalogue.jsonl
var sampleJSONL []byte

// SampleDay is the day the embedded sample catalogue is written for: its
// courses start in the weeks after it, a few are under way and a few have
// ended. SampleCatalogueOn moves the catalogue's dates so that any other day
// stands where SampleDay stands.
var SampleDay = Date{2027, time.January, 11}

var sample = sync.OnceValue(func() []Offering {
	offerings, err := LoadCatalogue(bytes.NewReader(sampleJSONL))
	if err != nil {
		panic("lmh: embedded sample catalogue: " + err.Error())
	}
	return offerings
})

// SampleCatalogue returns the embedded sample catalogue laid out around
// today (SampleCatalogueOn with today's date in the local time zone), so
// that it is current whenever it is used.
func SampleCatalogue() []Offering { return SampleCatalogueOn(DateOf(time.Now())) }

// SampleCatalogueOn returns the embedded sample catalogue laid out around
// day: about forty offerings written for the project, in Bokmål and
// Nynorsk, that between them use every arena, role, format, delivery and
// programme of the taxonomy and serve municipalities, counties and health
// regions across the country, with a few national digital ones. Some
// providers bear the names of real institutions (with their public
// organisation numbers), others are invented; the offerings, texts, dates
// and figures are written for the project and illustrative only.
//
// Every date of the catalogue is moved by the number of days from
// SampleDay to day, so day relates to the schedules exactly as SampleDay
// does to the embedded ones: the same courses are ahead, under way and
// ended, the same number of days away, whatever the year. (Weekdays move
// with the dates.) The result is deterministic for a given day; every
// offering passes ValidateOffering. Each call returns a fresh deep copy the
// caller may change.
func SampleCatalogueOn(day Date) []Offering {
	src := sample()
	shift := 0
	if day.IsValid() {
		shift = day.days() - SampleDay.days()
	}
	out := make([]Offering, len(src))
	for i := range src {
		out[i] = src[i].Clone()
		if shift != 0 {
			out[i].shiftDates(shift)
		}
	}
	return out
}

// SampleCatalogueJSONL returns the sample catalogue in its JSON Lines
// form, as embedded (laid out around SampleDay); the caller owns the
// returned slice.
func SampleCatalogueJSONL() []byte { return bytes.Clone(sampleJSONL) }

// shiftDates moves every date of o by n days: the schedule's and the
// registration deadline. The weekly meetings move to the weekdays the
// dates now fall on, and Times, where it was what Weekly gives, follows
// them (a Friday course moved one day meets on Saturdays, at the weekend).
func (o *Offering) shiftDates(n int) {
	s := &o.Schedule
	s.Start = s.Start.addDays(n)
	s.End = s.End.addDays(n)
	for i := range s.Dates {
		s.Dates[i] = s.Dates[i].addDays(n)
	}
	o.Frames.RegistrationDeadline = o.Frames.RegistrationDeadline.addDays(n)
	if len(s.Weekly) == 0 {
		return
	}
	derived := slices.Equal(s.Times, slotsOf(s.Weekly))
	days := ((n % 7) + 7) % 7
	for i := range s.Weekly {
		if d := s.Weekly[i].Weekday; d.IsValid() {
			s.Weekly[i].Weekday = Weekday((int(d)-1+days)%7 + 1)
		}
	}
	if derived && len(s.Times) > 0 {
		s.Times = slotsOf(s.Weekly)
	}
}
