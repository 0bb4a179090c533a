// Package store keeps the catalogue of offerings in a SQL database: SQLite
// (through a pure-Go driver, in a file) or PostgreSQL. Both backends are one
// implementation over database/sql with a small dialect; the schema is in
// embedded, versioned migrations applied at Open.
//
// Each offering is stored whole as its JSON form (lmh's own encoding, so
// fields the model gains flow through untouched) beside the few columns and
// facet rows the list filters search. Every write is one transaction that
// bumps the catalogue's version; the row keeps the version of its last write,
// which is its ETag, and a deletion leaves a tombstone so that other replicas
// can learn of it from Changes.
//
// A Store is safe for concurrent use.
package store

import (
	"context"
	"errors"
	"time"

	"github.com/google/uuid"
	"github.com/lmhkit/lmhkit/lmh"
)

// Errors of the store. A handler maps them to HTTP statuses.
var (
	// ErrNotFound: no live offering has the ID.
	ErrNotFound = errors.New("store: offering not found")
	// ErrExists: Create was given the ID of a live offering.
	ErrExists = errors.New("store: offering exists")
	// ErrVersionMismatch: the offering changed since the version the
	// caller holds (a failed If-Match).
	ErrVersionMismatch = errors.New("store: version mismatch")
	// ErrUnavailable wraps errors of an unreachable or restarting
	// database: the request may be retried.
	ErrUnavailable = errors.New("store: database unavailable")
	// ErrStoredUndecodable: an import line's id has a stored offering (or
	// last imported line) that no longer decodes, so the line cannot be
	// merged; the error names the id.
	ErrStoredUndecodable = errors.New("store: the stored offering does not decode")
)

// AnyVersion as the expected version of Update or Delete skips the version
// check (If-Match: *).
const AnyVersion int64 = -1

// Record is an offering as stored: its JSON document, the decoded offering
// and the catalogue version of its last write.
type Record struct {
	// Offering is the decoded offering.
	Offering lmh.Offering
	// Doc is the offering's JSON as stored.
	Doc []byte
	// Version is the catalogue version of the offering's last write; it is
	// the offering's ETag.
	Version int64
	// Conflicts are the paths of the members ("place.name", "team") on
	// which the latest import that merged the offering's listing disagreed
	// with a person's value, which was kept (ImportResult.Conflicts of
	// that import); sorted, nil when there are none. Get reads them; a
	// person's Update or Delete clears them, Restore starts without.
	Conflicts []string
}

// ListingValue is what an offering's listing says at one of its stored
// conflicts.
type ListingValue struct {
	// Path is the conflict's member path ("place.name").
	Path string
	// Value is the listing's value there as JSON; nil when the listing
	// no longer gives the member.
	Value []byte
}

// Change is one offering whose version moved after some catalogue version:
// written, deleted, or given a new version by an import whose merge
// changed only its stored conflicts or the listing's values at them (Doc
// is then the document as before; the version is its new ETag).
type Change struct {
	ID      uuid.UUID // the offering's ID
	Version int64     // the catalogue version of the write or deletion
	// Deleted reports a tombstone; Offering and Doc are then empty.
	Deleted  bool
	Offering lmh.Offering // the offering as written
	Doc      []byte       // its JSON as stored
}

// Filter selects offerings for List. Each non-empty list is a set of
// alternatives (any of them); different fields must all hold.
type Filter struct {
	// Municipalities are kommunenummer: offerings open to people living
	// there (their coverage includes it, or, stating none, they meet there).
	Municipalities []string
	// Roles are role codes the target group names.
	Roles []string
	// Conditions are condition codes: an offering for the condition or a
	// narrower one.
	Conditions []string
	// Programmes are programme codes.
	Programmes []string
	// Statuses are status codes.
	Statuses []string
	// After is the ID the previous page ended with; zero for the first page.
	After uuid.UUID
	// Limit is the page size.
	Limit int
}

// Page is one page of List, ordered by ID.
type Page struct {
	// Records are the page's offerings, in ID order.
	Records []Record
	// More reports that offerings follow the last one on the page.
	More bool
}

// Store is the catalogue's storage.
type Store interface {
	// List returns a page of live offerings matching f, ordered by ID.
	List(ctx context.Context, f Filter) (Page, error)
	// Get returns the live offering with the ID, with its stored
	// conflicts, or ErrNotFound.
	Get(ctx context.Context, id uuid.UUID) (Record, error)
	// Listing returns what the listing now says where it disagrees with
	// the live offering with the ID: for each of its stored conflicts,
	// in their order, the value the offering's last imported line (the
	// line the merge that stored them kept) gives there; and the
	// offering's version, read in the same row. ErrNotFound when no live
	// offering has the ID; none when it has no conflicts.
	Listing(ctx context.Context, id uuid.UUID) ([]ListingValue, int64, error)
	// Create stores a new offering (ErrExists if its ID is live; a
	// tombstone is replaced).
	Create(ctx context.Context, o *lmh.Offering) (Record, error)
	// Update replaces a live offering whose version is want (or any,
	// with AnyVersion): ErrNotFound, ErrVersionMismatch.
	Update(ctx context.Context, o *lmh.Offering, want int64) (Record, error)
	// Delete removes a live offering whose version is want (or any),
	// leaving a tombstone, and returns the new catalogue version and
	// whether the deletion is remembered. An offering an import wrote (one
	// with a last imported line) is remembered as deleted (a Discard of
	// KindOffering, with the offering and that line), so that the next
	// import of its listing answers Deleted instead of creating it again,
	// until Restore.
	Delete(ctx context.Context, id uuid.UUID, want int64) (Deletion, error)
	// Import writes the items of an import in one transaction, in order,
	// and returns one ImportResult per item and the catalogue version
	// after it: one new version for all the offerings written (or whose
	// stored conflicts changed), or the current version when none was
	// (the version is then not bumped).
	//
	// An item whose ID is live is merged into the live offering three
	// ways, against the item last imported for it (see merge): what a
	// person changed since is kept, the rest follows the item; a value
	// both changed, differently, is named in ImportResult.Conflicts. The result
	// is updated (it differs from the live offering in anything but
	// last_modified), unchanged (the offering is not written and keeps
	// its last_modified, and its version unless the merge changed its
	// stored conflicts; the item becomes its last imported line) or
	// rejected (ImportResult.Err: the merged offering
	// is invalid, or the stored one does not decode, ErrStoredUndecodable).
	// An item whose ID is not live is discarded when a person discarded
	// its draft (DeleteDraft; nothing is written), deleted when a person
	// deleted the offering an import wrote for it (Delete; nothing is
	// written), else created if
	// complete or held as a draft (replacing an earlier draft of its ID)
	// if it lacks required fields. Writing an offering removes its held
	// draft and discard. An ID given twice is handled once per occurrence.
	Import(ctx context.Context, items []ImportItem) ([]ImportResult, int64, error)
	// Drafts returns a page of the drafts imports hold, ordered by ID,
	// after the ID after (zero for the first page).
	Drafts(ctx context.Context, after uuid.UUID, limit int) ([]Draft, bool, error)
	// DeleteDraft removes a held draft and remembers the discard, so
	// that imports do not hold it again; ErrNotFound if none is held.
	DeleteDraft(ctx context.Context, id uuid.UUID) error
	// Discards returns a page of what people discarded (drafts) or
	// deleted (offerings an import wrote), ordered by ID, after the ID
	// after (zero for the first page).
	Discards(ctx context.Context, after uuid.UUID, limit int) ([]Discard, bool, error)
	// Restore takes back a discard: a draft is held again, an offering is
	// written back live (a new catalogue version, last_modified set to at,
	// its last imported line kept), so that imports treat its listing as
	// before; a discard kept without its document (made before migration
	// 0004), or whose ID is live, is only forgotten. ErrNotFound if there
	// is no discard of the ID.
	Restore(ctx context.Context, id uuid.UUID, at time.Time) (Restored, error)
	// Seed stores the offerings in one transaction if the catalogue has
	// never held any, and reports how many it stored (0 otherwise).
	Seed(ctx context.Context, offerings []lmh.Offering) (int, error)
	// Changes returns the offerings whose version moved after version
	// since, in version order, and the catalogue's current version, read in
	// one snapshot: those written or deleted, and those an import gave a
	// new version (a new ETag) by changing only their stored conflicts or
	// the listing's values at them, with the document they had. The feed follows the versions, so a
	// client that keeps offerings' versions learns every new one; a client
	// that serves documents compares them (catalogue.Live keeps its
	// snapshot when none changed).
	Changes(ctx context.Context, since int64) ([]Change, int64, error)
	// Version returns the catalogue's current version.
	Version(ctx context.Context) (int64, error)
	// Watch returns a channel that receives a value soon after any writer
	// (this process or another) commits, or nil when the backend cannot
	// tell (the caller then polls Version). It stops when ctx ends.
	Watch(ctx context.Context) <-chan struct{}
	// Ping checks that the database answers.
	Ping(ctx context.Context) error
	// Backend names the backend: "sqlite" or "postgres".
	Backend() string
	// Close releases the database.
	Close() error
}

// now is the clock of updated_at; tests may replace it.
var now = time.Now

// Outcome is what an import did with one item.
type Outcome string

// The outcomes of Import.
const (
	Created   Outcome = "created"   // no live offering had the ID
	Updated   Outcome = "updated"   // the live offering differed
	Unchanged Outcome = "unchanged" // the live offering was the same but for last_modified; it was not written (a new version when its stored conflicts changed)
	Held      Outcome = "held"      // an incomplete offering, kept as a draft outside the catalogue
	Rejected  Outcome = "rejected"  // merged with the live offering, invalid, or the stored one does not decode; ImportResult.Err says why
	Discarded Outcome = "discarded" // a person discarded the draft of its ID; nothing was written
	Deleted   Outcome = "deleted"   // a person deleted the offering an import wrote for its ID; nothing was written
)

// DiscardKind says what a Discard threw away.
type DiscardKind string

// The kinds of Discard.
const (
	KindDraft    DiscardKind = "draft"    // a held draft (DeleteDraft)
	KindOffering DiscardKind = "offering" // an offering an import wrote (Delete)
)

// Discard is a draft a person discarded or an imported offering a person
// deleted: imports do not bring it back until Restore.
type Discard struct {
	// ID is the offering's ID.
	ID uuid.UUID
	// Kind says whether a draft or an offering was thrown away.
	Kind DiscardKind
	// At is when.
	At time.Time
	// Doc is the draft as held or the offering as deleted; nil for a
	// discard made before migration 0004, which kept none.
	Doc []byte
	// Missing lists the required fields a draft lacked.
	Missing []string
}

// Deletion is what Delete did.
type Deletion struct {
	// Version is the catalogue version of the deletion.
	Version int64
	// Remembered reports that the offering was an import's and is
	// remembered as deleted: Discards lists it and Restore takes it back.
	Remembered bool
}

// Restored is what Restore did.
type Restored struct {
	// Kind is the discard's kind.
	Kind DiscardKind
	// Put reports that the draft is held again, or the offering live
	// again; false when the discard was only forgotten.
	Put bool
	// Version is the catalogue version of the restored offering's
	// write; 0 when no offering was written.
	Version int64
}

// ImportItem is one offering of an import.
type ImportItem struct {
	// Offering is the offering; its ID is set.
	Offering lmh.Offering
	// Missing lists the required fields the offering lacks (JSON paths,
	// as in lmh.Problem); empty for a valid offering.
	Missing []string
}

// ImportResult is what Import did with one item.
type ImportResult struct {
	// Outcome is what was done.
	Outcome Outcome
	// Err is why an item was Rejected: an *lmh.ValidationError, or
	// ErrStoredUndecodable.
	Err error
	// Conflicts, for an Updated or Unchanged item, are the paths of the
	// values ("place.name", "team") that both a person and the listing
	// changed since the last import, differently: the person's value was
	// kept. Sorted; nil when there were none. They are stored with the
	// offering (Record.Conflicts), replacing the set an earlier merge
	// stored; an Unchanged item whose set differs from the stored one
	// gives the offering a new version (its document stays), so that a
	// write with the version read before fails. An item the listing did
	// not change since the last import is not merged, and the stored set
	// and version stay.
	Conflicts []string
	// DiscardedAt is when the draft of a Discarded item was discarded, or
	// the offering of a Deleted item deleted.
	DiscardedAt time.Time
}

// Draft is an incomplete offering an import holds.
type Draft struct {
	// ID is the offering's ID.
	ID uuid.UUID
	// Doc is the draft's JSON as imported.
	Doc []byte
	// Missing lists the required fields it lacks.
	Missing []string
}
