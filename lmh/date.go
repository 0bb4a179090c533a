package lmh

import (
	"fmt"
	"time"
)

// Date is a calendar date without time of day or zone, written
// "2026-03-04" in JSON. The zero value means unset. Dates are comparable
// values, safe for concurrent use.
type Date struct {
	Year  int        // the year, e.g. 2027
	Month time.Month // January is 1
	Day   int        // the day of the month, from 1
}

// DateOf returns the date of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// ParseDate parses a date in the form "2006-01-02".
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("%w: %q", ErrMalformedDate, s)
	}
	return DateOf(t), nil
}

// MustParseDate is like ParseDate but panics, naming the input, on error.
// It is meant for literals and tests.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// IsZero reports whether d is unset.
func (d Date) IsZero() bool { return d == Date{} }

// IsValid reports whether d is a real calendar date between year 1 and
// 9999 (the zero value is not).
func (d Date) IsValid() bool {
	if d.Year < 1 || d.Year > 9999 || d.Month < time.January || d.Month > time.December || d.Day < 1 {
		return false
	}
	return d.Day <= daysIn(d.Month, d.Year)
}

func daysIn(m time.Month, year int) int {
	switch m {
	case time.February:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// Time returns midnight at the start of d in loc.
func (d Date) Time(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(int(d.Month), int(e.Month))
	}
	return cmpInt(d.Day, e.Day)
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// String returns "2006-01-02", or "" for the zero value.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// MarshalText returns the form "2006-01-02"; the zero value marshals to "".
func (d Date) MarshalText() ([]byte, error) {
	if !d.IsZero() && !d.IsValid() {
		return nil, fmt.Errorf("lmh: invalid date %04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	}
	return []byte(d.String()), nil
}

// UnmarshalText parses "2006-01-02"; "" gives the zero value.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// days returns the number of days from 1 January 1970 to d (valid dates).
func (d Date) days() int {
	return int(d.Time(time.UTC).Unix() / 86400)
}

// addDays returns d moved by n days; the zero Date stays zero.
func (d Date) addDays(n int) Date {
	if d.IsZero() {
		return d
	}
	return DateOf(d.Time(time.UTC).AddDate(0, 0, n))
}
