package lmh

import "github.com/lmhkit/lmhkit/taxonomy"

// Frames are the rammer of an offering: its extent, capacity, cost and
// admission rules. A plain value; safe for concurrent reads.
type Frames struct {
	// Sessions is the number of meetings, 0 if not stated.
	Sessions int `json:"sessions,omitempty" validate:"gte=0,lte=500"`
	// Hours is the total number of teaching hours, 0 if not stated.
	Hours float64 `json:"hours,omitempty" validate:"gte=0,lte=2000"`
	// Capacity is how many participants it takes.
	Capacity Capacity `json:"capacity"`
	// Cost is free or a fee; zero, and left out of the JSON, when not
	// stated (a reader would take "free": false for a statement).
	Cost Cost `json:"cost,omitzero"`
	// ReferralRequired says whether a referral (henvisning, tilvising) is
	// needed: Yes, No ("du trenger ingen henvisning", "du kan melde deg på
	// sjølv"), or NotStated. Only Yes counts as a referral for CheckISF.
	ReferralRequired Stated `json:"referral_required,omitzero" validate:"omitempty,enum"`
	// RegistrationRequired says whether participants must sign up
	// (påmelding): Yes, No (drop-in, "ingen påmelding"), or NotStated.
	RegistrationRequired Stated `json:"registration_required,omitzero" validate:"omitempty,enum"`
	// RegistrationDeadline is the påmeldingsfrist, zero if not stated.
	RegistrationDeadline Date `json:"registration_deadline,omitzero" validate:"omitzero,date"`
}

// Capacity is the number of participants an offering takes, and how many
// have enrolled. For a group offering Max is at least 2; for an individual
// offering it is 1.
type Capacity struct {
	// Min is the smallest number needed for the offering to run, 0 if none.
	Min int `json:"min,omitempty" validate:"gte=0"`
	// Max is the largest number of participants, 0 if not stated.
	Max int `json:"max,omitempty" validate:"gte=0"`
	// Enrolled is the number signed up for the next start, 0 if unknown.
	Enrolled int `json:"enrolled,omitempty" validate:"gte=0"`
}

// Available returns the number of free seats; ok is false when Max is not
// stated.
func (c Capacity) Available() (seats int, ok bool) {
	if c.Max == 0 {
		return 0, false
	}
	return max(c.Max-c.Enrolled, 0), true
}

// Full reports whether every seat is taken; an offering that states no
// maximum is never full.
func (c Capacity) Full() bool {
	n, ok := c.Available()
	return ok && n == 0
}

// Cost is what participation costs. Free and a positive fee exclude each
// other; neither set means the cost is not stated.
type Cost struct {
	// Free reports that participation costs nothing.
	Free bool `json:"free"`
	// FeeNOK is the fee (egenandel) in Norwegian kroner.
	FeeNOK int `json:"fee_nok,omitempty"`
}

// UserParticipation declares brukermedvirkning: in which stages users or
// user representatives take part, and whether peers (likepersoner,
// erfaringskonsulenter) co-lead. The sources make it a precondition of
// every offering.
type UserParticipation struct {
	// Stages are planning, delivery and/or evaluation.
	Stages []taxonomy.Participation `json:"stages,omitempty" validate:"dive,participation"`
	// PeerCoLeaders reports that people with lived experience lead
	// sessions together with the professionals.
	PeerCoLeaders bool `json:"peer_co_leaders,omitempty"`
}

// Declared reports whether any participation is declared.
func (u UserParticipation) Declared() bool { return len(u.Stages) > 0 || u.PeerCoLeaders }

// In reports whether users take part in stage p.
func (u UserParticipation) In(p taxonomy.Participation) bool {
	for _, s := range u.Stages {
		if s == p {
			return true
		}
	}
	return false
}
