package catalogue_test

import (
	"context"
	"log/slog"
	"sync"
	"testing"

	"github.com/google/uuid"
	"github.com/lmhkit/lmhkit/examples/server/internal/catalogue"
	"github.com/lmhkit/lmhkit/examples/server/internal/store"
	"github.com/lmhkit/lmhkit/examples/server/internal/testdb"
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/match"
)

// TestSyncFollowsTheStore: creates, updates and deletions reach the
// snapshot and its Matcher, while readers use snapshots concurrently.
func TestSyncFollowsTheStore(t *testing.T) {
	for _, b := range testdb.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			ctx := context.Background()
			st := openStore(t, b)
			cat := lmh.SampleCatalogueOn(lmh.SampleDay)
			st.Seed(ctx, cat)
			live, err := catalogue.New(ctx, st, slog.New(slog.DiscardHandler), match.On(lmh.SampleDay))
			if err != nil {
				t.Fatal(err)
			}
			first := live.Current()
			if len(first.Offerings) != len(cat) || first.Matcher.Len() != len(cat) {
				t.Fatalf("first snapshot: %d offerings", len(first.Offerings))
			}

			// Readers match against whatever snapshot is current.
			stop := make(chan struct{})
			var wg sync.WaitGroup
			for range 4 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for {
						select {
						case <-stop:
							return
						default:
						}
						snap := live.Current()
						res, err := snap.Matcher.Match(lmh.Need{}, match.Within(match.ReachNational), match.Limit(3))
						if err != nil || len(res) == 0 || snap.Doc(res[0].Offering) == nil {
							t.Error("a reader got no result or no JSON")
							return
						}
					}
				}()
			}
			n := cat[0].Clone()
			n.ID = uuid.New()
			if _, err := st.Create(ctx, &n); err != nil {
				t.Fatal(err)
			}
			u := cat[1].Clone()
			u.Name = "Endra namn"
			if _, err := st.Update(ctx, &u, store.AnyVersion); err != nil {
				t.Fatal(err)
			}
			if _, err := st.Delete(ctx, cat[2].ID, store.AnyVersion); err != nil {
				t.Fatal(err)
			}
			if err := live.Sync(ctx); err != nil {
				t.Fatal(err)
			}
			close(stop)
			wg.Wait()

			snap := live.Current()
			if len(snap.Offerings) != len(cat) || snap.Matcher.Len() != len(cat) {
				t.Errorf("after +1 −1: %d offerings", len(snap.Offerings))
			}
			if _, _, ok := snap.Lookup(n.ID); !ok {
				t.Error("the new offering is missing")
			}
			if _, _, ok := snap.Lookup(cat[2].ID); ok {
				t.Error("the deleted offering is still there")
			}
			if o, doc, _ := snap.Lookup(u.ID); o.Name != "Endra namn" || len(doc) == 0 {
				t.Errorf("the update is missing: %q", o.Name)
			}
			// The old snapshot is unchanged.
			if _, _, ok := first.Lookup(cat[2].ID); !ok || len(first.Offerings) != len(cat) {
				t.Error("Sync changed an earlier snapshot")
			}
			// An update alone keeps the order and patches the copy.
			u.Name = "Endra igjen"
			if _, err := st.Update(ctx, &u, store.AnyVersion); err != nil {
				t.Fatal(err)
			}
			if err := live.Sync(ctx); err != nil {
				t.Fatal(err)
			}
			next := live.Current()
			if o, _, _ := next.Lookup(u.ID); o.Name != "Endra igjen" || len(next.Offerings) != len(snap.Offerings) {
				t.Errorf("update alone: %q, %d offerings", o.Name, len(next.Offerings))
			}
			if o, _, _ := snap.Lookup(u.ID); o.Name != "Endra namn" {
				t.Errorf("the update changed the earlier snapshot: %q", o.Name)
			}
			all, err := next.Matcher.Match(lmh.Need{}, match.Within(match.ReachNational), match.IncludeUnavailable(), match.Limit(0))
			found := false
			for _, r := range all {
				if r.Offering.ID == u.ID {
					found = r.Offering.Name == "Endra igjen"
				}
			}
			if err != nil || !found {
				t.Errorf("the matcher does not hold the update")
			}
			snap = next
			v := snap.Version
			if err := live.Sync(ctx); err != nil || live.Current() != snap || v != snap.Version {
				t.Error("a Sync with nothing new replaced the snapshot")
			}

			// An import is one change, seen by another replica too; a
			// draft it holds is not in the catalogue.
			replica, err := catalogue.New(ctx, st, slog.New(slog.DiscardHandler), match.On(lmh.SampleDay))
			if err != nil {
				t.Fatal(err)
			}
			in := cat[3].Clone()
			in.ID = uuid.New()
			up := cat[4].Clone()
			up.Name = "Importert"
			held := cat[5].Clone()
			held.ID = uuid.New()
			held.Coverage = lmh.Coverage{}
			if _, iv, err := st.Import(ctx, []store.ImportItem{{Offering: in}, {Offering: up}, {Offering: held, Missing: []string{"coverage"}}}); err != nil || iv != v+1 {
				t.Fatalf("Import: version %d, %v; want %d", iv, err, v+1)
			}
			if err := replica.Sync(ctx); err != nil {
				t.Fatal(err)
			}
			for _, l := range []*catalogue.Live{live, replica} {
				if err := l.Sync(ctx); err != nil {
					t.Fatal(err)
				}
				s := l.Current()
				if s.Version != v+1 || len(s.Offerings) != len(snap.Offerings)+1 || s.Matcher.Len() != len(snap.Offerings)+1 {
					t.Errorf("after the import: version %d, %d offerings", s.Version, len(s.Offerings))
				}
				if o, _, _ := s.Lookup(up.ID); o.Name != "Importert" {
					t.Errorf("the imported update is missing: %q", o.Name)
				}
				if _, _, ok := s.Lookup(held.ID); ok {
					t.Error("a held draft is in the catalogue")
				}
			}
		})
	}
}

// TestSyncConflictsOnly: an import whose merge changes only an offering's
// stored conflicts gives it a new version (its ETag) with the same
// document, and the change feed lists it (Store.Changes follows versions);
// a replica moves to the new version without reloading the offering or
// rebuilding its Matcher, since nothing it serves changed. A change of
// the document after it is taken as before.
func TestSyncConflictsOnly(t *testing.T) {
	for _, b := range testdb.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			ctx := context.Background()
			st := openStore(t, b)
			line := lmh.SampleCatalogueOn(lmh.SampleDay)[0]
			imp := func(o lmh.Offering, want store.Outcome) int64 {
				t.Helper()
				res, v, err := st.Import(ctx, []store.ImportItem{{Offering: o}})
				if err != nil || res[0].Outcome != want {
					t.Fatalf("import: %v %v; want %s", res, err, want)
				}
				return v
			}
			imp(line, store.Created)
			edited := line.Clone()
			edited.Name = "Namnet ein person skreiv"
			if _, err := st.Update(ctx, &edited, store.AnyVersion); err != nil {
				t.Fatal(err)
			}
			live, err := catalogue.New(ctx, st, slog.New(slog.DiscardHandler), match.On(lmh.SampleDay))
			if err != nil {
				t.Fatal(err)
			}
			before := live.Current()
			renamed := line.Clone()
			renamed.Name = "Nytt namn i utlysinga"
			v := imp(renamed, store.Unchanged)
			changes, _, err := st.Changes(ctx, before.Version)
			if err != nil || len(changes) != 1 || changes[0].ID != line.ID || changes[0].Version != v {
				t.Fatalf("Changes after a conflicts-only merge: %+v %v; want the offering at version %d", changes, err, v)
			}
			if err := live.Sync(ctx); err != nil {
				t.Fatal(err)
			}
			after := live.Current()
			if after.Version != v {
				t.Fatalf("snapshot version %d; want %d", after.Version, v)
			}
			if after.Matcher != before.Matcher || &after.Offerings[0] != &before.Offerings[0] {
				t.Error("a change of the conflicts only rebuilt the snapshot's offerings or Matcher")
			}
			o, _, ok := after.Lookup(line.ID)
			if !ok || o.Name != edited.Name {
				t.Fatalf("the offering in the snapshot: %v %q", ok, o.Name)
			}
			// The listing changes its description: written, taken.
			renamed.Description += " Ny setning."
			imp(renamed, store.Updated)
			if err := live.Sync(ctx); err != nil {
				t.Fatal(err)
			}
			if o, _, _ := live.Current().Lookup(line.ID); o.Description != renamed.Description || live.Current().Matcher == before.Matcher {
				t.Errorf("the next write did not reach the snapshot: %q", o.Description)
			}
		})
	}
}

// openStore opens a fresh store on backend b, closed when t ends.
func openStore(t *testing.T, b testdb.Backend) store.Store {
	t.Helper()
	ctx := context.Background()
	var (
		st  store.Store
		err error
	)
	if b.Name == "sqlite" {
		st, err = store.OpenSQLite(ctx, b.New(t))
	} else {
		st, err = store.OpenPostgres(ctx, b.New(t))
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}
