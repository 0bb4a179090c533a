// Command match finds the lærings- og mestringstilbud that fit a person's
// needs and prints them ranked, with the reasons for each, in Bokmål,
// Nynorsk or English — or as JSON.
//
//	go run ./examples/match -role next_of_kin -condition dementia -municipality Voss -age 55
//	go run ./examples/match -text "pårørende til mor med demens, bor i Voss, vil helst ha kurs på kveldstid"
//	go run ./examples/match -role patient -icd10 F32.1 -municipality 1804 -relax unavailable -lang en
//	go run ./examples/match -need need.json -catalogue katalog.jsonl -json
//
// The need comes from flags or from a JSON file (-need, "-" for stdin);
// the catalogue is the embedded sample unless -catalogue names a JSON Lines
// file. A person's needs are health data: the program prints them only to
// its own output, never to logs. Exit status 1 means no offering fits, 2
// bad usage or input.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/lmhkit/lmhkit/lmh/match"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/taxonomy"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

type options struct {
	needFile, catalogue, lang, reach, relax, date, municipality, text string
	roles, conditions, icd10, icpc2, themes, goals, languages         string
	access, when, format, delivery                                    string
	age, limit                                                        int
	asJSON, all                                                       bool
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("match", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.StringVar(&o.needFile, "need", "", "read the need from this JSON file (\"-\" for stdin); flags add to it")
	fs.StringVar(&o.catalogue, "catalogue", "", "JSON Lines catalogue (default: the embedded sample)")
	fs.StringVar(&o.roles, "role", "", "roles, comma-separated: patient, user, next_of_kin")
	fs.IntVar(&o.age, "age", -1, "age in years")
	fs.StringVar(&o.conditions, "condition", "", "conditions, comma-separated taxonomy codes (dementia, copd, diabetes_type2 …)")
	fs.StringVar(&o.icd10, "icd10", "", "ICD-10 codes, comma-separated (F32.1)")
	fs.StringVar(&o.icpc2, "icpc2", "", "ICPC-2 codes, comma-separated (T90)")
	fs.StringVar(&o.themes, "theme", "", "themes, comma-separated (sleep, stress …)")
	fs.StringVar(&o.goals, "goal", "", "goals, comma-separated (coping …)")
	fs.StringVar(&o.format, "format", "", "preferred format: group or individual")
	fs.StringVar(&o.delivery, "delivery", "", "digital_ok, in_person_only or either")
	fs.StringVar(&o.municipality, "municipality", "", "where the person lives: kommunenummer or name")
	fs.StringVar(&o.languages, "languages", "", "languages the person takes part in, BCP 47, comma-separated")
	fs.StringVar(&o.access, "access", "", "accessibility needs, comma-separated (interpreter, hearing_loop …)")
	fs.StringVar(&o.when, "when", "", "when the person can attend: weekday_daytime, weekday_evening, weekend")
	fs.StringVar(&o.text, "text", "", "the need in the person's own words")
	fs.StringVar(&o.lang, "lang", "nb", "language of the output: nb, nn or en")
	fs.IntVar(&o.limit, "limit", 10, "number of results (0 for all)")
	fs.StringVar(&o.reach, "reach", "coverage", "how far: coverage, county, region or national")
	fs.StringVar(&o.relax, "relax", "", "hard constraints to relax, comma-separated: role, age, language, condition, unavailable")
	fs.StringVar(&o.date, "date", "", "judge schedules on this day (YYYY-MM-DD; default today)")
	fs.BoolVar(&o.asJSON, "json", false, "print JSON")
	fs.BoolVar(&o.all, "all", false, "print every reason, also the unknown ones")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: match [flags]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	lang, err := taxonomy.ParseLang(o.lang)
	if err != nil {
		fmt.Fprintln(stderr, "match:", err)
		return 2
	}
	need, err := buildNeed(&o, stdin)
	if err != nil {
		fmt.Fprintln(stderr, "match:", err)
		return 2
	}
	var mopts []match.Option
	var opts []match.Option
	day := lmh.DateOf(time.Now())
	if o.date != "" {
		d, err := lmh.ParseDate(o.date)
		if err != nil {
			fmt.Fprintln(stderr, "match: -date:", err)
			return 2
		}
		day = d
		mopts = append(mopts, match.Clock(func() time.Time { return d.Time(time.UTC) }))
	}
	cat, err := loadCatalogue(o.catalogue, day, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "match:", err)
		return 2
	}
	opts = append(opts, match.Limit(o.limit))
	reach, ok := map[string]match.Reach{"coverage": match.ReachCoverage, "county": match.ReachCounty, "region": match.ReachRegion, "national": match.ReachNational}[o.reach]
	if !ok {
		fmt.Fprintf(stderr, "match: -reach %q: want coverage, county, region or national\n", o.reach)
		return 2
	}
	opts = append(opts, match.Within(reach))
	for _, r := range split(o.relax) {
		switch r {
		case "role":
			opts = append(opts, match.RelaxRole())
		case "age":
			opts = append(opts, match.RelaxAge(taxonomy.MaxAge))
		case "language":
			opts = append(opts, match.RelaxLanguage())
		case "condition":
			opts = append(opts, match.RelaxCondition())
		case "unavailable":
			opts = append(opts, match.IncludeUnavailable())
		default:
			fmt.Fprintf(stderr, "match: -relax %q: want role, age, language, condition or unavailable\n", r)
			return 2
		}
	}
	m, err := match.New(cat, mopts...)
	if err != nil {
		fmt.Fprintln(stderr, "match:", err)
		return 2
	}
	results, err := m.Match(need, opts...)
	if err != nil {
		fmt.Fprintln(stderr, "match:", err) // names the field, never the value
		return 2
	}
	if o.asJSON {
		if err := writeJSON(stdout, results, lang); err != nil {
			fmt.Fprintln(stderr, "match:", err)
			return 2
		}
	} else {
		writeTable(stdout, results, lang, o.all)
	}
	if len(results) == 0 {
		return 1
	}
	return 0
}

// buildNeed reads the JSON need, if any, and adds the facts given as flags.
func buildNeed(o *options, stdin io.Reader) (lmh.Need, error) {
	var need lmh.Need
	if o.needFile != "" {
		var data []byte
		var err error
		if o.needFile == "-" {
			data, err = io.ReadAll(stdin)
		} else {
			data, err = os.ReadFile(o.needFile)
		}
		if err != nil {
			return need, err
		}
		if need, err = lmh.DecodeNeed(data); err != nil {
			return need, err
		}
	}
	var err error
	add := func(list string, flagName string, parse func(string) error) {
		for _, s := range split(list) {
			if err == nil {
				if e := parse(s); e != nil {
					err = fmt.Errorf("-%s: %w", flagName, e)
				}
			}
		}
	}
	add(o.roles, "role", codes(&need.Roles))
	add(o.conditions, "condition", codes(&need.Conditions))
	add(o.icd10, "icd10", func(s string) error { need.ICD10 = append(need.ICD10, s); return nil })
	add(o.icpc2, "icpc2", func(s string) error { need.ICPC2 = append(need.ICPC2, s); return nil })
	add(o.themes, "theme", codes(&need.Themes))
	add(o.goals, "goal", codes(&need.Goals))
	add(o.languages, "languages", func(s string) error { need.Languages = append(need.Languages, s); return nil })
	add(o.access, "access", codes(&need.Accessibility))
	add(o.when, "when", func(s string) error {
		t, e := lmh.ParseTimeSlot(s)
		need.Availability = append(need.Availability, t)
		return e
	})
	if err != nil {
		return need, err
	}
	if o.format != "" {
		if need.PreferredFormat, err = taxonomy.ParseFormat(o.format); err != nil {
			return need, fmt.Errorf("-format: %w", err)
		}
	}
	if o.delivery != "" {
		if need.Delivery, err = lmh.ParseDeliveryPreference(o.delivery); err != nil {
			return need, fmt.Errorf("-delivery: %w", err)
		}
	}
	if o.age >= 0 {
		need = need.WithAge(o.age)
	}
	if o.municipality != "" {
		if geo.IsValid(o.municipality) {
			need.Municipality = o.municipality
		} else {
			ms := geo.Find(o.municipality)
			switch len(ms) {
			case 0:
				return need, errors.New("-municipality: not a municipality name or number in the 2024 list")
			case 1:
				need.Municipality = ms[0].Number
			default:
				var nums []string
				for _, m := range ms {
					nums = append(nums, m.Number+" "+m.Name)
				}
				return need, fmt.Errorf("-municipality: the name is shared; give the number: %s", strings.Join(nums, ", "))
			}
		}
	}
	if o.text != "" {
		need.FreeText = o.text
	}
	return need, nil
}

func split(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// loadCatalogue reads a JSON Lines catalogue, reporting bad lines on
// stderr and keeping the good ones; "" gives the embedded sample.
func loadCatalogue(path string, day lmh.Date, stderr io.Writer) ([]lmh.Offering, error) {
	if path == "" {
		return lmh.SampleCatalogueOn(day), nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var cat []lmh.Offering
	for e, err := range lmh.Entries(bytes.NewReader(data)) {
		if err != nil {
			fmt.Fprintf(stderr, "match: %s: skipping: %v\n", path, err)
			continue
		}
		cat = append(cat, e.Offering)
	}
	return cat, nil
}

var marks = map[match.Fit]string{match.FitMet: "✓", match.FitPartlyMet: "~", match.FitNotMet: "✗", match.FitUnknown: "?"}

var noneText = map[taxonomy.Lang]string{
	taxonomy.NB: "Ingen tilbud passer. Prøv -reach region eller -relax.",
	taxonomy.NN: "Ingen tilbod passar. Prøv -reach region eller -relax.",
	taxonomy.EN: "No offering fits. Try -reach region or -relax.",
}

func writeTable(w io.Writer, results []match.Result, l taxonomy.Lang, all bool) {
	if len(results) == 0 {
		fmt.Fprintln(w, noneText[l])
		return
	}
	for _, r := range results {
		fmt.Fprintf(w, "%2d. %-6s %.2f  %s\n", r.Rank, r.Confidence.Label(l), r.Score, r.Offering.NameIn(l))
		for _, why := range r.Reasons {
			if why.Fit == match.FitUnknown && !all {
				continue
			}
			fmt.Fprintf(w, "      %s %s\n", marks[why.Fit], why.Text(l))
		}
	}
}

type jsonReason struct {
	Criterion match.Criterion `json:"criterion"`
	Fit       match.Fit       `json:"fit"`
	Relaxed   bool            `json:"relaxed,omitempty"`
	FromText  bool            `json:"from_text,omitempty"`
	Text      string          `json:"text"`
}

type jsonResult struct {
	Rank       int            `json:"rank"`
	ID         string         `json:"id"`
	Name       string         `json:"name"`
	Score      float64        `json:"score"`
	Confidence lmh.Confidence `json:"confidence"`
	Reasons    []jsonReason   `json:"reasons"`
}

func writeJSON(w io.Writer, results []match.Result, l taxonomy.Lang) error {
	out := make([]jsonResult, 0, len(results))
	for _, r := range results {
		jr := jsonResult{Rank: r.Rank, ID: r.Offering.ID.String(), Name: r.Offering.NameIn(l), Score: r.Score, Confidence: r.Confidence}
		for _, why := range r.Reasons {
			jr.Reasons = append(jr.Reasons, jsonReason{why.Criterion, why.Fit, why.Relaxed, why.FromText, why.Text(l)})
		}
		out = append(out, jr)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// codes returns a flag-value parser that appends the code of C's facet
// named by each value to dst.
func codes[C taxonomy.Code](dst *[]C) func(string) error {
	return func(s string) error {
		c, err := taxonomy.Parse[C](s)
		*dst = append(*dst, c)
		return err
	}
}
