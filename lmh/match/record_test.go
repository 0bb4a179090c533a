package match

import (
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
