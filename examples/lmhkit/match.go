package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/lmh/match"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// runMatch is 'lmhkit match': it finds the lærings- og mestringstilbud that
// fit a person's needs and prints them ranked, with the reasons for each,
// in Bokmål, Nynorsk or English — or as JSON.
//
//	lmhkit match -role next_of_kin -condition dementia -municipality Voss -age 55
//	echo "pårørende til mor med demens, bor i Voss, vil helst ha kurs på kveldstid" | lmhkit match -text -
//	lmhkit match -need need.json -catalogue katalog.jsonl -json
//
// The need comes from flags, from a JSON file (-need, "-" for standard
// input), or both (the flags add to the file); -text - reads the person's
// words from standard input, which keeps them out of the process list and
// the shell's history (prefer it to -text "…"). A person's needs are health
// data: every problem with them is reported by field and rule, never by
// value, and all of them at once.
func runMatch(e *env, args []string) int {
	e.redactUnknownFlagName = true
	fs := e.flags()
	var f needFlags
	fs.StringVar(&f.needFile, "need", "", "read the need from this JSON file (\"-\" for standard input); flags add to it")
	fs.StringVar(&f.roles, "role", "", "roles, comma-separated: patient, user, next_of_kin")
	fs.StringVar(&f.age, "age", "", "age in years")
	fs.StringVar(&f.conditions, "condition", "", "conditions, comma-separated taxonomy codes (dementia, copd, diabetes_type2 …)")
	fs.StringVar(&f.icd10, "icd10", "", "ICD-10 codes, comma-separated (F32.1)")
	fs.StringVar(&f.icpc2, "icpc2", "", "ICPC-2 codes, comma-separated (T90)")
	fs.StringVar(&f.themes, "theme", "", "themes, comma-separated (sleep, stress …)")
	fs.StringVar(&f.goals, "goal", "", "goals, comma-separated (coping …)")
	fs.StringVar(&f.format, "format", "", "preferred format: group or individual")
	fs.StringVar(&f.delivery, "delivery", "", "digital_ok, in_person_only or either")
	fs.StringVar(&f.municipality, "municipality", "", "where the person lives: kommunenummer or name")
	fs.StringVar(&f.languages, "languages", "", "languages the person takes part in, BCP 47, comma-separated")
	fs.StringVar(&f.access, "access", "", "accessibility needs, comma-separated (interpreter, hearing_loop …)")
	fs.StringVar(&f.when, "when", "", "when the person can attend: weekday_daytime, weekday_evening, weekend")
	fs.StringVar(&f.text, "text", "", "the need in the person's own words; \"-\" reads them from standard input, out of the process list and the shell's history")
	catalogue := fs.String("catalogue", "", "JSON Lines catalogue, \"-\" for standard input (default: the embedded sample)")
	strict := fs.Bool("strict", false, "refuse a catalogue with any invalid offering instead of leaving those out")
	langFlag := fs.String("lang", "nb", "language of the output: nb, nn or en")
	limit := fs.Int("limit", 10, "number of results (0 for all)")
	reachFlag := fs.String("reach", "coverage", "how far: coverage, county, region or national")
	relax := fs.String("relax", "", "hard constraints to relax, comma-separated: role, age, language, condition, delivery, unavailable")
	date := fs.String("date", "", "judge schedules on this day (YYYY-MM-DD; default today)")
	asJSON := fs.Bool("json", false, "print JSON")
	all := fs.Bool("all", false, "print every reason, also the unknown ones")
	if ok, status := e.parse(fs, args); !ok {
		return status
	}
	if !e.noArgs(fs) {
		return exitUsage
	}
	lang, err := taxonomy.ParseLang(*langFlag)
	if err != nil {
		e.errorf("-lang: %s", clean(err))
		return exitUsage
	}
	need, problems := f.build(e)
	if len(problems) > 0 {
		for _, p := range problems {
			e.errorf("%s", p.text(lang))
		}
		return exitUsage
	}

	day := lmh.DateOf(time.Now())
	var mopts []match.Option
	if *date != "" {
		if day, err = lmh.ParseDate(*date); err != nil {
			e.errorf("-date: %s", clean(err))
			return exitUsage
		}
		d := day
		mopts = append(mopts, match.Clock(func() time.Time { return d.Time(time.UTC) }))
	}
	if *limit < 0 {
		e.errorf("-limit: want 0 (all) or more")
		return exitUsage
	}
	opts := []match.Option{match.Limit(*limit)}
	reach, ok := map[string]match.Reach{"coverage": match.ReachCoverage, "county": match.ReachCounty, "region": match.ReachRegion, "national": match.ReachNational}[*reachFlag]
	if !ok {
		e.errorf("-reach %q: want coverage, county, region or national", *reachFlag)
		return exitUsage
	}
	opts = append(opts, match.Within(reach))
	for _, r := range split(*relax) {
		switch r {
		case "role":
			opts = append(opts, match.RelaxRole())
		case "age":
			opts = append(opts, match.RelaxAge(taxonomy.MaxAge))
		case "language":
			opts = append(opts, match.RelaxLanguage())
		case "condition":
			opts = append(opts, match.RelaxCondition())
		case "delivery":
			opts = append(opts, match.RelaxDelivery())
		case "unavailable":
			opts = append(opts, match.IncludeUnavailable())
		default:
			e.errorf("-relax %q: want role, age, language, condition, delivery or unavailable", r)
			return exitUsage
		}
	}
	cat, status := e.loadCatalogue(*catalogue, day, *strict, lang)
	if status != exitOK {
		return status
	}
	m, err := match.New(cat, mopts...)
	if err != nil {
		e.errorf("%s", clean(err))
		return exitUsage
	}
	results, err := m.Match(need, opts...)
	if err != nil {
		var ve *lmh.ValidationError
		if errors.As(err, &ve) {
			for _, p := range ve.Problems {
				e.errorf("%s: %s", orWhole(p.Field, lang), p.Message(lang))
			}
		} else {
			e.errorf("%s", clean(err)) // the matcher's errors name fields, never values
		}
		return exitUsage
	}
	out := e.output()
	if *asJSON {
		writeMatchJSON(out, results, lang)
	} else {
		writeTable(out, results, lang, *all)
	}
	status = exitOK
	if len(results) == 0 {
		status = exitNegative
	}
	return out.close(status)
}

// needFlags are the flags that describe a person's need, as given.
type needFlags struct {
	needFile, roles, age, conditions, icd10, icpc2, themes, goals, format string
	delivery, municipality, languages, access, when, text                 string
}

// needProblem is one thing wrong with a need, named by its JSON field path
// and rule like a validation problem: never by its value.
type needProblem struct {
	field string
	msg   [3]string // nb, nn, en; "" when p is a lmh.Problem
	p     lmh.Problem
}

func (p needProblem) text(l taxonomy.Lang) string {
	field := p.field
	if field == "" {
		field = [3]string{"(behovet)", "(behovet)", "(the need)"}[l.Index()]
	}
	if p.msg != ([3]string{}) {
		return field + ": " + p.msg[l.Index()]
	}
	return field + ": " + p.p.Message(l)
}

// Messages for problems the flags can have that validation has no rule for.
var (
	msgNotInteger         = [3]string{"må være et heltall", "må vere eit heiltal", "must be a whole number"}
	msgMunicipality       = [3]string{"er ikke et kommunenavn eller kommunenummer i 2024-lista", "er ikkje eit kommunenamn eller kommunenummer i 2024-lista", "is not a municipality name or number in the 2024 list"}
	msgMunicipalityShared = [3]string{"navnet brukes av flere kommuner; oppgi kommunenummeret", "namnet blir brukt av fleire kommunar; oppgi kommunenummeret", "the name is shared by several municipalities; give the number"}
)

// build reads the need file, if any, adds the facts given as flags, and
// validates the result with lmh.ValidateNeed. It returns every problem
// found, by field path, so that a flag and the same value in JSON are
// treated alike.
func (f *needFlags) build(e *env) (lmh.Need, []needProblem) {
	var need lmh.Need
	var problems []needProblem
	if f.needFile != "" {
		data, err := e.readFile(f.needFile)
		if err != nil {
			return need, []needProblem{{field: "-need", msg: [3]string{clean(err), clean(err), clean(err)}}}
		}
		if need, err = lmh.DecodeNeed(data); err != nil {
			var de *lmh.DecodeError
			if !errors.As(err, &de) {
				return need, []needProblem{{field: "-need", msg: [3]string{"ugyldig JSON", "ugyldig JSON", "malformed JSON"}}}
			}
			// The flags are still checked below, so that every problem is
			// reported at once.
			field := de.Path
			if field == "" { // the document as a whole: say which input
				field = "-need"
			}
			problems = append(problems, needProblem{field: field, msg: [3]string{decodeMessage(de, taxonomy.NB), decodeMessage(de, taxonomy.NN), decodeMessage(de, taxonomy.EN)}})
		}
	}
	bad := func(field string, p lmh.Problem) {
		p.Field = field
		problems = append(problems, needProblem{field: field, p: p})
	}
	codes(f.roles, "roles", &need.Roles, bad)
	codes(f.conditions, "conditions", &need.Conditions, bad)
	codes(f.themes, "themes", &need.Themes, bad)
	codes(f.goals, "goals", &need.Goals, bad)
	codes(f.access, "accessibility", &need.Accessibility, bad)
	need.ICD10 = append(need.ICD10, split(f.icd10)...)
	need.ICPC2 = append(need.ICPC2, split(f.icpc2)...)
	need.Languages = append(need.Languages, split(f.languages)...)
	base := len(need.Availability)
	for i, s := range split(f.when) {
		t, err := lmh.ParseTimeSlot(s)
		if err != nil {
			bad(fmt.Sprintf("availability[%d]", base+i), lmh.Problem{Rule: lmh.RuleEnum})
			continue
		}
		need.Availability = append(need.Availability, t)
	}
	if f.format != "" {
		if c, err := taxonomy.ParseFormat(f.format); err != nil {
			bad("format", lmh.Problem{Rule: lmh.RuleCode, Param: taxonomy.FacetFormat.String()})
		} else {
			need.PreferredFormat = c
		}
	}
	if f.delivery != "" {
		if d, err := lmh.ParseDeliveryPreference(f.delivery); err != nil {
			bad("delivery", lmh.Problem{Rule: lmh.RuleEnum})
		} else {
			need.Delivery = d
		}
	}
	if f.age != "" {
		if n, err := strconv.Atoi(strings.TrimSpace(f.age)); err != nil {
			problems = append(problems, needProblem{field: "age", msg: msgNotInteger})
		} else {
			need = need.WithAge(n) // its range is checked by ValidateNeed, as for JSON
		}
	}
	if f.municipality != "" {
		if geo.IsValid(f.municipality) {
			need.Municipality = f.municipality
		} else {
			switch ms := geo.Find(f.municipality); len(ms) {
			case 0:
				problems = append(problems, needProblem{field: "municipality", msg: msgMunicipality})
			case 1:
				need.Municipality = ms[0].Number
			default:
				problems = append(problems, needProblem{field: "municipality", msg: msgMunicipalityShared})
			}
		}
	}
	switch f.text {
	case "":
	case "-":
		data, err := e.readFile("-")
		if err != nil {
			return need, []needProblem{{field: "-text", msg: [3]string{clean(err), clean(err), clean(err)}}}
		}
		need.FreeText = strings.TrimSpace(string(data))
	default:
		need.FreeText = f.text
	}
	var ve *lmh.ValidationError
	if err := lmh.ValidateNeed(&need); errors.As(err, &ve) {
		for _, p := range ve.Problems {
			problems = append(problems, needProblem{field: p.Field, p: p})
		}
	}
	return need, problems
}

// codes parses a comma-separated flag into codes of C's facet, appending
// them to dst and reporting each one that is not a code as field[i], i
// counting the values as given, after those of the JSON need.
func codes[C taxonomy.Code](list, field string, dst *[]C, bad func(string, lmh.Problem)) {
	base := len(*dst) // values from the JSON need come first
	for i, s := range split(list) {
		c, err := taxonomy.Parse[C](s)
		if err != nil {
			var zero C
			bad(fmt.Sprintf("%s[%d]", field, base+i), lmh.Problem{Rule: lmh.RuleCode, Param: zero.Facet().String()})
			continue
		}
		*dst = append(*dst, c)
	}
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

// readFile reads a whole file, "-" being standard input, up to 16 MiB.
func (e *env) readFile(name string) ([]byte, error) {
	r, err := e.open(name)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	const max = 16 << 20
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err == nil && len(data) > max {
		err = fmt.Errorf("%s: larger than 16 MiB", name)
	}
	return data, err
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

func writeMatchJSON(w io.Writer, results []match.Result, l taxonomy.Lang) {
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
	_ = enc.Encode(out) // plain data always encodes; a write error is the output's, checked at close
}
