package fhir

import (
	"strings"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// Base is the canonical base URL of every resource and extension the package
// defines. CodeSystems live at Base+"/CodeSystem/{facet}", ValueSets at
// Base+"/ValueSet/{facet}", ConceptMaps at Base+"/ConceptMap/{id}" and
// extensions at Base+"/StructureDefinition/{name}"; {facet} is the facet's
// code with "-" for "_" ("service-level"), because FHIR ids allow no "_".
const Base = "https://lmhkit.github.io/fhir"

// Outside code systems and identifier systems the package reads or writes.
const (
	// SystemSNOMEDCT is SNOMED CT.
	SystemSNOMEDCT = "http://snomed.info/sct"
	// SystemICD10 is WHO ICD-10 (codes with a dot: "F32.1").
	SystemICD10 = "http://hl7.org/fhir/sid/icd-10"
	// SystemICD10NO is the Norwegian edition of ICD-10 in Volven (7110);
	// accepted on input, codes with or without the dot.
	SystemICD10NO = "urn:oid:2.16.578.1.12.4.1.1.7110"
	// SystemICPC2 is the Norwegian edition of ICPC-2 in Volven (7170).
	SystemICPC2 = "urn:oid:2.16.578.1.12.4.1.1.7170"
	// SystemVolven9040 is Volven 9040, the kinds of health actors
	// (helseforetak, kommune, …).
	SystemVolven9040 = "urn:oid:2.16.578.1.12.4.1.1.9040"
	// SystemServiceType is HL7's service-type code system.
	SystemServiceType = "http://terminology.hl7.org/CodeSystem/service-type"
	// SystemServiceProvision is HL7's service-provision-conditions code
	// system (free, disc, cost).
	SystemServiceProvision = "http://terminology.hl7.org/CodeSystem/service-provision-conditions"
	// SystemOrgNr is the Norwegian organisation number (Enhetsregisteret).
	SystemOrgNr = "urn:oid:2.16.578.1.12.4.1.4.101"
	// SystemKommunenummer is the Volven 3402 kommunenummer system, the one the
	// package writes.
	SystemKommunenummer = "urn:oid:2.16.578.1.12.4.1.1.3402"
	// SystemKommunenummerKartverket is Kartverket's register URI for every
	// kommunenummer, used by HL7 Norway's no-basis profiles; accepted on input.
	SystemKommunenummerKartverket = "https://register.geonorge.no/subregister/sosi-kodelister/kartverket/kommunenummer-alle"
	// SystemKommunenummerSOSI is the SOSI code space URI of the same list
	// (defaultCodespace in Kartverket's SOSI product specifications);
	// accepted on input.
	SystemKommunenummerSOSI = "https://register.geonorge.no/sosi-kodelister/kommunenummer-alle"
	// SystemBCP47 is the system of BCP 47 language tags.
	SystemBCP47 = "urn:ietf:bcp:47"
	// SystemUCUM is UCUM, the system of units.
	SystemUCUM = "http://unitsofmeasure.org"
)

// snomedSynonym is the SNOMED CT designation type "Synonym", the use of every
// glossary synonym in a CodeSystem.
var snomedSynonym = Coding{System: SystemSNOMEDCT, Code: "900000000000013009", Display: "Synonym"}

// kommunenummerSystems are the systems accepted for a kommunenummer on input.
var kommunenummerSystems = []string{SystemKommunenummer, SystemKommunenummerKartverket, SystemKommunenummerSOSI}

// facetID is a facet's code in the form FHIR ids allow.
func facetID(f taxonomy.Facet) string { return strings.ReplaceAll(f.String(), "_", "-") }

// SystemURL returns the canonical URL of the CodeSystem of facet f, such as
// "https://lmhkit.github.io/fhir/CodeSystem/arena", or "" for an invalid facet.
func SystemURL(f taxonomy.Facet) string {
	if !f.IsValid() {
		return ""
	}
	return Base + "/CodeSystem/" + facetID(f)
}

// ValueSetURL returns the canonical URL of the ValueSet of all codes of facet
// f, or "" for an invalid facet.
func ValueSetURL(f taxonomy.Facet) string {
	if !f.IsValid() {
		return ""
	}
	return Base + "/ValueSet/" + facetID(f)
}

// FacetOf returns the facet whose CodeSystem (or ValueSet) has the canonical
// URL u. A version suffix ("|2026.11.0") is ignored.
func FacetOf(u string) (taxonomy.Facet, bool) {
	u, _, _ = strings.Cut(u, "|")
	for _, kind := range []string{"/CodeSystem/", "/ValueSet/"} {
		if rest, ok := strings.CutPrefix(u, Base+kind); ok {
			f, err := taxonomy.ParseFacet(strings.ReplaceAll(rest, "-", "_"))
			if err != nil || !f.IsValid() || facetID(f) != rest {
				return 0, false // only the canonical spelling
			}
			return f, true
		}
	}
	return 0, false
}

// codingOf returns the Coding of a taxonomy code with its English display.
func codingOf(r taxonomy.Ref) Coding {
	return Coding{System: SystemURL(r.Facet()), Code: r.Code(), Display: r.Label(taxonomy.EN)}
}
