package fhir

// HealthcareService is an R4 HealthcareService resource, with the elements
// the package reads and writes. See FromOffering for how an Offering maps
// onto it. Plain data: safe for concurrent reads, not for concurrent writes.
type HealthcareService struct {
	// ResourceType is always "HealthcareService" (the resourceType of R4's
	// JSON format); ToOffering rejects any other.
	ResourceType string `json:"resourceType"`
	// ID is the resource's logical id (R4 Resource.id): the offering's
	// UUID.
	ID string `json:"id,omitempty"`
	// Meta carries when the offering last changed (R4 Resource.meta).
	Meta *Meta `json:"meta,omitempty"`
	// Language is the language the resource is written in (R4
	// Resource.language): the offering's Lang, "nb", "nn" or "en".
	Language string `json:"language,omitempty"`
	// Text is the generated narrative, the offering's name and
	// description (R4 DomainResource.text); ToOffering does not read it.
	Text *Narrative `json:"text,omitempty"`
	// Contained holds the resources contained in this one (R4
	// DomainResource.contained): at most one Location, id "place", for
	// the offering's place.
	Contained []Location `json:"contained,omitempty"`
	// Extension carries what R4 has no element for (R4
	// DomainResource.extension): the package's Ext* extensions.
	Extension []Extension `json:"extension,omitempty"`
	// Active says whether the record is in use (R4
	// HealthcareService.active): true only for an offering with status
	// active. ToOffering reads the status from ExtStatus, and from Active
	// only when that extension is absent.
	Active *bool `json:"active,omitempty"`
	// ProvidedBy is the organisation that provides the service (R4
	// HealthcareService.providedBy): a reference of type Organization,
	// by organisation number (SystemOrgNr) when there is one, with the
	// provider's name as display.
	ProvidedBy *Reference `json:"providedBy,omitempty"`
	// Category is the broad category of the service (R4
	// HealthcareService.category): the provider's arena, with its Volven
	// 9040 code as a second coding where one is equivalent.
	Category []CodeableConcept `json:"category,omitempty"`
	// Type is the type of service delivered (R4 HealthcareService.type):
	// one entry per method, each with its HL7 service-type code as a
	// second coding where one is mapped.
	Type []CodeableConcept `json:"type,omitempty"`
	// Location is where the service is provided (R4
	// HealthcareService.location): at most one reference, "#place", to the
	// contained Location.
	Location []Reference `json:"location,omitempty"`
	// Name is the service's name as shown to people looking for it (R4
	// HealthcareService.name): the offering's Name, in Language.
	Name string `json:"name,omitempty"`
	// NameElement carries the extensions of name, written "_name" in R4's
	// JSON format: the offering's translated names in ExtTranslation.
	NameElement *Element `json:"_name,omitempty"`
	// Comment is the further description of the service (R4
	// HealthcareService.comment): the offering's Description, in
	// Language.
	Comment string `json:"comment,omitempty"`
	// CommentElement carries the extensions of comment, written
	// "_comment" in R4's JSON format: the offering's translated
	// descriptions in ExtTranslation.
	CommentElement *Element `json:"_comment,omitempty"`
	// Telecom lists the contacts for the service (R4
	// HealthcareService.telecom): at most one phone, one email and one url.
	Telecom []ContactPoint `json:"telecom,omitempty"`
	// CoverageArea is where the people the service is available to live
	// (R4 HealthcareService.coverageArea): one logical reference per
	// municipality, by kommunenummer; wider coverage goes in ExtCoverage.
	CoverageArea []Reference `json:"coverageArea,omitempty"`
	// ServiceProvisionCode gives the conditions under which the service
	// is offered (R4 HealthcareService.serviceProvisionCode): "free", or
	// "cost" with the fee in ExtFee, from SystemServiceProvision;
	// ToOffering also accepts "disc".
	ServiceProvisionCode []CodeableConcept `json:"serviceProvisionCode,omitempty"`
	// Eligibility lists who the service is for (R4
	// HealthcareService.eligibility): one entry per role, one for the
	// ages, one per condition and one per ICD-10 or ICPC-2 code.
	Eligibility []Eligibility `json:"eligibility,omitempty"`
	// Program is the programme the service belongs to (R4
	// HealthcareService.program): at most one programme code.
	Program []CodeableConcept `json:"program,omitempty"`
	// Characteristic lists attributes of the service (R4
	// HealthcareService.characteristic): format, delivery, scope, goals,
	// service levels, themes, accessibility and participation codes, and
	// codes of SystemCharacteristic; see FromOffering.
	Characteristic []CodeableConcept `json:"characteristic,omitempty"`
	// Communication lists the languages the service is offered in (R4
	// HealthcareService.communication), as BCP 47 tags (SystemBCP47).
	Communication []CodeableConcept `json:"communication,omitempty"`
	// AppointmentRequired says whether a person needs an appointment (R4
	// HealthcareService.appointmentRequired); FromOffering does not set it
	// and ToOffering does not read it.
	AppointmentRequired *bool `json:"appointmentRequired,omitempty"`
	// AvailableTime lists when the service is available in the week (R4
	// HealthcareService.availableTime): one entry per weekly meeting.
	AvailableTime []AvailableTime `json:"availableTime,omitempty"`
}

// AvailableTime is a time in the week when the service is available
// (HealthcareService.availableTime): days of the week ("mon" … "sun"), and
// times of day "HH:MM:SS".
type AvailableTime struct {
	// DaysOfWeek lists the days the time applies to, "mon" … "sun" (R4
	// HealthcareService.availableTime.daysOfWeek); FromOffering writes one.
	DaysOfWeek []string `json:"daysOfWeek,omitempty"`
	// AllDay says the service is available all day (R4
	// HealthcareService.availableTime.allDay); FromOffering never sets it
	// and ToOffering rejects it, as an offering has no such meeting.
	AllDay *bool `json:"allDay,omitempty"`
	// AvailableStartTime is when the meeting starts, "HH:MM:SS" with zero
	// seconds (R4 HealthcareService.availableTime.availableStartTime);
	// empty when not stated.
	AvailableStartTime string `json:"availableStartTime,omitempty"`
	// AvailableEndTime is when the meeting ends, "HH:MM:SS" with zero
	// seconds (R4 HealthcareService.availableTime.availableEndTime);
	// empty when not stated.
	AvailableEndTime string `json:"availableEndTime,omitempty"`
}

// Key returns "HealthcareService/{id}".
func (hs *HealthcareService) Key() string { return "HealthcareService/" + hs.ID }

// Element carries the extensions of a primitive element, such as the
// translations of HealthcareService.name in "_name".
type Element struct {
	// Extension holds the primitive element's extensions (R4
	// Element.extension); the package writes and reads ExtTranslation.
	Extension []Extension `json:"extension,omitempty"`
}

// Eligibility is a condition for taking part (HealthcareService.eligibility).
type Eligibility struct {
	// Extension holds ExtAgeRange, on the one entry for the ages (R4
	// HealthcareService.eligibility.extension).
	Extension []Extension `json:"extension,omitempty"`
	// Code is who is eligible, as a code (R4
	// HealthcareService.eligibility.code): a role, age-group or condition
	// code of the vocabulary, or an ICD-10 or ICPC-2 code.
	Code *CodeableConcept `json:"code,omitempty"`
	// Comment states the eligibility in words (R4
	// HealthcareService.eligibility.comment, markdown): the age limits on
	// the entry for the ages, in the offering's language.
	Comment string `json:"comment,omitempty"`
}

// Location is an R4 Location resource, as contained in a HealthcareService
// for an offering's place.
type Location struct {
	// ResourceType is always "Location" (the resourceType of R4's JSON
	// format).
	ResourceType string `json:"resourceType"`
	// ID is the contained resource's id (R4 Resource.id), "place", which
	// HealthcareService.location refers to as "#place".
	ID string `json:"id,omitempty"`
	// Name is the place's name (R4 Location.name).
	Name string `json:"name,omitempty"`
	// Address is where the place is (R4 Location.address).
	Address *Address `json:"address,omitempty"`
}

// Address is a postal address (R4 Address).
type Address struct {
	// Extension holds the municipality as ExtNoBasisMunicipality (R4
	// Address.extension).
	Extension []Extension `json:"extension,omitempty"`
	// Text is the address as written (R4 Address.text): the place's
	// address.
	Text string `json:"text,omitempty"`
	// District is the municipality's name (R4 Address.district);
	// ToOffering reads the municipality from the extension instead.
	District string `json:"district,omitempty"`
	// Country is the ISO 3166 country code (R4 Address.country): "NO".
	// ToOffering does not read it.
	Country string `json:"country,omitempty"`
}
