package api

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// ProblemBase is the prefix of the type URIs of the service's problems.
const ProblemBase = "https://lmhkit.github.io/problems/"

// Problem is an RFC 9457 problem details object. Errors, when present,
// lists what is wrong with a request body or its parameters: where (Field,
// the path in JSON names, and Pointer, the same as an RFC 6901 JSON
// Pointer), which rule (Rule, Param) and a sentence in the response's
// language. Nothing in a problem repeats a value of the request.
type Problem struct {
	Type   string       `json:"type"`             // the kind of problem: ProblemBase and a slug
	Title  string       `json:"title"`            // the kind's title in the response's language
	Status int          `json:"status"`           // the HTTP status code
	Detail string       `json:"detail,omitempty"` // what went wrong in this request
	Errors []FieldError `json:"errors,omitempty"` // each thing wrong with the body or parameters
}

// FieldError is one thing wrong with a request.
type FieldError struct {
	Field   string `json:"field"`           // where: the path in JSON names, or the parameter
	Pointer string `json:"pointer"`         // Field as an RFC 6901 JSON Pointer; "" for a parameter
	Rule    string `json:"rule"`            // the rule broken, an lmh.Rule code
	Param   string `json:"param,omitempty"` // the rule's parameter, such as a limit
	Message string `json:"message"`         // a sentence in the response's language
}

// kind is a kind of problem: its type URI, status and title in nb, nn, en.
type kind struct {
	slug   string
	status int
	title  [3]string
}

var (
	kindMalformed = kind{"malformed", http.StatusBadRequest, [3]string{
		"Forespørselen kan ikke leses", "Førespurnaden kan ikkje lesast", "The request cannot be read"}}
	kindInvalid = kind{"invalid", http.StatusUnprocessableEntity, [3]string{
		"Forespørselen er ugyldig", "Førespurnaden er ugyldig", "The request is invalid"}}
	kindBadQuery = kind{"bad-parameter", http.StatusBadRequest, [3]string{
		"Ugyldig parameter", "Ugyldig parameter", "Invalid parameter"}}
	kindNotFound = kind{"not-found", http.StatusNotFound, [3]string{
		"Finnes ikke", "Finst ikkje", "Not found"}}
	kindMethod = kind{"method-not-allowed", http.StatusMethodNotAllowed, [3]string{
		"Metoden er ikke tillatt her", "Metoden er ikkje tillaten her", "Method not allowed here"}}
	kindUnauthorized = kind{"unauthorized", http.StatusUnauthorized, [3]string{
		"Krever gyldig tilgangsnøkkel", "Krev gyldig tilgangsnøkkel", "A valid bearer token is required"}}
	kindConflict = kind{"exists", http.StatusConflict, [3]string{
		"Tilbudet finnes allerede", "Tilbodet finst alt", "The offering already exists"}}
	kindPrecondition = kind{"precondition-failed", http.StatusPreconditionFailed, [3]string{
		"Tilbudet er endret av noen andre siden du hentet det", "Tilbodet er endra av nokon andre sidan du henta det",
		"The offering was changed by someone else since you read it"}}
	kindPreconditionRequired = kind{"precondition-required", http.StatusPreconditionRequired, [3]string{
		"Send If-Match med ETag-en fra siste henting", "Send If-Match med ETag-en frå siste henting",
		"Send If-Match with the ETag you last read"}}
	kindTooLarge = kind{"too-large", http.StatusRequestEntityTooLarge, [3]string{
		"Forespørselen er for stor", "Førespurnaden er for stor", "The request is too large"}}
	kindMediaType = kind{"unsupported-media-type", http.StatusUnsupportedMediaType, [3]string{
		"Send JSON (Content-Type: application/json)", "Send JSON (Content-Type: application/json)",
		"Send JSON (Content-Type: application/json)"}}
	kindUnavailable = kind{"unavailable", http.StatusServiceUnavailable, [3]string{
		"Databasen svarer ikke nå; prøv igjen om litt", "Databasen svarar ikkje no; prøv igjen om litt",
		"The database is not answering now; try again shortly"}}
	kindStored = kind{"stored-undecodable", http.StatusInternalServerError, [3]string{
		"Det lagrede tilbudet kan ikke leses", "Det lagra tilbodet kan ikkje lesast", "The stored offering cannot be read"}}
	kindInternal = kind{"internal", http.StatusInternalServerError, [3]string{
		"Intern feil", "Intern feil", "Internal error"}}
)

// writeProblem writes p as application/problem+json.
func writeProblem(w http.ResponseWriter, r *http.Request, k kind, detail string, errs ...FieldError) {
	l := language(r)
	setLanguage(w, l)
	p := Problem{Type: ProblemBase + k.slug, Title: k.title[l.Index()], Status: k.status, Detail: detail, Errors: errs}
	if k.status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "1")
	}
	if k.status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="lmhkit"`)
	}
	w.Header().Set("Content-Type", "application/problem+json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(k.status)
	b, _ := json.Marshal(p)
	w.Write(b)
}

// pointer turns a field path in JSON names ("target_group.roles[1]") into
// an RFC 6901 JSON Pointer ("/target_group/roles/1").
func pointer(path string) string {
	if path == "" {
		return ""
	}
	var b strings.Builder
	for _, part := range strings.Split(path, ".") {
		name, idx, _ := strings.Cut(part, "[")
		b.WriteString("/" + strings.NewReplacer("~", "~0", "/", "~1").Replace(name))
		for idx != "" {
			var i string
			i, idx, _ = strings.Cut(idx, "]")
			b.WriteString("/" + i)
			idx = strings.TrimPrefix(idx, "[")
		}
	}
	return b.String()
}

// fieldErrors converts the library's validation problems.
func fieldErrors(ve *lmh.ValidationError, l taxonomy.Lang, prefix string) []FieldError {
	out := make([]FieldError, 0, len(ve.Problems))
	for _, p := range ve.Problems {
		f := join(prefix, p.Field)
		out = append(out, FieldError{Field: f, Pointer: pointer(f), Rule: string(p.Rule), Param: p.Param, Message: p.Message(l)})
	}
	return out
}

func join(prefix, field string) string {
	switch {
	case prefix == "":
		return field
	case field == "":
		return prefix
	case strings.HasPrefix(field, "["):
		return prefix + field
	}
	return prefix + "." + field
}

// decodeRule names the cause of a decoding error as a rule code.
func decodeRule(err error) string {
	var (
		ce  *taxonomy.CodeError
		ee  *lmh.EnumError
		se  *json.SyntaxError
		ute *json.UnmarshalTypeError
	)
	switch {
	case errors.Is(err, lmh.ErrUnknownField):
		return "unknown_field"
	case errors.Is(err, lmh.ErrRepeatedField):
		return "repeated_member"
	case errors.Is(err, lmh.ErrMalformedJSON):
		return "syntax"
	case errors.Is(err, lmh.ErrWrongType):
		return "type"
	case errors.Is(err, lmh.ErrInvalidValue):
		return "invalid_value"
	case errors.As(err, &ce):
		return "code"
	case errors.As(err, &ee):
		return "enum"
	case errors.Is(err, lmh.ErrMalformedDate):
		return "date"
	case errors.Is(err, lmh.ErrMalformedUUID):
		return "uuid"
	case errors.As(err, &se):
		return "syntax"
	case errors.As(err, &ute):
		return "type"
	}
	return "malformed"
}

// decodeProblem writes the problem of a body lmh could not decode. For a
// Need (need true) the library's error already leaves values and member
// names out; the rule and message come from it alone.
func decodeProblem(w http.ResponseWriter, r *http.Request, err error, prefix string) {
	l := language(r)
	var de *lmh.DecodeError
	if errors.As(err, &de) {
		f := join(prefix, de.Path)
		writeProblem(w, r, kindMalformed, "", FieldError{
			Field: f, Pointer: pointer(f), Rule: decodeRule(de.Err), Message: de.Message(l)})
		return
	}
	writeProblem(w, r, kindMalformed, "")
}

// paramError is a problem with a query parameter, its message taken from
// the library's rule table.
func paramError(l taxonomy.Lang, name string, rule lmh.Rule, param string) FieldError {
	return FieldError{Field: name, Pointer: "", Rule: string(rule), Param: param,
		Message: lmh.Problem{Field: name, Rule: rule, Param: param}.Message(l)}
}

// wholeParam reads the query parameter name, value v, as a whole number
// from lo to hi. Its problem names the bound that v breaks ("at least 1"
// for 0, not "at most 100"), or says v is not a whole number.
func wholeParam(l taxonomy.Lang, name, v string, lo, hi int) (int, *FieldError) {
	n, err := strconv.Atoi(v)
	var fe FieldError
	switch {
	case err != nil:
		fe = paramError(l, name, lmh.Rule("type"), "integer")
	case n < lo:
		fe = paramError(l, name, lmh.RuleGTE, strconv.Itoa(lo))
	case n > hi:
		fe = paramError(l, name, lmh.RuleLTE, strconv.Itoa(hi))
	default:
		return n, nil
	}
	return 0, &fe
}

// itoa is strconv.Itoa, for headers.
func itoa(n int64) string { return strconv.FormatInt(n, 10) }
