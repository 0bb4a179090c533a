package api

import (
	"encoding/json"
	"testing"
)

// TestPruneJSON: members that hold nothing go, at any depth; an array's
// elements stay where they are (evidence names them by index), pruned
// inside, and what is left is always a JSON document.
func TestPruneJSON(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`{"a":1,"b":null,"c":"","d":{},"e":[],"f":{"g":null}}`, `{"a":1}`},
		{`{"id":"00000000-0000-0000-0000-000000000000","t":"0001-01-01T00:00:00Z","n":0,"x":false}`, `{"n":0,"x":false}`},
		{`{"a":[1,null,2]}`, `{"a":[1,null,2]}`},
		{`{"a":[null,2]}`, `{"a":[null,2]}`},
		{`{"a":[{},{"b":1}]}`, `{"a":[{},{"b":1}]}`},
		{`{"a":[{"w":""},{"w":"monday","s":""}]}`, `{"a":[{},{"w":"monday"}]}`},
		{`{"a":[[],[1]]}`, `{"a":[[],[1]]}`},
		{`{"a":[""]}`, `{"a":[""]}`},
		{`{"a":{"b":null}}`, `{}`},
		{`{}`, `{}`},
	} {
		got, err := pruneJSON([]byte(c.in))
		if err != nil || string(got) != c.want || !json.Valid(got) {
			t.Errorf("pruneJSON(%s) = %s, %v; want %s", c.in, got, err, c.want)
		}
	}
}
