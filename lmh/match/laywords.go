package match

import (
	"slices"
	"strings"

	"github.com/lmhkit/lmhkit/lmh/classify"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// Conditions in a person's own words. The classifier reads the names a
// listing uses (kols, demens, diabetes type 2); people also write lay
// words ("sukker", "nerver"), describe what they notice ("hukommelsen
// svikter", "tung pust"), and misspell ("diabetis"). layWords is the
// reader's own short list of such phrases; a described symptom is marked
// as describing, so that the condition it suggests ranks but never
// excludes (TextFacts.Inferred). The list belongs with the reader of a
// person's words, not with the classifier of listings: a listing says
// "diabetes", a person says "sukker".

// layWord is one phrase: words that must follow each other, each a word
// or, ending in *, a word's beginning.
type layWord struct {
	words     []string
	cond      taxonomy.Condition
	describes bool // a symptom or a description, not a name of the condition
}

func lay(cond taxonomy.Condition, describes bool, phrases ...string) []layWord {
	out := make([]layWord, len(phrases))
	for i, p := range phrases {
		out[i] = layWord{words: strings.Fields(p), cond: cond, describes: describes}
	}
	return out
}

var layWords = slices.Concat(
	lay(taxonomy.ConditionDiabetes, false, "har sukker", "hatt sukker", "sukkeret", "sukkersyk*", "sukkersjuk*",
		"høyt blodsukker", "høgt blodsukker", "diabetiker*", "diabetikar*", "diabetisk"),
	lay(taxonomy.ConditionAnxiety, false, "nerver", "nervene", "nervesjukdom", "nervesykdom", "panikkanfall*", "panikkangst"),
	lay(taxonomy.ConditionAnxiety, true, "nervøs*", "engstelig*", "engsteleg*"),
	lay(taxonomy.ConditionSubstanceUse, true, "drikker for mye", "drikker altfor mye", "drikker alt for mye", "drikk for mykje",
		"drikk altfor mykje", "drikker mye", "drikk mykje", "alkoholproblem*", "alkoholiker*", "alkoholikar*",
		"alkoholisme", "ruser seg", "rusar seg", "misbruker", "misbrukar"),
	lay(taxonomy.ConditionDementia, true, "hukommelsen svikter", "hukommelsen hans svikter", "hukommelsen hennes svikter",
		"hukommelsen min svikter", "hukommelsen sviktar", "hukommelse svikt*", "hukommelsesproblem*", "hukommelsesvansk*",
		"minnet svikter", "minnet sviktar", "minnet hans", "minnet hennar", "minnet hennes", "glemmer mer", "glemmer mye",
		"glemmer alt", "gløymer meir", "gløymer mykje", "gløymer alt", "glemsk*", "gløymsk*", "hukommelsesklinikk*", "husker dårlig",
		"hugsar dårleg", "kognitiv svikt"),
	lay(taxonomy.ConditionDementia, false, "alzheimer*", "demente", "dement", "demenssjukdom", "demenssykdom"),
	lay(taxonomy.ConditionCOPD, false, "kronisk obstruktiv*", "emfysem", "kolls", "kronisk bronkitt"),
	lay(taxonomy.ConditionLungDisease, true, "tung pust", "tungpust*", "andpusten", "andpusta", "pustebesvær",
		"pusteproblem*", "pustevansk*", "puster tungt", "pustar tungt"),
	lay(taxonomy.ConditionHeartDisease, false, "hjerteflimmer", "atrieflimmer", "flimmer", "hjerterytmeforstyrr*",
		"hjerteproblem*", "hjertetrøbbel", "hjertefeil", "hjertesjukdom", "hjertesykdom"),
	lay(taxonomy.ConditionCoronaryHeartDisease, false, "hjertekrampe", "angina"),
	lay(taxonomy.ConditionStroke, false, "hjerneinfarkt", "drypp", "fikk slag", "fekk slag", "fikk et slag", "fekk eit slag",
		"hatt slag", "hatt et slag", "hatt eit slag", "fått slag", "fått et slag", "fått eit slag", "hadde slag", "hadde et slag"),
	lay(taxonomy.ConditionIntellectualDisability, false, "downs syndrom", "down syndrom", "downs", "psykisk utviklingshemmet",
		"utviklingshemmet", "utviklingshemma"),
	lay(taxonomy.ConditionDepression, true, "deprimert", "deprimerte", "tungsinn*", "nedfor", "langt nede", "mørke tanker"),
	lay(taxonomy.ConditionMentalIllness, true, "psykisk syk", "psykisk sjuk", "psykiske problem*", "psykisk uhelse",
		"psykiske plager", "psykisk dårlig", "psykisk dårleg", "psykiske vansk*"),
	lay(taxonomy.ConditionMECFS, false, "me/cfs", "utmattelsessyndrom*"),
	lay(taxonomy.ConditionBackPain, false, "prolaps", "ryggsmert*", "isjias", "vondt i ryggen", "vondt i rygg"),
	lay(taxonomy.ConditionChronicPain, true, "vondt overalt", "smerter i hele kroppen", "smerter over hele kroppen",
		"smerter i heile kroppen", "smerte i heile kroppen", "vondt i hele kroppen", "vondt i heile kroppen", "kroniske smerter"),
	lay(taxonomy.ConditionOsteoarthritis, false, "slitasjegikt", "artrose"),
	lay(taxonomy.ConditionOsteoporosis, false, "beinskjørhet", "benskjørhet"),
	lay(taxonomy.ConditionHearingLoss, true, "hører dårlig", "høyrer dårleg", "hørselen", "høyrsla", "høreapparat*", "høyreapparat*", "tunghørt"),
	lay(taxonomy.ConditionTinnitus, false, "øresus", "sus i øret", "sus i ørene", "sus i øyrene", "sus i øyra"),
	lay(taxonomy.ConditionEpilepsy, false, "krampeanfall", "epileptisk*"),
	lay(taxonomy.ConditionKidneyDisease, true, "dialyse"),
	lay(taxonomy.ConditionEatingDisorder, false, "bulimi", "spiseforstyrr*", "eteforstyrr*"),
	lay(taxonomy.ConditionCeliacDisease, false, "glutenintoleranse", "glutenallergi"),
	lay(taxonomy.ConditionAutism, false, "asperger*"),
	lay(taxonomy.ConditionProstateCancer, false, "kreft i prostata", "kreft i prostataen", "prostatakreft"),
	lay(taxonomy.ConditionBreastCancer, false, "kreft i brystet", "kreft i bryst"),
	lay(taxonomy.ConditionColorectalCancer, false, "kreft i tarmen", "kreft i tykktarmen", "kreft i endetarmen"),
	lay(taxonomy.ConditionLungCancer, false, "kreft i lungene", "kreft i lunga", "kreft i lungen", "kreft i lungane"),
)

// layIndex finds the lay phrases that can begin at a word: by the first
// word when it is whole, and the few that begin with a word's beginning.
type layIndex struct {
	byWord   map[string][]int // first word → phrases
	byPrefix map[string][]int // phrases whose first word ends in *, by its first three bytes
}

var layIdx = func() layIndex {
	x := layIndex{byWord: map[string][]int{}, byPrefix: map[string][]int{}}
	for i, lw := range layWords {
		if p, ok := strings.CutSuffix(lw.words[0], "*"); ok {
			if len(p) < 3 {
				panic("match: a lay word's beginning shorter than three bytes: " + p)
			}
			x.byPrefix[p[:3]] = append(x.byPrefix[p[:3]], i)
		} else {
			x.byWord[lw.words[0]] = append(x.byWord[lw.words[0]], i)
		}
	}
	return x
}()

// layMatch is a lay phrase found in a text.
type layMatch struct {
	at, end int // first token, one past the last
	phrase  int // index in layWords
}

// findLay returns every lay phrase in toks.
func findLay(toks []token) []layMatch {
	var out []layMatch
	try := func(i, k int) {
		if matchLay(toks, i, layWords[k].words) {
			out = append(out, layMatch{i, i + len(layWords[k].words), k})
		}
	}
	for i := range toks {
		for _, k := range layIdx.byWord[toks[i].s] {
			try(i, k)
		}
		if len(toks[i].s) >= 3 {
			for _, k := range layIdx.byPrefix[toks[i].s[:3]] {
				try(i, k)
			}
		}
	}
	return out
}

// fuzzyName is a long name of a condition that a misspelling one letter
// off still names ("diabetis", "epelepsi", "alzeimer").
type fuzzyName struct {
	name []rune
	cond taxonomy.Condition
}

var fuzzyNames = func() []fuzzyName {
	var out []fuzzyName
	for name, c := range fuzzyNameTable {
		out = append(out, fuzzyName{[]rune(name), c})
	}
	slices.SortFunc(out, func(a, b fuzzyName) int { return strings.Compare(string(a.name), string(b.name)) })
	return out
}()

var fuzzyNameTable = map[string]taxonomy.Condition{
	"diabetes": taxonomy.ConditionDiabetes, "epilepsi": taxonomy.ConditionEpilepsy, "parkinson": taxonomy.ConditionParkinsons,
	"parkinsons": taxonomy.ConditionParkinsons, "alzheimer": taxonomy.ConditionDementia, "alzheimers": taxonomy.ConditionDementia,
	"fibromyalgi": taxonomy.ConditionFibromyalgia, "revmatisme": taxonomy.ConditionRheumatism, "autisme": taxonomy.ConditionAutism,
	"hjertesvikt": taxonomy.ConditionHeartFailure, "hjerteinfarkt": taxonomy.ConditionHeartAttack, "tinnitus": taxonomy.ConditionTinnitus,
	"hjerneslag": taxonomy.ConditionStroke, "depresjon": taxonomy.ConditionDepression, "schizofreni": taxonomy.ConditionPsychosis,
	"anoreksi": taxonomy.ConditionEatingDisorder, "cøliaki": taxonomy.ConditionCeliacDisease, "lungekreft": taxonomy.ConditionLungCancer,
	"brystkreft": taxonomy.ConditionBreastCancer, "tarmkreft": taxonomy.ConditionColorectalCancer,
}

// matchLay reports whether phrase w matches the tokens from i.
func matchLay(toks []token, i int, w []string) bool {
	if i+len(w) > len(toks) {
		return false
	}
	for k, p := range w {
		t := toks[i+k].s
		if p, ok := strings.CutSuffix(p, "*"); ok {
			if !strings.HasPrefix(t, p) {
				return false
			}
		} else if t != p {
			return false
		}
		if k > 0 && toks[i+k].clause != toks[i].clause {
			return false
		}
	}
	return true
}

// condReading is what readConditions finds.
type condReading struct {
	conds    []taxonomy.Condition // most specific only
	inferred bool                 // every one was inferred from a description
	mentions []int                // a token where each condition is named, by condition in conds
}

// readConditions returns the conditions the text names. The classifier's
// conditions are kept unless each mention of them is negated ("har ikke
// diabetes") or lies inside a place name the reader found ("Rygge") or a
// lay phrase of its own.
func readConditions(text string, toks []token, c classify.Result, places [][2]int) condReading {
	var conds []taxonomy.Condition
	var mentions []int
	named := false
	at := func(start int) int { // the token at byte offset start
		for i, t := range toks {
			if t.end > start {
				return i
			}
		}
		return len(toks) - 1
	}
	// The spans of the lay phrases: a classifier condition read inside one
	// ("infarkt" in "hjerneinfarkt") gives way to the phrase's.
	type span struct{ start, end int }
	lays := findLay(toks)
	var laySpans []span
	for _, m := range lays {
		laySpans = append(laySpans, span{toks[m.at].start, toks[m.end-1].end})
	}
	for _, p := range places {
		laySpans = append(laySpans, span{p[0], p[1]})
	}
	insideLay := func(start, end int) bool {
		for _, sp := range laySpans {
			if start >= sp.start && end <= sp.end {
				return true
			}
		}
		return false
	}
	for _, cd := range c.Conditions {
		where := -1
		for _, e := range c.Evidence {
			if e.Facet == taxonomy.FacetCondition && e.Value == cd.Ref() && len(toks) > 0 && !negated(toks, at(e.Start)) &&
				!insideLay(e.Start, e.End) && where < 0 {
				where = at(e.Start)
			}
		}
		if where >= 0 && !slices.Contains(conds, cd) {
			conds = append(conds, cd)
			mentions = append(mentions, where)
			named = true
		}
	}
	for _, m := range lays {
		lw := &layWords[m.phrase]
		if !negated(toks, m.at) && !slices.Contains(conds, lw.cond) {
			conds = append(conds, lw.cond)
			mentions = append(mentions, m.at)
			named = named || !lw.describes
		}
	}
	var word []rune
	for i, t := range toks {
		if t.s == "me" && strings.HasPrefix(text[t.start:], "ME") && !slices.Contains(conds, taxonomy.ConditionMECFS) {
			conds = append(conds, taxonomy.ConditionMECFS) // "ME" in capitals; "me" is Nynorsk for "we"
			mentions = append(mentions, i)
			named = true
		}
		if len(t.s) >= 7 && !insideLay(t.start, t.end) {
			word = append(word[:0], []rune(t.s)...)
			for _, fn := range fuzzyNames {
				if d := len(word) - len(fn.name); d < -1 || d > 1 || slices.Contains(conds, fn.cond) {
					continue
				}
				if oneEditApart(word, fn.name) && !negated(toks, i) {
					conds = append(conds, fn.cond)
					mentions = append(mentions, i)
					named = true
				}
			}
		}
	}
	// "type 2", "type-2" narrow diabetes.
	if i := slices.Index(conds, taxonomy.ConditionDiabetes); i >= 0 {
		for k, t := range toks {
			switch {
			case t.s == "type" && is(toks, k+1, "2", "ii", "to"), t.s == "type-2", t.s == "type2":
				conds[i] = taxonomy.ConditionDiabetesType2
			case t.s == "type" && is(toks, k+1, "1", "i", "en", "ein", "ett", "eitt"), t.s == "type-1", t.s == "type1":
				conds[i] = taxonomy.ConditionDiabetesType1
			}
		}
	}
	// Most specific only: diabetes type 2 says all that diabetes does.
	var r condReading
	for k, cd := range conds {
		broader := false
		for _, d := range conds {
			if d != cd && cd.Subsumes(d) {
				broader = true
			}
		}
		if !broader && !slices.Contains(r.conds, cd) {
			r.conds = append(r.conds, cd)
			r.mentions = append(r.mentions, mentions[k])
		}
	}
	r.inferred = len(r.conds) > 0 && !named
	return r
}

// oneEditApart reports whether a and b differ by exactly one letter
// inserted, deleted, replaced or two neighbours swapped.
func oneEditApart(ra, rb []rune) bool {
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	switch len(rb) - len(ra) {
	case 0:
		diff := -1
		for i := range ra {
			if ra[i] != rb[i] {
				if diff >= 0 {
					// a swap of neighbours
					return diff == i-1 && ra[diff] == rb[i] && ra[i] == rb[diff] && slices.Equal(ra[i+1:], rb[i+1:])
				}
				diff = i
			}
		}
		return diff >= 0
	case 1:
		i := 0
		for i < len(ra) && ra[i] == rb[i] {
			i++
		}
		return slices.Equal(ra[i:], rb[i+1:])
	}
	return false
}
