package harvest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/classify"
)

const draftInput = `{"id":"a","title":"Kurs i depresjonsmestring","text":"Ringsaker kommune tilbyr kurs over 8 samlinger, tirsdager kl. 18.00–20.30. Pris: kr 300,-. 8–12 deltakere. Påmeldingsfrist 5. januar.","url":"https://example.org/a"}
{"id":"b","title":"","text":"Parkering ved hovedinngangen."}
{"id":"c","text":""}
`

var december = lmh.Date{Year: 2026, Month: 12, Day: 5}

// TestDraftMembers checks the members an in-scope record gains by default,
// in order, that the offering decodes as lmh's JSON, and that a record
// out of scope keeps its classification alone.
func TestDraftMembers(t *testing.T) {
	lines, st := runString(t, draftInput, Options{AsOf: december})
	require.Len(t, lines, 3)
	assert.EqualValues(t, 3, st.Written)
	assert.EqualValues(t, 1, st.Errors)
	want := []string{"id", "in_scope", "concept", "format", "roles", "age_groups", "arena", "delivery",
		"methods", "scope", "conditions", "themes", "programme", "confidence", "evidence",
		"offering", "offering_evidence", "warnings"}
	assert.Equal(t, append(want, "input"), keys(t, lines[0]))
	assert.Equal(t, want[:len(want)-3], keys(t, lines[1]), "out of scope: no draft")
	assert.Equal(t, []string{"line", "id", "error"}, keys(t, lines[2]), "a bad record stays an error record")

	var line struct {
		Offering json.RawMessage `json:"offering"`
		Evidence []struct {
			Field, Part, Rule string
			Start, End        int
			YearInferred      bool `json:"year_inferred"`
		} `json:"offering_evidence"`
		Warnings []lmh.Problem `json:"warnings"`
	}
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &line))
	o, err := lmh.DecodeOffering(line.Offering)
	require.NoError(t, err)
	assert.Equal(t, lmh.Capacity{Min: 8, Max: 12}, o.Frames.Capacity)
	assert.Equal(t, lmh.Date{Year: 2027, Month: 1, Day: 5}, o.Frames.RegistrationDeadline)
	assert.Equal(t, "Ringsaker kommune", o.Provider.Name)
	assert.Equal(t, lmh.StatusActive, o.Status)
	assert.False(t, o.LastModified.IsZero())
	assert.NotZero(t, o.ID)
	found := false
	for _, e := range line.Evidence {
		if e.Field == "frames.registration_deadline" {
			found = true
			assert.True(t, e.YearInferred)
			assert.Equal(t, "text", e.Part)
		}
	}
	assert.True(t, found, "the deadline has evidence")
	require.NotNil(t, line.Warnings)
	for _, p := range line.Warnings {
		assert.NotEqual(t, "id", p.Field, "a completed draft has an id")
		assert.NotEqual(t, "status", p.Field)
	}
}

// TestDraftIDsStable checks that a record's draft id depends on where the
// listing was published (its source address, else the input's cleaned
// name) and the record's id only.
func TestDraftIDsStable(t *testing.T) {
	id := func(o Options, input string) string {
		lines, _ := runString(t, input, o)
		var line struct {
			Offering struct {
				ID string `json:"id"`
			} `json:"offering"`
		}
		require.NoError(t, json.Unmarshal([]byte(lines[0]), &line))
		require.NotEmpty(t, line.Offering.ID)
		return line.Offering.ID
	}
	a := id(Options{}, draftInput)
	assert.Equal(t, a, id(Options{Workers: 1}, draftInput), "same record, same id")
	assert.Equal(t, a, id(Options{Name: "crawl-2027-01.jsonl"}, draftInput), "the same page in another input")
	assert.NotEqual(t, a, id(Options{}, strings.Replace(draftInput, `"id":"a"`, `"id":"z"`, 1)), "another record")
	assert.NotEqual(t, a, id(Options{}, strings.Replace(draftInput, `example.org/a`, `example.org/b`, 1)), "another page")
	source := strings.Replace(draftInput, `"url":`, `"source":`, 1)
	assert.Equal(t, a, id(Options{}, source), `"source" as "url"`)
	for _, spelling := range []string{`"HTTPS://example.org/a"`, `" https://example.org/a "`} {
		assert.Equal(t, a, id(Options{}, strings.Replace(draftInput, `"https://example.org/a"`, spelling, 1)), spelling)
	}
	// One address, however the crawler's JSON escapes it (PHP's
	// json_encode writes \/, Go's encoding/json \u0026): one id.
	for _, spelling := range []string{`https:\/\/example.org\/a`, `https://example.org\/a`, `\u0068ttps://example.org/a`} {
		escaped := strings.Replace(draftInput, `https://example.org/a`, spelling, 1)
		require.NotEqual(t, escaped, draftInput)
		assert.Equal(t, a, id(Options{Name: "k.jsonl"}, escaped), "escaped address %s", spelling)
	}
	query := strings.Replace(draftInput, `https://example.org/a`, `https://example.org/a?b=1&c=2`, 1)
	assert.Equal(t, id(Options{}, query), id(Options{}, strings.Replace(query, `&`, `\u0026`, 1)), "\\u0026 is &")
	site := strings.Replace(draftInput, `"https://example.org/a"`, `"helsenorge"`, 1)
	assert.Equal(t, id(Options{Name: "k.jsonl"}, strings.Replace(draftInput, `,"url":"https://example.org/a"`, ``, 1)),
		id(Options{Name: "k.jsonl"}, site), "a site's name is no address: the input's name decides")

	// Without an address the input's name decides, however it is written.
	noURL := strings.Replace(draftInput, `,"url":"https://example.org/a"`, ``, 1)
	require.NotEqual(t, noURL, draftInput)
	b := id(Options{Name: "k.jsonl"}, noURL)
	assert.NotEqual(t, a, b, "no address")
	assert.Equal(t, b, id(Options{Name: "./k.jsonl"}, noURL), "./k.jsonl is k.jsonl")
	assert.NotEqual(t, b, id(Options{Name: "other.jsonl"}, noURL), "another input")
}

// TestNoDrafts checks that Options.NoDrafts classifies only.
func TestNoDrafts(t *testing.T) {
	lines, _ := runString(t, draftInput, Options{NoDrafts: true, AsOf: december})
	require.Len(t, lines, 3)
	assert.NotContains(t, keys(t, lines[0]), "offering")
	assert.Equal(t, "input", keys(t, lines[0])[len(keys(t, lines[0]))-1])
}

// TestLastModified checks that Options.LastModified and AsOf make a run's
// output depend on its input alone.
func TestLastModified(t *testing.T) {
	at := time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC)
	a, _ := runString(t, draftInput, Options{AsOf: december, LastModified: at})
	time.Sleep(1100 * time.Millisecond)
	b, _ := runString(t, draftInput, Options{AsOf: december, LastModified: at})
	assert.Equal(t, a, b)
	assert.Contains(t, a[0], `"last_modified":"2026-12-05T10:00:00Z"`)
}

// TestCatalogue checks that a catalogue run writes the offerings of the
// in-scope records only, as lines lmh reads, and counts the rest.
func TestCatalogue(t *testing.T) {
	input := draftInput + `{"id":"d","title":"Pårørendeskole","text":"Kurs for pårørende til personer med demens, fire kvelder i Bodø. Gratis."}` + "\n"
	var out bytes.Buffer
	st, err := Run(context.Background(), strings.NewReader(input), &out, Options{Catalogue: true, AsOf: december, Workers: 2})
	require.NoError(t, err)
	assert.EqualValues(t, 4, st.Read)
	assert.EqualValues(t, 4, st.Written)
	assert.EqualValues(t, st.Read-st.InScope, st.Omitted, "bad and out-of-scope records write no line")
	n := 0
	for e, err := range lmh.Entries(&out) {
		require.NoError(t, err, "line %d", e.Line)
		assert.Equal(t, lmh.StatusActive, e.Offering.Status)
		n++
	}
	assert.EqualValues(t, st.InScope, n)
	assert.Positive(t, n)
}

// TestCatalogueRejected: with Options.Catalogue a record that cannot be
// read writes no line, and Options.Rejected names each one — line, id and
// error, never its content — in input order, however many workers.
func TestCatalogueRejected(t *testing.T) {
	var b strings.Builder
	for i := range 300 {
		switch {
		case i%50 == 7:
			fmt.Fprintf(&b, `{"id":"r%d","title":"SENTINEL-%d"}`+"\n", i, i) // no text
		case i%50 == 21:
			fmt.Fprintf(&b, `{"id":"r%d","text":"SENTINEL`+"\n", i) // cut off
		default:
			fmt.Fprintf(&b, `{"id":"r%d","title":"Kurs","text":"Et kurs i depresjonsmestring for pasienter."}`+"\n", i)
		}
	}
	for _, workers := range []int{1, 4} {
		var got []Rejection
		lines, st := runString(t, b.String(), Options{Catalogue: true, Workers: workers,
			Rejected: func(r Rejection) { got = append(got, r) }})
		require.Len(t, got, 12, "workers %d", workers)
		assert.EqualValues(t, 12, st.Errors)
		assert.Len(t, lines, 288)
		for k, r := range got {
			i := k/2*50 + 7
			if k%2 == 1 {
				i = k/2*50 + 21
			}
			assert.Equal(t, i+1, r.Line, "workers %d: rejection %d", workers, k)
			if k%2 == 0 {
				assert.True(t, r.HasID)
				assert.Equal(t, fmt.Sprintf("r%d", i), r.ID)
				assert.ErrorIs(t, r.Err, ErrMissingText)
			} else {
				assert.ErrorIs(t, r.Err, ErrSyntax)
			}
			assert.NotContains(t, r.Err.Error(), "SENTINEL")
		}
	}
}

// TestCompleteDraftOddSource checks that CompleteDraft, which takes a
// Record a caller may have built itself, reads a source member that is not
// a valid JSON string as no address (the input's name decides) rather than
// panic on it.
func TestCompleteDraftOddSource(t *testing.T) {
	want := func() uuid.UUID {
		var d classify.Draft
		CompleteDraft(&d, "k.jsonl", &Record{ID: "a", HasID: true}, time.Now())
		return d.Offering.ID
	}()
	for _, v := range []string{`"https://a\"`, `"https://a\u12"`, `"\"`, `"https://a\x"`} {
		var d classify.Draft
		rec := &Record{ID: "a", HasID: true, Other: []Field{{Name: "url", Value: json.RawMessage(v)}}}
		require.NotPanics(t, func() { CompleteDraft(&d, "k.jsonl", rec, time.Now()) }, v)
		assert.Equal(t, want, d.Offering.ID, v)
	}
}
