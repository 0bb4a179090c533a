package glossary

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/lmhkit/lmhkit/taxonomy"
)

//go:embed data/terms.json
var termsJSON []byte

// dataFile is the layout of data/terms.json: groups of terms that share
// their senses and source, and a list of stop words.
type dataFile struct {
	Version string      `json:"version"`
	Stop    []string    `json:"stop"`
	Groups  []dataGroup `json:"groups"`
}

type dataGroup struct {
	Senses []string   `json:"senses"`
	Source string     `json:"source"`
	Note   string     `json:"note,omitempty"`
	Terms  []dataTerm `json:"terms"`
}

type dataTerm struct {
	T      string   `json:"t"`
	Lang   string   `json:"lang"`
	Kind   string   `json:"kind"`
	P      string   `json:"p,omitempty"`
	Forms  []string `json:"forms,omitempty"`
	Pos    string   `json:"pos,omitempty"`
	CS     bool     `json:"cs,omitempty"`
	Also   []string `json:"also,omitempty"` // senses beyond the group's
	Only   []string `json:"only,omitempty"` // senses instead of the group's
	Source string   `json:"source,omitempty"`
}

var (
	embeddedOnce    sync.Once
	embeddedEntries []Entry
	embeddedStops   []string
	embeddedVersion string
	embeddedErr     error
)

// embedded parses data/terms.json once.
func embedded() ([]Entry, []string, error) {
	embeddedOnce.Do(func() {
		embeddedEntries, embeddedStops, embeddedVersion, embeddedErr = parseData(termsJSON)
	})
	out := make([]Entry, len(embeddedEntries))
	for i, e := range embeddedEntries {
		out[i] = e.clone()
	}
	return out, embeddedStops, embeddedErr
}

// DataVersion returns the version of the embedded terms (data/terms.json).
func DataVersion() string {
	embedded()
	return embeddedVersion
}

func parseData(b []byte) ([]Entry, []string, string, error) {
	var f dataFile
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, nil, "", fmt.Errorf("glossary: data/terms.json: %w", err)
	}
	var out []Entry
	for gi, grp := range f.Groups {
		senses, err := parseRefs(grp.Senses)
		if err != nil {
			return nil, nil, "", fmt.Errorf("glossary: data/terms.json: group %d: %w", gi, err)
		}
		for _, t := range grp.Terms {
			where := func(err error) error {
				return fmt.Errorf("glossary: data/terms.json: group %d, term %q: %w", gi, t.T, err)
			}
			e := Entry{Term: t.T, Source: grp.Source, Forms: t.Forms, CaseSensitive: t.CS}
			if t.Source != "" {
				e.Source = t.Source
			}
			if e.Lang, err = taxonomy.ParseLang(t.Lang); err != nil {
				return nil, nil, "", where(err)
			}
			if e.Kind, err = ParseKind(t.Kind); err != nil {
				return nil, nil, "", where(err)
			}
			if e.Paradigm, err = ParseParadigm(t.P); err != nil {
				return nil, nil, "", where(err)
			}
			if t.Pos != "" {
				if e.Positions, err = ParsePosition(t.Pos); err != nil {
					return nil, nil, "", where(err)
				}
			}
			switch {
			case len(t.Only) > 0:
				if e.Senses, err = parseRefs(t.Only); err != nil {
					return nil, nil, "", where(err)
				}
			default:
				also, err := parseRefs(t.Also)
				if err != nil {
					return nil, nil, "", where(err)
				}
				e.Senses = append(append([]taxonomy.Ref(nil), senses...), also...)
			}
			if err := e.validate(len(out)); err != nil {
				return nil, nil, "", where(err)
			}
			out = append(out, e)
		}
	}
	return out, f.Stop, f.Version, nil
}

func parseRefs(ss []string) ([]taxonomy.Ref, error) {
	out := make([]taxonomy.Ref, 0, len(ss))
	for _, s := range ss {
		r, err := taxonomy.ParseRef(s)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}
