package api_test

import (
	"strings"
	"testing"
)

// TestDeleteNamesTheRestore: DELETE /api/offerings/{id} of an offering an
// import wrote answers 204 with Lmh-Restore, the path whose DELETE
// restores it, so that the page need not read every discard to say it can
// be restored; an offering made by hand (seeded) is not remembered and
// gets none, nor do 404 and 412. The restore path restores it.
func TestDeleteNamesTheRestore(t *testing.T) {
	forEach(t, func(t *testing.T, e *env) {
		const id = "6f1d3c52-0b7e-4c1a-9a39-00000000de01"
		if _, ir := e.importLines(line(t, e.cat[0], id)); strings.Join(outcomes(ir), ",") != "created" {
			t.Fatalf("import: %v", outcomes(ir))
		}
		seeded := e.cat[1].ID.String()
		if r := e.do("DELETE", "/api/offerings/"+id, nil, with(auth, "If-Match", `"0"`)...); r.status != 412 || r.header.Get("Lmh-Restore") != "" {
			t.Errorf("stale delete: %d %q", r.status, r.header.Get("Lmh-Restore"))
		}
		r := e.do("DELETE", "/api/offerings/"+id, nil, with(auth, "If-Match", "*")...)
		restore := r.header.Get("Lmh-Restore")
		if want := "/api/drafts/discarded/" + id; r.status != 204 || restore != want {
			t.Fatalf("delete of an imported offering: %d, Lmh-Restore %q, want %q", r.status, restore, want)
		}
		if r := e.do("DELETE", "/api/offerings/"+id, nil, with(auth, "If-Match", "*")...); r.status != 404 || r.header.Get("Lmh-Restore") != "" {
			t.Errorf("delete again: %d %q", r.status, r.header.Get("Lmh-Restore"))
		}
		if r := e.do("DELETE", "/api/offerings/"+seeded, nil, with(auth, "If-Match", "*")...); r.status != 204 || r.header.Get("Lmh-Restore") != "" {
			t.Errorf("delete of a seeded offering: %d, Lmh-Restore %q", r.status, r.header.Get("Lmh-Restore"))
		}
		if r := e.do("DELETE", restore, nil, auth...); r.status != 204 {
			t.Fatalf("restore by the named path: %d %s", r.status, r.body)
		}
		if r := e.do("GET", "/api/offerings/"+id, nil); r.status != 200 {
			t.Errorf("restored: %d", r.status)
		}
	})
}
