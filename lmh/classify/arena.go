package classify

import "github.com/lmhkit/lmhkit/taxonomy"

// arena applies rule 7: the arena of the organiser. The votes already count
// partners, funders and venues less (termVotes); what is left here is the
// case of co-equal partners: when the clause that names the winning arena
// most strongly also speaks of a cooperation ("et samarbeid mellom",
// "går sammen om") and names an arena of another kind, no one party leads.
func arena(s *scratch) (taxonomy.Arena, float64) {
	a, conf := bestOf[taxonomy.Arena](s, taxonomy.FacetArena)
	if a == 0 {
		return 0, 0
	}
	if share := s.weightOf(a.Ref()) / s.facetWeight(taxonomy.FacetArena); share <= arenaShare {
		// Arenas of other kinds as strong: no one leads. A tie is no
		// majority: bestOf keeps the first of two equal values, which
		// says only which was named first ("innlagt på Radiumhospitalet"
		// beside a patient organisation's "lokallag").
		return 0, 0
	}
	ev := s.votesFor(a.Ref())
	if ev.Term <= 0 {
		return a, conf
	}
	cl := s.matchClause[ev.Term-1]
	if !s.clauses[cl].has(cueCooperation) {
		return a, conf
	}
	s.work += len(s.votes)
	for i := range s.votes {
		v := &s.votes[i]
		if v.ref.Facet() == taxonomy.FacetArena && v.ref != a.Ref() && v.ev.Term > 0 &&
			s.matchClause[v.ev.Term-1] == cl {
			return 0, 0
		}
	}
	return a, conf
}

// arenaShare is the share of the arena votes the winner must exceed: a
// majority, or no one leads (a tie included).
var arenaShare = 0.5

// facetWeight returns the summed positive support of every value of f.
func (s *scratch) facetWeight(f taxonomy.Facet) float64 {
	t := 0.0
	s.work += len(s.touched[f])
	for _, r := range s.touched[f] {
		t += max(s.vals[refKey(r)].weight, 0)
	}
	return t
}
