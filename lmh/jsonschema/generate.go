package jsonschema

import (
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/lmhkit/lmhkit/lmh"
)

// Draft is the JSON Schema dialect of the schemas.
const Draft = "https://json-schema.org/draft/2020-12/schema"

// Base is the base of the schemas' $id: Base+"/offering.schema.json". It is
// the project's canonical base, as in lmh/fhir.
const Base = "https://lmhkit.github.io/fhir/jsonschema"

// Offering returns the JSON Schema (2020-12) of lmh.Offering as JSON.
func Offering() ([]byte, error) { return generate(reflect.TypeOf(lmh.Offering{}), "offering") }

// Need returns the JSON Schema (2020-12) of lmh.Need as JSON.
func Need() ([]byte, error) { return generate(reflect.TypeOf(lmh.Need{}), "need") }

var (
	textMarshaler = reflect.TypeOf((*encoding.TextMarshaler)(nil)).Elem()
	timeType      = reflect.TypeOf(time.Time{})
	uuidType      = reflect.TypeOf(uuid.UUID{})
	dateType      = reflect.TypeOf(lmh.Date{})
	clockType     = reflect.TypeOf(lmh.ClockTime{})
	statedType    = reflect.TypeOf(lmh.NotStated)
)

// patterns are the JSON Schema forms of the model's custom validators.
var patterns = map[string]string{
	"kommunenummer": `^[0-9]{4}$`,
	"fylkesnummer":  `^[0-9]{2}$`,
	"orgnr":         `^[0-9]{9}$`,
	"icd10":         `^[A-Z][0-9]{2}(\.?[0-9A-Z]{1,4})?$`,
	"icpc2":         `^[A-Z][0-9]{2}(\.[0-9]+)?$`,
	"bcp47":         `^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$`,
	"phone":         `^(\+47 ?)?[2-9]( ?[0-9]){7}$`,
}

type generator struct {
	defs map[string]any
}

// generate builds the schema of t. Every struct type becomes a definition in
// $defs with additionalProperties false; every typed code becomes a string
// enum of its codes; validate tags become required, maxLength, minimum,
// maximum, minItems and pattern.
func generate(t reflect.Type, name string) ([]byte, error) {
	g := &generator{defs: map[string]any{}}
	root, err := g.object(t)
	if err != nil {
		return nil, err
	}
	root["$schema"] = Draft
	root["$id"] = Base + "/" + name + ".schema.json"
	root["title"] = "lmhkit " + t.Name()
	root["description"] = "The JSON form of lmh." + t.Name() + " (package github.com/lmhkit/lmhkit/lmh), generated from the Go type."
	if len(g.defs) > 0 {
		root["$defs"] = g.defs
	}
	b, err := json.MarshalIndent(root, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

func (g *generator) object(t reflect.Type) (map[string]any, error) {
	props := map[string]any{}
	var required []string
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		rules := strings.Split(f.Tag.Get("validate"), ",")
		outer, inner := rules, []string(nil)
		for k, r := range rules {
			if r == "dive" {
				outer, inner = rules[:k], rules[k+1:]
				break
			}
		}
		s, err := g.schema(f.Type, outer, inner)
		if err != nil {
			return nil, fmt.Errorf("jsonschema: %s.%s: %w", t.Name(), f.Name, err)
		}
		omit := strings.Contains(opts, "omitempty") || strings.Contains(opts, "omitzero")
		if f.Type.Kind() == reflect.Slice && !omit && !has(outer, "required") {
			s["type"] = []string{"array", "null"} // encoding/json writes a nil slice as null
		}
		props[name] = s
		if !omit && has(outer, "required") {
			required = append(required, name)
		} else if !omit && f.Type.Kind() != reflect.Slice && f.Type.Kind() != reflect.Pointer {
			// Encoding/json always writes the field; a document from Go has it.
			required = append(required, name)
		}
	}
	o := map[string]any{"type": "object", "properties": props, "additionalProperties": false}
	if len(required) > 0 {
		o["required"] = required
	}
	return o, nil
}

func (g *generator) schema(t reflect.Type, outer, inner []string) (map[string]any, error) {
	switch {
	case t == timeType:
		return map[string]any{"type": "string", "format": "date-time"}, nil
	case t == uuidType:
		return map[string]any{"type": "string", "format": "uuid"}, nil
	case t == dateType:
		return map[string]any{"type": "string", "format": "date"}, nil
	case t == clockType:
		return map[string]any{"type": "string", "pattern": `^([01][0-9]|2[0-3]):[0-5][0-9]$`}, nil
	case t == statedType:
		// true: stated so; false: stated not so; absent: not stated.
		return map[string]any{"type": "boolean"}, nil
	case t.Kind() == reflect.Pointer:
		return g.schema(t.Elem(), outer, inner)
	case t.Implements(textMarshaler) && (t.Kind() == reflect.Uint8 || t.Kind() == reflect.Uint16):
		s, err := enumSchema(t)
		if err == nil && has(outer, "doclang") {
			s["enum"] = []any{"nb", "nn"} // a document is written in Bokmål or Nynorsk
		}
		return s, err
	}
	switch t.Kind() {
	case reflect.String:
		s := map[string]any{"type": "string"}
		applyRules(s, outer, "string")
		return s, nil
	case reflect.Bool:
		return map[string]any{"type": "boolean"}, nil
	case reflect.Int, reflect.Int64, reflect.Int32:
		s := map[string]any{"type": "integer"}
		applyRules(s, outer, "number")
		return s, nil
	case reflect.Float64, reflect.Float32:
		s := map[string]any{"type": "number"}
		applyRules(s, outer, "number")
		return s, nil
	case reflect.Slice:
		items, err := g.schema(t.Elem(), inner, nil)
		if err != nil {
			return nil, err
		}
		s := map[string]any{"type": "array", "items": items}
		if has(outer, "required") {
			s["minItems"] = 1
		}
		return s, nil
	case reflect.Struct:
		name := t.Name()
		if _, ok := g.defs[name]; !ok {
			g.defs[name] = nil // break cycles
			o, err := g.object(t)
			if err != nil {
				return nil, err
			}
			g.defs[name] = o
		}
		return map[string]any{"$ref": "#/$defs/" + name}, nil
	}
	return nil, fmt.Errorf("no JSON Schema for Go type %s", t)
}

// enumSchema lists the text forms of every valid value of a small typed
// code (taxonomy codes, lmh enums, geo.HealthRegion), found by asking the
// type itself through IsValid and MarshalText.
func enumSchema(t reflect.Type) (map[string]any, error) {
	isValid, ok := t.MethodByName("IsValid")
	if !ok {
		return nil, fmt.Errorf("%s has no IsValid", t)
	}
	var values []any
	limit := uint64(1) << (8 * t.Size())
	for n := uint64(1); n < limit && n < 4096; n++ {
		v := reflect.New(t).Elem()
		v.SetUint(n)
		if !isValid.Func.Call([]reflect.Value{v})[0].Bool() {
			continue
		}
		b, err := v.Interface().(encoding.TextMarshaler).MarshalText()
		if err != nil {
			return nil, err
		}
		values = append(values, string(b))
	}
	if len(values) == 0 {
		return nil, fmt.Errorf("%s has no valid values", t)
	}
	return map[string]any{"type": "string", "enum": values}, nil
}

// applyRules turns validate rules into keywords.
func applyRules(s map[string]any, rules []string, kind string) {
	for _, r := range rules {
		k, v, _ := strings.Cut(r, "=")
		n, err := strconv.ParseFloat(v, 64)
		switch {
		case k == "required" && kind == "string":
			s["minLength"] = 1
		case k == "max" && kind == "string" && err == nil:
			s["maxLength"] = int(n)
		case (k == "gte" || k == "min") && kind == "number" && err == nil:
			s["minimum"] = n
		case (k == "lte" || k == "max") && kind == "number" && err == nil:
			s["maximum"] = n
		case k == "email":
			s["format"] = "email"
		case k == "http_url":
			s["format"] = "uri"
			s["pattern"] = "^https?://"
		case patterns[k] != "":
			s["pattern"] = patterns[k]
		}
	}
}

func has(rules []string, r string) bool {
	for _, x := range rules {
		if x == r {
			return true
		}
	}
	return false
}
