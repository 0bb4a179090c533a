// Package web is the page for case workers and providers that the service
// serves at /: plain HTML, CSS and a small amount of JavaScript, embedded in
// the binary, with no outside resources, so it works on a closed network.
//
// The page is a client of the service's JSON API and of nothing else: it
// finds offerings for a person (POST /api/match, /api/explain), keeps an
// offering current (GET and PUT /api/offerings/{id} with If-Match), and
// shows the equal-access heat table of a county or region
// (/api/coverage?area=…). Its own text is in text.json (nb, nn, en); every
// code's label comes from /api/vocabulary, every reason and validation
// message from the API in the language asked for.
//
// A person's need is health data. The page sends it only in POST bodies,
// never in a URL, keeps it in the page's memory only (no storage, no
// cookies; autocomplete and spellcheck off; cleared on pagehide, so the
// back-forward cache keeps none of it), and says so to the user. The
// headers below forbid any script, style or connection but the service's
// own.
package web

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
)

//go:embed static
var files embed.FS

// asset is one embedded file with its content type and ETag.
type asset struct {
	body  []byte
	ctype string
	etag  string
}

// Handler serves the page: GET / is index.html, GET /static/NAME the
// other files. It is safe for concurrent use.
type Handler struct {
	assets map[string]asset
}

// New reads the embedded files.
func New() (*Handler, error) {
	h := &Handler{assets: map[string]asset{}}
	err := fs.WalkDir(files, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := files.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		ct := mime.TypeByExtension(path.Ext(p))
		if ct == "" {
			ct = "application/octet-stream"
		}
		h.assets[strings.TrimPrefix(p, "static/")] = asset{b, ct, `"` + hex.EncodeToString(sum[:8]) + `"`}
		return nil
	})
	return h, err
}

// policy lets the page load its own scripts and styles and talk to its own
// service, and nothing else: no inline script, no outside origin, no
// framing, no form posting anywhere.
const policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
	"base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// Page serves index.html.
func (h *Handler) Page(w http.ResponseWriter, r *http.Request) {
	// no-store: the page holds a person's need while it is open, and a
	// page that may not be stored is not kept for the back button either.
	w.Header().Set("Cache-Control", "no-store")
	h.serve(w, r, "index.html")
}

// Static serves /static/{name}.
func (h *Handler) Static(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	if name == "index.html" {
		http.NotFound(w, r)
		return
	}
	// Checked on every request: a new binary brings new files.
	w.Header().Set("Cache-Control", "no-cache")
	h.serve(w, r, name)
}

func (h *Handler) serve(w http.ResponseWriter, r *http.Request, name string) {
	a, ok := h.assets[name]
	if !ok {
		http.NotFound(w, r)
		return
	}
	hd := w.Header()
	hd.Set("Content-Security-Policy", policy)
	hd.Set("X-Frame-Options", "DENY")
	hd.Set("ETag", a.etag)
	if r.Header.Get("If-None-Match") == a.etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	hd.Set("Content-Type", a.ctype)
	w.Write(a.body)
}
