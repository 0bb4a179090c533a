package api

import (
	"errors"
	"net/http"
	"strings"

	"github.com/google/uuid"
	"github.com/lmhkit/lmhkit/examples/server/internal/store"
	"github.com/lmhkit/lmhkit/lmh/fhir"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// The FHIR R4 façade: HealthcareService read and search over the
// catalogue, with eligibility parameters, and the terminology operations of
// package fhir. Answers are application/fhir+json; errors are
// OperationOutcomes that never repeat a parameter's value.

const fhirJSON = "application/fhir+json; charset=utf-8"

func (s *Server) registerFHIR() {
	s.handle("GET", "/fhir/metadata", false, s.fhirMetadata)
	s.handle("GET", "/fhir/HealthcareService/{id}", false, s.fhirRead)
	s.handle("GET", "/fhir/HealthcareService", false, s.fhirSearch)
	s.handle("POST", "/fhir/HealthcareService/_search", false, s.fhirSearch)
	s.handle("GET", "/fhir/CodeSystem/$lookup", false, s.fhirLookup)
	s.handle("GET", "/fhir/CodeSystem/$validate-code", false, s.fhirValidateCode)
	s.handle("GET", "/fhir/CodeSystem/$subsumes", false, s.fhirSubsumes)
	s.handle("GET", "/fhir/ValueSet/$expand", false, s.fhirExpand)
	s.handle("GET", "/fhir/ValueSet/$validate-code", false, s.fhirValidateCode)
	s.handle("GET", "/fhir/ConceptMap/$translate", false, s.fhirTranslate)
}

func writeFHIR(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", fhirJSON)
	writeJSON(w, status, v)
}

// outcome is an R4 OperationOutcome.
type outcome struct {
	ResourceType string  `json:"resourceType"`
	Issue        []issue `json:"issue"`
}

type issue struct {
	Severity    string   `json:"severity"`
	Code        string   `json:"code"`
	Diagnostics string   `json:"diagnostics,omitempty"`
	Expression  []string `json:"expression,omitempty"`
}

// writeOutcome answers an error. diagnostics names parameters and rules,
// never their values.
func writeOutcome(w http.ResponseWriter, status int, code, diagnostics string, expression ...string) {
	w.Header().Set("Cache-Control", "no-store")
	if status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "1")
	}
	writeFHIR(w, status, outcome{"OperationOutcome", []issue{{"error", code, diagnostics, expression}}})
}

// fhirNotFound answers unknown paths under /fhir.
func fhirNotFound(w http.ResponseWriter, method bool) {
	if method {
		writeOutcome(w, http.StatusMethodNotAllowed, "not-supported", "method not supported here")
		return
	}
	writeOutcome(w, http.StatusNotFound, "not-found", "no such resource type or operation")
}

func (s *Server) fhirRead(w http.ResponseWriter, r *http.Request) {
	id, err := uuid.Parse(r.PathValue("id"))
	if err != nil {
		writeOutcome(w, http.StatusNotFound, "not-found", "no HealthcareService with this id")
		return
	}
	rec, err := s.cfg.Store.Get(r.Context(), id)
	switch {
	case errors.Is(err, store.ErrNotFound):
		writeOutcome(w, http.StatusNotFound, "not-found", "no HealthcareService with this id")
		return
	case errors.Is(err, store.ErrUnavailable):
		writeOutcome(w, http.StatusServiceUnavailable, "transient", "the database is not answering; try again")
		return
	case err != nil:
		s.cfg.Log.Error("store error", "route", s.pattern(r), "err", err)
		writeOutcome(w, http.StatusInternalServerError, "exception", "internal error")
		return
	}
	hs := fhir.FromOffering(&rec.Offering)
	w.Header().Set("ETag", `W/"`+itoa(rec.Version)+`"`)
	writeFHIR(w, http.StatusOK, hs)
}

// capability is the R4 CapabilityStatement of the façade.
func (s *Server) fhirMetadata(w http.ResponseWriter, r *http.Request) {
	type param struct {
		Name          string `json:"name"`
		Definition    string `json:"definition,omitempty"`
		Type          string `json:"type"`
		Documentation string `json:"documentation"`
	}
	type op struct {
		Name       string `json:"name"`
		Definition string `json:"definition"`
	}
	type interaction struct {
		Code string `json:"code"`
	}
	type resource struct {
		Type        string        `json:"type"`
		Interaction []interaction `json:"interaction,omitempty"`
		SearchParam []param       `json:"searchParam,omitempty"`
		Operation   []op          `json:"operation,omitempty"`
	}
	std := func(name, typ, doc string) param {
		return param{name, "http://hl7.org/fhir/SearchParameter/HealthcareService-" + name, typ, doc}
	}
	own := func(name, typ, doc string) param { return param{Name: name, Type: typ, Documentation: doc} }
	opdef := func(res, name string) op {
		return op{name, "http://hl7.org/fhir/OperationDefinition/" + res + "-" + name}
	}
	cs := map[string]any{
		"resourceType": "CapabilityStatement",
		"status":       "active",
		"date":         "2026-12-01",
		"publisher":    "lmhkit",
		"kind":         "instance",
		"software":     map[string]string{"name": "lmhkit catalogue service", "version": taxonomy.Version},
		"implementation": map[string]string{
			"description": "Catalogue of lærings- og mestringstilbud, searchable by eligibility",
		},
		"fhirVersion": "4.0.1",
		"format":      []string{"json"},
		"rest": []map[string]any{{
			"mode": "server",
			"documentation": "HealthcareService is read-only here; offerings are written through /api/offerings. " +
				"Searches that carry a person's eligibility (role, age, condition) are health data: they are taken " +
				"by POST _search only, so that they stay out of URLs (a GET carrying them is refused unless the " +
				"server allows it); answers to them carry no self link.",
			"resource": []resource{
				{
					Type:        "HealthcareService",
					Interaction: []interaction{{"read"}, {"search-type"}},
					SearchParam: []param{
						own("_id", "token", "The offering's UUID."),
						std("name", "string", "Start of the name or of a word in it, ignoring case; :contains and :exact as in FHIR."),
						std("active", "token", "true for active offerings, false for paused and ended ones."),
						std("service-category", "token", "The arena, by lmhkit code or Volven 9040 code."),
						std("service-type", "token", "A method, by lmhkit code or its HL7 service-type code."),
						std("program", "token", "The named programme (KiD, SMIL …)."),
						std("characteristic", "token", "Format, delivery, scope, goal, service level, theme, accessibility or participation code."),
						std("coverage-area", "reference", "A kommunenummer: offerings open to people living there (their coverage includes it, or, stating none, they meet there)."),
						own("role", "token", "Eligibility: the person's role (patient, user, next_of_kin); patient and user partly meet each other."),
						own("age", "number", "Eligibility: the person's age in whole years."),
						own("condition", "token", "Eligibility: the person's condition, as an lmhkit condition code or system|code in ICD-10 ("+fhir.SystemICD10+" or "+fhir.SystemICD10NO+") or ICPC-2 ("+fhir.SystemICPC2+"); an offering across diagnoses stays eligible."),
						own("_count", "number", "Page size, at most 100 (default 20)."),
						own("_offset", "number", "Entries to skip."),
					},
				},
				{Type: "CodeSystem", Operation: []op{opdef("CodeSystem", "lookup"), opdef("CodeSystem", "validate-code"), opdef("CodeSystem", "subsumes")}},
				{Type: "ValueSet", Operation: []op{opdef("ValueSet", "expand"), opdef("ValueSet", "validate-code")}},
				{Type: "ConceptMap", Operation: []op{opdef("ConceptMap", "translate")}},
			},
		}},
	}
	w.Header().Set("Cache-Control", "max-age=3600")
	writeFHIR(w, http.StatusOK, cs)
}

// baseURL is the absolute base of the façade, for fullUrl.
func baseURL(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host + "/fhir"
}

// parameters is an R4 Parameters resource.
type parameters struct {
	ResourceType string      `json:"resourceType"`
	Parameter    []parameter `json:"parameter"`
}

type parameter struct {
	Name         string       `json:"name"`
	ValueString  *string      `json:"valueString,omitempty"`
	ValueBoolean *bool        `json:"valueBoolean,omitempty"`
	ValueCode    string       `json:"valueCode,omitempty"`
	ValueURI     string       `json:"valueUri,omitempty"`
	ValueCoding  *fhir.Coding `json:"valueCoding,omitempty"`
	Part         []parameter  `json:"part,omitempty"`
}

func pString(name, v string) parameter    { return parameter{Name: name, ValueString: &v} }
func pBool(name string, v bool) parameter { return parameter{Name: name, ValueBoolean: &v} }

// fhirParams returns the query parameters of a GET, or the form of a POST
// _search (bounded by MaxNeedBody).
func fhirParams(w http.ResponseWriter, r *http.Request) (map[string][]string, bool) {
	if r.Method == http.MethodPost {
		r.Body = http.MaxBytesReader(w, r.Body, MaxNeedBody)
		if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/x-www-form-urlencoded") {
			writeOutcome(w, http.StatusUnsupportedMediaType, "not-supported", "send the search as application/x-www-form-urlencoded")
			return nil, false
		}
		if err := r.ParseForm(); err != nil {
			writeOutcome(w, http.StatusBadRequest, "invalid", "the form cannot be read")
			return nil, false
		}
		return r.Form, true
	}
	return r.URL.Query(), true
}
