package api_test

import (
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/examples/server/internal/testdb"
)

// TestPage: the service serves the case workers' page at / and its files
// under /static/, with the page's content security policy and the
// service's own headers; the page is not a route of the API's description.
func TestPage(t *testing.T) {
	e := newEnv(t, testdb.Backend{Name: "sqlite", New: testdb.SQLite})
	for path, ctype := range map[string]string{"/": "text/html", "/static/app.js": "text/javascript", "/static/app.css": "text/css"} {
		r := e.do("GET", path, nil)
		if r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), ctype) ||
			!strings.Contains(r.header.Get("Content-Security-Policy"), "default-src 'none'") ||
			r.header.Get("X-Content-Type-Options") != "nosniff" || r.header.Get("Referrer-Policy") != "no-referrer" {
			t.Errorf("%s: %d %v", path, r.status, r.header)
		}
	}
	if r := e.do("GET", "/", nil); !strings.Contains(string(r.body), `<form id="need-form" autocomplete="off"`) {
		t.Errorf("/ is not the page: %.200s", r.body)
	}
	for _, rt := range e.api.Routes() {
		if rt.Path == "/" || strings.HasPrefix(rt.Path, "/static/") {
			t.Errorf("the page is listed as an API route: %+v", rt)
		}
	}
}
