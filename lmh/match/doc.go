// Package match answers a person's need for læring og mestring: it finds
// the offerings of a catalogue that fit an lmh.Need, ranks them, says why in
// nb, nn and en, and reports how equal the access to offerings is across
// the country. The sources put the principle plainly: the user's needs
// decide which offering fits best, and access must be equal whatever the
// person's age, residence or condition.
//
//	m, err := match.New(catalogue)
//	if err != nil {
//		return err
//	}
//	results, err := m.Match(need, match.Limit(5))
//	for _, r := range results {
//		fmt.Println(r.Offering.Name, r.Confidence)
//		for _, why := range r.Reasons {
//			fmt.Println("  ", why.Text(taxonomy.NB))
//		}
//	}
//
// New builds a Matcher once per catalogue; Matcher.Match ranks the
// catalogue for a need and Matcher.Explain says how one offering fares;
// options (Limit, Within, RelaxRole, RelaxDelivery, …) set a Matcher's
// defaults or one call's; EqualAccess builds the equal-access report.
//
// # Hard constraints
//
// An offering is excluded when it fails one of these; each can be relaxed
// by an Option, and a relaxed failure is kept with Fit FitNotMet, Relaxed
// set and Confidence at most ConfidenceLow:
//
//   - role: none of the person's roles is served (RelaxRole). Patient and
//     user partly meet each other: pasient is the specialist service's word
//     and bruker the municipal one's for the person living with the illness.
//   - age: the person's age lies outside the target group's range
//     (RelaxAge allows some years either side).
//   - place: the person's municipality is not in the offering's Coverage
//     (municipalities, counties, health regions, or national). An offering
//     without declared coverage serves its venue's municipality. Within
//     widens this to every offering held in or covering part of the
//     person's county, health region, or the whole country.
//   - language: no language in common (Bokmål, Nynorsk and "no" count as
//     one) and the offering lists no interpreter (RelaxLanguage).
//   - availability: the offering has ended (by status, end date or last
//     session date), is paused, or is full (IncludeUnavailable).
//   - condition: the offering is diagnosis-specific and none of its
//     conditions is the person's, broader or narrower than it; or its
//     target group excludes one of the person's conditions
//     (TargetGroup.ExcludeConditions: "ikke for deg med psykose"), a
//     narrower one included (RelaxCondition relaxes both). Conditions given
//     as ICD-10 or ICPC-2 codes are mapped through taxonomy.ConditionFor
//     first, so F32.1 meets an offering for depression, E11 one for
//     diabetes, and F20 is excluded by an exclusion of psychosis. A person
//     who names no condition is never excluded by an exclusion; the reason
//     says what the offering excludes, and the match is not exact.
//   - delivery: the person will meet in person only and the offering is
//     digital only (RelaxDelivery). A preference for digital only ranks.
//
// Facts the person did not give (no age, no role, no condition) exclude
// nothing; their criterion is FitUnknown. The exception is place: without a
// municipality nobody can tell whether a place-bound offering is within
// reach, so only offerings open to the whole country (or stating no place at
// all) are kept, unless Within(ReachNational) asks for every one. A need
// that gives only a county (read from "på Sunnmøre") keeps the offerings
// for the county, its region or the country, and those in or serving part
// of the county (place unknown). ICD-10 and ICPC-2 codes no condition covers
// are reported in the condition reason, never dropped silently. Facts read
// from free text that the text only suggests (see "Free text") never
// exclude either: they rank.
//
// # Score
//
// The offerings kept get a score from 0 to 1, the weighted sum of these
// parts (weights in points out of 100; a criterion the person left open
// earns half its weight, so it neither helps nor hurts):
//
//	condition     25  same condition 1, the offering's is broader 0.9, narrower 0.6,
//	                  an offering naming no conditions: across diagnoses or about
//	                  living with illness 0.5, any other 0.3 (0.5 if none given),
//	                  one across diagnoses that names only other conditions 0.1
//	                  (not met: a course for next of kin in mental illness is
//	                  no course for next of kin in dementia),
//	                  diagnosis-specific with no condition given 0.3
//	place         15  same municipality 1, county 0.75, health region 0.5,
//	                  national digital (or far but covered) 0.3, kept by Within 0.1;
//	                  a digital offering open to a person who prefers digital 1
//	themes        12  share of the person's themes the offering covers
//	role          10  same role 1, related role (patient/user) 0.6
//	delivery      10  digital or hybrid for a digital preference 1, in person 0.5;
//	                  in person or hybrid for in person only 1
//	start          8  1 − days to the next start / 365 (at least 0.2); continuous
//	                  intake 0.9; under way or started earlier 0.3; no dates 0.5
//	goals          5  share of the person's goals
//	format         5  group or individual as preferred
//	time           5  meets in a time slot the person can attend
//	language       3  the person's first language 1, another of theirs 0.8,
//	                  interpreter 0.5
//	accessibility  2  share of the person's accessibility needs listed
//
// # Confidence
//
// ConfidenceExact: every fact the person gave is met and no restriction of
// the offering is left unchecked (a diagnosis-specific offering or an
// exclusion when no condition is given, an age limit when no age is
// given). ConfidenceHigh: nothing is contradicted, but something is only
// partly met, cannot be checked, or is met only on a fact inferred from
// free text. ConfidenceLow: a criterion is not met — a preference (format,
// delivery, themes, time), the condition of an offering across diagnoses
// that names only other conditions, a fact inferred from free text, or a
// hard constraint kept by a relaxing option — or the offering names no
// condition for a person who named one and covers none of their themes:
// "open to all" is a partial fit, never a confident one on its own.
// ConfidenceNo, the zero value, means excluded.
//
// # Order
//
// Results are ordered by confidence (exact first); then, within a
// confidence, an offering whose condition is not met comes after every one
// whose condition is met or partly met; then by score, closeness, the
// nearest next start date (offerings with none last), offering ID (as
// text), and catalogue position. The order is total, so the same catalogue
// and need always give the same ranking.
//
// # Free text
//
// When Need.FreeText is set it is read by the matcher's TextReader (by
// default one built on lmh/classify, lmh/geo and lmh/geo/places; see
// Reader), and the facts found fill the facets the caller left empty —
// never overriding a field that is set. The default reader knows who
// writes: a parent, partner, adult child or sibling writing about a
// relative ("forelder til gutt på 6 år med autisme") is next of kin and an
// adult, the relative's age is kept apart from the writer's, and a case
// worker's "pasienten er 82 år" is the need's own age. It reads ages in
// words, lay words for conditions ("sukker", "nerver"), towns, bydeler,
// regions and Sami names, languages and interpreters, and whether the
// person wants a group, one-to-one, digital or in-person offering.
//
// A fact the text states (a role from who writes, an age in digits or
// words about the person, a named condition, where the person says they
// live) acts like a field the caller set. A fact it only suggests is
// inferred (TextFacts.Inferred): an age group from "pensjonist" or from a
// parent's voice, a condition from a described symptom ("hukommelsen
// svikter"), a place named without saying the person lives there. An
// inferred fact ranks but never excludes, and met it does not make a match
// exact. Reasons based on a fact from the text have FromText set and mark
// it where the sentence names it ("(fra teksten din)", or "(tolket fra
// teksten din)" when inferred); a sentence about the offering alone is
// never credited to the text. When next of kin meet an offering for
// patients or for their relative's age, the reason says it may suit the
// relative ("men kan passe for barnet ditt (9 år)").
//
// # Indexes
//
// New compiles every offering into a 32-byte hot record: for each
// criterion the class of the facts its judge reads (offerings with the
// same facts share a class, kept once), the roles, the availability and a
// byte for format, delivery and time slots. It builds one bitset (a bit per
// offering) per municipality and county of coverage, per county and region
// an offering lies in, per role combination, age group, condition
// (offerings that pass the condition constraint for it, through the
// hierarchy), language, theme, goal and accessibility, and one of open
// offerings.
//
// Match intersects the bitsets of the need's facts a block of words at a
// time and judges only the survivors: each class once per call, each
// survivor by reading its hot record and the judgements of its classes.
// Records are stored in place order and survivors are visited nearest first
// (the person's municipality, county, region, then the rest), keeping the
// best in a bounded list; once the list is full, a candidate is dropped as
// soon as a bound on the best confidence and score it could still reach
// shows it cannot enter. Within a municipality records with the same hard
// classes lie together, and when one fails on those classes the rest of
// its run is skipped; within a run, records with the same format, delivery
// and time slots lie together, in order of their start, and are skipped
// together when the bound rules them out. Once the list's last entry is
// above ConfidenceLow, an offering with none of the person's themes (or
// goals, or accessibility needs) cannot enter, and the filter then takes
// only offerings that have one. The bound is sound, so the
// results are those of a full evaluation: the indexes are a filter, never
// a judge, and every survivor is judged as a linear scan would judge it.
// Reasons are written only for the results returned.
//
// # Equal access
//
// EqualAccess answers the planners' question: for every municipality, role
// and topic (a condition or a theme), how close is the nearest offering a
// person could use — in the municipality, the county, the health region,
// only nationally, or none? The report rolls up to counties and health
// regions, lists the gaps, and writes CSV and an HTML page. It reaches an
// offering exactly as Match does (coverage, availability on the day, role).
//
// # Privacy
//
// A Need is health data, and so is everything derived from it: Result,
// Reason and TextFacts print only the offering, the criterion and the fit
// (String, GoString and every fmt verb), never the person's values; only
// Reason.Text spells them out, for the person. Errors about a need are
// lmh's *ValidationError, naming fields and rules, never values. A
// TextReader must not log the text it reads.
//
// # Concurrency
//
// A Matcher is immutable after New and safe for concurrent use by multiple
// goroutines; each call takes its scratch tables from a pool. It keeps the
// catalogue slice it was given and returns pointers into it; the caller
// must not modify the catalogue while the Matcher is in use. An
// AccessReport is immutable and safe for concurrent use. Options, Results,
// Reasons and the enumerations are values.
package match
