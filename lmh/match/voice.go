package match

import (
	"strings"

	"github.com/lmhkit/lmhkit/taxonomy"
)

// Who writes a need text, and about whom. The person whose need it is may
// be the writer (living with an illness, or wanting to change habits), the
// writer as next of kin to a relative ("mannen min har fått demens",
// "forelder til gutt på 6 år"), or someone a case worker writes for
// ("pasienten er 82 år", "en bruker av oss"), who may in turn be next of
// kin ("en elev som har en far med depresjon"). readVoice decides which,
// and marks every word that refers to a person, so that an age or a place
// is given to the person it is about: a relative's age is never the
// writer's, and a relative's town is not where the writer lives.

// lookBack bounds how many words back the reader looks for the person a
// word is about, so that the work per word is bounded however long a
// sentence runs.
const lookBack = 40

// voiceKind is who writes.
type voiceKind uint8

const (
	voiceSelf       voiceKind = iota // the writer, about themselves (also when nothing says)
	voiceRelative                    // the writer, as next of kin to a relative
	voiceCaseWorker                  // someone writing for another person
)

// who is whom a word refers to.
type who uint8

const (
	whoNone     who = iota
	whoWriter       // the writer (jeg, eg, vi, me)
	whoRelative     // the writer's relative (mannen min, gutten, hun in a relative's voice)
	whoClient       // the person a case worker writes for (pasienten, han)
	whoOther        // someone else: the client's relative
)

// voice is what readVoice finds.
type voice struct {
	voice        voiceKind
	relative     Relative // the relative the writer (or the client) is next of kin to
	user         bool     // a case worker calls the person bruker or brukar
	clientIsKin  bool     // the case worker's client is next of kin to someone ill
	olderSibling bool     // the writer writes of a younger sibling (lillebror): an adult, by issue 18's rule
	stated       bool     // the writer says they are next of kin ("pårørende til", "mor til", "storesøster til")
	guessed      bool     // nothing says who writes: the role is inferred
	refs         []who    // by token: whom the word refers to
}

// roles returns the person's roles by the voice. A writer about
// themselves is a patient here; ReadNeedText makes them a user when they
// name no condition.
func (v *voice) roles() []taxonomy.Role {
	switch {
	case v.voice == voiceRelative, v.voice == voiceCaseWorker && v.clientIsKin:
		return []taxonomy.Role{taxonomy.RoleNextOfKin}
	case v.voice == voiceCaseWorker && v.user:
		return []taxonomy.Role{taxonomy.RoleUser}
	}
	return []taxonomy.Role{taxonomy.RolePatient}
}

// person returns whom the words before token i in its sentence point to:
// the nearest word referring to a person, or, when none does, the person
// whose need it is (the writer, or a case worker's client).
func (v *voice) person(toks []token, i int) who {
	for k := i; k >= 0 && k > i-lookBack && toks[k].sent == toks[i].sent; k-- {
		if w := v.refs[k]; w != whoNone {
			return w
		}
	}
	if v.voice == voiceCaseWorker {
		return whoClient
	}
	return whoWriter
}

// subject returns whom the subject of the verb at token i refers to: the
// nearest word before it in its sentence that refers to a person and is
// not the object of a preposition or an indefinite ("vi har en datter … og
// bor i Fana": vi); the person whose need it is when there is none.
func (v *voice) subject(toks []token, i int) who {
	for k := i - 1; k >= 0 && k >= i-3 && toks[k].clause == toks[i].clause; k-- {
		if toks[k].s == "som" {
			return v.person(toks, k) // "en pasient som bor i …": the word before som
		}
	}
	for k := i - 1; k >= 0 && k > i-lookBack && toks[k].sent == toks[i].sent; k-- {
		w := v.refs[k]
		if w == whoNone {
			continue
		}
		if w != whoWriter && is(toks, k-1, "en", "ei", "ein", "et", "eit", "til", "med", "for", "av", "om", "på", "hos", "ved") {
			continue
		}
		return w
	}
	return v.needPerson()
}

// namedBefore reports whether a word before token i in its sentence refers
// to a person, or the sentence begins with a verb and so speaks of the
// writer ("Bor i Namsos og er 77").
func (v *voice) namedBefore(toks []token, i int) bool {
	k := i - 1
	for ; k >= 0 && k > i-lookBack && toks[k].sent == toks[i].sent; k-- {
		if v.refs[k] != whoNone {
			return true
		}
	}
	k++
	return k < i && (k == 0 || toks[k-1].sent != toks[k].sent) && is(toks, k, subjectlessVerbs...)
}

// subjectlessVerbs begin a sentence that leaves out "jeg": "Har kols",
// "Bor i Namsos", "Fikk hjerteinfarkt i fjor".
var subjectlessVerbs = []string{"har", "hadde", "fikk", "fekk", "er", "var", "sliter", "slit", "lever", "bor", "bur", "jobber", "jobbar", "kan", "vil", "ønsker", "ønskjer"}

// needPerson is whom the need is for: the writer, or a case worker's
// client.
func (v *voice) needPerson() who {
	if v.voice == voiceCaseWorker {
		return whoClient
	}
	return whoWriter
}

// kinWords maps the forms of words for relatives to the relative they
// name, as seen from the writer.
var kinWords = map[string]Relative{}

func init() {
	add := func(r Relative, forms ...string) {
		for _, f := range forms {
			kinWords[f] = r
		}
	}
	add(RelativeChild, "sønn", "sønnen", "son", "sonen", "datter", "datteren", "dattera", "dotter", "dottera",
		"gutt", "gutten", "gut", "guten", "jente", "jenta", "jenten", "barn", "barnet", "barna", "unge", "ungen",
		"ungane", "ungene", "sønnene", "døtrene", "døtrane", "guttene", "gutane", "jentene", "jentene", "tvillingene",
		"tvillingane", "barnebarn", "barnebarnet")
	add(RelativePartner, "mann", "mannen", "kone", "kona", "konen", "samboer", "samboeren", "sambuar", "sambuaren",
		"ektefelle", "ektefellen", "ektemann", "ektemannen", "partner", "partneren", "partnaren", "kjæreste",
		"kjæresten", "kjærast", "kjærasten", "kjærasten", "kone", "frue", "frua")
	add(RelativeParent, "mor", "moren", "mora", "mamma", "mammaen", "far", "faren", "pappa", "pappaen",
		"foreldre", "foreldrene", "foreldra", "svigermor", "svigerfar", "svigermora", "svigerfaren")
	add(RelativeSibling, "bror", "broren", "brødre", "brørne", "søster", "søsteren", "søstera", "syster", "systera",
		"lillebror", "lillebroren", "storebror", "storebroren", "lillesøster", "lillesøsteren", "lillesøstera",
		"storesøster", "storesøsteren", "storesøstera", "storesyster", "storesystera", "veslebror", "veslesyster",
		"søsken", "søsknene", "søskena", "sysken", "sysknene")
	add(RelativeOther, "bestemor", "bestefar", "farmor", "farfar", "mormor", "morfar", "tante", "onkel",
		"svoger", "svigerinne", "venn", "vennen", "venninne", "venninna", "venninnen")
}

var (
	// possessives of the writer, before or after a kin word
	writerPossessive = []string{"min", "mi", "mitt", "mine", "vår", "vårt", "våre", "mitt"}
	// writerWords refer to the writer
	writerWords = []string{"jeg", "eg", "meg", "vi", "me", "oss", "selv", "sjølv", "jeget"}
	// thirdPerson are pronouns for the relative or the client
	thirdPerson = []string{"han", "hun", "ho", "hon"}
	// parentOf: the writer is a parent ("mor til ei jente")
	parentOf = []string{"forelder", "foreldre", "mor", "far", "mamma", "pappa", "mora", "moren", "faren", "omsorgsperson", "foresatt", "føresett"}
	// clientWords name the person a case worker writes for
	clientWords = []string{"pasienten", "pasient", "pasientar", "brukeren", "brukaren", "bruker", "brukar",
		"beboer", "beboeren", "bebuar", "bebuaren", "elev", "eleven", "klient", "klienten", "innbygger", "innbyggjar",
		"deltaker", "deltakar"}
	// caseWorkerWords: a profession or service after "jeg er", "eg er",
	// "jobber som", or a phrase only a helper writes
	caseWorkerWords = []string{"sykepleier", "sjukepleiar", "sykepleiar", "fastlege", "lege", "koordinator",
		"saksbehandler", "sakshandsamar", "helsesykepleier", "helsesjukepleiar", "helsesøster", "ergoterapeut",
		"fysioterapeut", "sosionom", "miljøterapeut", "miljøarbeider", "miljøarbeidar", "kontaktperson",
		"primærkontakt", "veileder", "rettleiar", "terapeut", "psykolog", "vernepleier", "vernepleiar",
		"hjemmesykepleien", "heimesjukepleia", "hjemmetjenesten", "heimetenesta", "tildelingskontoret", "nav",
		"lærer", "lærar", "kontaktlærer", "kontaktlærar", "rådgiver", "rådgjevar", "barnevernspedagog", "pedagog",
		"spesialpedagog", "helsearbeider", "helsefagarbeider", "helsefagarbeidar", "hjelpepleier", "omsorgsarbeider",
		"fagarbeider", "støttekontakt", "avlaster", "verge", "tillitsvalgt", "prest", "diakon", "frivillig"}
	// personNouns name a person a professional may write for ("ei jente på 13 år")
	personNouns = []string{"mann", "kvinne", "dame", "herre", "jente", "gutt", "gut", "ungdom", "person", "eldre", "pensjonist"}
	// definitePersons are the same nouns in the definite: "Jenta er 10 år"
	definitePersons = []string{"mannen", "kvinnen", "kvinna", "damen", "dama", "jenta", "jenten", "gutten", "guten",
		"ungdommen", "personen", "eleven"}
	// illness verbs after a relative at the start of a sentence ("Mamma er 84", "Far har blitt glemsk")
	relativeVerbs = []string{"er", "har", "hadde", "fikk", "fekk", "sliter", "slit", "ble", "blei", "vart",
		"glemmer", "gløymer", "drikker", "drikk", "bor", "bur", "ligger", "ligg", "lever"}
)

// determiner reports whether token i is an indefinite or demonstrative
// determiner, so that a following "bruker" is a noun.
func determiner(toks []token, i int) bool {
	return is(toks, i, "en", "ein", "ei", "vår", "min", "denne", "dette", "den", "ny", "nytt")
}

// genericKin are words for relatives that are also words for anyone ("en
// mann", "ei jente"): they name a relative only with a possessive or in
// the definite.
var genericKin = []string{"mann", "jente", "gutt", "gut", "barn", "barna", "unge", "venn", "kone", "frue"}

// writerIsKin reports whether the kin word at token i names the writer:
// "jeg er storesøster", "eg er ei 24 år gamal mor", "Som storebror …".
func writerIsKin(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5 && sameClause(toks, k, i); k-- {
		switch {
		case is(toks, k, "er") && is(toks, k-1, "jeg", "eg", "vi", "me"):
			return true
		case is(toks, k, "som") && (k == 0 || !sameClause(toks, k-1, k)):
			return true // "Som storebror …", "…, som mor til …"
		case determiner(toks, k), toks[k].num >= 0, is(toks, k, "år", "gammel", "gamal", "stolt", "sliten", "bekymret",
			"bekymra", "eneste", "einaste", "yngste", "eldste", "travel", "fortvilet", "fortvila"):
			continue
		}
		return false
	}
	return false
}

// writerRelative is the relative a writer has who is kin word r to them:
// a mother has a child, a daughter a parent.
func writerRelative(r Relative) Relative {
	switch r {
	case RelativeParent:
		return RelativeChild
	case RelativeChild:
		return RelativeParent
	}
	return r
}

// readVoice finds who writes and marks the words that refer to people.
func readVoice(toks []token) voice {
	v := voice{refs: make([]who, len(toks))}
	kin := make([]Relative, len(toks))   // the kin words that name a relative of the writer's
	writerKin := make([]bool, len(toks)) // the kin words that name the writer ("jeg er storesøster")
	relative := false
	caseWorker := false
	client := false
	personNoun := false
	works := false // "jobber i …", "jobbar som …": a professional, if someone else is written of
	for i, t := range toks {
		r, isKin := kinWords[t.s]
		switch {
		case isKin && !slicesContains(genericKin, t.s) && writerIsKin(toks, i):
			// jeg er storesøster (24) til en gutt …, som mor til …: the
			// writer is the kin word, the one after "til" their relative
			writerKin[i] = true
			relative, v.stated = true, true
			v.relative = writerRelative(r)
			if strings.HasPrefix(t.s, "stor") || strings.HasPrefix(t.s, "eldste") {
				v.olderSibling = true
			}
			k := i + 1
			if k < len(toks) && toks[k].paren && toks[k].num >= 0 {
				k++
			}
			if is(toks, k, "til") {
				for j := k + 1; j < len(toks) && j <= k+4 && sameClause(toks, k, j); j++ {
					if _, ok := kinWords[toks[j].s]; ok || slicesContains(personNouns, toks[j].s) {
						kin[j] = v.relative
						break
					}
				}
			}
		case isKin && (is(toks, i-1, writerPossessive...) && sameClause(toks, i-1, i) || is(toks, i+1, writerPossessive...) && sameClause(toks, i, i+1)):
			// mannen min, min mann, dattera vår
			kin[i] = r
			relative = true
			if t.s == "lillebror" || t.s == "lillebroren" || t.s == "lillesøster" || t.s == "lillesøsteren" ||
				t.s == "lillesøstera" || t.s == "veslebror" || t.s == "veslesyster" {
				v.olderSibling = true
			}
		case isKin && r == RelativeParent && t.upper && (i == 0 || toks[i-1].sent != t.sent) &&
			(is(toks, i+1, relativeVerbs...) || is(toks, i+1, "sin", "si", "sitt", "sine") || i+1 < len(toks) && toks[i+1].paren && toks[i+1].num >= 0):
			// Mamma er 84 …, Far har blitt glemsk, Mamma sin hukommelse, Mor (85)
			kin[i] = r
			relative = true
		case slicesContains(parentOf, t.s) && is(toks, i+1, "til"):
			// forelder til gutt, mor til ei jente, pårørende til mor
			for k := i + 2; k < len(toks) && k <= i+4 && sameClause(toks, i, k); k++ {
				if r, ok := kinWords[toks[k].s]; ok {
					kin[k] = r
					if r == RelativeParent || r == RelativePartner {
						kin[k] = RelativeChild // "far til en gutt": the word after til is the child
					}
					break
				}
				if determiner(toks, k) {
					continue
				}
				break
			}
			if v.relative == 0 {
				v.relative = RelativeChild
			}
			relative, v.stated = true, true
		case (t.s == "pårørende" || t.s == "pårørande") && is(toks, i+1, "til"):
			for k := i + 2; k < len(toks) && k <= i+4 && sameClause(toks, i, k); k++ {
				if r, ok := kinWords[toks[k].s]; ok {
					kin[k] = r
					break
				}
			}
			relative, v.stated = true, true
		case (t.s == "pårørende" || t.s == "pårørande") && is(toks, i-1, "er") && is(toks, i-2, "jeg", "eg", "vi", "me"):
			relative, v.stated = true, true
		case isKin && is(toks, i-1, "en", "ei", "ein", "et", "eit", "to", "tre", "ein", "yngre", "eldre") && is(toks, i-2, "har") && is(toks, i-3, "vi", "me", "jeg", "eg"):
			// vi har en sønn …, jeg har ei lillesøster …
			kin[i] = r
			relative = true
			if t.s == "lillebror" || t.s == "lillesøster" || t.s == "veslebror" || t.s == "veslesyster" || is(toks, i-1, "yngre") {
				v.olderSibling = true
			}
		case isKin && r == RelativeSibling && is(toks, i+1, "til") && is(toks, i-1, "er") && is(toks, i-2, "jeg", "eg"):
			// jeg er storesøster til …: the writer is the sibling
			relative, v.stated = true, true
			v.relative = RelativeSibling
			if strings.HasPrefix(t.s, "stor") {
				v.olderSibling = true
			}
		case (t.s == "datter" || t.s == "dotter" || t.s == "sønn" || t.s == "son") && is(toks, i+1, "av", "til"):
			// datter av en pasient: the writer's parent
			relative, v.stated = true, true
			if v.relative == 0 {
				v.relative = RelativeParent
			}
		}
		switch {
		case caseWorkerSet[t.s] && (is(toks, i-1, "er", "som", "i", "på", "fra", "frå") || is(toks, i-2, "er", "som")):
			caseWorker = true
		case t.s == "vegne" && is(toks, i-1, "på"):
			caseWorker = true
		case t.s == "henviser" || t.s == "tilviser" || t.s == "henvise" || t.s == "tilvise":
			caseWorker = true
		}
		switch {
		case t.s == "pasienten" || t.s == "brukeren" || t.s == "brukaren" || t.s == "beboeren" || t.s == "bebuaren" ||
			t.s == "eleven" || t.s == "klienten":
			client = true
		case clientSet[t.s] && determiner(toks, i-1):
			client = true
		case (t.s == "pasient" || t.s == "bruker" || t.s == "brukar") && is(toks, i+1, "av") && is(toks, i+2, "oss"):
			client = true
		case (t.s == "pasienten" || t.s == "pasient") && is(toks, i+1, "min", "vår"):
			client = true
		case slicesContains(personNouns, t.s) && determiner(toks, i-1), slicesContains(definitePersons, t.s):
			personNoun = true // "kontaktlærer for ei jente", "Jenta er 10 år": a client, if a professional writes
		}
		if is(toks, i, "jobber", "jobbar", "arbeider", "arbeidar") && is(toks, i+1, "i", "på", "som", "ved") {
			works = true
		}
	}
	// A case worker writes about a client; a client noun alone ("pasienten
	// er 82 år") is enough too, unless the writer also speaks as next of
	// kin ("mor er pasient").
	client = client || (caseWorker || works) && personNoun
	switch {
	case client && (caseWorker || !relative):
		v.voice = voiceCaseWorker
	case relative:
		v.voice = voiceRelative
	default:
		v.voice = voiceSelf
		v.guessed = true
		for _, t := range toks {
			if t.s == "jeg" || t.s == "eg" {
				v.guessed = false
				break
			}
		}
		if v.guessed && len(toks) > 0 {
			// A sentence without a subject ("Har kols", "Fikk hjerteinfarkt
			// i fjor", "Er 71 år") speaks of the writer.
			for i, t := range toks {
				if (i == 0 || toks[i-1].sent != t.sent) && slicesContains(subjectlessVerbs, t.s) {
					v.guessed = false
					break
				}
			}
		}
	}

	// The words that refer to people.
	for i, t := range toks {
		switch {
		case writerKin[i]:
			v.refs[i] = whoWriter
		case writerSet[t.s] && !(t.s == "me" && t.upper && i+1 < len(toks) && toks[i+1].s != "har"):
			if v.voice == voiceCaseWorker && t.s != "jeg" && t.s != "eg" && t.s != "meg" {
				continue // vi, oss: the case worker's service
			}
			v.refs[i] = whoWriter
		case kin[i] != 0 && v.voice != voiceCaseWorker:
			v.refs[i] = whoRelative
			if v.relative == 0 || v.relative == RelativeOther {
				v.relative = kin[i]
			}
		case v.voice == voiceCaseWorker:
			switch {
			case slicesContains(clientWords, t.s) && (t.s != "bruker" && t.s != "brukar" || determiner(toks, i-1) || is(toks, i+1, "av")):
				v.refs[i] = whoClient
				if t.s == "bruker" || t.s == "brukar" || t.s == "brukeren" || t.s == "brukaren" {
					v.user = true
				}
			case slicesContains(thirdPerson, t.s), slicesContains(personNouns, t.s) && determiner(toks, i-1), slicesContains(definitePersons, t.s):
				v.refs[i] = whoClient
			case kinWords[t.s] != 0 && kinWords[t.s] != RelativeChild && is(toks, i-1, "en", "ei", "ein", "sin", "si", "sitt", "hans", "hennes", "hennar") ||
				kinWords[t.s] != 0 && is(toks, i+1, "hans", "hennes", "hennar", "sin", "si"):
				// the client's relative: "en far med depresjon", "mora hennar"
				v.refs[i] = whoOther
				if is(toks, i+1, "med", "som", "har", "er", "fikk", "fekk", "sliter", "slit") || is(toks, i+2, "har", "er", "fikk", "fekk", "sliter", "slit") ||
					is(toks, i-1, "har") || is(toks, i-2, "har") {
					v.clientIsKin = true
					v.relative = kinWords[t.s]
				}
			}
		case v.voice == voiceSelf:
			if r := kinWords[t.s]; r != 0 && (!slicesContains(genericKin, t.s) || strings.HasSuffix(t.s, "en") || strings.HasSuffix(t.s, "a")) &&
				!is(toks, i-1, "for", "andre") && t.s != "foreldre" && t.s != "barn" && t.s != "søsken" && t.s != "sysken" {
				// a relative named without a possessive ("har ei søster med
				// …", "søstera har …"): an age said of them is never the
				// writer's, and a condition said of them makes the writer
				// next of kin (ReadNeedText)
				v.refs[i] = whoRelative
			}
		case v.voice == voiceRelative:
			switch {
			case kinWords[t.s] != 0 && is(toks, i-1, "er") && is(toks, i-2, "jeg", "eg"):
				v.refs[i] = whoWriter // "jeg er datteren hans"
			case slicesContains(thirdPerson, t.s):
				v.refs[i] = whoRelative
			case kinWords[t.s] != 0 && !is(toks, i-1, "for", "til", "andre") && t.s != "foreldre" && t.s != "barn" && t.s != "søsken" && t.s != "sysken":
				// gutten, jenta, mamma: the relative named again
				v.refs[i] = whoRelative
			}
		}
	}
	if v.voice == voiceRelative && v.relative == 0 {
		v.relative = RelativeOther
	}
	if v.voice == voiceCaseWorker && !v.clientIsKin {
		v.relative = 0
	}
	return v
}

// The word lists that are looked up for every word, as sets.
var (
	caseWorkerSet = wordSet(caseWorkerWords)
	clientSet     = wordSet(clientWords)
	writerSet     = wordSet(writerWords)
)

func wordSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

func slicesContains(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}
