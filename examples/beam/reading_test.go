package main

import (
	"testing"
)

func TestPageKey(t *testing.T) {
	base := pageKey("Kolsskole", "Kurs for deg med kols.\nGratis.")
	if got := pageKey(" Kolsskole ", "Kurs  for deg\tmed kols. \n\n Gratis.  "); got != base {
		t.Errorf("white space changes the ID: %v, want %v", got, base)
	}
	for _, other := range [][2]string{
		{"Kolsskole", "Kurs for deg med kols. Kr 300."},
		{"Hjerteskole", "Kurs for deg med kols.\nGratis."},
		{"", "Kolsskole Kurs for deg med kols.\nGratis."},
		{"Kolsskole Kurs", "for deg med kols.\nGratis."},
	} {
		if pageKey(other[0], other[1]) == base {
			t.Errorf("%q gives the same ID as the base listing", other)
		}
	}
	if base.Version() != 5 {
		t.Errorf("version %d, want 5 (name-based, SHA-1)", base.Version())
	}
}
