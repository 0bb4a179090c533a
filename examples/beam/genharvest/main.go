// Command genharvest writes a generated harvest to measure the pipeline
// with: listings made from the classifier's development set, each with a
// sentence of its own, in files alternating JSON Lines and CSV, with a
// share of bad records and of pages harvested twice.
//
//	go run ./genharvest -n 200000 -files 20 -out /tmp/harvest
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/lmhkit/lmhkit/examples/beam/internal/gen"
)

func main() {
	n := flag.Int("n", 200000, "records in all")
	files := flag.Int("files", 20, "number of files")
	bad := flag.Int("bad-every", 100, "one record in this many is bad (100: 1 %); 0 for none")
	repeat := flag.Int("repeat-every", 50, "one good record in this many repeats an earlier page; 0 for none")
	templates := flag.String("templates", "../../lmh/classify/testdata/devset.jsonl", "JSON Lines listings (title, text) to vary")
	out := flag.String("out", "", "directory to write to (required)")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "genharvest: -out is required")
		os.Exit(2)
	}
	ts, err := gen.LoadTemplates(*templates)
	if err == nil {
		err = os.MkdirAll(*out, 0o755)
	}
	var m gen.Manifest
	if err == nil {
		m, err = gen.Write(*out, gen.Spec{Records: *n, Files: *files, BadEvery: *bad, RepeatEvery: *repeat, Templates: ts})
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "genharvest: %v\n", err)
		os.Exit(1)
	}
	fmt.Printf("%d records in %d files: %d bad, %d repeated pages\n", m.Records, len(m.Files), m.Bad, len(m.RepeatOf))
}
