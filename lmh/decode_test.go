package lmh

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/taxonomy"
)

func sampleLine(t testing.TB, i int) []byte {
	t.Helper()
	lines := bytes.Split(bytes.TrimSpace(SampleCatalogueJSONL()), []byte("\n"))
	return lines[i]
}

func TestJSONRoundTrip(t *testing.T) {
	for i, o := range SampleCatalogueOn(SampleDay) {
		b, err := json.Marshal(&o)
		if err != nil {
			t.Fatalf("%d: %v", i, err)
		}
		back, err := DecodeOffering(b)
		if err != nil {
			t.Fatalf("%d: %v", i, err)
		}
		b2, _ := json.Marshal(&back)
		if !bytes.Equal(b, b2) {
			t.Errorf("%d: round trip differs:\n%s\n%s", i, b, b2)
		}
		// The embedded line is already in canonical form.
		if line := sampleLine(t, i); !bytes.Equal(line, b) {
			t.Errorf("%d: embedded line is not what Marshal writes:\n%s\n%s", i, line, b)
		}
	}
}

func TestJSONFieldNames(t *testing.T) {
	o := goodOffering()
	b, err := json.Marshal(&o)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, want := range []string{`"id":"0b7e3f5c-1f2a-4d6e-9c8b-7a6f5e4d3c2b"`, `"lang":"nb"`, `"arena":"specialist"`,
		`"organisation_number":"983974724"`, `"format":"group"`, `"programme":"kolsskole"`, `"target_group":{"roles":["patient","next_of_kin"]`,
		`"ages":{"min":18}`, `"icd10":["J44"]`, `"service_levels":["rehabilitation"]`, `"delivery":"in_person"`,
		`"scope":"diagnosis_specific"`, `"capacity":{"min":6,"max":14,"enrolled":3}`, `"cost":{"free":true}`,
		`"referral_required":true`, `"registration_required":true`, `"start":"2027-02-02"`, `"coverage":{"counties":["46"]}`,
		`"user_participation":{"stages":["planning"],"peer_co_leaders":true}`, `"team":["nurse","physician"]`,
		`"evaluation":"questionnaire"`, `"status":"active"`, `"last_modified":"2026-10-01T09:00:00Z"`} {
		if !strings.Contains(s, want) {
			t.Errorf("JSON lacks %s\n%s", want, s)
		}
	}
	// Zero values are left out, not written as "" or 0; a referral or
	// registration not stated is left out, and one stated not required is
	// false.
	o.Frames.ReferralRequired, o.Frames.RegistrationRequired = NotStated, No
	b, _ = json.Marshal(&o)
	s = string(b)
	if !strings.Contains(s, `"registration_required":false`) {
		t.Errorf("JSON lacks registration_required false: %s", s)
	}
	for _, absent := range []string{`"url"`, `"translations"`, `"enrolled":0`, `"fee_nok"`, `"national"`, `"ongoing"`,
		`"referral_required"`, `"registration_deadline"`, `"weekly"`, `"contact"`, `"exclude_conditions"`} {
		if strings.Contains(s, absent) {
			t.Errorf("JSON has %s", absent)
		}
	}
	n := Need{Delivery: DigitalOK, PreferredFormat: taxonomy.FormatIndividual}
	b, _ = json.Marshal(n)
	if string(b) != `{"format":"individual","delivery":"digital_ok"}` {
		t.Errorf("Need JSON = %s", b)
	}
}

func TestDecodeOfferingErrors(t *testing.T) {
	good := string(sampleLine(t, 0))
	tests := []struct {
		name    string
		doc     string
		path    string
		isCause func(error) bool
	}{
		{"unknown top-level", strings.Replace(good, `"name":`, `"navn":"x","name":`, 1), "navn", isUnknown},
		{"unknown nested", strings.Replace(good, `"capacity":{`, `"capacity":{"maks":3,`, 1), "frames.capacity.maks", isUnknown},
		{"unknown in list element", strings.Replace(good, `"translations":[{`, `"translations":[{"tittel":"x",`, 1), "translations[0].tittel", isUnknown},
		{"unknown role", strings.Replace(good, `"next_of_kin"`, `"parorende"`, 1), "target_group.roles[1]", isCodeError},
		{"unknown arena", strings.Replace(good, `"specialist"`, `"sykehus"`, 1), "provider.arena", isCodeError},
		{"unknown status", strings.Replace(good, `"status":"active"`, `"status":"open"`, 1), "status", isEnumError},
		{"bad date", strings.Replace(good, `"start":"2027-02-02"`, `"start":"02.02.2027"`, 1), "schedule.start", anyErr},
		{"bad uuid", strings.Replace(good, `"id":"`, `"id":"x`, 1), "id", anyErr},
		{"bad health region", strings.Replace(good, `"counties":["34"]`, `"health_regions":["helse_ost"]`, 1), "coverage.health_regions[0]", anyErr},
		{"wrong type", strings.Replace(good, `"sessions":4`, `"sessions":"fire"`, 1), "frames.sessions", isTypeError},
		{"syntax", good[:len(good)-1], "", anyErr},
		{"trailing", good + `{}`, "", anyErr},
		{"not an object", `[1,2]`, "", anyErr},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.doc == good {
				t.Fatal("test did not change the document")
			}
			_, err := DecodeOffering([]byte(tt.doc))
			var de *DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("DecodeOffering = %v, want *DecodeError", err)
			}
			if de.Path != tt.path {
				t.Errorf("path = %q, want %q (%v)", de.Path, tt.path, err)
			}
			if !tt.isCause(err) {
				t.Errorf("cause %T %v", de.Err, de.Err)
			}
		})
	}
}

func isUnknown(err error) bool { return errors.Is(err, ErrUnknownField) }
func isCodeError(err error) bool {
	var ce *taxonomy.CodeError
	return errors.As(err, &ce) && errors.Is(err, taxonomy.ErrUnknownCode)
}
func isEnumError(err error) bool {
	var ee *EnumError
	return errors.As(err, &ee) && ee.Enum == "status" && ee.Value == "open"
}
func isTypeError(err error) bool {
	var te *json.UnmarshalTypeError
	return errors.As(err, &te)
}
func anyErr(err error) bool { return err != nil }

// TestDecodeExactMembers: a member must name its field exactly and once,
// as the published JSON Schema says (additionalProperties: false), though
// encoding/json would match "Name" to "name" and keep a repeated member's
// last value; two readers of one document must not disagree on it.
func TestDecodeExactMembers(t *testing.T) {
	line := string(sampleLine(t, 0))
	for _, tt := range []struct {
		name, doc, path string
		cause           error
	}{
		{"case variant", strings.Replace(line, `"name":`, `"Name":`, 1), "Name", ErrUnknownField},
		{"nested case variant", strings.Replace(line, `"arena":"specialist"`, `"Arena":"specialist"`, 1), "provider.Arena", ErrUnknownField},
		{"in an array", strings.Replace(line, `{"lang":"en","name":`, `{"lang":"en","LANG":"en","name":`, 1), "translations[0].LANG", ErrUnknownField},
		{"repeated", strings.Replace(line, `{"id":`, `{"name":"x","id":`, 1), "name", ErrRepeatedField},
		{"repeated, escaped", strings.Replace(line, `{"id":`, `{"n\u0061me":"x","id":`, 1), "name", ErrRepeatedField},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if tt.doc == line {
				t.Fatal("the sample line changed: the case does not apply")
			}
			_, err := DecodeOffering([]byte(tt.doc))
			var de *DecodeError
			if !errors.As(err, &de) || !errors.Is(err, tt.cause) || de.Path != tt.path {
				t.Fatalf("error %v, want %v at %q", err, tt.cause, tt.path)
			}
			if de.Message(taxonomy.NB) == "ugyldig verdi" {
				t.Errorf("message %q does not say what", de.Message(taxonomy.NB))
			}
		})
	}
	// Strings that hold braces, quotes and escapes are read as strings.
	ok := strings.Replace(line, `"name":"`, `"name":"{\"a\":[1,{\"b\"}]} \\`, 1)
	if _, err := DecodeOffering([]byte(ok)); err != nil {
		t.Fatalf("a name with JSON-like text: %v", err)
	}
}

func TestReadCatalogue(t *testing.T) {
	l0, l1, l2 := sampleLine(t, 0), sampleLine(t, 1), sampleLine(t, 2)
	bad := bytes.Replace(l1, []byte(`"format":`), []byte(`"fromat":`), 1)
	input := bytes.Join([][]byte{l0, bad, {}, []byte("   "), []byte("{not json"), l2}, []byte("\n"))
	var lines []int
	var errLines []int
	var paths []string
	for e, err := range Entries(bytes.NewReader(input)) {
		if err != nil {
			var de *DecodeError
			if !errors.As(err, &de) || de.Line != e.Line {
				t.Fatalf("error %v does not name line %d", err, e.Line)
			}
			errLines = append(errLines, de.Line)
			paths = append(paths, de.Path)
			continue
		}
		lines = append(lines, e.Line)
	}
	if got := fmtInts(lines); got != "1,6" {
		t.Errorf("good lines = %s, want 1,6", got)
	}
	if got := fmtInts(errLines); got != "2,5" {
		t.Errorf("bad lines = %s, want 2,5", got)
	}
	if paths[0] != "fromat" || paths[1] != "" {
		t.Errorf("paths = %q", paths)
	}
	offs, err := LoadCatalogue(bytes.NewReader(input))
	if len(offs) != 2 || err == nil {
		t.Fatalf("LoadCatalogue = %d offerings, %v", len(offs), err)
	}
	if n := len(err.(interface{ Unwrap() []error }).Unwrap()); n != 2 {
		t.Errorf("joined %d errors, want 2", n)
	}
	if !strings.Contains(err.Error(), "line 2: fromat") {
		t.Errorf("error text %q does not name line and path", err)
	}
}

func fmtInts(xs []int) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = strconv.Itoa(x)
	}
	return strings.Join(s, ",")
}

func TestReadCatalogueLongLineAndNoFinalNewline(t *testing.T) {
	o := goodOffering()
	o.Description = strings.Repeat("lang tekst ", 20000) // > 64 KiB buffer
	var buf bytes.Buffer
	if err := WriteCatalogue(&buf, []Offering{o, goodOffering()}); err != nil {
		t.Fatal(err)
	}
	in := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
	var offs []Offering
	for e, err := range Entries(bytes.NewReader(in)) {
		if err != nil {
			t.Fatal(err)
		}
		offs = append(offs, e.Offering)
	}
	if len(offs) != 2 || offs[0].Description != o.Description {
		t.Fatalf("Entries gave %d offerings", len(offs))
	}
	// LoadCatalogue validates: the first is too long a description, and is
	// left out by name; the second is kept.
	got, err := LoadCatalogue(bytes.NewReader(in))
	var ce *CatalogueError
	if !errors.As(err, &ce) || len(ce.Rejected) != 1 || ce.Rejected[0].Line != 1 || len(got) != 1 {
		t.Fatalf("LoadCatalogue = %d, %v", len(got), err)
	}
	var ve *ValidationError
	if !errors.As(err, &ve) || !ve.Has(RuleMax) {
		t.Errorf("rejection %v: want a ValidationError for description", err)
	}
}

// TestEntriesLineCap: a line over the limit costs no more memory than the
// limit, is named by its line and the limit, and the lines after it are
// still read (issue 11, item 7).
func TestEntriesLineCap(t *testing.T) {
	good := sampleLine(t, 0)
	huge := append([]byte(`{"name":"`), bytes.Repeat([]byte("x"), 5<<20)...)
	huge = append(huge, `"}`...)
	in := bytes.Join([][]byte{good, huge, good}, []byte("\n"))
	var lines []int
	var tooLong []int
	for e, err := range Entries(bytes.NewReader(in), MaxLine(64<<10)) {
		if err != nil {
			var de *DecodeError
			if !errors.As(err, &de) || !errors.Is(err, ErrLineTooLong) {
				t.Fatalf("line %d: error %v, want ErrLineTooLong", e.Line, err)
			}
			if !strings.Contains(err.Error(), "line 2") || !strings.Contains(err.Error(), "65536") {
				t.Errorf("error %q does not name the line and the limit", err)
			}
			tooLong = append(tooLong, de.Line)
			continue
		}
		lines = append(lines, e.Line)
	}
	if !slices.Equal(lines, []int{1, 3}) || !slices.Equal(tooLong, []int{2}) {
		t.Errorf("good lines %v, too long %v", lines, tooLong)
	}
	// Memory: reading the 5 MiB line under a 64 KiB cap allocates far less
	// than the line.
	allocs := testing.Benchmark(func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			for range Entries(bytes.NewReader(in), MaxLine(64<<10)) {
			}
		}
	})
	if per := allocs.AllocedBytesPerOp(); per > 2<<20 {
		t.Errorf("reading a 5 MiB line under a 64 KiB cap allocated %d bytes", per)
	}
}

// TestLoadCatalogueValidates: an offering that decodes but is invalid is
// left out and named, never used (issue 11, item 4).
func TestLoadCatalogueValidates(t *testing.T) {
	bad := goodOffering()
	bad.Frames.Capacity.Max = 1 // a group of one
	var buf bytes.Buffer
	if err := WriteCatalogue(&buf, []Offering{goodOffering(), bad, goodOffering()}); err != nil {
		t.Fatal(err)
	}
	buf.WriteString("{not json\n")
	got, err := LoadCatalogue(&buf)
	var ce *CatalogueError
	if !errors.As(err, &ce) || len(got) != 2 {
		t.Fatalf("LoadCatalogue = %d offerings, %v", len(got), err)
	}
	if len(ce.Rejected) != 2 || ce.Rejected[0].Line != 2 || ce.Rejected[1].Line != 4 {
		t.Fatalf("rejected %+v", ce.Rejected)
	}
	var ve *ValidationError
	if !errors.As(ce.Rejected[0].Err, &ve) || !ve.Has(RuleGroupCapacity) {
		t.Errorf("line 2: %v", ce.Rejected[0].Err)
	}
	var de *DecodeError
	if !errors.As(ce.Rejected[1].Err, &de) {
		t.Errorf("line 4: %v", ce.Rejected[1].Err)
	}
	if !strings.Contains(err.Error(), "line 2: frames.capacity.max") {
		t.Errorf("message %q", err)
	}
	// An I/O error is not a rejection.
	if _, err := LoadCatalogue(failingReader{bytes.NewReader(sampleLine(t, 0))}); errors.As(err, &ce) || err == nil {
		t.Errorf("I/O error reported as %v", err)
	}
}

func TestReadCatalogueStopsEarly(t *testing.T) {
	n := 0
	for range Entries(bytes.NewReader(SampleCatalogueJSONL())) {
		n++
		if n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("n = %d", n)
	}
}

type failingReader struct{ r io.Reader }

func (f failingReader) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	if err == io.EOF {
		return n, errors.New("disk on fire")
	}
	return n, err
}

func TestReadCatalogueIOError(t *testing.T) {
	var last error
	good := 0
	for _, err := range Entries(failingReader{bytes.NewReader(append(sampleLine(t, 0), '\n'))}) {
		if err == nil {
			good++
		}
		last = err
	}
	if good != 1 || last == nil || !strings.Contains(last.Error(), "disk on fire") {
		t.Errorf("good = %d, last = %v", good, last)
	}
}

func FuzzDecodeOffering(f *testing.F) {
	f.Add(sampleLine(f, 0))
	f.Add(sampleLine(f, 5))
	f.Add([]byte(`{"frames":{"capacity":{"x":1}}}`))
	f.Add([]byte(`{"target_group":{"roles":["patient","x"]}}`))
	f.Add([]byte(`{"target_group":{"roles":["patient"],"ro\u006ces":[]}}`))
	f.Add([]byte(`{"name":"a\\","Name":"b"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		o, err := DecodeOffering(data)
		if err != nil {
			var de *DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("error %T is not a *DecodeError", err)
			}
			return
		}
		// What decodes strictly names no member twice in one object
		// (checked here by encoding/json's own tokens).
		if repeatedMember(data) {
			t.Fatalf("accepted a repeated member: %s", data)
		}
		// Whatever decodes strictly re-encodes and decodes to the same JSON.
		b, err := json.Marshal(&o)
		if err != nil {
			return // e.g. a time outside what MarshalJSON supports
		}
		back, err := DecodeOffering(b)
		if err != nil {
			t.Fatalf("re-decoding %s: %v", b, err)
		}
		b2, _ := json.Marshal(&back)
		if !bytes.Equal(b, b2) {
			t.Fatalf("not stable:\n%s\n%s", b, b2)
		}
	})
}

// repeatedMember reports whether an object of the JSON document names a
// member twice, by encoding/json's tokens: the reference for the strict
// decoder's own walk.
func repeatedMember(data []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(data))
	type frame struct {
		keys   map[string]bool
		object bool
		want   bool // the next token of an object is a key
	}
	var stack []frame
	for {
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		if n := len(stack); n > 0 && stack[n-1].object && stack[n-1].want {
			if k, ok := tok.(string); ok {
				if stack[n-1].keys[k] {
					return true
				}
				stack[n-1].keys[k] = true
				stack[n-1].want = false
				continue
			}
		}
		if n := len(stack); n > 0 && stack[n-1].object {
			stack[n-1].want = true // after this value, a key
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, frame{keys: map[string]bool{}, object: true, want: true})
		case json.Delim('['):
			stack = append(stack, frame{})
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:len(stack)-1]
			if n := len(stack); n > 0 && stack[n-1].object {
				stack[n-1].want = true
			}
		}
	}
}

func TestRepeatedMemberReference(t *testing.T) {
	for doc, want := range map[string]bool{
		`{"a":1,"b":{"a":2}}`:         false,
		`{"a":1,"a":2}`:               true,
		`{"a":[{"b":1},{"b":2}]}`:     false,
		`{"a":{"b":1,"c":[1],"b":2}}`: true,
		`{"x":{},"x\u0000":1}`:        false,
	} {
		if got := repeatedMember([]byte(doc)); got != want {
			t.Errorf("repeatedMember(%s) = %v, want %v", doc, got, want)
		}
	}
}

func TestDecodeErrorMessage(t *testing.T) {
	good := string(sampleLine(t, 0))
	tests := []struct {
		doc string
		en  string
	}{
		{strings.Replace(good, `"name":`, `"navn":"x","name":`, 1), "unknown field"},
		{strings.Replace(good, `"specialist"`, `"specialists"`, 1), `unknown code for arena (did you mean "specialist")`},
		{strings.Replace(good, `"status":"active"`, `"status":"open"`, 1), "unknown value"},
		{strings.Replace(good, `"sessions":4`, `"sessions":"fire"`, 1), "wrong JSON type"},
		{good[:20], "malformed JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.en, func(t *testing.T) {
			_, err := DecodeOffering([]byte(tt.doc))
			var de *DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("err = %v", err)
			}
			if got := de.Message(taxonomy.EN); got != tt.en {
				t.Errorf("en = %q, want %q", got, tt.en)
			}
			if nb, nn := de.Message(taxonomy.NB), de.Message(taxonomy.NN); nb == "" || nn == "" || nb == tt.en {
				t.Errorf("nb %q nn %q", nb, nn)
			}
		})
	}
}

func TestReadCatalogueBOM(t *testing.T) {
	in := append([]byte("\ufeff"), SampleCatalogueJSONL()...)
	offs, err := LoadCatalogue(bytes.NewReader(in))
	if err != nil || len(offs) != len(SampleCatalogueOn(SampleDay)) {
		t.Fatalf("LoadCatalogue with BOM = %d, %v", len(offs), err)
	}
}

// TestNeedUnknownMemberNamesPosition: the name of an unknown member of a
// Need is input like its values (issue 11, item 9); the error gives its
// position, never the name.
func TestNeedUnknownMemberNamesPosition(t *testing.T) {
	const secret = "Kari Nordmann 12345678901"
	for _, tc := range []struct {
		doc, path string
	}{
		{`{"age":40,"` + secret + `":"HIV"}`, "{2}"},
		{`{"` + secret + `":1}`, "{1}"},
		{`{"roles":["patient"],"free_text":"x","Kari":true}`, "{3}"},
	} {
		_, err := DecodeNeed([]byte(tc.doc))
		var de *DecodeError
		if !errors.As(err, &de) || !errors.Is(err, ErrUnknownField) {
			t.Fatalf("%s: error %v, want an unknown-field *DecodeError", tc.doc, err)
		}
		if de.Path != tc.path {
			t.Errorf("%s: path %q, want %q", tc.doc, de.Path, tc.path)
		}
		var n Need
		jerr := json.Unmarshal([]byte(tc.doc), &n)
		for _, out := range []string{err.Error(), de.Message(taxonomy.NB), fmt.Sprint(jerr)} {
			if strings.Contains(out, "Kari") || strings.Contains(out, "12345678901") {
				t.Errorf("error echoes a member name: %q", out)
			}
		}
	}
	// An offering is not health data: its unknown members are named.
	_, err := DecodeOffering([]byte(`{"name":"x","nme":"y"}`))
	var de *DecodeError
	if !errors.As(err, &de) || de.Path != "nme" {
		t.Errorf("offering: error %v, want the path nme", err)
	}
}

// TestDecodeMessagesTranslated: what DecodeError.Message says in nb and nn
// has no English in it (issue 11, item 12: "ugyldig verdi: invalid UUID
// length").
func TestDecodeMessagesTranslated(t *testing.T) {
	for _, doc := range []string{
		`{"id":"not-a-uuid"}`,
		`{"schedule":{"start":"2027-13-01"}}`,
		`{"id":"1234"}`,
	} {
		_, err := DecodeOffering([]byte(doc))
		var de *DecodeError
		if !errors.As(err, &de) {
			t.Fatalf("%s: error %v", doc, err)
		}
		for _, l := range []taxonomy.Lang{taxonomy.NB, taxonomy.NN} {
			m := de.Message(l)
			if strings.Contains(m, "invalid") || strings.Contains(m, "malformed") || strings.Contains(m, "length") {
				t.Errorf("%s: %s message %q is not translated", doc, l, m)
			}
		}
	}
}

// TestNeedDecodeErrorsKeepTheirKind: redaction drops a need's values but
// not what kind of fault it was, so a person is told "malformed JSON" or
// "unknown code for condition" rather than a bare "invalid value".
func TestNeedDecodeErrorsKeepTheirKind(t *testing.T) {
	const secret = "HIVsecret"
	for _, tc := range []struct {
		doc  string
		want error
		nb   string
	}{
		{`{"conditions":["` + secret + `"]}`, ErrInvalidValue, "ukjent kode for tilstand"},
		{`{"age":"` + secret + `"}`, ErrWrongType, "feil JSON-type"},
		{`{"free_text":"` + secret + `"`, ErrMalformedJSON, "ugyldig JSON"},
		{`{"delivery":"` + secret + `"}`, ErrInvalidValue, "ukjent verdi"},
		{`{"age":4} ` + secret, ErrTrailingData, "mer data etter JSON-verdien"},
		{`{"age":4} {"free_text":"` + secret + `"}`, ErrTrailingData, "mer data etter JSON-verdien"},
	} {
		_, err := DecodeNeed([]byte(tc.doc))
		var de *DecodeError
		if !errors.As(err, &de) || !errors.Is(err, tc.want) {
			t.Fatalf("%s: error %v, want %v", tc.doc, err, tc.want)
		}
		if got := de.Message(taxonomy.NB); got != tc.nb {
			t.Errorf("%s: nb message %q, want %q", tc.doc, got, tc.nb)
		}
		for _, out := range []string{err.Error(), de.Message(taxonomy.EN), de.Message(taxonomy.NN)} {
			if strings.Contains(out, secret) {
				t.Errorf("%s: %q echoes the value", tc.doc, out)
			}
			if strings.Count(out, "lmh:") > 1 {
				t.Errorf("%s: %q repeats the prefix", tc.doc, out)
			}
		}
	}
}

// TestLineTooLongMessage: a line over the limit is told as such in every
// language, not as a bare "invalid value".
func TestLineTooLongMessage(t *testing.T) {
	in := append([]byte(`{"name":"`), bytes.Repeat([]byte("x"), 100)...)
	in = append(in, `"}`...)
	for _, err := range Entries(bytes.NewReader(in), MaxLine(16)) {
		var de *DecodeError
		if !errors.As(err, &de) {
			t.Fatalf("error %v, want a *DecodeError", err)
		}
		want := map[taxonomy.Lang]string{
			taxonomy.NB: "linjen er lengre enn grensen",
			taxonomy.NN: "linja er lengre enn grensa",
			taxonomy.EN: "line longer than the limit",
		}
		for l, w := range want {
			if got := de.Message(l); got != w {
				t.Errorf("Message(%s) = %q, want %q", l, got, w)
			}
		}
		return
	}
	t.Fatal("no error for a line over the limit")
}
