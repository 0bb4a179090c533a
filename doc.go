// Package lmhkit is the root of a library for the Norwegian field of læring
// og mestring i helse (LMH): the courses, groups and one-to-one sessions
// through which hospitals, municipalities, voluntary organisations and private
// actors help patients, users and next of kin live with illness.
//
// The module is organised in layers; imports point inward only:
//
//   - [github.com/lmhkit/lmhkit/taxonomy]: the controlled vocabulary of the
//     field (formats, roles, age groups, arenas, service levels, methods,
//     delivery, scope, goals, themes, conditions, programmes, user
//     participation, accessibility) as typed codes with labels in Bokmål,
//     Nynorsk and English, a hierarchy, ICD-10/ICPC-2 links and sources.
//   - [github.com/lmhkit/lmhkit/glossary]: the official terms and their
//     synonyms, Norwegian normalisation and fast scanning of free text.
//   - [github.com/lmhkit/lmhkit/lmh]: offerings, target groups and needs;
//     validation; classification of free text; matching needs to offerings.
//   - examples/: small runnable programs, starting with examples/quickstart.
//
// This root package holds no code; it documents the module.
package lmhkit
