package collation

import (
	"slices"
	"sync"
	"testing"
)

func TestNorwegianOrder(t *testing.T) {
	got := []string{"Ålesund", "Ørland", "Æra", "Aremark", "Å", "Zebra", "Østre Toten", "Ås", "Aal", "ærfugl", "Øvre Eiker", "aure"}
	Strings(got)
	want := []string{"Aremark", "aure", "Zebra", "Æra", "ærfugl", "Ørland", "Østre Toten", "Øvre Eiker", "Å", "Aal", "Ålesund", "Ås"}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if Compare("Æ", "Ø") >= 0 || Compare("Ø", "Å") >= 0 || Compare("Z", "Æ") >= 0 {
		t.Error("z < æ < ø < å does not hold")
	}
	if slices.Compare(Key("Ørland"), Key("Ålesund")) >= 0 {
		t.Error("keys do not order as Compare")
	}
}

func TestConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 200 {
				if Compare("Ålesund", "Ørland") <= 0 {
					t.Error("Ålesund before Ørland")
					return
				}
				_ = Key("Æra")
			}
		}()
	}
	wg.Wait()
}
