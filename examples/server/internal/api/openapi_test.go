package api_test

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/examples/server/internal/api"
	"github.com/lmhkit/lmhkit/examples/server/internal/testdb"
)

type openapiDoc struct {
	OpenAPI string `json:"openapi"`
	Paths   map[string]map[string]json.RawMessage
}

type operation struct {
	Security  []map[string][]string      `json:"security"`
	Responses map[string]json.RawMessage `json:"responses"`
}

// TestOpenAPIMatchesRoutes: the description names exactly the routes the
// server answers, with the right security, and every status the server
// gives for a plain request to each route is documented for it.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	var doc openapiDoc
	if err := json.Unmarshal(api.OpenAPI(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.OpenAPI != "3.1.0" {
		t.Fatalf("openapi %q", doc.OpenAPI)
	}
	e := newEnv(t, testdb.Backend{Name: "sqlite", New: testdb.SQLite})
	ops := map[string]operation{}
	var documented []string
	for path, item := range doc.Paths {
		for method, raw := range item {
			if method == "parameters" {
				continue
			}
			key := strings.ToUpper(method) + " " + path
			documented = append(documented, key)
			var op operation
			if err := json.Unmarshal(raw, &op); err != nil {
				t.Fatal(err)
			}
			ops[key] = op
		}
	}
	var served []string
	for _, r := range e.api.Routes() {
		key := r.Method + " " + r.Path
		served = append(served, key)
		op, ok := ops[key]
		if !ok {
			continue
		}
		if secured := len(op.Security) > 0; secured != r.Write {
			t.Errorf("%s: security %v in the description, write %v in the server", key, op.Security, r.Write)
		}
		// A plain request: no body, no token, the sample's first id.
		path := strings.ReplaceAll(r.Path, "{id}", e.cat[0].ID.String())
		res := e.do(r.Method, path, nil)
		if _, ok := op.Responses[strconv.Itoa(res.status)]; !ok {
			t.Errorf("%s answered %d, which the description does not list", key, res.status)
		}
	}
	slices.Sort(served)
	slices.Sort(documented)
	if !slices.Equal(served, documented) {
		t.Errorf("routes and description differ:\nserved     %v\ndocumented %v", served, documented)
	}
}
