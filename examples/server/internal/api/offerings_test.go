package api_test

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/uuid"
	"github.com/lmhkit/lmhkit/examples/server/internal/api"
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
)

func offeringJSON(t *testing.T, o lmh.Offering) []byte {
	t.Helper()
	b, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestOfferingLifecycle(t *testing.T) {
	forEach(t, func(t *testing.T, e *env) {
		o := e.cat[0].Clone()
		o.ID = uuid.Nil // the server assigns one
		o.Name = "Nytt kurs for pårørende"

		if r := e.do("POST", "/api/offerings", offeringJSON(t, o)); r.status != 401 {
			t.Fatalf("POST without token: %d", r.status)
		}
		if r := e.do("POST", "/api/offerings", offeringJSON(t, o), "Authorization", "Bearer wrong"); r.status != 401 ||
			r.header.Get("WWW-Authenticate") == "" {
			t.Fatalf("POST with a wrong token: %d", r.status)
		}
		r := e.do("POST", "/api/offerings", offeringJSON(t, o), auth...)
		if r.status != 201 {
			t.Fatalf("POST: %d %s", r.status, r.body)
		}
		tag, loc := r.header.Get("ETag"), r.header.Get("Location")
		var created lmh.Offering
		r.json(t, &created)
		if created.ID == uuid.Nil || loc != "/api/offerings/"+created.ID.String() || tag == "" {
			t.Fatalf("created id %s, Location %q, ETag %q", created.ID, loc, tag)
		}
		if !created.LastModified.Equal(e.api.Now()) {
			t.Errorf("last_modified %v; want the server's clock", created.LastModified)
		}

		// The writer's own replica matches the new offering at once.
		if snap := e.live.Current(); len(snap.Offerings) != len(e.cat)+1 {
			t.Errorf("snapshot after POST has %d offerings; want %d", len(snap.Offerings), len(e.cat)+1)
		}

		g := e.do("GET", loc, nil)
		if g.status != 200 || g.header.Get("ETag") != tag {
			t.Fatalf("GET: %d ETag %q", g.status, g.header.Get("ETag"))
		}
		if r := e.do("GET", loc, nil, "If-None-Match", tag); r.status != 304 {
			t.Errorf("GET If-None-Match: %d", r.status)
		}

		// Two editors read the same version; the second to write loses.
		created.Name = "Redigert av A"
		if r := e.do("PUT", loc, offeringJSON(t, created), auth...); r.status != 428 {
			t.Fatalf("PUT without If-Match: %d", r.status)
		}
		a := e.do("PUT", loc, offeringJSON(t, created), with(auth, "If-Match", tag)...)
		if a.status != 200 || a.header.Get("ETag") == tag {
			t.Fatalf("PUT A: %d ETag %q", a.status, a.header.Get("ETag"))
		}
		created.Name = "Redigert av B"
		b := e.do("PUT", loc, offeringJSON(t, created), with(auth, "If-Match", tag)...)
		if b.status != 412 {
			t.Fatalf("PUT B with a stale ETag: %d", b.status)
		}
		b.problem(t)
		if r := e.do("GET", loc, nil); !strings.Contains(string(r.body), "Redigert av A") {
			t.Fatal("B's stale write overwrote A's")
		}
		// The body's id must be the path's.
		other := created
		other.ID = uuid.New()
		if r := e.do("PUT", loc, offeringJSON(t, other), with(auth, "If-Match", "*")...); r.status != 422 {
			t.Errorf("PUT with another id: %d", r.status)
		}

		if r := e.do("DELETE", loc, nil, with(auth, "If-Match", tag)...); r.status != 412 {
			t.Errorf("DELETE stale: %d", r.status)
		}
		if r := e.do("DELETE", loc, nil, with(auth, "If-Match", a.header.Get("ETag"))...); r.status != 204 {
			t.Fatalf("DELETE: %d %s", r.status, r.body)
		}
		if r := e.do("GET", loc, nil); r.status != 404 {
			t.Errorf("GET after DELETE: %d", r.status)
		}
		r = e.do("POST", "/api/offerings", offeringJSON(t, e.cat[1]), auth...)
		if r.status != 409 {
			t.Errorf("POST of an existing id: %d", r.status)
		}
	})
}

// TestConcurrentEditors: of many editors holding one ETag, one wins.
func TestConcurrentEditors(t *testing.T) {
	forEach(t, func(t *testing.T, e *env) {
		loc := "/api/offerings/" + e.cat[2].ID.String()
		tag := e.do("GET", loc, nil).header.Get("ETag")
		var (
			wg       sync.WaitGroup
			mu       sync.Mutex
			statuses []int
		)
		for i := range 6 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				o := e.cat[2].Clone()
				o.Name = "Redaktør " + string(rune('A'+i))
				r := e.do("PUT", loc, offeringJSON(t, o), with(auth, "If-Match", tag)...)
				mu.Lock()
				statuses = append(statuses, r.status)
				mu.Unlock()
			}()
		}
		wg.Wait()
		slices.Sort(statuses)
		if statuses[0] != 200 || statuses[1] != 412 || statuses[len(statuses)-1] != 412 {
			t.Fatalf("statuses %v; want one 200 and the rest 412", statuses)
		}
	})
}

// TestValidationProblems: every problem with its path, rule and a message
// in the language asked for.
func TestValidationProblems(t *testing.T) {
	forEach(t, func(t *testing.T, e *env) {
		o := e.cat[0].Clone()
		o.ID = uuid.New()
		o.Frames.Capacity.Max = 1 // a group of one
		o.TargetGroup.Roles = nil
		o.Name = strings.Repeat("x", 201)
		msgs := map[string]string{}
		for _, lang := range []string{"nb", "nn", "en"} {
			r := e.do("POST", "/api/offerings", offeringJSON(t, o), with(auth, "Accept-Language", lang+";q=0.9, de")...)
			if r.status != 422 || r.header.Get("Content-Language") != lang {
				t.Fatalf("%s: %d, Content-Language %q", lang, r.status, r.header.Get("Content-Language"))
			}
			p := r.problem(t)
			byRule := map[string]api.FieldError{}
			for _, fe := range p.Errors {
				byRule[fe.Rule] = fe
			}
			for rule, field := range map[string]string{"group_capacity": "frames.capacity.max", "role_required": "target_group.roles", "max": "name"} {
				fe, ok := byRule[rule]
				if !ok || fe.Field != field || fe.Message == "" {
					t.Errorf("%s: rule %s: %+v; want field %s", lang, rule, fe, field)
				}
			}
			if fe := byRule["group_capacity"]; fe.Pointer != "/frames/capacity/max" {
				t.Errorf("pointer %q", fe.Pointer)
			}
			msgs[lang] = byRule["group_capacity"].Message + p.Title
		}
		if msgs["nb"] == msgs["nn"] || msgs["nb"] == msgs["en"] || msgs["nn"] == msgs["en"] {
			t.Errorf("messages do not follow Accept-Language: %q", msgs)
		}

		// Decoding problems name the path.
		r := e.do("POST", "/api/offerings", `{"name": "x", "frames": {"capcity": {}}}`, auth...)
		if r.status != 400 {
			t.Fatalf("unknown member: %d", r.status)
		}
		if p := r.problem(t); len(p.Errors) != 1 || p.Errors[0].Field != "frames.capcity" || p.Errors[0].Rule != "unknown_field" {
			t.Errorf("unknown member problem: %+v", p.Errors)
		}
		r = e.do("POST", "/api/offerings", `{"format": "stor_gruppe"}`, auth...)
		if p := r.problem(t); r.status != 400 || len(p.Errors) != 1 || p.Errors[0].Rule != "code" || p.Errors[0].Field != "format" {
			t.Errorf("unknown code: %d %+v", r.status, p.Errors)
		}
		if r := e.do("POST", "/api/offerings", `{"name": `, auth...); r.status != 400 {
			t.Errorf("truncated JSON: %d", r.status)
		}
		if r := e.do("POST", "/api/offerings", "name=x", with(auth, "Content-Type", "application/x-www-form-urlencoded")...); r.status != 415 {
			t.Errorf("form body: %d", r.status)
		}
		big := `{"description": "` + strings.Repeat("a", api.MaxOfferingBody) + `"}`
		if r := e.do("POST", "/api/offerings", big, auth...); r.status != 413 {
			t.Errorf("body over the limit: %d", r.status)
		}
	})
}

func TestListFiltersAndPages(t *testing.T) {
	forEach(t, func(t *testing.T, e *env) {
		// Pages of 7 following next give every offering once.
		seen := map[string]bool{}
		next := "/api/offerings?limit=7&status=active,paused,ended"
		for pages := 0; next != ""; pages++ {
			var p struct {
				Items []lmh.Offering `json:"items"`
				Next  string         `json:"next"`
			}
			r := e.do("GET", next, nil)
			if r.status != 200 {
				t.Fatalf("%s: %d %s", next, r.status, r.body)
			}
			r.json(t, &p)
			for _, o := range p.Items {
				if seen[o.ID.String()] {
					t.Fatalf("%s given twice", o.ID)
				}
				seen[o.ID.String()] = true
			}
			next = p.Next
			if pages > 20 {
				t.Fatal("pages do not end")
			}
		}
		if len(seen) != len(e.cat) {
			t.Fatalf("pages gave %d offerings; want %d", len(seen), len(e.cat))
		}
		var p struct {
			Items []lmh.Offering `json:"items"`
		}
		e.do("GET", "/api/offerings?role=next_of_kin&municipality=4621&limit=100", nil).json(t, &p)
		want := 0
		for _, o := range e.cat {
			if o.TargetGroup.HasRole(taxonomy.RoleNextOfKin) && (o.Coverage.Covers("4621") || (o.Coverage.IsZero() && o.Place.Municipality == "4621")) {
				want++
			}
		}
		if len(p.Items) != want || want == 0 {
			t.Errorf("role and municipality: %d offerings; want %d", len(p.Items), want)
		}
		for _, q := range []string{"role=aunt", "municipality=9999", "condition=x", "programme=y", "status=closed", "limit=0", "limit=101", "after=nope"} {
			r := e.do("GET", "/api/offerings?"+q, nil, "Accept-Language", "en")
			if r.status != 400 {
				t.Errorf("%s: %d", q, r.status)
				continue
			}
			if p := r.problem(t); len(p.Errors) == 0 || p.Errors[0].Message == "" {
				t.Errorf("%s: %+v", q, p)
			}
		}
		// A limit names the bound it breaks.
		for q, rule := range map[string]string{"limit=0": "gte", "limit=101": "lte", "limit=many": "type"} {
			p := e.do("GET", "/api/offerings?"+q, nil).problem(t)
			if len(p.Errors) != 1 || p.Errors[0].Rule != rule {
				t.Errorf("%s: %+v; want rule %s", q, p.Errors, rule)
			}
		}
	})
}

func TestRoutingProblems(t *testing.T) {
	forEach(t, func(t *testing.T, e *env) {
		r := e.do("GET", "/api/nothing", nil)
		if r.status != 404 {
			t.Fatalf("unknown path: %d", r.status)
		}
		r.problem(t)
		r = e.do("PATCH", "/api/offerings", nil)
		if r.status != http.StatusMethodNotAllowed || !slices.Contains(r.header.Values("Allow"), "POST") {
			t.Fatalf("PATCH: %d Allow %v", r.status, r.header.Values("Allow"))
		}
		r.problem(t)
		if r := e.do("GET", "/api/offerings/not-a-uuid", nil); r.status != 404 {
			t.Errorf("malformed id: %d", r.status)
		}
		if r := e.do("GET", "/", nil); r.status != 200 {
			t.Errorf("/: %d", r.status)
		}
		var h map[string]any
		e.do("GET", "/healthz", nil).json(t, &h)
		if h["database"] != "ok" || h["offerings"].(float64) != float64(len(e.cat)) {
			t.Errorf("healthz %v", h)
		}
	})
}
