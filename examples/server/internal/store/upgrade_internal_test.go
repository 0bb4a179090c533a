package store

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/lmhkit/lmhkit/examples/server/internal/testdb"
	"github.com/lmhkit/lmhkit/lmh"
)

// TestUpgradeKeepsDiscards: a live service upgraded from migration 0003,
// with discards, offerings and drafts stored as 0003 stored them, keeps
// them all when the store opens (applying 0004). The old discards are
// listed (kind draft, no document), an import of their lines answers
// discarded with the time they were discarded, restoring one only
// forgets it (the next import holds its line), and the offerings (with
// their last imported lines and facets), the tombstone, the held draft and
// the catalogue's version come through unchanged (docs/server.md: "A
// discard made before migration 0004 kept no document and is only
// forgotten").
func TestUpgradeKeepsDiscards(t *testing.T) {
	for _, b := range testdb.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			addr := b.New(t) // a schema of its own on PostgreSQL
			// The schema at 0003, recorded as migrate records it.
			db, ms, exec := schemaAt(ctx, t, b, addr, 3, "2026-10-01T08:00:00Z")
			if ms[3].Name != "remembered_deletions" {
				t.Fatalf("migration 0004 is %q; want remembered_deletions", ms[3].Name)
			}

			// The rows as 0003's code wrote them: an imported offering a
			// person edited since (its last imported line beside it), a
			// seeded one, an imported one a person deleted (a tombstone,
			// not remembered before 0004), a held draft, and two discards
			// (id and time only): of an incomplete line and of a line
			// that comes complete later.
			cat := lmh.SampleCatalogueOn(lmh.SampleDay)
			edited, seed, gone := cat[0], cat[1], cat[2]
			line := jsonOfOffering(t, &edited)
			edited.Name += " (endret)"
			incomplete := func(o lmh.Offering, id string) lmh.Offering {
				o.ID = uuid.MustParse(id)
				o.Coverage = lmh.Coverage{}
				return o
			}
			held := incomplete(cat[3], "0c9a9d4e-1111-4c1a-9a39-000000000e01")
			thrown := incomplete(cat[4], "0c9a9d4e-1111-4c1a-9a39-000000000e02")
			thrownComplete := cat[5]
			thrownComplete.ID = uuid.MustParse("0c9a9d4e-1111-4c1a-9a39-000000000e03")
			stamp := "2026-11-01T10:00:00.25Z"
			at, _ := time.Parse(time.RFC3339Nano, stamp)
			at2 := at.Add(time.Hour)

			exec(`UPDATE catalogue SET version = 3 WHERE id = 1`)
			write := func(o *lmh.Offering, v int64, imported []byte) { writeLive(t, exec, o, v, stamp, imported) }
			write(&seed, 1, nil)
			write(&edited, 2, line)
			exec(`INSERT INTO offerings (id, version, deleted, name, status, programme, doc, updated_at, imported)
				VALUES (?, 3, true, ?, ?, ?, NULL, ?, NULL)`,
				gone.ID.String(), gone.Name, gone.Status.String(), gone.Programme.String(), stamp)
			exec(`INSERT INTO drafts (id, doc, missing, updated_at) VALUES (?, ?, ?, ?)`,
				held.ID.String(), string(jsonOfOffering(t, &held)), `["coverage"]`, stamp)
			exec(`INSERT INTO discarded_drafts (id, discarded_at) VALUES (?, ?)`, thrown.ID.String(), stamp)
			exec(`INSERT INTO discarded_drafts (id, discarded_at) VALUES (?, ?)`, thrownComplete.ID.String(), at2.Format(time.RFC3339Nano))
			var facets int
			if err := db.QueryRowContext(ctx, `SELECT count(*) FROM offering_facets`).Scan(&facets); err != nil || facets == 0 {
				t.Fatalf("facet rows at 0003: %d %v", facets, err)
			}

			// The service restarts with this program: 0004 applies.
			st := OpenBackend(ctx, t, b, addr)
			defer st.Close()
			var version int
			if err := db.QueryRowContext(ctx, `SELECT max(version) FROM schema_migrations`).Scan(&version); err != nil || version != len(ms) {
				t.Fatalf("schema version after open = %d %v; want %d", version, err, len(ms))
			}

			// Nothing else is lost.
			wantVersion := func(when string) {
				t.Helper()
				if v, err := st.Version(ctx); err != nil || v != 3 {
					t.Errorf("%s: catalogue version %d %v; want 3", when, v, err)
				}
			}
			wantVersion("after the upgrade")
			for _, o := range []lmh.Offering{seed, edited} {
				if r, err := st.Get(ctx, o.ID); err != nil || r.Offering.Name != o.Name {
					t.Errorf("Get(%s) after the upgrade: %q %v; want %q", o.ID, r.Offering.Name, err, o.Name)
				}
			}
			if _, err := st.Get(ctx, gone.ID); !errors.Is(err, ErrNotFound) {
				t.Errorf("Get(tombstone) = %v; want ErrNotFound", err)
			}
			var after int
			if err := db.QueryRowContext(ctx, `SELECT count(*) FROM offering_facets`).Scan(&after); err != nil || after != facets {
				t.Errorf("facet rows after the upgrade: %d %v; want %d", after, err, facets)
			}
			if p, err := st.List(ctx, Filter{Roles: []string{seed.TargetGroup.Roles[0].String()}, Limit: 100}); err != nil ||
				!slices.ContainsFunc(p.Records, func(r Record) bool { return r.Offering.ID == seed.ID }) {
				t.Errorf("List by the seeded offering's role: %d records %v; want it among them", len(p.Records), err)
			}
			if ds, _, err := st.Drafts(ctx, uuid.Nil, 10); err != nil || len(ds) != 1 || ds[0].ID != held.ID ||
				!slices.Equal(ds[0].Missing, []string{"coverage"}) {
				t.Errorf("Drafts after the upgrade = %+v %v; want the held draft", ds, err)
			}

			// The old discards are listed, as GET /api/drafts/discarded
			// lists them: kind draft, when, no document.
			ds, more, err := st.Discards(ctx, uuid.Nil, 10)
			if err != nil || more || len(ds) != 2 {
				t.Fatalf("Discards after the upgrade = %+v %v %v; want 2", ds, more, err)
			}
			for i, w := range []struct {
				id uuid.UUID
				at time.Time
			}{{thrown.ID, at}, {thrownComplete.ID, at2}} {
				d := ds[i]
				if d.ID != w.id || d.Kind != KindDraft || !d.At.Equal(w.at) || d.Doc != nil || d.Missing != nil {
					t.Errorf("discard %d = %+v; want %s, kind draft, at %s, no document", i, d, w.id, w.at)
				}
			}

			// An import of the same listing answers them discarded,
			// holds nothing of them, keeps the person's edit and the
			// held draft, and writes no version.
			items := []ImportItem{
				{Offering: thrown, Missing: []string{"coverage"}},
				{Offering: thrownComplete},
				{Offering: held, Missing: []string{"coverage"}},
				{Offering: cat[0]}, // the edited offering's listing, as last imported
			}
			res, _, err := st.Import(ctx, items)
			if err != nil {
				t.Fatal(err)
			}
			for i, want := range []Outcome{Discarded, Discarded, Held, Unchanged} {
				if res[i].Outcome != want {
					t.Errorf("import line %d: %s; want %s", i+1, res[i].Outcome, want)
				}
			}
			if !res[0].DiscardedAt.Equal(at) || !res[1].DiscardedAt.Equal(at2) {
				t.Errorf("discarded_at of the import = %s, %s; want %s, %s", res[0].DiscardedAt, res[1].DiscardedAt, at, at2)
			}
			if r, err := st.Get(ctx, edited.ID); err != nil || r.Offering.Name != edited.Name {
				t.Errorf("the person's edit after the import: %q %v; want %q", r.Offering.Name, err, edited.Name)
			}
			wantVersion("after the import")

			// Restore only forgets an old discard: nothing is held or
			// written, the other discard stays, and the next import
			// holds the line.
			if r, err := st.Restore(ctx, thrown.ID, time.Now()); err != nil || r.Put || r.Version != 0 || r.Kind != KindDraft {
				t.Fatalf("Restore(old discard) = %+v %v; want forgotten only", r, err)
			}
			wantVersion("after the restore")
			if ds, _, err := st.Drafts(ctx, uuid.Nil, 10); err != nil || len(ds) != 1 || ds[0].ID != held.ID {
				t.Errorf("Drafts after the restore = %+v %v; want the held draft only", ds, err)
			}
			if ds, _, err := st.Discards(ctx, uuid.Nil, 10); err != nil || len(ds) != 1 || ds[0].ID != thrownComplete.ID {
				t.Errorf("Discards after the restore = %+v %v; want the other discard only", ds, err)
			}
			if _, err := st.Restore(ctx, thrown.ID, time.Now()); !errors.Is(err, ErrNotFound) {
				t.Errorf("second Restore = %v; want ErrNotFound", err)
			}
			res, _, err = st.Import(ctx, items[:2])
			if err != nil || res[0].Outcome != Held || res[1].Outcome != Discarded {
				t.Errorf("import after the restore: %+v %v; want held, discarded", res, err)
			}

			// The offering deleted before 0004 was not remembered: its
			// listing creates it again.
			if res, _, err := st.Import(ctx, []ImportItem{{Offering: gone}}); err != nil || res[0].Outcome != Created {
				t.Errorf("import of the offering deleted before 0004: %+v %v; want created", res, err)
			}

			// The edited offering's last imported line came through: a
			// deletion now is remembered with it and restored as it was.
			if _, err := st.Delete(ctx, edited.ID, AnyVersion); err != nil {
				t.Fatal(err)
			}
			if res, _, err := st.Import(ctx, items[3:]); err != nil || res[0].Outcome != Deleted {
				t.Errorf("import after deleting the upgraded offering: %+v %v; want deleted", res, err)
			}
			if r, err := st.Restore(ctx, edited.ID, time.Now()); err != nil || !r.Put || r.Kind != KindOffering {
				t.Errorf("Restore(deleted upgraded offering) = %+v %v", r, err)
			}
			if res, _, err := st.Import(ctx, items[3:]); err != nil || res[0].Outcome != Unchanged {
				t.Errorf("import after the restore of the upgraded offering: %+v %v; want unchanged", res, err)
			}
			if r, err := st.Get(ctx, edited.ID); err != nil || r.Offering.Name != edited.Name {
				t.Errorf("the restored upgraded offering: %q %v; want %q", r.Offering.Name, err, edited.Name)
			}
		})
	}
}

func jsonOfOffering(t *testing.T, o *lmh.Offering) []byte {
	t.Helper()
	b, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestUpgradeKeepsConflictsEmpty: a live service upgraded from migration
// 0004, with offerings, drafts and both kinds of discard stored as 0004
// stored them, keeps them all when the store opens (applying 0005), and
// every offering's conflicts start empty; the next import that merges a
// listing into a person's edit stores its conflicts, and a restored
// discard starts without.
func TestUpgradeKeepsConflictsEmpty(t *testing.T) {
	for _, b := range testdb.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			addr := b.New(t)
			// The schema at 0004, recorded as migrate records it.
			db, ms, exec := schemaAt(ctx, t, b, addr, 4, "2026-11-01T08:00:00Z")
			if ms[4].Name != "conflicts" {
				t.Fatalf("migration 0005 is %q; want conflicts", ms[4].Name)
			}

			// The rows as 0004's code wrote them: an imported offering a
			// person edited (its last imported line beside it), a seeded
			// one, the tombstone of an imported offering a person deleted
			// and its discard (kind offering: the offering as deleted and
			// its last imported line), a held draft and a discarded one
			// (kind draft: the draft and what it lacked).
			cat := lmh.SampleCatalogueOn(lmh.SampleDay)
			edited, seed, gone := cat[0], cat[1], cat[2]
			line := jsonOfOffering(t, &edited)
			edited.Name += " (endret)"
			goneLine := jsonOfOffering(t, &gone)
			incomplete := func(o lmh.Offering, id string) lmh.Offering {
				o.ID = uuid.MustParse(id)
				o.Coverage = lmh.Coverage{}
				return o
			}
			held := incomplete(cat[3], "0c9a9d4e-1111-4c1a-9a39-000000000f01")
			thrown := incomplete(cat[4], "0c9a9d4e-1111-4c1a-9a39-000000000f02")
			stamp := "2026-11-20T10:00:00.25Z"

			exec(`UPDATE catalogue SET version = 4 WHERE id = 1`)
			write := func(o *lmh.Offering, v int64, imported []byte) { writeLive(t, exec, o, v, stamp, imported) }
			write(&seed, 1, nil)
			write(&edited, 3, line)
			exec(`INSERT INTO offerings (id, version, deleted, name, status, programme, doc, updated_at, imported)
				VALUES (?, 4, true, ?, ?, ?, NULL, ?, NULL)`,
				gone.ID.String(), gone.Name, gone.Status.String(), gone.Programme.String(), stamp)
			exec(`INSERT INTO discarded_drafts (id, discarded_at, kind, doc, missing, imported) VALUES (?, ?, 'offering', ?, NULL, ?)`,
				gone.ID.String(), stamp, string(goneLine), string(goneLine))
			exec(`INSERT INTO drafts (id, doc, missing, updated_at) VALUES (?, ?, ?, ?)`,
				held.ID.String(), string(jsonOfOffering(t, &held)), `["coverage"]`, stamp)
			exec(`INSERT INTO discarded_drafts (id, discarded_at, kind, doc, missing, imported) VALUES (?, ?, 'draft', ?, ?, NULL)`,
				thrown.ID.String(), stamp, string(jsonOfOffering(t, &thrown)), `["coverage"]`)

			// The service restarts with this program: 0005 applies.
			st := OpenBackend(ctx, t, b, addr)
			defer st.Close()
			var version int
			if err := db.QueryRowContext(ctx, `SELECT max(version) FROM schema_migrations`).Scan(&version); err != nil || version != len(ms) {
				t.Fatalf("schema version after open = %d %v; want %d", version, err, len(ms))
			}
			var rows, with int
			if err := db.QueryRowContext(ctx, `SELECT count(*), count(conflicts) FROM offerings`).Scan(&rows, &with); err != nil || rows != 3 || with != 0 {
				t.Fatalf("offerings after the upgrade: %d rows, %d with conflicts, %v; want 3, 0", rows, with, err)
			}
			if v, err := st.Version(ctx); err != nil || v != 4 {
				t.Errorf("catalogue version after the upgrade: %d %v; want 4", v, err)
			}
			for _, o := range []lmh.Offering{seed, edited} {
				if r, err := st.Get(ctx, o.ID); err != nil || r.Offering.Name != o.Name || r.Conflicts != nil {
					t.Errorf("Get(%s) after the upgrade: %q %q %v; want %q, no conflicts", o.ID, r.Offering.Name, r.Conflicts, err, o.Name)
				}
			}
			if _, err := st.Get(ctx, gone.ID); !errors.Is(err, ErrNotFound) {
				t.Errorf("Get(tombstone) = %v; want ErrNotFound", err)
			}
			if ds, _, err := st.Drafts(ctx, uuid.Nil, 10); err != nil || len(ds) != 1 || ds[0].ID != held.ID {
				t.Errorf("Drafts after the upgrade = %+v %v; want the held draft", ds, err)
			}
			ds, _, err := st.Discards(ctx, uuid.Nil, 10)
			if err != nil || len(ds) != 2 {
				t.Fatalf("Discards after the upgrade = %+v %v; want 2", ds, err)
			}
			kinds := map[uuid.UUID]DiscardKind{gone.ID: KindOffering, thrown.ID: KindDraft}
			for _, d := range ds {
				if d.Kind != kinds[d.ID] || d.Doc == nil {
					t.Errorf("discard %s after the upgrade: kind %s, document %t; want %s with its document", d.ID, d.Kind, d.Doc != nil, kinds[d.ID])
				}
			}

			// The edited offering's last imported line came through: a
			// listing that renames it conflicts with the person's name,
			// and the conflict is stored.
			renamed := cat[0]
			renamed.Name = "Et nytt navn fra utlysningen"
			res, _, err := st.Import(ctx, []ImportItem{{Offering: renamed}, {Offering: gone}, {Offering: thrown, Missing: []string{"coverage"}}})
			if err != nil || res[0].Outcome != Unchanged || !slices.Equal(res[0].Conflicts, []string{"name"}) ||
				res[1].Outcome != Deleted || res[2].Outcome != Discarded {
				t.Fatalf("import after the upgrade: %+v %v; want unchanged (name), deleted, discarded", res, err)
			}
			if r, err := st.Get(ctx, edited.ID); err != nil || r.Offering.Name != edited.Name || !slices.Equal(r.Conflicts, []string{"name"}) {
				t.Errorf("the edited offering after the import: %q %q %v; want %q with conflicts [name]", r.Offering.Name, r.Conflicts, err, edited.Name)
			}

			// The discards of 0004 restore as before, without conflicts.
			if r, err := st.Restore(ctx, gone.ID, time.Now()); err != nil || !r.Put || r.Kind != KindOffering {
				t.Fatalf("Restore(deleted offering) = %+v %v", r, err)
			}
			if r, err := st.Get(ctx, gone.ID); err != nil || r.Offering.Name != gone.Name || r.Conflicts != nil {
				t.Errorf("the restored offering: %q %q %v; want %q, no conflicts", r.Offering.Name, r.Conflicts, err, gone.Name)
			}
			if r, err := st.Restore(ctx, thrown.ID, time.Now()); err != nil || !r.Put || r.Kind != KindDraft {
				t.Fatalf("Restore(discarded draft) = %+v %v", r, err)
			}
			if ds, _, err := st.Drafts(ctx, uuid.Nil, 10); err != nil || len(ds) != 2 {
				t.Errorf("Drafts after the restore = %d %v; want 2", len(ds), err)
			}
		})
	}
}

// writeLive writes a live offering's row and its facets as the versions
// before 0005 wrote them (at version v, updated at stamp, with its last
// imported line when imported is not nil), through schemaAt's exec.
func writeLive(t *testing.T, exec func(q string, args ...any), o *lmh.Offering, v int64, stamp string, imported []byte) {
	t.Helper()
	var imp any
	if imported != nil {
		imp = string(imported)
	}
	exec(`INSERT INTO offerings (id, version, deleted, name, status, programme, doc, updated_at, imported)
		VALUES (?, ?, false, ?, ?, ?, ?, ?, ?)`,
		o.ID.String(), v, o.Name, o.Status.String(), o.Programme.String(), string(jsonOfOffering(t, o)), stamp, imp)
	for _, r := range facetsOf(o) {
		exec(`INSERT INTO offering_facets (offering_id, facet, code) VALUES (?, ?, ?)`, o.ID.String(), r.facet, r.code)
	}
}
