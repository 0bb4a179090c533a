package store

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

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
	got, _, _, err := mergeLine(sj, bj, &line)
	if err != nil {
		t.Fatal(err)
	}
	if got.Frames.Capacity.Max != stored.Frames.Capacity.Max || got.Frames.Hours != line.Frames.Hours ||
		got.Description != "Ny tekst" || got.Status != lmh.StatusPaused {
		t.Errorf("merged frames %+v, description %q, status %v", got.Frames, got.Description, got.Status)
	}
	// Both changed the same member: the person's value stays.
	line.Frames.Capacity.Max = base.Frames.Capacity.Max + 1
	if got, _, _, err := mergeLine(sj, bj, &line); err != nil || got.Frames.Capacity.Max != stored.Frames.Capacity.Max {
		t.Errorf("conflict: %+v %v", got.Frames.Capacity, err)
	}
	// A required value the listing no longer gives keeps the stored one.
	line = base
	line.Name = ""
	if got, _, _, err := mergeLine(sj, bj, &line); err != nil || got.Name != base.Name {
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
	merged, kept, _, err := mergeLine(fj, fj, &dropped)
	if err != nil || merged.Name != first.Name {
		t.Fatalf("a dropped name: %q %v", merged.Name, err)
	}
	mj, _ := json.Marshal(&merged)
	renamed := first
	renamed.Name = first.Name + " (ny)"
	got, _, _, err := mergeLine(mj, kept, &renamed)
	if err != nil || got.Name != renamed.Name {
		t.Errorf("the listing's next name: got %q, want %q (%v)", got.Name, renamed.Name, err)
	}
	// Nothing filled: the line is kept as it is.
	rj, _ := json.Marshal(&renamed)
	if _, k, _, err := mergeLine(fj, fj, &renamed); err != nil || string(k) != string(rj) {
		t.Errorf("kept %s, want the line %s (%v)", k, rj, err)
	}
}

// TestMergeLineConflicts: the paths both the person and the listing
// changed since the last import, differently, are the conflicts, sorted;
// a value both changed alike, or one only one of them changed, is not.
func TestMergeLineConflicts(t *testing.T) {
	base := lmh.SampleCatalogueOn(lmh.SampleDay)[0]
	stored, line := base, base
	stored.Place.Name, line.Place.Name = "Personens sted", "Utlysningens sted" // both, differently
	stored.Frames.Capacity.Max, line.Frames.Capacity.Max = 20, 20              // both, alike
	stored.Team, line.Team = nil, []lmh.Profession{lmh.Nurse}                  // removed by the person, changed by the listing
	stored.Name = "Personens navn"                                             // the person only
	line.Description = "Ny tekst"                                              // the listing only
	// The server sets last_modified at every write and import: never a
	// conflict.
	stored.LastModified, line.LastModified = base.LastModified.Add(time.Hour), base.LastModified.Add(2*time.Hour)
	sj, _ := json.Marshal(&stored)
	bj, _ := json.Marshal(&base)
	got, _, conflicts, err := mergeLine(sj, bj, &line)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(conflicts, ",") != "place.name,team" {
		t.Errorf("conflicts %q, want place.name,team", conflicts)
	}
	if got.Place.Name != "Personens sted" || got.Team != nil || got.Name != "Personens navn" || got.Description != "Ny tekst" {
		t.Errorf("merged %+v", got)
	}
	// Without a last import there is nothing to tell the person's from.
	if _, _, conflicts, err := mergeLine(sj, nil, &line); err != nil || conflicts != nil {
		t.Errorf("no base: %q %v", conflicts, err)
	}
}

// mergeLine is merge on JSON documents, as the tests write them: stored
// the live offering, base the line last imported (nil when none) and line
// the new line's offering. It returns what merge does but the kept line
// as an object, which it leaves out.
func mergeLine(stored, base []byte, line *lmh.Offering) (lmh.Offering, []byte, []string, error) {
	s, err := object(stored)
	if err != nil {
		return lmh.Offering{}, nil, nil, err
	}
	b, err := object(base)
	if err != nil {
		return lmh.Offering{}, nil, nil, err
	}
	lj, err := json.Marshal(line)
	if err != nil {
		return lmh.Offering{}, nil, nil, err
	}
	n, err := object(lj)
	if err != nil {
		return lmh.Offering{}, nil, nil, err
	}
	o, _, kept, _, conflicts, err := merge(s, b, n, lj)
	return o, kept, conflicts, err
}
