package api

import (
	"encoding/json"
	"net/http"
	"sync"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/lmh/match"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// labelJSON is a code with its label in the answer's language.
type labelJSON struct {
	Code  string `json:"code"`
	Label string `json:"label"`
}

// labeled is a value with a stable code and labels in nb, nn and en.
type labeled interface {
	String() string
	Label(taxonomy.Lang) string
}

func labels[T labeled](l taxonomy.Lang, vs []T) []labelJSON {
	out := make([]labelJSON, len(vs))
	for i, v := range vs {
		out[i] = labelJSON{v.String(), v.Label(l)}
	}
	return out
}

// upTo returns the values from first to last of an ordered enumeration.
func upTo[T ~uint8](first, last T) []T {
	var out []T
	for v := first; v <= last; v++ {
		out = append(out, v)
	}
	return out
}

// vocabularyJSON is the answer of GET /api/vocabulary: every code a client
// of the API shows or sends, with its label from the library (Label) in
// one language, in the library's order.
type vocabularyJSON struct {
	Lang                taxonomy.Lang `json:"lang"`
	Roles               []labelJSON   `json:"roles"`
	Conditions          []labelJSON   `json:"conditions"`
	Themes              []labelJSON   `json:"themes"`
	Formats             []labelJSON   `json:"formats"`
	Deliveries          []labelJSON   `json:"deliveries"`
	Accessibility       []labelJSON   `json:"accessibility"`
	AgeGroups           []labelJSON   `json:"age_groups"`
	DeliveryPreferences []labelJSON   `json:"delivery_preferences"`
	TimeSlots           []labelJSON   `json:"time_slots"`
	Statuses            []labelJSON   `json:"statuses"`
	Confidences         []labelJSON   `json:"confidences"`
	Fits                []labelJSON   `json:"fits"`
	Criteria            []labelJSON   `json:"criteria"`
	Access              []labelJSON   `json:"access"`
	Counties            []labelJSON   `json:"counties"`
	HealthRegions       []labelJSON   `json:"health_regions"`
	// The codes an offering's editor and a classified listing show.
	Arenas        []labelJSON `json:"arenas"`
	Scopes        []labelJSON `json:"scopes"`
	Participation []labelJSON `json:"participation"`
	Concepts      []labelJSON `json:"concepts"`
	Methods       []labelJSON `json:"methods"`
	Programmes    []labelJSON `json:"programmes"`
}

func vocabularyOf(l taxonomy.Lang) vocabularyJSON {
	v := vocabularyJSON{
		Lang:                l,
		Roles:               labels(l, taxonomy.All[taxonomy.Role]()),
		Conditions:          labels(l, taxonomy.All[taxonomy.Condition]()),
		Themes:              labels(l, taxonomy.All[taxonomy.Theme]()),
		Formats:             labels(l, taxonomy.All[taxonomy.Format]()),
		Deliveries:          labels(l, taxonomy.All[taxonomy.Delivery]()),
		Accessibility:       labels(l, taxonomy.All[taxonomy.Accessibility]()),
		AgeGroups:           labels(l, taxonomy.All[taxonomy.AgeGroup]()),
		DeliveryPreferences: labels(l, upTo(lmh.DigitalOK, lmh.EitherWay)),
		TimeSlots:           labels(l, upTo(lmh.WeekdayDaytime, lmh.Weekend)),
		Statuses:            labels(l, upTo(lmh.StatusActive, lmh.StatusEnded)),
		Confidences:         labels(l, upTo(lmh.ConfidenceNo, lmh.ConfidenceExact)),
		Fits:                labels(l, upTo(match.FitUnknown, match.FitMet)),
		Criteria:            labels(l, upTo(match.CriterionRole, match.CriterionStart)),
		Access:              labels(l, upTo(match.AccessNone, match.AccessMunicipality)),
		Arenas:              labels(l, taxonomy.All[taxonomy.Arena]()),
		Scopes:              labels(l, taxonomy.All[taxonomy.Scope]()),
		Participation:       labels(l, taxonomy.All[taxonomy.Participation]()),
		Concepts:            labels(l, taxonomy.All[taxonomy.Concept]()),
		Methods:             labels(l, taxonomy.All[taxonomy.Method]()),
		Programmes:          labels(l, taxonomy.All[taxonomy.Programme]()),
	}
	// Place names are names, the same in every language.
	for _, c := range geo.Counties() {
		v.Counties = append(v.Counties, labelJSON{c.Number, c.Name})
	}
	for _, r := range geo.HealthRegions() {
		v.HealthRegions = append(v.HealthRegions, labelJSON{r.String(), r.Name()})
	}
	return v
}

// vocabularyDocs holds the answer in each language, made once.
var vocabularyDocs = sync.OnceValue(func() [3][]byte {
	var out [3][]byte
	for _, l := range taxonomy.Langs() {
		b, err := json.Marshal(vocabularyOf(l))
		if err != nil {
			panic("api: vocabulary: " + err.Error())
		}
		out[l.Index()] = b
	}
	return out
})

// vocabulary answers the codes and labels in the language of
// Accept-Language. The answer depends only on the library's data.
func (s *Server) vocabulary(w http.ResponseWriter, r *http.Request) {
	l := language(r)
	setLanguage(w, l)
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "max-age=3600")
	w.Write(vocabularyDocs()[l.Index()])
}
