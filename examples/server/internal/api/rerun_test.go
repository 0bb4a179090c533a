package api_test

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/lmhkit/lmhkit/examples/server/internal/api"
	"github.com/lmhkit/lmhkit/examples/server/internal/testdb"
	"github.com/lmhkit/lmhkit/lmh"
)

// line returns the sample offering o as a catalogue line with id and the
// changes applied, as a harvest would write it (status active).
func line(t *testing.T, o lmh.Offering, id string, change ...func(m map[string]any)) []byte {
	t.Helper()
	b, err := json.Marshal(&o)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	m["id"], m["status"] = id, "active"
	for _, c := range change {
		c(m)
	}
	b, _ = json.Marshal(m)
	return append(b, '\n')
}

// getOffering reads the live offering with id as a JSON object.
func (e *env) getOffering(id string) map[string]any {
	e.t.Helper()
	r := e.do("GET", "/api/offerings/"+id, nil)
	var m map[string]any
	r.json(e.t, &m)
	if r.status != 200 {
		e.t.Fatalf("GET %s: %d", id, r.status)
	}
	return m
}

// putOffering replaces the live offering with id after change, as a
// person editing it in the service would.
func (e *env) putOffering(id string, change func(m map[string]any)) {
	e.t.Helper()
	m := e.getOffering(id)
	change(m)
	if r := e.do("PUT", "/api/offerings/"+id, m, with(auth, "If-Match", "*")...); r.status != 200 {
		e.t.Fatalf("PUT %s: %d %s", id, r.status, r.body)
	}
}

func outcomes(ir importReply) []string {
	var out []string
	for _, l := range ir.Lines {
		out = append(out, l.Outcome)
	}
	return out
}

// TestImportRerunKeepsPersonsWork: a re-crawl merges three ways per field.
// What a person changed since the last import (stored ≠ last imported)
// stays, whatever the listing says now; what they did not change takes
// the listing's new value; what the listing no longer gives is dropped
// unless the person changed it. A person's status stays; a harvest's
// "active" does not undo "ended".
func TestImportRerunKeepsPersonsWork(t *testing.T) {
	forEach(t, func(t *testing.T, e *env) {
		const id = "6f1d3c52-0b7e-4c1a-9a39-00000000aa01"
		crawl := func(description string, change ...func(m map[string]any)) []byte {
			return line(t, e.cat[0], id, append([]func(map[string]any){func(m map[string]any) {
				delete(m, "coverage")
				delete(m, "user_participation")
				delete(m, "accessibility")
				delete(m, "team")
				delete(m, "contact")
				m["description"] = description
				m["url"] = "https://example.no/kurs"
			}}, change...)...)
		}
		// Week 1: held as a draft; a person completes it, adds what the
		// listing does not say, and ends it.
		if _, ir := e.importLines(crawl("Uke 1")); strings.Join(outcomes(ir), ",") != "held" {
			t.Fatalf("week 1: %v", outcomes(ir))
		}
		var m map[string]any
		json.Unmarshal(fill(t, crawl("Uke 1"), []string{"coverage", "user_participation"}), &m)
		m["accessibility"] = []string{"hearing_loop"}
		m["team"] = []string{"nurse"}
		m["contact"] = map[string]any{"email": "lms@example.no"}
		if r := e.do("POST", "/api/offerings", m, auth...); r.status != 201 {
			t.Fatalf("the completed draft: %d %s", r.status, r.body)
		}
		e.putOffering(id, func(m map[string]any) { m["status"] = "ended"; m["name"] = "Navn fra en person" })

		// Week 2: the listing changes its description and its name.
		r, ir := e.importLines(crawl("Uke 2", func(m map[string]any) { m["name"] = "Nytt navn i oppslaget" }))
		if r.status != 200 || strings.Join(outcomes(ir), ",") != "updated" {
			t.Fatalf("week 2: %d %s", r.status, r.body)
		}
		got := e.getOffering(id)
		for k, want := range map[string]string{
			"description": `"Uke 2"`, "name": `"Navn fra en person"`, "status": `"ended"`,
			"accessibility": `["hearing_loop"]`, "team": `["nurse"]`, "contact": `{"email":"lms@example.no"}`,
			"coverage": `{"national":true}`, "url": `"https://example.no/kurs"`,
		} {
			if b, _ := json.Marshal(got[k]); string(b) != want {
				t.Errorf("week 2: %s = %s, want %s", k, b, want)
			}
		}

		// Week 3: the listing no longer gives its url: dropped. The
		// person's work stays.
		_, ir = e.importLines(crawl("Uke 2", func(m map[string]any) { m["name"] = "Nytt navn i oppslaget"; delete(m, "url") }))
		if strings.Join(outcomes(ir), ",") != "updated" {
			t.Fatalf("week 3: %+v", ir)
		}
		got = e.getOffering(id)
		if _, ok := got["url"]; ok || got["status"] != "ended" || got["name"] != "Navn fra en person" || got["accessibility"] == nil {
			t.Errorf("week 3: %v", got)
		}
		// The same crawl again changes nothing.
		if _, ir = e.importLines(crawl("Uke 2", func(m map[string]any) { m["name"] = "Nytt navn i oppslaget"; delete(m, "url") })); strings.Join(outcomes(ir), ",") != "unchanged" {
			t.Errorf("week 3 again: %v", outcomes(ir))
		}

		// A complete line: the first import over a seeded offering keeps
		// its status; after a person ends it and adds to it, the same
		// line keeps both.
		o := e.cat[1]
		full := line(t, o, o.ID.String())
		if _, ir = e.importLines(full); ir.Lines[0].Outcome == "rejected" {
			t.Fatalf("complete line: %+v", ir)
		}
		e.putOffering(o.ID.String(), func(m map[string]any) { m["status"] = "ended"; m["team"] = []string{"psychologist"} })
		if _, ir = e.importLines(full); strings.Join(outcomes(ir), ",") != "unchanged" {
			t.Errorf("complete line again: %v", outcomes(ir))
		}
		if got := e.getOffering(o.ID.String()); got["status"] != "ended" || got["team"] == nil {
			t.Errorf("complete line: status %v, team %v", got["status"], got["team"])
		}
		// A status the person never changed follows the listing.
		e.putOffering(o.ID.String(), func(m map[string]any) { m["status"] = "active" })
		if _, ir = e.importLines(line(t, o, o.ID.String(), func(m map[string]any) { m["status"] = "paused" })); strings.Join(outcomes(ir), ",") != "updated" {
			t.Errorf("paused by the listing: %v", outcomes(ir))
		}
		if got := e.getOffering(o.ID.String()); got["status"] != "paused" {
			t.Errorf("status %v, want the listing's paused", got["status"])
		}
	})
}

// TestImportDiscardedDraft: a discarded draft is remembered; the next
// crawl reports it as discarded and does not hold it again, until the
// discard is forgotten.
func TestImportDiscardedDraft(t *testing.T) {
	forEach(t, func(t *testing.T, e *env) {
		const id = "6f1d3c52-0b7e-4c1a-9a39-00000000bb01"
		draft := line(t, e.cat[0], id, func(m map[string]any) { delete(m, "coverage") })
		if _, ir := e.importLines(draft); strings.Join(outcomes(ir), ",") != "held" {
			t.Fatalf("held: %v", outcomes(ir))
		}
		if r := e.do("DELETE", "/api/drafts/"+id, nil, auth...); r.status != 204 {
			t.Fatalf("discard: %d", r.status)
		}
		r, ir := e.importLines(draft)
		if r.status != 200 || len(ir.Lines) != 1 || ir.Lines[0].Outcome != "discarded" || ir.Counts["discarded"] != 1 {
			t.Fatalf("the discarded draft again: %d %s", r.status, r.body)
		}
		var raw struct {
			Lines []struct {
				DiscardedAt string `json:"discarded_at"`
				Restore     string `json:"restore"`
			} `json:"lines"`
		}
		r.json(t, &raw)
		if raw.Lines[0].DiscardedAt == "" || raw.Lines[0].Restore != "/api/drafts/discarded/"+id {
			t.Errorf("the discarded line does not say when or how to restore: %s", r.body)
		}
		if _, ok := e.drafts()[id]; ok {
			t.Error("the discarded draft is held again")
		}
		// A complete line of the discarded listing is not imported either.
		if _, ir := e.importLines(line(t, e.cat[0], id)); strings.Join(outcomes(ir), ",") != "discarded" {
			t.Errorf("complete line of a discarded listing: %v", outcomes(ir))
		}
		// Forgetting the discard brings it back with the next import.
		if r := e.do("DELETE", "/api/drafts/discarded/"+id, nil); r.status != 401 {
			t.Errorf("restore without a token: %d", r.status)
		}
		if r := e.do("DELETE", "/api/drafts/discarded/"+id, nil, auth...); r.status != 204 {
			t.Errorf("restore: %d", r.status)
		}
		if r := e.do("DELETE", "/api/drafts/discarded/"+id, nil, auth...); r.status != 404 {
			t.Errorf("restore again: %d", r.status)
		}
		if _, ir := e.importLines(draft); strings.Join(outcomes(ir), ",") != "held" {
			t.Errorf("after the restore: %v", outcomes(ir))
		}
		// Saving the offering by hand forgets a discard too.
		if r := e.do("DELETE", "/api/drafts/"+id, nil, auth...); r.status != 204 {
			t.Fatalf("discard: %d", r.status)
		}
		if r := e.do("POST", "/api/offerings", line(t, e.cat[0], id), auth...); r.status != 201 {
			t.Fatalf("create: %d %s", r.status, r.body)
		}
		if _, ir := e.importLines(draft); ir.Lines[0].Outcome == "discarded" {
			t.Errorf("a live offering's line is discarded: %v", outcomes(ir))
		}
	})
}

// TestImportReportsConflicts: where the listing changed a value the
// person also changed since the last import, the person's value stays and
// the line's outcome names the field (conflicts, JSON paths, sorted), so
// that a case worker can look at it; a value both changed alike, a
// value only one of them changed, or a listing that changed nothing is no
// conflict.
func TestImportReportsConflicts(t *testing.T) {
	for _, b := range testdb.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			t.Parallel()
			// A clock that moves a minute at every reading: the server sets
			// last_modified at every write and import, and that is never
			// a conflict.
			var tick atomic.Int64
			e := newEnv(t, b, func(c *api.Config) {
				c.Now = func() time.Time { return time.Date(2026, 12, 7, 12, int(tick.Add(1)), 0, 0, time.UTC) }
			})
			importReportsConflicts(t, e)
		})
	}
}

func importReportsConflicts(t *testing.T, e *env) {
	{
		const id = "6f1d3c52-0b7e-4c1a-9a39-00000000cf01"
		crawl := func(change ...func(m map[string]any)) []byte { return line(t, e.cat[0], id, change...) }
		if _, ir := e.importLines(crawl()); strings.Join(outcomes(ir), ",") != "created" {
			t.Fatalf("first import: %v", outcomes(ir))
		}
		e.putOffering(id, func(m map[string]any) {
			m["name"] = "Navn fra en person"
			m["place"].(map[string]any)["name"] = "Auditoriet, som en person skrev"
			m["frames"].(map[string]any)["capacity"].(map[string]any)["max"] = 20
			delete(m, "team")
		})
		type conflictsReply struct {
			Lines []struct {
				Outcome   string   `json:"outcome"`
				Conflicts []string `json:"conflicts"`
			} `json:"lines"`
		}
		week2 := func(m map[string]any) {
			m["description"] = "Ny tekst fra utlysningen"
			m["place"].(map[string]any)["name"] = "Nytt møtested"
			m["frames"].(map[string]any)["capacity"].(map[string]any)["max"] = 20
			m["team"] = []string{"nurse"}
		}
		r, _ := e.importLines(crawl(week2))
		var cr conflictsReply
		r.json(t, &cr)
		if len(cr.Lines) != 1 || cr.Lines[0].Outcome != "updated" || strings.Join(cr.Lines[0].Conflicts, ",") != "place.name,team" {
			t.Fatalf("week 2: %s", r.body)
		}
		got := e.getOffering(id)
		if got["place"].(map[string]any)["name"] != "Auditoriet, som en person skrev" || got["team"] != nil || got["description"] != "Ny tekst fra utlysningen" {
			t.Errorf("week 2 merged: %v", got)
		}
		// The same crawl again: the listing changed nothing, no conflict.
		r, _ = e.importLines(crawl(week2))
		cr = conflictsReply{}
		r.json(t, &cr)
		if len(cr.Lines) != 1 || cr.Lines[0].Outcome != "unchanged" || len(cr.Lines[0].Conflicts) != 0 {
			t.Errorf("week 2 again: %s", r.body)
		}
		// The listing moves the place again: the person's place name stays, so
		// nothing is written, but the conflict is named.
		r, _ = e.importLines(crawl(week2, func(m map[string]any) { m["place"].(map[string]any)["name"] = "Enda et møtested" }))
		cr = conflictsReply{}
		r.json(t, &cr)
		if len(cr.Lines) != 1 || cr.Lines[0].Outcome != "unchanged" || strings.Join(cr.Lines[0].Conflicts, ",") != "place.name" {
			t.Errorf("week 3: %s", r.body)
		}
	}
}

// discardsPage is the answer of GET /api/drafts/discarded.
type discardsPage struct {
	Items []struct {
		ID          string          `json:"id"`
		Kind        string          `json:"kind"`
		DiscardedAt string          `json:"discarded_at"`
		Missing     []string        `json:"missing"`
		Offering    json.RawMessage `json:"offering"`
	} `json:"items"`
	Next string `json:"next"`
}

// TestImportDeletedOffering: a person's deletion of an offering an import
// wrote is remembered like a discard: the next import of the same listing
// answers it deleted (when, and the restore path) and does not create it
// again; GET /api/drafts/discarded lists it; the restore route puts it
// back live as it was deleted, and the same listing is then unchanged.
func TestImportDeletedOffering(t *testing.T) {
	forEach(t, func(t *testing.T, e *env) {
		const id = "6f1d3c52-0b7e-4c1a-9a39-00000000dd01"
		full := line(t, e.cat[0], id)
		if _, ir := e.importLines(full); strings.Join(outcomes(ir), ",") != "created" {
			t.Fatalf("first import: %v", outcomes(ir))
		}
		e.putOffering(id, func(m map[string]any) { m["team"] = []string{"nurse"} })
		if r := e.do("DELETE", "/api/offerings/"+id, nil, with(auth, "If-Match", "*")...); r.status != 204 {
			t.Fatalf("delete: %d %s", r.status, r.body)
		}
		r, ir := e.importLines(full)
		if r.status != 200 || strings.Join(outcomes(ir), ",") != "deleted" || ir.Counts["deleted"] != 1 {
			t.Fatalf("the deleted offering's listing again: %d %s", r.status, r.body)
		}
		var raw struct {
			Lines []struct {
				DiscardedAt string `json:"discarded_at"`
				Restore     string `json:"restore"`
			} `json:"lines"`
		}
		r.json(t, &raw)
		if raw.Lines[0].DiscardedAt == "" || raw.Lines[0].Restore != "/api/drafts/discarded/"+id {
			t.Errorf("the deleted line does not say when or how to restore: %s", r.body)
		}
		if r := e.do("GET", "/api/offerings/"+id, nil); r.status != 404 {
			t.Fatalf("the deleted offering is back: %d", r.status)
		}
		// Listed among the discards, as deleted.
		if r := e.do("GET", "/api/drafts/discarded", nil); r.status != 401 {
			t.Errorf("discards without a token: %d", r.status)
		}
		var p discardsPage
		r = e.do("GET", "/api/drafts/discarded", nil, auth...)
		r.json(t, &p)
		if r.status != 200 || len(p.Items) != 1 || p.Items[0].ID != id || p.Items[0].Kind != "offering" || p.Items[0].DiscardedAt == "" {
			t.Fatalf("discards: %d %s", r.status, r.body)
		}
		if o, err := lmh.DecodeOffering(p.Items[0].Offering); err != nil || len(o.Team) != 1 {
			t.Errorf("the deleted offering as listed: %+v %v", o, err)
		}
		if r.header.Get("Cache-Control") != "no-store" {
			t.Errorf("discards Cache-Control = %q", r.header.Get("Cache-Control"))
		}
		// Restored: live again as it was deleted, the person's team too;
		// the same listing is then unchanged.
		if r := e.do("DELETE", "/api/drafts/discarded/"+id, nil, auth...); r.status != 204 {
			t.Fatalf("restore: %d %s", r.status, r.body)
		}
		if got := e.getOffering(id); got["team"] == nil {
			t.Errorf("restored without the person's team: %v", got)
		}
		if _, ir := e.importLines(full); strings.Join(outcomes(ir), ",") != "unchanged" {
			t.Errorf("after the restore: %v", outcomes(ir))
		}
		if r := e.do("POST", "/api/explain", map[string]any{"need": map[string]any{"roles": []string{"patient"}}, "offering_id": id}); r.status != 200 {
			t.Errorf("the restored offering is not in the catalogue matched: %d %s", r.status, r.body)
		}
		// An offering created by hand is not remembered when deleted.
		hand := line(t, e.cat[0], "6f1d3c52-0b7e-4c1a-9a39-00000000dd02")
		if r := e.do("POST", "/api/offerings", hand, auth...); r.status != 201 {
			t.Fatalf("create: %d %s", r.status, r.body)
		}
		if r := e.do("DELETE", "/api/offerings/6f1d3c52-0b7e-4c1a-9a39-00000000dd02", nil, with(auth, "If-Match", "*")...); r.status != 204 {
			t.Fatalf("delete: %d", r.status)
		}
		if _, ir := e.importLines(hand); strings.Join(outcomes(ir), ",") != "created" {
			t.Errorf("a hand-made offering deleted, then imported: %v", outcomes(ir))
		}
	})
}

// TestDiscardedDraftsListed: GET /api/drafts/discarded lists discarded
// drafts by id, paged like /api/drafts, with what they held and lacked;
// restoring one holds it again at once.
func TestDiscardedDraftsListed(t *testing.T) {
	forEach(t, func(t *testing.T, e *env) {
		ids := []string{"6f1d3c52-0b7e-4c1a-9a39-00000000de02", "6f1d3c52-0b7e-4c1a-9a39-00000000de01"}
		var body []byte
		for i, id := range ids {
			body = append(body, line(t, e.cat[i], id, func(m map[string]any) { delete(m, "coverage") })...)
		}
		if _, ir := e.importLines(body); strings.Join(outcomes(ir), ",") != "held,held" {
			t.Fatalf("held: %v", outcomes(ir))
		}
		for _, id := range ids {
			if r := e.do("DELETE", "/api/drafts/"+id, nil, auth...); r.status != 204 {
				t.Fatalf("discard: %d", r.status)
			}
		}
		var got []string
		pages := 0
		for next := "/api/drafts/discarded?limit=1"; next != ""; pages++ {
			var p discardsPage
			r := e.do("GET", next, nil, auth...)
			r.json(t, &p)
			if r.status != 200 || pages > 3 {
				t.Fatalf("GET %s: %d %s", next, r.status, r.body)
			}
			for _, it := range p.Items {
				if it.Kind != "draft" || strings.Join(it.Missing, ",") != "coverage" || it.DiscardedAt == "" {
					t.Errorf("discarded draft %+v", it)
				}
				if _, err := lmh.DecodeOffering(it.Offering); err != nil {
					t.Errorf("discarded draft %s: %v", it.ID, err)
				}
				got = append(got, it.ID)
			}
			next = p.Next
		}
		if strings.Join(got, ",") != ids[1]+","+ids[0] || pages != 2 {
			t.Errorf("discards %v in %d pages", got, pages)
		}
		if r := e.do("GET", "/api/drafts/discarded?limit=0&after=x", nil, auth...); r.status != 400 {
			t.Errorf("bad page parameters: %d", r.status)
		}
		if r := e.do("DELETE", "/api/drafts/discarded/"+ids[0], nil, auth...); r.status != 204 {
			t.Fatalf("restore: %d", r.status)
		}
		if d := e.drafts(); len(d) != 1 || strings.Join(d[ids[0]], ",") != "coverage" {
			t.Errorf("drafts after the restore: %v", d)
		}
	})
}

// TestImportByteOrderMarks: files joined with cat carry a byte-order mark
// at the start of each; every line's is skipped.
func TestImportByteOrderMarks(t *testing.T) {
	forEach(t, func(t *testing.T, e *env) {
		bom := "\xef\xbb\xbf"
		body := bom + string(line(t, e.cat[0], "6f1d3c52-0b7e-4c1a-9a39-00000000cc01")) +
			bom + string(line(t, e.cat[0], "6f1d3c52-0b7e-4c1a-9a39-00000000cc02"))
		r, ir := e.importLines([]byte(body))
		if r.status != 200 || strings.Join(outcomes(ir), ",") != "created,created" {
			t.Errorf("%d %s", r.status, r.body)
		}
	})
}

// TestImportStoredOfferingDoesNotDecode: a stored offering that no longer
// decodes rejects its own line, naming the id; the rest is imported.
func TestImportStoredOfferingDoesNotDecode(t *testing.T) {
	for _, b := range testdb.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			t.Parallel()
			var addr string
			keep := b
			keep.New = func(t testing.TB) string { addr = b.New(t); return addr }
			e := newEnv(t, keep)
			bad := e.cat[2]
			driver := map[string]string{"sqlite": "sqlite", "postgres": "pgx"}[b.Name]
			db, err := sql.Open(driver, addr)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			q := `UPDATE offerings SET doc = '{"colour": "blue"}' WHERE id = ?`
			if b.Name == "postgres" {
				q = `UPDATE offerings SET doc = '{"colour": "blue"}' WHERE id = $1`
			}
			if _, err := db.ExecContext(context.Background(), q, bad.ID.String()); err != nil {
				t.Fatal(err)
			}
			body := append(line(t, e.cat[0], "6f1d3c52-0b7e-4c1a-9a39-00000000dd01"), line(t, bad, bad.ID.String())...)
			r, ir := e.importLines(body, "Accept-Language", "en")
			if r.status != 200 || strings.Join(outcomes(ir), ",") != "created,rejected" {
				t.Fatalf("%d %s", r.status, r.body)
			}
			p := ir.Lines[1].Problem
			if p == nil || p.Status != 500 || !strings.Contains(p.Detail, bad.ID.String()) {
				t.Errorf("the problem of the line over a broken row: %+v", p)
			}
			checkMessages(t, "stored", *p)
			if strings.Contains(e.log.String(), "colour") {
				t.Error("the log holds the stored row")
			}
			_ = api.MaxImportLines
		})
	}
}

// TestImportRepeatedIDNamesNone: a line that gives its id twice, or by
// another case ("ID"), is rejected (repeated_member, unknown_field), and
// its answer names no id: encoding/json would read the last or the
// differently cased one, so the answer could name an offering the line
// did not mean (a client acting on it would restore or fix the wrong
// one).
func TestImportRepeatedIDNamesNone(t *testing.T) {
	forEach(t, func(t *testing.T, e *env) {
		const a, b = "6f1d3c52-0b7e-4c1a-9a39-00000000ef01", "6f1d3c52-0b7e-4c1a-9a39-00000000ef02"
		for _, c := range []struct{ body, rule string }{
			{`{"id": "` + a + `", "name": "Kurs", "id": "` + b + `"}` + "\n", "repeated_member"},
			{`{"name": "Kurs", "ID": "` + b + `"}` + "\n", "unknown_field"},
		} {
			r, ir := e.importLines([]byte(c.body))
			if r.status != 200 || len(ir.Lines) != 1 || ir.Lines[0].Outcome != "rejected" {
				t.Fatalf("%s: %d %s", c.body, r.status, r.body)
			}
			if ir.Lines[0].ID != "" {
				t.Errorf("%s: the answer names id %s", c.body, ir.Lines[0].ID)
			}
			if p := ir.Lines[0].Problem; p == nil || len(p.Errors) != 1 || p.Errors[0].Rule != c.rule {
				t.Errorf("%s: problem %+v; want %s", c.body, p, c.rule)
			}
		}
	})
}

// TestGetOfferingNamesConflicts: GET /api/offerings/{id} names the
// members on which the latest import disagreed with a person's value in
// Lmh-Conflicts (paths, never values), also on a 304, to a request with
// the write token only; the body is the offering as before, which a PUT
// takes back as it is, and that PUT clears them. The FHIR read carries no
// such header.
func TestGetOfferingNamesConflicts(t *testing.T) {
	for _, b := range testdb.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			t.Parallel()
			var tick atomic.Int64
			e := newEnv(t, b, func(c *api.Config) {
				c.Now = func() time.Time { return time.Date(2026, 12, 7, 12, int(tick.Add(1)), 0, 0, time.UTC) }
			})
			const id = "6f1d3c52-0b7e-4c1a-9a39-00000000cf02"
			path := "/api/offerings/" + id
			crawl := func(change ...func(m map[string]any)) []byte { return line(t, e.cat[0], id, change...) }
			if _, ir := e.importLines(crawl()); strings.Join(outcomes(ir), ",") != "created" {
				t.Fatalf("first import: %v", outcomes(ir))
			}
			if r := e.do("GET", path, nil); r.status != 200 || r.header.Values("Lmh-Conflicts") != nil {
				t.Fatalf("GET after the first import: %d, Lmh-Conflicts %q", r.status, r.header.Values("Lmh-Conflicts"))
			}
			e.putOffering(id, func(m map[string]any) {
				m["place"].(map[string]any)["name"] = "Auditoriet, som en person skrev"
				delete(m, "team")
			})
			week2 := func(m map[string]any) {
				m["description"] = "Ny tekst fra utlysningen"
				m["place"].(map[string]any)["name"] = "Nytt møtested"
				m["team"] = []string{"nurse"}
			}
			if _, ir := e.importLines(crawl(week2)); strings.Join(outcomes(ir), ",") != "updated" {
				t.Fatalf("week 2: %v", outcomes(ir))
			}
			r := e.do("GET", path, nil, auth...)
			if r.status != 200 || r.header.Get("Lmh-Conflicts") != "place.name, team" {
				t.Fatalf("GET after week 2: %d, Lmh-Conflicts %q; want \"place.name, team\"", r.status, r.header.Get("Lmh-Conflicts"))
			}
			if !slices.Contains(r.header.Values("Vary"), "Authorization") {
				t.Errorf("GET: Vary %q; want Authorization among them", r.header.Values("Vary"))
			}
			// Without the token, or with another, the header is not
			// sent: the same body and ETag, nothing of where a person
			// edited against the listing.
			for _, h := range [][]string{nil, {"Authorization", "Bearer not-the-token"}, {"Authorization", "Basic " + token}} {
				r2 := e.do("GET", path, nil, h...)
				if r2.status != 200 || r2.header.Values("Lmh-Conflicts") != nil || r2.header.Get("ETag") != r.header.Get("ETag") || !bytes.Equal(r2.body, r.body) {
					t.Errorf("GET with %q: %d, Lmh-Conflicts %q, ETag %s; want 200, none, %s", h, r2.status, r2.header.Values("Lmh-Conflicts"), r2.header.Get("ETag"), r.header.Get("ETag"))
				}
				if r2 := e.do("GET", path, nil, append(h, "If-None-Match", r.header.Get("ETag"))...); r2.status != 304 || r2.header.Values("Lmh-Conflicts") != nil {
					t.Errorf("GET If-None-Match with %q: %d, Lmh-Conflicts %q; want 304, none", h, r2.status, r2.header.Values("Lmh-Conflicts"))
				}
			}
			for _, v := range []string{"Nytt møtested", "nurse", "Auditoriet"} {
				if strings.Contains(r.header.Get("Lmh-Conflicts"), v) {
					t.Errorf("Lmh-Conflicts holds a value: %q", r.header.Get("Lmh-Conflicts"))
				}
			}
			if strings.Contains(string(r.body), "conflict") {
				t.Errorf("the body names the conflicts: %s", r.body)
			}
			// A 304 carries them as well, as it repeats the 200's headers.
			if r2 := e.do("GET", path, nil, with(auth, "If-None-Match", r.header.Get("ETag"))...); r2.status != 304 || r2.header.Get("Lmh-Conflicts") != "place.name, team" {
				t.Errorf("GET If-None-Match: %d, Lmh-Conflicts %q", r2.status, r2.header.Get("Lmh-Conflicts"))
			}
			if r2 := e.do("GET", "/fhir/HealthcareService/"+id, nil); r2.status != 200 || r2.header.Values("Lmh-Conflicts") != nil {
				t.Errorf("FHIR read: %d, Lmh-Conflicts %q", r2.status, r2.header.Values("Lmh-Conflicts"))
			}
			// The same crawl again is not merged: they stay.
			if _, ir := e.importLines(crawl(week2)); strings.Join(outcomes(ir), ",") != "unchanged" {
				t.Fatalf("week 2 again: %v", outcomes(ir))
			}
			if r2 := e.do("GET", path, nil, auth...); r2.header.Get("Lmh-Conflicts") != "place.name, team" || r2.header.Get("ETag") != r.header.Get("ETag") {
				t.Errorf("GET after week 2 again: Lmh-Conflicts %q, ETag %s; want unchanged", r2.header.Get("Lmh-Conflicts"), r2.header.Get("ETag"))
			}
			// The person saves the body as read (the strict decoder takes
			// it): the conflicts are cleared.
			if r2 := e.do("PUT", path, r.body, with(auth, "If-Match", r.header.Get("ETag"))...); r2.status != 200 {
				t.Fatalf("PUT of the body as read: %d %s", r2.status, r2.body)
			}
			if r2 := e.do("GET", path, nil, auth...); r2.status != 200 || r2.header.Values("Lmh-Conflicts") != nil {
				t.Errorf("GET after the person's save: %d, Lmh-Conflicts %q; want none", r2.status, r2.header.Values("Lmh-Conflicts"))
			}
		})
	}
}

// TestStaleSaveDoesNotClearConflicts: a person reads an offering, an
// import whose merge is unchanged then stores a conflict, and the person's
// PUT with the ETag read before it is refused (412): the conflict, which
// that PUT would clear, is not cleared unseen; the GET the page's 412 path
// makes names it. The same line again changes no set and keeps the ETag.
func TestStaleSaveDoesNotClearConflicts(t *testing.T) {
	for _, b := range testdb.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			t.Parallel()
			var tick atomic.Int64
			e := newEnv(t, b, func(c *api.Config) {
				c.Now = func() time.Time { return time.Date(2026, 12, 7, 13, int(tick.Add(1)), 0, 0, time.UTC) }
			})
			const id = "6f1d3c52-0b7e-4c1a-9a39-00000000cf03"
			path := "/api/offerings/" + id
			crawl := func(change ...func(m map[string]any)) []byte { return line(t, e.cat[0], id, change...) }
			if _, ir := e.importLines(crawl()); strings.Join(outcomes(ir), ",") != "created" {
				t.Fatalf("first import: %v", outcomes(ir))
			}
			e.putOffering(id, func(m map[string]any) { m["name"] = "Navnet en person skrev" })
			read := e.do("GET", path, nil, auth...)
			if read.status != 200 || read.header.Values("Lmh-Conflicts") != nil {
				t.Fatalf("GET before the import: %d, Lmh-Conflicts %q", read.status, read.header.Values("Lmh-Conflicts"))
			}
			renamed := func(m map[string]any) { m["name"] = "Navnet utlysningen har nå" }
			v0 := e.live.Current().Version
			_, ir := e.importLines(crawl(renamed))
			if strings.Join(outcomes(ir), ",") != "unchanged" || len(ir.Lines) != 1 || strings.Join(ir.Lines[0].Conflicts, ",") != "name" {
				t.Fatalf("the rename: %+v; want unchanged with conflicts [name]", ir.Lines)
			}
			if ir.CatalogueVersion != v0+1 {
				t.Errorf("the rename: catalogue_version %d; want %d", ir.CatalogueVersion, v0+1)
			}
			after := e.do("GET", path, nil, auth...)
			if after.header.Get("ETag") == read.header.Get("ETag") || after.header.Get("Lmh-Conflicts") != "name" || !bytes.Equal(after.body, read.body) {
				t.Fatalf("GET after the rename: ETag %s (before %s), Lmh-Conflicts %q, body changed %v; want a new ETag, name, the same body",
					after.header.Get("ETag"), read.header.Get("ETag"), after.header.Get("Lmh-Conflicts"), !bytes.Equal(after.body, read.body))
			}
			// The person saves what they read, with its ETag: 412.
			var m map[string]any
			read.json(t, &m)
			m["description"] = "Tekst en person skrev etterpå"
			if r := e.do("PUT", path, m, with(auth, "If-Match", read.header.Get("ETag"))...); r.status != 412 {
				t.Fatalf("stale PUT: %d %s; want 412", r.status, r.body)
			}
			if r := e.do("GET", path, nil, auth...); r.header.Get("Lmh-Conflicts") != "name" || r.header.Get("ETag") != after.header.Get("ETag") {
				t.Errorf("after the stale PUT: Lmh-Conflicts %q, ETag %s; want name, %s", r.header.Get("Lmh-Conflicts"), r.header.Get("ETag"), after.header.Get("ETag"))
			}
			// The same line again: no merge, no new set, the same ETag.
			if _, ir := e.importLines(crawl(renamed)); strings.Join(outcomes(ir), ",") != "unchanged" || ir.CatalogueVersion != v0+1 {
				t.Fatalf("the rename again: %v, catalogue_version %d; want unchanged, %d", outcomes(ir), ir.CatalogueVersion, v0+1)
			}
			if r := e.do("GET", path, nil, auth...); r.header.Get("ETag") != after.header.Get("ETag") || r.header.Get("Lmh-Conflicts") != "name" {
				t.Errorf("after the rename again: ETag %s, Lmh-Conflicts %q; want %s, name", r.header.Get("ETag"), r.header.Get("Lmh-Conflicts"), after.header.Get("ETag"))
			}
			// With the ETag read after the import, the save goes through
			// and clears the set the person has now seen.
			if r := e.do("PUT", path, m, with(auth, "If-Match", after.header.Get("ETag"))...); r.status != 200 {
				t.Fatalf("PUT with the new ETag: %d %s", r.status, r.body)
			}
			if r := e.do("GET", path, nil, auth...); r.header.Values("Lmh-Conflicts") != nil {
				t.Errorf("after the save: Lmh-Conflicts %q; want none", r.header.Values("Lmh-Conflicts"))
			}
		})
	}
}

// TestListingSaysAtConflicts: GET /api/offerings/{id}/conflicts answers,
// to a request with the write token only, what the listing now says at
// each stored conflict (the last imported line's value; none where the
// listing no longer gives the member), with the offering's ETag; a reader
// without the token learns nothing of them (401, no value in the answer).
// A person's save clears them.
func TestListingSaysAtConflicts(t *testing.T) {
	for _, b := range testdb.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			t.Parallel()
			var tick atomic.Int64
			e := newEnv(t, b, func(c *api.Config) {
				c.Now = func() time.Time { return time.Date(2026, 12, 7, 12, int(tick.Add(1)), 0, 0, time.UTC) }
			})
			const id = "6f1d3c52-0b7e-4c1a-9a39-00000000cf03"
			path := "/api/offerings/" + id
			crawl := func(change ...func(m map[string]any)) []byte { return line(t, e.cat[0], id, change...) }
			if _, ir := e.importLines(crawl()); strings.Join(outcomes(ir), ",") != "created" {
				t.Fatalf("first import: %v", outcomes(ir))
			}
			if r := e.do("GET", path+"/conflicts", nil, auth...); r.status != 200 || !strings.Contains(string(r.body), `"conflicts":[]`) {
				t.Fatalf("before any conflict: %d %s; want 200 and none", r.status, r.body)
			}
			e.putOffering(id, func(m map[string]any) {
				m["place"].(map[string]any)["name"] = "Auditoriet, som en person skrev"
				m["team"] = []string{"physiotherapist"}
			})
			if _, ir := e.importLines(crawl(func(m map[string]any) {
				m["place"].(map[string]any)["name"] = "Nytt møtested"
				delete(m, "team")
			})); strings.Join(outcomes(ir), ",") != "unchanged" || strings.Join(ir.Lines[0].Conflicts, ",") != "place.name,team" {
				t.Fatalf("week 2: %v %v", outcomes(ir), ir.Lines[0].Conflicts)
			}
			read := e.do("GET", path, nil, auth...)
			r := e.do("GET", path+"/conflicts", nil, auth...)
			var got struct {
				Conflicts []struct {
					Field   string          `json:"field"`
					Pointer string          `json:"pointer"`
					Listing json.RawMessage `json:"listing"`
				} `json:"conflicts"`
			}
			r.json(t, &got)
			if r.status != 200 || r.header.Get("ETag") != read.header.Get("ETag") || r.header.Get("Cache-Control") != "no-store" ||
				!slices.Contains(r.header.Values("Vary"), "Authorization") {
				t.Fatalf("GET conflicts: %d, ETag %s (offering %s), Cache-Control %q, Vary %q", r.status, r.header.Get("ETag"),
					read.header.Get("ETag"), r.header.Get("Cache-Control"), r.header.Values("Vary"))
			}
			if len(got.Conflicts) != 2 || got.Conflicts[0].Field != "place.name" || got.Conflicts[0].Pointer != "/place/name" ||
				string(got.Conflicts[0].Listing) != `"Nytt møtested"` || got.Conflicts[1].Field != "team" || got.Conflicts[1].Listing != nil {
				t.Errorf("GET conflicts: %s; want the listing's place name and no team", r.body)
			}
			// Readers: no token, another token, another scheme.
			for _, h := range [][]string{nil, {"Authorization", "Bearer not-the-token"}, {"Authorization", "Basic " + token}} {
				r2 := e.do("GET", path+"/conflicts", nil, h...)
				if r2.status != 401 || strings.Contains(string(r2.body), "møtested") || strings.Contains(string(r2.body), "place") {
					t.Errorf("GET conflicts with %q: %d %s; want 401 and nothing of them", h, r2.status, r2.body)
				}
			}
			if strings.Contains(e.log.String(), "møtested") {
				t.Error("the log holds a value of the listing")
			}
			if r2 := e.do("GET", "/api/offerings/6f1d3c52-0b7e-4c1a-9a39-0000000000ff/conflicts", nil, auth...); r2.status != 404 {
				t.Errorf("GET conflicts of no offering: %d; want 404", r2.status)
			}
			if r2 := e.do("PUT", path, read.body, with(auth, "If-Match", read.header.Get("ETag"))...); r2.status != 200 {
				t.Fatalf("PUT: %d %s", r2.status, r2.body)
			}
			if r2 := e.do("GET", path+"/conflicts", nil, auth...); r2.status != 200 || !strings.Contains(string(r2.body), `"conflicts":[]`) {
				t.Errorf("after the person's save: %d %s; want none", r2.status, r2.body)
			}
		})
	}
}

// TestListingValueMovesTheVersion: a rerun whose line gives another value
// at a conflict already stored (the same set of conflicts) gives the
// offering a new ETag, as a new set does: GET .../conflicts then answers
// the new value under a new ETag (never two values under one), and a page
// that showed the old value cannot save over the new one unseen (412).
func TestListingValueMovesTheVersion(t *testing.T) {
	for _, b := range testdb.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			t.Parallel()
			var tick atomic.Int64
			e := newEnv(t, b, func(c *api.Config) {
				c.Now = func() time.Time { return time.Date(2026, 12, 8, 12, int(tick.Add(1)), 0, 0, time.UTC) }
			})
			const id = "6f1d3c52-0b7e-4c1a-9a39-00000000cf04"
			path := "/api/offerings/" + id
			crawl := func(change ...func(m map[string]any)) []byte { return line(t, e.cat[0], id, change...) }
			placed := func(name string) func(m map[string]any) {
				return func(m map[string]any) { m["place"].(map[string]any)["name"] = name }
			}
			if _, ir := e.importLines(crawl()); strings.Join(outcomes(ir), ",") != "created" {
				t.Fatalf("first import: %v", outcomes(ir))
			}
			e.putOffering(id, placed("Auditoriet, som en person skrev"))
			if _, ir := e.importLines(crawl(placed("Nytt møtested"))); strings.Join(outcomes(ir), ",") != "unchanged" ||
				strings.Join(ir.Lines[0].Conflicts, ",") != "place.name" {
				t.Fatalf("week 2: %v %v", outcomes(ir), ir.Lines[0].Conflicts)
			}
			week2 := e.do("GET", path+"/conflicts", nil, auth...)
			if week2.status != 200 || !strings.Contains(string(week2.body), `"Nytt møtested"`) {
				t.Fatalf("GET conflicts after week 2: %d %s", week2.status, week2.body)
			}
			read := e.do("GET", path, nil, auth...)
			if _, ir := e.importLines(crawl(placed("Tredje møtested"))); strings.Join(outcomes(ir), ",") != "unchanged" ||
				strings.Join(ir.Lines[0].Conflicts, ",") != "place.name" {
				t.Fatalf("week 3: %v %v", outcomes(ir), ir.Lines[0].Conflicts)
			}
			week3 := e.do("GET", path+"/conflicts", nil, auth...)
			if week3.status != 200 || !strings.Contains(string(week3.body), `"Tredje møtested"`) {
				t.Fatalf("GET conflicts after week 3: %d %s", week3.status, week3.body)
			}
			if week3.header.Get("ETag") == week2.header.Get("ETag") {
				t.Errorf("the listing's value at a conflict moved (%s) under the same ETag %s", week3.body, week3.header.Get("ETag"))
			}
			// A rerun of week 3's line: nothing moves.
			if _, ir := e.importLines(crawl(placed("Tredje møtested"))); strings.Join(outcomes(ir), ",") != "unchanged" {
				t.Fatalf("rerun: %v", outcomes(ir))
			}
			if r := e.do("GET", path+"/conflicts", nil, auth...); r.header.Get("ETag") != week3.header.Get("ETag") {
				t.Errorf("a rerun of the same line moved the ETag: %s -> %s", week3.header.Get("ETag"), r.header.Get("ETag"))
			}
			if r := e.do("PUT", path, read.body, with(auth, "If-Match", read.header.Get("ETag"))...); r.status != 412 {
				t.Errorf("PUT of the version read before week 3, whose page showed week 2's value: %d; want 412", r.status)
			}
		})
	}
}
