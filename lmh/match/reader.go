package match

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lmhkit/lmhkit/lmh/classify"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// defaultTextReader is the Matcher's TextReader. It reads a person's own
// words in Bokmål or Nynorsk in these steps, each in a file of its own:
//
//   - voice.go: who writes, and about whom — the person themselves, a
//     parent, partner, adult child or sibling (next of kin, and an adult),
//     or a case worker writing for a patient, user or next of kin — and so
//     the person's role, and which person each later fact is about;
//   - agewords.go: ages in digits and words ("58 år", "åtti år gamal",
//     "gutt på 6 år"), told apart from durations ("røykt i 30 år"), each
//     given to the person it is about; age groups from words ("i 40-åra",
//     "pensjonist") and from the voice;
//   - conditions through the classifier (classify.NeedText), less those
//     negated ("har ikke diabetes"), with the lay words and misspellings
//     of laywords.go ("sukker", "tung pust", "diabetis");
//   - placewords.go: where the person lives — municipalities, towns,
//     villages, bydeler and other names (lmh/geo, lmh/geo/places) in any
//     case after a word of living, regions and counties, and not a place
//     the person travels to or a relative lives in;
//   - langwords.go: the languages the person can take part in and whether
//     they ask for an interpreter;
//   - prefwords.go: group or one-to-one, digital or in person, and when
//     they can come.
//
// Themes and goals come from the classifier. The reader keeps no state
// and is safe for concurrent use; it logs nothing. Its work is linear in
// the text (each step looks at most a few words either side of a word),
// and Need.FreeText is at most 5,000 bytes by validation.
type defaultTextReader struct{}

// ReadNeedText implements TextReader.
func (defaultTextReader) ReadNeedText(text string) TextFacts {
	c := classify.NeedText(text).Result()
	toks := tokenize(text)
	v := readVoice(toks)
	f := TextFacts{Themes: c.Themes}
	f.Roles, f.Relative = v.roles(), v.relative
	if v.guessed {
		f.Inferred = append(f.Inferred, CriterionRole)
	}
	pl := readPlace(text, toks, &v)
	f.Municipality, f.County = pl.municipality, pl.county
	if pl.inferred {
		f.Inferred = append(f.Inferred, CriterionPlace)
	}
	cr := readConditions(text, toks, c, pl.spans)
	f.Conditions = cr.conds
	if cr.inferred {
		f.Inferred = append(f.Inferred, CriterionCondition)
	}
	// Whose illness is it? A writer with possessive relatives who names
	// only their own condition ("datteren min hjelper meg. Jeg har MS") is
	// a patient; a writer who names a relative's ("søstera har autisme")
	// is next of kin.
	own, theirs := 0, 0
	for _, m := range cr.mentions {
		w := v.needPerson()
		if m > 0 && toks[m-1].sent == toks[m].sent {
			w = v.person(toks, m-1)
		}
		switch w {
		case whoWriter:
			own++
		case whoRelative:
			theirs++
		}
	}
	switch {
	case v.voice == voiceRelative && !v.stated && own > 0 && theirs == 0:
		v.voice = voiceSelf
		f.Roles = []taxonomy.Role{taxonomy.RolePatient}
	case v.voice == voiceSelf && theirs > 0 && own == 0:
		v.voice = voiceRelative
		f.Roles = []taxonomy.Role{taxonomy.RoleNextOfKin}
		for i, w := range v.refs {
			if w == whoRelative && f.Relative == 0 {
				f.Relative = kinWords[toks[i].s]
			}
		}
	}
	ages := readAges(toks, &v)
	f.Age, f.RelativeAge, f.AgeGroups = ages.own, ages.relative, ages.groups
	if len(f.Conditions) > 0 && v.voice == voiceSelf && !v.user && len(f.Roles) == 1 && f.Roles[0] == taxonomy.RoleUser {
		f.Roles = []taxonomy.Role{taxonomy.RolePatient}
	}
	if len(f.Conditions) == 0 && v.voice == voiceSelf && len(f.Roles) == 1 && f.Roles[0] == taxonomy.RolePatient {
		f.Roles = []taxonomy.Role{taxonomy.RoleUser} // no illness named: someone changing habits or coping better
	}
	lg := readLanguages(toks)
	f.Languages, f.Interpreter = lg.languages, lg.interpreter
	if lg.inferred {
		f.Inferred = append(f.Inferred, CriterionLanguage)
	}
	f.PreferredFormat = readFormat(toks)
	f.Delivery = readDelivery(toks)
	f.Availability = readSlots(toks)
	return f
}

// token is a word of the text: letters and digits, with inner hyphens
// ("45-åring", "type-2").
type token struct {
	s      string // lower case
	upper  bool   // first letter upper case in the text
	num    int    // the number the word stands for (digits or a number word), -1 if none
	paren  bool   // right after an opening bracket: "sønn (10)"
	sent   int    // sentence number
	clause int    // clause number (sentences split further at , ; : and brackets)
	start  int    // byte offset in the text
	end    int
}

// maxTokens bounds the words read: Need.FreeText is at most 5,000 bytes,
// so this is never reached through a valid Need.
const maxTokens = 4096

// tokenize splits text into tokens.
func tokenize(text string) []token {
	var out []token
	sent, clause := 0, 0
	start := -1
	paren := false
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := strings.Trim(text[start:end], "-")
		if w != "" && len(out) < maxTokens {
			r, _ := utf8.DecodeRuneInString(w)
			s := strings.ToLower(w)
			if strings.ContainsAny(s, "éèêóòôáàü") {
				s = accentFolder.Replace(s) // "én-til-én"; æ, ø and å stay
			}
			out = append(out, token{s: s, upper: unicode.IsUpper(r), num: numberOf(s), paren: paren, sent: sent, clause: clause, start: start, end: end})
		}
		start = -1
		paren = false
	}
	for i, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || (r == '-' && start >= 0):
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
		if !unicode.IsSpace(r) {
			paren = r == '('
		}
		switch r {
		case '.', '!', '?', '\n':
			if r == '.' && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' {
				continue // 2.5
			}
			sent++
			clause++
		case ',', ';', ':', '(', ')':
			clause++
		}
	}
	flush(len(text))
	return out
}

// accentFolder takes the accents off the letters Norwegian writes with
// them only for stress or in loanwords; æ, ø and å are letters of their own
// and are kept.
var accentFolder = strings.NewReplacer("é", "e", "è", "e", "ê", "e", "ó", "o", "ò", "o", "ô", "o", "á", "a", "à", "a", "ü", "u")

// is reports whether token i exists and is one of words.
func is(toks []token, i int, words ...string) bool {
	return i >= 0 && i < len(toks) && slices.Contains(words, toks[i].s)
}

// hasPrefix reports whether token i exists and starts with one of the
// prefixes.
func hasPrefix(toks []token, i int, prefixes ...string) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	for _, p := range prefixes {
		if strings.HasPrefix(toks[i].s, p) {
			return true
		}
	}
	return false
}

// sameClause reports whether tokens i and j lie in one clause.
func sameClause(toks []token, i, j int) bool {
	return i >= 0 && j >= 0 && i < len(toks) && j < len(toks) && toks[i].clause == toks[j].clause
}

// negated reports whether token i is negated by ikke, ikkje, aldri, uten
// or utan at most three words before it in its clause.
func negated(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && toks[k].clause == toks[i].clause; k-- {
		switch toks[k].s {
		case "ikke", "ikkje", "aldri", "uten", "utan", "ingen", "inga", "not", "no":
			return true
		}
	}
	return false
}
