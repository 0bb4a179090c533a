package lmh

import (
	"errors"
	"reflect"
	"strconv"
	"sync"
	"testing"
)

// TestCheckMembersConcurrentFirstUse checks that goroutines meeting a type
// for the first time at once all see its whole field table: a table
// published before it is filled in lets one of them pass a case-variant
// member (and is a data race under -race).
func TestCheckMembersConcurrentFirstUse(t *testing.T) {
	doc := []byte(`{"leaf":{"pad":1,"Name":"x"}}`)
	for round := range 300 {
		// New tags make new types, so every round is a first use.
		field := func(name string, typ reflect.Type, tag string) reflect.StructField {
			return reflect.StructField{Name: name, Type: typ, Tag: reflect.StructTag(`json:"` + tag + `"`)}
		}
		leaf := reflect.StructOf([]reflect.StructField{
			field("Name", reflect.TypeFor[string](), "name"),
			field("Pad", reflect.TypeFor[int](), "pad"),
			field("Round", reflect.TypeFor[int](), "round"+strconv.Itoa(round)),
		})
		outer := reflect.StructOf([]reflect.StructField{field("Leaf", leaf, "leaf")})
		var wg sync.WaitGroup
		errs := make([]error, 4)
		for g := range errs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				errs[g] = checkMembers(doc, outer)
			}()
		}
		wg.Wait()
		for g, err := range errs {
			if !errors.Is(err, ErrUnknownField) {
				t.Fatalf("round %d, goroutine %d: %v, want ErrUnknownField for \"Name\"", round, g, err)
			}
		}
	}
}
