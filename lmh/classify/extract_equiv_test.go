package classify

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/lmhkit/lmhkit/lmh"
)

var updateExtractEquivalence = flag.Bool("update-extract-equivalence", false, "rewrite testdata/extract_equivalence.golden")

// TestExtractEquivalence pins every draft Extract makes of the real
// training split and the dev set (the offering, every field's evidence,
// and the facets), as SHA-256 digests of blocks of 50 listings in
// testdata/extract_equivalence.golden, read against a fixed date. Work on
// the extractor's speed or its bounds must not change a bit of it; a
// change of behaviour that is meant is accepted with
//
//	go test ./lmh/classify -run TestExtractEquivalence -args -update-extract-equivalence
//
// The quality tests score drafts against the labels; this catches any
// change to them, scored or not (a date read otherwise, an evidence span
// moved, a value the labels say nothing of).
func TestExtractEquivalence(t *testing.T) {
	const block = 50
	asOf := lmh.MustParseDate("2026-12-07")
	type listing struct{ name, title, text string }
	var ls []listing
	for _, it := range loadReal(t, "train") {
		ls = append(ls, listing{"train/" + it.ID, it.Title, it.Text})
	}
	for _, it := range loadDevSet(t) {
		ls = append(ls, listing{"dev/" + it.ID, it.Title, it.Text})
	}
	var lines []string
	h := sha256.New()
	for i, l := range ls {
		d := Extract(l.title, l.text, asOf)
		o, err := json.Marshal(d.Offering)
		if err != nil {
			t.Fatalf("%s: %v", l.name, err)
		}
		ev, err := json.Marshal(d.Evidence)
		if err != nil {
			t.Fatalf("%s: %v", l.name, err)
		}
		fmt.Fprintf(h, "%s\n%s%s\n%s\n", l.name, formatClassification(d.Result), o, ev)
		if (i+1)%block == 0 || i == len(ls)-1 {
			lines = append(lines, fmt.Sprintf("%s..%s %s", ls[i/block*block].name, l.name, hex.EncodeToString(h.Sum(nil))))
			h.Reset()
		}
	}
	checkDigestBlocks(t, filepath.Join("testdata", "extract_equivalence.golden"), lines, *updateExtractEquivalence,
		"update-extract-equivalence", "the listings (the training split changed? update it)")
}
