//go:build linux

package classify

import (
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// guardedPages maps two pages, the second of which faults on any access,
// and returns the first: a string placed at its end is followed by
// memory no read may touch, so that a read past the string's end (which
// the unsafe loads of lex's padded copy or the cue scans could make) is
// a fault, not a quiet read of a neighbour.
func guardedPages(t *testing.T) []byte {
	t.Helper()
	ps := syscall.Getpagesize()
	mem, err := syscall.Mmap(-1, 0, 2*ps, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		t.Skip("mmap:", err)
	}
	t.Cleanup(func() { syscall.Munmap(mem) })
	if err := syscall.Mprotect(mem[ps:], syscall.PROT_NONE); err != nil {
		t.Skip("mprotect:", err)
	}
	// The guard holds: a read of its first byte faults.
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	func() {
		defer func() {
			if recover() == nil {
				t.Fatal("the guard page can be read")
			}
		}()
		guardSink = *(*byte)(unsafe.Pointer(&mem[ps]))
	}()
	return mem[:ps]
}

// guardSink keeps the guard's test read.
var guardSink byte

// atPageEnd copies s to the end of page and returns it as a string whose
// last byte is the page's last.
func atPageEnd(page []byte, s string) string {
	if s == "" {
		return ""
	}
	off := len(page) - len(s)
	copy(page[off:], s)
	return unsafe.String(&page[off], len(s))
}

// TestExtractReadsNoFurtherThanTheText: Extract and Listing read no byte
// past the end of the title or the text, for every length from 0 to 48
// and texts that end in a word, a number, a multibyte letter, a cut lead
// byte or invalid UTF-8 (each text ends on the last byte of a page whose
// next page faults on access).
func TestExtractReadsNoFurtherThanTheText(t *testing.T) {
	titlePage, textPage := guardedPages(t), guardedPages(t)
	for _, b := range guardBases {
		for n := 0; n <= 48 && n <= len(b); n++ {
			for _, s := range []string{b[:n], b[len(b)-n:], strings.Repeat("ø", n/2) + b[:n%2]} {
				title := atPageEnd(titlePage, s)
				text := atPageEnd(textPage, s)
				d := Extract(title, text, december)
				checkFieldEvidence(t, title, text, d)
				Extract("", text, december)
				Extract(title, "", december)
				Listing(title, text)
			}
		}
	}
}

// TestLexReadsNoFurtherThanThePad: lex's loop reads no byte past the 24
// zeros after the part's copy, for the texts of
// TestExtractReadsNoFurtherThanTheText (the copy and its zeros end on the
// last byte of a page whose next page faults on access), and makes the
// tokens lex makes of the part.
func TestLexReadsNoFurtherThanThePad(t *testing.T) {
	page := guardedPages(t)
	s := newScratch()
	for _, b := range guardBases {
		for n := 0; n <= 48 && n <= len(b); n++ {
			for _, text := range []string{b[:n], b[len(b)-n:], strings.Repeat("ø", n/2) + b[:n%2]} {
				padded := atPageEnd(page, text+string(zeros24[:]))
				got := lexPadded(nil, text, unsafe.Pointer(unsafe.StringData(padded)))
				s.text = text
				want := s.lex(nil, PartText)
				if len(got) != len(want) {
					t.Fatalf("%q: %d tokens at the page's end, %d in the heap", text, len(got), len(want))
				}
				for i := range got {
					if got[i] != want[i] {
						t.Fatalf("%q: token %d %+v at the page's end, %+v in the heap", text, i, got[i], want[i])
					}
				}
			}
		}
	}
}

// guardBases are the texts whose prefixes and suffixes the guard-page
// tests read.
var guardBases = []string{
	"Kurs i mestring av kols for deg og dine pårørende, 8 samlinger på Lærings- og meistringssenteret i Førde",
	"Påmeldingsfrist 5. januar 2025. Tirsdager kl. 18.00–20.30. Pris kr 300,-. Tlf. 22 11 22 11",
	"Kontaktperson: Kari Nordmann, Frisklivssentralen i Gjøvik. Kurset er gratis, e-post a@b.no www.x.no",
	"Bergens Gjøviks Tromsøs Lillehammers Kristiansunds Fredrikstads",
	"æøåÆØÅéæøåÆØÅéæøåÆØÅéæøåÆØÅéæøåÆØÅéæøåÆØÅé",
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
	"12345678901234567890123456789012345678901234567890",
	"Likepersonskurset–—•“”…\u00a0\u2009€😀\xc3\xe2\x80\xff\xc3",
	"grunnopplæringskursgrunnopplæringskurs grunnopplæringskurset",
}
