package store

import (
	"encoding/json"
	"errors"
	"maps"
	"reflect"
	"sort"
	"strings"

	"github.com/lmhkit/lmhkit/lmh"
)

// The rules that say a value is missing (as classify.Draft.Missing reads
// them): a merged offering lacking only such values takes them from the
// stored offering.
var missingRules = map[lmh.Rule]bool{
	lmh.RuleRequired: true, lmh.RuleRoleRequired: true, lmh.RuleConditionRequired: true,
	lmh.RulePlaceRequired: true, lmh.RuleCoverageRequired: true, lmh.RuleParticipationRequired: true,
}

// MissingOnly returns the fields a validation error says are missing, or
// the error itself when it says anything else (a value that breaks a rule).
func MissingOnly(err error) ([]string, error) {
	if err == nil {
		return nil, nil
	}
	var ve *lmh.ValidationError
	if !errors.As(err, &ve) {
		return nil, err
	}
	var out []string
	for _, p := range ve.Problems {
		if !missingRules[p.Rule] {
			return nil, err
		}
		out = append(out, p.Field)
	}
	return out, nil
}

// decoded, when set (by a test), is called with every document object
// and decodeStored decode.
var decoded func(b []byte)

// decodeStored decodes a stored offering into lmh's type.
func decodeStored(b []byte) (lmh.Offering, error) {
	if decoded != nil {
		decoded(b)
	}
	return lmh.DecodeOffering(b)
}

// object decodes a JSON object; nil for nil.
func object(b []byte) (map[string]any, error) {
	if b == nil {
		return nil, nil
	}
	if decoded != nil {
		decoded(b)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err
	}
	if m == nil {
		return nil, errors.New("not a JSON object")
	}
	return m, nil
}

// merge merges an import line into the live offering of its id, on the
// documents decoded once: s the stored offering, b the line last imported
// for it (nil when none was: the offering was seeded, created by hand or
// written before imports kept their lines) and n the new line's offering
// (id and last_modified set), whose JSON is lj.
//
// With a base, each member merges three ways, objects member by member:
// a value the person changed since the last import (s ≠ b) is
// kept, whatever the line says; otherwise the line's value wins, and a
// member the line no longer gives is dropped. The status is a member like
// the others: a person's "ended" stays, a status nobody changed follows
// the listing. Without a base the line wins where it gives a value (an
// empty string, list or object gives none), the stored offering keeps the
// rest, and the status stays the stored one (a harvest calls every
// listing active).
//
// A merged offering that lacks only required values (the listing dropped
// one nobody changed) takes them from the stored offering. It returns the
// merged offering and the line to keep as the last import: line, with the
// values so filled in written into it, so that the next import does not
// take them for a person's (which would keep them against the listing's
// next value for good); the conflicts, the paths of the values (objects'
// members joined by ".", as in "place.name"; lists whole) that both the
// person and the listing changed since the last import, differently, and
// where the person's value stayed, sorted; or an *lmh.ValidationError
// saying what is wrong with the merged offering.
//
// merge never changes b, nor any value of s (the objects it fills values
// into are its own, or n's once it has copied n for the line to keep).
// Besides, it returns the merged offering as an object, so that the caller
// compares it with s, and the line to keep as an object (n itself when
// nothing was filled in), so that the caller compares it with b, without
// decoding either again.
func merge(s, b, n map[string]any, lj []byte) (lmh.Offering, map[string]any, []byte, map[string]any, []string, error) {
	o, doc, kj, kept, all, err := mergeConflicts(s, b, n, lj)
	// id and last_modified are the server's, set on every write: never a
	// conflict.
	var conflicts []string
	for _, c := range all {
		if c != "id" && c != "last_modified" {
			conflicts = append(conflicts, c)
		}
	}
	sort.Strings(conflicts)
	return o, doc, kj, kept, conflicts, err
}

func mergeConflicts(s, b, n map[string]any, lj []byte) (lmh.Offering, map[string]any, []byte, map[string]any, []string, error) {
	// kept is the line as it will be kept when values are filled into it:
	// a copy of n made before the first is, since the merge shares n's
	// objects with doc.
	var (
		kept      map[string]any
		doc       map[string]any
		conflicts []string
	)
	if b == nil {
		without := maps.Clone(n)
		delete(without, "status")
		doc = overlay(s, without)
	} else {
		doc = mergeObjects(s, b, n, "", &conflicts)
	}
	doc["id"], doc["last_modified"] = n["id"], n["last_modified"]
	for round := 0; ; round++ {
		j, err := json.Marshal(doc)
		if err != nil {
			return lmh.Offering{}, nil, nil, nil, nil, err
		}
		o, err := lmh.DecodeOffering(j)
		if err != nil {
			return lmh.Offering{}, nil, nil, nil, nil, err
		}
		verr := lmh.ValidateOffering(&o)
		missing, err := MissingOnly(verr)
		if err != nil {
			return o, nil, nil, nil, nil, err
		}
		if len(missing) == 0 {
			if kept == nil {
				return o, doc, lj, n, conflicts, nil
			}
			kj, err := json.Marshal(kept)
			return o, doc, kj, kept, conflicts, err
		}
		// Filling one field can make another required (a delivery in
		// person needs the municipality); a few rounds reach them all.
		if round == 3 {
			return o, nil, nil, nil, nil, verr
		}
		if kept == nil {
			kept = deepCopy(n).(map[string]any)
		}
		for _, f := range missing {
			v, ok := getPath(s, f)
			if !ok || !setPath(doc, f, v) || !setPath(kept, f, v) {
				return o, nil, nil, nil, nil, verr
			}
		}
	}
}

// deepCopy copies a decoded JSON value: its objects and lists are its own.
func deepCopy(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, m := range v {
			out[k] = deepCopy(m)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, m := range v {
			out[i] = deepCopy(m)
		}
		return out
	}
	return v
}

// sameMembers reports whether two import lines (decoded objects; nil is
// none) are the same but for last_modified, which the server sets.
func sameMembers(x, y map[string]any) bool {
	if x == nil || y == nil {
		return x == nil && y == nil
	}
	const skip = "last_modified"
	n := 0
	for k, xv := range x {
		if k == skip {
			continue
		}
		yv, ok := y[k]
		if !ok || !reflect.DeepEqual(xv, yv) {
			return false
		}
		n++
	}
	if _, ok := y[skip]; ok {
		n++
	}
	return n == len(y)
}

// overlay returns s with the members n gives (objects member by member).
func overlay(s, n map[string]any) map[string]any {
	out := make(map[string]any, len(s)+len(n))
	for k, v := range s {
		out[k] = v
	}
	for k, nv := range n {
		sv, sok := s[k]
		sm, sIsObj := sv.(map[string]any)
		nm, nIsObj := nv.(map[string]any)
		switch {
		case sIsObj && nIsObj:
			out[k] = overlay(sm, nm)
		case sok && !given(nv):
		default:
			out[k] = nv
		}
	}
	return out
}

// given reports whether a JSON value states anything: not null, "", an
// empty list or an object of such values.
func given(v any) bool {
	switch v := v.(type) {
	case nil:
		return false
	case string:
		return v != ""
	case []any:
		return len(v) > 0
	case map[string]any:
		for _, m := range v {
			if given(m) {
				return true
			}
		}
		return false
	}
	return true
}

// mergeObjects merges the members of three objects (base may be nil:
// none of its members are there); path is the objects' own ("" for the
// document), and the paths of conflicting members are added to conflicts.
func mergeObjects(s, b, n map[string]any, path string, conflicts *[]string) map[string]any {
	out := map[string]any{}
	keys := map[string]bool{}
	for _, m := range []map[string]any{s, b, n} {
		for k := range m {
			keys[k] = true
		}
	}
	for k := range keys {
		sv, sok := s[k]
		bv, bok := b[k]
		nv, nok := n[k]
		p := k
		if path != "" {
			p = path + "." + k
		}
		if v, ok := mergeValue(sv, sok, bv, bok, nv, nok, p, conflicts); ok {
			out[k] = v
		}
	}
	return out
}

// mergeValue merges one member at path: s the stored value, b the last
// imported, n the new line's; each ok says it is there. When both the
// person and the listing changed it, differently, the person's value
// stays and path is added to conflicts.
func mergeValue(s any, sok bool, b any, bok bool, n any, nok bool, path string, conflicts *[]string) (any, bool) {
	switch {
	case sok == bok && reflect.DeepEqual(s, b): // nobody changed it
		return n, nok
	case nok == bok && reflect.DeepEqual(n, b): // the listing did not change it
		return s, sok
	}
	sm, sIsObj := s.(map[string]any)
	nm, nIsObj := n.(map[string]any)
	bm, bIsObj := b.(map[string]any)
	if sok && nok && sIsObj && nIsObj && (!bok || bIsObj) {
		return mergeObjects(sm, bm, nm, path, conflicts), true
	}
	// Both changed it: the person's value stays; a conflict unless they
	// changed it alike.
	if sok != nok || !reflect.DeepEqual(s, n) {
		*conflicts = append(*conflicts, path)
	}
	return s, sok
}

// getPath returns the value at a dotted path of object names.
func getPath(m map[string]any, path string) (any, bool) {
	var cur any = m
	for _, k := range strings.Split(path, ".") {
		obj, ok := cur.(map[string]any)
		if !ok {
			return nil, false
		}
		if cur, ok = obj[k]; !ok {
			return nil, false
		}
	}
	return cur, true
}

// setPath sets the value at a dotted path of object names, creating the
// objects on the way; a path through an array index cannot be set.
func setPath(m map[string]any, path string, v any) bool {
	if strings.Contains(path, "[") {
		return false
	}
	keys := strings.Split(path, ".")
	for _, k := range keys[:len(keys)-1] {
		next, ok := m[k].(map[string]any)
		if !ok {
			next = map[string]any{}
			m[k] = next
		}
		m = next
	}
	m[keys[len(keys)-1]] = v
	return true
}
