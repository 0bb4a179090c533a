package fhir

// HealthcareService is an R4 HealthcareService resource, with the elements
// the package reads and writes. See FromOffering for how an Offering maps
// onto it. Plain data: safe for concurrent reads, not for concurrent writes.
type HealthcareService struct {
	ResourceType         string            `json:"resourceType"`
	ID                   string            `json:"id,omitempty"`
	Meta                 *Meta             `json:"meta,omitempty"`
	Language             string            `json:"language,omitempty"`
	Text                 *Narrative        `json:"text,omitempty"`
	Contained            []Location        `json:"contained,omitempty"`
	Extension            []Extension       `json:"extension,omitempty"`
	Active               *bool             `json:"active,omitempty"`
	ProvidedBy           *Reference        `json:"providedBy,omitempty"`
	Category             []CodeableConcept `json:"category,omitempty"`
	Type                 []CodeableConcept `json:"type,omitempty"`
	Location             []Reference       `json:"location,omitempty"`
	Name                 string            `json:"name,omitempty"`
	NameElement          *Element          `json:"_name,omitempty"`
	Comment              string            `json:"comment,omitempty"`
	CommentElement       *Element          `json:"_comment,omitempty"`
	Telecom              []ContactPoint    `json:"telecom,omitempty"`
	CoverageArea         []Reference       `json:"coverageArea,omitempty"`
	ServiceProvisionCode []CodeableConcept `json:"serviceProvisionCode,omitempty"`
	Eligibility          []Eligibility     `json:"eligibility,omitempty"`
	Program              []CodeableConcept `json:"program,omitempty"`
	Characteristic       []CodeableConcept `json:"characteristic,omitempty"`
	Communication        []CodeableConcept `json:"communication,omitempty"`
	AppointmentRequired  *bool             `json:"appointmentRequired,omitempty"`
	AvailableTime        []AvailableTime   `json:"availableTime,omitempty"`
}

// AvailableTime is a time in the week when the service is available
// (HealthcareService.availableTime): days of the week ("mon" … "sun"), and
// times of day "HH:MM:SS".
type AvailableTime struct {
	DaysOfWeek         []string `json:"daysOfWeek,omitempty"`
	AllDay             *bool    `json:"allDay,omitempty"`
	AvailableStartTime string   `json:"availableStartTime,omitempty"`
	AvailableEndTime   string   `json:"availableEndTime,omitempty"`
}

// Key returns "HealthcareService/{id}".
func (hs *HealthcareService) Key() string { return "HealthcareService/" + hs.ID }

// Element carries the extensions of a primitive element, such as the
// translations of HealthcareService.name in "_name".
type Element struct {
	Extension []Extension `json:"extension,omitempty"`
}

// Eligibility is a condition for taking part (HealthcareService.eligibility).
type Eligibility struct {
	Extension []Extension      `json:"extension,omitempty"`
	Code      *CodeableConcept `json:"code,omitempty"`
	Comment   string           `json:"comment,omitempty"`
}

// Location is an R4 Location resource, as contained in a HealthcareService
// for an offering's place.
type Location struct {
	ResourceType string   `json:"resourceType"`
	ID           string   `json:"id,omitempty"`
	Name         string   `json:"name,omitempty"`
	Address      *Address `json:"address,omitempty"`
}

// Address is a postal address (R4 Address).
type Address struct {
	Extension []Extension `json:"extension,omitempty"`
	Text      string      `json:"text,omitempty"`
	District  string      `json:"district,omitempty"`
	Country   string      `json:"country,omitempty"`
}
