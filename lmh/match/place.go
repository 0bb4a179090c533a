package match

import (
	"sync"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/geo"
)

// placeTable numbers the municipalities, counties and health regions of
// lmh/geo densely, so the matcher can keep a bitset per place and compare
// places as small integers.
type placeTable struct {
	munis       []geo.Municipality
	counties    []geo.County
	muniIndex   map[string]int // kommunenummer → position in munis
	countyIndex map[string]int // fylkesnummer → position in counties
	muniCounty  []int          // municipality → county position
	countyReg   []geo.HealthRegion
}

var places = sync.OnceValue(func() *placeTable {
	t := &placeTable{
		munis:       geo.Municipalities(),
		counties:    geo.Counties(),
		muniIndex:   map[string]int{},
		countyIndex: map[string]int{},
	}
	for i, c := range t.counties {
		t.countyIndex[c.Number] = i
		t.countyReg = append(t.countyReg, c.HealthRegion)
	}
	for i, m := range t.munis {
		t.muniIndex[m.Number] = i
		t.muniCounty = append(t.muniCounty, t.countyIndex[m.County.Number])
	}
	return t
})

// muniRegion returns the health region of municipality position m.
func (t *placeTable) muniRegion(m int) geo.HealthRegion { return t.countyReg[t.muniCounty[m]] }

// numRegions is the number of slots a region-indexed table needs (regions
// are numbered from 1).
const numRegions = 5

// closeness levels, nearest first in value order (higher is nearer).
const (
	closeOut      = 0 // outside the offering's coverage (kept only by Within)
	closeNational = 1 // national digital, or in person far away but covered
	closeRegion   = 2 // same health region
	closeCounty   = 3 // same county
	closeMuni     = 4 // same municipality
	closeUnknown  = 5 // the need gives no municipality
)

// closenessScore is the share of wPlace each closeness level earns.
var closenessScore = [...]float64{closeOut: 0.1, closeNational: 0.3, closeRegion: 0.5, closeCounty: 0.75, closeMuni: 1, closeUnknown: 0.5}

// placeFinding is what placeCore finds; judgePlace and EqualAccess use it.
type placeFinding struct {
	level    uint8
	covered  bool // the person lives in the offering's coverage
	inPerson bool // met in person at a known venue
	noNeed   bool // the need gives no municipality
	noOffer  bool // the offering gives neither coverage nor venue
	partOf   bool // the need gives only a county, and the offering serves or meets in part of it
}

// placeCore finds whether the person lives in r's coverage and how close
// r is: where an in-person offering meets, or for a digital one the
// narrowest coverage that includes the person.
func (ev *evaluator) placeCore(n *needFacts, r *placeFacts) placeFinding {
	pt := ev.pt
	if n.muni < 0 && n.county >= 0 {
		return ev.countyCore(n, r)
	}
	if n.muni < 0 {
		return placeFinding{level: closeUnknown, noNeed: true, covered: r.national}
	}
	f := placeFinding{level: closeOut}
	inMuni := false
	switch {
	case r.national:
		f.covered = true
		inMuni = r.coversMuni(n.muni)
	case r.covZero:
		if r.loc < 0 {
			return placeFinding{level: closeUnknown, noOffer: true}
		}
		inMuni = int(r.loc) == n.muni
		f.covered = inMuni
	default:
		inMuni = r.coversMuni(n.muni)
		f.covered = inMuni || r.covCounty&(1<<uint(n.county)) != 0 || r.covRegion&(1<<n.region) != 0
	}
	f.inPerson = !r.digital && r.loc >= 0
	if f.inPerson {
		lc := pt.muniCounty[r.loc]
		switch {
		case int(r.loc) == n.muni:
			f.level = closeMuni
		case lc == n.county:
			f.level = closeCounty
		case pt.countyReg[lc] == geo.HealthRegion(n.region):
			f.level = closeRegion
		case f.covered:
			f.level = closeNational
		}
	} else if f.covered {
		switch {
		case inMuni:
			f.level = closeMuni
		case r.covCounty&(1<<uint(n.county)) != 0:
			f.level = closeCounty
		case r.covRegion&(1<<n.region) != 0:
			f.level = closeRegion
		default:
			f.level = closeNational
		}
	}
	if !f.covered && f.level == closeNational {
		f.level = closeOut
	}
	return f
}

// countyCore is placeCore for a need that gives a county but no
// municipality (free text naming "Vestfold" or "Sunnmøre"): an offering
// for the whole country, the county or its health region is within reach;
// one that meets in or serves municipalities of the county may be (partOf:
// judgePlace leaves it unknown); any other is not.
func (ev *evaluator) countyCore(n *needFacts, r *placeFacts) placeFinding {
	pt := ev.pt
	inCounty := r.inCounty&(1<<uint(n.county)) != 0
	f := placeFinding{level: closeOut}
	switch {
	case r.covCounty&(1<<uint(n.county)) != 0:
		f.covered, f.level = true, closeCounty
	case r.covRegion&(1<<n.region) != 0:
		f.covered, f.level = true, closeRegion
	case r.national:
		f.covered, f.level = true, closeNational
	case inCounty:
		f.covered, f.partOf, f.level = true, true, closeCounty
	case r.covZero && r.loc < 0:
		return placeFinding{level: closeUnknown, noOffer: true}
	}
	f.inPerson = !r.digital && r.loc >= 0
	if f.inPerson && f.covered {
		lc := pt.muniCounty[r.loc]
		switch {
		case lc == n.county:
			f.level = closeCounty
		case pt.countyReg[lc] == geo.HealthRegion(n.region):
			f.level = closeRegion
		default:
			f.level = closeNational
		}
	}
	return f
}

// reachAllowed reports whether p's reach keeps an offering outside the
// person's coverage.
func reachAllowed(n *needFacts, r *placeFacts, p *policy) bool {
	switch p.reach {
	case ReachNational:
		return true
	case ReachRegion:
		return n.county >= 0 && r.inRegion&(1<<n.region) != 0
	case ReachCounty:
		return n.county >= 0 && r.inCounty&(1<<uint(n.county)) != 0
	}
	return false
}

// judgePlace decides reach (hard: coverage) and closeness (soft) and
// returns the closeness level too. Without the person's municipality only
// offerings open to the whole country (or stating no place at all) can be
// shown to be within reach; others fail the constraint unless the reach is
// ReachNational.
func (ev *evaluator) judgePlace(n *needFacts, r *placeFacts, p *policy) (judgement, uint8) {
	f := ev.placeCore(n, r)
	j := judgement{pts: wPlace * closenessScore[f.level], fit: FitMet}
	if r.digital && f.covered && n.delivery == lmh.DigitalOK {
		j.pts = wPlace // a digital offering open to someone who would rather take part digitally is as near as can be
	}
	switch {
	case f.noOffer:
		j.fit, j.msg, j.flags = FitUnknown, msgPlaceOfferUnknown, blocks
	case f.noNeed && !f.covered:
		j.fit, j.msg, j.flags = FitNotMet, msgPlaceNeedUnknown, hardFail(reachAllowed(n, r, p))
	case f.noNeed && !r.digital:
		j.msg = msgPlaceNeedUnknown
	case !f.covered:
		j.fit, j.msg, j.flags = FitNotMet, msgPlaceOut, n.fail(CriterionPlace, reachAllowed(n, r, p))
	case f.partOf:
		j.fit, j.msg, j.flags = FitUnknown, msgPlaceCountyPart, blocks
	case n.muni < 0 && f.inPerson && f.level == closeCounty:
		j.msg = msgPlaceInCounty
	case n.muni < 0 && !f.inPerson && f.level == closeCounty:
		j.msg = msgPlaceCountyCovered
	case f.inPerson:
		switch f.level {
		case closeMuni:
			j.msg = msgPlaceMuni
		case closeCounty:
			j.msg = msgPlaceCounty
		case closeRegion:
			j.msg = msgPlaceRegion
		default:
			j.fit, j.msg = FitPartlyMet, msgPlaceFar
		}
	case (f.level == closeNational || f.noNeed) && r.group:
		j.msg = msgPlaceNationalCourse
	case f.level == closeNational || f.noNeed:
		j.msg = msgPlaceNational
	default:
		j.msg = msgPlaceDigitalArea
	}
	if j.fit == FitMet && !f.noNeed {
		j.flags |= n.unsure(CriterionPlace)
	}
	return judged(j.pts, j.fit, j.msg, j.flags), f.level
}
