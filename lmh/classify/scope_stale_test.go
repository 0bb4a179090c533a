package classify

import "testing"

// TestScopeEvidenceIsThisListings: the in-scope evidence of a listing is
// its own, also when the scratch was used before for a listing with more
// cues. A reference in a paper's style counts as research with no cue of
// its own; its feature once took the former listing's evidence, which
// could point past this listing's cues (a panic, found by a sweep of
// repeated phrases, 7 December) or at text that is not there.
func TestScopeEvidenceIsThisListings(t *testing.T) {
	c := New()
	busy := "Forskning på kurs for helsepersonell. Rapport og evaluering. Forskningsprosjekt. " +
		"Masteroppgave om veileder for kursledere. Stillingsannonse. Kampanje. Retningslinje."
	cited := "(Helsedirektoratet, 2017, s. 8). Psykisk"
	for i := 0; i < 20; i++ {
		c.Listing("", busy)
		r := c.Listing("", cited)
		for _, e := range r.Evidence {
			if e.Start < 0 || e.End > len(cited) || e.Start > e.End {
				t.Fatalf("evidence %+v lies outside the text (%d bytes)", e, len(cited))
			}
		}
	}
	r := c.Listing("", cited)
	found := false
	for _, e := range r.Evidence {
		if cited[e.Start:e.End] == "(Helsedirektoratet, 2017, s. 8)" {
			found = true
		}
	}
	if !r.InScope && !found {
		t.Errorf("out of scope without the reference as evidence: %+v", r.Evidence)
	}
}
