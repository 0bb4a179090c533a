package fhir

// The extensions the package defines, for what an Offering holds and R4's
// HealthcareService has no element for. Each URL is
// Base+"/StructureDefinition/{name}"; Extensions lists them with their
// definitions, and StructureDefinitions renders them as R4
// StructureDefinition resources.
const (
	// ExtStatus (valueCode active | paused | ended) is the offering's status;
	// HealthcareService.active is true only for active.
	ExtStatus = Base + "/StructureDefinition/offering-status"
	// ExtProviderMunicipality (valueCoding, kommunenummer) is where the
	// provider is based.
	ExtProviderMunicipality = Base + "/StructureDefinition/provider-municipality"
	// ExtProviderHealthTrust (valueBoolean) says the provider is a health
	// trust (helseforetak).
	ExtProviderHealthTrust = Base + "/StructureDefinition/provider-health-trust"
	// ExtAgeRange (valueRange in years, UCUM "a"; no high means no upper
	// limit) is the age limits of the target group; it sits on the
	// eligibility entry whose comment states them in words.
	ExtAgeRange = Base + "/StructureDefinition/age-range"
	// ExtHealthLiteracy (valueCode, repeats) is an adaptation to the
	// participants' health literacy (plain_language, teach_back, …).
	ExtHealthLiteracy = Base + "/StructureDefinition/health-literacy"
	// ExtFee (valueMoney in NOK) is the participant's fee.
	ExtFee = Base + "/StructureDefinition/fee"
	// ExtRegistrationDeadline (valueDate) is the last day to sign up
	// (påmeldingsfrist).
	ExtRegistrationDeadline = Base + "/StructureDefinition/registration-deadline"
	// ExtExcludeCondition (valueCodeableConcept, a condition code, repeats)
	// is a condition the offering is not for; a person with it, or with a
	// narrower one, is not eligible.
	ExtExcludeCondition = Base + "/StructureDefinition/exclude-condition"
	// ExtSessions (valueInteger) is the number of sessions.
	ExtSessions = Base + "/StructureDefinition/sessions"
	// ExtHours (valueDecimal) is the total number of hours.
	ExtHours = Base + "/StructureDefinition/hours"
	// ExtCapacity (complex: min, max, enrolled, each valueInteger) is the
	// number of participants.
	ExtCapacity = Base + "/StructureDefinition/capacity"
	// ExtSchedule (complex: period valuePeriod, date valueDate (repeats),
	// ongoing valueBoolean, time-slot valueCode (repeats)) is when the
	// offering runs: the dates of its sessions or a start and end.
	ExtSchedule = Base + "/StructureDefinition/schedule"
	// ExtCoverage (complex: national valueBoolean, county valueCode
	// (fylkesnummer, repeats), health-region valueCode (repeats)) is the
	// coverage beyond single municipalities, which go in coverageArea.
	ExtCoverage = Base + "/StructureDefinition/coverage"
	// ExtTeam (valueCode, repeats) is a profession in the team (nurse, …).
	ExtTeam = Base + "/StructureDefinition/team"
	// ExtEvaluation (valueCode) is how the offering is evaluated.
	ExtEvaluation = Base + "/StructureDefinition/evaluation"
)

// Outside extensions the package writes.
const (
	// ExtTranslation is FHIR's translation extension, used on _name and
	// _comment for the offering's translations.
	ExtTranslation = "http://hl7.org/fhir/StructureDefinition/translation"
	// ExtNoBasisMunicipality is HL7 Norway's no-basis-municipalitycode
	// extension, used on the contained Location's address.
	ExtNoBasisMunicipality = "http://hl7.no/fhir/StructureDefinition/no-basis-municipalitycode"
)

// SystemCharacteristic is the CodeSystem of the yes/no characteristics of an
// offering that R4 has no element for: referral-required and
// referral-not-required, registration-required and
// registration-not-required (an offering states one of each pair, or
// neither when its record does not say), and peer-co-leaders. It is
// exported with the terminology resources.
const SystemCharacteristic = Base + "/CodeSystem/offering-characteristic"

// characteristicCodes are the codes of SystemCharacteristic.
var characteristicCodes = []struct{ code, display, definition string }{
	{"referral-required", "Referral required", "A referral (henvisning) is needed to take part."},
	{"referral-not-required", "No referral required", "The offering states that no referral is needed: people may sign up or come themselves."},
	{"registration-required", "Registration required", "Participants must sign up in advance (påmelding)."},
	{"registration-not-required", "No registration required", "The offering states that no sign-up is needed (drop-in)."},
	{"peer-co-leaders", "Peer co-leaders", "People with lived experience (likepersoner) lead the offering together with professionals."},
}
