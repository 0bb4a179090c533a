package glossary

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// The scanner's benchmarks and equivalence tests run on two kinds of
// real-shaped text besides testdata/listings.txt:
//
//   - the corpus of real listings (lmh/classify/testdata/real), bullets,
//     menus and all, read at test time and skipped when it is absent;
//   - "bullet" text made here: listings whose bullet lists, menus and
//     footers run for hundreds of bytes without a byte that occurs in no
//     pattern (a restart byte, where a walk may start in the start state),
//     as web pages do. It is always there, so the long stretches are
//     covered whatever the corpus holds.

// realListingsPath names the files of the corpus of real listings (train
// and test), from this package's directory; realListingsEnv names other
// JSON Lines files to read instead.
const (
	realListingsPath = "../lmh/classify/testdata/real/*.jsonl"
	realListingsEnv  = "LMHKIT_REAL_LISTINGS" // a file name or glob
)

var realListingsOnce = sync.OnceValues(func() ([]string, error) {
	pattern := os.Getenv(realListingsEnv)
	if pattern == "" {
		pattern = realListingsPath
	}
	files, err := filepath.Glob(pattern)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", realListingsEnv, err)
	}
	var texts []string
	for _, name := range files {
		t, err := readListingTexts(name)
		if err != nil {
			return nil, err
		}
		texts = append(texts, t...)
	}
	return texts, nil
})

// readListingTexts returns the "text" member of every record of a JSON
// Lines file, in file order.
func readListingTexts(name string) ([]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var rec struct {
			Text *string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if rec.Text == nil {
			return nil, fmt.Errorf("%s:%d: record has no text", name, line)
		}
		texts = append(texts, *rec.Text)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return texts, nil
}

// realListings returns the texts of the real-listings corpus, or skips tb
// when there is none.
func realListings(tb testing.TB) []string {
	tb.Helper()
	texts, err := realListingsOnce()
	if err != nil {
		tb.Fatal(err)
	}
	if len(texts) == 0 {
		tb.Skipf("no real listings: no file matches %s (or set %s to JSON Lines files with a \"text\" member)",
			realListingsPath, realListingsEnv)
	}
	return texts
}

// joinToMiB joins texts, in a fixed pseudo-random order with repeats, with
// blank lines between them until there is at least 1 MiB.
func joinToMiB(texts []string, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 1))
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.WriteString(texts[r.IntN(len(texts))])
		sb.WriteString("\n\n")
	}
	return sb.String()
}

var realMiBOnce = sync.OnceValue(func() string {
	texts, _ := realListingsOnce()
	return joinToMiB(texts, 14)
})

// realMiB is at least 1 MiB of real listings, or skips tb.
func realMiB(tb testing.TB) string {
	realListings(tb)
	return realMiBOnce()
}

// Menus, footers and bullet lists as web pages around listings have them:
// no full stops, commas or colons, so nothing in a stretch of them is a
// restart byte.
var (
	chromeLines = []string{
		"Hjem", "Om oss", "Kontakt oss", "Søk", "Meny", "Lukk", "English", "Logg inn", "Finn fram",
		"Pasienter og pårørende", "Behandlinger", "Avdelinger", "Fag og forsking", "Jobb hos oss",
		"Lærings- og mestringssenteret", "Kurs og opplæring", "Pasientopplæring", "Helse og omsorg",
		"Frisklivssentralen", "Del på Facebook", "Del på LinkedIn", "Skriv ut", "Tips ein ven",
		"Til toppen", "Personvern og informasjonskapsler", "Tilgjengeleg\u00adheitserklæring",
		"Brukarutval", "Aktuelt", "Arrangement", "Kalender", "Nyheiter", "Tenester", "Sjå alle kurs",
		"Godta alle", "Berre nødvendige", "Innstillinger", "Hopp til hovedinnhold", "Tilbake",
	}
	bulletItems = []string{
		"kunnskap om sykdommen og behandlingen", "mestring av hverdagen", "fysisk aktivitet og trening",
		"kosthold og ernæring", "søvn og stress", "erfaringsutveksling med andre i samme situasjon",
		"meistring av smerter og utmatting", "digital oppfølging på nett", "tolk ved behov",
		"sorggruppe for etterlatte", "brukerrepresentant med egenerfaring", "diabetes type 2 og levevaner",
		"oppmøte i resepsjonen i første etasje", "ta med matpakke og drikkeflaske", "enkel servering",
		"gratis parkering bak bygget", "inngang fra baksiden ved heisen", "kjøreplan for buss og tog",
		"ingen kostnad for deltakerne", "vi sender innkalling i posten", "ha med klær du kan bevege deg i",
		"tilrettelagt for rullestol", "teleslynge i møtelokalet", "skjema finner du på nettsiden",
		"ta kontakt med fastlegen din", "kurset blir halde i Storsalen", "gje beskjed om allergiar",
		"vi har tausheitsplikt", "du kan ta med deg ein du kjenner", "varigheit to timar kvar gong",
		"Mandag og torsdag kl 12 til 15", "Neste oppstart i februar", "Servering av lunsj",
	}
	bulletMarks = []string{"  • ", "• ", "- ", "\u2013 ", "* ", "\t\u25aa "}
)

// bulletListing makes one listing: a menu, a paragraph of
// testdata/listings.txt, a bullet list or two, and a footer.
func bulletListing(r *rand.Rand, paras []string) string {
	var sb strings.Builder
	lines := func(from []string, n int, mark string) {
		for range n {
			sb.WriteString(mark)
			sb.WriteString(from[r.IntN(len(from))])
			sb.WriteByte('\n')
		}
	}
	lines(chromeLines, r.IntN(12), "")
	sb.WriteString(paras[r.IntN(len(paras))])
	sb.WriteString("\n\n")
	for range 1 + r.IntN(2) {
		lines(bulletItems, 3+r.IntN(10), bulletMarks[r.IntN(len(bulletMarks))])
		sb.WriteByte('\n')
	}
	lines(chromeLines, r.IntN(16), "")
	return sb.String()
}

var bulletOnce = sync.OnceValue(func() []string {
	b, err := os.ReadFile("testdata/listings.txt")
	if err != nil {
		panic(err)
	}
	paras := strings.Split(strings.TrimSpace(string(b)), "\n\n")
	r := rand.New(rand.NewPCG(3, 5))
	ls := make([]string, 400)
	for i := range ls {
		ls[i] = bulletListing(r, paras)
	}
	return ls
})

// bulletListings are 400 made listings of bullets and page chrome.
func bulletListings() []string { return bulletOnce() }

var bulletMiBOnce = sync.OnceValue(func() string { return joinToMiB(bulletListings(), 15) })

// bulletMiB is at least 1 MiB of bulletListings.
func bulletMiB() string { return bulletMiBOnce() }

// longestPlainStretch returns the length of the longest run of text without
// an ASCII byte that occurs in no pattern of g.
func longestPlainStretch(g *Glossary, text string) int {
	class, _ := g.ac.Tables()
	longest, run := 0, 0
	for i := 0; i < len(text); i++ {
		if c := text[i]; c < 0x80 && class[c] == 0 {
			run = 0
			continue
		}
		run++
		longest = max(longest, run)
	}
	return longest
}
