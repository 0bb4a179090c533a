// Package lmhkit is the root of a library for the Norwegian field of læring
// og mestring i helse (LMH): the courses, groups and one-to-one sessions
// through which hospitals, municipalities, voluntary organisations and private
// actors help patients, users and next of kin live with illness.
//
// The module is organised in layers; imports point one way only, from the
// vocabulary up to the programs (taxonomy ← glossary ← lmh ← lmh/classify ←
// lmh/match ← examples):
//
//   - [github.com/lmhkit/lmhkit/taxonomy]: the controlled vocabulary of the
//     field (formats, roles, age groups, arenas, service levels, methods,
//     delivery, scope, goals, themes, conditions, programmes, user
//     participation, accessibility) as typed codes with labels in Bokmål,
//     Nynorsk and English, a hierarchy, ICD-10/ICPC-2 links and sources.
//   - [github.com/lmhkit/lmhkit/glossary]: the official terms and their
//     synonyms, Norwegian normalisation and inflection, and fast scanning of
//     free text.
//   - [github.com/lmhkit/lmhkit/lmh]: the domain model — offerings, target
//     groups, frames, schedules, coverage and needs — with validation that
//     explains itself, strict JSON and JSON Lines catalogues, the ISF check
//     and an embedded sample catalogue. [github.com/lmhkit/lmhkit/lmh/geo]
//     holds the municipalities, counties and health regions, and
//     [github.com/lmhkit/lmhkit/lmh/geo/places] the towns, villages and
//     bydeler that lie in them.
//   - [github.com/lmhkit/lmhkit/lmh/classify]: reading a course listing, or a
//     person's own words, into the vocabulary's codes with evidence, and a
//     listing into a draft offering.
//   - [github.com/lmhkit/lmhkit/lmh/match]: matching a person's need to the
//     offerings of a catalogue, with reasons in nb, nn and en, Explain, and
//     the equal-access report. Beside it, [github.com/lmhkit/lmhkit/lmh/harvest]
//     reads harvested listings (JSON Lines, CSV, text) and writes each one
//     classified, losing none.
//   - Exporters beside what they export: [github.com/lmhkit/lmhkit/lmh/fhir]
//     (HL7 FHIR R4), [github.com/lmhkit/lmhkit/glossary/skos] (SKOS) and
//     [github.com/lmhkit/lmhkit/lmh/jsonschema] (JSON Schema).
//   - examples/: programs to run or copy. examples/quickstart is the tour;
//     examples/lmhkit is the command (classify, match, validate, coverage,
//     export, glossary); examples/server, the catalogue service, and
//     examples/beam, the Apache Beam pipeline, are modules of their own.
//
// This root package holds no code; it documents the module.
package lmhkit
