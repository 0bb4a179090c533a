package classify

import (
	"fmt"
	"sync"
	"testing"
)

// TestConcurrentClassifyAndExtract classifies and extracts the training
// listings from many goroutines at once with one Classifier, each
// goroutine in its own order and alternating the two calls, and compares
// every answer with a sequential run (run with -race). Each call takes
// its scratch state from a pool, and the extractor's per-state cache of
// calibrated confidences (32 slots, keyed by the field's path and the
// rule and checked against calGen) must give the same answers whatever
// listing a state served before.
func TestConcurrentClassifyAndExtract(t *testing.T) {
	recs := loadExtractSplit(t, "train")
	c := New()
	wantD := make([]string, len(recs))
	wantC := make([]string, len(recs))
	for i, r := range recs {
		wantD[i] = draftKey(c.Extract(r.Title, r.Text, december))
		wantC[i] = fmt.Sprint(labelsOf(c.Listing(r.Title, r.Text)))
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range recs {
				i := (k*7 + g*31) % len(recs)
				r := recs[i]
				if (k+g)%2 == 0 {
					if got := fmt.Sprint(labelsOf(c.Listing(r.Title, r.Text))); got != wantC[i] {
						t.Errorf("%s: classification differs between calls", r.ID)
						return
					}
				}
				if got := draftKey(c.Extract(r.Title, r.Text, december)); got != wantD[i] {
					t.Errorf("%s: draft differs between calls", r.ID)
					return
				}
			}
		}()
	}
	wg.Wait()
}
