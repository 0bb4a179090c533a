package classify

import (
	"testing"

	"github.com/lmhkit/lmhkit/lmh"
)

// TestAlsoAtAllocatesNothing: alsoAt reads the word before the verb in
// lower case without allocating, also when it is capitalised (Bokmål
// "Ellers", Nynorsk "Elles", "Dessutan"), and answers as before.
func TestAlsoAtAllocatesNothing(t *testing.T) {
	c := New()
	for _, tc := range []struct {
		text string
		v    int // the verb's token
		want bool
	}{
		{"Ellers arrangerer LHL kurs.", 1, true},       // nb
		{"Elles arrangerer LHL kurs.", 1, true},        // nn
		{"Dessutan held LMS kurs.", 1, true},           // nn
		{"TILLEGG arrangerer LHL kurs.", 1, true},      // capitals
		{"Kreftforeningen arrangerer kurs.", 1, false}, // nb
		{"Kreftforeininga arrangerer kurs.", 1, false}, // nn
	} {
		s := newScratch()
		c.scan(s, "", tc.text)
		decide(s, new(Result))
		x := new(xstate)
		x.reset(s, "", tc.text, lmh.Date{Year: 2026, Month: 12, Day: 1})
		if got := x.alsoAt(tc.v); got != tc.want {
			t.Errorf("alsoAt(%q, %d) = %v, want %v", tc.text, tc.v, got, tc.want)
		}
		x.alsoAt(tc.v) // the lower-case buffer grown once
		if n := testing.AllocsPerRun(20, func() { x.alsoAt(tc.v) }); n != 0 {
			t.Errorf("alsoAt(%q, %d): %v allocations a call, want 0", tc.text, tc.v, n)
		}
	}
}
