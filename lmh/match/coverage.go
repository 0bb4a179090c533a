package match

import (
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/lmhkit/lmhkit/internal/enum"
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// Access is how close the nearest offering a person can use is: reachable
// by the offering's coverage, open (not ended, paused or full), for the
// person's role. The values are ordered; the zero value, AccessNone, is a
// gap. Values are safe for concurrent use.
type Access uint8

// The access levels, from none to the person's own municipality.
const (
	AccessNone         Access = iota // no reachable offering
	AccessNational                   // only far away or national (typically digital)
	AccessRegion                     // within the person's health region
	AccessCounty                     // within the person's county
	AccessMunicipality               // in the person's municipality
)

var accessSpec = enum.Spec{Name: "access",
	Codes: []string{"none", "national", "region", "county", "municipality"},
	Labels: [][3]string{{"ingen", "ingen", "none"}, {"bare nasjonalt", "berre nasjonalt", "national only"},
		{"i helseregionen", "i helseregionen", "in the health region"}, {"i fylket", "i fylket", "in the county"},
		{"i kommunen", "i kommunen", "in the municipality"}}}

// accessOf maps the matcher's closeness levels to access levels.
var accessOf = [...]Access{closeOut: AccessNone, closeNational: AccessNational, closeRegion: AccessRegion,
	closeCounty: AccessCounty, closeMuni: AccessMunicipality, closeUnknown: AccessNone}

// AccessReport says, for every municipality, role and topic (a condition
// or a theme), how close the nearest reachable offering is, with roll-ups to
// counties and health regions and the list of gaps: the equal-access
// question planners ask. It is immutable and safe for concurrent use.
//
// An offering counts for a condition when one of its conditions is that
// condition or broader (a diabetes course counts for type 2 diabetes; a
// breast-cancer course does not count for cancer in general), and for a
// theme when it lists the theme. It counts for a role when its target group
// names the role (or names none). It is reachable from a municipality when
// its Coverage includes it, exactly as for Matcher, and must be open on the
// report's day. The access level is the matcher's closeness: where an
// in-person offering meets, or for a digital one the narrowest coverage
// that includes the municipality.
type AccessReport struct {
	day    lmh.Date
	roles  []taxonomy.Role
	topics []taxonomy.Ref
	munis  []geo.Municipality
	cells  []Access // [muni][role][topic]
}

// AccessQuery says what an equal-access report covers. The zero value
// asks about today, every role, every condition and theme, every age and
// every way of taking part. A query is a plain value.
type AccessQuery struct {
	// Day judges schedules (ended offerings); the zero Date means today.
	Day lmh.Date
	// Roles limits the report to these roles; empty means all.
	Roles []taxonomy.Role
	// Topics limits the report to these conditions and themes, as Refs
	// ("condition:copd", "theme:sleep"); empty means every condition and
	// theme of the vocabulary.
	Topics []taxonomy.Ref
	// AgeGroup counts only offerings whose age range overlaps it, e.g.
	// taxonomy.AgeGroupChildren for what children as next of kin can reach.
	AgeGroup taxonomy.AgeGroup
	// InPersonOnly counts only offerings met in person (in-person and
	// hybrid), leaving digital ones out.
	InPersonOnly bool
}

// EqualAccess builds the equal-access report of a catalogue for the query
// q. It returns an error naming the position of an offering with codes
// outside the vocabulary, or a topic that is neither a condition nor a
// theme.
func EqualAccess(catalogue []lmh.Offering, q AccessQuery) (*AccessReport, error) {
	cfg := struct {
		day      lmh.Date
		roles    []taxonomy.Role
		topics   []taxonomy.Ref
		age      taxonomy.AgeGroup
		inPerson bool
	}{q.Day, slices.Clone(q.Roles), slices.Clone(q.Topics), q.AgeGroup, q.InPersonOnly}
	if cfg.day.IsZero() {
		cfg.day = lmh.DateOf(time.Now())
	}
	if len(cfg.roles) == 0 {
		cfg.roles = taxonomy.All[taxonomy.Role]()
	}
	for _, r := range cfg.roles {
		if !r.IsValid() || r >= 8 {
			return nil, fmt.Errorf("match: EqualAccess: invalid role %s", r)
		}
	}
	if len(cfg.topics) == 0 {
		for _, c := range taxonomy.All[taxonomy.Condition]() {
			cfg.topics = append(cfg.topics, c.Ref())
		}
		for _, t := range taxonomy.All[taxonomy.Theme]() {
			cfg.topics = append(cfg.topics, t.Ref())
		}
	}
	// topicBit: for each topic, the condition or theme bit it tests.
	type topicTest struct {
		cond  taxonomy.Condition
		theme taxonomy.Theme
	}
	tests := make([]topicTest, len(cfg.topics))
	for i, t := range cfg.topics {
		if c, ok := taxonomy.FromRef[taxonomy.Condition](t); ok && c < 64 {
			tests[i].cond = c
		} else if th, ok := taxonomy.FromRef[taxonomy.Theme](t); ok && th < 64 {
			tests[i].theme = th
		} else {
			return nil, fmt.Errorf("match: EqualAccess: topic %d is neither a condition nor a theme", i)
		}
	}
	pt := places()
	rep := &AccessReport{day: cfg.day, roles: cfg.roles, topics: cfg.topics, munis: pt.munis}
	nr, nt := len(cfg.roles), len(cfg.topics)
	rep.cells = make([]Access, len(pt.munis)*nr*nt)
	ev := evaluator{pt: pt}
	noLanguages := func(string) int { return -1 } // access does not depend on language
	var buf compileBuf
	today := dayNumber(cfg.day)
	// descendants[c]: the conditions an offering for c counts for.
	conds := taxonomy.All[taxonomy.Condition]()
	descendants := make([]uint64, len(conds)+1)
	for _, c := range conds {
		for _, d := range conds {
			if c.Subsumes(d) {
				descendants[c] |= bit(d)
			}
		}
	}
	countyMunis := make([][]int, len(pt.counties))
	var regionMunis [numRegions][]int
	allMunis := make([]int, len(pt.munis))
	for m := range pt.munis {
		allMunis[m] = m
		countyMunis[pt.muniCounty[m]] = append(countyMunis[pt.muniCounty[m]], m)
		regionMunis[pt.muniRegion(m)] = append(regionMunis[pt.muniRegion(m)], m)
	}
	seen := make([]bool, len(pt.munis))
	var candidates []int
	for i := range catalogue {
		o := &catalogue[i]
		if err := checkIndexable(o); err != nil {
			return nil, fmt.Errorf("match: EqualAccess: offering %d: %w", i, err)
		}
		c := compile(o, pt, noLanguages, &buf)
		h, f := &c.hot, &c.facts
		if cfg.inPerson && f.place.digital {
			continue
		}
		if cfg.age != 0 && (cfg.age.MinAge() > int(f.ages.max) || cfg.age.MaxAge() < int(f.ages.min)) {
			continue
		}
		// Open on the day: not ended, paused or full (judgeAvailability's
		// facts).
		if h.availabilityOn(today) != 0 {
			continue
		}
		// Which topics does it count for?
		var condCover uint64 // conditions it counts for: its own and their descendants
		for _, c := range f.cond.conds {
			condCover |= descendants[c]
		}
		var hits []int
		for k, t := range tests {
			if (t.cond != 0 && condCover&bit(t.cond) != 0) || (t.theme != 0 && f.wishes.themes&bit(t.theme) != 0) {
				hits = append(hits, k)
			}
		}
		if len(hits) == 0 {
			continue
		}
		var roleIdx []int
		for k, ro := range cfg.roles {
			if h.roles == 0 || h.roles&uint8(bit(ro)) != 0 {
				roleIdx = append(roleIdx, k)
			}
		}
		if len(roleIdx) == 0 {
			continue
		}
		// The municipalities its coverage names, directly or through a
		// county or region; every one for a national offering.
		candidates = candidates[:0]
		add := func(ms ...int) {
			for _, m := range ms {
				if !seen[m] {
					seen[m] = true
					candidates = append(candidates, m)
				}
			}
		}
		switch {
		case f.place.national:
			candidates = append(candidates, allMunis...)
		case f.place.covZero:
			if f.place.loc >= 0 {
				add(int(f.place.loc))
			}
		default:
			for _, m := range f.place.covMunis {
				add(int(m))
			}
			for c := range pt.counties {
				if f.place.covCounty&(1<<uint(c)) != 0 {
					add(countyMunis[c]...)
				}
			}
			for hr := 1; hr < numRegions; hr++ {
				if f.place.covRegion&(1<<uint(hr)) != 0 {
					add(regionMunis[hr]...)
				}
			}
		}
		for _, m := range candidates {
			seen[m] = false
		}
		for _, m := range candidates {
			nf := needFacts{age: -1, muni: m, county: pt.muniCounty[m], region: uint8(pt.muniRegion(m)), today: today}
			f := ev.placeCore(&nf, &f.place)
			if !f.covered { // outside its coverage, or no place stated at all
				continue
			}
			a := accessOf[f.level]
			base := m * nr * nt
			for _, ri := range roleIdx {
				row := rep.cells[base+ri*nt : base+(ri+1)*nt]
				for _, k := range hits {
					if a > row[k] {
						row[k] = a
					}
				}
			}
		}
	}
	return rep, nil
}

// Day returns the day the report judged schedules by.
func (r *AccessReport) Day() lmh.Date { return r.day }

// Roles returns the roles of the report.
func (r *AccessReport) Roles() []taxonomy.Role { return slices.Clone(r.roles) }

// Topics returns the conditions and themes of the report, in order.
func (r *AccessReport) Topics() []taxonomy.Ref { return slices.Clone(r.topics) }

func (r *AccessReport) index(role taxonomy.Role, topic taxonomy.Ref) (ri, ti int, ok bool) {
	ri = slices.Index(r.roles, role)
	ti = slices.Index(r.topics, topic)
	return ri, ti, ri >= 0 && ti >= 0
}

// Access returns how close the nearest reachable offering for role and
// topic is for people living in the municipality; AccessNone for a gap or
// for a municipality, role or topic the report does not hold.
func (r *AccessReport) Access(kommunenummer string, role taxonomy.Role, topic taxonomy.Ref) Access {
	m, ok := places().muniIndex[kommunenummer]
	ri, ti, ok2 := r.index(role, topic)
	if !ok || !ok2 {
		return AccessNone
	}
	return r.cells[(m*len(r.roles)+ri)*len(r.topics)+ti]
}

// Share counts an area's municipalities by the access their people have.
// It is a plain value, safe for concurrent use.
type Share struct {
	Municipalities int // municipalities in the area
	Reachable      int // with any reachable offering (AccessNational or better)
	InRegion       int // with one in their health region or nearer
	Local          int // with one in their own county or municipality
}

// Percent returns the share of municipalities with any reachable offering,
// 0 to 100 (0 for an empty area).
func (s Share) Percent() float64 {
	if s.Municipalities == 0 {
		return 0
	}
	return 100 * float64(s.Reachable) / float64(s.Municipalities)
}

// LocalPercent returns the share with an offering in their own county or
// municipality, 0 to 100.
func (s Share) LocalPercent() float64 {
	if s.Municipalities == 0 {
		return 0
	}
	return 100 * float64(s.Local) / float64(s.Municipalities)
}

func (r *AccessReport) share(in func(m geo.Municipality) bool, role taxonomy.Role, topic taxonomy.Ref) Share {
	var s Share
	ri, ti, ok := r.index(role, topic)
	for m, mu := range r.munis {
		if !in(mu) {
			continue
		}
		s.Municipalities++
		if !ok {
			continue
		}
		a := r.cells[(m*len(r.roles)+ri)*len(r.topics)+ti]
		if a >= AccessNational {
			s.Reachable++
		}
		if a >= AccessRegion {
			s.InRegion++
		}
		if a >= AccessCounty {
			s.Local++
		}
	}
	return s
}

// County rolls the municipalities of a county (by fylkesnummer) up.
func (r *AccessReport) County(fylkesnummer string, role taxonomy.Role, topic taxonomy.Ref) Share {
	return r.share(func(m geo.Municipality) bool { return m.County.Number == fylkesnummer }, role, topic)
}

// Region rolls the municipalities of a health region up.
func (r *AccessReport) Region(hr geo.HealthRegion, role taxonomy.Role, topic taxonomy.Ref) Share {
	return r.share(func(m geo.Municipality) bool { return m.County.HealthRegion == hr }, role, topic)
}

// National rolls every municipality up.
func (r *AccessReport) National(role taxonomy.Role, topic taxonomy.Ref) Share {
	return r.share(func(geo.Municipality) bool { return true }, role, topic)
}

// Gap is a municipality whose people have no reachable offering for a role
// and topic. It is a plain value, safe for concurrent use.
type Gap struct {
	Municipality string        // kommunenummer
	Role         taxonomy.Role // the role left without an offering
	Topic        taxonomy.Ref  // the condition or theme
}

// Gaps returns every cell below the given access level — AccessNational
// for "nothing reachable at all", AccessCounty for "nothing in my own
// county" — ordered by municipality number, role and topic as in the
// report.
func (r *AccessReport) Gaps(below Access) []Gap {
	var out []Gap
	for m, mu := range r.munis {
		for ri, ro := range r.roles {
			for ti, t := range r.topics {
				if r.cells[(m*len(r.roles)+ri)*len(r.topics)+ti] < below {
					out = append(out, Gap{Municipality: mu.Number, Role: ro, Topic: t})
				}
			}
		}
	}
	return out
}

// WriteCSV writes one row per municipality, role and topic: kommunenummer,
// kommune, fylkesnummer, fylke, helseregion, role, facet, code, access.
func (r *AccessReport) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"kommunenummer", "kommune", "fylkesnummer", "fylke", "helseregion", "role", "facet", "code", "access"}); err != nil {
		return err
	}
	for m, mu := range r.munis {
		for ri, ro := range r.roles {
			for ti, t := range r.topics {
				a := r.cells[(m*len(r.roles)+ri)*len(r.topics)+ti]
				if err := cw.Write([]string{mu.Number, mu.Name, mu.County.Number, mu.County.Name, mu.County.HealthRegion.String(),
					ro.String(), t.Facet().String(), t.Code(), a.String()}); err != nil {
					return err
				}
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// String returns the stable code; it never panics.
func (a Access) String() string { return accessSpec.String("Access", uint8(a)) }

// Label returns the value's name in nb, nn or en.
func (a Access) Label(l taxonomy.Lang) string { return accessSpec.Label(uint8(a), l) }

// MarshalText returns the stable code.
func (a Access) MarshalText() ([]byte, error) { return marshalEnum(&accessSpec, "Access", uint8(a)) }

// UnmarshalText parses a stable code.
func (a *Access) UnmarshalText(b []byte) error {
	v, err := parseEnum(&accessSpec, string(b))
	*a = Access(v)
	return err
}
