package classify

import (
	"slices"
	"strings"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// conditions applies rule 10: the conditions the text names as its
// target. The roles read the second list: it keeps a condition named only
// as the field of a unit or an organisation ("de som har en tjeneste i
// psykisk helse og rus" are patients all the same).
func conditions(s *scratch) ([]taxonomy.Condition, []taxonomy.Condition, float64) {
	cs, conf := allOf[taxonomy.Condition](s, taxonomy.FacetCondition)
	cs = onlyJobs(s, cs)
	forRoles := s.forRoles[:0] // read by roleRules only, while s is in use
	defer func() { s.forRoles = forRoles[:0] }()
	var memo asideMemo
	out := cs[:0]
	for _, c := range cs {
		switch onlyAside(s, &memo, c) {
		case asideNone:
			out = append(out, c)
			forRoles = append(forRoles, c)
		case asideUnit:
			forRoles = append(forRoles, c)
		}
	}
	if len(forRoles) == len(out) {
		out = keepNamed(s, out)
		return out, out, conf
	}
	return keepNamed(s, out), keepNamed(s, forRoles), conf
}

// onlyJobs drops a condition whose every vote is a word that describes
// staff or a unit named right after it ("psykiatriske sykepleiere",
// "psykiatrisk sjukepleiar", staffAfter): the job, not what the offering
// is about. The votes stand for the in-scope features and the roles (a
// health word is named); only the conditions facet leaves them out.
func onlyJobs(s *scratch, cs []taxonomy.Condition) []taxonomy.Condition {
	out := cs[:0]
	for _, c := range cs {
		job := true
		for v := s.vals[refKey(c.Ref())].first; v > 0 && job; v = s.votes[v-1].next {
			s.work++
			x := &s.votes[v-1]
			job = x.weight <= 0 || x.ev.Term > 0 && staffAfter(s.partText(x.ev.Part), x.ev.End)
		}
		if !job {
			out = append(out, c)
		}
	}
	return out
}

// onlyAside tells whether every vote for c is a term in a sentence that
// names it aside from the offering's target (scratch.asideSentence), and
// whether as a unit's field only: asideNone where a vote names a target,
// asideUnit where every vote names a unit's field, asideOther otherwise;
// memo keeps the last sentence's reading.
// Like onlyJobs it works after the in-scope decision has read the votes.
func onlyAside(s *scratch, memo *asideMemo, c taxonomy.Condition) asideKind {
	kind := asideUnit
	for v := s.vals[refKey(c.Ref())].first; v > 0; v = s.votes[v-1].next {
		s.work++
		x := &s.votes[v-1]
		if x.weight <= 0 {
			continue
		}
		if x.ev.Term == 0 {
			return asideNone
		}
		switch s.asideSentence(memo, x.ev.Part, x.ev.Start, x.ev.End) {
		case asideNone:
			return asideNone
		case asideOther:
			kind = asideOther
		}
	}
	return kind
}

// keepNamed drops a condition that is an ancestor of another one given
// unless the text names it as a whole word of its own ("hjertesykdom"
// beside "hjerteinfarkt" stays; "hjerte" in "hjerteinfarkt" gives only the
// narrower one). A broader name that is the start of the narrower one's
// ("diabetes" beside "diabetes type 2") is a short form of it, not a
// broader target.
func keepNamed(s *scratch, cs []taxonomy.Condition) []taxonomy.Condition {
	out := cs[:0]
	s.work += len(cs) * len(cs)
	for _, c := range cs {
		broader, shortForm := false, false
		for _, d := range cs {
			if c != d && c.Subsumes(d) {
				broader = true
				shortForm = shortForm || strings.HasPrefix(d.Label(taxonomy.NB), c.Label(taxonomy.NB)+" ")
			}
		}
		if !broader || s.namedAsWord(c.Ref()) && !shortForm {
			out = append(out, c)
		}
	}
	return out
}

// scope applies rule 10.
func scope(s *scratch, conds []taxonomy.Condition, themes []taxonomy.Theme) (taxonomy.Scope, float64) {
	if c, ok := s.hasCue(cueAcross); ok {
		s.implied(taxonomy.ScopeCrossDiagnostic.Ref(), 1, s.cueEvidence(c, bNone), bAcrossDiagnoses)
		return taxonomy.ScopeCrossDiagnostic, 0.8
	}
	if len(conds) > 0 {
		families := 0
		var roots [8]taxonomy.Condition
		for _, c := range conds {
			r := rootOf(c)
			if !slices.Contains(roots[:min(families, len(roots))], r) {
				if families < len(roots) {
					roots[families] = r
				}
				families++
			}
		}
		ev := s.votesFor(conds[0].Ref())
		if families == 1 {
			s.implied(taxonomy.ScopeDiagnosisSpecific.Ref(), 1, ev, bOneFamily)
			return taxonomy.ScopeDiagnosisSpecific, 0.7
		}
		s.implied(taxonomy.ScopeCrossDiagnostic.Ref(), 1, ev, bManyFamilies)
		return taxonomy.ScopeCrossDiagnostic, 0.6
	}
	if c, ok := s.hasCue(cueLiving); ok {
		s.implied(taxonomy.ScopeLivingWithIllness.Ref(), 1, s.cueEvidence(c, bNone), bLivingWithIllness)
		return taxonomy.ScopeLivingWithIllness, 0.6
	}
	if len(themes) > 0 {
		ev := s.votesFor(themes[0].Ref())
		s.implied(taxonomy.ScopeThemeSpecific.Ref(), 1, ev, bThemeOnly)
		return taxonomy.ScopeThemeSpecific, 0.5
	}
	return 0, 0
}

// rootOf returns the top of c's hierarchy.
func rootOf(c taxonomy.Condition) taxonomy.Condition {
	for b := c.Broader(); b != 0; b = b.Broader() {
		c = b
	}
	return c
}
