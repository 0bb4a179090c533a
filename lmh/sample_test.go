package lmh

import (
	"testing"
)

func TestSampleCatalogueValidates(t *testing.T) {
	cat := SampleCatalogue()
	if len(cat) < 38 || len(cat) > 45 {
		t.Fatalf("sample has %d offerings, want about 40", len(cat))
	}
	for i := range cat {
		if err := ValidateOffering(&cat[i]); err != nil {
			t.Errorf("offering %d %q: %v", i+1, cat[i].Name, err)
		}
	}
}
