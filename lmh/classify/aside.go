package classify

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unsafe"

	"github.com/lmhkit/lmhkit/internal/swar"
)

// Phrases that mark a sentence as naming a condition aside from the
// offering's target, in lower case; each is found where a word begins.
var (
	// Background and statistics: how many get it, how often
	// ("Hvert år får 12 000 personer hjerneslag", "1 av 3 får kreft i
	// løpet av livet", "Demens rammer over 100 000 nordmenn"). Only with a
	// number and a word for getting it (incidenceWords) in the sentence: "to
	// ganger i året" says how often a course runs.
	statisticsMarks = []string{"hvert år", "kvart år", "hvart år", "i løpet av livet",
		"nordmenn", "statistikk", "forekomst"}
	incidenceWords = []string{"får", "få", "rammes", "rammer", "råkar", "råkast", "dør", "døyr",
		"rammet", "ramma", "lever med"}
	// A cause of another condition ("Hjerneslag er den hyppigaste årsaken
	// til afasi", "hodeskader kan føre til afasi").
	causeMarks = []string{"årsaken til", "årsak til", "årsaker til", "årsakene til", "årsaka til",
		"føre til", "fører til", "skyldes", "skuldast"}
	// The page's other offerings, now or before ("Andre tilbud: Kreftkurs,
	// …", "Se også våre andre kurs: …", "Tidligere har vi hatt kurs for
	// personer med kreft").
	otherOfferMarks = []string{"andre tilbud", "andre tilbod", "andre kurs", "se også", "sjå også",
		"tidligere har vi", "tidlegare har vi", "tidligere hatt", "tidlegare hatt", "har tidligere",
		"har tidlegare",
		// Not an offering for them: a negated mention the negation cues
		// ("ikke for") miss ("Gruppa er ikkje eit tilbod til personar med
		// rusproblem").
		"ikke et tilbud", "ikkje eit tilbod", "ikkje eit tilbud", "ikke noe tilbud", "ikkje noko tilbod",
		"ikke ment for", "ikkje meint for"}
	// Everyday feelings and troubles a condition may be listed among
	// ("Noen kjenner på ensomhet, uro, angst, skam …"). Two of them make
	// the list one of feelings.
	feelingWords = []string{"ensomhet", "ensomme", "ensom", "einsemd", "einsame", "einsam", "uro",
		"skam", "utilstrekkelighet", "utilstrekkelegheit", "prestasjonspress", "utenforskap",
		"utanforskap", "sinne", "tristhet", "tristheit", "bekymring", "bekymringer", "bekymringar",
		"skyld", "skyldfølelse", "skuldkjensle", "frustrasjon", "sjalusi", "mindreverd"}
	// Words for a unit or an organisation whose field a condition after
	// "for", "i" or "innen" names ("pårørendeorganisasjon for den som er
	// berørt av rus", "en tjeneste i psykisk helse og rus"), with the
	// endings they take.
	unitNouns   = []string{"organisasjon", "tjeneste", "teneste", "forening", "foreining", "forbund", "avdeling", "klinikk", "seksjon", "enhet", "eining", "kontor"}
	unitEndings = []string{"", "en", "et", "a", "er", "ar", "ene", "ane"}
	unitLinks   = []string{"for", "i", "innen", "innan", "innenfor", "innanfor"}
	negations   = []string{"ikke", "ikkje"}
	onlyWords   = []string{"kun", "bare", "berre"}
)

// asideKind says why a condition term is named aside from the offering's
// target, if it is.
type asideKind uint8

const (
	asideNone  asideKind = iota // the term may name the target
	asideUnit                   // the field of a unit or an organisation
	asideOther                  // background, a cause, feelings, "not only", other offerings
)

// asideMemo keeps what asideSentence found for the sentences it read:
// the votes for a listing's conditions often share one, and a sentence
// is read once however the votes for different conditions alternate.
type asideMemo struct {
	sents [8]asideSent
	n     int // sentences kept; the next one replaces sents[n%len(sents)]
}

// asideSent is what asideSentence found in one sentence.
type asideSent struct {
	part       Part
	a, b       int
	other      bool // the page's other offerings, or "not only"
	addressed  bool // a cue addresses people with something
	background bool // statistics, a cause, a list of feelings
}

// asideSentence tells whether the sentence of part p around [start, end)
// names what lies there aside from the offering's target: the page's
// other offerings, "not only" ("tilbudet er ikke knytta kun til
// kreftsykdom"), the field of a unit or an organisation named just before
// it, and, where the sentence addresses no one ("personer med", "for deg
// med"), background or statistics, a cause of another condition or a
// list of feelings. m keeps the last sentence's reading.
func (s *scratch) asideSentence(memo *asideMemo, p Part, start, end int) asideKind {
	if !s.marksInPart(p) && !s.unitNounIn(p, 0, start) {
		// No mark in the part and no unit before the term: the sentence,
		// whatever its bounds, names nothing aside.
		return asideNone
	}
	src := s.partText(p)
	var m *asideSent
	for i := range min(memo.n, len(memo.sents)) {
		if e := &memo.sents[i]; e.part == p && e.a <= start && end <= e.b {
			m = e // a sentence read before holds this vote too
			break
		}
	}
	if m == nil {
		a, b := sentenceStart(src, start), sentenceEnd(src, end)
		s.work += (b - a) * 2
		m = &memo.sents[memo.n%len(memo.sents)]
		memo.n++
		*m = asideSent{part: p, a: a, b: b}
		sent := src[a:b]
		g, feelings := s.marksIn(p, a, b)
		m.other = g&(1<<markOther|1<<markNotOnly) != 0
		if !m.other {
			m.addressed = s.addressedIn(p, a, b)
			m.background = !m.addressed && (g&(1<<markStatistics) != 0 && hasDigit(sent) &&
				incidenceIn(sent) || g&(1<<markCause) != 0 || feelings >= 2)
		}
	}
	switch {
	case m.other:
		return asideOther
	case s.unitNounIn(p, m.a, start):
		s.work += 64
		// "Enhet for psykisk helse" names the unit's field; "en
		// poliklinikk for oppfølging av pasienter med hjertesvikt" and "et
		// veiledningssenter for pårørende til rusmisbrukere" the people
		// it is for, whose condition is the offering's target.
		if ok, link := unitFieldBefore(src[m.a:m.b], start-m.a); ok && !s.peopleWithIn(p, m.a+link, start) && !s.relativeIn(p, m.a+link, start) {
			return asideUnit
		}
		if m.background {
			return asideOther
		}
	case m.background:
		return asideOther
	}
	return asideNone
}

// peopleWithIn reports whether a cue that names people with something
// ("pasienter med", "personar med", "barn med") lies in [a, b) of part p:
// not "råka av" or "som har", which describe an organisation's members as
// often as whom an offering is for.
func (s *scratch) peopleWithIn(p Part, a, b int) bool {
	return s.addressing(p, a, b, true)
}

// relativeIn reports whether a cue of someone's relatives ("pårørende
// til", "foreldre til", "etterlatne etter"; cueRelative) lies in [a, b) of
// part p. The cues are in order of their ends within each part, the
// title's first (the walk reports a cue where it ends).
func (s *scratch) relativeIn(p Part, a, b int) bool {
	hs := s.partRun(s.cues, p)
	s.work += bits.Len(uint(len(hs)))
	for k := sort.Search(len(hs), func(k int) bool { return hs[k].end > a }); k < len(hs) && hs[k].end <= b; k++ {
		s.work++
		if hs[k].kind == cueRelative && hs[k].start >= a {
			return true
		}
	}
	return false
}

// endsWithMed reports whether the word that ends at byte end of src is
// "med", after a space.
func endsWithMed(src string, end int) bool {
	return end >= 4 && src[end-4] == ' ' && foldEqual(src[end-3:end], "med")
}

// addressedIn reports whether a cue that addresses people with something
// ("personer med", "for deg med") lies in [a, b) of part p.
func (s *scratch) addressedIn(p Part, a, b int) bool {
	return s.addressing(p, a, b, false)
}

// addressing reports whether a cue of s.addressed lies in [a, b) of part
// p, with med one that ends in "med" only (endsWithMed).
func (s *scratch) addressing(p Part, a, b int, med bool) bool {
	src := s.partText(p)
	hs := s.partRun(s.addressed, p)
	for k := sort.Search(len(hs), func(k int) bool { return hs[k].start >= a }); k < len(hs) && hs[k].start < b; k++ {
		s.work++
		if hs[k].end <= b && (!med || endsWithMed(src, hs[k].end)) {
			return true
		}
	}
	return false
}

// sentenceStart returns where the sentence that holds byte a-1 of src
// begins: after the last sentence end before a, eight bytes at a time.
func sentenceStart(src string, a int) int {
	for a >= 8 && !hasSentenceEnd(swar.Load64(unsafe.Pointer(unsafe.StringData(src[a-8:])))) {
		a -= 8
	}
	for a > 0 && !isSentenceEnd(src[a-1]) {
		a--
	}
	return a
}

// sentenceEnd returns the first sentence end at or after byte b of src,
// len(src) for none, eight bytes at a time.
func sentenceEnd(src string, b int) int {
	for b+8 <= len(src) && !hasSentenceEnd(swar.Load64(unsafe.Pointer(unsafe.StringData(src[b:])))) {
		b += 8
	}
	for b < len(src) && !isSentenceEnd(src[b]) {
		b++
	}
	return b
}

// hasSentenceEnd reports whether one of the eight bytes of x ends a
// sentence (isSentenceEnd): a byte of x^c is zero where x's is c.
func hasSentenceEnd(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	zero := func(v uint64) uint64 { return (v - ones) &^ v & highs }
	return zero(x^'.'*ones)|zero(x^'!'*ones)|zero(x^'?'*ones)|zero(x^'\n'*ones) != 0
}

// isSentenceEnd reports whether b ends a sentence (a line ends one too).
func isSentenceEnd(b byte) bool { return b == '.' || b == '!' || b == '?' || b == '\n' }

// The groups of marks readMarks tells apart.
const (
	markOther = iota
	markNotOnly
	markStatistics
	markIncidence
	markCause
	markFeeling
)

// markEntry is one mark: its first word, the whole mark and its group.
type markEntry struct {
	first, mark string
	group       uint8
}

// markTable holds every mark by its first word; markFirsts answers most
// words without a look at the table.
var markTable, markFirsts = func() ([]markEntry, *markFilter) {
	var t []markEntry
	var firsts []string
	add := func(g uint8, ms []string) {
		for _, m := range ms {
			f, _, _ := strings.Cut(m, " ")
			t = append(t, markEntry{first: f, mark: m, group: g})
			if !slices.Contains(firsts, f) {
				firsts = append(firsts, f)
			}
		}
	}
	add(markOther, otherOfferMarks)
	add(markNotOnly, negations)
	add(markStatistics, statisticsMarks)
	add(markIncidence, incidenceWords)
	add(markCause, causeMarks)
	add(markFeeling, feelingWords)
	f := new(markFilter)
	for _, w := range firsts {
		h := markHash(w)
		f[h>>6] |= 1 << (h & 63)
	}
	return t, f
}()

// cueAsideMark is the kind of the cues that are the marks: every mark of
// markTable is a cue ("|mark|") of the one glossary/cue walk, so a
// sentence's marks are read from the cues in its span and the sentence is
// not read again word by word (readMarks, which gives the same, stays as
// the reference the tests hold this against). buildContext moves these cues from
// scratch.cues to scratch.marks: no other rule sees them.
const cueAsideMark = cueBoundary + 1

// markCueBase is the index in cueTable of the first mark's cue; cue
// markCueBase+k is the cue of markTable[markOfCue[k]]. The incidence words
// have none: common words ("får", "få") found all over a text, they count
// only beside a statistics mark and a number, where asideSentence reads
// the sentence for them (readMarks).
var markCueBase, markOfCue = func() (int32, []int) {
	base := int32(len(cueTable))
	var of []int
	for i, e := range markTable {
		if e.group == markIncidence {
			continue
		}
		cueTable = append(cueTable, cue{"|" + e.mark + "|", cueAsideMark})
		of = append(of, i)
	}
	return base, of
}()

// sortByStart puts the cues of each part of hs in order of their starts
// (the walk reports a cue where it ends); the title's stay before the
// text's. partRun and the searches over s.marks, s.addressed and s.units
// need it.
func sortByStart(hs []cueHit) {
	byStart := func(x, y cueHit) int {
		if x.part != y.part {
			return 0 // the parts are kept apart, the title's first
		}
		return x.start - y.start
	}
	if !slices.IsSortedFunc(hs, byStart) {
		slices.SortStableFunc(hs, byStart)
	}
}

// partRun returns the cues of part p in hs, where the title's come before
// the text's.
func (s *scratch) partRun(hs []cueHit, p Part) []cueHit {
	s.work += bits.Len(uint(len(hs)))
	t := sort.Search(len(hs), func(k int) bool { return hs[k].part != PartTitle })
	if p == PartTitle {
		return hs[:t]
	}
	return hs[t:]
}

// marksInPart reports whether a mark's cue lies in part p.
func (s *scratch) marksInPart(p Part) bool {
	return len(s.partRun(s.marks, p)) > 0
}

// marksIn gives what readMarks gives for the sentence [a, b) of part p
// but for the incidence words (see markOfCue),
// from the marks' cues that the walk found in it: the cue scanner folds
// more (Latin-1 capitals, runs of white space), so each is checked against
// its mark as readMarks reads it.
func (s *scratch) marksIn(p Part, a, b int) (groups uint8, feelings int) {
	src := s.partText(p)
	sent := src[a:b]
	var seen [2]uint64
	ms := s.partRun(s.marks, p)
	s.work += bits.Len(uint(len(ms)))
	for k := sort.Search(len(ms), func(k int) bool { return ms[k].start >= a }); k < len(ms); k++ {
		h := &ms[k]
		if h.start >= b {
			break
		}
		s.work++
		if h.end > b {
			continue
		}
		i := markOfCue[h.cue-markCueBase]
		e := &markTable[i]
		if !foldEqual(src[h.start:h.end], e.mark) {
			continue
		}
		switch e.group {
		case markNotOnly:
			if onlyAfter(sent, h.end-a) {
				groups |= 1 << markNotOnly
			}
		case markFeeling:
			seen[i>>6&1] |= 1 << (i & 63)
		default:
			groups |= 1 << e.group
		}
	}
	return groups, bits.OnesCount64(seen[0]) + bits.OnesCount64(seen[1])
}

// cueUnitNoun is the kind of the cues that are unitNouns, found anywhere
// in a word (a compound's head): unitFieldBefore finds nothing unless one
// lies before the term in its sentence, which unitNounIn tells from these
// cues without reading the words. buildContext moves them to scratch.units.
const cueUnitNoun = cueBoundary + 3

func init() {
	for _, u := range unitNouns {
		cueTable = append(cueTable, cue{u, cueUnitNoun})
	}
}

// unitNounIn reports whether a cue of a unit noun lies in [a, b) of part
// p at the end of its word but for at most three bytes (the longest of
// unitEndings), with one of unitLinks the next word, ending by b. The cue
// scanner folds at least the ASCII capitals foldSuffixOf folds, so where
// unitFieldBefore finds a unit noun and its link before b, this finds
// them too. It asks the part's unitReach (made once a listing) with a
// binary search or two, so each vote's question costs the same however
// many unit nouns without a link come before it.
func (s *scratch) unitNounIn(p Part, a, b int) bool {
	if len(s.units) == 0 {
		return false // most texts: no unit noun
	}
	if len(s.units) <= unitScanMax && !s.unitReach[p].done {
		// A few unit nouns in all: read them at each question, as
		// unitReachOf would once, unless a gap before a word is long.
		if ok, sure := s.unitNounScan(p, a, b); sure {
			return ok
		}
	}
	r := s.unitReachOf(p)
	s.work += bits.Len(uint(len(r.whole)))
	k := sort.Search(len(r.whole), func(k int) bool { return int(r.whole[k].start) >= a })
	if k < len(r.whole) && int(r.low[k]) <= b {
		return true
	}
	if len(r.cut) == 0 {
		return false
	}
	s.work += bits.Len(uint(len(r.cut)))
	k = sort.Search(len(r.cut), func(k int) bool { return int(r.cut[k].q) > b })
	return k > 0 && int(r.cut[k-1].q) == b && int(r.cut[k-1].start) >= a
}

// unitScanMax is the most unit nouns' cues (both parts) that unitNounIn
// reads at each question (unitNounScan) instead of making the part's
// unitReach: most listings with a unit noun have one or two, and their
// votes ask few questions.
const unitScanMax = 4

// unitGapMax is the longest run of other bytes between a unit noun's word
// and the next word that unitNounScan reads; a longer one makes it unsure,
// so that each question reads a bounded number of bytes.
const unitGapMax = 16

// unitNounScan answers unitNounIn's question by reading each of the at
// most unitScanMax unit nouns' cues of part p in [a, b) as the walk before
// unitReach did: its ending, the gap and the next word, cut at b. sure is
// false where a gap is longer than unitGapMax bytes.
func (s *scratch) unitNounScan(p Part, a, b int) (ok, sure bool) {
	src := s.partText(p)
	for i := range s.units {
		h := &s.units[i]
		if h.part != p || h.start < a || h.end > b {
			continue
		}
		s.work++
		e := h.end
		for e < b && e-h.end <= 3 && isWordByte(src[e]) {
			e++
		}
		if e-h.end > 3 {
			continue
		}
		wa := e
		for wa < b && !isWordByte(src[wa]) {
			if wa-e >= unitGapMax {
				return false, false
			}
			wa++
		}
		if wa == b || src[wa]|0x20 != 'f' && src[wa]|0x20 != 'i' {
			s.work += wa - h.end
			continue // every link begins with one of these
		}
		q := wa
		for q < b && q-wa <= maxUnitLink && isWordByte(src[q]) {
			q++
		}
		s.work += q - h.end
		if q > wa && q-wa <= maxUnitLink && foldIn(src[wa:q], unitLinks) {
			return true, true
		}
	}
	return false, true
}

// unitLink is a unit noun's cue that a link word follows (see unitNounIn):
// where the cue starts and q, where the link word ends.
type unitLink struct{ start, q int32 }

// unitReach is what unitNounIn asks of one part's unit nouns. A cue
// counts for [a, b) where it starts at or after a and its link word, as
// nextWord reads it from the text cut at b, ends by b: for a whole word
// that is a link ("for"), every b from its end on; for a link that only
// begins the next word ("i" in "ikke", "innen" in "innenfor"), only the b
// that cuts the word there (a vote's term may begin inside a word).
type unitReach struct {
	done  bool
	whole []unitLink // links that are the whole next word, in order of start
	low   []int32    // low[k] is the least q of whole[k:]
	cut   []unitLink // links that only begin the next word, in order of q, then start
}

// maxUnitLink is the length of the longest of unitLinks.
var maxUnitLink = func() int {
	n := 0
	for _, l := range unitLinks {
		if l[0] != 'f' && l[0] != 'i' {
			panic("classify: unitReachOf reads only links that begin with f or i")
		}
		n = max(n, len(l))
	}
	return n
}()

// unitReachOf returns part p's unitReach, made on first use: each unit
// noun's cue is read once, with the at most three bytes of ending after it,
// the space to the next word and that word's first maxUnitLink+1 bytes.
func (s *scratch) unitReachOf(p Part) *unitReach {
	r := &s.unitReach[p]
	if r.done {
		return r
	}
	r.done = true
	r.whole, r.low, r.cut = r.whole[:0], r.low[:0], r.cut[:0]
	src := s.partText(p)
	for _, h := range s.partRun(s.units, p) {
		s.work++
		e := h.end
		for e < len(src) && e-h.end <= 3 && isWordByte(src[e]) {
			e++
		}
		if e-h.end > 3 {
			continue // a longer word than a unit noun's ending makes
		}
		wa := e
		for wa < len(src) && !isWordByte(src[wa]) {
			wa++
		}
		s.work += wa - h.end
		if wa == len(src) || src[wa]|0x20 != 'f' && src[wa]|0x20 != 'i' {
			continue // every link begins with one of these
		}
		n := 1
		for wa+n < len(src) && n <= maxUnitLink && isWordByte(src[wa+n]) {
			n++
		}
		s.work += n
		for k := 1; k <= min(n, maxUnitLink); k++ {
			if !foldIn(src[wa:wa+k], unitLinks) {
				continue
			}
			l := unitLink{int32(h.start), int32(wa + k)}
			if k == n {
				r.whole = append(r.whole, l)
			} else {
				r.cut = append(r.cut, l)
			}
		}
	}
	r.low = slices.Grow(r.low, len(r.whole))[:len(r.whole)]
	for k := len(r.whole) - 1; k >= 0; k-- {
		r.low[k] = r.whole[k].q
		if k+1 < len(r.whole) {
			r.low[k] = min(r.low[k], r.low[k+1])
		}
	}
	byQ := func(x, y unitLink) int {
		if x.q != y.q {
			return int(x.q - y.q)
		}
		return int(x.start - y.start)
	}
	if !slices.IsSortedFunc(r.cut, byQ) {
		s.work += len(r.cut) * bits.Len(uint(len(r.cut)))
		slices.SortFunc(r.cut, byQ)
	}
	s.work += len(r.whole) + len(r.cut)
	return r
}

// markFilter has bit markHash(w) set for every first word w of a mark.
type markFilter [64]uint64

// hasFold reports whether w may be the first word of a mark (no false
// negatives; ASCII capitals fold).
func (f *markFilter) hasFold(w string) bool {
	h := markHash(w)
	return f[h>>6]&(1<<(h&63)) != 0
}

// markHash is a word's bit in a markFilter, from its length and its first,
// second and last bytes, with ASCII capitals folded.
func markHash(w string) uint {
	n := len(w)
	if n == 0 {
		return 0
	}
	return (uint(n)*131 + uint(w[0]|0x20)*31 + uint(w[min(1, n-1)]|0x20)*7 + uint(w[n-1]|0x20)) & 4095
}

// readMarks reads sent word by word once: the groups of the marks found
// in it as whole words (bit k for group k; a negation counts as "not only"
// where "kun", "bare" or "berre" is one of the two words after it), and
// how many different feeling words it names. Capitals fold.
func readMarks(sent string) (groups uint8, feelings int) {
	var seen [2]uint64 // the feeling words found, by their place in markTable
	for p := 0; ; {
		w, q := nextWord(sent, p)
		if w == "" {
			return groups, bits.OnesCount64(seen[0]) + bits.OnesCount64(seen[1])
		}
		j := q - len(w)
		p = q
		if !markFirsts.hasFold(w) {
			continue
		}
		for i := range markTable {
			e := &markTable[i]
			if len(w) != len(e.first) || !foldEqual(w, e.first) {
				continue
			}
			end := j + len(e.mark)
			if end > len(sent) || !foldEqual(sent[j:end], e.mark) || end < len(sent) && isWordByte(sent[end]) {
				continue
			}
			switch e.group {
			case markNotOnly:
				if onlyAfter(sent, end) {
					groups |= 1 << markNotOnly
				}
			case markFeeling:
				seen[i>>6&1] |= 1 << (i & 63)
			default:
				groups |= 1 << e.group
			}
		}
	}
}

// incidenceIn reports whether sent names one of incidenceWords, as
// readMarks reads them.
func incidenceIn(sent string) bool {
	g, _ := readMarks(sent)
	return g&(1<<markIncidence) != 0
}

// onlyAfter reports whether "kun", "bare" or "berre" is one of the two
// words after byte p of sent ("ikke knytta kun til kreftsykdom"; not
// "ikke henvisning, bare meld deg på").
func onlyAfter(sent string, p int) bool {
	for k := 0; k < 2; k++ {
		w, q := nextWord(sent, p)
		if w == "" || strings.ContainsAny(sent[p:q-len(w)], ",;:") {
			return false // a clause away
		}
		if foldIn(w, onlyWords) {
			return true
		}
		p = q
	}
	return false
}

// hasDigit reports whether s holds a digit.
func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// nextWord returns the word after byte p of sent and where it ends
// (nextWordInSentence stops at a sentence's end).
func nextWord(sent string, p int) (string, int) {
	for p < len(sent) && !isWordByte(sent[p]) {
		p++
	}
	a := p
	for p < len(sent) && isWordByte(sent[p]) {
		p++
	}
	return sent[a:p], p
}

// prevWord returns the word that ends at or before byte p of sent and where
// it begins.
func prevWord(sent string, p int) (string, int) {
	for p > 0 && !isWordByte(sent[p-1]) {
		p--
	}
	e := p
	for p > 0 && isWordByte(sent[p-1]) {
		p--
	}
	return sent[p:e], p
}

// unitFieldBefore reports whether, within the six words before byte at of
// sent, a word for a unit or an organisation (unitNouns, also as a
// compound's head) is followed by "for", "i" or "innen", and where that
// link word ends (-1 for none).
func unitFieldBefore(sent string, at int) (bool, int) {
	p := at
	for k := 0; k < 6; k++ {
		w, q := prevWord(sent, p)
		if w == "" {
			return false, -1
		}
		p = q
		if len(w) > 8 || w[0]|0x20 != 'f' && w[0]|0x20 != 'i' || !foldIn(w, unitLinks) {
			continue
		}
		u, _ := prevWord(sent, p)
		for _, e := range unitEndings {
			if len(u) < len(e) || !foldEqual(u[len(u)-len(e):], e) {
				continue
			}
			if foldSuffixOf(u[:len(u)-len(e)], unitNouns) != "" {
				return true, q + len(w)
			}
		}
	}
	return false, -1
}
