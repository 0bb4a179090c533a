package fhir

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/lmhkit/lmhkit/glossary"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// ErrUnknownSystem is wrapped by the errors of terminology operations that
// name a code system, value set or concept map the Terminology does not hold.
var ErrUnknownSystem = errors.New("fhir: unknown code system")

// ErrUnknownCode is wrapped by the errors of Lookup and Subsumes for a code
// that is not in the named code system.
var ErrUnknownCode = errors.New("fhir: unknown code")

// Terminology answers the FHIR terminology operations $lookup,
// $validate-code, $subsumes, $expand and $translate over the vocabulary's
// CodeSystems, ValueSets and ConceptMaps, as Go calls instead of HTTP.
// Build it once with NewTerminology; it is immutable and safe for concurrent
// use.
type Terminology struct {
	facets  map[string]taxonomy.Facet // CodeSystem URL → facet
	codes   map[taxonomy.Facet]map[string]taxonomy.Ref
	desig   map[taxonomy.Ref][]Designation
	folded  map[taxonomy.Ref][]string // normalised designations, for Expand
	maps    []*ConceptMap
	reverse map[string]map[string][]Translation // outside system → code → translations
}

// NewTerminology builds a Terminology over every facet of the taxonomy and
// the ConceptMaps of ConceptMaps.
func NewTerminology() (*Terminology, error) {
	maps, err := ConceptMaps()
	if err != nil {
		return nil, err
	}
	t := &Terminology{
		facets:  map[string]taxonomy.Facet{},
		codes:   map[taxonomy.Facet]map[string]taxonomy.Ref{},
		desig:   map[taxonomy.Ref][]Designation{},
		folded:  map[taxonomy.Ref][]string{},
		maps:    maps,
		reverse: map[string]map[string][]Translation{},
	}
	for _, f := range taxonomy.Facets() {
		t.facets[SystemURL(f)] = f
		m := make(map[string]taxonomy.Ref, f.Len())
		for _, r := range f.Refs() {
			m[r.Code()] = r
			d := designations(r)
			t.desig[r] = d
			folded := []string{fold(r.Code())}
			for _, x := range d {
				folded = append(folded, fold(x.Value))
			}
			t.folded[r] = folded
		}
		t.codes[f] = m
	}
	for _, cm := range maps {
		for _, g := range cm.Group {
			rev := t.reverse[g.Target]
			if rev == nil {
				rev = map[string][]Translation{}
				t.reverse[g.Target] = rev
			}
			for _, e := range g.Element {
				for _, tg := range e.Target {
					if tg.Code == "" {
						continue
					}
					rev[tg.Code] = append(rev[tg.Code], Translation{
						Equivalence: invert(tg.Equivalence),
						Concept:     Coding{System: g.Source, Code: e.Code, Display: e.Display},
						Source:      cm.URL,
					})
				}
			}
		}
	}
	return t, nil
}

// fold is the text normalisation of Expand's filter and ValidateCode's
// display: the glossary's (Unicode NFC, case folding, one kind of dash and
// quote, single spaces), which keeps æ, ø and å.
func fold(s string) string { return glossary.Normalize(s) }

// invert turns an equivalence read source-to-target into one read the other
// way round.
func invert(eq string) string {
	switch eq {
	case "wider":
		return "narrower"
	case "narrower":
		return "wider"
	case "subsumes":
		return "specializes"
	case "specializes":
		return "subsumes"
	}
	return eq
}

// ref resolves system and code to a taxonomy code. Codes are case-sensitive,
// as the CodeSystems declare.
func (t *Terminology) ref(system, code string) (taxonomy.Ref, error) {
	f, ok := t.facets[system]
	if !ok {
		return taxonomy.Ref{}, fmt.Errorf("%w %q", ErrUnknownSystem, system)
	}
	r, ok := t.codes[f][code]
	if !ok {
		return taxonomy.Ref{}, fmt.Errorf("%w %q in %s", ErrUnknownCode, code, system)
	}
	return r, nil
}

// LookupResult is the answer of Lookup, shaped like the output of $lookup.
// Plain data, owned by the caller.
type LookupResult struct {
	Name        string        // the code system's name
	Version     string        // the code system's version
	Display     string        // the preferred label in the requested language
	Definition  string        // the definition in the requested language, or English
	Parent      []string      // the broader code, if any
	Child       []string      // the narrower codes
	Designation []Designation // the designations in the requested language (all if none was asked for)
}

// Lookup returns the display, definition, designations and neighbours of a
// code ($lookup). lang is the displayLanguage: the display is given in it and
// only designations in it are returned; the zero Lang gives the English
// display and every designation.
func (t *Terminology) Lookup(system, code string, lang taxonomy.Lang) (LookupResult, error) {
	r, err := t.ref(system, code)
	if err != nil {
		return LookupResult{}, err
	}
	l := lang
	if !l.IsValid() {
		l = taxonomy.EN
	}
	res := LookupResult{
		Name:       "LMH" + pascal(r.Facet().String()),
		Version:    taxonomy.Version,
		Display:    r.Label(l),
		Definition: r.Definition(l),
	}
	if b := r.Broader(); !b.IsZero() {
		res.Parent = []string{b.Code()}
	}
	for _, n := range r.Narrower() {
		res.Child = append(res.Child, n.Code())
	}
	for _, d := range t.desig[r] {
		if !lang.IsValid() || d.Language == lang.String() {
			res.Designation = append(res.Designation, d)
		}
	}
	return res, nil
}

// ValidateCodeResult is the answer of ValidateCode, shaped like the output
// of $validate-code. Plain data, owned by the caller.
type ValidateCodeResult struct {
	Result  bool   // the code is valid (and so is the display, if one was given)
	Message string // why not, for people; empty when Result is true
	Display string // the code's English display, when the code exists
}

// ValidateCode reports whether code is in the code system or value set with
// canonical URL url ($validate-code). When display is not empty it must be
// one of the code's designations in any language (compared after case and
// space folding). An unknown url is an error; an unknown code or display is
// a result with Result false.
func (t *Terminology) ValidateCode(url, code, display string) (ValidateCodeResult, error) {
	f, ok := FacetOf(url)
	if !ok {
		return ValidateCodeResult{}, fmt.Errorf("%w %q", ErrUnknownSystem, url)
	}
	r, ok := t.codes[f][code]
	if !ok {
		return ValidateCodeResult{Message: fmt.Sprintf("the code %q is not in %s", code, url)}, nil
	}
	res := ValidateCodeResult{Result: true, Display: r.Label(taxonomy.EN)}
	if display != "" {
		want := fold(display)
		found := false
		for _, d := range t.desig[r] {
			if fold(d.Value) == want {
				found = true
				break
			}
		}
		if !found {
			res.Result = false
			res.Message = fmt.Sprintf("the display %q is not a designation of %q in %s", display, code, url)
		}
	}
	return res, nil
}

// Outcome is the answer of Subsumes, one of the codes of FHIR's
// concept-subsumption-outcome. Values are safe for concurrent use.
type Outcome string

// The outcomes of Subsumes.
const (
	Equivalent  Outcome = "equivalent"   // A and B are the same code
	SubsumesB   Outcome = "subsumes"     // A subsumes B: B is a kind of A
	SubsumedBy  Outcome = "subsumed-by"  // A is a kind of B
	NotSubsumed Outcome = "not-subsumed" // neither is a kind of the other
)

// Subsumes tests the is-a relation between two codes of one code system
// ($subsumes): codeA subsumes codeB when B is A or below A in the hierarchy.
func (t *Terminology) Subsumes(system, codeA, codeB string) (Outcome, error) {
	a, err := t.ref(system, codeA)
	if err != nil {
		return "", err
	}
	b, err := t.ref(system, codeB)
	if err != nil {
		return "", err
	}
	switch {
	case a == b:
		return Equivalent, nil
	case a.Subsumes(b):
		return SubsumesB, nil
	case b.Subsumes(a):
		return SubsumedBy, nil
	}
	return NotSubsumed, nil
}

// Expand returns the expansion of the value set with canonical URL url
// ($expand), in data order, as a new ValueSet whose Expansion lists the
// codes. filter, when not empty, keeps the codes of which the code or any
// designation (preferred label or synonym, in any language) contains it,
// compared after glossary.Normalize ("kols" finds copd, "Pårørende" finds
// next_of_kin, "meistring" finds the Nynorsk labels). lang is the displayLanguage of the displays, English
// for the zero Lang.
func (t *Terminology) Expand(url, filter string, lang taxonomy.Lang) (*ValueSet, error) {
	f, ok := FacetOf(url)
	if !ok || !strings.Contains(url, "/ValueSet/") {
		return nil, fmt.Errorf("%w: no value set %q", ErrUnknownSystem, url)
	}
	vs, err := NewValueSet(f)
	if err != nil {
		return nil, err
	}
	l := lang
	if !l.IsValid() {
		l = taxonomy.EN
	}
	want := fold(filter)
	exp := &Expansion{Timestamp: time.Now().UTC().Format(time.RFC3339)}
	if want != "" {
		exp.Parameter = append(exp.Parameter, ExpansionParam{Name: "filter", ValueString: filter})
	}
	exp.Parameter = append(exp.Parameter, ExpansionParam{Name: "displayLanguage", ValueCode: l.String()})
	for _, r := range f.Refs() {
		if want != "" && !t.matches(r, want) {
			continue
		}
		exp.Contains = append(exp.Contains, ExpansionContains{
			System: SystemURL(f), Version: taxonomy.Version, Code: r.Code(), Display: r.Label(l),
		})
	}
	exp.Total = ptr(len(exp.Contains))
	vs.Expansion = exp
	return vs, nil
}

func (t *Terminology) matches(r taxonomy.Ref, want string) bool {
	for _, s := range t.folded[r] {
		if strings.Contains(s, want) {
			return true
		}
	}
	return false
}

// Translation is one answer of Translate, shaped like a match of $translate.
// Plain data, owned by the caller.
type Translation struct {
	Equivalence string // how the concept relates to the code translated: "equivalent", "wider", …
	Concept     Coding // the translated code
	Source      string // the canonical URL of the ConceptMap used
}

// Translate translates a code through the ConceptMaps ($translate), in
// either direction: from the vocabulary to an outside system (arena to Volven
// 9040, condition to ICD-10, …) or from an outside code to the vocabulary.
// target names the target system; "" means any. Equivalence reads as in
// $translate: how the returned concept relates to the code given. A code
// with no mapping gives no translations and no error; an "unmatched" element
// is returned with an empty Concept.Code so that a known gap can be told
// from a missing one. ICD-10 and ICPC-2 codes not listed in a map are
// translated to the most specific condition covering them
// (taxonomy.ConditionFor), as "wider"; SystemICD10NO codes are read as
// ICD-10 with or without the dot.
func (t *Terminology) Translate(system, code, target string) ([]Translation, error) {
	if _, ok := t.facets[system]; ok {
		if _, err := t.ref(system, code); err != nil {
			return nil, err
		}
		var out []Translation
		for _, cm := range t.maps {
			for _, g := range cm.Group {
				if g.Source != system || (target != "" && g.Target != target) {
					continue
				}
				for _, e := range g.Element {
					if e.Code != code {
						continue
					}
					for _, tg := range e.Target {
						out = append(out, Translation{
							Equivalence: tg.Equivalence,
							Concept:     Coding{System: g.Target, Code: tg.Code, Display: tg.Display},
							Source:      cm.URL,
						})
					}
				}
			}
		}
		return out, nil
	}
	if system == SystemICD10NO {
		system, code = SystemICD10, dotted(code)
	}
	rev, ok := t.reverse[system]
	if !ok {
		return nil, fmt.Errorf("%w %q: no concept map reads it", ErrUnknownSystem, system)
	}
	var out []Translation
	for _, tr := range rev[code] {
		if target == "" || tr.Concept.System == target {
			out = append(out, tr)
		}
	}
	if len(out) > 0 || (target != "" && target != SystemURL(taxonomy.FacetCondition)) {
		return out, nil
	}
	cs := taxonomy.ICD10
	if system == SystemICPC2 {
		cs = taxonomy.ICPC2
	} else if system != SystemICD10 {
		return out, nil
	}
	if c, ok := taxonomy.ConditionFor(cs, code); ok {
		out = append(out, Translation{Equivalence: "wider", Concept: codingOf(c.Ref()), Source: Base + "/ConceptMap/condition-to-" + map[taxonomy.CodeSystem]string{taxonomy.ICD10: "icd-10", taxonomy.ICPC2: "icpc-2"}[cs]})
	}
	return out, nil
}

// dotted writes an ICD-10 code with its dot ("F321" → "F32.1").
func dotted(code string) string {
	code = strings.ToUpper(strings.TrimSpace(code))
	if len(code) > 3 && !strings.Contains(code, ".") {
		return code[:3] + "." + code[3:]
	}
	return code
}
