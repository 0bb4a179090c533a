// Package fuzzy measures the glossary's autocomplete on Norwegian
// misspellings beside general fuzzy-matching libraries used as a caller
// would use them, so that one run says whether our hand-written search
// is as good and as fast (see docs/design.md, "Libraries we adopted, and
// code we kept"). It is a module of its own so that the library's go.mod
// stays free of the libraries compared.
package fuzzy
