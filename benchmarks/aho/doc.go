// Package aho compares lmhkit's glossary scanner with general-purpose
// Aho–Corasick libraries for Go on the same patterns and the same text. It
// is a module of its own so that the library's go.mod names none of them.
// It holds benchmarks only; see README.md.
package aho
