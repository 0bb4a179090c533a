package fhir

import (
	"strings"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// StructureDefinition is an R4 StructureDefinition resource, with the
// elements the package writes to define its extensions. Plain data: safe
// for concurrent reads, not for concurrent writes.
type StructureDefinition struct {
	// ResourceType is always "StructureDefinition" (the resourceType of
	// R4's JSON format).
	ResourceType string `json:"resourceType"`
	// ID is the resource's logical id (R4 Resource.id): the last segment
	// of the extension's URL, such as "age-range".
	ID string `json:"id,omitempty"`
	// Text is the generated narrative for people (R4 DomainResource.text).
	Text *Narrative `json:"text,omitempty"`
	// URL is the canonical URL of the definition (R4
	// StructureDefinition.url), which is the extension's URL, one of the
	// Ext* constants.
	URL string `json:"url"`
	// Version is the business version of the definition (R4
	// StructureDefinition.version): taxonomy.Version.
	Version string `json:"version,omitempty"`
	// Name is the computer-friendly name (R4 StructureDefinition.name),
	// such as "LMHAgeRange".
	Name string `json:"name"`
	// Title is the name for people (R4 StructureDefinition.title), such as
	// "Age limits".
	Title string `json:"title,omitempty"`
	// Status is the definition's publication status (R4
	// StructureDefinition.status: draft, active, retired or unknown); the
	// package writes "active".
	Status string `json:"status"`
	// Experimental marks a definition meant for testing, not real use (R4
	// StructureDefinition.experimental); false in the package's output.
	Experimental *bool `json:"experimental,omitempty"`
	// Publisher is who published the definition (R4
	// StructureDefinition.publisher): "lmhkit".
	Publisher string `json:"publisher,omitempty"`
	// Description says what the extension means (R4
	// StructureDefinition.description, markdown).
	Description string `json:"description,omitempty"`
	// FHIRVersion is the FHIR version the definition is written for (R4
	// StructureDefinition.fhirVersion): 4.0.1, the R4 release the
	// package's resources follow.
	FHIRVersion string `json:"fhirVersion,omitempty"`
	// Kind is the kind of structure defined (R4 StructureDefinition.kind:
	// primitive-type, complex-type, resource or logical); "complex-type"
	// for an extension.
	Kind string `json:"kind"`
	// Abstract says whether the structure is abstract (R4
	// StructureDefinition.abstract); false for the package's extensions.
	Abstract bool `json:"abstract"`
	// Context says where the extension may be used (R4
	// StructureDefinition.context): one element path, such as
	// "HealthcareService" or "HealthcareService.eligibility".
	Context []ExtensionContext `json:"context,omitempty"`
	// Type is the type the definition constrains (R4
	// StructureDefinition.type): "Extension".
	Type string `json:"type"`
	// BaseDefinition is the definition this one constrains (R4
	// StructureDefinition.baseDefinition): R4's Extension.
	BaseDefinition string `json:"baseDefinition,omitempty"`
	// Derivation is how the definition relates to BaseDefinition (R4
	// StructureDefinition.derivation: specialization or constraint);
	// "constraint" for an extension.
	Derivation string `json:"derivation,omitempty"`
	// Differential lists the elements the definition changes from
	// BaseDefinition (R4 StructureDefinition.differential).
	Differential *ElementDefinitions `json:"differential,omitempty"`
}

// Key returns "StructureDefinition/{id}".
func (sd *StructureDefinition) Key() string { return "StructureDefinition/" + sd.ID }

// ExtensionContext says where an extension may be used
// (StructureDefinition.context).
type ExtensionContext struct {
	// Type says how Expression is read (R4
	// StructureDefinition.context.type: fhirpath, element or extension);
	// the package writes "element".
	Type string `json:"type"`
	// Expression names where the extension may appear (R4
	// StructureDefinition.context.expression): an element id, such as
	// "HealthcareService".
	Expression string `json:"expression"`
}

// ElementDefinitions is a differential or snapshot (StructureDefinition.differential).
type ElementDefinitions struct {
	// Element lists the element definitions, parents before their
	// children (R4 StructureDefinition.differential.element).
	Element []ElementDefinition `json:"element"`
}

// ElementDefinition constrains one element (R4 ElementDefinition).
type ElementDefinition struct {
	// ID identifies the element within the definition (R4
	// ElementDefinition.id), with a slice's name after ":", as in
	// "Extension.extension:min".
	ID string `json:"id"`
	// Path is the element's path in the resource or type (R4
	// ElementDefinition.path), such as "Extension.value[x]".
	Path string `json:"path"`
	// SliceName is the name of the slice this element defines (R4
	// ElementDefinition.sliceName): the part's name in a complex extension.
	SliceName string `json:"sliceName,omitempty"`
	// Slicing says how a repeating element is divided into slices (R4
	// ElementDefinition.slicing); set on Extension.extension of a complex
	// extension.
	Slicing *Slicing `json:"slicing,omitempty"`
	// Short is a short label for the element (R4 ElementDefinition.short).
	Short string `json:"short,omitempty"`
	// Definition is the element's full meaning (R4
	// ElementDefinition.definition, markdown).
	Definition string `json:"definition,omitempty"`
	// Min is the fewest times the element must appear (R4
	// ElementDefinition.min); nil leaves the base definition's.
	Min *int `json:"min,omitempty"`
	// Max is the most times the element may appear (R4
	// ElementDefinition.max): a number, or "*" for no limit; "0" forbids
	// the element.
	Max string `json:"max,omitempty"`
	// Type lists the data types the element may have (R4
	// ElementDefinition.type); the package gives value[x] one.
	Type []ElementType `json:"type,omitempty"`
	// FixedURI is the value the element must have (R4
	// ElementDefinition.fixedUri); set on url, to the extension's URL or
	// the part's name.
	FixedURI string `json:"fixedUri,omitempty"`
}

// Slicing declares how a repeating element is sliced (ElementDefinition.slicing).
type Slicing struct {
	// Discriminator lists what tells the slices apart (R4
	// ElementDefinition.slicing.discriminator); for a complex extension,
	// the value of url.
	Discriminator []Discriminator `json:"discriminator"`
	// Rules says whether other slices may appear (R4
	// ElementDefinition.slicing.rules: closed, open or openAtEnd); the
	// package writes "closed", allowing only the parts defined.
	Rules string `json:"rules"`
}

// Discriminator tells slices apart (ElementDefinition.slicing.discriminator).
type Discriminator struct {
	// Type is how the element at Path tells the slices apart (R4
	// ElementDefinition.slicing.discriminator.type: value, exists,
	// pattern, type or profile); "value" in the package's output.
	Type string `json:"type"`
	// Path is the element, relative to the sliced one, whose value tells
	// the slices apart (R4 ElementDefinition.slicing.discriminator.path):
	// "url".
	Path string `json:"path"`
}

// ElementType is a type an element may have (ElementDefinition.type).
type ElementType struct {
	// Code is the data type's name (R4 ElementDefinition.type.code), such
	// as "code", "Coding" or "Range".
	Code string `json:"code"`
}

// extensionDef documents one extension: where it is used, its value type or
// its parts, and what it means.
type extensionDef struct {
	url, title, definition string
	context                string // a FHIRPath element, e.g. "HealthcareService"
	max                    string // "1" or "*": how often it may appear
	valueType              string // for a simple extension
	parts                  []extensionPart
}

type extensionPart struct {
	name, valueType, max, definition string
}

var extensionDefs = []extensionDef{
	{ExtStatus, "Offering status", "The status of the offering: active, paused or ended. HealthcareService.active is true only for active.", "HealthcareService", "1", "code", nil},
	{ExtProviderMunicipality, "Provider's municipality", "The municipality (kommunenummer, urn:oid:2.16.578.1.12.4.1.1.3402) where the provider is based.", "HealthcareService", "1", "Coding", nil},
	{ExtProviderHealthTrust, "Provider is a health trust", "True when the provider is a health trust (helseforetak).", "HealthcareService", "1", "boolean", nil},
	{ExtAgeRange, "Age limits", "The ages, in whole years (UCUM a), the offering is for; a missing high means no upper limit. The eligibility comment states the same limits in words.", "HealthcareService.eligibility", "1", "Range", nil},
	{ExtHealthLiteracy, "Health-literacy adaptation", "An adaptation to the participants' health literacy: plain_language, visual_material, teach_back, small_groups or written_summary.", "HealthcareService", "*", "code", nil},
	{ExtFee, "Participant fee", "The fee a participant pays, in whole NOK.", "HealthcareService", "1", "Money", nil},
	{ExtRegistrationDeadline, "Registration deadline", "The last day to sign up for the offering (påmeldingsfrist).", "HealthcareService", "1", "date", nil},
	{ExtExcludeCondition, "Excluded condition", "A condition the offering is not for, as its provider states (for example active psychosis); a person with this condition, or a narrower one, is not eligible. Codes of the condition CodeSystem.", "HealthcareService", "*", "CodeableConcept", nil},
	{ExtSessions, "Number of sessions", "How many sessions (meetings) the offering has.", "HealthcareService", "1", "integer", nil},
	{ExtHours, "Total hours", "The total number of hours of the offering.", "HealthcareService", "1", "decimal", nil},
	{ExtCapacity, "Capacity", "How many participants the offering takes.", "HealthcareService", "1", "", []extensionPart{
		{"min", "integer", "1", "The fewest participants for the offering to run."},
		{"max", "integer", "1", "The most participants the offering takes."},
		{"enrolled", "integer", "1", "How many have signed up."},
	}},
	{ExtSchedule, "Schedule", "When the offering runs: the dates of its sessions, or a start and end, or ongoing; and the usual time of day.", "HealthcareService", "1", "", []extensionPart{
		{"period", "Period", "1", "The first and last dates (either may be missing)."},
		{"date", "date", "*", "The date of one session."},
		{"ongoing", "boolean", "1", "True for an offering that runs continuously."},
		{"time-slot", "code", "*", "When sessions are held: weekday_daytime, weekday_evening or weekend."},
	}},
	{ExtCoverage, "Coverage beyond municipalities", "Who may take part beyond the municipalities in coverageArea: the whole country, counties or health regions.", "HealthcareService", "1", "", []extensionPart{
		{"national", "boolean", "1", "True when people from anywhere in Norway may take part."},
		{"county", "code", "*", "A county (fylkesnummer, two digits)."},
		{"health-region", "code", "*", "A regional health authority's area: helse_sor_ost, helse_vest, helse_midt_norge or helse_nord."},
	}},
	{ExtTeam, "Profession in the team", "A profession represented in the team that runs the offering (nurse, physician, …).", "HealthcareService", "*", "code", nil},
	{ExtEvaluation, "Evaluation method", "How the offering is evaluated (questionnaire, interview, focus_group, pre_post, user_panel).", "HealthcareService", "1", "code", nil},
}

// StructureDefinitions returns the definitions of the package's extensions
// (the Ext* URLs), as R4 StructureDefinition resources with a differential.
// Each call builds new values, which the caller owns.
func StructureDefinitions() []*StructureDefinition {
	out := make([]*StructureDefinition, 0, len(extensionDefs))
	for _, d := range extensionDefs {
		id := d.url[strings.LastIndexByte(d.url, '/')+1:]
		el := []ElementDefinition{{ID: "Extension", Path: "Extension", Short: d.title, Definition: d.definition, Min: ptr(0), Max: d.max}}
		if d.valueType != "" {
			el = append(el,
				ElementDefinition{ID: "Extension.extension", Path: "Extension.extension", Max: "0"},
				ElementDefinition{ID: "Extension.url", Path: "Extension.url", FixedURI: d.url},
				ElementDefinition{ID: "Extension.value[x]", Path: "Extension.value[x]", Min: ptr(1), Type: []ElementType{{Code: d.valueType}}},
			)
		} else {
			el = append(el, ElementDefinition{ID: "Extension.extension", Path: "Extension.extension",
				Slicing: &Slicing{Discriminator: []Discriminator{{Type: "value", Path: "url"}}, Rules: "closed"}})
			for _, p := range d.parts {
				sid := "Extension.extension:" + p.name
				el = append(el,
					ElementDefinition{ID: sid, Path: "Extension.extension", SliceName: p.name, Short: p.definition, Definition: p.definition, Min: ptr(0), Max: p.max},
					ElementDefinition{ID: sid + ".extension", Path: "Extension.extension.extension", Max: "0"},
					ElementDefinition{ID: sid + ".url", Path: "Extension.extension.url", FixedURI: p.name},
					ElementDefinition{ID: sid + ".value[x]", Path: "Extension.extension.value[x]", Min: ptr(1), Type: []ElementType{{Code: p.valueType}}},
				)
			}
			el = append(el,
				ElementDefinition{ID: "Extension.url", Path: "Extension.url", FixedURI: d.url},
				ElementDefinition{ID: "Extension.value[x]", Path: "Extension.value[x]", Max: "0"},
			)
		}
		sd := &StructureDefinition{
			ResourceType:   "StructureDefinition",
			ID:             id,
			URL:            d.url,
			Version:        taxonomy.Version,
			FHIRVersion:    "4.0.1",
			Name:           "LMH" + pascal(id),
			Title:          d.title,
			Status:         "active",
			Experimental:   ptr(false),
			Publisher:      publisher,
			Description:    d.definition,
			Kind:           "complex-type",
			Abstract:       false,
			Context:        []ExtensionContext{{Type: "element", Expression: d.context}},
			Type:           "Extension",
			BaseDefinition: "http://hl7.org/fhir/StructureDefinition/Extension",
			Derivation:     "constraint",
			Differential:   &ElementDefinitions{Element: el},
		}
		sd.Text = narrative(d.title, d.definition)
		out = append(out, sd)
	}
	return out
}
