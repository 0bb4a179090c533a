package api

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/classify"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// facetsJSON is what classify.Listing read, in the model's JSON names.
type facetsJSON struct {
	InScope    bool                 `json:"in_scope"`
	Concept    taxonomy.Concept     `json:"concept,omitzero"`
	Format     taxonomy.Format      `json:"format,omitzero"`
	Roles      []taxonomy.Role      `json:"roles,omitempty"`
	AgeGroups  []taxonomy.AgeGroup  `json:"age_groups,omitempty"`
	Arena      taxonomy.Arena       `json:"arena,omitzero"`
	Delivery   taxonomy.Delivery    `json:"delivery,omitzero"`
	Methods    []taxonomy.Method    `json:"methods,omitempty"`
	Scope      taxonomy.Scope       `json:"scope,omitzero"`
	Conditions []taxonomy.Condition `json:"conditions,omitempty"`
	Themes     []taxonomy.Theme     `json:"themes,omitempty"`
	Programme  taxonomy.Programme   `json:"programme,omitzero"`
	Confidence map[string]float64   `json:"confidence"`
	Evidence   []evidenceJSON       `json:"evidence"`
}

type evidenceJSON struct {
	Facet   string       `json:"facet,omitempty"`
	Value   taxonomy.Ref `json:"value,omitzero"`
	InScope bool         `json:"in_scope,omitempty"`
	Part    string       `json:"part"`
	Start   int          `json:"start"`
	End     int          `json:"end"`
	Term    string       `json:"term,omitempty"`
	Sense   taxonomy.Ref `json:"sense,omitzero"`
	Basis   string       `json:"basis"`
}

func facetsOf(res classify.Result) facetsJSON {
	out := facetsJSON{
		InScope: res.InScope, Concept: res.Concept, Format: res.Format, Roles: res.Roles, AgeGroups: res.AgeGroups,
		Arena: res.Arena, Delivery: res.Delivery, Methods: res.Methods, Scope: res.Scope,
		Conditions: res.Conditions, Themes: res.Themes, Programme: res.Programme,
		Confidence: map[string]float64{"in_scope": res.Confidence.InScope},
		Evidence:   make([]evidenceJSON, len(res.Evidence)),
	}
	for _, f := range []taxonomy.Facet{taxonomy.FacetConcept, taxonomy.FacetFormat, taxonomy.FacetRole,
		taxonomy.FacetAgeGroup, taxonomy.FacetArena, taxonomy.FacetDelivery, taxonomy.FacetMethod,
		taxonomy.FacetScope, taxonomy.FacetCondition, taxonomy.FacetTheme, taxonomy.FacetProgramme} {
		if v := res.Confidence.Of(f); v > 0 {
			out.Confidence[f.String()] = v
		}
	}
	for i, e := range res.Evidence {
		out.Evidence[i] = evidenceJSON{Facet: e.Facet.String(), Value: e.Value, InScope: e.InScope, Part: e.Part.String(),
			Start: e.Start, End: e.End, Term: e.Term, Sense: e.Sense, Basis: string(e.Basis)}
	}
	return out
}

// draftJSON is what classify.Extract read: the draft offering with only
// the members the text supports, the evidence and confidence of each field
// read, and what the draft lacks before it is a valid offering.
type draftJSON struct {
	// AsOf is the reference date of dates written without a year.
	AsOf lmh.Date `json:"as_of"`
	// Offering is the draft in lmh's JSON form, members the text does not
	// give left out (so it never has an id, status or last_modified).
	Offering json.RawMessage `json:"offering"`
	// Evidence is one entry per field read, in the order the rules read them.
	Evidence []fieldEvidenceJSON `json:"evidence"`
	// Warnings are the draft's validation problems (lmh.ValidateOffering):
	// the fields a listing never gives (id, status, last_modified), the
	// required ones this one does not give, and values that break a rule.
	Warnings []FieldError `json:"warnings"`
	// Missing are the fields of Warnings whose rule says a value is
	// required (classify.Draft.Missing).
	Missing []string `json:"missing"`
}

type fieldEvidenceJSON struct {
	Field        string  `json:"field"`
	Part         string  `json:"part"`
	Start        int     `json:"start"`
	End          int     `json:"end"`
	Rule         string  `json:"rule"`
	Confidence   float64 `json:"confidence"`
	YearInferred bool    `json:"year_inferred,omitempty"`
	Past         bool    `json:"past,omitempty"`
}

func draftOf(d *classify.Draft, l taxonomy.Lang) (draftJSON, error) {
	doc, err := json.Marshal(&d.Offering)
	if err != nil {
		return draftJSON{}, err
	}
	doc, err = pruneJSON(doc)
	if err != nil {
		return draftJSON{}, err
	}
	out := draftJSON{AsOf: d.AsOf, Offering: doc, Evidence: make([]fieldEvidenceJSON, len(d.Evidence)),
		Warnings: []FieldError{}, Missing: []string{}}
	for i, e := range d.Evidence {
		out.Evidence[i] = fieldEvidenceJSON{Field: e.Field, Part: e.Part.String(), Start: e.Start, End: e.End,
			Rule: string(e.Basis), Confidence: e.Confidence, YearInferred: e.YearInferred, Past: e.Past}
	}
	if ps := d.Problems(); len(ps) > 0 {
		out.Warnings = fieldErrors(&lmh.ValidationError{Problems: ps}, l, "")
	}
	if m := d.Missing(); m != nil {
		out.Missing = m
	}
	return out, nil
}

// pruneJSON returns the JSON document doc without the members that hold
// nothing: null, "", {}, [], the nil UUID and the zero time, at any depth
// (an object left empty by that goes too). Member order is kept. An
// array's elements are members of nothing: each stays where it is, pruned
// inside, since evidence names them by index ("schedule.weekly[1]"). A
// document left with nothing is {}.
func pruneJSON(doc []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	var b bytes.Buffer
	if empty, err := pruneValue(dec, &b, false); err != nil {
		return nil, err
	} else if empty {
		return []byte("{}"), nil
	}
	return b.Bytes(), nil
}

// pruneValue writes the next value of dec to b, pruned, and reports
// whether it holds nothing. Then b is unchanged, unless keep is set (an
// array's element), when the value is written as it is left: null, "",
// the nil UUID, the zero time, {} or [].
func pruneValue(dec *json.Decoder, b *bytes.Buffer, keep bool) (empty bool, err error) {
	tok, err := dec.Token()
	if err != nil {
		return false, err
	}
	mark := b.Len()
	switch t := tok.(type) {
	case json.Delim:
		closing := byte('}')
		if t == '[' {
			closing = ']'
		}
		b.WriteByte(byte(t))
		n := 0
		for dec.More() {
			at := b.Len()
			if n > 0 {
				b.WriteByte(',')
			}
			if t == '{' {
				key, err := dec.Token()
				if err != nil {
					return false, err
				}
				k, _ := json.Marshal(key)
				b.Write(k)
				b.WriteByte(':')
			}
			e, err := pruneValue(dec, b, t == '[')
			if err != nil {
				return false, err
			}
			if e && t == '{' {
				b.Truncate(at)
				continue
			}
			n++
		}
		if _, err := dec.Token(); err != nil { // the closing delimiter
			return false, err
		}
		if n == 0 {
			b.Truncate(mark)
			if keep {
				b.WriteByte(byte(t))
				b.WriteByte(closing)
			}
			return true, nil
		}
		b.WriteByte(closing)
		return false, nil
	case nil:
		if keep {
			b.WriteString("null")
		}
		return true, nil
	case string:
		s, _ := json.Marshal(t)
		if t == "" || t == "00000000-0000-0000-0000-000000000000" || t == "0001-01-01T00:00:00Z" {
			if keep {
				b.Write(s)
			}
			return true, nil
		}
		b.Write(s)
	case json.Number:
		b.WriteString(t.String())
	case bool:
		b.WriteString(strconv.FormatBool(t))
	}
	return false, nil
}

// classifyMembers are the members of a classify request.
var classifyMembers = map[string]bool{"title": true, "text": true, "as_of": true}

// maxAsOfYears bounds as_of around the server's date: dates are read
// relative to it, and a date far away is a mistake.
const maxAsOfYears = 50

// classify reads a listing ({"title": …, "text": …, "as_of": …}) into the
// vocabulary's codes with the evidence for each, and into a draft
// offering (classify.Extract) with the evidence, confidence and
// validation warnings of its fields. as_of is the reference date of
// dates written without a year; the server's date by default.
func (s *Server) classify(w http.ResponseWriter, r *http.Request) {
	body, ok := readJSON(w, r, MaxListingBody)
	if !ok {
		return
	}
	var in struct {
		Title string
		Text  string
		AsOf  lmh.Date
	}
	ms, err := members(body)
	if repeated(w, r, err, classifyMembers) {
		return
	}
	if err != nil {
		writeProblem(w, r, kindMalformed, "")
		return
	}
	l := language(r)
	asOfGiven := false
	for _, m := range ms {
		var dst any
		switch m.name {
		case "title":
			dst = &in.Title
		case "text":
			dst = &in.Text
		case "as_of":
			asOfGiven = true
		default:
			writeProblem(w, r, kindMalformed, "", FieldError{Field: m.name, Pointer: pointer(m.name), Rule: "unknown_field",
				Message: [3]string{"ukjent felt", "ukjent felt", "unknown member"}[l.Index()]})
			return
		}
		if m.name == "as_of" {
			var v string
			err := json.Unmarshal(m.raw, &v)
			var d lmh.Date
			if err == nil {
				d, err = lmh.ParseDate(v)
			}
			if err != nil {
				writeProblem(w, r, kindMalformed, "", FieldError{Field: m.name, Pointer: pointer(m.name), Rule: "date",
					Message: [3]string{"må være en dato (ÅÅÅÅ-MM-DD)", "må vere ein dato (ÅÅÅÅ-MM-DD)",
						"must be a date (YYYY-MM-DD)"}[l.Index()]})
				return
			}
			in.AsOf = d
			continue
		}
		if json.Unmarshal(m.raw, dst) != nil {
			writeProblem(w, r, kindMalformed, "", FieldError{Field: m.name, Pointer: pointer(m.name), Rule: "type", Param: "string",
				Message: [3]string{"må være tekst", "må vere tekst", "must be a string"}[l.Index()]})
			return
		}
	}
	if in.Title == "" && in.Text == "" {
		writeProblem(w, r, kindInvalid, "", FieldError{Field: "text", Pointer: "/text", Rule: string(lmh.RuleRequired),
			Message: lmh.Problem{Field: "text", Rule: lmh.RuleRequired}.Message(l)})
		return
	}
	today := lmh.DateOf(s.Now())
	if !asOfGiven {
		in.AsOf = today
	} else if y := in.AsOf.Year - today.Year; y > maxAsOfYears || y < -maxAsOfYears {
		writeProblem(w, r, kindInvalid, "", FieldError{Field: "as_of", Pointer: "/as_of", Rule: "as_of_range",
			Param: strconv.Itoa(maxAsOfYears),
			Message: [3]string{"må ligge innen 50 år fra i dag", "må liggje innanfor 50 år frå i dag",
				"must lie within 50 years of today"}[l.Index()]})
		return
	}
	d := classify.Extract(in.Title, in.Text, in.AsOf)
	draft, err := draftOf(&d, l)
	if err != nil {
		s.cfg.Log.Error("draft encoding failed", "route", s.pattern(r))
		writeProblem(w, r, kindInternal, "")
		return
	}
	setLanguage(w, l)
	writeJSON(w, http.StatusOK, struct {
		Facets facetsJSON `json:"facets"`
		Draft  draftJSON  `json:"draft"`
	}{facetsOf(d.Result), draft})
}
