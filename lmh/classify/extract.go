package classify

import (
	"errors"
	"sync"
	"time"

	"github.com/lmhkit/lmhkit/lmh"
)

// Draft is what a listing says about one offering, as an lmh.Offering
// that holds only what the text supports, with the evidence for every
// field read and the facets the classifier read beside it.
//
// A draft is incomplete by nature: a listing never gives an offering's
// ID, status or date of change, and seldom all of its frames. Problems and
// Missing say what the draft lacks before it is a valid offering; the
// caller completes it (or a person does) before it goes into a catalogue.
//
// The Offering's code slices (roles, conditions, methods, themes) are the
// Result's own: change one and the other changes; use Offering.Clone for
// a copy of its own. A Draft is a plain value, safe for concurrent reads.
type Draft struct {
	// Result is the classification of the listing, exactly as Listing
	// gives it; its Evidence explains the facets of the Offering
	// (format, roles, conditions, arena, delivery, scope and so on).
	Result Result
	// Offering is the draft offering. Fields the text does not state are
	// zero; the facets come from Result, and only when it is InScope.
	Offering lmh.Offering
	// Evidence explains every field the extractor filled in (and the
	// language, the name and each weekly meeting), in the order the rules
	// read them.
	Evidence []FieldEvidence
	// AsOf is the reference date the draft's dates were read against (see
	// Extract).
	AsOf lmh.Date
}

// FieldEvidence is why one field of a Draft's Offering has its value: the
// span of the listing it was read from, the rule that read it, and how
// sure the rule is. Part[Start:End] is the evidence as the author wrote
// it. A FieldEvidence is a plain comparable value, safe to copy.
type FieldEvidence struct {
	// Field is the path of the field in the Offering's JSON names, as in
	// lmh.Problem ("frames.cost.fee_nok", "schedule.weekly[0].start").
	Field string
	// Part, Start and End locate the span: byte offsets into the title or
	// the text.
	Part       Part
	Start, End int // byte offsets of the span in Part, End exclusive
	// Basis names the rule that read the value (see extract.go); the
	// rules are stable codes like the classifier's.
	Basis Basis
	// Confidence is how often the rule is right, in [0, 1]: its
	// precision on the calibration listings, smoothed toward its field's
	// (extractconf.go, extractgate.go), not a measure of this one value. A value whose
	// rule falls below its field's threshold is not given at all.
	Confidence float64
	// YearInferred reports, for a date, that the text gives no year: the
	// year is the first that puts the date on or after the page's own
	// date when the text gives one, else the Draft's AsOf.
	YearInferred bool
	// Past reports, for a date, that it lies before the Draft's AsOf: the
	// text states a year that has passed, or the listing is old.
	Past bool
}

// The rules of the extractor. Each field of a Draft names the rule that
// read it; the rules are written out in the files named below.
const (
	// extractlang.go
	BasisLanguageWords Basis = "language_words" // words only Bokmål or only Nynorsk uses
	BasisTitle         Basis = "title"          // the listing's title is the offering's name

	// extractterms.go and extractframes.go
	BasisFree            Basis = "free"                  // gratis, kostnadsfritt, det koster ingenting
	BasisFee             Basis = "fee"                   // kr 300,-, 300 kroner, egenandel 350
	BasisReferralYes     Basis = "referral_required"     // krever henvisning, etter tilvising frå lege
	BasisReferralNo      Basis = "referral_not_needed"   // uten henvisning, du kan melde deg på sjølv
	BasisRegistrationYes Basis = "registration"          // påmelding, meld deg på
	BasisRegistrationNo  Basis = "drop_in"               // drop-in, ingen påmelding, stikk innom
	BasisDeadline        Basis = "registration_deadline" // påmeldingsfrist 5. september
	BasisSessions        Basis = "sessions"              // 8 samlinger, fire kvelder, over to dager
	BasisSessionsPerWeek Basis = "sessions_per_week"     // to dager i uka i seks uker
	BasisSessionsTimes   Basis = "sessions_times"        // 6 x 3 timer
	BasisDatesCounted    Basis = "dates_counted"         // three or more session dates listed
	BasisHoursStated     Basis = "hours_stated"          // 12 timer til sammen
	BasisHoursComputed   Basis = "hours_computed"        // sessions × a stated length
	BasisCapacityRange   Basis = "capacity_range"        // 8–12 deltakere
	BasisCapacityMax     Basis = "capacity_max"          // maks 15, inntil 12 deltakere
	BasisCapacityMin     Basis = "capacity_min"          // minst fire deltakarar

	// extractschedule.go
	BasisDate        Basis = "date"         // 14. januar, 14.01.25, tirsdag 14. januar 2026
	BasisStartDate   Basis = "start_date"   // oppstart 3. mars, fra 3. mars, starter 14. mars
	BasisLastDate    Basis = "last_date"    // den siste kurskvelden blir 5. mars
	BasisWeekday     Basis = "weekday"      // hver tirsdag, tirsdager, tysdagane
	BasisDateWeekday Basis = "date_weekday" // the weekday named with a date: fredag 22. oktober
	BasisClockTime   Basis = "clock_time"   // kl. 18.00–20.30, klokka 18, fra ni til elleve

	// extractplace.go
	BasisPlaceName      Basis = "place_name"      // the only municipality, town or bydel the text names, tied to nothing
	BasisVenueLabel     Basis = "venue_label"     // Sted: <venue>, Hvor: <venue>
	BasisVenue          Basis = "venue"           // møtes i <venue>, foregår ved <venue>
	BasisAddress        Basis = "street_address"  // Storgata 33
	BasisPlaceVenue     Basis = "place_venue"     // a place in the venue's name or where the text says it meets
	BasisPlaceOrganiser Basis = "place_organiser" // a place in the organiser's name (Oslo universitetssykehus, Ullevål arrangerer)
	BasisPlaceLocal     Basis = "place_local"     // a place in a local body's name (Kongsberg Revmatikerforening arrangerer)
	BasisPlaceSeat      Basis = "place_seat"      // the seat of the unit or offering that holds it (et kommunalt tilbud i Bergen, fysioterapitenesta i Sogndal)
	BasisPlaceKommune   Basis = "place_kommune"   // a municipality or bydel named as one (Sola kommune, Bydel Stovner)
	BasisPlaceResidents Basis = "place_residents" // for those who live in a place (som bor i bydel Nordre Aker)

	// extractprovider.go
	BasisOrganiserNamed Basis = "organiser_named"      // i regi av <name>, arrangeres av <name>, Arrangør: <name>
	BasisOrganiser      Basis = "organiser"            // <name> tilbyr/arrangerer/inviterer …
	BasisOrganiserLate  Basis = "organiser_late"       // Mandag starter <name> opp …, Det er <name> som …
	BasisOrgName        Basis = "organisation_name"    // <offering> ved <name>, tilbudet er etablert ved <name>
	BasisOrgAffiliation Basis = "organisation_staff"   // <job title> ved/i <name>: where someone quoted works
	BasisOrgWe          Basis = "organisation_we"      // vi i <name>, hos oss i <name>
	BasisOrgPeer        Basis = "organisation_peer"    // en likeperson i <name>, likepersoner i <name>
	BasisOrgOpening     Basis = "organisation_opening" // the text opens with the name (<name> er …)
	BasisOrgTitle       Basis = "organisation_title"   // the title names the organiser, the text none

	// extracttarget.go
	BasisAges      Basis = "ages"               // for deg mellom 18 og 67 år, over 60 år
	BasisExclusion Basis = "excluded_condition" // ikke for deg med psykose

	// extractcontact.go
	BasisPhone Basis = "phone"       // Tlf. 22 11 22 11
	BasisEmail Basis = "email"       // an address with @
	BasisURL   Basis = "web_address" // www.…, https://…
)

// Extract reads a listing into a Draft: the facets as Listing reads them,
// and the frames, schedule, place, provider, target group and contact the
// text states, each with its evidence.
//
// asOf is the reference date for dates written without a year when the
// text gives no date of its own ("Publisert 21.04.2023"): "14. januar" is
// the first 14 January on or after it, so a listing read in December gets
// January of the next year, and the evidence says the year was inferred.
// A date before asOf is kept and marked Past. The zero asOf means today
// (the local date).
//
// A field is given only when the rule that read it is sure enough (see
// FieldEvidence.Confidence); the others are left unset.
//
// Extract is safe for concurrent use. It reads the text through the
// glossary and the cues once, as Listing does, and reads the words of the
// listing's word index; it does not validate the draft (see
// Draft.Problems).
func Extract(title, text string, asOf lmh.Date) Draft {
	return theClassifier().Extract(title, text, asOf)
}

// Extract reads a listing into a Draft; see the package function Extract.
func (c *Classifier) Extract(title, text string, asOf lmh.Date) Draft {
	return c.extract(title, text, asOf, false)
}

// extract is Extract; all gives every value read, whatever its rule's
// confidence (the calibration reads the rules so).
//
// The draft is the named result, filled in where it is returned, not
// built and copied there (a Draft is about 1,300 bytes).
func (c *Classifier) extract(title, text string, asOf lmh.Date, all bool) (d Draft) {
	if asOf.IsZero() {
		asOf = lmh.DateOf(time.Now())
	}
	s := c.pool.Get().(*scratch)
	c.scan(s, title, text)
	decide(s, &d.Result)
	x := xpool.Get().(*xstate)
	x.reset(s, title, text, asOf)
	x.all = all
	d.AsOf = asOf
	x.read(&d)
	x.s = nil
	xpool.Put(x)
	c.pool.Put(s)
	return
}

// Problems validates the draft's Offering (lmh.ValidateOffering) and
// returns the problems found: the fields a listing never gives (id,
// status, last_modified), the required ones this one does not give, and
// any values that break a rule. It returns nil for a draft that is a valid
// offering. Validating costs more than extracting; call it when needed.
func (d *Draft) Problems() []lmh.Problem {
	err := lmh.ValidateOffering(&d.Offering)
	var ve *lmh.ValidationError
	if errors.As(err, &ve) {
		return ve.Problems
	}
	return nil
}

// requiredRules are the rules that say a value is missing.
var requiredRules = map[lmh.Rule]bool{
	lmh.RuleRequired: true, lmh.RuleRoleRequired: true, lmh.RuleConditionRequired: true,
	lmh.RulePlaceRequired: true, lmh.RuleCoverageRequired: true, lmh.RuleParticipationRequired: true,
}

// Missing returns the fields (JSON paths, as in lmh.Problem) that the
// draft lacks before it is a valid offering: the problems of Problems whose
// rule says a value is required. Its order is that of Problems.
func (d *Draft) Missing() []string {
	var out []string
	for _, p := range d.Problems() {
		if requiredRules[p.Rule] {
			out = append(out, p.Field)
		}
	}
	return out
}

// xstate is the extractor's working memory for one listing, pooled.
type xstate struct {
	s           *scratch
	all         bool // give every value read (see give)
	title, text string
	asOf        lmh.Date
	toks        []xtok  // the text's tokens
	ttoks       []xtok  // the title's tokens
	sent        []int32 // the first token of each token's sentence
	// Per-sentence answers that do not depend on the token asked about,
	// kept for the last sentence asked so that many dates or places in one
	// long sentence read it once (work stays linear in the text): the
	// sentence's first token (-1: none yet) and what it says.
	memoSent int32
	memoRole dateRole // dateRole's reading of the whole sentence (0: none)
	memoFee  bool
	memoInfo bool // an information meeting or an interview is named
	memoHeld bool // a gathering is told as held, and no start nor a new run is named (heldNear)
	meetSent int32
	meetHas  bool
	// notTheOffering's answer for the sentence that begins at notSent (-1:
	// none yet).
	notSent  int32
	notOffer bool
	send     []int32 // the end of each token's sentence
	nums     []int32 // the tokens that may begin a quantity (see index)
	keys     []int32 // the tokens a rule may begin at (see index)
	// The keys each of some rules may begin at (see markIndex), so
	// that such a rule loops over its own few and not over all the keys.
	trig [nTrig][]int32
	// Two names in lower case, when providerIn compares them.
	lower [2][]byte
	// A token's text in lower case (see lowerTok).
	low []byte
	// The title's sentences and indexes, while the title is read as text
	// (see readProvider).
	tsent, tsend, tnums, tkeys []int32
	ttrig                      [nTrig][]int32
	// The rules' confidences and the fields' thresholds asked for, by
	// path and rule (see confidence); kept from listing to listing.
	cal          [32]calSlot
	ev           []FieldEvidence
	dates        []xdate
	sessionDated bool // a date of the text is a session's (dateSession), before placeDates
	times        []xtime
	weekdays     []xweekday
	places       []xplace
	// The words only Bokmål or only Nynorsk writes, in the title and the
	// text, and the first of each in the text (-1 for none); see readLang.
	nb, nn           int
	firstNB, firstNN int32
	// The tokens of the organiser's name and of the venue read from the
	// text, given or not; -1 for none.
	prov, venue [2]int
	provBasis   Basis // the rule that read prov
	// What the text holds at all (see index), so that a rule whose
	// words are absent costs nothing: the word classes, the word lists,
	// and whether it has numbers, '@' and glued dots.
	seen                  [2]uint64
	seenSets              uint16
	hasNum, hasAt, hasDot bool
	// The year of the one season the text names with one ("våren
	// 2024"), read on first use (see statedYear).
	season struct {
		read   bool
		year   int
		spring bool
	}
	// The last "frikort" of the sentence that begins at frikSent (-1:
	// none read yet; frikLast -1: none there), for frikortAfter.
	frikSent, frikLast int32
}

var xpool = sync.Pool{New: func() any { return new(xstate) }}

func (x *xstate) reset(s *scratch, title, text string, asOf lmh.Date) {
	x.s, x.title, x.text, x.asOf = s, title, text, asOf
	x.nb, x.nn, x.firstNB, x.firstNN = 0, 0, -1, -1
	x.toks = s.words(PartText)
	x.ttoks = s.words(PartTitle)
	for i := range x.ttoks {
		if l := x.ttoks[i].lang; l != 0 {
			x.countLang(l, i, false)
		}
	}
	x.mark() // counts the text's words of each standard (markIndex)
	x.memoSent, x.meetSent, x.notSent, x.frikSent = -1, -1, -1, -1
	x.ev = x.ev[:0]
	x.dates = x.dates[:0]
	x.times = x.times[:0]
	x.weekdays = x.weekdays[:0]
	x.places = x.places[:0]
}

// add records evidence for a field of the text.
func (x *xstate) add(field string, start, end int32, b Basis, conf float64) *FieldEvidence {
	x.ev = append(x.ev, FieldEvidence{Field: field, Part: PartText, Start: int(start), End: int(end), Basis: b, Confidence: conf})
	return &x.ev[len(x.ev)-1]
}

// read fills in d from the listing.
func (x *xstate) read(d *Draft) {
	o := &d.Offering
	r := &d.Result
	x.readLang(o)
	if x.title != "" {
		o.Name = x.title
		x.ev = append(x.ev, FieldEvidence{Field: "name", Part: PartTitle, End: len(x.title), Basis: BasisTitle, Confidence: 1})
	}
	o.Description = x.text
	if r.InScope {
		o.Format, o.Programme, o.Delivery, o.Scope = r.Format, r.Programme, r.Delivery, r.Scope
		o.Methods, o.Themes = r.Methods, r.Themes
		o.TargetGroup.Roles, o.TargetGroup.Conditions = r.Roles, r.Conditions
		o.Provider.Arena = r.Arena
	}
	x.readProvider(o)
	x.readSchedule(o)
	x.readFrames(o)
	x.readPlace(o)
	x.readTarget(o, r)
	x.readContact(o)
	if len(x.ev) > 0 {
		d.Evidence = append([]FieldEvidence(nil), x.ev...)
	}
}
