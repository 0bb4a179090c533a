package taxonomy

import (
	"encoding/json"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// These tests check invariants over the real embedded vocabulary.

var codeSyntax = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)

func TestEveryFacetNonEmpty(t *testing.T) {
	require.Len(t, Facets(), numFacets)
	for _, f := range Facets() {
		assert.Positive(t, f.Len(), "facet %s", f)
		for _, l := range Langs() {
			assert.NotEmpty(t, f.Label(l), "facet %s label %s", f, l)
		}
		assert.NotEmpty(t, f.Definition(), "facet %s", f)
	}
}

func TestCodesUniqueAndWellFormed(t *testing.T) {
	for _, f := range Facets() {
		seen := map[string]bool{}
		for _, r := range f.Refs() {
			code := r.Code()
			assert.Regexp(t, codeSyntax, code, "%s", r)
			assert.False(t, seen[code], "duplicate code %s", r)
			seen[code] = true
		}
	}
}

func TestEveryCodeHasLabelsDefinitionAndSource(t *testing.T) {
	for _, f := range Facets() {
		for _, r := range f.Refs() {
			for _, l := range Langs() {
				assert.NotEmpty(t, r.Label(l), "%s label %s", r, l)
			}
			assert.NotEmpty(t, r.Definition(EN), "%s has no English definition", r)
			assert.NotEmpty(t, r.Sources(), "%s cites no source", r)
		}
	}
}

func TestHierarchyAcyclicAndWithinFacet(t *testing.T) {
	for _, f := range Facets() {
		for _, r := range f.Refs() {
			seen := map[Ref]bool{r: true}
			for b := r.Broader(); !b.IsZero(); b = b.Broader() {
				require.Equal(t, f, b.Facet(), "%s: broader crosses facets", r)
				require.False(t, seen[b], "%s: cycle through %s", r, b)
				seen[b] = true
			}
			for _, n := range r.Narrower() {
				assert.Equal(t, r, n.Broader(), "%s narrower %s does not point back", r, n)
			}
		}
	}
}

func TestEveryCodeRoundTrips(t *testing.T) {
	for _, f := range Facets() {
		for _, r := range f.Refs() {
			got, err := ParseRef(r.String())
			require.NoError(t, err)
			assert.Equal(t, r, got)

			b, err := json.Marshal(r)
			require.NoError(t, err)
			var back Ref
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, r, back, "JSON round trip of %s", r)
		}
	}
	// Typed codes, via the generic helpers, for every facet type.
	roundTrip[Concept](t)
	roundTrip[Format](t)
	roundTrip[Role](t)
	roundTrip[AgeGroup](t)
	roundTrip[Arena](t)
	roundTrip[ServiceLevel](t)
	roundTrip[Method](t)
	roundTrip[Delivery](t)
	roundTrip[Scope](t)
	roundTrip[Goal](t)
	roundTrip[Theme](t)
	roundTrip[Condition](t)
	roundTrip[Programme](t)
	roundTrip[Participation](t)
	roundTrip[Accessibility](t)
}

type textCode interface {
	Code
	MarshalText() ([]byte, error)
}

func roundTrip[C textCode](t *testing.T) {
	t.Helper()
	all := All[C]()
	var zero C
	require.Len(t, all, zero.Facet().Len())
	for _, c := range all {
		got, err := Parse[C](c.String())
		require.NoError(t, err)
		require.Equal(t, c, got)

		b, err := json.Marshal(map[string]C{"v": c})
		require.NoError(t, err)
		var back map[string]C
		require.NoError(t, json.Unmarshal(b, &back), "%s", b)
		require.Equal(t, c, back["v"])

		r, ok := FromRef[C](c.Ref())
		require.True(t, ok)
		require.Equal(t, c, r)
	}
	// The zero value marshals to "" and back.
	b, err := json.Marshal(map[string]C{"v": zero})
	require.NoError(t, err)
	require.JSONEq(t, `{"v":""}`, string(b))
	var back map[string]C
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, zero, back["v"])
}

func TestClassificationEntriesWellFormed(t *testing.T) {
	for _, c := range All[Condition]() {
		for _, e := range c.ICD10() {
			_, ok := parseRange(ICD10, e)
			assert.True(t, ok, "%s: malformed ICD-10 entry %q", c, e)
		}
		for _, e := range c.ICPC2() {
			_, ok := parseRange(ICPC2, e)
			assert.True(t, ok, "%s: malformed ICPC-2 entry %q", c, e)
		}
		// A single-code entry must resolve to the condition itself or to a
		// condition related to it in the hierarchy: its own codes must not
		// be captured by an unrelated condition.
		for _, sys := range []CodeSystem{ICD10, ICPC2} {
			for _, e := range c.entries(sys) {
				r, _ := parseRange(sys, e)
				if r.lo != r.hi {
					continue
				}
				got, ok := ConditionFor(sys, r.lo)
				if assert.True(t, ok, "%s %s", sys, e) {
					assert.True(t, c.Subsumes(got) || got.Subsumes(c),
						"%s entry %q resolves to unrelated %s", c, e, got)
				}
			}
		}
	}
}

func TestProgrammesHaveUsualFormat(t *testing.T) {
	for _, p := range All[Programme]() {
		assert.True(t, p.Format().IsValid(), "programme %s has no usual format", p)
	}
}

func TestAgeGroupsPartitionAges(t *testing.T) {
	prev := -1
	for _, g := range All[AgeGroup]() {
		assert.Equal(t, prev+1, g.MinAge(), "age groups must be contiguous at %s", g)
		assert.LessOrEqual(t, g.MinAge(), g.MaxAge())
		prev = g.MaxAge()
	}
	assert.Equal(t, MaxAge, prev)
}
