// Package catalogue holds a replica's in-memory view of the stored
// catalogue: the offerings, their JSON, and a match.Matcher built over them,
// replaced as a whole whenever the store's version moves on.
//
// Replicas share one database. Each keeps its own Live view and brings it up
// to date from store.Changes: at once after its own writes, when the store
// announces a write by anyone (PostgreSQL LISTEN/NOTIFY), and on a short
// poll that covers notifications lost while the database was away.
//
// A Live is safe for concurrent use; a Snapshot is immutable.
package catalogue

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/google/uuid"
	"github.com/lmhkit/lmhkit/examples/server/internal/store"
	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/match"
)

// Snapshot is the catalogue at one version. It is immutable and safe for
// concurrent use; the offerings it returns must not be changed.
type Snapshot struct {
	// Version is the store's catalogue version the snapshot shows.
	Version int64
	// Offerings are the live offerings ordered by ID.
	Offerings []lmh.Offering
	// Matcher matches needs against Offerings.
	Matcher *match.Matcher
	// Built is when the snapshot was made.
	Built time.Time

	docs  [][]byte
	index map[uuid.UUID]int
}

// Lookup returns the offering with id and its JSON.
func (s *Snapshot) Lookup(id uuid.UUID) (*lmh.Offering, []byte, bool) {
	i, ok := s.index[id]
	if !ok {
		return nil, nil, false
	}
	return &s.Offerings[i], s.docs[i], true
}

// Doc returns the JSON of an offering of the snapshot (a pointer into
// Offerings, as the Matcher's results are).
func (s *Snapshot) Doc(o *lmh.Offering) []byte {
	if i, ok := s.index[o.ID]; ok && &s.Offerings[i] == o {
		return s.docs[i]
	}
	return nil
}

type entry struct {
	o   lmh.Offering
	doc []byte
}

// Live is a replica's current view of the catalogue.
type Live struct {
	st      store.Store
	log     *slog.Logger
	opts    []match.Option
	cur     atomic.Pointer[Snapshot]
	mu      sync.Mutex // serialises Sync
	entries map[uuid.UUID]entry
}

// New loads the whole catalogue from st and builds the first snapshot.
// The match options become the Matcher's defaults.
func New(ctx context.Context, st store.Store, log *slog.Logger, opts ...match.Option) (*Live, error) {
	l := &Live{st: st, log: log, opts: opts, entries: map[uuid.UUID]entry{}}
	empty, err := match.New(nil, opts...)
	if err != nil {
		return nil, err
	}
	l.cur.Store(&Snapshot{Version: -1, Matcher: empty, index: map[uuid.UUID]int{}})
	if err := l.Sync(ctx); err != nil {
		return nil, err
	}
	return l, nil
}

// Current returns the latest snapshot.
func (l *Live) Current() *Snapshot { return l.cur.Load() }

// Sync brings the view up to the store's current version, reading only the
// offerings written since the snapshot's version. Concurrent calls are
// serialised.
func (l *Live) Sync(ctx context.Context) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	cur := l.cur.Load()
	since := max(cur.Version, 0)
	changes, version, err := l.st.Changes(ctx, since)
	if err != nil {
		return err
	}
	if version == cur.Version {
		return nil
	}
	// A change whose document is the one the view holds (an import that
	// changed only the offering's stored conflicts, or the listing's
	// values at them: a new version, the same document) changes nothing
	// the snapshot serves. When all are such, the snapshot moves to the
	// version and keeps its offerings and Matcher.
	changes = slices.DeleteFunc(changes, func(c store.Change) bool {
		e, had := l.entries[c.ID]
		return !c.Deleted && had && bytes.Equal(e.doc, c.Doc)
	})
	if len(changes) == 0 && cur.Version >= 0 {
		next := *cur
		next.Version, next.Built = version, time.Now()
		l.cur.Store(&next)
		return nil
	}
	// Updates of offerings the snapshot holds keep its order and index:
	// copy it and replace them. Anything else rebuilds both.
	sameSet := true
	for _, c := range changes {
		_, had := cur.index[c.ID]
		if c.Deleted || !had {
			sameSet = false
		}
		if c.Deleted {
			delete(l.entries, c.ID)
		} else {
			l.entries[c.ID] = entry{o: c.Offering, doc: c.Doc}
		}
	}
	snap := &Snapshot{Version: version, Built: time.Now()}
	if sameSet && cur.Version >= 0 {
		snap.Offerings = slices.Clone(cur.Offerings)
		snap.docs = slices.Clone(cur.docs)
		snap.index = cur.index // never changed once built
		for _, c := range changes {
			i := cur.index[c.ID]
			snap.Offerings[i], snap.docs[i] = c.Offering, c.Doc
		}
	} else {
		ids := make([]uuid.UUID, 0, len(l.entries))
		for id := range l.entries {
			ids = append(ids, id)
		}
		slices.SortFunc(ids, func(a, b uuid.UUID) int { return bytes.Compare(a[:], b[:]) })
		snap.Offerings = make([]lmh.Offering, len(ids))
		snap.docs = make([][]byte, len(ids))
		snap.index = make(map[uuid.UUID]int, len(ids))
		for i, id := range ids {
			e := l.entries[id]
			// A shallow copy is enough: an entry is replaced by a newly
			// decoded offering, never changed in place, so older snapshots
			// keep theirs.
			snap.Offerings[i] = e.o
			snap.docs[i] = e.doc
			snap.index[id] = i
		}
	}
	m, err := match.New(snap.Offerings, l.opts...)
	if err != nil {
		return fmt.Errorf("catalogue: build matcher at version %d: %w", version, err)
	}
	snap.Matcher = m
	l.cur.Store(snap)
	return nil
}

// Run keeps the view current until ctx ends: on every notification from
// the store and every poll interval. Errors are logged (they carry no
// offering or need data) and retried on the next tick.
func (l *Live) Run(ctx context.Context, poll time.Duration) {
	notes := l.st.Watch(ctx)
	t := time.NewTicker(poll)
	defer t.Stop()
	failing := false
	for {
		select {
		case <-ctx.Done():
			return
		case <-notes:
		case <-t.C:
		}
		err := l.Sync(ctx)
		switch {
		case err != nil && ctx.Err() == nil && !failing:
			l.log.Warn("catalogue sync failed", "err", err)
			failing = true
		case err == nil && failing:
			l.log.Info("catalogue sync recovered", "version", l.Current().Version)
			failing = false
		}
	}
}
