// Package harvest reads harvested course listings — JSON Lines, CSV or
// plain text, as a crawler or an export leaves them — and runs them
// through the classifier of lmh/classify, writing one line of JSON per
// record.
//
//	st, err := harvest.Run(ctx, os.Stdin, os.Stdout, harvest.Options{})
//	// st.Written == st.Read: one output line per input record, in order
//
// # Input
//
// JSON Lines records are objects with id, title and text; other members
// are passed through untouched under "input". CSV has a header row naming
// the columns (id; title or tittel, name, navn; text or tekst,
// description, beskrivelse, body, innhald, innhold), separated by commas,
// semicolons or tabs, and is split by RFC 4180's rules: a quoted field may
// hold delimiters, quotes and line breaks. Plain text is one listing per
// line, its id the line number. Blank lines are not records.
//
// Unless Options.Format says, the format is decided from the first 64
// non-blank lines (read ahead and kept): JSON Lines when most are JSON
// objects, CSV when the first is a header with a text column, plain text
// when none look like JSON; anything in between is a *FormatError, and the
// caller must say the format.
//
// # Nothing is lost
//
// Every record gives exactly one output line: its classification, or an
// error record {"line":N,"id":…,"error":…} that names where it starts and,
// when it can be read, its id. A record longer than Options.MaxRecord, not
// valid UTF-8, without text, or not valid JSON or CSV is such a record;
// reading goes on with the next. A CSV record whose quoting is broken (a
// quote in an unquoted field, a quoted field not closed) costs only its
// own line: a quoted field may span at most Options.MaxLines lines, and
// when it turns out not to close properly the lines after the first are
// read again as records. Error messages never quote a record's content.
//
// # Output
//
// Encoder writes the output lines; Run uses it, and so can any other
// runner that must write the same JSON (see Encoder for the members).
//
// Each record the classifier finds in scope is also read into a draft
// offering (classify.Extract), completed with a stable id, status active,
// the run's time and the listing's language, and written under
// "offering", "offering_evidence" and "warnings" (Encoder.AppendDraft);
// Options.NoDrafts leaves them out.
// With Options.Catalogue the output is a catalogue instead: the completed
// draft of each in-scope record as one line of lmh's JSON, which
// lmh.LoadCatalogue reads and validates; the other records write nothing
// and Stats.Omitted counts them, and Options.Rejected names each one that
// could not be read (its line, id and error), so that none is dropped
// unsaid.
//
// # Concurrency
//
// Run classifies with Options.Workers goroutines and writes in input order;
// memory use is bounded by the record limit times the number of workers,
// whatever the input's size (and the encoders share a cache of at most
// 8,192 ends of evidence objects). Several Runs may go on at once. A Reader is
// for one goroutine; an Encoder and the Records and Stats it gives are
// plain values. When Run's context ends it writes what is in flight,
// flushes and returns, so the output never ends in a cut line.
package harvest
