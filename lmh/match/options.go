package match

import (
	"strconv"
	"time"

	"github.com/lmhkit/lmhkit/lmh"
)

// Option configures a Matcher or one call of Match or Explain. Given to
// New, an option sets the Matcher's default for every call; given to Match
// or Explain, it applies to that call on top of the defaults. Options are
// immutable and may be shared between calls and goroutines.
type Option func(*config)

// config is what the options set: the matcher's defaults, and a copy per
// call.
type config struct {
	policy
	limit   int
	minConf lmh.Confidence
	today   lmh.Date
	clock   func() time.Time
	reader  TextReader
}

// Limit sets how many results Match returns; the default is 10. n <= 0
// returns every offering that passes.
func Limit(n int) Option { return func(c *config) { c.limit = n } }

// Within widens the place constraint, e.g. Within(ReachRegion) to
// "include the whole health region".
func Within(r Reach) Option { return func(c *config) { c.reach = r } }

// RelaxRole keeps offerings for other roles (marked not met).
func RelaxRole() Option { return func(c *config) { c.relaxRole = true } }

// RelaxAge keeps offerings whose age range misses the person's age by at
// most years (taxonomy.MaxAge ignores age). Age groups read from free text
// never exclude, so they need no relaxing.
func RelaxAge(years int) Option { return func(c *config) { c.ageSlack = max(years, 0) } }

// RelaxLanguage keeps offerings with no shared language and no interpreter.
func RelaxLanguage() Option { return func(c *config) { c.relaxLanguage = true } }

// RelaxCondition keeps diagnosis-specific offerings for other conditions,
// and offerings whose target group excludes one of the person's conditions
// (ExcludeConditions); both are marked not met and relaxed.
func RelaxCondition() Option { return func(c *config) { c.relaxCond = true } }

// RelaxDelivery keeps digital-only offerings for a person who will meet in
// person only (marked not met and relaxed).
func RelaxDelivery() Option { return func(c *config) { c.relaxDelivery = true } }

// IncludeUnavailable keeps ended, paused and full offerings.
func IncludeUnavailable() Option { return func(c *config) { c.unavailable = true } }

// MinConfidence drops results below c.
func MinConfidence(c lmh.Confidence) Option { return func(cfg *config) { cfg.minConf = c } }

// On sets the day schedules are judged by, instead of the clock's today.
func On(d lmh.Date) Option { return func(c *config) { c.today = d } }

// Clock sets the clock that gives "today" for schedules (ended offerings,
// the next start) when On is not given. The default is time.Now.
func Clock(now func() time.Time) Option {
	return func(c *config) {
		if now != nil {
			c.clock = now
		}
	}
}

// Reader sets the reader of Need.FreeText. A nil reader turns free-text
// reading off.
func Reader(r TextReader) Option { return func(c *config) { c.reader = r } }

// Reach is how far from the person's municipality in-person and other
// place-bound offerings may be for Match to keep them. The zero value,
// ReachCoverage, follows each offering's Coverage. Values are safe for
// concurrent use.
type Reach uint8

// The reaches, from narrowest to widest.
const (
	ReachCoverage Reach = iota // only offerings whose coverage includes the person
	ReachCounty                // also offerings held in or covering part of the person's county
	ReachRegion                // also those in the person's health region
	ReachNational              // every offering, wherever it is
)

// String returns "coverage", "county", "region" or "national"; it never
// panics.
func (r Reach) String() string {
	switch r {
	case ReachCoverage:
		return "coverage"
	case ReachCounty:
		return "county"
	case ReachRegion:
		return "region"
	case ReachNational:
		return "national"
	}
	return "Reach(" + strconv.Itoa(int(r)) + ")"
}
