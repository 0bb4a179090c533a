package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
)

// metricsNamespace is the namespace of the pipeline's metrics.
const metricsNamespace = "lmhkit"

// listingBytes is the distribution of the good listings' sizes in bytes
// (title and text), updated as they are read. The tallies sum them up
// again, and count them by size class (powers of four), namespace
// lmhkit.listing_bytes.
var listingBytes = beam.NewDistribution(metricsNamespace, "listing_bytes")

const (
	facetNamespace = metricsNamespace + ".facet"
	sizeNamespace  = metricsNamespace + ".listing_bytes"
)

// sizeClasses are the upper bounds of the size classes; the last class
// has none.
var sizeClasses = [...]int{256, 1024, 4096, 16384, 65536}

// sizeClass returns the index of the size class of n bytes.
func sizeClass(n int) int {
	for i, max := range sizeClasses {
		if n <= max {
			return i
		}
	}
	return len(sizeClasses)
}

// counts are the pipeline's figures after a run.
type counts struct {
	FilesRead, InputsFailed, FilesWritten                int64
	RecordsRead, InScope, OutOfScope, DeadLetter         int64
	Duplicates                                           int64
	WrittenInScope, WrittenOutOfScope, WrittenDeadLetter int64
	// Facets counts the in-scope records by facet value ("format:group").
	Facets map[string]int64
	// Sizes counts the good listings by size class ("≤1024").
	Sizes map[string]int64
	// ListingBytes sums up the good listings' sizes, from the tallies.
	ListingBytes metrics.DistributionValue
	// LiveListingBytes is the distribution metric "listing_bytes", updated
	// for every listing as it is read, for a runner's monitoring. Unlike
	// the counters it is not carried as a tally, so a runner may lose part
	// of it (see tally).
	LiveListingBytes metrics.DistributionValue
}

// countsOf reads the counts from the metrics of a run: the counters the
// report step published (summed over steps, should a runner report one
// twice) and the live distribution.
func countsOf(m metrics.Results) counts {
	totals := map[string]int64{}
	for _, r := range m.AllMetrics().Counters() {
		totals[r.Namespace()+"/"+r.Name()] += r.Result()
	}
	c := countsOfTotals(totals)
	for _, r := range m.AllMetrics().Distributions() {
		if r.Namespace() == metricsNamespace && r.Name() == "listing_bytes" {
			v := r.Result()
			if c.LiveListingBytes.Count == 0 {
				c.LiveListingBytes = v
				continue
			}
			c.LiveListingBytes.Count += v.Count
			c.LiveListingBytes.Sum += v.Sum
			c.LiveListingBytes.Min = min(c.LiveListingBytes.Min, v.Min)
			c.LiveListingBytes.Max = max(c.LiveListingBytes.Max, v.Max)
		}
	}
	return c
}

// countsOfTotals reads the counts from totals by "namespace/name".
func countsOfTotals(totals map[string]int64) counts {
	c := counts{Facets: map[string]int64{}, Sizes: map[string]int64{}}
	plain := map[string]*int64{
		"files_read": &c.FilesRead, "inputs_failed": &c.InputsFailed, "files_written": &c.FilesWritten,
		"records_read": &c.RecordsRead, "in_scope": &c.InScope, "out_of_scope": &c.OutOfScope,
		"dead_letter": &c.DeadLetter, "duplicates": &c.Duplicates,
		"written_" + outInScope: &c.WrittenInScope, "written_" + outOutOfScope: &c.WrittenOutOfScope,
		"written_" + outDeadLetter: &c.WrittenDeadLetter,
		"listing_bytes_count":      &c.ListingBytes.Count, "listing_bytes_sum": &c.ListingBytes.Sum,
		"listing_bytes_min": &c.ListingBytes.Min, "listing_bytes_max": &c.ListingBytes.Max,
	}
	for k, v := range totals {
		ns, name, _ := strings.Cut(k, "/")
		switch ns {
		case metricsNamespace:
			if p := plain[name]; p != nil {
				*p = v
			}
		case facetNamespace:
			c.Facets[name] = v
		case sizeNamespace:
			c.Sizes[name] = v
		}
	}
	return c
}

// balance checks that nothing was dropped: every record read is in scope,
// out of scope or a dead letter; every in-scope one is written or named
// as a duplicate of one written; every out-of-scope one and every dead
// letter (records and failed inputs) is written. It returns an error
// naming each sum that does not hold.
func (c counts) balance() error {
	var bad []string
	check := func(what string, got, want int64) {
		if got != want {
			bad = append(bad, fmt.Sprintf("%s: %d, want %d", what, got, want))
		}
	}
	check("in_scope + out_of_scope + dead_letter", c.InScope+c.OutOfScope+c.DeadLetter, c.RecordsRead)
	check("written_in_scope + duplicates", c.WrittenInScope+c.Duplicates, c.InScope)
	check("written_out_of_scope", c.WrittenOutOfScope, c.OutOfScope)
	check("written_dead_letter", c.WrittenDeadLetter, c.DeadLetter+c.InputsFailed)
	if bad != nil {
		return fmt.Errorf("records lost or doubled: %s", strings.Join(bad, "; "))
	}
	return nil
}

// String is the summary of a run, one line per figure.
func (c counts) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "files read %d, failed %d; files written %d\n", c.FilesRead, c.InputsFailed, c.FilesWritten)
	fmt.Fprintf(&b, "records read %d: in scope %d, out of scope %d, dead letter %d\n",
		c.RecordsRead, c.InScope, c.OutOfScope, c.DeadLetter)
	fmt.Fprintf(&b, "written: in_scope %d (+ %d duplicates merged), out_of_scope %d, dead_letter %d (%d records + %d inputs)\n",
		c.WrittenInScope, c.Duplicates, c.WrittenOutOfScope, c.WrittenDeadLetter, c.DeadLetter, c.InputsFailed)
	if d := c.ListingBytes; d.Count > 0 {
		fmt.Fprintf(&b, "listing bytes: n %d, mean %d, min %d, max %d;", d.Count, d.Sum/d.Count, d.Min, d.Max)
		for i := range len(sizeClasses) + 1 {
			name := sizeName(i)
			fmt.Fprintf(&b, " %s %d", name, c.Sizes[name])
		}
		b.WriteByte('\n')
	}
	for _, k := range slices.Sorted(maps.Keys(c.Facets)) {
		fmt.Fprintf(&b, "facet %s %d\n", k, c.Facets[k])
	}
	return b.String()
}

// sizeName names size class i: "≤256", "≤1024", … and ">65536".
func sizeName(i int) string {
	if i < len(sizeClasses) {
		return fmt.Sprintf("≤%d", sizeClasses[i])
	}
	return fmt.Sprintf(">%d", sizeClasses[len(sizeClasses)-1])
}
