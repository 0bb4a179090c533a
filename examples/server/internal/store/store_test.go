package store_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/lmhkit/lmhkit/examples/server/internal/store"
	"github.com/lmhkit/lmhkit/examples/server/internal/testdb"
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// open returns a fresh store of the backend.
func open(t *testing.T, b testdb.Backend) store.Store {
	t.Helper()
	ctx := context.Background()
	var (
		s   store.Store
		err error
	)
	switch b.Name {
	case "sqlite":
		s, err = store.OpenSQLite(ctx, b.New(t))
	case "postgres":
		s, err = store.OpenPostgres(ctx, b.New(t))
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// forEach runs the test on every backend: the same suite for both.
func forEach(t *testing.T, test func(t *testing.T, s store.Store)) {
	for _, b := range testdb.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			t.Parallel()
			test(t, open(t, b))
		})
	}
}

func sample() []lmh.Offering { return lmh.SampleCatalogueOn(lmh.SampleDay) }

func seeded(t *testing.T, s store.Store) []lmh.Offering {
	t.Helper()
	cat := sample()
	n, err := s.Seed(context.Background(), cat)
	if err != nil || n != len(cat) {
		t.Fatalf("Seed = %d, %v; want %d", n, err, len(cat))
	}
	return cat
}

func jsonOf(t *testing.T, o *lmh.Offering) []byte {
	t.Helper()
	b, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestMigrationsNumbered(t *testing.T) {
	for _, b := range []string{"sqlite", "postgres"} {
		ms, err := store.Migrations(b)
		if err != nil || len(ms) == 0 {
			t.Fatalf("%s: %v (%d migrations)", b, err, len(ms))
		}
	}
	if _, err := store.Migrations("oracle"); err == nil {
		t.Error("Migrations(oracle) gave no error")
	}
}

func TestReopenKeepsData(t *testing.T) {
	for _, b := range testdb.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			ctx := context.Background()
			addr := b.New(t)
			openAt := func() store.Store { return store.OpenBackend(ctx, t, b, addr) }
			s := openAt()
			cat := seeded(t, s)
			v, _ := s.Version(ctx)
			s.Close()
			s = openAt() // migrations are not applied twice
			defer s.Close()
			if v2, err := s.Version(ctx); err != nil || v2 != v {
				t.Fatalf("version after reopening = %d, %v; want %d", v2, err, v)
			}
			if _, err := s.Get(ctx, cat[0].ID); err != nil {
				t.Fatal(err)
			}
			if n, err := s.Seed(ctx, cat); n != 0 || err != nil {
				t.Fatalf("second Seed = %d, %v; want 0, nil", n, err)
			}
		})
	}
}

func TestRoundTrip(t *testing.T) {
	forEach(t, func(t *testing.T, s store.Store) {
		ctx := context.Background()
		cat := seeded(t, s)
		for i := range cat {
			rec, err := s.Get(ctx, cat[i].ID)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(jsonOf(t, &rec.Offering), jsonOf(t, &cat[i])) {
				t.Errorf("offering %d changed in the store", i)
			}
		}
		if _, err := s.Get(ctx, uuid.New()); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Get(unknown) = %v; want ErrNotFound", err)
		}
	})
}

func TestWritesAndVersions(t *testing.T) {
	forEach(t, func(t *testing.T, s store.Store) {
		ctx := context.Background()
		cat := seeded(t, s)
		o := cat[3].Clone()
		if _, err := s.Create(ctx, &o); !errors.Is(err, store.ErrExists) {
			t.Fatalf("Create(existing) = %v; want ErrExists", err)
		}
		rec, err := s.Get(ctx, o.ID)
		if err != nil {
			t.Fatal(err)
		}
		o.Name = "Nytt namn"
		if _, err := s.Update(ctx, &o, rec.Version+100); !errors.Is(err, store.ErrVersionMismatch) {
			t.Fatalf("Update(stale) = %v; want ErrVersionMismatch", err)
		}
		up, err := s.Update(ctx, &o, rec.Version)
		if err != nil || up.Version <= rec.Version {
			t.Fatalf("Update = %d, %v; want a version after %d", up.Version, err, rec.Version)
		}
		if got, _ := s.Get(ctx, o.ID); got.Offering.Name != "Nytt namn" || got.Version != up.Version {
			t.Fatalf("after Update: %q v%d", got.Offering.Name, got.Version)
		}
		if _, err := s.Update(ctx, &o, rec.Version); !errors.Is(err, store.ErrVersionMismatch) {
			t.Fatalf("second editor's Update = %v; want ErrVersionMismatch", err)
		}
		if _, err := s.Delete(ctx, o.ID, rec.Version); !errors.Is(err, store.ErrVersionMismatch) {
			t.Fatalf("Delete(stale) = %v; want ErrVersionMismatch", err)
		}
		dv, err := s.Delete(ctx, o.ID, store.AnyVersion)
		if err != nil || dv.Version <= up.Version || dv.Remembered {
			t.Fatalf("Delete = %+v, %v", dv, err)
		}
		if _, err := s.Get(ctx, o.ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("Get(deleted) = %v", err)
		}
		if _, err := s.Delete(ctx, o.ID, store.AnyVersion); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("Delete(deleted) = %v", err)
		}
		if _, err := s.Update(ctx, &o, store.AnyVersion); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("Update(deleted) = %v", err)
		}
		if _, err := s.Create(ctx, &o); err != nil { // over the tombstone
			t.Fatalf("Create(over tombstone) = %v", err)
		}

		// Changes: all of it from 0, the tombstone-and-back from dv-1.
		all, v, err := s.Changes(ctx, 0)
		if err != nil || len(all) != len(cat) {
			t.Fatalf("Changes(0) = %d changes, %v; want %d", len(all), err, len(cat))
		}
		if cur, _ := s.Version(ctx); cur != v {
			t.Fatalf("Changes version %d, Version %d", v, cur)
		}
		ch, _, err := s.Changes(ctx, dv.Version-1)
		if err != nil || len(ch) != 1 || ch[0].ID != o.ID || ch[0].Deleted {
			t.Fatalf("Changes(%d) = %+v, %v", dv.Version-1, ch, err)
		}
		if _, err := s.Delete(ctx, o.ID, store.AnyVersion); err != nil {
			t.Fatal(err)
		}
		ch, _, _ = s.Changes(ctx, v)
		if len(ch) != 1 || !ch[0].Deleted || ch[0].ID != o.ID {
			t.Fatalf("Changes after delete = %+v; want one tombstone", ch)
		}
		if ch, v2, err := s.Changes(ctx, v+1); err != nil || len(ch) != 0 || v2 != v+1 {
			t.Fatalf("Changes(current) = %d changes, v%d, %v", len(ch), v2, err)
		}
	})
}

// TestConcurrentEditors: of two editors holding the same version, exactly
// one wins; concurrent creates of one ID leave one offering.
func TestConcurrentEditors(t *testing.T) {
	forEach(t, func(t *testing.T, s store.Store) {
		ctx := context.Background()
		cat := seeded(t, s)
		rec, _ := s.Get(ctx, cat[0].ID)
		var wg sync.WaitGroup
		errs := make([]error, 8)
		for i := range errs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				o := rec.Offering.Clone()
				o.Name = "Redigert " + string(rune('A'+i))
				_, errs[i] = s.Update(ctx, &o, rec.Version)
			}()
		}
		wg.Wait()
		won := 0
		for _, err := range errs {
			switch {
			case err == nil:
				won++
			case !errors.Is(err, store.ErrVersionMismatch):
				t.Errorf("Update: %v", err)
			}
		}
		if won != 1 {
			t.Fatalf("%d editors won; want 1", won)
		}
		n := cat[1].Clone()
		n.ID = uuid.New()
		for i := range errs {
			wg.Add(1)
			go func() { defer wg.Done(); o := n.Clone(); _, errs[i] = s.Create(ctx, &o) }()
		}
		wg.Wait()
		won = 0
		for _, err := range errs {
			if err == nil {
				won++
			} else if !errors.Is(err, store.ErrExists) {
				t.Errorf("Create: %v", err)
			}
		}
		if won != 1 {
			t.Fatalf("%d creates won; want 1", won)
		}
	})
}

func ids(p store.Page) []uuid.UUID {
	var out []uuid.UUID
	for _, r := range p.Records {
		out = append(out, r.Offering.ID)
	}
	return out
}

func want(cat []lmh.Offering, keep func(o *lmh.Offering) bool) []uuid.UUID {
	var out []uuid.UUID
	for i := range cat {
		if keep(&cat[i]) {
			out = append(out, cat[i].ID)
		}
	}
	slices.SortFunc(out, func(a, b uuid.UUID) int { return bytes.Compare(a[:], b[:]) })
	return out
}

// TestListFilters checks each filter against the model's own predicates.
func TestListFilters(t *testing.T) {
	forEach(t, func(t *testing.T, s store.Store) {
		ctx := context.Background()
		cat := seeded(t, s)
		list := func(f store.Filter) []uuid.UUID {
			t.Helper()
			f.Limit = 1000
			p, err := s.List(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			return ids(p)
		}
		check := func(name string, f store.Filter, keep func(o *lmh.Offering) bool) {
			t.Helper()
			got, exp := list(f), want(cat, keep)
			if !slices.Equal(got, exp) {
				t.Errorf("%s: got %d offerings, want %d", name, len(got), len(exp))
			}
			if len(exp) == 0 {
				t.Errorf("%s: the sample has no offering for this filter; pick another", name)
			}
		}
		for _, m := range []string{"0301", "4621", "1804", "5001", "3403"} {
			check("municipality "+m, store.Filter{Municipalities: []string{m}}, func(o *lmh.Offering) bool {
				if o.Coverage.IsZero() {
					return o.Place.Municipality == m
				}
				return o.Coverage.Covers(m)
			})
		}
		for _, r := range taxonomy.All[taxonomy.Role]() {
			check("role "+r.String(), store.Filter{Roles: []string{r.String()}}, func(o *lmh.Offering) bool {
				return o.TargetGroup.HasRole(r)
			})
		}
		for _, c := range []taxonomy.Condition{taxonomy.ConditionDementia, taxonomy.ConditionMentalIllness, taxonomy.ConditionHeartDisease} {
			check("condition "+c.String(), store.Filter{Conditions: []string{c.String()}}, func(o *lmh.Offering) bool {
				for _, oc := range o.TargetGroup.Conditions {
					if c.Subsumes(oc) {
						return true
					}
				}
				return false
			})
		}
		check("programme kid", store.Filter{Programmes: []string{"kid"}}, func(o *lmh.Offering) bool { return o.Programme.String() == "kid" })
		check("status active", store.Filter{Statuses: []string{"active"}}, func(o *lmh.Offering) bool { return o.Status == lmh.StatusActive })
		check("role and municipality", store.Filter{Roles: []string{"next_of_kin"}, Municipalities: []string{"4621"}}, func(o *lmh.Offering) bool {
			cov := o.Coverage.Covers("4621") || (o.Coverage.IsZero() && o.Place.Municipality == "4621")
			return cov && o.TargetGroup.HasRole(taxonomy.RoleNextOfKin)
		})

		// Pages of 5 give every offering once, in order.
		var all []uuid.UUID
		f := store.Filter{Limit: 5}
		for pages := 0; ; pages++ {
			p, err := s.List(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			all = append(all, ids(p)...)
			if !p.More {
				break
			}
			f.After = p.Records[len(p.Records)-1].Offering.ID
			if pages > 100 {
				t.Fatal("pagination does not end")
			}
		}
		if !slices.Equal(all, want(cat, func(*lmh.Offering) bool { return true })) {
			t.Errorf("pages gave %d offerings; want all %d once, ordered by ID", len(all), len(cat))
		}
	})
}

// TestWatch: on PostgreSQL a write by another connection is announced.
func TestWatch(t *testing.T) {
	forEach(t, func(t *testing.T, s store.Store) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		ch := s.Watch(ctx)
		if s.Backend() == "sqlite" {
			if ch != nil {
				t.Fatal("SQLite Watch should be nil (the caller polls)")
			}
			return
		}
		time.Sleep(300 * time.Millisecond) // let the listener connect
		seeded(t, s)
		select {
		case <-ch:
		case <-time.After(3 * time.Second):
			t.Fatal("no notification within 3 s of a write")
		}
	})
}
