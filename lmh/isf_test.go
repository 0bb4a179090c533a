package lmh

import (
	"slices"
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/taxonomy"
)

func TestCheckISF(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(o *Offering)
		unmet  []ISFCriterion
		causes map[ISFCriterion]string
	}{
		{"qualifies", func(o *Offering) {}, nil, map[ISFCriterion]string{ISFReferral: "met", ISFTeachingHours: "met",
			ISFInterdisciplinary: "met", ISFUserCompetence: "peer_co_leaders", ISFHealthTrust: "met"}},
		{"exactly seven hours", func(o *Offering) { o.Frames.Hours = 7 }, nil, nil},
		{"no referral", func(o *Offering) { o.Frames.ReferralRequired = No }, []ISFCriterion{ISFReferral},
			map[ISFCriterion]string{ISFReferral: "no_referral"}},
		{"referral not stated", func(o *Offering) { o.Frames.ReferralRequired = NotStated }, []ISFCriterion{ISFReferral},
			map[ISFCriterion]string{ISFReferral: "not_stated"}},
		{"six and a half hours", func(o *Offering) { o.Frames.Hours = 6.5 }, []ISFCriterion{ISFTeachingHours},
			map[ISFCriterion]string{ISFTeachingHours: "too_few"}},
		{"hours not stated", func(o *Offering) { o.Frames.Hours = 0 }, []ISFCriterion{ISFTeachingHours},
			map[ISFCriterion]string{ISFTeachingHours: "not_stated"}},
		{"one profession twice", func(o *Offering) { o.Team = []Profession{Nurse, Nurse} }, []ISFCriterion{ISFInterdisciplinary},
			map[ISFCriterion]string{ISFInterdisciplinary: "too_few"}},
		{"no team", func(o *Offering) { o.Team = nil }, []ISFCriterion{ISFInterdisciplinary},
			map[ISFCriterion]string{ISFInterdisciplinary: "not_stated"}},
		{"users in delivery", func(o *Offering) {
			o.Participation = UserParticipation{Stages: []taxonomy.Participation{taxonomy.ParticipationDelivery}}
		}, nil, map[ISFCriterion]string{ISFUserCompetence: "users_in_delivery"}},
		{"users only in planning", func(o *Offering) {
			o.Participation = UserParticipation{Stages: []taxonomy.Participation{taxonomy.ParticipationPlanning}}
		}, []ISFCriterion{ISFUserCompetence}, map[ISFCriterion]string{ISFUserCompetence: "not_in_delivery"}},
		{"municipal", func(o *Offering) { o.Provider.Arena = taxonomy.ArenaMunicipal; o.Provider.HealthTrust = false },
			[]ISFCriterion{ISFHealthTrust}, map[ISFCriterion]string{ISFHealthTrust: "arena"}},
		{"private specialist", func(o *Offering) { o.Provider.HealthTrust = false },
			[]ISFCriterion{ISFHealthTrust}, map[ISFCriterion]string{ISFHealthTrust: "not_health_trust"}},
		{"nothing", func(o *Offering) { *o = Offering{} },
			[]ISFCriterion{ISFReferral, ISFTeachingHours, ISFInterdisciplinary, ISFUserCompetence, ISFHealthTrust}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := goodOffering()
			tt.mutate(&o)
			r := CheckISF(&o)
			if len(r.Findings) != 5 {
				t.Fatalf("%d findings, want 5", len(r.Findings))
			}
			for i, f := range r.Findings {
				if f.Criterion != ISFCriterion(i+1) {
					t.Errorf("finding %d is %s", i, f.Criterion)
				}
				for _, l := range taxonomy.Langs() {
					reason := f.Reason(l)
					if reason == "" || strings.Contains(reason, "{") || strings.HasPrefix(reason, f.Criterion.String()+":") {
						t.Errorf("%s/%s reason in %s = %q", f.Criterion, f.Cause, l, reason)
					}
				}
				if want, ok := tt.causes[f.Criterion]; ok && f.Cause != want {
					t.Errorf("%s cause = %s, want %s", f.Criterion, f.Cause, want)
				}
			}
			if got := r.Unmet(); !slices.Equal(got, tt.unmet) {
				t.Errorf("unmet = %v, want %v", got, tt.unmet)
			}
			if r.Qualifies() != (len(tt.unmet) == 0) {
				t.Errorf("Qualifies = %v", r.Qualifies())
			}
		})
	}
}

func TestISFReasonText(t *testing.T) {
	o := goodOffering()
	o.Frames.Hours = 5.5
	o.Team = []Profession{Nurse}
	r := CheckISF(&o)
	if got := r.Findings[1].Reason(taxonomy.NB); got != "bare 5.5 undervisningstimer; minst 7 kreves" {
		t.Errorf("hours nb = %q", got)
	}
	if got := r.Findings[2].Reason(taxonomy.EN); got != "only one profession (nurse); at least 2 are required" {
		t.Errorf("team en = %q", got)
	}
	if got := r.Findings[2].Reason(taxonomy.NN); got != "berre éi yrkesgruppe (sjukepleiar); minst 2 trengst" {
		t.Errorf("team nn = %q", got)
	}
	o.Provider.Arena = taxonomy.ArenaVoluntary
	if got := CheckISF(&o).Findings[4].Reason(taxonomy.NB); !strings.Contains(got, taxonomy.ArenaVoluntary.Label(taxonomy.NB)) {
		t.Errorf("arena nb = %q", got)
	}
}

func TestISFOnSample(t *testing.T) {
	// The sample has hospital programmes that qualify and others that fail
	// on one criterion each; both kinds must be present for the check to
	// mean anything on real data.
	q, notTrust := 0, 0
	for _, o := range SampleCatalogueOn(SampleDay) {
		r := CheckISF(&o)
		if r.Qualifies() {
			q++
			if o.Provider.Arena != taxonomy.ArenaSpecialist {
				t.Errorf("%q qualifies but is not specialist", o.Name)
			}
		}
		if slices.Equal(r.Unmet(), []ISFCriterion{ISFHealthTrust}) {
			notTrust++
		}
	}
	if q < 5 || notTrust < 1 {
		t.Errorf("qualifying = %d, failing only on health trust = %d", q, notTrust)
	}
}
