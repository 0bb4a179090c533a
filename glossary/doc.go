// Package glossary is the bridge between the words people write and the
// taxonomy's concepts: the official terms of læring og mestring i helse and
// their synonyms in Bokmål, Nynorsk and English, Norwegian normalisation,
// generated inflections, and a fast scanner that finds every term in free
// text with byte offsets into the original.
//
//	g := glossary.Default()
//	l := g.Lookup("mestringskurset")
//	fmt.Println(l.Senses, l.Ambiguous) // [concept:offering concept:group_offering] true
//	for _, m := range g.Scan("KiD-kurset ved LMS") {
//		fmt.Println(m.Term, m.Senses, m.Position)
//	}
//
// # Entries
//
// An Entry is one term in one language with its Kind (preferred, official
// synonym, synonym, abbreviation, example, hidden misspelling), its senses
// (taxonomy.Ref values in any facet) and its source. The embedded entries
// live in data/terms.json: every term of the "Definisjoner" section of NK
// LMH's definitions (the four concepts, their preferred terms and official
// synonyms, and the named examples), the preferred label of every taxonomy
// code in nb, nn and en, and words for every facet in lay and clinical
// language. New adds a user's own entries on top.
//
// # Ambiguity
//
// The glossary keeps ambiguity instead of resolving it: mestringskurs names
// both the offering and the group offering, pasient- og
// pårørendeopplæring both the activity and the offering. A term is
// ambiguous when two of its senses are in the same facet; Lookup and Match
// say so.
//
// # Normalisation and inflection
//
// Normalize folds case (Æ Ø Å too), composes to NFC, maps dashes, quotes and
// white space to one form and never strips æ, ø or å. Every entry's forms
// are written out from a small paradigm table (Paradigm) plus explicit
// forms, in Bokmål and Nynorsk: kurs, kurset, kursene, kursa; skule,
// skulen, skulane. There is no stemmer.
//
// # Scanning
//
// Scan runs one Aho–Corasick automaton over every form of every entry,
// normalising as it reads, and checks each hit against where in a word the
// entry may occur (Position) and, for abbreviations, exact case. It expands
// hyphen-elided coordinations ("pasient- og pårørendeopplæring"). See
// Glossary.ScanAppend for the rules and the guards against false hits.
// WithPhrases makes a glossary whose automaton also holds a caller's own
// phrases, which ScanAppendPhrases reports apart in the same walk, so that
// a caller who needs terms and phrases of its own reads a text once.
//
// # Concurrency
//
// A Glossary is immutable once built; all its methods are safe for
// concurrent use. Default builds the embedded glossary once, on first use.
package glossary
