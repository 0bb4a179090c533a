package fhir

// The FHIR R4 data types the package needs, written by hand. Only the elements
// the package reads or writes are declared; JSON names follow the R4 JSON
// format, and empty elements are left out so that the output never carries
// empty strings, arrays or objects (which R4 forbids).
//
// All of them are plain data: safe for concurrent reads, not for concurrent
// writes.

// Coding is a code from a code system (R4 Coding).
type Coding struct {
	System  string `json:"system,omitempty"`
	Version string `json:"version,omitempty"`
	Code    string `json:"code,omitempty"`
	Display string `json:"display,omitempty"`
}

// CodeableConcept is a concept given by codings and/or text (R4 CodeableConcept).
type CodeableConcept struct {
	Coding []Coding `json:"coding,omitempty"`
	Text   string   `json:"text,omitempty"`
}

// Identifier is a business identifier (R4 Identifier).
type Identifier struct {
	System string `json:"system,omitempty"`
	Value  string `json:"value,omitempty"`
}

// Reference points to another resource, literally or by identifier (R4 Reference).
type Reference struct {
	Reference  string      `json:"reference,omitempty"`
	Type       string      `json:"type,omitempty"`
	Identifier *Identifier `json:"identifier,omitempty"`
	Display    string      `json:"display,omitempty"`
}

// Period is a time range given by dates or date-times (R4 Period).
type Period struct {
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
}

// Quantity is a measured amount (R4 Quantity).
type Quantity struct {
	Value  *float64 `json:"value,omitempty"`
	Unit   string   `json:"unit,omitempty"`
	System string   `json:"system,omitempty"`
	Code   string   `json:"code,omitempty"`
}

// Range is a closed range of quantities; either end may be missing (R4 Range).
type Range struct {
	Low  *Quantity `json:"low,omitempty"`
	High *Quantity `json:"high,omitempty"`
}

// Money is an amount of money (R4 Money).
type Money struct {
	Value    *float64 `json:"value,omitempty"`
	Currency string   `json:"currency,omitempty"`
}

// Extension carries data that R4 has no element for (R4 Extension). Exactly
// one value[x] is set, or nested extensions are.
type Extension struct {
	URL                  string           `json:"url"`
	ValueBoolean         *bool            `json:"valueBoolean,omitempty"`
	ValueInteger         *int             `json:"valueInteger,omitempty"`
	ValueDecimal         *float64         `json:"valueDecimal,omitempty"`
	ValueString          string           `json:"valueString,omitempty"`
	ValueCode            string           `json:"valueCode,omitempty"`
	ValueDate            string           `json:"valueDate,omitempty"`
	ValueDateTime        string           `json:"valueDateTime,omitempty"`
	ValueCoding          *Coding          `json:"valueCoding,omitempty"`
	ValueCodeableConcept *CodeableConcept `json:"valueCodeableConcept,omitempty"`
	ValuePeriod          *Period          `json:"valuePeriod,omitempty"`
	ValueRange           *Range           `json:"valueRange,omitempty"`
	ValueMoney           *Money           `json:"valueMoney,omitempty"`
	Extension            []Extension      `json:"extension,omitempty"`
}

// Meta is resource metadata (R4 Meta).
type Meta struct {
	LastUpdated string `json:"lastUpdated,omitempty"`
}

// Narrative is a human-readable summary of a resource (R4 Narrative). Div is
// XHTML in a <div xmlns="http://www.w3.org/1999/xhtml">.
type Narrative struct {
	Status string `json:"status"`
	Div    string `json:"div"`
}

// ContactPoint is a telephone number, e-mail address or URL (R4 ContactPoint).
type ContactPoint struct {
	System string `json:"system,omitempty"`
	Value  string `json:"value,omitempty"`
}

func ptr[T any](v T) *T { return &v }
