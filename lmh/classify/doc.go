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
// Text is read once through the glossary's scanner (terms of the
// vocabulary, in any inflection, Bokmål or Nynorsk, with their senses) and
// once through a table of cues: words that are not terms but tell who the
// audience is, what kind of page this is and where it is held. The rules
// that turn terms and cues into values are written out at the top of
// rules.go; each value names the rule (Basis) and the spans (Part, Start,
// End: byte offsets into the title or the text) that decided it.
//
// # In scope or not
//
// Listing and Text first decide whether the text describes a
// learning-and-coping offering for patients, users or next of kin at all.
// Courses for health personnel, job adverts, visiting hours, leaflets,
// news, research and ward pages are not; their Result has InScope false
// and no facets. Every facet carries a score in [0, 1] (Result.Confidence).
//
// # A person's own words
//
// NeedText reads the same facets from a person's own description ("pårørende
// til mor med demens, vil helst ha kurs på nett") without the in-scope gate.
// Such text and what is read from it are health data: do not log either.
//
// # Concurrency
//
// A Classifier is immutable once built and safe for concurrent use; the
// package functions share a default one built on first use.
package classify
