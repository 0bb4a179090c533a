package fhir

import (
	"encoding/json"
	"testing"
)

// valueTypeOf returns the FHIR type of an extension's value[x], or "".
func valueTypeOf(t *testing.T, x Extension) string {
	t.Helper()
	b, err := json.Marshal(x)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	typ := ""
	for k := range m {
		if len(k) > 5 && k[:5] == "value" {
			if typ != "" {
				t.Errorf("%s has two values", x.URL)
			}
			typ = k[5:]
		}
	}
	switch typ {
	case "Code", "Boolean", "Integer", "Decimal", "Date":
		return string(typ[0]+'a'-'A') + typ[1:]
	}
	return typ
}

// TestExtensionsDocumented checks that every extension FromOffering writes
// is defined in a StructureDefinition, used where the definition says, with
// the value type and parts it declares.
func TestExtensionsDocumented(t *testing.T) {
	defs := map[string]extensionDef{}
	for _, d := range extensionDefs {
		defs[d.url] = d
	}
	used := map[string]bool{}
	check := func(context string, exts []Extension) {
		for _, x := range exts {
			if x.URL == ExtTranslation || x.URL == ExtNoBasisMunicipality {
				continue
			}
			d, ok := defs[x.URL]
			if !ok {
				t.Errorf("extension %s has no StructureDefinition", x.URL)
				continue
			}
			used[x.URL] = true
			if d.context != context {
				t.Errorf("%s used on %s, defined for %s", x.URL, context, d.context)
			}
			if got := valueTypeOf(t, x); got != d.valueType {
				t.Errorf("%s has value type %q, defined as %q", x.URL, got, d.valueType)
			}
			for _, p := range x.Extension {
				found := false
				for _, dp := range d.parts {
					if dp.name == p.URL {
						found = true
						if got := valueTypeOf(t, p); got != dp.valueType {
							t.Errorf("%s part %s has value type %q, defined as %q", x.URL, p.URL, got, dp.valueType)
						}
					}
				}
				if !found {
					t.Errorf("%s has undefined part %q", x.URL, p.URL)
				}
			}
		}
	}
	o := fullOffering()
	hs := FromOffering(&o)
	check("HealthcareService", hs.Extension)
	for _, e := range hs.Eligibility {
		check("HealthcareService.eligibility", e.Extension)
	}
	for _, d := range extensionDefs {
		if !used[d.url] {
			t.Errorf("%s is defined but fullOffering does not use it", d.url)
		}
	}
	sds := StructureDefinitions()
	if len(sds) != len(extensionDefs) {
		t.Fatalf("%d StructureDefinitions for %d extensions", len(sds), len(extensionDefs))
	}
	for _, sd := range sds {
		if sd.Type != "Extension" || sd.Derivation != "constraint" || len(sd.Context) != 1 || sd.Differential == nil || sd.FHIRVersion != "4.0.1" {
			t.Errorf("%s: %+v", sd.URL, sd)
		}
	}
}
