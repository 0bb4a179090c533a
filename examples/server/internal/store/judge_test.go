package store_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"github.com/google/uuid"
	"github.com/lmhkit/lmhkit/examples/server/internal/store"
	"github.com/lmhkit/lmhkit/examples/server/internal/testdb"
	"github.com/lmhkit/lmhkit/lmh"
)

// TestImportJudgesChangesByMembers: an import compares its merge with the
// stored offering by JSON members (not by lmh's encoding): every change
// of the listing that the merge takes — a list's order, a number, a
// member dropped (an omitted empty value, a false bool), a nested
// member — is updated and stored, never judged unchanged and lost. Each
// offering has a person's change elsewhere (its name), so that every line
// is merged three ways with a base.
func TestImportJudgesChangesByMembers(t *testing.T) {
	cases := []struct {
		name   string
		change func(o *lmh.Offering)
		check  func(o *lmh.Offering) bool
	}{
		{"languages reordered", func(o *lmh.Offering) { o.Languages = []string{"en", "nb"} },
			func(o *lmh.Offering) bool { return slices.Equal(o.Languages, []string{"en", "nb"}) }},
		{"hours 2 to 2.5", func(o *lmh.Offering) { o.Frames.Hours = 2.5 },
			func(o *lmh.Offering) bool { return o.Frames.Hours == 2.5 }},
		{"capacity max 20 to 21", func(o *lmh.Offering) { o.Frames.Capacity.Max = 21 },
			func(o *lmh.Offering) bool { return o.Frames.Capacity.Max == 21 }},
		{"capacity enrolled dropped (0, omitted)", func(o *lmh.Offering) { o.Frames.Capacity.Enrolled = 0 },
			func(o *lmh.Offering) bool { return o.Frames.Capacity.Enrolled == 0 }},
		{"health_trust true to false (omitted)", func(o *lmh.Offering) { o.Provider.HealthTrust = false },
			func(o *lmh.Offering) bool { return !o.Provider.HealthTrust }},
		{"place address dropped", func(o *lmh.Offering) { o.Place.Address = "" },
			func(o *lmh.Offering) bool { return o.Place.Address == "" }},
		{"description dropped", func(o *lmh.Offering) { o.Description = "" },
			func(o *lmh.Offering) bool { return o.Description == "" }},
	}
	forEach(t, func(t *testing.T, s store.Store) {
		ctx := context.Background()
		base := sample()[0]
		base.Languages = []string{"nb", "en"}
		base.Frames.Hours = 2
		base.Frames.Capacity.Max = 20
		base.Frames.Capacity.Enrolled = 5
		base.Provider.HealthTrust = true
		base.Place.Address = "Sjukehusvegen 1"
		base.Description = "Tekst fra utlysningen."
		for i, c := range cases {
			o := base.Clone()
			o.ID = uuid.MustParse(fmt.Sprintf("0c9a9d4e-2222-4c1a-9a39-%012d", i))
			if res, _, err := s.Import(ctx, []store.ImportItem{{Offering: o}}); err != nil || res[0].Outcome != store.Created {
				t.Fatalf("%s: first import: %+v %v", c.name, res, err)
			}
			mine := o.Clone()
			mine.Name = "Navn en person skrev"
			if _, err := s.Update(ctx, &mine, store.AnyVersion); err != nil {
				t.Fatal(err)
			}
			line := o.Clone()
			c.change(&line)
			res, _, err := s.Import(ctx, []store.ImportItem{{Offering: line}})
			if err != nil || res[0].Outcome != store.Updated {
				t.Errorf("%s: import = %+v %v; want updated", c.name, res, err)
				continue
			}
			rec, err := s.Get(ctx, o.ID)
			if err != nil || !c.check(&rec.Offering) || rec.Offering.Name != mine.Name {
				t.Errorf("%s: stored %s %v; want the listing's change and the person's name", c.name, rec.Doc, err)
			}
		}
	})
}

// TestImportUnchangedOverOtherFormats: a stored offering written in
// another JSON form of the same values (key order, spacing, 2.0 or 2e0
// for 2, escaped characters: what another writer or PostgreSQL's jsonb
// may give) is the merge when only a person's value conflicts: unchanged,
// its document not rewritten.
func TestImportUnchangedOverOtherFormats(t *testing.T) {
	ctx := context.Background()
	path := testdb.SQLite(t)
	s, err := store.OpenSQLite(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	o := sample()[0]
	o.ID = uuid.MustParse("0c9a9d4e-3333-4c1a-9a39-000000000001")
	o.Frames.Hours = 2
	if res, _, err := s.Import(ctx, []store.ImportItem{{Offering: o}}); err != nil || res[0].Outcome != store.Created {
		t.Fatalf("first import: %+v %v", res, err)
	}
	mine := o.Clone()
	mine.Name = "Navn en person skrev"
	if _, err := s.Update(ctx, &mine, store.AnyVersion); err != nil {
		t.Fatal(err)
	}
	// The stored document rewritten: members reversed, 2 as 2.0e0, the
	// name's characters escaped.
	rec, err := s.Get(ctx, o.ID)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(rec.Doc, &m); err != nil {
		t.Fatal(err)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	slices.Reverse(keys)
	doc := "{ "
	for i, k := range keys {
		v := string(m[k])
		switch k {
		case "frames":
			var f map[string]any
			json.Unmarshal(m[k], &f)
			f["hours"] = "HOURS"
			b, _ := json.Marshal(f)
			v = string(b)
		case "name":
			v = `"Navn en person skr\u0065v"`
		}
		if i > 0 {
			doc += " ,\n "
		}
		doc += fmt.Sprintf("%q : %s", k, v)
	}
	doc += " }"
	doc = replaceOnce(doc, `"HOURS"`, `2.0e0`)
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, `UPDATE offerings SET doc = ? WHERE id = ?`, doc, o.ID.String()); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Get(ctx, o.ID); err != nil || got.Offering.Name != mine.Name || got.Offering.Frames.Hours != 2 {
		t.Fatalf("setup: the rewritten document does not read back: %v %v", got.Offering.Name, err)
	}
	line := o.Clone()
	line.Name = "Navn fra utlysningen"
	res, _, err := s.Import(ctx, []store.ImportItem{{Offering: line}})
	if err != nil || res[0].Outcome != store.Unchanged || len(res[0].Conflicts) != 1 || res[0].Conflicts[0] != "name" {
		t.Fatalf("import: %+v %v; want unchanged with a conflict on name", res, err)
	}
	var after string
	if err := db.QueryRowContext(ctx, `SELECT doc FROM offerings WHERE id = ?`, o.ID.String()).Scan(&after); err != nil || after != doc {
		t.Errorf("the document was rewritten: %v\n%s", err, after)
	}
}

func replaceOnce(s, old, new string) string {
	for i := 0; i+len(old) <= len(s); i++ {
		if s[i:i+len(old)] == old {
			return s[:i] + new + s[i+len(old):]
		}
	}
	return s
}
