package lmh

import (
	"errors"
	"strconv"
	"strings"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// ISFMinHours is the least number of teaching hours a patient-education
// programme must have to count under the ISF rules as this package applies
// them.
const ISFMinHours = 7

// ISFCriterion is one of the conditions under which a hospital's
// patient-education programme (pasient- og pårørendeopplæring) can be
// reported for activity-based financing (innsatsstyrt finansiering, ISF).
type ISFCriterion uint8

// The ISF criteria, in the order CheckISF reports them.
const (
	ISFReferral          ISFCriterion = iota + 1 // participants are referred
	ISFTeachingHours                             // at least ISFMinHours teaching hours
	ISFInterdisciplinary                         // at least two professions in the team
	ISFUserCompetence                            // people with user competence take part in delivery
	ISFHealthTrust                               // run by a health trust in the specialist service
)

var isfCodes = [...]string{"", "referral", "teaching_hours", "interdisciplinary", "user_competence", "health_trust"}

// String returns the stable code of the criterion ("teaching_hours").
func (c ISFCriterion) String() string {
	if int(c) < len(isfCodes) {
		return isfCodes[c]
	}
	return "ISFCriterion(" + strconv.Itoa(int(c)) + ")"
}

// MarshalText returns the stable code, so JSON carries "teaching_hours".
func (c ISFCriterion) MarshalText() ([]byte, error) {
	if c == 0 || int(c) >= len(isfCodes) {
		return nil, errors.New("lmh: invalid ISF criterion " + c.String())
	}
	return []byte(isfCodes[c]), nil
}

// UnmarshalText parses a criterion code.
func (c *ISFCriterion) UnmarshalText(b []byte) error {
	for i := 1; i < len(isfCodes); i++ {
		if string(b) == isfCodes[i] {
			*c = ISFCriterion(i)
			return nil
		}
	}
	return &EnumError{Enum: "ISF criterion", Value: string(b)}
}

// ISFFinding is the outcome of one criterion: whether it is met, and the
// facts it was decided on, so the reason can be shown in any language.
type ISFFinding struct {
	// Criterion is the criterion the finding is about.
	Criterion ISFCriterion `json:"criterion"`
	// Met reports whether the offering, as its record states it, meets
	// the criterion.
	Met bool `json:"met"`
	// Have is what the offering states, e.g. "5.5" hours or
	// "nurse,physician"; "" when it states nothing.
	Have string `json:"have,omitempty"`
	// Want is what the criterion asks for, e.g. "7" hours or "2" professions.
	Want string `json:"want,omitempty"`
	// Cause is a short stable code for why the criterion is met or not
	// ("not_stated", "too_few", "met", "arena", "not_health_trust", …).
	Cause string `json:"cause"`
}

// ISFReport is the result of CheckISF: one finding per criterion. It is
// plain data owned by the caller: safe for concurrent reads.
type ISFReport struct {
	// Findings holds one finding per criterion, in the order of the
	// ISFCriterion constants.
	Findings []ISFFinding `json:"findings"`
}

// Qualifies reports whether every criterion is met.
func (r ISFReport) Qualifies() bool {
	for _, f := range r.Findings {
		if !f.Met {
			return false
		}
	}
	return len(r.Findings) > 0
}

// Unmet returns the criteria that are not met, in report order.
func (r ISFReport) Unmet() []ISFCriterion {
	var out []ISFCriterion
	for _, f := range r.Findings {
		if !f.Met {
			out = append(out, f.Criterion)
		}
	}
	return out
}

// CheckISF reports, criterion by criterion, whether o qualifies as a
// hospital patient-education programme under the ISF rules: participants
// need a referral; the programme has at least ISFMinHours teaching hours;
// it is interdisciplinary (two or more professions in Team); people with
// user competence take part in running it (peer co-leaders, or users in
// the delivery stage); and it is run by a health trust (Provider.Arena
// specialist and Provider.HealthTrust). Only a referral stated as required
// (Frames.ReferralRequired == Yes) meets the first. It judges the record as given and
// does not validate it; an unstated fact fails its criterion. The result is
// advisory: the financing rules themselves are set each year by the
// Norwegian Directorate of Health.
func CheckISF(o *Offering) ISFReport {
	r := ISFReport{Findings: make([]ISFFinding, 0, 5)}

	f := ISFFinding{Criterion: ISFReferral, Want: "true"}
	switch o.Frames.ReferralRequired {
	case Yes:
		f.Met, f.Have, f.Cause = true, "true", "met"
	case No:
		f.Have, f.Cause = "false", "no_referral"
	default:
		f.Cause = "not_stated"
	}
	r.Findings = append(r.Findings, f)

	f = ISFFinding{Criterion: ISFTeachingHours, Want: strconv.Itoa(ISFMinHours)}
	switch h := o.Frames.Hours; {
	case h == 0:
		f.Cause = "not_stated"
	case h < ISFMinHours:
		f.Have, f.Cause = strconv.FormatFloat(h, 'f', -1, 64), "too_few"
	default:
		f.Met, f.Have, f.Cause = true, strconv.FormatFloat(h, 'f', -1, 64), "met"
	}
	r.Findings = append(r.Findings, f)

	f = ISFFinding{Criterion: ISFInterdisciplinary, Want: "2"}
	profs := distinctProfessions(o.Team)
	f.Have = strings.Join(profs, ",")
	switch {
	case len(profs) == 0:
		f.Cause = "not_stated"
	case len(profs) < 2:
		f.Cause = "too_few"
	default:
		f.Met, f.Cause = true, "met"
	}
	r.Findings = append(r.Findings, f)

	f = ISFFinding{Criterion: ISFUserCompetence}
	switch {
	case o.Participation.PeerCoLeaders:
		f.Met, f.Cause = true, "peer_co_leaders"
	case o.Participation.In(taxonomy.ParticipationDelivery):
		f.Met, f.Cause = true, "users_in_delivery"
	default:
		f.Cause = "not_in_delivery"
	}
	r.Findings = append(r.Findings, f)

	f = ISFFinding{Criterion: ISFHealthTrust, Want: taxonomy.ArenaSpecialist.String(), Have: o.Provider.Arena.String()}
	switch {
	case o.Provider.Arena != taxonomy.ArenaSpecialist:
		f.Cause = "arena"
	case !o.Provider.HealthTrust:
		f.Cause = "not_health_trust"
	default:
		f.Met, f.Cause = true, "met"
	}
	r.Findings = append(r.Findings, f)
	return r
}

func distinctProfessions(team []Profession) []string {
	var out []string
	seen := map[Profession]bool{}
	for _, p := range team {
		if p.IsValid() && !seen[p] {
			seen[p] = true
			out = append(out, p.String())
		}
	}
	return out
}

// Reason returns a sentence explaining the finding in nb, nn or en.
func (f ISFFinding) Reason(l taxonomy.Lang) string {
	i := l.Index()
	t, ok := isfReasons[f.Criterion.String()+"/"+f.Cause]
	if !ok {
		return f.Criterion.String() + ": " + f.Cause
	}
	have := f.Have
	if f.Criterion == ISFInterdisciplinary && have != "" {
		labels := strings.Split(have, ",")
		for j, c := range labels {
			if p, err := ParseProfession(c); err == nil {
				labels[j] = p.Label(l)
			}
		}
		have = strings.Join(labels, ", ")
	}
	if f.Criterion == ISFHealthTrust {
		if a, err := taxonomy.ParseArena(have); err == nil {
			have = a.Label(l)
		}
	}
	return strings.NewReplacer("{have}", have, "{want}", f.Want).Replace(t[i])
}

var isfReasons = map[string][3]string{
	"referral/met":         {"deltakerne må ha henvisning", "deltakarane må ha tilvising", "participants need a referral"},
	"referral/no_referral": {"tilbudet krever ikke henvisning", "tilbodet krev ikkje tilvising", "the offering does not require a referral"},
	"referral/not_stated": {"det er ikke oppgitt om tilbudet krever henvisning", "det er ikkje oppgitt om tilbodet krev tilvising",
		"whether the offering requires a referral is not stated"},
	"teaching_hours/met": {"{have} undervisningstimer (minst {want})", "{have} undervisningstimar (minst {want})",
		"{have} teaching hours (at least {want})"},
	"teaching_hours/too_few": {"bare {have} undervisningstimer; minst {want} kreves", "berre {have} undervisningstimar; minst {want} trengst",
		"only {have} teaching hours; at least {want} are required"},
	"teaching_hours/not_stated": {"antall undervisningstimer er ikke oppgitt (minst {want} kreves)", "talet på undervisningstimar er ikkje oppgitt (minst {want} trengst)",
		"the number of teaching hours is not stated (at least {want} are required)"},
	"interdisciplinary/met": {"tverrfaglig team: {have}", "tverrfagleg team: {have}", "interdisciplinary team: {have}"},
	"interdisciplinary/too_few": {"bare én yrkesgruppe ({have}); minst {want} kreves", "berre éi yrkesgruppe ({have}); minst {want} trengst",
		"only one profession ({have}); at least {want} are required"},
	"interdisciplinary/not_stated": {"teamets yrkesgrupper er ikke oppgitt", "yrkesgruppene i teamet er ikkje oppgitte",
		"the professions in the team are not stated"},
	"user_competence/peer_co_leaders": {"likepersoner leder sammen med fagpersonene", "likepersonar leier saman med fagpersonane",
		"peers co-lead with the professionals"},
	"user_competence/users_in_delivery": {"brukere deltar i gjennomføringen", "brukarar er med i gjennomføringa",
		"users take part in the delivery"},
	"user_competence/not_in_delivery": {"ingen med brukerkompetanse deltar i gjennomføringen", "ingen med brukarkompetanse er med i gjennomføringa",
		"no one with user competence takes part in the delivery"},
	"health_trust/met": {"drives av et helseforetak i spesialisthelsetjenesten", "blir drive av eit helseføretak i spesialisthelsetenesta",
		"run by a health trust in the specialist health service"},
	"health_trust/arena": {"arenaen er {have}, ikke spesialisthelsetjenesten", "arenaen er {have}, ikkje spesialisthelsetenesta",
		"the arena is {have}, not the specialist health service"},
	"health_trust/not_health_trust": {"tilbyderen er ikke oppgitt som helseforetak", "tilbydaren er ikkje oppgitt som helseføretak",
		"the provider is not stated to be a health trust"},
}
