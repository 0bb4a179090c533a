package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRealClassifier runs the program's core with the library classifier and
// checks the output records: codes, confidences in [0, 1], and evidence
// spans that point into the listing's own title or text.
func TestRealClassifier(t *testing.T) {
	title := "Kolsskole – kurs for deg med kols"
	text := "Lærings- og mestringssenteret ved sykehuset inviterer pasienter og pårørende til kolsskole. Sted: Auditoriet. Kurset kan også følges digitalt."
	in := `{"id":"k1","title":` + jsonQuote(title) + `,"text":` + jsonQuote(text) + `,"url":"https://example.org/kols"}` + "\n" +
		`{"id":"n1","title":"Ledig stilling","text":"Vi søker sykepleier. Søknadsfrist 1. mai."}` + "\n"
	var out bytes.Buffer
	var st stats
	require.NoError(t, run(strings.NewReader(in), &out, config{workers: 2, maxLine: 1 << 16}, classifyListing, &st))
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.Len(t, lines, 2)

	var rec struct {
		ID         string             `json:"id"`
		InScope    bool               `json:"in_scope"`
		Format     string             `json:"format"`
		Arena      string             `json:"arena"`
		Delivery   string             `json:"delivery"`
		Conditions []string           `json:"conditions"`
		Programme  string             `json:"programme"`
		Confidence map[string]float64 `json:"confidence"`
		Evidence   []struct {
			Facet, Value, Field, Term, Concept, Rule string
			Start, End                               int
		} `json:"evidence"`
		Input map[string]string `json:"input"`
	}
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &rec))
	assert.True(t, rec.InScope)
	assert.Equal(t, "group", rec.Format)
	assert.Equal(t, "specialist", rec.Arena)
	assert.Equal(t, "hybrid", rec.Delivery)
	assert.Equal(t, []string{"copd"}, rec.Conditions)
	assert.Equal(t, "kolsskole", rec.Programme)
	assert.Equal(t, map[string]string{"url": "https://example.org/kols"}, rec.Input)
	for f, v := range rec.Confidence {
		assert.True(t, v >= 0 && v <= 1, "%s confidence %v", f, v)
	}
	require.NotEmpty(t, rec.Evidence)
	for _, e := range rec.Evidence {
		src := text
		if e.Field == "title" {
			src = title
		}
		require.True(t, e.Start >= 0 && e.Start <= e.End && e.End <= len(src), "span %d:%d", e.Start, e.End)
		assert.NotEmpty(t, e.Rule)
		assert.Contains(t, facetNames[:], e.Facet)
	}

	require.NoError(t, json.Unmarshal([]byte(lines[1]), &rec))
	assert.False(t, rec.InScope)
	assert.EqualValues(t, 1, st.inScope.Load())
}

func jsonQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
