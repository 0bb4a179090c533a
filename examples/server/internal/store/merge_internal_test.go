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
	got, err := mergeLine(sj, bj, &line)
	if err != nil {
		t.Fatal(err)
	}
	if got.Frames.Capacity.Max != stored.Frames.Capacity.Max || got.Frames.Hours != line.Frames.Hours ||
		got.Description != "Ny tekst" || got.Status != lmh.StatusPaused {
		t.Errorf("merged frames %+v, description %q, status %v", got.Frames, got.Description, got.Status)
	}
	// Both changed the same member: the person's value stays.
	line.Frames.Capacity.Max = base.Frames.Capacity.Max + 1
	if got, err := mergeLine(sj, bj, &line); err != nil || got.Frames.Capacity.Max != stored.Frames.Capacity.Max {
		t.Errorf("conflict: %+v %v", got.Frames.Capacity, err)
	}
	// A required value the listing no longer gives keeps the stored one.
	line = base
	line.Name = ""
	if got, err := mergeLine(sj, bj, &line); err != nil || got.Name != base.Name {
		t.Errorf("a dropped required name: %q %v", got.Name, err)
	}
}
