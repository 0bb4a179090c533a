package api

import (
	"net/http"

	"github.com/lmhkit/lmhkit/lmh/geo"
)

// municipalityJSON is a kommune as the autocomplete answers it.
type municipalityJSON struct {
	Number string `json:"number"`
	Name   string `json:"name"`
	// ParallelName is the Norwegian parallel name of a municipality whose
	// official name is Sami or Kven ("Kautokeino" for Guovdageaidnu).
	ParallelName string           `json:"parallel_name,omitempty"`
	County       countyJSON       `json:"county"`
	HealthRegion geo.HealthRegion `json:"health_region"`
}

type countyJSON struct {
	Number string `json:"number"`
	Name   string `json:"name"`
}

// municipalitySearch is autocomplete over the municipalities (lmh/geo's
// Search: the start of the official or the parallel name, or of a later
// word of either; Norwegian order): ?q=…&limit=…, or the same members in
// the JSON body of a POST.
func (s *Server) municipalitySearch(w http.ResponseWriter, r *http.Request) {
	qv, ok := autocompleteParams(w, r, []string{"q"}, []string{"limit"})
	if !ok {
		return
	}
	q, ok := queryOf(w, r, qv, "q")
	if !ok {
		return
	}
	limit, ok := searchLimit(w, r, qv, 10, 50)
	if !ok {
		return
	}
	ms := geo.Search(q, limit)
	out := make([]municipalityJSON, len(ms))
	for i, m := range ms {
		out[i] = municipalityJSON{m.Number, m.Name, m.ParallelName, countyJSON{m.County.Number, m.County.Name}, m.HealthRegion()}
	}
	searched(w, r)
	writeJSON(w, http.StatusOK, struct {
		Municipalities []municipalityJSON `json:"municipalities"`
	}{out})
}
