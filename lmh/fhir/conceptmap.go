package fhir

import (
	"fmt"
	"strings"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// ConceptMap is an R4 ConceptMap resource, with the elements the package
// writes. Plain data: safe for concurrent reads, not for concurrent writes.
type ConceptMap struct {
	// ResourceType is always "ConceptMap" (the resourceType of R4's JSON
	// format).
	ResourceType string `json:"resourceType"`
	// ID is the resource's logical id (R4 Resource.id), such as
	// "arena-to-volven-9040".
	ID string `json:"id,omitempty"`
	// Text is the generated narrative for people (R4 DomainResource.text).
	Text *Narrative `json:"text,omitempty"`
	// URL is the canonical URL of the map (R4 ConceptMap.url):
	// Base+"/ConceptMap/"+ID.
	URL string `json:"url,omitempty"`
	// Version is the business version of the map (R4 ConceptMap.version):
	// taxonomy.Version.
	Version string `json:"version,omitempty"`
	// Name is the computer-friendly name (R4 ConceptMap.name), such as
	// "LMHArenaToVolven9040".
	Name string `json:"name,omitempty"`
	// Title is the name for people (R4 ConceptMap.title), such as "Arena
	// to Volven 9040 (type of health actor)".
	Title string `json:"title,omitempty"`
	// Status is the map's publication status (R4 ConceptMap.status: draft,
	// active, retired or unknown); the package writes "active".
	Status string `json:"status"`
	// Experimental marks a map meant for testing, not real use (R4
	// ConceptMap.experimental); false in the package's output.
	Experimental *bool `json:"experimental,omitempty"`
	// Publisher is who published the map (R4 ConceptMap.publisher):
	// "lmhkit".
	Publisher string `json:"publisher,omitempty"`
	// Description says what the map maps and how to read a missing or
	// "unmatched" element (R4 ConceptMap.description, markdown).
	Description string `json:"description,omitempty"`
	// SourceCanonical is the value set whose codes the map maps from (R4
	// ConceptMap.sourceCanonical): ValueSetURL of the facet.
	SourceCanonical string `json:"sourceCanonical,omitempty"`
	// TargetURI is the context the targets are read in (R4
	// ConceptMap.targetUri); the package writes the outside code system's
	// URI, such as SystemVolven9040.
	TargetURI string `json:"targetUri,omitempty"`
	// Group holds the mappings, one group per pair of source and target
	// system (R4 ConceptMap.group); the package's maps have one.
	Group []ConceptMapGroup `json:"group,omitempty"`
}

// ConceptMapGroup maps codes of one source system to one target system
// (ConceptMap.group).
type ConceptMapGroup struct {
	// Source is the canonical URL of the code system mapped from (R4
	// ConceptMap.group.source): SystemURL of the facet.
	Source string `json:"source,omitempty"`
	// SourceVersion is the version of that code system (R4
	// ConceptMap.group.sourceVersion): taxonomy.Version.
	SourceVersion string `json:"sourceVersion,omitempty"`
	// Target is the URI of the code system mapped to (R4
	// ConceptMap.group.target), such as SystemICD10.
	Target string `json:"target,omitempty"`
	// Element lists the source codes that have a target, an "unmatched"
	// one included, in data order (R4 ConceptMap.group.element); codes
	// with none are left out.
	Element []ConceptMapElement `json:"element"`
}

// ConceptMapElement is one source code and its targets (ConceptMap.group.element).
type ConceptMapElement struct {
	// Code is the source code (R4 ConceptMap.group.element.code).
	Code string `json:"code,omitempty"`
	// Display is the source code's English label (R4
	// ConceptMap.group.element.display).
	Display string `json:"display,omitempty"`
	// Target lists the codes the source code maps to (R4
	// ConceptMap.group.element.target), or holds one "unmatched" target
	// when the target system was checked and has no code for it.
	Target []ConceptMapTarget `json:"target,omitempty"`
}

// ConceptMapTarget is one target of a source code (ConceptMap.group.element.target).
// Equivalence reads target-to-source: "wider" means the target code is wider
// in meaning than the source; "unmatched" means the target system has no
// code for the source, and then Code is empty.
type ConceptMapTarget struct {
	// Code is the target code (R4 ConceptMap.group.element.target.code);
	// empty when Equivalence is "unmatched".
	Code string `json:"code,omitempty"`
	// Display is the target code's display as checked against its
	// publisher's list (R4 ConceptMap.group.element.target.display); empty
	// for ICD-10 and ICPC-2 codes.
	Display string `json:"display,omitempty"`
	// Equivalence is how the target relates to the source, read from
	// target to source (R4 ConceptMap.group.element.target.equivalence);
	// the package's maps use equivalent, wider, specializes (each code of
	// a condition with several), relatedto and unmatched.
	Equivalence string `json:"equivalence"`
	// Comment explains the mapping for people (R4
	// ConceptMap.group.element.target.comment), and for "unmatched" why
	// the target system has no code.
	Comment string `json:"comment,omitempty"`
}

// verifiedCode is an outside code whose existence and display were checked
// against its publisher's list before use. Every mapping the package writes
// must be in this table (a test enforces it), so that a new mapping in the
// taxonomy is checked by a person before it reaches a ConceptMap.
type verifiedCode struct{ system, code string }

var verifiedDisplays = map[verifiedCode]string{
	{SystemVolven9040, "101"}:        "Helseforetak",
	{SystemVolven9040, "102"}:        "Kommune",
	{SystemVolven9040, "116"}:        "Annen privat aktør som yter helsehjelp",
	{SystemSNOMEDCT, "311401005"}:    "Patient education (procedure)",
	{SystemSNOMEDCT, "409073007"}:    "Education (procedure)",
	{SystemSNOMEDCT, "409063005"}:    "Counseling (procedure)",
	{SystemServiceType, "561"}:       "Health Education/Awareness Program",
	{SystemServiceType, "224"}:       "Support Groups",
	{SystemServiceType, "155"}:       "Carer Support",
	{SystemServiceProvision, "free"}: "Free",
	{SystemServiceProvision, "disc"}: "Discounts Available",
	{SystemServiceProvision, "cost"}: "Fees apply",
}

// unmatched records source codes that were checked and have no code in a
// target system, with the reason; they are written as equivalence
// "unmatched" so that a reader knows the gap is known, not forgotten.
var unmatched = map[taxonomy.Ref]map[string]string{
	taxonomy.ArenaVoluntary.Ref(): {
		SystemVolven9040: "Volven 9040 has no code for voluntary organisations (frivillig sektor). " +
			"The nearest, 115 \"Øvrig virksomhet som ikke yter helsehjelp\", is for actors that give no health care " +
			"and is deliberately not used.",
	},
}

// mapSpec describes one ConceptMap: a facet to an outside system.
type mapSpec struct {
	id, name, title string
	facet           taxonomy.Facet
	system          string
	systemName      string
}

var mapSpecs = []mapSpec{
	{"arena-to-volven-9040", "LMHArenaToVolven9040", "Arena to Volven 9040 (type of health actor)", taxonomy.FacetArena, SystemVolven9040, "Volven 9040"},
	{"role-to-service-type", "LMHRoleToServiceType", "Role to HL7 service-type", taxonomy.FacetRole, SystemServiceType, "HL7 service-type"},
	{"method-to-snomed-ct", "LMHMethodToSNOMEDCT", "Method to SNOMED CT procedures", taxonomy.FacetMethod, SystemSNOMEDCT, "SNOMED CT"},
	{"method-to-service-type", "LMHMethodToServiceType", "Method to HL7 service-type", taxonomy.FacetMethod, SystemServiceType, "HL7 service-type"},
	{"condition-to-icd-10", "LMHConditionToICD10", "Condition to ICD-10", taxonomy.FacetCondition, SystemICD10, "ICD-10"},
	{"condition-to-icpc-2", "LMHConditionToICPC2", "Condition to ICPC-2", taxonomy.FacetCondition, SystemICPC2, "ICPC-2"},
}

// ConceptMaps returns the maps from the vocabulary to outside code systems:
// arena to Volven 9040, role (next of kin) and method to HL7 service-type,
// method to SNOMED CT, and
// condition to ICD-10 and to ICPC-2. Each call builds new values, which the
// caller owns. It fails only if the taxonomy carries a mapping to a code that
// has not been verified (see the package documentation).
func ConceptMaps() ([]*ConceptMap, error) {
	out := make([]*ConceptMap, 0, len(mapSpecs))
	for _, s := range mapSpecs {
		cm, err := newConceptMap(s)
		if err != nil {
			return nil, err
		}
		out = append(out, cm)
	}
	return out, nil
}

func newConceptMap(s mapSpec) (*ConceptMap, error) {
	g := ConceptMapGroup{Source: SystemURL(s.facet), SourceVersion: taxonomy.Version, Target: s.system}
	for _, r := range s.facet.Refs() {
		targets, err := targetsOf(r, s.system)
		if err != nil {
			return nil, err
		}
		if len(targets) == 0 {
			continue
		}
		g.Element = append(g.Element, ConceptMapElement{Code: r.Code(), Display: r.Label(taxonomy.EN), Target: targets})
	}
	cm := &ConceptMap{
		ResourceType:    "ConceptMap",
		ID:              s.id,
		URL:             Base + "/ConceptMap/" + s.id,
		Version:         taxonomy.Version,
		Name:            s.name,
		Title:           s.title,
		Status:          "active",
		Experimental:    ptr(false),
		Publisher:       publisher,
		Description:     fmt.Sprintf("Maps the codes of the facet %q of the lmhkit vocabulary to %s. Codes with no element have no mapping yet; an element with equivalence \"unmatched\" was checked and has no counterpart.", s.facet.String(), s.systemName),
		SourceCanonical: ValueSetURL(s.facet),
		TargetURI:       s.system,
		Group:           []ConceptMapGroup{g},
	}
	cm.Text = narrative(cm.Title, cm.Description)
	return cm, nil
}

// targetsOf returns the targets of r in system.
func targetsOf(r taxonomy.Ref, system string) ([]ConceptMapTarget, error) {
	if reason, ok := unmatched[r][system]; ok {
		return []ConceptMapTarget{{Equivalence: "unmatched", Comment: reason}}, nil
	}
	switch system {
	case SystemICD10, SystemICPC2:
		return classificationTargets(r, system), nil
	}
	var out []ConceptMapTarget
	for _, m := range r.Mappings() {
		if m.System != system {
			continue
		}
		display, ok := verifiedDisplays[verifiedCode{m.System, m.Code}]
		if !ok {
			return nil, fmt.Errorf("fhir: taxonomy maps %s to unverified code %s|%s", r, m.System, m.Code)
		}
		t := ConceptMapTarget{Code: m.Code, Display: display, Equivalence: m.Relation}
		switch m.Relation {
		case "wider":
			t.Comment = "The target is wider in meaning than the source."
		case "narrower":
			t.Comment = "The target is narrower in meaning than the source."
		case "relatedto":
			t.Comment = "The target is related to the source but is not the same kind of thing: a service type for offerings aimed at people in this role."
		}
		out = append(out, t)
	}
	return out, nil
}

// classificationTargets maps a condition to ICD-10 or ICPC-2. Ranges in the
// taxonomy ("E10-E14") are expanded to their codes at the level written
// (E10, E11, … E14). A condition with a single code is "equivalent" to it,
// unless an ancestor has that same single code, in which case the code is
// "wider"; a condition with several codes is "specializes" by each (each
// target code is a kind of the condition).
func classificationTargets(r taxonomy.Ref, system string) []ConceptMapTarget {
	c, ok := taxonomy.FromRef[taxonomy.Condition](r)
	if !ok {
		return nil
	}
	list := classificationCodes(c, system)
	var codes []string
	for _, e := range list {
		codes = append(codes, expandRange(e)...)
	}
	var out []ConceptMapTarget
	switch {
	case len(codes) == 0:
		return nil
	case len(codes) == 1:
		eq, comment := "equivalent", ""
		for _, a := range c.Ancestors() {
			if al := classificationCodes(a, system); len(al) == 1 && al[0] == list[0] {
				eq, comment = "wider", "The code also stands for the broader condition "+a.String()+"."
				break
			}
		}
		out = append(out, ConceptMapTarget{Code: codes[0], Equivalence: eq, Comment: comment})
	default:
		for _, code := range codes {
			out = append(out, ConceptMapTarget{Code: code, Equivalence: "specializes",
				Comment: "One of the codes that together make up the condition."})
		}
	}
	return out
}

func classificationCodes(c taxonomy.Condition, system string) []string {
	if system == SystemICD10 {
		return c.ICD10()
	}
	return c.ICPC2()
}

// expandRange expands "E10-E14" to E10 … E14 and "R52.1-R52.2" to R52.1,
// R52.2; a single code is returned as it is. Ranges are expanded within one
// letter; a malformed range is returned unexpanded.
func expandRange(s string) []string {
	lo, hi, ok := strings.Cut(s, "-")
	if !ok {
		return []string{s}
	}
	if len(lo) != len(hi) || len(lo) < 3 || lo[0] != hi[0] {
		return []string{s}
	}
	stem, loN, hiN := "", lo[1:], hi[1:]
	if i := strings.IndexByte(lo, '.'); i >= 0 {
		if lo[:i] != hi[:i] {
			return []string{s}
		}
		stem, loN, hiN = lo[:i+1], lo[i+1:], hi[i+1:]
	} else {
		stem = lo[:1]
	}
	a, errA := atoi(loN)
	b, errB := atoi(hiN)
	if errA != nil || errB != nil || a > b {
		return []string{s}
	}
	var out []string
	for n := a; n <= b; n++ {
		out = append(out, fmt.Sprintf("%s%0*d", stem, len(loN), n))
	}
	return out
}

func atoi(s string) (int, error) {
	n := 0
	if s == "" {
		return 0, fmt.Errorf("empty")
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("not a number")
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}
