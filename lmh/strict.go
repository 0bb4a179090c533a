package lmh

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"sync"
)

// ErrRepeatedField is wrapped by a *DecodeError for a JSON member given
// twice in one object. encoding/json would keep the last; two readers of
// one document could then disagree on what it says, so the document is
// refused.
var ErrRepeatedField = errors.New("lmh: repeated member")

// checkMembers walks a JSON document that encoding/json has decoded into a
// value of type t and reports what encoding/json forgives but a strict
// reader (and the published JSON Schema) must not: a member name that
// matches a field only without regard to case ("Name" for "name"), and a
// member repeated in one object. It returns nil or a *DecodeError with the
// member's path (and, for the position form a Need's errors use, its place
// in its object).
//
// The document is already known to be valid JSON, so the walk only finds
// where strings, objects and arrays begin and end, reading each byte once;
// paths are built only for the member at fault. Values of types that
// decode themselves (json.Unmarshaler, encoding.TextUnmarshaler) are
// skipped: such a type checks its own members (Need.UnmarshalJSON calls
// decodeStrict).
func checkMembers(data []byte, t reflect.Type) error {
	c := memberChecker{data: data}
	c.value(infoOf(t))
	if c.err == nil {
		return nil
	}
	return c.err
}

// typeInfo is what the walk needs of a type, worked out once per type.
type typeInfo struct {
	kind   reflect.Kind // Struct, Map, Slice (for arrays too) or Invalid: not checked
	names  map[string]int
	fields []*typeInfo // by the index names gives
	elem   *typeInfo   // of a map or slice
}

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	typeInfos       sync.Map // reflect.Type -> *typeInfo, each complete
	typeInfosBuild  sync.Mutex
	unchecked       = &typeInfo{}
)

// infoOf returns t's table. A table is published in typeInfos only when it
// and every table it refers to are filled in: a goroutine that found one
// half built would pass what it should check (and race with the builder).
func infoOf(t reflect.Type) *typeInfo {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if ti, ok := typeInfos.Load(t); ok {
		return ti.(*typeInfo)
	}
	typeInfosBuild.Lock()
	defer typeInfosBuild.Unlock()
	building := map[reflect.Type]*typeInfo{}
	ti := buildInfo(t, building)
	for bt, bti := range building {
		typeInfos.Store(bt, bti)
	}
	return ti
}

// buildInfo makes t's table, and those of the types it holds that are not
// published yet, into building (under typeInfosBuild).
func buildInfo(t reflect.Type, building map[reflect.Type]*typeInfo) *typeInfo {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if ti, ok := typeInfos.Load(t); ok {
		return ti.(*typeInfo)
	}
	if ti, ok := building[t]; ok {
		return ti // a type that holds itself ends here
	}
	p := reflect.PointerTo(t)
	if p.Implements(jsonUnmarshaler) || p.Implements(textUnmarshaler) {
		building[t] = unchecked
		return unchecked
	}
	ti := &typeInfo{}
	building[t] = ti
	switch t.Kind() {
	case reflect.Struct:
		fs := fieldsOf(t)
		names := make(map[string]int, len(fs))
		fields := make([]*typeInfo, 0, len(fs))
		for name, ft := range fs {
			names[name] = len(fields)
			fields = append(fields, buildInfo(ft, building))
		}
		ti.names, ti.fields = names, fields
		ti.kind = reflect.Struct
	case reflect.Map:
		ti.elem, ti.kind = buildInfo(t.Elem(), building), reflect.Map
	case reflect.Slice, reflect.Array:
		ti.elem, ti.kind = buildInfo(t.Elem(), building), reflect.Slice
	}
	return ti
}

// step is one step of the path from the document's top to a value: a
// member (its name and place in its object) or an array element.
type step struct {
	key    []byte // a member's name as the document has it (between the quotes)
	member int    // 1-based place of a member; 0 for an array element
	index  int
}

type memberChecker struct {
	data []byte
	i    int
	path []step
	err  *DecodeError
}

// fail records the fault of the member on top of the path.
func (c *memberChecker) fail(cause error) {
	var byName, byPlace string
	for _, s := range c.path {
		if s.member == 0 {
			e := "[" + strconv.Itoa(s.index) + "]"
			byName, byPlace = byName+e, byPlace+e
			continue
		}
		byName = joinPath(byName, memberName(s.key))
		byPlace = joinPath(byPlace, "{"+strconv.Itoa(s.member)+"}")
	}
	c.err = &DecodeError{Path: byName, Err: cause, position: byPlace}
}

func (c *memberChecker) space() {
	for c.i < len(c.data) {
		switch c.data[c.i] {
		case ' ', '\t', '\n', '\r':
			c.i++
		default:
			return
		}
	}
}

// value consumes one JSON value starting at c.i (after white space),
// checking it against ti.
func (c *memberChecker) value(ti *typeInfo) {
	c.space()
	if c.err != nil || c.i >= len(c.data) {
		return
	}
	switch c.data[c.i] {
	case '{':
		c.object(ti)
	case '[':
		elem := unchecked
		if ti.kind == reflect.Slice {
			elem = ti.elem
		}
		c.i++
		c.path = append(c.path, step{})
		for n := 0; c.err == nil; n++ {
			c.space()
			if c.i >= len(c.data) {
				return
			}
			if c.data[c.i] == ']' {
				c.i++
				break
			}
			if c.data[c.i] == ',' {
				c.i++
			}
			c.path[len(c.path)-1].index = n
			c.value(elem)
		}
		c.path = c.path[:len(c.path)-1]
	case '"':
		c.str()
	default:
		for c.i < len(c.data) {
			switch c.data[c.i] {
			case ',', '}', ']', ' ', '\t', '\n', '\r':
				return
			}
			c.i++
		}
	}
}

// object consumes an object: a struct's members must name its fields
// exactly and once, a map's keys must differ; any other object is only
// passed over.
func (c *memberChecker) object(ti *typeInfo) {
	var seen uint64              // the struct's fields seen, by index, while they fit
	var seenKeys map[string]bool // otherwise, and for a map's keys
	c.i++                        // '{'
	c.path = append(c.path, step{})
	for member := 1; c.err == nil; member++ {
		c.space()
		if c.i >= len(c.data) {
			return
		}
		if c.data[c.i] == '}' {
			c.i++
			break
		}
		if c.data[c.i] == ',' {
			c.i++
			c.space()
		}
		raw := c.str()
		c.space()
		c.i++ // ':'
		c.path[len(c.path)-1] = step{key: raw, member: member}
		elem := unchecked
		switch ti.kind {
		case reflect.Struct:
			var f int
			var ok bool
			if bytes.IndexByte(raw, '\\') < 0 {
				f, ok = ti.names[string(raw)] // no copy for a lookup
			} else {
				f, ok = ti.names[memberName(raw)]
			}
			if !ok {
				// encoding/json matched it without regard to case (or
				// it would have failed): it is not the field's name.
				c.fail(ErrUnknownField)
				return
			}
			elem = ti.fields[f]
			if f < 64 {
				if seen&(1<<f) != 0 {
					c.fail(ErrRepeatedField)
					return
				}
				seen |= 1 << f
				break
			}
			fallthrough
		case reflect.Map:
			if ti.kind == reflect.Map {
				elem = ti.elem
			}
			if seenKeys == nil {
				seenKeys = make(map[string]bool)
			}
			key := memberName(raw)
			if seenKeys[key] {
				c.fail(ErrRepeatedField)
				return
			}
			seenKeys[key] = true
		}
		c.value(elem)
	}
	c.path = c.path[:len(c.path)-1]
}

// memberName returns a member's name from its raw form between the
// quotes, escapes resolved.
func memberName(raw []byte) string {
	if bytes.IndexByte(raw, '\\') < 0 {
		return string(raw)
	}
	var s string
	if json.Unmarshal(append(append([]byte{'"'}, raw...), '"'), &s) != nil {
		return string(raw)
	}
	return s
}

// str consumes a string at c.i and returns its raw content (between the
// quotes, escapes as written).
func (c *memberChecker) str() []byte {
	if c.i >= len(c.data) || c.data[c.i] != '"' {
		return nil
	}
	start := c.i + 1
	for j := start; ; j++ {
		k := bytes.IndexByte(c.data[j:], '"')
		if k < 0 {
			c.i = len(c.data)
			return c.data[start:]
		}
		j += k
		// The quote ends the string unless an odd run of backslashes
		// escapes it; each backslash is counted for one quote only.
		n := 0
		for p := j - 1; p >= start && c.data[p] == '\\'; p-- {
			n++
		}
		if n%2 == 0 {
			c.i = j + 1
			return c.data[start:j]
		}
	}
}
