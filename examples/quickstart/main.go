// Command quickstart shows lmhkit's main job end to end on the embedded data.
//
//	go run ./examples/quickstart
package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/lmhkit/lmhkit/taxonomy"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

func run() error {
	section("1. The vocabulary (taxonomy " + taxonomy.Version + ")")
	for _, f := range taxonomy.Facets() {
		fmt.Printf("  %-14s %-20s %3d codes\n", f, f.Label(taxonomy.NB), f.Len())
	}

	section("2. Lookups")
	role, err := taxonomy.ParseRole("next_of_kin")
	if err != nil {
		return err
	}
	fmt.Printf("  role %q: nb %q, nn %q, en %q\n", role, role.Label(taxonomy.NB), role.Label(taxonomy.NN), role.Label(taxonomy.EN))
	for _, code := range []string{"F32.1", "E11.9", "J44.1"} {
		c, ok := taxonomy.ConditionFor(taxonomy.ICD10, code)
		if !ok {
			return fmt.Errorf("no condition for ICD-10 %s", code)
		}
		fmt.Printf("  ICD-10 %-6s → %-15s (%s; under: %v)\n", code, c, c.Label(taxonomy.NB), c.Ancestors())
	}
	p := taxonomy.ProgrammeKiD
	fmt.Printf("  programme %q (%s): usual format %s, conditions %v\n", p, p.Label(taxonomy.NB), p.Format(), p.Conditions())
	if _, err := taxonomy.ParseArena("sykehus"); err != nil {
		fmt.Printf("  a bad code is explained: %v\n", err)
	}
	return nil
}

func section(title string) {
	fmt.Printf("\n%s\n%s\n", title, strings.Repeat("─", len([]rune(title))))
}
