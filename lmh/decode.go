package lmh

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/google/uuid"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// ErrUnknownField is wrapped by a *DecodeError for a JSON member that no
// field of the target type has.
var ErrUnknownField = errors.New("lmh: unknown field")

// DecodeError reports JSON that could not be decoded strictly: where, and
// what went wrong. For a Need the error never holds the offending value.
// It is plain data: safe to read from several goroutines.
type DecodeError struct {
	// Line is the line of a JSON Lines catalogue, counting from 1; 0 when
	// the input was a single document.
	Line int
	// Path is the JSON path of the member at fault, e.g.
	// "frames.capacity.maks" or "target_group.roles[1]"; "" when the
	// document as a whole is malformed.
	Path string
	// Err is the cause: ErrUnknownField, a *taxonomy.CodeError, an
	// *EnumError, ErrMalformedDate, ErrMalformedClockTime,
	// ErrMalformedUUID, a *json.SyntaxError,
	// a *json.UnmarshalTypeError …
	Err error

	// position is Path with the last member name replaced by its position
	// ("{3}": the third member), for an unknown member of a Need.
	position string
}

// Causes of a *DecodeError for values of the model's own text types.
var (
	ErrMalformedDate = errors.New("lmh: malformed date (want YYYY-MM-DD)") // a Date not written YYYY-MM-DD
	ErrMalformedUUID = errors.New("lmh: malformed UUID")                   // a UUID member that cannot be read
)

// Error returns e.g. `lmh: line 3: frames.capcity: lmh: unknown field`.
func (e *DecodeError) Error() string {
	var b strings.Builder
	b.WriteString("lmh: ")
	if e.Line > 0 {
		b.WriteString("line ")
		b.WriteString(strconv.Itoa(e.Line))
		b.WriteString(": ")
	}
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	b.WriteString(strings.TrimPrefix(e.Err.Error(), "lmh: "))
	return b.String()
}

// Unwrap returns the cause.
func (e *DecodeError) Unwrap() error { return e.Err }

// DecodeOffering decodes one offering from JSON strictly: a member that no
// field has, a code outside the vocabulary, a value of the wrong type or
// trailing data is an error naming the JSON path. It does not validate the
// offering; call ValidateOffering for that.
func DecodeOffering(data []byte) (Offering, error) {
	var o Offering
	if err := decodeStrict(data, &o); err != nil {
		return Offering{}, err
	}
	return o, nil
}

// DecodeNeed decodes a Need from JSON as strictly as DecodeOffering. Its
// errors name paths and causes; a cause that would quote the input (an
// unknown code) is replaced by a generic one, since a Need is health data.
func DecodeNeed(data []byte) (Need, error) {
	var n Need
	if err := n.UnmarshalJSON(data); err != nil {
		return Need{}, err
	}
	return n, nil
}

// needFields is Need without its methods, so that decoding it does not call
// Need.UnmarshalJSON again.
type needFields Need

// UnmarshalJSON decodes a Need strictly, as DecodeNeed does, whichever way
// it is reached: json.Unmarshal, a json.Decoder in an HTTP handler, or a
// Need nested in another document. Unknown members are rejected, and the
// error names the path and the rule but never the value, because a Need is
// health data. The name of an unknown member is input too: its Path gives
// the member's position instead ("{3}" is the third member of the
// document).
func (n *Need) UnmarshalJSON(data []byte) error {
	var v needFields
	if err := decodeStrict(data, &v); err != nil {
		var de *DecodeError
		if errors.As(err, &de) {
			if errors.Is(de.Err, ErrUnknownField) || errors.Is(de.Err, ErrRepeatedField) {
				de.Path = de.position
			}
			de.Err = redactCause(de.Err)
		}
		return err
	}
	*n = Need(v)
	return nil
}

// ErrInvalidValue replaces the cause of a Need's decode error when the
// cause would contain the value.
var ErrInvalidValue = errors.New("lmh: invalid value")

func redactCause(err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	var ce *taxonomy.CodeError
	var ee *EnumError
	switch {
	case errors.Is(err, ErrUnknownField):
		return ErrUnknownField // the member's position is in Path; its name is not kept
	case errors.Is(err, ErrRepeatedField):
		return ErrRepeatedField // likewise
	case errors.As(err, &se):
		return fmt.Errorf("%w at offset %d", ErrMalformedJSON, se.Offset)
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return ErrMalformedJSON
	case errors.As(err, &te):
		return fmt.Errorf("%w (want %s)", ErrWrongType, te.Type)
	case errors.As(err, &ce):
		return &redactedCode{facet: ce.Facet}
	case errors.As(err, &ee):
		return &redactedCode{enum: ee.Enum}
	case errors.Is(err, ErrMalformedDate):
		return ErrMalformedDate // the sentinel alone: never the input
	case errors.Is(err, ErrMalformedUUID):
		return ErrMalformedUUID
	case errors.Is(err, ErrTrailingData):
		return ErrTrailingData // says where the fault is, not what
	}
	return ErrInvalidValue
}

// Causes of a Need's *DecodeError that keep the kind of fault and drop
// the value (a Need is health data).
var (
	ErrMalformedJSON = errors.New("lmh: malformed JSON")  // the input is not well-formed JSON
	ErrWrongType     = errors.New("lmh: wrong JSON type") // a member's JSON type is not the field's
)

// ErrTrailingData is the cause of a *DecodeError for a document with more
// after its JSON value ("{…} x"), of an Offering or a Need alike.
var ErrTrailingData = errors.New("lmh: trailing data after JSON value")

// redactedCode is a *taxonomy.CodeError or *EnumError of a Need with the
// input removed: which facet or enumeration, never the code given.
type redactedCode struct {
	facet taxonomy.Facet
	enum  string
}

func (e *redactedCode) Error() string {
	if e.enum != "" {
		return "lmh: unknown " + e.enum
	}
	return "lmh: unknown " + e.facet.String() + " code"
}

// Is makes a redacted code error match ErrInvalidValue.
func (e *redactedCode) Is(target error) bool { return target == ErrInvalidValue }

func decodeStrict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil {
		if dec.More() {
			return &DecodeError{Err: ErrTrailingData}
		}
		if _, terr := dec.Token(); terr != io.EOF {
			return &DecodeError{Err: ErrTrailingData}
		}
		return checkMembers(data, reflect.TypeOf(v).Elem())
	}
	var se *json.SyntaxError
	if errors.As(err, &se) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return &DecodeError{Err: err}
	}
	// Find the path: walk the document against the type.
	if w := diagnose(data, reflect.TypeOf(v).Elem()); w.cause != nil {
		return &DecodeError{Path: w.path, Err: w.cause, position: w.position}
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return &DecodeError{Path: te.Field, Err: err}
	}
	return &DecodeError{Err: err}
}

// diagnose walks the JSON document against t and returns a walker holding
// the path and cause of the first unknown member or text value that t's
// field type rejects, or a nil cause if it finds neither.
func diagnose(data []byte, t reflect.Type) *walker {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	w := &walker{dec: dec}
	w.value(t, "")
	return w
}

type walker struct {
	dec      *json.Decoder
	path     string
	position string // path with the failing member's position for its name
	cause    error
	stop     bool
}

var uuidType = reflect.TypeFor[uuid.UUID]()

var textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()

func (w *walker) fail(path string, err error) {
	if !w.stop {
		w.path, w.cause, w.stop = path, err, true
	}
}

// value consumes one JSON value, checking it against t.
func (w *walker) value(t reflect.Type, path string) {
	if w.stop {
		return
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	tok, err := w.dec.Token()
	if err != nil {
		w.stop = true
		return
	}
	if reflect.PointerTo(t).Implements(textUnmarshaler) {
		if s, ok := tok.(string); ok {
			v := reflect.New(t)
			if err := v.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
				if t == uuidType {
					err = ErrMalformedUUID
				}
				w.fail(path, err)
			}
			return
		}
	}
	d, isDelim := tok.(json.Delim)
	if !isDelim {
		return
	}
	switch {
	case d == '{' && t.Kind() == reflect.Struct:
		fields := fieldsOf(t)
		for member := 1; w.dec.More() && !w.stop; member++ {
			kt, err := w.dec.Token()
			if err != nil {
				w.stop = true
				return
			}
			key, _ := kt.(string)
			ft, ok := fields[key] // exactly, as checkMembers reads names
			sub := joinPath(path, key)
			if !ok {
				w.fail(sub, ErrUnknownField)
				w.position = joinPath(path, "{"+strconv.Itoa(member)+"}")
				return
			}
			w.value(ft, sub)
		}
		w.end()
	case d == '[' && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array):
		for i := 0; w.dec.More() && !w.stop; i++ {
			w.value(t.Elem(), path+"["+strconv.Itoa(i)+"]")
		}
		w.end()
	default:
		w.skip(d)
	}
}

func (w *walker) end() {
	if !w.stop {
		if _, err := w.dec.Token(); err != nil {
			w.stop = true
		}
	}
}

// skip consumes the rest of a compound value whose opening delimiter has
// been read.
func (w *walker) skip(open json.Delim) {
	if open == '}' || open == ']' {
		return
	}
	depth := 1
	for depth > 0 {
		tok, err := w.dec.Token()
		if err != nil {
			w.stop = true
			return
		}
		if d, ok := tok.(json.Delim); ok {
			if d == '{' || d == '[' {
				depth++
			} else {
				depth--
			}
		}
	}
}

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// fieldSet maps a struct's JSON member names to its field types. A
// strict document names them exactly (encoding/json would also take
// another case; checkMembers refuses that).
type fieldSet map[string]reflect.Type

var fieldCache sync.Map // reflect.Type -> fieldSet

func fieldsOf(t reflect.Type) fieldSet {
	if f, ok := fieldCache.Load(t); ok {
		return f.(fieldSet)
	}
	f := fieldSet{}
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		f[name] = sf.Type
	}
	fieldCache.Store(t, f)
	return f
}

// Message describes the error for people in nb, nn or en, without the line
// and path (print those beside it). For an unknown taxonomy code it names
// the facet and, for an offering, the nearest valid code.
func (e *DecodeError) Message(l taxonomy.Lang) string {
	i := l.Index()
	var ce *taxonomy.CodeError
	var ee *EnumError
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	var rc *redactedCode
	switch {
	case errors.Is(e.Err, ErrUnknownField):
		return [3]string{"ukjent felt", "ukjent felt", "unknown field"}[i]
	case errors.Is(e.Err, ErrRepeatedField):
		return [3]string{"feltet er gitt to ganger", "feltet er gjeve to gonger", "member given twice"}[i]
	case errors.As(e.Err, &rc) && rc.enum == "":
		return [3]string{"ukjent kode for ", "ukjend kode for ", "unknown code for "}[i] + rc.facet.Label(l)
	case errors.As(e.Err, &rc):
		return [3]string{"ukjent verdi", "ukjend verdi", "unknown value"}[i]
	case errors.Is(e.Err, ErrMalformedJSON):
		return [3]string{"ugyldig JSON", "ugyldig JSON", "malformed JSON"}[i]
	case errors.Is(e.Err, ErrWrongType):
		return [3]string{"feil JSON-type", "feil JSON-type", "wrong JSON type"}[i]
	case errors.As(e.Err, &ce):
		m := [3]string{"ukjent kode for ", "ukjend kode for ", "unknown code for "}[i] + ce.Facet.Label(l)
		if ce.Nearest != "" {
			m += [3]string{" (mente du ", " (meinte du ", " (did you mean "}[i] + strconv.Quote(ce.Nearest) + ")"
		}
		return m
	case errors.As(e.Err, &ee):
		return [3]string{"ukjent verdi", "ukjend verdi", "unknown value"}[i]
	case errors.As(e.Err, &se), errors.Is(e.Err, io.ErrUnexpectedEOF):
		return [3]string{"ugyldig JSON", "ugyldig JSON", "malformed JSON"}[i]
	case errors.As(e.Err, &te):
		return [3]string{"feil JSON-type", "feil JSON-type", "wrong JSON type"}[i]
	case errors.Is(e.Err, ErrMalformedDate):
		return [3]string{"ugyldig dato (ÅÅÅÅ-MM-DD)", "ugyldig dato (ÅÅÅÅ-MM-DD)", "malformed date (YYYY-MM-DD)"}[i]
	case errors.Is(e.Err, ErrMalformedClockTime):
		return [3]string{"ugyldig klokkeslett (TT:MM)", "ugyldig klokkeslett (TT:MM)", "malformed time of day (HH:MM)"}[i]
	case errors.Is(e.Err, ErrMalformedUUID):
		return [3]string{"ugyldig UUID", "ugyldig UUID", "malformed UUID"}[i]
	case errors.Is(e.Err, ErrInvalidValue):
		return [3]string{"ugyldig verdi", "ugyldig verdi", "invalid value"}[i]
	case errors.Is(e.Err, ErrLineTooLong):
		return [3]string{"linjen er lengre enn grensen", "linja er lengre enn grensa", "line longer than the limit"}[i]
	case errors.Is(e.Err, ErrTrailingData):
		return [3]string{"mer data etter JSON-verdien", "meir data etter JSON-verdien", "trailing data after the JSON value"}[i]
	}
	if l == taxonomy.EN {
		return "invalid value: " + strings.TrimPrefix(e.Err.Error(), "lmh: ")
	}
	return [3]string{"ugyldig verdi", "ugyldig verdi", ""}[i]
}
