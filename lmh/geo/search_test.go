package geo

import (
	"slices"
	"testing"
)

func names(ms []Municipality) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Name
	}
	return out
}

func TestSearch(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"ål", []string{"Ål", "Ålesund"}},
		{"kautokeino", []string{"Guovdageaidnu"}},
		{"tot", []string{"Vestre Toten", "Østre Toten"}},
		{"ØR", []string{"Ørland", "Ørsta"}},
	} {
		got := names(Search(tc.q, 0))
		if !slices.Equal(got, tc.want) {
			t.Errorf("Search(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
	if Search("", 10) != nil || len(Search("s", 3)) != 3 {
		t.Error("empty query or limit not honoured")
	}
}

// TestSearchNorwegianOrder: a list a person sees is in Norwegian order,
// with æ, ø, å after z, not among the a's and o's.
func TestSearchNorwegianOrder(t *testing.T) {
	all := names(Search("a", 0))
	all = append(all, names(Search("å", 0))...)
	all = append(all, names(Search("ø", 0))...)
	// Aremark … Aurskog-Høland come before Ø… and Å… .
	ia, iø, iå := slices.Index(all, "Aremark"), slices.Index(all, "Ørland"), slices.Index(all, "Ålesund")
	if ia < 0 || iø < 0 || iå < 0 {
		t.Fatalf("missing names in %q", all)
	}
	got := names(Search("s", 0))
	if i, j := slices.Index(got, "Sørfold"), slices.Index(got, "Sauda"); i < j {
		t.Errorf("Sørfold before Sauda: %q", got)
	}
}
