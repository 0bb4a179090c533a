package lmh

import (
	"time"

	"github.com/google/uuid"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// Offering is one lærings- og mestringstilbud: a bounded course, group or
// series of one-to-one sessions, described the way the field plans one —
// target group, goals, frames, content and methods, evaluation — with every
// facet value a typed code of the taxonomy.
//
// The JSON form uses the snake_case names in the field tags; they are
// stable. An Offering is a plain value: safe for concurrent reads, not for
// concurrent writes. Its slices are shared when the struct is copied; use
// Clone for a deep copy.
type Offering struct {
	// ID identifies the offering; it is required.
	ID uuid.UUID `json:"id" validate:"required"`
	// Lang is the language Name and Description are written in: nb or nn.
	Lang taxonomy.Lang `json:"lang" validate:"required,doclang"`
	// Name is the title as the provider writes it, e.g.
	// "Leve med kols – kurs for pasienter og pårørende".
	Name string `json:"name" validate:"required,max=200"`
	// Description is the provider's text about the offering.
	Description string `json:"description,omitempty" validate:"max=5000"`
	// Translations are optional names and descriptions in other languages.
	Translations []Translation `json:"translations,omitempty" validate:"dive"`
	// Provider is who runs the offering.
	Provider Provider `json:"provider"`
	// Format is group or individual.
	Format taxonomy.Format `json:"format" validate:"required,format"`
	// Programme is the named programme the offering follows (KiD, SMIL …),
	// or zero if none.
	Programme taxonomy.Programme `json:"programme,omitempty" validate:"omitempty,programme"`
	// TargetGroup is whom the offering is for.
	TargetGroup TargetGroup `json:"target_group"`
	// Goals are what participants are to achieve.
	Goals []taxonomy.Goal `json:"goals,omitempty" validate:"dive,goal"`
	// ServiceLevels place the offering in the service, from health
	// promotion to palliative care.
	ServiceLevels []taxonomy.ServiceLevel `json:"service_levels,omitempty" validate:"dive,service_level"`
	// Methods are the pedagogical working methods used.
	Methods []taxonomy.Method `json:"methods,omitempty" validate:"dive,method"`
	// Delivery is in person, digital or hybrid.
	Delivery taxonomy.Delivery `json:"delivery" validate:"required,delivery"`
	// Scope is diagnosis-specific, cross-diagnostic, theme-specific or
	// living with illness in general.
	Scope taxonomy.Scope `json:"scope" validate:"required,scope"`
	// Themes are the subjects the content covers.
	Themes []taxonomy.Theme `json:"themes,omitempty" validate:"dive,theme"`
	// Frames are the extent, capacity, cost and admission rules.
	Frames Frames `json:"frames"`
	// Schedule is when the offering meets.
	Schedule Schedule `json:"schedule,omitzero"`
	// Place is where an in-person or hybrid offering meets.
	Place Place `json:"place,omitzero"`
	// Coverage is whom the offering is open to by where they live.
	Coverage Coverage `json:"coverage"`
	// Languages are the languages the offering is held in, as BCP 47 tags
	// ("nb", "nn", "se", "en", "pl").
	Languages []string `json:"languages" validate:"required,dive,bcp47"`
	// Accessibility lists the adaptations offered (interpreter, sign
	// language, easy language, universal design, hearing loop).
	Accessibility []taxonomy.Accessibility `json:"accessibility,omitempty" validate:"dive,accessibility"`
	// Participation declares how users take part (brukermedvirkning).
	Participation UserParticipation `json:"user_participation"`
	// Team lists the professions that run the offering.
	Team []Profession `json:"team,omitempty" validate:"dive,enum"`
	// Evaluation is how the offering is evaluated, or zero if not stated.
	Evaluation EvaluationMethod `json:"evaluation,omitempty" validate:"omitempty,enum"`
	// Contact is the provider's public phone and e-mail for the offering.
	Contact Contact `json:"contact,omitzero"`
	// URL is the offering's web page, if any.
	URL string `json:"url,omitempty" validate:"omitempty,http_url,max=500"`
	// Status says whether the offering is active, paused or ended.
	Status Status `json:"status" validate:"required,enum"`
	// LastModified is when the record was last changed.
	LastModified time.Time `json:"last_modified" validate:"required"`
}

// Translation is an offering's name and description in another language.
type Translation struct {
	// Lang is the language of the translation: nb, nn or en.
	Lang taxonomy.Lang `json:"lang" validate:"required,lang"`
	// Name is the translated name.
	Name string `json:"name" validate:"required,max=200"`
	// Description is the translated description, if any.
	Description string `json:"description,omitempty" validate:"max=5000"`
}

// Provider is the organisation that runs an offering.
type Provider struct {
	// Name is the organisation's name ("Lærings- og mestringssenteret,
	// Sykehuset Innlandet").
	Name string `json:"name" validate:"required,max=200"`
	// Arena is the part of society the provider belongs to.
	Arena taxonomy.Arena `json:"arena" validate:"required,arena"`
	// OrganisationNumber is the nine-digit organisasjonsnummer from
	// Enhetsregisteret, if known.
	OrganisationNumber string `json:"organisation_number,omitempty" validate:"omitempty,orgnr"`
	// Municipality is the kommunenummer of the provider's address.
	Municipality string `json:"municipality,omitempty" validate:"omitempty,kommunenummer"`
	// HealthTrust reports that the provider is a helseforetak (health
	// trust) or one of its hospitals.
	HealthTrust bool `json:"health_trust,omitempty"`
}

// Place is where an offering meets.
type Place struct {
	// Name is the venue ("Frisklivssentralen i Bodø").
	Name string `json:"name,omitempty" validate:"max=200"`
	// Address is the street address.
	Address string `json:"address,omitempty" validate:"max=200"`
	// Municipality is the kommunenummer of the venue.
	Municipality string `json:"municipality,omitempty" validate:"omitempty,kommunenummer"`
}

// IsZero reports whether no part of the place is set.
func (p Place) IsZero() bool { return p == Place{} }

// NameIn returns the offering's name in language l: the name itself if l is
// its language, a translation if there is one, otherwise the name as written.
func (o *Offering) NameIn(l taxonomy.Lang) string {
	if l == o.Lang {
		return o.Name
	}
	for _, t := range o.Translations {
		if t.Lang == l && t.Name != "" {
			return t.Name
		}
	}
	return o.Name
}

// IsDigital reports whether the offering can be followed from home:
// its delivery is digital or hybrid.
func (o *Offering) IsDigital() bool {
	return o.Delivery == taxonomy.DeliveryDigital || o.Delivery == taxonomy.DeliveryHybrid
}

// IsOpen reports whether the offering is active and has a free seat (or
// does not state its enrolment).
func (o *Offering) IsOpen() bool {
	return o.Status == StatusActive && !o.Frames.Capacity.Full()
}

// Clone returns a deep copy of o.
func (o *Offering) Clone() Offering {
	c := *o
	c.Translations = cloneSlice(o.Translations)
	c.Goals = cloneSlice(o.Goals)
	c.ServiceLevels = cloneSlice(o.ServiceLevels)
	c.Methods = cloneSlice(o.Methods)
	c.Themes = cloneSlice(o.Themes)
	c.TargetGroup = o.TargetGroup.clone()
	c.Schedule = o.Schedule.clone()
	c.Coverage = o.Coverage.clone()
	c.Languages = cloneSlice(o.Languages)
	c.Accessibility = cloneSlice(o.Accessibility)
	c.Participation.Stages = cloneSlice(o.Participation.Stages)
	c.Team = cloneSlice(o.Team)
	return c
}

// cloneSlice copies s, keeping nil as nil.
func cloneSlice[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S(make([]E, 0, len(s))), s...)
}
