package api

import (
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// language picks the response language from Accept-Language: the first of
// nb, nn and en by the client's q-values ("no" and "nb-NO" are Bokmål,
// "nn-NO" Nynorsk, any "en-…" English). Bokmål when nothing fits.
func language(r *http.Request) taxonomy.Lang {
	h := r.Header.Get("Accept-Language")
	if h == "" {
		return taxonomy.NB
	}
	type choice struct {
		lang taxonomy.Lang
		q    float64
		pos  int
	}
	var cs []choice
	for i, part := range strings.Split(h, ",") {
		if i > 32 { // a bounded amount of work per header
			break
		}
		tag, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		q := 1.0
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil || f < 0 || f > 1 {
				continue
			}
			q = f
		}
		if q == 0 {
			continue
		}
		l, err := taxonomy.ParseLang(strings.TrimSpace(tag))
		if err != nil {
			continue
		}
		cs = append(cs, choice{l, q, i})
	}
	if len(cs) == 0 {
		return taxonomy.NB
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].q > cs[j].q })
	return cs[0].lang
}

// setLanguage marks a response whose text depends on Accept-Language.
func setLanguage(w http.ResponseWriter, l taxonomy.Lang) {
	w.Header().Set("Content-Language", l.String())
	w.Header().Add("Vary", "Accept-Language")
}
