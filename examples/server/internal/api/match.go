package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"sync"

	"github.com/google/uuid"
	"github.com/lmhkit/lmhkit/examples/server/internal/catalogue"
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/match"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// member is one member of a JSON object, in document order.
type member struct {
	name string
	raw  json.RawMessage
}

// repeatedMember is members' error for a member given twice: its name
// (as decoded, escapes read) and its position in the object, counting
// from 1.
type repeatedMember struct {
	name string
	pos  int
}

func (e *repeatedMember) Error() string {
	return "member " + strconv.Itoa(e.pos) + " repeats an earlier one"
}

// members splits a JSON object into its members, in order. A member given
// twice is a *repeatedMember error: encoding/json would keep the last, so
// a client and the server could read one body two ways.
func members(body []byte) ([]member, error) {
	dec := json.NewDecoder(bytes.NewReader(body))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, errors.New("not an object")
	}
	var out []member
	seen := map[string]bool{}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, err
		}
		name, _ := t.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, err
		}
		if seen[name] {
			return nil, &repeatedMember{name: name, pos: len(out) + 1}
		}
		seen[name] = true
		out = append(out, member{name, raw})
	}
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("trailing data")
	}
	return out, nil
}

// matchRequest is the body of /api/match and /api/explain: the need and
// the options of the call.
type matchRequest struct {
	need     lmh.Need
	offering uuid.UUID
	opts     []match.Option
	limit    int
}

// readMatchRequest reads and checks a match or explain request. Problems
// name members by name or position, never by a value, and for a member
// that is not one of ours by position only ("{3}"), since its name is
// input too.
func readMatchRequest(w http.ResponseWriter, r *http.Request, explain bool) (matchRequest, bool) {
	l := language(r)
	req := matchRequest{limit: DefaultResults}
	body, ok := readJSON(w, r, MaxNeedBody)
	if !ok {
		return req, false
	}
	ms, err := members(body)
	if repeated(w, r, err, matchMembers) {
		return req, false
	}
	if err != nil {
		writeProblem(w, r, kindMalformed, "", FieldError{Field: "", Rule: "syntax",
			Message: [3]string{"forespørselen er ikke et JSON-objekt", "førespurnaden er ikkje eit JSON-objekt", "the request is not a JSON object"}[l.Index()]})
		return req, false
	}
	bad := func(field, rule, param string) {
		writeProblem(w, r, kindMalformed, "", FieldError{Field: field, Pointer: pointer(field), Rule: rule, Param: param,
			Message: lmh.Problem{Field: field, Rule: lmh.Rule(rule), Param: param}.Message(l)})
	}
	// whole reads a whole number from lo to hi into dst, naming the bound
	// it breaks: "at least 1" for 0, not "at most 100".
	whole := func(field string, raw json.RawMessage, lo, hi int, dst *int) bool {
		var n int
		switch {
		case json.Unmarshal(raw, &n) != nil:
			bad(field, "type", "integer")
		case n < lo:
			bad(field, string(lmh.RuleGTE), strconv.Itoa(lo))
		case n > hi:
			bad(field, string(lmh.RuleLTE), strconv.Itoa(hi))
		default:
			*dst = n
			return true
		}
		return false
	}
	var haveNeed, haveOffering bool
	for i, m := range ms {
		var err error
		switch m.name {
		case "need":
			haveNeed = true
			if req.need, err = lmh.DecodeNeed(m.raw); err != nil {
				decodeProblem(w, r, err, "need")
				return req, false
			}
			continue
		case "offering_id":
			if !explain {
				break
			}
			haveOffering = true
			var s string
			if json.Unmarshal(m.raw, &s) != nil {
				bad("offering_id", "uuid", "uuid")
				return req, false
			}
			if req.offering, err = uuid.Parse(s); err != nil {
				bad("offering_id", "uuid", "uuid")
				return req, false
			}
			continue
		case "limit":
			if explain {
				break
			}
			if !whole("limit", m.raw, 1, MaxResults, &req.limit) {
				return req, false
			}
			continue
		case "within":
			var s string
			json.Unmarshal(m.raw, &s)
			reach, ok := reaches[s]
			if !ok {
				bad("within", string(lmh.RuleEnum), "")
				return req, false
			}
			req.opts = append(req.opts, match.Within(reach))
			continue
		case "relax_age":
			var years int
			if !whole("relax_age", m.raw, 0, taxonomy.MaxAge, &years) {
				return req, false
			}
			req.opts = append(req.opts, match.RelaxAge(years))
			continue
		case "relax_role", "relax_condition", "relax_language", "include_unavailable":
			var on bool
			if json.Unmarshal(m.raw, &on) != nil {
				bad(m.name, "type", "boolean")
				return req, false
			}
			if on {
				req.opts = append(req.opts, flags[m.name])
			}
			continue
		case "min_confidence":
			var c lmh.Confidence
			var s string
			if json.Unmarshal(m.raw, &s) != nil || c.UnmarshalText([]byte(s)) != nil {
				bad("min_confidence", string(lmh.RuleEnum), "")
				return req, false
			}
			req.opts = append(req.opts, match.MinConfidence(c))
			continue
		case "on":
			var d lmh.Date
			if json.Unmarshal(m.raw, &d) != nil || d.IsZero() {
				bad("on", string(lmh.RuleDate), "")
				return req, false
			}
			req.opts = append(req.opts, match.On(d))
			continue
		}
		// Not a member of ours: named by position, since its name is input.
		f := "{" + strconv.Itoa(i+1) + "}"
		writeProblem(w, r, kindMalformed, "", FieldError{Field: f, Rule: "unknown_field",
			Message: [3]string{"ukjent felt", "ukjent felt", "unknown member"}[l.Index()]})
		return req, false
	}
	if !haveNeed {
		bad("need", string(lmh.RuleRequired), "")
		return req, false
	}
	if explain && !haveOffering {
		bad("offering_id", string(lmh.RuleRequired), "")
		return req, false
	}
	if err := lmh.ValidateNeed(&req.need); err != nil {
		var ve *lmh.ValidationError
		if errors.As(err, &ve) {
			writeProblem(w, r, kindInvalid, "", fieldErrors(ve, l, "need")...)
		} else {
			writeProblem(w, r, kindInvalid, "")
		}
		return req, false
	}
	return req, true
}

// matchMembers are the members of a match or explain request.
var matchMembers = map[string]bool{"need": true, "offering_id": true, "limit": true, "within": true, "relax_age": true,
	"relax_role": true, "relax_condition": true, "relax_language": true, "include_unavailable": true,
	"min_confidence": true, "on": true}

// repeated writes the problem of a body that gives a member twice (err a
// *repeatedMember) and reports whether it did. The member is named when
// it is one of the route's own (known), else by its position only
// ("{3}"), since its name is input; its values never appear.
func repeated(w http.ResponseWriter, r *http.Request, err error, known map[string]bool) bool {
	var rm *repeatedMember
	if !errors.As(err, &rm) {
		return false
	}
	fe := FieldError{Field: "{" + strconv.Itoa(rm.pos) + "}", Rule: "repeated_member",
		Message: (&lmh.DecodeError{Err: lmh.ErrRepeatedField}).Message(language(r))}
	if known[rm.name] {
		fe.Field, fe.Pointer = rm.name, pointer(rm.name)
	}
	writeProblem(w, r, kindMalformed, "", fe)
	return true
}

var reaches = map[string]match.Reach{
	"coverage": match.ReachCoverage, "county": match.ReachCounty,
	"region": match.ReachRegion, "national": match.ReachNational,
}

var flags = map[string]match.Option{
	"relax_role": match.RelaxRole(), "relax_condition": match.RelaxCondition(),
	"relax_language": match.RelaxLanguage(), "include_unavailable": match.IncludeUnavailable(),
}

// reasonJSON is one reason of a result.
type reasonJSON struct {
	Criterion match.Criterion `json:"criterion"`
	Fit       match.Fit       `json:"fit"`
	Relaxed   bool            `json:"relaxed,omitempty"`
	FromText  bool            `json:"from_text,omitempty"`
	Text      string          `json:"text"`
}

// resultJSON is one matched offering.
type resultJSON struct {
	Rank       int             `json:"rank,omitempty"`
	Score      float64         `json:"score"`
	Confidence lmh.Confidence  `json:"confidence"`
	Excluded   bool            `json:"excluded,omitempty"`
	Failed     []string        `json:"failed,omitempty"`
	Reasons    []reasonJSON    `json:"reasons"`
	Offering   json.RawMessage `json:"-"` // spliced in by appendJSON
}

// appendJSON appends r as JSON, written by hand with the offering's stored
// JSON spliced in as it is: encoding/json would scan and compact every
// RawMessage again and reflect over every reason, which together were most
// of a match's cost (docs/server.md). TestResultJSON checks it against
// encoding/json.
func (r *resultJSON) appendJSON(buf []byte) ([]byte, error) {
	buf = append(buf, '{')
	if r.Rank != 0 {
		buf = append(buf, `"rank":`...)
		buf = strconv.AppendInt(buf, int64(r.Rank), 10)
		buf = append(buf, ',')
	}
	buf = append(buf, `"score":`...)
	buf = strconv.AppendFloat(buf, r.Score, 'g', -1, 64)
	buf = append(buf, `,"confidence":`...)
	buf = appendString(buf, r.Confidence.String())
	if r.Excluded {
		buf = append(buf, `,"excluded":true`...)
	}
	if len(r.Failed) > 0 {
		buf = append(buf, `,"failed":[`...)
		for i, f := range r.Failed {
			if i > 0 {
				buf = append(buf, ',')
			}
			buf = appendString(buf, f)
		}
		buf = append(buf, ']')
	}
	buf = append(buf, `,"reasons":[`...)
	for i, why := range r.Reasons {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = append(buf, `{"criterion":`...)
		buf = appendString(buf, why.Criterion.String())
		buf = append(buf, `,"fit":`...)
		buf = appendString(buf, why.Fit.String())
		if why.Relaxed {
			buf = append(buf, `,"relaxed":true`...)
		}
		if why.FromText {
			buf = append(buf, `,"from_text":true`...)
		}
		buf = append(buf, `,"text":`...)
		buf = appendString(buf, why.Text)
		buf = append(buf, '}')
	}
	buf = append(buf, `],"offering":`...)
	if len(r.Offering) == 0 {
		return buf, errors.New("api: result without its offering's JSON")
	}
	buf = append(buf, r.Offering...)
	return append(buf, '}'), nil
}

// appendString appends s as a JSON string, copying the runs between the
// bytes that need escaping whole.
func appendString(buf []byte, s string) []byte {
	const hex = "0123456789abcdef"
	buf = append(buf, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c != 0xe2 {
			continue
		}
		switch {
		case c == '"' || c == '\\':
			buf = append(buf, s[start:i]...)
			buf = append(buf, '\\', c)
			start = i + 1
		case c < 0x20:
			buf = append(buf, s[start:i]...)
			switch c {
			case '\n':
				buf = append(buf, '\\', 'n')
			case '\r':
				buf = append(buf, '\\', 'r')
			case '\t':
				buf = append(buf, '\\', 't')
			case '\b':
				buf = append(buf, '\\', 'b')
			case '\f':
				buf = append(buf, '\\', 'f')
			default:
				buf = append(buf, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			start = i + 1
		case i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xa8 || s[i+2] == 0xa9):
			// U+2028 and U+2029, escaped as encoding/json does.
			buf = append(buf, s[start:i]...)
			buf = append(buf, `\u202`...)
			buf = append(buf, hex[s[i+2]&0xf])
			i += 2
			start = i + 1
		}
	}
	buf = append(buf, s[start:]...)
	return append(buf, '"')
}

// MarshalJSON is appendJSON, for a result written on its own.
func (r resultJSON) MarshalJSON() ([]byte, error) { return r.appendJSON(nil) }

func toResult(snap *catalogue.Snapshot, res match.Result, l taxonomy.Lang, doc []byte) resultJSON {
	out := resultJSON{Rank: res.Rank, Score: res.Score, Confidence: res.Confidence, Excluded: res.Excluded(),
		Reasons: make([]reasonJSON, len(res.Reasons)), Offering: doc}
	if out.Offering == nil {
		out.Offering = snap.Doc(res.Offering)
	}
	for i, why := range res.Reasons {
		out.Reasons[i] = reasonJSON{why.Criterion, why.Fit, why.Relaxed, why.FromText, why.Text(l)}
	}
	for _, why := range res.Failed() { // the hard constraints that exclude it
		out.Failed = append(out.Failed, why.Criterion.String())
	}
	return out
}

// bufPool holds the buffers match answers are written into (some 30 KB for
// ten results).
var bufPool = sync.Pool{New: func() any { b := make([]byte, 0, 32<<10); return &b }}

// private marks a response derived from a need: health data, not to be
// cached anywhere.
func private(w http.ResponseWriter, l taxonomy.Lang) {
	w.Header().Set("Cache-Control", "no-store")
	setLanguage(w, l)
}

func (s *Server) match(w http.ResponseWriter, r *http.Request) {
	req, ok := readMatchRequest(w, r, false)
	if !ok {
		return
	}
	l := language(r)
	snap := s.cfg.Live.Current()
	results, err := snap.Matcher.Match(req.need, append(req.opts, match.Limit(req.limit))...)
	if err != nil {
		s.needProblem(w, r, err)
		return
	}
	bp := bufPool.Get().(*[]byte)
	defer func() {
		if cap(*bp) <= 1<<20 {
			bufPool.Put(bp)
		}
	}()
	buf := (*bp)[:0]
	defer func() { *bp = buf[:0] }()
	buf = append(buf, `{"catalogue_version":`...)
	buf = strconv.AppendInt(buf, snap.Version, 10)
	buf = append(buf, `,"results":[`...)
	for i, res := range results {
		if i > 0 {
			buf = append(buf, ',')
		}
		rj := toResult(snap, res, l, nil)
		if buf, err = rj.appendJSON(buf); err != nil {
			s.cfg.Log.Error("encoding a match failed", "route", s.pattern(r))
			writeProblem(w, r, kindInternal, "")
			return
		}
	}
	buf = append(buf, "]}"...)
	private(w, l)
	w.Header().Set("Content-Type", "application/json")
	w.Write(buf)
}

func (s *Server) explain(w http.ResponseWriter, r *http.Request) {
	req, ok := readMatchRequest(w, r, true)
	if !ok {
		return
	}
	l := language(r)
	snap := s.cfg.Live.Current()
	o, doc, ok := snap.Lookup(req.offering)
	if !ok {
		writeProblem(w, r, kindNotFound, "")
		return
	}
	res, err := snap.Matcher.Explain(req.need, o, req.opts...)
	if err != nil {
		s.needProblem(w, r, err)
		return
	}
	private(w, l)
	writeJSON(w, http.StatusOK, toResult(snap, res, l, doc))
}

// needProblem answers an error of Match or Explain, which names fields and
// rules but never a need's value.
func (s *Server) needProblem(w http.ResponseWriter, r *http.Request, err error) {
	var ve *lmh.ValidationError
	if errors.As(err, &ve) {
		writeProblem(w, r, kindInvalid, "", fieldErrors(ve, language(r), "need")...)
		return
	}
	s.cfg.Log.Error("match failed", "route", s.pattern(r))
	writeProblem(w, r, kindInvalid, "")
}
