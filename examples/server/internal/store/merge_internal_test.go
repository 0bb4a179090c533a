package store

import (
	"encoding/json"
	"testing"

	"github.com/lmhkit/lmhkit/lmh"
)

// TestMergeLineObjectsMemberByMember: within an object, the member a
// person changed stays and the member the listing changed follows it.
func TestMergeLineObjectsMemberByMember(t *testing.T) {
	base := lmh.SampleCatalogueOn(lmh.SampleDay)[0]
	stored, line := base, base
	stored.Frames.Capacity.Max = base.Frames.Capacity.Max + 5 // the person
	line.Frames.Hours = base.Frames.Hours + 2                 // the listing
	line.Description = "Ny tekst"
	stored.Status = lmh.StatusPaused
	sj, _ := json.Marshal(&stored)
	bj, _ := json.Marshal(&base)
	got, _, err := mergeLine(sj, bj, &line)
	if err != nil {
		t.Fatal(err)
	}
	if got.Frames.Capacity.Max != stored.Frames.Capacity.Max || got.Frames.Hours != line.Frames.Hours ||
		got.Description != "Ny tekst" || got.Status != lmh.StatusPaused {
		t.Errorf("merged frames %+v, description %q, status %v", got.Frames, got.Description, got.Status)
	}
	// Both changed the same member: the person's value stays.
	line.Frames.Capacity.Max = base.Frames.Capacity.Max + 1
	if got, _, err := mergeLine(sj, bj, &line); err != nil || got.Frames.Capacity.Max != stored.Frames.Capacity.Max {
		t.Errorf("conflict: %+v %v", got.Frames.Capacity, err)
	}
	// A required value the listing no longer gives keeps the stored one.
	line = base
	line.Name = ""
	if got, _, err := mergeLine(sj, bj, &line); err != nil || got.Name != base.Name {
		t.Errorf("a dropped required name: %q %v", got.Name, err)
	}
}

// TestMergeLineFilledIsNoPersonsEdit: a required value a listing dropped
// is filled from the stored offering and written into the line kept as the
// last import, so when the listing gives a new value later, that value
// wins: the filled one was nobody's edit (review 8).
func TestMergeLineFilledIsNoPersonsEdit(t *testing.T) {
	first := lmh.SampleCatalogueOn(lmh.SampleDay)[0]
	fj, _ := json.Marshal(&first)
	dropped := first
	dropped.Name = ""
	merged, kept, err := mergeLine(fj, fj, &dropped)
	if err != nil || merged.Name != first.Name {
		t.Fatalf("a dropped name: %q %v", merged.Name, err)
	}
	mj, _ := json.Marshal(&merged)
	renamed := first
	renamed.Name = first.Name + " (ny)"
	got, _, err := mergeLine(mj, kept, &renamed)
	if err != nil || got.Name != renamed.Name {
		t.Errorf("the listing's next name: got %q, want %q (%v)", got.Name, renamed.Name, err)
	}
	// Nothing filled: the line is kept as it is.
	rj, _ := json.Marshal(&renamed)
	if _, k, err := mergeLine(fj, fj, &renamed); err != nil || string(k) != string(rj) {
		t.Errorf("kept %s, want the line %s (%v)", k, rj, err)
	}
}
