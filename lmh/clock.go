package lmh

import (
	"errors"
	"fmt"
	"strings"
)

// ClockTime is a time of day to the minute, without date or zone, written
// "18:30" in JSON. The zero value means unset; every other value is a real
// time from 00:00 to 23:59 (the type cannot hold anything else). ClockTimes
// are comparable values, safe for concurrent use.
type ClockTime struct {
	m uint16 // minutes after midnight plus one; 0 is unset
}

// ErrMalformedClockTime is the cause of a *DecodeError for a time of day
// not written "HH:MM".
var ErrMalformedClockTime = errors.New("lmh: malformed time of day (want HH:MM)")

// ClockAt returns the time hour:minute, or the zero (unset) ClockTime when
// hour is outside 0–23 or minute outside 0–59.
func ClockAt(hour, minute int) ClockTime {
	if hour < 0 || hour > 23 || minute < 0 || minute > 59 {
		return ClockTime{}
	}
	return ClockTime{uint16(hour*60 + minute + 1)}
}

// ParseClockTime parses "HH:MM" or "H:MM" (24-hour clock), ignoring
// surrounding white space.
func ParseClockTime(s string) (ClockTime, error) {
	t := strings.TrimSpace(s)
	h, m, ok := strings.Cut(t, ":")
	if ok && (len(h) == 1 || len(h) == 2) && len(m) == 2 {
		hour, okh := digits(h)
		minute, okm := digits(m)
		if c := ClockAt(hour, minute); okh && okm && !c.IsZero() {
			return c, nil
		}
	}
	return ClockTime{}, fmt.Errorf("%w: %q", ErrMalformedClockTime, s)
}

// MustParseClockTime is like ParseClockTime but panics, naming the input,
// on error. It is meant for literals and tests.
func MustParseClockTime(s string) ClockTime {
	c, err := ParseClockTime(s)
	if err != nil {
		panic(err)
	}
	return c
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// IsZero reports whether c is unset.
func (c ClockTime) IsZero() bool { return c.m == 0 }

// Hour returns the hour, 0–23 (0 for the zero value).
func (c ClockTime) Hour() int { return c.Minutes() / 60 }

// Minute returns the minute, 0–59 (0 for the zero value).
func (c ClockTime) Minute() int { return c.Minutes() % 60 }

// Minutes returns the minutes after midnight (0 for the zero value).
func (c ClockTime) Minutes() int {
	if c.m == 0 {
		return 0
	}
	return int(c.m) - 1
}

// Compare returns -1, 0 or +1 as c is before, equal to or after d; the
// zero value is before every time.
func (c ClockTime) Compare(d ClockTime) int { return cmpInt(int(c.m), int(d.m)) }

// Before reports whether c is before d.
func (c ClockTime) Before(d ClockTime) bool { return c.m < d.m }

// String returns "HH:MM", or "" for the zero value.
func (c ClockTime) String() string {
	if c.m == 0 {
		return ""
	}
	n := c.Minutes()
	return string([]byte{byte('0' + n/600), byte('0' + n/60%10), ':', byte('0' + n%60/10), byte('0' + n%10)})
}

// MarshalText returns "HH:MM"; the zero value marshals to "".
func (c ClockTime) MarshalText() ([]byte, error) {
	if c.m > 24*60 {
		return nil, fmt.Errorf("lmh: invalid time of day (%d minutes)", c.m-1)
	}
	return []byte(c.String()), nil
}

// UnmarshalText parses "HH:MM"; "" gives the zero value.
func (c *ClockTime) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = ClockTime{}
		return nil
	}
	v, err := ParseClockTime(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
