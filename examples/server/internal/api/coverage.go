package api

import (
	"net/http"
	"strconv"
	"sync"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/match"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// maxGaps bounds the gaps listed in one coverage answer.
const maxGaps = 500

// coverageCache keeps the reports of the current catalogue version: the
// equal-access report is a whole-catalogue computation, and planners ask
// the same few questions.
type coverageCache struct {
	mu      sync.Mutex
	version int64
	reports map[string][]byte
}

func (c *coverageCache) get(version int64, key string) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.version != version {
		return nil, false
	}
	b, ok := c.reports[key]
	return b, ok
}

func (c *coverageCache) put(version int64, key string, b []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.version != version || len(c.reports) >= 32 {
		c.version, c.reports = version, map[string][]byte{}
	}
	c.reports[key] = b
}

type shareJSON struct {
	Role           taxonomy.Role `json:"role"`
	Topic          taxonomy.Ref  `json:"topic"`
	Municipalities int           `json:"municipalities"`
	Reachable      int           `json:"reachable"`
	InRegion       int           `json:"in_region"`
	Local          int           `json:"local"`
}

type gapJSON struct {
	Municipality string        `json:"municipality"`
	Role         taxonomy.Role `json:"role"`
	Topic        taxonomy.Ref  `json:"topic"`
}

// coverage answers the equal-access question for the catalogue:
// ?role=…&topic=condition:dementia&age_group=…&in_person_only=true&below=county,
// and with area=46 (a county) or area=helse_vest (a health region) the
// heat table of that area (see areaTable).
func (s *Server) coverage(w http.ResponseWriter, r *http.Request) {
	l := language(r)
	qv := r.URL.Query()
	var (
		q    match.AccessQuery
		errs []FieldError
	)
	for _, v := range values(qv, "role") {
		role, err := taxonomy.Parse[taxonomy.Role](v)
		if err != nil {
			errs = append(errs, paramError(l, "role", lmh.RuleCode, "role"))
			continue
		}
		q.Roles = append(q.Roles, role)
	}
	topics := values(qv, "topic")
	if len(topics) > maxFilterValues {
		errs = append(errs, paramError(l, "topic", lmh.RuleMax, strconv.Itoa(maxFilterValues)))
		topics = nil
	}
	for _, v := range topics {
		ref, err := taxonomy.ParseRef(v)
		if err != nil || (ref.Facet() != taxonomy.FacetCondition && ref.Facet() != taxonomy.FacetTheme) {
			errs = append(errs, paramError(l, "topic", lmh.RuleInvalid, "topic"))
			continue
		}
		q.Topics = append(q.Topics, ref)
	}
	if v := qv.Get("age_group"); v != "" {
		ag, err := taxonomy.Parse[taxonomy.AgeGroup](v)
		if err != nil {
			errs = append(errs, paramError(l, "age_group", lmh.RuleCode, "age_group"))
		}
		q.AgeGroup = ag
	}
	if v := qv.Get("in_person_only"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			errs = append(errs, paramError(l, "in_person_only", lmh.RuleInvalid, "boolean"))
		}
		q.InPersonOnly = b
	}
	if v := qv.Get("day"); v != "" {
		d, err := lmh.ParseDate(v)
		if err != nil {
			errs = append(errs, paramError(l, "day", lmh.RuleDate, ""))
		}
		q.Day = d
	}
	area, ok := parseArea(qv.Get("area"))
	if !ok {
		errs = append(errs, paramError(l, "area", lmh.RuleInvalid, "area"))
	}
	below := match.AccessNational
	if v := qv.Get("below"); v != "" {
		if err := below.UnmarshalText([]byte(v)); err != nil || below == match.AccessNone {
			errs = append(errs, paramError(l, "below", lmh.RuleEnum, ""))
		}
	}
	if len(errs) > 0 {
		writeProblem(w, r, kindBadQuery, "", errs...)
		return
	}
	snap := s.cfg.Live.Current()
	key := r.URL.RawQuery
	if q.Day.IsZero() {
		q.Day = lmh.DateOf(s.cfg.Now())
		key += "&today=" + q.Day.String()
	}
	setLanguage(w, l)
	if b, ok := s.cov.get(snap.Version, key); ok {
		w.Header().Set("Content-Type", "application/json")
		w.Write(b)
		return
	}
	rep, err := match.EqualAccess(snap.Offerings, q)
	if err != nil {
		s.cfg.Log.Error("coverage failed", "route", s.pattern(r), "err", err)
		writeProblem(w, r, kindInternal, "")
		return
	}
	out := struct {
		Day     lmh.Date    `json:"day"`
		Version int64       `json:"catalogue_version"`
		Shares  []shareJSON `json:"national"`
		Gaps    struct {
			Below     match.Access `json:"below"`
			Count     int          `json:"count"`
			Items     []gapJSON    `json:"items"`
			Truncated bool         `json:"truncated,omitempty"`
		} `json:"gaps"`
		Area *areaJSON `json:"area,omitempty"`
	}{Day: rep.Day(), Version: snap.Version, Area: area.table(rep)}
	for _, role := range rep.Roles() {
		for _, t := range rep.Topics() {
			sh := rep.National(role, t)
			out.Shares = append(out.Shares, shareJSON{role, t, sh.Municipalities, sh.Reachable, sh.InRegion, sh.Local})
		}
	}
	gaps := rep.Gaps(below)
	out.Gaps.Below, out.Gaps.Count = below, len(gaps)
	out.Gaps.Items = make([]gapJSON, 0, min(len(gaps), maxGaps))
	for i, g := range gaps {
		if i == maxGaps {
			out.Gaps.Truncated = true
			break
		}
		out.Gaps.Items = append(out.Gaps.Items, gapJSON{g.Municipality, g.Role, g.Topic})
	}
	b, err := jsonBytes(out)
	if err != nil {
		writeProblem(w, r, kindInternal, "")
		return
	}
	s.cov.put(snap.Version, key, b)
	w.Header().Set("Content-Type", "application/json")
	w.Write(b)
}
