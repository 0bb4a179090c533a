// Package classify reads Norwegian text about læring og mestring i helse
// into the codes of the vocabulary, with evidence for every value: a course
// listing (is it an offering at all, and its format, roles, ages, arena,
// delivery, methods, scope, conditions, themes and programme), or a person's
// own description of what they need.
//
//	r := classify.Listing("Digitalt KiD-kurs",
//		"Frisklivssentralen tilbyr Kurs i depresjonsmestring på Zoom for voksne over 18 år.")
//	fmt.Println(r.InScope, r.Programme, r.Format, r.Arena, r.Delivery)
//	// true kid group municipal digital
//	for _, e := range r.Evidence {
//		fmt.Println(e.Facet, e.Value, e.Part, e.Start, e.End, e.Term, e.Basis)
//	}
//
// # Reading
//
// Text is read once, through the glossary's scanner, for the terms of the
// vocabulary (in any inflection, Bokmål or Nynorsk, with their senses) and
// for a table of cues: words that are not terms but tell who the audience
// is, what kind of page this is, where it is held and how a word is meant
// (the glossary's automaton holds the cues too, see
// glossary.WithPhrases); the same pass finds where clauses end. Both parts
// are cut into clauses, and each term is weighed by where it stands: in a
// proper name, a unit's name, a negated clause, after a partner or a venue
// phrase. The rules that turn terms and cues into values are written out
// at the top of rules.go; each value names the rule (Basis) and the spans
// (Part, Start, End: byte offsets into the title or the text) that decided
// it. The work is linear in the text.
//
// # In scope or not
//
// Listing and Text decide whether the text describes a learning-and-coping
// offering for patients, users or next of kin at all. Courses for health
// personnel, course leaders or volunteers, job adverts, manuals, plans,
// research, reports, closures, school programmes, visiting hours, leaflets
// and ward pages are not. The decision weighs evidence both ways, with
// weights fitted on labelled real listings (scope.go), and
// Result.Confidence.InScope says how sure it is; the evidence of the
// decision comes first in Result.Evidence. The facets are read whatever the
// decision, so a caller can draw the line elsewhere. Every facet carries a
// score in [0, 1] (Result.Confidence).
//
// # A person's own words
//
// NeedText reads the same facets from a person's own description ("pårørende
// til mor med demens, vil helst ha kurs på nett"; "jeg har kols"; "min mann
// har demens").
// Such text and what is read from it are health data: do not log either.
//
// # Extraction
//
// Extract reads a listing into a Draft: the facets as Listing reads them,
// and an lmh.Offering holding only what the text states — cost (free, or a
// fee in kroner), referral and registration (either way, or not stated), the
// registration deadline, sessions, total hours, capacity, the start and the
// dates, the weekly meetings with their hours, the venue, its address and
// municipality (lmh/geo, and the towns, villages and bydeler of
// lmh/geo/places), the provider's name, the ages, the conditions the
// offering is not for, and the phone, e-mail and web address — each field
// with its evidence (a byte span, the rule that read it, a confidence).
//
//	d := classify.Extract(title, text, lmh.Date{}) // the zero date is today
//	fmt.Println(d.Offering.Frames.Sessions, d.Offering.Place.Municipality)
//	for _, e := range d.Evidence { fmt.Println(e.Field, e.Basis, e.Start, e.End) }
//	fmt.Println(d.Missing()) // the required fields the listing did not give
//
// Dates without a year take the first year that puts them on or after the
// page's own date when the text gives one ("Publisert 21.04.2023"), else
// the reference date the caller gives, so a listing read in December finds
// "14. januar" in the next year; a year written with the same day
// elsewhere, or with the one season named ("våren 2024"), is taken as
// written. The evidence says when a year was inferred, and when a date
// lies in the past. A wrong value is worse than none: the rules leave a
// field unset rather than guess, a text that says two things (free and a
// fee, a fee and the members' price, two group sizes) gives neither, a
// value tied to someone or something other than the offering (a
// relative's age, a holiday's or an earlier run's date, where a quoted
// person works, a contact block's address or hours, a postal address, a
// web site's or an editor's e-mail address, a unit's seat) is not the
// offering's; a name whose beginning or end is in doubt is not given;
// where two readings of a field disagree (two organisers, two places of
// meeting or alternative ones, two session counts, two age ranges, two
// e-mail addresses, referral both needed and not) the field is left
// unset. A value is given only when the rule that
// read it was right at least 90 % of the time on the labelled listings it
// was written on (its calibrated Confidence; see extractgate.go); on
// listings no rule was written on the values given were right about 82 to
// 87 % of the time (docs/quality.md), so a draft is for review. The rules are
// written out at the top of the extract*.go files, by field;
// docs/quality.md gives their precision and recall on real listings.
//
// # Concurrency
//
// A Classifier is immutable once built and safe for concurrent use; the
// package functions share a default one built on first use.
package classify
