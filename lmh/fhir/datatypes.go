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
	// System is the canonical URL of the code system the code is from
	// (R4 Coding.system): one of the package's SystemURL values or an
	// outside system such as SystemSNOMEDCT or SystemKommunenummer.
	System string `json:"system,omitempty"`
	// Version is the version of the code system the code is from
	// (R4 Coding.version); the package does not set it.
	Version string `json:"version,omitempty"`
	// Code is the code itself, in the syntax of System (R4 Coding.code).
	Code string `json:"code,omitempty"`
	// Display is the code's meaning as the system states it (R4
	// Coding.display): the English label of a vocabulary code, the
	// checked display of an outside code, or the municipality's name.
	Display string `json:"display,omitempty"`
}

// CodeableConcept is a concept given by codings and/or text (R4 CodeableConcept).
type CodeableConcept struct {
	// Coding lists the codes that stand for the concept (R4
	// CodeableConcept.coding). The package writes the vocabulary's code
	// first, sometimes followed by an outside code with the same meaning.
	Coding []Coding `json:"coding,omitempty"`
	// Text is the concept in plain words (R4 CodeableConcept.text); the
	// package does not set it.
	Text string `json:"text,omitempty"`
}

// Identifier is a business identifier (R4 Identifier).
type Identifier struct {
	// System is the namespace of Value (R4 Identifier.system), such as
	// SystemOrgNr for an organisation number or SystemKommunenummer for a
	// municipality.
	System string `json:"system,omitempty"`
	// Value is the identifier itself, unique within System (R4
	// Identifier.value).
	Value string `json:"value,omitempty"`
}

// Reference points to another resource, literally or by identifier (R4 Reference).
type Reference struct {
	// Reference is a literal reference (R4 Reference.reference): a
	// relative or absolute URL, or "#id" for a contained resource, as in
	// HealthcareService.location's "#place".
	Reference string `json:"reference,omitempty"`
	// Type is the resource type referred to (R4 Reference.type), such as
	// "Organization" or "Location".
	Type string `json:"type,omitempty"`
	// Identifier is a logical reference by business identifier (R4
	// Reference.identifier), used when there is no resource to point to:
	// the organisation number of a provider, the kommunenummer of a
	// municipality in coverageArea.
	Identifier *Identifier `json:"identifier,omitempty"`
	// Display is the referred resource's name in words (R4
	// Reference.display): the provider's name, the municipality's name.
	Display string `json:"display,omitempty"`
}

// Period is a time range given by dates or date-times (R4 Period).
type Period struct {
	// Start is the first day of the range, inclusive (R4 Period.start);
	// "" means no known start. The package writes dates, "YYYY-MM-DD".
	Start string `json:"start,omitempty"`
	// End is the last day of the range, inclusive (R4 Period.end); ""
	// means no known end.
	End string `json:"end,omitempty"`
}

// Quantity is a measured amount (R4 Quantity).
type Quantity struct {
	// Value is the amount (R4 Quantity.value).
	Value *float64 `json:"value,omitempty"`
	// Unit is the unit for people to read (R4 Quantity.unit), "år" for
	// the age limits the package writes.
	Unit string `json:"unit,omitempty"`
	// System is the system that defines Code (R4 Quantity.system);
	// SystemUCUM in the package's output.
	System string `json:"system,omitempty"`
	// Code is the unit in machine form (R4 Quantity.code), such as UCUM
	// "a" (years).
	Code string `json:"code,omitempty"`
}

// Range is a closed range of quantities; either end may be missing (R4 Range).
type Range struct {
	// Low is the lower limit, inclusive (R4 Range.low).
	Low *Quantity `json:"low,omitempty"`
	// High is the upper limit, inclusive (R4 Range.high); nil means no
	// upper limit.
	High *Quantity `json:"high,omitempty"`
}

// Money is an amount of money (R4 Money).
type Money struct {
	// Value is the amount (R4 Money.value); whole kroner in ExtFee.
	Value *float64 `json:"value,omitempty"`
	// Currency is the ISO 4217 currency code (R4 Money.currency); "NOK"
	// in ExtFee.
	Currency string `json:"currency,omitempty"`
}

// Extension carries data that R4 has no element for (R4 Extension). Exactly
// one value[x] is set, or nested extensions are.
type Extension struct {
	// URL says what the extension means (R4 Extension.url): one of the
	// Ext* URLs, ExtTranslation or ExtNoBasisMunicipality, or, in a nested
	// extension, the name of the part ("min", "period", "lang", …).
	URL string `json:"url"`
	// ValueBoolean is the value when it is a boolean (R4
	// Extension.valueBoolean).
	ValueBoolean *bool `json:"valueBoolean,omitempty"`
	// ValueInteger is the value when it is an integer (R4
	// Extension.valueInteger).
	ValueInteger *int `json:"valueInteger,omitempty"`
	// ValueDecimal is the value when it is a decimal (R4
	// Extension.valueDecimal).
	ValueDecimal *float64 `json:"valueDecimal,omitempty"`
	// ValueString is the value when it is a string (R4
	// Extension.valueString).
	ValueString string `json:"valueString,omitempty"`
	// ValueCode is the value when it is a code (R4 Extension.valueCode).
	ValueCode string `json:"valueCode,omitempty"`
	// ValueDate is the value when it is a date, "YYYY-MM-DD" (R4
	// Extension.valueDate).
	ValueDate string `json:"valueDate,omitempty"`
	// ValueDateTime is the value when it is a date-time (R4
	// Extension.valueDateTime); none of the package's extensions uses it.
	ValueDateTime string `json:"valueDateTime,omitempty"`
	// ValueCoding is the value when it is a Coding (R4
	// Extension.valueCoding).
	ValueCoding *Coding `json:"valueCoding,omitempty"`
	// ValueCodeableConcept is the value when it is a CodeableConcept (R4
	// Extension.valueCodeableConcept).
	ValueCodeableConcept *CodeableConcept `json:"valueCodeableConcept,omitempty"`
	// ValuePeriod is the value when it is a Period (R4
	// Extension.valuePeriod).
	ValuePeriod *Period `json:"valuePeriod,omitempty"`
	// ValueRange is the value when it is a Range (R4 Extension.valueRange).
	ValueRange *Range `json:"valueRange,omitempty"`
	// ValueMoney is the value when it is Money (R4 Extension.valueMoney).
	ValueMoney *Money `json:"valueMoney,omitempty"`
	// Extension holds the parts of a complex extension (R4
	// Extension.extension), each with its part name as URL; it is empty
	// when a value[x] is set.
	Extension []Extension `json:"extension,omitempty"`
}

// Meta is resource metadata (R4 Meta).
type Meta struct {
	// LastUpdated is when the resource last changed, an RFC 3339 instant
	// (R4 Meta.lastUpdated); FromOffering writes the offering's
	// LastModified in UTC.
	LastUpdated string `json:"lastUpdated,omitempty"`
}

// Narrative is a human-readable summary of a resource (R4 Narrative). Div is
// XHTML in a <div xmlns="http://www.w3.org/1999/xhtml">.
type Narrative struct {
	// Status says where the text comes from (R4 Narrative.status:
	// generated, extensions, additional or empty); the package writes
	// "generated", text made from the resource's own elements.
	Status string `json:"status"`
	// Div is the text as XHTML (R4 Narrative.div): a heading and one
	// paragraph in the package's output, with the text HTML-escaped.
	Div string `json:"div"`
}

// ContactPoint is a telephone number, e-mail address or URL (R4 ContactPoint).
type ContactPoint struct {
	// System is the kind of contact (R4 ContactPoint.system); the package
	// writes and reads "phone", "email" and "url".
	System string `json:"system,omitempty"`
	// Value is the number, address or URL itself (R4 ContactPoint.value).
	Value string `json:"value,omitempty"`
}

func ptr[T any](v T) *T { return &v }
