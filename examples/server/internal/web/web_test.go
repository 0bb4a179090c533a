package web

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func serve(t *testing.T, h *Handler, path string, headers ...string) *httptest.ResponseRecorder {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", h.Page)
	mux.HandleFunc("GET /static/{name}", h.Static)
	req := httptest.NewRequest("GET", path, nil)
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	w := httptest.NewRecorder()
	mux.ServeHTTP(w, req)
	return w
}

// TestServes: the page and every file it references are served with their
// type, the content security policy and an ETag; the page itself is not
// stored; nothing else is served.
func TestServes(t *testing.T) {
	h, err := New()
	if err != nil {
		t.Fatal(err)
	}
	page := serve(t, h, "/")
	if page.Code != 200 || !strings.HasPrefix(page.Header().Get("Content-Type"), "text/html") ||
		page.Header().Get("Cache-Control") != "no-store" || !strings.Contains(page.Header().Get("Content-Security-Policy"), "script-src 'self'") {
		t.Fatalf("GET /: %d %v", page.Code, page.Header())
	}
	refs := regexp.MustCompile(`(?:src|href)="(/static/[^"]+)"`).FindAllStringSubmatch(page.Body.String(), -1)
	refs = append(refs, []string{"", "/static/text.json"}) // fetched by app.js
	if len(refs) < 4 {
		t.Fatalf("the page references %d files", len(refs))
	}
	types := map[string]string{".css": "text/css", ".js": "text/javascript", ".json": "application/json", ".svg": "image/svg+xml"}
	for _, ref := range refs {
		w := serve(t, h, ref[1])
		ext := ref[1][strings.LastIndex(ref[1], "."):]
		if w.Code != 200 || !strings.HasPrefix(w.Header().Get("Content-Type"), types[ext]) || w.Header().Get("ETag") == "" {
			t.Errorf("%s: %d %q", ref[1], w.Code, w.Header().Get("Content-Type"))
			continue
		}
		if again := serve(t, h, ref[1], "If-None-Match", w.Header().Get("ETag")); again.Code != http.StatusNotModified {
			t.Errorf("%s with its ETag: %d", ref[1], again.Code)
		}
	}
	for _, p := range []string{"/static/index.html", "/static/nothing.js", "/static/..%2fweb.go"} {
		if w := serve(t, h, p); w.Code != 404 {
			t.Errorf("%s: %d", p, w.Code)
		}
	}
}

// TestNothingFromElsewhere: no file of the page names another origin, so
// it works on a closed network and the policy holds.
func TestNothingFromElsewhere(t *testing.T) {
	h, _ := New()
	for name, a := range h.assets {
		if name == "favicon.svg" { // its xmlns is a name, not a fetch
			continue
		}
		if m := regexp.MustCompile(`https?://|//[a-z0-9.-]+\.[a-z]{2,}/`).Find(a.body); m != nil {
			t.Errorf("%s names %q", name, m)
		}
	}
}

// TestText: the page's own text has the same keys in nb, nn and en, none
// empty, and every key the page and its script use exists.
func TestText(t *testing.T) {
	h, _ := New()
	var text map[string]map[string]any
	if err := json.Unmarshal(h.assets["text.json"].body, &text); err != nil {
		t.Fatal(err)
	}
	keys := func(m map[string]any) []string {
		var ks []string
		for k, v := range m {
			ks = append(ks, k)
			if sub, ok := v.(map[string]any); ok {
				for sk, sv := range sub {
					ks = append(ks, k+"."+sk)
					if s, _ := sv.(string); s == "" && sk != "" {
						t.Errorf("%s.%s is empty", k, sk)
					}
				}
			} else if s, _ := v.(string); s == "" {
				t.Errorf("%s is empty", k)
			}
		}
		slices.Sort(ks)
		return ks
	}
	nb := keys(text["nb"])
	for _, l := range []string{"nn", "en"} {
		if got := keys(text[l]); !slices.Equal(got, nb) {
			t.Errorf("%s has keys %v; nb has %v", l, got, nb)
		}
	}
	if text["nb"]["findH"] == text["nn"]["findH"] || text["nb"]["findH"] == text["en"]["findH"] {
		t.Errorf("the languages do not differ: %v", text["nb"]["findH"])
	}
	var used []string
	for _, re := range []string{`data-t="(\w+)"`, `data-t-aria-label="(\w+)"`, `data-empty="(\w+)"`} {
		for _, m := range regexp.MustCompile(re).FindAllStringSubmatch(string(h.assets["index.html"].body), -1) {
			used = append(used, m[1])
		}
	}
	for _, re := range []string{`\bt\("(\w+)"`, `: "(conf[A-Z]\w*)"`} {
		for _, m := range regexp.MustCompile(re).FindAllStringSubmatch(string(h.assets["app.js"].body), -1) {
			used = append(used, m[1])
		}
	}
	if len(used) < 50 {
		t.Fatalf("found %d keys in use: the test reads nothing", len(used))
	}
	for _, k := range used {
		if _, ok := text["nb"][k]; !ok {
			t.Errorf("key %q is used but has no text", k)
		}
	}
}
