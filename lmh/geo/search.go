package geo

import (
	"strings"

	"github.com/lmhkit/lmhkit/internal/collation"
)

// Search finds municipalities for autocomplete: those whose official name
// or Norwegian parallel name, or a later word of either, starts with
// prefix, ignoring case, Unicode normalisation and extra space ("kauto" →
// Guovdageaidnu/Kautokeino, "tot" → Østre Toten and Vestre Toten). Results
// are in Norwegian alphabetical order of their official name (… z, æ, ø,
// å), at most limit of them (limit <= 0: all). An empty prefix finds
// nothing. Search is safe for concurrent use.
func Search(prefix string, limit int) []Municipality {
	q := nameKey(prefix)
	if q == "" {
		return nil
	}
	var out []Municipality
	for _, m := range load().munis {
		if namePrefix(nameKey(m.Name), q) || (m.ParallelName != "" && namePrefix(nameKey(m.ParallelName), q)) {
			out = append(out, m)
		}
	}
	collation.SortFunc(out, func(m Municipality) string { return m.Name })
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

// namePrefix reports whether name or one of its later words (after a
// space, hyphen or slash) starts with q.
func namePrefix(name, q string) bool {
	if strings.HasPrefix(name, q) {
		return true
	}
	for i, r := range name {
		if (r == ' ' || r == '-' || r == '/') && strings.HasPrefix(name[i+1:], q) {
			return true
		}
	}
	return false
}
