package classify

import (
	"slices"
	"testing"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// TestResultOwnsLists holds that the lists of a Result, which share one
// block, are each the caller's: appending to one leaves the others as
// they were, and a later call leaves an earlier Result as it was.
func TestResultOwnsLists(t *testing.T) {
	c := New()
	const text = "Kurs for pårørende og barn med diabetes og kols, om kosthold og fysisk aktivitet, i gruppe. Kurset er for voksne og eldre."
	r := c.Listing("Lærings- og mestringskurs", text)
	lists := func(r Result) int {
		return len(r.Roles) + len(r.AgeGroups) + len(r.Methods) + len(r.Conditions) + len(r.Themes)
	}
	if lists(r) < 3 {
		t.Fatalf("the text gives only %d list values; the test needs several", lists(r))
	}
	want := Result{
		Roles: slices.Clone(r.Roles), AgeGroups: slices.Clone(r.AgeGroups), Methods: slices.Clone(r.Methods),
		Conditions: slices.Clone(r.Conditions), Themes: slices.Clone(r.Themes),
	}
	// Grow every list within whatever capacity it has.
	r.Roles = append(r.Roles, taxonomy.Role(0xffff))
	r.AgeGroups = append(r.AgeGroups, taxonomy.AgeGroup(0xffff))
	r.Methods = append(r.Methods, taxonomy.Method(0xffff))
	r.Conditions = append(r.Conditions, taxonomy.Condition(0xffff))
	r.Themes = append(r.Themes, taxonomy.Theme(0xffff))
	_ = c.Listing("Annet", "Foredrag om demens for ansatte i kommunen, fysisk aktivitet og kosthold.")
	check := func(name string, got, want []uint16) {
		t.Helper()
		if !slices.Equal(got[:len(got)-1], want) || got[len(got)-1] != 0xffff {
			t.Errorf("%s = %v, want %v and the appended value", name, got, want)
		}
	}
	check("Roles", u16(r.Roles), u16(want.Roles))
	check("AgeGroups", u16(r.AgeGroups), u16(want.AgeGroups))
	check("Methods", u16(r.Methods), u16(want.Methods))
	check("Conditions", u16(r.Conditions), u16(want.Conditions))
	check("Themes", u16(r.Themes), u16(want.Themes))
}

func u16[C taxonomy.Code](cs []C) []uint16 {
	out := make([]uint16, len(cs))
	for i, c := range cs {
		out[i] = uint16(c)
	}
	return out
}
