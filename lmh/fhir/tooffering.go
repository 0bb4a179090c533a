package fhir

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"time"

	"github.com/google/uuid"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// ToOffering reads an offering from a HealthcareService written by
// FromOffering or by another system following the same mapping. Codings of
// the outside systems FromOffering adds beside its own (Volven 9040 in
// category, HL7 service-type in type) are recognised and skipped, since the
// vocabulary's own code in the same CodeableConcept carries the meaning.
// Anything else it cannot place — an unknown code, a coding of an unknown
// system, an unknown extension, a malformed value — is an error wrapping
// ErrInvalidResource that names the element. Elements FromOffering derives
// from others are not read back: the narrative (text, from name and
// comment) and the contained Location's address.district and
// address.country; appointmentRequired, which FromOffering never writes, is
// ignored too (whether registration is required is read from a
// characteristic of the package's own code system). coverageArea, the provider's
// and the place's municipality accept all three kommunenummer systems in use
// (SystemKommunenummer, SystemKommunenummerKartverket,
// SystemKommunenummerSOSI).
func ToOffering(hs *HealthcareService) (lmh.Offering, error) {
	var o lmh.Offering
	bad := func(path, format string, args ...any) error {
		return fmt.Errorf("%w: %s: %s", ErrInvalidResource, path, fmt.Sprintf(format, args...))
	}
	if hs == nil || hs.ResourceType != "HealthcareService" {
		return o, bad("resourceType", "not a HealthcareService")
	}
	id, err := uuid.Parse(hs.ID)
	if err != nil {
		return o, bad("id", "not a UUID")
	}
	o.ID = id
	if hs.Language != "" {
		l, err := taxonomy.ParseLang(hs.Language)
		if err != nil {
			return o, bad("language", "unknown language %q", hs.Language)
		}
		o.Lang = l
	}
	if hs.Meta != nil && hs.Meta.LastUpdated != "" {
		t, err := time.Parse(time.RFC3339Nano, hs.Meta.LastUpdated)
		if err != nil {
			return o, bad("meta.lastUpdated", "not an instant")
		}
		o.LastModified = t.UTC()
	}
	o.Name, o.Description = hs.Name, hs.Comment
	if err := readTranslations(&o, hs.NameElement, "_name", bad, func(t *lmh.Translation, s string) { t.Name = s }); err != nil {
		return o, err
	}
	if err := readTranslations(&o, hs.CommentElement, "_comment", bad, func(t *lmh.Translation, s string) { t.Description = s }); err != nil {
		return o, err
	}

	if pb := hs.ProvidedBy; pb != nil {
		o.Provider.Name = pb.Display
		if pb.Identifier != nil {
			if pb.Identifier.System != SystemOrgNr {
				return o, bad("providedBy.identifier.system", "want %s", SystemOrgNr)
			}
			o.Provider.OrganisationNumber = pb.Identifier.Value
		}
	}
	for i, cc := range hs.Category {
		path := fmt.Sprintf("category[%d]", i)
		r, err := ownCode(cc, path, bad, SystemVolven9040)
		if err != nil {
			return o, err
		}
		a, ok := taxonomy.FromRef[taxonomy.Arena](r)
		if !ok || o.Provider.Arena != 0 {
			return o, bad(path, "want one arena code")
		}
		o.Provider.Arena = a
	}
	for i, cc := range hs.Type {
		path := fmt.Sprintf("type[%d]", i)
		r, err := ownCode(cc, path, bad, SystemServiceType)
		if err != nil {
			return o, err
		}
		m, ok := taxonomy.FromRef[taxonomy.Method](r)
		if !ok {
			return o, bad(path, "want a method code")
		}
		o.Methods = append(o.Methods, m)
	}
	for i, cc := range hs.Program {
		path := fmt.Sprintf("program[%d]", i)
		r, err := ownCode(cc, path, bad, "")
		if err != nil {
			return o, err
		}
		p, ok := taxonomy.FromRef[taxonomy.Programme](r)
		if !ok || o.Programme != 0 {
			return o, bad(path, "want one programme code")
		}
		o.Programme = p
	}
	if err := readEligibility(&o, hs.Eligibility, bad); err != nil {
		return o, err
	}
	if err := readCharacteristics(&o, hs.Characteristic, bad); err != nil {
		return o, err
	}
	for i, cc := range hs.Communication {
		if len(cc.Coding) != 1 || cc.Coding[0].System != SystemBCP47 || cc.Coding[0].Code == "" {
			return o, bad(fmt.Sprintf("communication[%d]", i), "want one coding in %s", SystemBCP47)
		}
		o.Languages = append(o.Languages, cc.Coding[0].Code)
	}
	for i, cc := range hs.ServiceProvisionCode {
		path := fmt.Sprintf("serviceProvisionCode[%d]", i)
		if len(cc.Coding) != 1 || cc.Coding[0].System != SystemServiceProvision {
			return o, bad(path, "want one coding in %s", SystemServiceProvision)
		}
		switch cc.Coding[0].Code {
		case "free":
			o.Frames.Cost.Free = true
		case "cost", "disc":
		default:
			return o, bad(path, "unknown code %q", cc.Coding[0].Code)
		}
	}
	for i, ref := range hs.CoverageArea {
		path := fmt.Sprintf("coverageArea[%d]", i)
		if ref.Identifier == nil || !slices.Contains(kommunenummerSystems, ref.Identifier.System) || !geo.IsValid(ref.Identifier.Value) {
			return o, bad(path, "want an identifier with a valid kommunenummer")
		}
		o.Coverage.Municipalities = append(o.Coverage.Municipalities, ref.Identifier.Value)
	}
	if err := readPlace(&o, hs, bad); err != nil {
		return o, err
	}
	for i, t := range hs.Telecom {
		var field *string
		switch t.System {
		case "phone":
			field = &o.Contact.Phone
		case "email":
			field = &o.Contact.Email
		case "url":
			field = &o.URL
		}
		if field == nil || *field != "" || t.Value == "" {
			return o, bad(fmt.Sprintf("telecom[%d]", i), "want at most one phone, one email and one url, each with a value")
		}
		*field = t.Value
	}
	if err := readAvailableTimes(&o.Schedule, hs.AvailableTime, bad); err != nil {
		return o, err
	}
	if err := readExtensions(&o, hs.Extension, bad); err != nil {
		return o, err
	}
	if o.Status == 0 && hs.Active != nil && *hs.Active {
		o.Status = lmh.StatusActive
	}
	return o, nil
}

type badFunc func(path, format string, args ...any) error

// ownCode returns the vocabulary code of a CodeableConcept: exactly one
// coding of one of the package's CodeSystems, beside codings of skip.
func ownCode(cc CodeableConcept, path string, bad badFunc, skip string) (taxonomy.Ref, error) {
	var found taxonomy.Ref
	for j, c := range cc.Coding {
		p := fmt.Sprintf("%s.coding[%d]", path, j)
		if skip != "" && c.System == skip {
			continue
		}
		f, ok := FacetOf(c.System)
		if !ok {
			return taxonomy.Ref{}, bad(p, "unknown system %q", c.System)
		}
		r, err := taxonomy.ParseRef(f.String() + ":" + c.Code)
		if err != nil || r.Code() != c.Code {
			return taxonomy.Ref{}, bad(p, "unknown code %q in %s", c.Code, c.System)
		}
		if !found.IsZero() {
			return taxonomy.Ref{}, bad(p, "more than one vocabulary code")
		}
		found = r
	}
	if found.IsZero() {
		return taxonomy.Ref{}, bad(path, "no vocabulary code")
	}
	return found, nil
}

func readTranslations(o *lmh.Offering, e *Element, path string, bad badFunc, set func(*lmh.Translation, string)) error {
	if e == nil {
		return nil
	}
	for i, x := range e.Extension {
		p := fmt.Sprintf("%s.extension[%d]", path, i)
		if x.URL != ExtTranslation {
			return bad(p, "unknown extension %q", x.URL)
		}
		var lang, content string
		for _, s := range x.Extension {
			switch s.URL {
			case "lang":
				lang = s.ValueCode
			case "content":
				content = s.ValueString
			default:
				return bad(p, "unknown part %q", s.URL)
			}
		}
		l, err := taxonomy.ParseLang(lang)
		if err != nil || content == "" {
			return bad(p, "want lang and content")
		}
		k := slices.IndexFunc(o.Translations, func(t lmh.Translation) bool { return t.Lang == l })
		if k < 0 {
			o.Translations = append(o.Translations, lmh.Translation{Lang: l})
			k = len(o.Translations) - 1
		}
		set(&o.Translations[k], content)
	}
	return nil
}

func readEligibility(o *lmh.Offering, es []Eligibility, bad badFunc) error {
	tg := &o.TargetGroup
	for i, e := range es {
		path := fmt.Sprintf("eligibility[%d]", i)
		if len(e.Extension) > 0 {
			if len(e.Extension) != 1 || e.Extension[0].URL != ExtAgeRange || e.Extension[0].ValueRange == nil {
				return bad(path+".extension", "want one %s", ExtAgeRange)
			}
			rg := e.Extension[0].ValueRange
			lo, err := wholeYears(rg.Low)
			if err != nil {
				return bad(path+".extension[0].valueRange.low", "%v", err)
			}
			hi := 0
			if rg.High != nil {
				if hi, err = wholeYears(rg.High); err != nil {
					return bad(path+".extension[0].valueRange.high", "%v", err)
				}
			}
			tg.Ages = lmh.AgeRange{Min: lo, Max: hi}
			continue // the age-group codes are derived from the range
		}
		if e.Code == nil || len(e.Code.Coding) != 1 {
			return bad(path+".code", "want one coding")
		}
		c := e.Code.Coding[0]
		switch c.System {
		case SystemICD10, SystemICD10NO:
			tg.ICD10 = append(tg.ICD10, c.Code)
			continue
		case SystemICPC2:
			tg.ICPC2 = append(tg.ICPC2, c.Code)
			continue
		}
		r, err := ownCode(*e.Code, path+".code", bad, "")
		if err != nil {
			return err
		}
		if x, ok := taxonomy.FromRef[taxonomy.Role](r); ok {
			tg.Roles = append(tg.Roles, x)
		} else if x, ok := taxonomy.FromRef[taxonomy.Condition](r); ok {
			tg.Conditions = append(tg.Conditions, x)
		} else {
			return bad(path+".code", "want a role, condition or age code, got %s", r.Facet())
		}
	}
	return nil
}

func wholeYears(q *Quantity) (int, error) {
	if q == nil || q.Value == nil {
		return 0, errors.New("no value")
	}
	if q.Code != "a" || q.System != SystemUCUM {
		return 0, errors.New("want UCUM unit a (years)")
	}
	v := *q.Value
	if v != math.Trunc(v) || v < 0 || v > taxonomy.MaxAge {
		return 0, errors.New("want whole years from 0 to " + strconv.Itoa(taxonomy.MaxAge))
	}
	return int(v), nil
}

func readCharacteristics(o *lmh.Offering, ccs []CodeableConcept, bad badFunc) error {
	for i, cc := range ccs {
		path := fmt.Sprintf("characteristic[%d]", i)
		if len(cc.Coding) == 1 && cc.Coding[0].System == SystemCharacteristic {
			switch cc.Coding[0].Code {
			case "referral-required", "referral-not-required":
				if o.Frames.ReferralRequired != lmh.NotStated {
					return bad(path, "referral stated twice")
				}
				o.Frames.ReferralRequired = lmh.StatedAs(cc.Coding[0].Code == "referral-required")
			case "registration-required", "registration-not-required":
				if o.Frames.RegistrationRequired != lmh.NotStated {
					return bad(path, "registration stated twice")
				}
				o.Frames.RegistrationRequired = lmh.StatedAs(cc.Coding[0].Code == "registration-required")
			case "peer-co-leaders":
				o.Participation.PeerCoLeaders = true
			default:
				return bad(path, "unknown code %q in %s", cc.Coding[0].Code, SystemCharacteristic)
			}
			continue
		}
		r, err := ownCode(cc, path, bad, "")
		if err != nil {
			return err
		}
		once := func(set bool) error {
			if set {
				return bad(path, "more than one %s", r.Facet())
			}
			return nil
		}
		switch r.Facet() {
		case taxonomy.FacetFormat:
			if err := once(o.Format != 0); err != nil {
				return err
			}
			o.Format, _ = taxonomy.FromRef[taxonomy.Format](r)
		case taxonomy.FacetDelivery:
			if err := once(o.Delivery != 0); err != nil {
				return err
			}
			o.Delivery, _ = taxonomy.FromRef[taxonomy.Delivery](r)
		case taxonomy.FacetScope:
			if err := once(o.Scope != 0); err != nil {
				return err
			}
			o.Scope, _ = taxonomy.FromRef[taxonomy.Scope](r)
		case taxonomy.FacetGoal:
			x, _ := taxonomy.FromRef[taxonomy.Goal](r)
			o.Goals = append(o.Goals, x)
		case taxonomy.FacetServiceLevel:
			x, _ := taxonomy.FromRef[taxonomy.ServiceLevel](r)
			o.ServiceLevels = append(o.ServiceLevels, x)
		case taxonomy.FacetTheme:
			x, _ := taxonomy.FromRef[taxonomy.Theme](r)
			o.Themes = append(o.Themes, x)
		case taxonomy.FacetAccessibility:
			x, _ := taxonomy.FromRef[taxonomy.Accessibility](r)
			o.Accessibility = append(o.Accessibility, x)
		case taxonomy.FacetParticipation:
			x, _ := taxonomy.FromRef[taxonomy.Participation](r)
			o.Participation.Stages = append(o.Participation.Stages, x)
		default:
			return bad(path, "a %s code is not a characteristic", r.Facet())
		}
	}
	return nil
}

func readPlace(o *lmh.Offering, hs *HealthcareService, bad badFunc) error {
	if len(hs.Location) > 1 {
		return bad("location", "want at most one")
	}
	if len(hs.Location) == 0 {
		if len(hs.Contained) > 0 {
			return bad("contained", "a contained resource that nothing refers to")
		}
		return nil
	}
	ref := hs.Location[0].Reference
	k := slices.IndexFunc(hs.Contained, func(l Location) bool { return "#"+l.ID == ref })
	if k < 0 || len(hs.Contained) != 1 {
		return bad("location[0]", "want a reference to the one contained Location")
	}
	loc := hs.Contained[k]
	if loc.Name != "-" {
		o.Place.Name = loc.Name
	}
	if a := loc.Address; a != nil {
		o.Place.Address = a.Text
		for i, x := range a.Extension {
			p := fmt.Sprintf("contained[%d].address.extension[%d]", k, i)
			if x.URL != ExtNoBasisMunicipality || x.ValueCoding == nil {
				return bad(p, "unknown extension %q", x.URL)
			}
			nr, err := kommunenummer(x.ValueCoding)
			if err != nil {
				return bad(p, "%v", err)
			}
			o.Place.Municipality = nr
		}
	}
	return nil
}

func kommunenummer(c *Coding) (string, error) {
	if !slices.Contains(kommunenummerSystems, c.System) {
		return "", fmt.Errorf("unknown kommunenummer system %q", c.System)
	}
	if !geo.IsValid(c.Code) {
		return "", fmt.Errorf("unknown kommunenummer %q", c.Code)
	}
	return c.Code, nil
}

func readExtensions(o *lmh.Offering, exts []Extension, bad badFunc) error {
	for i, x := range exts {
		path := fmt.Sprintf("extension[%d]", i)
		var err error
		switch x.URL {
		case ExtStatus:
			o.Status, err = lmh.ParseStatus(x.ValueCode)
		case ExtProviderMunicipality:
			if x.ValueCoding == nil {
				return bad(path, "want valueCoding")
			}
			o.Provider.Municipality, err = kommunenummer(x.ValueCoding)
		case ExtProviderHealthTrust:
			o.Provider.HealthTrust = x.ValueBoolean != nil && *x.ValueBoolean
		case ExtHealthLiteracy:
			var a lmh.Adaptation
			if a, err = lmh.ParseAdaptation(x.ValueCode); err == nil {
				o.TargetGroup.HealthLiteracy = append(o.TargetGroup.HealthLiteracy, a)
			}
		case ExtFee:
			if x.ValueMoney == nil || x.ValueMoney.Value == nil || x.ValueMoney.Currency != "NOK" || *x.ValueMoney.Value != math.Trunc(*x.ValueMoney.Value) {
				return bad(path, "want valueMoney in whole NOK")
			}
			o.Frames.Cost.FeeNOK = int(*x.ValueMoney.Value)
		case ExtExcludeCondition:
			if x.ValueCodeableConcept == nil {
				return bad(path, "want valueCodeableConcept")
			}
			r, err := ownCode(*x.ValueCodeableConcept, path+".valueCodeableConcept", bad, "")
			if err != nil {
				return err
			}
			c, ok := taxonomy.FromRef[taxonomy.Condition](r)
			if !ok {
				return bad(path, "want a condition code, got %s", r.Facet())
			}
			o.TargetGroup.ExcludeConditions = append(o.TargetGroup.ExcludeConditions, c)
		case ExtRegistrationDeadline:
			if o.Frames.RegistrationDeadline, err = lmh.ParseDate(x.ValueDate); err != nil {
				return bad(path, "want valueDate: %v", err)
			}
		case ExtSessions:
			if x.ValueInteger == nil {
				return bad(path, "want valueInteger")
			}
			o.Frames.Sessions = *x.ValueInteger
		case ExtHours:
			if x.ValueDecimal == nil {
				return bad(path, "want valueDecimal")
			}
			o.Frames.Hours = *x.ValueDecimal
		case ExtCapacity:
			for j, s := range x.Extension {
				if s.ValueInteger == nil {
					return bad(fmt.Sprintf("%s.extension[%d]", path, j), "want valueInteger")
				}
				switch s.URL {
				case "min":
					o.Frames.Capacity.Min = *s.ValueInteger
				case "max":
					o.Frames.Capacity.Max = *s.ValueInteger
				case "enrolled":
					o.Frames.Capacity.Enrolled = *s.ValueInteger
				default:
					return bad(fmt.Sprintf("%s.extension[%d]", path, j), "unknown part %q", s.URL)
				}
			}
		case ExtSchedule:
			err = readSchedule(&o.Schedule, x.Extension, path, bad)
		case ExtCoverage:
			err = readCoverage(&o.Coverage, x.Extension, path, bad)
		case ExtTeam:
			var p lmh.Profession
			if p, err = lmh.ParseProfession(x.ValueCode); err == nil {
				o.Team = append(o.Team, p)
			}
		case ExtEvaluation:
			o.Evaluation, err = lmh.ParseEvaluationMethod(x.ValueCode)
		default:
			return bad(path, "unknown extension %q", x.URL)
		}
		if err != nil {
			if errors.Is(err, ErrInvalidResource) {
				return err
			}
			return bad(path, "%v", err)
		}
	}
	return nil
}

func readSchedule(s *lmh.Schedule, parts []Extension, path string, bad badFunc) error {
	for j, p := range parts {
		pp := fmt.Sprintf("%s.extension[%d]", path, j)
		var err error
		switch p.URL {
		case "period":
			if p.ValuePeriod == nil {
				return bad(pp, "want valuePeriod")
			}
			if p.ValuePeriod.Start != "" {
				if s.Start, err = lmh.ParseDate(p.ValuePeriod.Start); err != nil {
					return bad(pp+".valuePeriod.start", "%v", err)
				}
			}
			if p.ValuePeriod.End != "" {
				if s.End, err = lmh.ParseDate(p.ValuePeriod.End); err != nil {
					return bad(pp+".valuePeriod.end", "%v", err)
				}
			}
		case "date":
			d, err := lmh.ParseDate(p.ValueDate)
			if err != nil {
				return bad(pp, "%v", err)
			}
			s.Dates = append(s.Dates, d)
		case "ongoing":
			s.Ongoing = p.ValueBoolean != nil && *p.ValueBoolean
		case "time-slot":
			t, err := lmh.ParseTimeSlot(p.ValueCode)
			if err != nil {
				return bad(pp, "%v", err)
			}
			s.Times = append(s.Times, t)
		default:
			return bad(pp, "unknown part %q", p.URL)
		}
	}
	return nil
}

func readCoverage(c *lmh.Coverage, parts []Extension, path string, bad badFunc) error {
	for j, p := range parts {
		pp := fmt.Sprintf("%s.extension[%d]", path, j)
		switch p.URL {
		case "national":
			c.National = p.ValueBoolean != nil && *p.ValueBoolean
		case "county":
			if _, ok := geo.LookupCounty(p.ValueCode); !ok {
				return bad(pp, "unknown fylkesnummer %q", p.ValueCode)
			}
			c.Counties = append(c.Counties, p.ValueCode)
		case "health-region":
			r, err := geo.ParseHealthRegion(p.ValueCode)
			if err != nil {
				return bad(pp, "%v", err)
			}
			c.HealthRegions = append(c.HealthRegions, r)
		default:
			return bad(pp, "unknown part %q", p.URL)
		}
	}
	return nil
}

// readAvailableTimes reads availableTime as weekly meetings: one per day of
// the week of each entry, with its start and end times. Times must be whole
// minutes; allDay has no place in the model and is an error.
func readAvailableTimes(s *lmh.Schedule, ats []AvailableTime, bad badFunc) error {
	for i, at := range ats {
		path := fmt.Sprintf("availableTime[%d]", i)
		if at.AllDay != nil {
			return bad(path+".allDay", "not supported")
		}
		if len(at.DaysOfWeek) == 0 {
			return bad(path+".daysOfWeek", "want at least one day")
		}
		var w lmh.WeeklyTime
		var err error
		if w.Start, err = clockOf(at.AvailableStartTime); err != nil {
			return bad(path+".availableStartTime", "%v", err)
		}
		if w.End, err = clockOf(at.AvailableEndTime); err != nil {
			return bad(path+".availableEndTime", "%v", err)
		}
		for j, code := range at.DaysOfWeek {
			k := slices.Index(dayCodes[:], code)
			if k <= 0 {
				return bad(fmt.Sprintf("%s.daysOfWeek[%d]", path, j), "unknown day %q", code)
			}
			w.Weekday = lmh.Weekday(k)
			s.Weekly = append(s.Weekly, w)
		}
	}
	return nil
}

// clockOf reads an R4 time "HH:MM:SS" with zero seconds; "" is unset.
func clockOf(s string) (lmh.ClockTime, error) {
	if s == "" {
		return lmh.ClockTime{}, nil
	}
	if len(s) != 8 || s[5:] != ":00" {
		return lmh.ClockTime{}, fmt.Errorf("want HH:MM:00, got %q", s)
	}
	return lmh.ParseClockTime(s[:5])
}
