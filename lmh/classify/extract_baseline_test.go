package classify

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/lmhkit/lmhkit/lmh/geo"
)

// The baseline is what a plain regular-expression pass gives: the first
// match of one pattern per field, with no context. It is scored in the same
// run as the extractor, so the figures show what the rules add.

var (
	reFree     = regexp.MustCompile(`(?i)\bgratis\b`)
	reFee      = regexp.MustCompile(`(?i)\b(?:kr\.?\s*(\d+)|(\d+)\s*(?:kr|kroner)\b)`)
	reReferral = regexp.MustCompile(`(?i)henvis|tilvis`)
	reSignUp   = regexp.MustCompile(`(?i)påmelding|meld deg på`)
	reDropIn   = regexp.MustCompile(`(?i)drop[- ]?in`)
	reSessions = regexp.MustCompile(`(?i)\b(\d+)\s+(?:samlinger|samlingar|ganger|gonger|kvelder|kveldar|møter|dager|dagar)\b`)
	reCapacity = regexp.MustCompile(`(?i)\b(\d+)\s*[-–]\s*(\d+)\s+(?:deltakere|deltakarar|personer|personar)\b`)
	reAgeRange = regexp.MustCompile(`(?i)\b(\d+)\s*[-–]\s*(\d+)\s*år\b`)
	reAgeOver  = regexp.MustCompile(`(?i)\bover\s+(\d+)\s*år\b`)
	reDate     = regexp.MustCompile(`(?i)\b(\d{1,2})\.\s*(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\b`)
	reWeekday  = regexp.MustCompile(`(?i)\b(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)`)
	reClock    = regexp.MustCompile(`(?i)\bkl\.?\s*(\d{1,2})(?:[.:](\d{2}))?`)
	reCapWord  = regexp.MustCompile(`\b\p{Lu}[\p{L}-]+`)
	reKommune  = regexp.MustCompile(`\b\p{Lu}[\p{L}-]+ kommune\b`)
	rePhone    = regexp.MustCompile(`(?i)(?:tlf|telefon)\.?:?\s*((?:\d\s?){8})`)
	reEmail    = regexp.MustCompile(`[\w.-]+@[\w-]+(?:\.[\w-]+)+`)
	reURL      = regexp.MustCompile(`(?i)\b(?:https?://|www\.)[^\s,)]+`)
)

var baselineMonths = map[string]int{"januar": 1, "februar": 2, "mars": 3, "april": 4, "mai": 5, "juni": 6,
	"juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "desember": 12}

var baselineDays = map[string]string{"mandag": "monday", "tirsdag": "tuesday", "onsdag": "wednesday",
	"torsdag": "thursday", "fredag": "friday", "lørdag": "saturday", "søndag": "sunday"}

// baseline extracts one listing's text with the patterns above.
func baseline(text string) xView {
	v := xView{}
	one := func(k, s string) { v[k] = xValue{vals: []string{s}} }
	if reFree.MatchString(text) {
		one("cost", "free")
	} else if m := reFee.FindStringSubmatch(text); m != nil {
		one("cost", m[1]+m[2])
	}
	if reReferral.MatchString(text) {
		one("referral_required", "true")
	}
	if reDropIn.MatchString(text) {
		one("registration_required", "false")
	} else if reSignUp.MatchString(text) {
		one("registration_required", "true")
	}
	if m := reSessions.FindStringSubmatch(text); m != nil {
		one("sessions", m[1])
	}
	if m := reCapacity.FindStringSubmatch(text); m != nil {
		one("capacity_min", m[1])
		one("capacity_max", m[2])
	}
	if m := reAgeRange.FindStringSubmatch(text); m != nil {
		one("age_min", m[1])
		one("age_max", m[2])
	} else if m := reAgeOver.FindStringSubmatch(text); m != nil {
		one("age_min", m[1])
	}
	if m := reDate.FindStringSubmatch(text); m != nil {
		d, _ := strconv.Atoi(m[1])
		v["start"] = xValue{vals: []string{"2026-" + two(baselineMonths[strings.ToLower(m[2])]) + "-" + two(d)}, yearInferred: true}
	}
	if m := reWeekday.FindStringSubmatch(text); m != nil {
		one("weekday", baselineDays[strings.ToLower(m[1])])
	}
	if m := reClock.FindStringSubmatch(text); m != nil {
		h, _ := strconv.Atoi(m[1])
		mm := m[2]
		if mm == "" {
			mm = "00"
		}
		one("time_start", two(h)+":"+mm)
	}
	for _, w := range reCapWord.FindAllString(text, -1) {
		if ms := geo.Find(w); len(ms) == 1 {
			one("municipality", ms[0].Number)
			break
		}
	}
	if m := reKommune.FindString(text); m != "" {
		one("provider", m)
	}
	if m := rePhone.FindStringSubmatch(text); m != nil {
		one("phone", m[1])
	}
	if m := reEmail.FindString(text); m != "" {
		one("email", m)
	}
	if m := reURL.FindString(text); m != "" {
		one("url", m)
	}
	return v
}

func two(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func baselineAll(recs []xRecord) []xView {
	out := make([]xView, len(recs))
	for i, r := range recs {
		out[i] = baseline(r.Text)
	}
	return out
}
