package fhir

import (
	"errors"
	"fmt"
	"time"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// ErrInvalidResource is wrapped by the errors of ToOffering for a resource
// it cannot read; the error names the element and what is wrong with it.
var ErrInvalidResource = errors.New("fhir: invalid HealthcareService")

// FromOffering returns the HealthcareService of an offering. The mapping:
//
//   - id = the offering's UUID; meta.lastUpdated = LastModified;
//     language = Lang; name and comment = Name and Description, with the
//     translations in FHIR's translation extension on _name and _comment.
//   - active = (Status == active), and the status itself in ExtStatus.
//   - providedBy = the organisation number (urn:oid:2.16.578.1.12.4.1.4.101)
//     and the provider's name; ExtProviderMunicipality, ExtProviderHealthTrust.
//   - category = the arena, with its Volven 9040 code where one is equivalent.
//   - type = the methods, each with its mapped HL7 service-type code if any.
//   - program = the programme.
//   - eligibility = one entry per role, one for the ages (age-group codes,
//     the limits in words in comment and exactly in ExtAgeRange), one per
//     condition, one per ICD-10 and one per ICPC-2 code.
//   - characteristic = format, delivery, scope, goals, service levels,
//     themes, accessibility and user participation stages as codes of their
//     facets' CodeSystems, and from SystemCharacteristic referral-required
//     or referral-not-required, registration-required or
//     registration-not-required (neither when the record does not state
//     it), and peer-co-leaders.
//   - ExtExcludeCondition = each condition the offering excludes (an
//     extension, not an eligibility entry, so that no reader takes it for
//     one the offering is for).
//   - communication = the languages (BCP 47).
//   - serviceProvisionCode = free, or cost with the fee in ExtFee.
//   - coverageArea = the municipalities, as logical references by
//     kommunenummer (urn:oid:2.16.578.1.12.4.1.1.3402); national coverage,
//     counties and health regions in ExtCoverage.
//   - location = a contained Location for the place, its municipality in HL7
//     Norway's no-basis-municipalitycode extension on the address.
//   - availableTime = the weekly meetings, one entry per meeting with one
//     day of the week and the start and end times when stated.
//   - telecom = the contact phone and e-mail, and the URL;
//     ExtRegistrationDeadline, ExtSessions, ExtHours, ExtCapacity,
//     ExtSchedule, ExtTeam, ExtEvaluation and ExtHealthLiteracy for the
//     rest.
//
// ToOffering reads it back; the round trip loses nothing. The offering is not
// validated; validate it first with lmh.ValidateOffering where that matters.
func FromOffering(o *lmh.Offering) *HealthcareService {
	hs := &HealthcareService{
		ResourceType: "HealthcareService",
		ID:           o.ID.String(),
		Language:     o.Lang.String(),
		Name:         o.Name,
		Comment:      o.Description,
		Active:       ptr(o.Status == lmh.StatusActive),
	}
	if !o.LastModified.IsZero() {
		hs.Meta = &Meta{LastUpdated: o.LastModified.UTC().Format(time.RFC3339Nano)}
	}
	hs.Text = narrative(o.Name, o.Description)
	for _, t := range o.Translations {
		if t.Name != "" {
			hs.NameElement = addTranslation(hs.NameElement, t.Lang, t.Name)
		}
		if t.Description != "" {
			hs.CommentElement = addTranslation(hs.CommentElement, t.Lang, t.Description)
		}
	}
	var ext []Extension
	if o.Status.IsValid() {
		ext = append(ext, Extension{URL: ExtStatus, ValueCode: o.Status.String()})
	}

	// Provider.
	p := o.Provider
	if p.Name != "" || p.OrganisationNumber != "" {
		hs.ProvidedBy = &Reference{Type: "Organization", Display: p.Name}
		if p.OrganisationNumber != "" {
			hs.ProvidedBy.Identifier = &Identifier{System: SystemOrgNr, Value: p.OrganisationNumber}
		}
	}
	if p.Municipality != "" {
		ext = append(ext, Extension{URL: ExtProviderMunicipality, ValueCoding: kommuneCoding(p.Municipality)})
	}
	if p.HealthTrust {
		ext = append(ext, Extension{URL: ExtProviderHealthTrust, ValueBoolean: ptr(true)})
	}
	if p.Arena.IsValid() {
		hs.Category = append(hs.Category, concept(p.Arena.Ref(), SystemVolven9040))
	}

	// Methods and programme.
	for _, m := range o.Methods {
		hs.Type = append(hs.Type, concept(m.Ref(), SystemServiceType))
	}
	if o.Programme.IsValid() {
		hs.Program = append(hs.Program, concept(o.Programme.Ref(), ""))
	}

	// Eligibility.
	tg := o.TargetGroup
	for _, r := range tg.Roles {
		hs.Eligibility = append(hs.Eligibility, Eligibility{Code: ptr(concept(r.Ref(), ""))})
	}
	if !tg.Ages.IsZero() {
		e := Eligibility{Comment: ageText(o.Lang, tg.Ages)}
		cc := CodeableConcept{}
		for _, g := range tg.Ages.Groups() {
			cc.Coding = append(cc.Coding, codingOf(g.Ref()))
		}
		if len(cc.Coding) > 0 {
			e.Code = &cc
		}
		rg := &Range{Low: years(tg.Ages.Min)}
		if tg.Ages.Max != 0 {
			rg.High = years(tg.Ages.Max)
		}
		e.Extension = []Extension{{URL: ExtAgeRange, ValueRange: rg}}
		hs.Eligibility = append(hs.Eligibility, e)
	}
	for _, c := range tg.Conditions {
		hs.Eligibility = append(hs.Eligibility, Eligibility{Code: ptr(concept(c.Ref(), ""))})
	}
	for _, c := range tg.ICD10 {
		hs.Eligibility = append(hs.Eligibility, Eligibility{Code: &CodeableConcept{Coding: []Coding{{System: SystemICD10, Code: c}}}})
	}
	for _, c := range tg.ICPC2 {
		hs.Eligibility = append(hs.Eligibility, Eligibility{Code: &CodeableConcept{Coding: []Coding{{System: SystemICPC2, Code: c}}}})
	}
	for _, c := range tg.ExcludeConditions {
		ext = append(ext, Extension{URL: ExtExcludeCondition, ValueCodeableConcept: ptr(concept(c.Ref(), ""))})
	}
	for _, a := range tg.HealthLiteracy {
		ext = append(ext, Extension{URL: ExtHealthLiteracy, ValueCode: a.String()})
	}

	// Characteristics.
	addRef := func(r taxonomy.Ref) {
		if r.IsValid() {
			hs.Characteristic = append(hs.Characteristic, concept(r, ""))
		}
	}
	addRef(o.Format.Ref())
	addRef(o.Delivery.Ref())
	addRef(o.Scope.Ref())
	for _, g := range o.Goals {
		addRef(g.Ref())
	}
	for _, s := range o.ServiceLevels {
		addRef(s.Ref())
	}
	for _, t := range o.Themes {
		addRef(t.Ref())
	}
	for _, a := range o.Accessibility {
		addRef(a.Ref())
	}
	for _, s := range o.Participation.Stages {
		addRef(s.Ref())
	}
	flag := func(on bool, code string) {
		if on {
			hs.Characteristic = append(hs.Characteristic, characteristic(code))
		}
	}
	stated := func(s lmh.Stated, yes, no string) {
		switch s {
		case lmh.Yes:
			hs.Characteristic = append(hs.Characteristic, characteristic(yes))
		case lmh.No:
			hs.Characteristic = append(hs.Characteristic, characteristic(no))
		}
	}
	stated(o.Frames.ReferralRequired, "referral-required", "referral-not-required")
	stated(o.Frames.RegistrationRequired, "registration-required", "registration-not-required")
	flag(o.Participation.PeerCoLeaders, "peer-co-leaders")

	// Languages, cost, frames.
	for _, l := range o.Languages {
		hs.Communication = append(hs.Communication, CodeableConcept{Coding: []Coding{{System: SystemBCP47, Code: l}}})
	}
	switch {
	case o.Frames.Cost.Free:
		hs.ServiceProvisionCode = append(hs.ServiceProvisionCode, provision("free"))
	case o.Frames.Cost.FeeNOK > 0:
		hs.ServiceProvisionCode = append(hs.ServiceProvisionCode, provision("cost"))
	}
	if o.Frames.Cost.FeeNOK != 0 {
		ext = append(ext, Extension{URL: ExtFee, ValueMoney: &Money{Value: ptr(float64(o.Frames.Cost.FeeNOK)), Currency: "NOK"}})
	}
	if d := o.Frames.RegistrationDeadline; !d.IsZero() {
		ext = append(ext, Extension{URL: ExtRegistrationDeadline, ValueDate: d.String()})
	}
	if o.Frames.Sessions != 0 {
		ext = append(ext, Extension{URL: ExtSessions, ValueInteger: ptr(o.Frames.Sessions)})
	}
	if o.Frames.Hours != 0 {
		ext = append(ext, Extension{URL: ExtHours, ValueDecimal: ptr(o.Frames.Hours)})
	}
	if c := o.Frames.Capacity; c != (lmh.Capacity{}) {
		var sub []Extension
		for _, kv := range []struct {
			k string
			v int
		}{{"min", c.Min}, {"max", c.Max}, {"enrolled", c.Enrolled}} {
			if kv.v != 0 {
				sub = append(sub, Extension{URL: kv.k, ValueInteger: ptr(kv.v)})
			}
		}
		ext = append(ext, Extension{URL: ExtCapacity, Extension: sub})
	}

	// Schedule: the weekly meetings in availableTime, the rest in ExtSchedule.
	for _, w := range o.Schedule.Weekly {
		at := AvailableTime{DaysOfWeek: []string{dayCode(w.Weekday)}}
		if !w.Start.IsZero() {
			at.AvailableStartTime = w.Start.String() + ":00"
		}
		if !w.End.IsZero() {
			at.AvailableEndTime = w.End.String() + ":00"
		}
		hs.AvailableTime = append(hs.AvailableTime, at)
	}
	if s := o.Schedule; !s.Start.IsZero() || !s.End.IsZero() || len(s.Dates) > 0 || s.Ongoing || len(s.Times) > 0 {
		var sub []Extension
		if !s.Start.IsZero() || !s.End.IsZero() {
			per := &Period{}
			if !s.Start.IsZero() {
				per.Start = s.Start.String()
			}
			if !s.End.IsZero() {
				per.End = s.End.String()
			}
			sub = append(sub, Extension{URL: "period", ValuePeriod: per})
		}
		for _, d := range s.Dates {
			sub = append(sub, Extension{URL: "date", ValueDate: d.String()})
		}
		if s.Ongoing {
			sub = append(sub, Extension{URL: "ongoing", ValueBoolean: ptr(true)})
		}
		for _, t := range s.Times {
			sub = append(sub, Extension{URL: "time-slot", ValueCode: t.String()})
		}
		ext = append(ext, Extension{URL: ExtSchedule, Extension: sub})
	}

	// Place and coverage.
	if pl := o.Place; !pl.IsZero() {
		loc := Location{ResourceType: "Location", ID: "place", Name: pl.Name}
		if pl.Address != "" || pl.Municipality != "" {
			loc.Address = &Address{Text: pl.Address, Country: "NO"}
			if pl.Municipality != "" {
				loc.Address.District = municipalityName(pl.Municipality)
				loc.Address.Extension = []Extension{{URL: ExtNoBasisMunicipality, ValueCoding: kommuneCoding(pl.Municipality)}}
			}
		}
		if loc.Name == "" && loc.Address == nil {
			loc.Name = "-" // unreachable for a non-zero Place; kept so the Location is never empty
		}
		hs.Contained = append(hs.Contained, loc)
		hs.Location = append(hs.Location, Reference{Reference: "#place"})
	}
	cov := o.Coverage
	for _, m := range cov.Municipalities {
		hs.CoverageArea = append(hs.CoverageArea, Reference{
			Type:       "Location",
			Identifier: &Identifier{System: SystemKommunenummer, Value: m},
			Display:    municipalityName(m),
		})
	}
	if cov.National || len(cov.Counties) > 0 || len(cov.HealthRegions) > 0 {
		var sub []Extension
		if cov.National {
			sub = append(sub, Extension{URL: "national", ValueBoolean: ptr(true)})
		}
		for _, c := range cov.Counties {
			sub = append(sub, Extension{URL: "county", ValueCode: c})
		}
		for _, r := range cov.HealthRegions {
			sub = append(sub, Extension{URL: "health-region", ValueCode: r.String()})
		}
		ext = append(ext, Extension{URL: ExtCoverage, Extension: sub})
	}

	for _, t := range o.Team {
		ext = append(ext, Extension{URL: ExtTeam, ValueCode: t.String()})
	}
	if o.Evaluation.IsValid() {
		ext = append(ext, Extension{URL: ExtEvaluation, ValueCode: o.Evaluation.String()})
	}
	if o.Contact.Phone != "" {
		hs.Telecom = append(hs.Telecom, ContactPoint{System: "phone", Value: o.Contact.Phone})
	}
	if o.Contact.Email != "" {
		hs.Telecom = append(hs.Telecom, ContactPoint{System: "email", Value: o.Contact.Email})
	}
	if o.URL != "" {
		hs.Telecom = append(hs.Telecom, ContactPoint{System: "url", Value: o.URL})
	}
	hs.Extension = ext
	return hs
}

// concept returns the CodeableConcept of a taxonomy code; with also set, it
// adds the code's equivalent (or, for service-type, any) mapping in that
// outside system as a second coding, for readers that know only that
// system.
func concept(r taxonomy.Ref, also string) CodeableConcept {
	cc := CodeableConcept{Coding: []Coding{codingOf(r)}}
	if also == "" {
		return cc
	}
	for _, m := range r.Mappings() {
		if m.System != also || (also == SystemVolven9040 && m.Relation != "equivalent") {
			continue
		}
		if d, ok := verifiedDisplays[verifiedCode{m.System, m.Code}]; ok {
			cc.Coding = append(cc.Coding, Coding{System: m.System, Code: m.Code, Display: d})
		}
	}
	return cc
}

// dayCodes are R4's days-of-week codes, by lmh.Weekday.
var dayCodes = [...]string{"", "mon", "tue", "wed", "thu", "fri", "sat", "sun"}

func dayCode(d lmh.Weekday) string {
	if d.IsValid() {
		return dayCodes[d]
	}
	return ""
}

func characteristic(code string) CodeableConcept {
	for _, c := range characteristicCodes {
		if c.code == code {
			return CodeableConcept{Coding: []Coding{{System: SystemCharacteristic, Code: code, Display: c.display}}}
		}
	}
	panic("fhir: no characteristic " + code) // only called with the codes above
}

func provision(code string) CodeableConcept {
	return CodeableConcept{Coding: []Coding{{System: SystemServiceProvision, Code: code,
		Display: verifiedDisplays[verifiedCode{SystemServiceProvision, code}]}}}
}

func kommuneCoding(nr string) *Coding {
	return &Coding{System: SystemKommunenummer, Code: nr, Display: municipalityName(nr)}
}

func municipalityName(nr string) string {
	if m, ok := geo.Lookup(nr); ok {
		return m.Name
	}
	return ""
}

func years(n int) *Quantity {
	return &Quantity{Value: ptr(float64(n)), Unit: "år", System: SystemUCUM, Code: "a"}
}

// ageText states an age range in words, in the offering's language.
func ageText(l taxonomy.Lang, a lmh.AgeRange) string {
	switch {
	case l == taxonomy.EN && a.Max == 0:
		return fmt.Sprintf("Age: %d years or older", a.Min)
	case l == taxonomy.EN:
		return fmt.Sprintf("Age: %d–%d years", a.Min, a.Max)
	case a.Max == 0 && l == taxonomy.NN:
		return fmt.Sprintf("Alder: frå %d år", a.Min)
	case a.Max == 0:
		return fmt.Sprintf("Alder: fra %d år", a.Min)
	}
	return fmt.Sprintf("Alder: %d–%d år", a.Min, a.Max)
}

func addTranslation(e *Element, l taxonomy.Lang, text string) *Element {
	if e == nil {
		e = &Element{}
	}
	e.Extension = append(e.Extension, Extension{URL: ExtTranslation, Extension: []Extension{
		{URL: "lang", ValueCode: l.String()},
		{URL: "content", ValueString: text},
	}})
	return e
}
