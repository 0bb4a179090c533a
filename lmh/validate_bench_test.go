package lmh

import (
	"bytes"
	"encoding/json"
	"slices"
	"testing"
	"time"
)

// The validation benchmarks run on the first sample offering, a realistic
// hospital course with every part of the model filled in.
//
// BenchmarkValidatorStructBare is the baseline: go-playground/validator's
// Struct on the same struct with the same field tags and custom field
// validations (without them the tags could not be evaluated), but without
// our struct-level domain rules or the conversion to *ValidationError.
// BenchmarkValidateOffering is our full validation. Their ratio is the
// overhead of our rules.

func benchOffering(b *testing.B) *Offering {
	o := SampleCatalogueOn(SampleDay)[0]
	if err := ValidateOffering(&o); err != nil {
		b.Fatal(err)
	}
	return &o
}

func BenchmarkValidateOffering(b *testing.B) {
	o := benchOffering(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := ValidateOffering(o); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkValidatorStructBare(b *testing.B) {
	o := benchOffering(b)
	v := newFieldValidator()
	b.ReportAllocs()
	for b.Loop() {
		if err := v.Struct(o); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkValidateOfferingInvalid measures the error path: five problems
// converted to a *ValidationError.
func BenchmarkValidateOfferingInvalid(b *testing.B) {
	o := benchOffering(b)
	o.Frames.Capacity.Max = 1
	o.TargetGroup.Roles = nil
	o.Provider.Municipality = "1201"
	b.ReportAllocs()
	for b.Loop() {
		if err := ValidateOffering(o); err == nil {
			b.Fatal("no error")
		}
	}
}

func BenchmarkValidateOfferingParallel(b *testing.B) {
	o := benchOffering(b)
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if err := ValidateOffering(o); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

// BenchmarkDecodeOffering is strict decoding of one JSON line; beside it,
// BenchmarkJSONUnmarshalBare is encoding/json without strictness.
func BenchmarkDecodeOffering(b *testing.B) {
	line := sampleLine(b, 0)
	b.SetBytes(int64(len(line)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DecodeOffering(line); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkJSONUnmarshalBare(b *testing.B) {
	line := sampleLine(b, 0)
	b.SetBytes(int64(len(line)))
	b.ReportAllocs()
	for b.Loop() {
		var o Offering
		if err := json.Unmarshal(line, &o); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadCatalogue streams the sample catalogue repeated to 4,200
// records through Entries.
func BenchmarkReadCatalogue(b *testing.B) {
	data := bytes.Repeat(SampleCatalogueJSONL(), 100)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for _, err := range Entries(bytes.NewReader(data)) {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 4200 {
			b.Fatalf("read %d", n)
		}
	}
}

func BenchmarkCheckISF(b *testing.B) {
	o := benchOffering(b)
	b.ReportAllocs()
	for b.Loop() {
		CheckISF(o)
	}
}

// BenchmarkDomainRules is the domain rules alone, without the validator:
// the part of ValidateOffering that BenchmarkValidatorStructBare lacks.
func BenchmarkDomainRules(b *testing.B) {
	o := benchOffering(b)
	n := 0
	report := func(string, Rule, string) { n++ }
	b.ReportAllocs()
	for b.Loop() {
		checkOffering(o, report)
	}
	if n != 0 {
		b.Fatal("valid offering broke a rule")
	}
}

// BenchmarkValidateRatio interleaves the bare validator and our full
// validation on the same offering, iteration by iteration, alternating
// which runs first, and reports the ratio of their median call times as
// "full/bare". Interleaving and medians make the ratio robust on a shared
// machine, where separate benchmarks run at different times under
// different load and a single preemption can swamp a total.
func BenchmarkValidateRatio(b *testing.B) {
	o := benchOffering(b)
	v := newFieldValidator()
	var bare, full []time.Duration
	runBare := func() {
		t := time.Now()
		if err := v.Struct(o); err != nil {
			b.Fatal(err)
		}
		bare = append(bare, time.Since(t))
	}
	runFull := func() {
		t := time.Now()
		if err := ValidateOffering(o); err != nil {
			b.Fatal(err)
		}
		full = append(full, time.Since(t))
	}
	i := 0
	for b.Loop() {
		if i%2 == 0 {
			runBare()
			runFull()
		} else {
			runFull()
			runBare()
		}
		i++
	}
	mb, mf := median(bare), median(full)
	b.ReportMetric(float64(mf)/float64(mb), "full/bare")
	b.ReportMetric(float64(mb.Nanoseconds()), "bare-median-ns")
	b.ReportMetric(float64(mf.Nanoseconds()), "full-median-ns")
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}
