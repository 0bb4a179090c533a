package classify

import (
	"bytes"
	"strings"

	"github.com/lmhkit/lmhkit/lmh"
)

// The contact: the public phone, e-mail and web address the text gives.
//
//   - phone: eight digits, the first 2–9, in groups ("22 11 22 11", "911
//     22 333", "22112211", "+47 22 11 22 11") after "tlf", "telefon",
//     "ring" or "mobil"; or grouped two by two or 3-2-3 with no word
//     before. Written as lmh.Contact wants it: the groups as written, one
//     space apart.
//   - email: an address with "@" and a domain with a dot; not a web
//     site's, an editor's or a byline's ("webmaster@", "Ansvarlig
//     redaktør: …", "Skrevet av …"), and none when the text gives two
//     different addresses. A fax number is no telephone number.
//   - web_address: "www.…", "http(s)://…", or a bare domain ending in .no,
//     .com, .org or .net ("samlivskurs.afasi.no"); "https://" is put
//     before an address written without a scheme, as a browser would.

func (x *xstate) readContact(o *lmh.Offering) {
	x.readPhone(&o.Contact)
	x.readEmail(&o.Contact)
	x.readURL(o)
}

// readPhone reads the first telephone number.
func (x *xstate) readPhone(c *lmh.Contact) {
	for _, k := range x.trig[trigPhone] {
		i := int(k)
		t := x.tok(i)
		if t.kind != tNum && !t.isP('+') {
			continue
		}
		num, j, ok := x.phoneAt(i)
		if !ok {
			continue
		}
		labelled := false
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if x.cls(k) == wPhone {
				labelled = true
			}
		}
		if !labelled && !x.groupedPhone(i, j) {
			continue
		}
		if x.notOrganisersPhone(i) {
			continue
		}
		if x.otherPhoneAfter(j, num) {
			return // two numbers: the text does not say which is the offering's
		}
		if x.give("contact.phone", x.toks[i].start, x.toks[j-1].end, BasisPhone) != nil {
			c.Phone = num
		}
		return
	}
}

// notOrganisersPhone reports whether the number at token i is a fax's
// ("Faks: 22 11 22 33"), within four tokens before it.
func (x *xstate) notOrganisersPhone(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if x.isAny(k, vFaks, vTelefaks) {
			return true
		}
	}
	return false
}

// otherPhoneAfter reports whether a labelled telephone number other than
// num follows token j ("Sentralbord: 22 11 80 80. Kursansvarlig: tlf. 91
// 23 45 67"). At most maxRivals numbers are read, so that a text of many
// stays linear.
func (x *xstate) otherPhoneAfter(j int, num string) bool {
	more := 0
	for _, k := range x.keys {
		i := int(k)
		if i < j {
			continue
		}
		t := x.tok(i)
		if t.kind != tNum && !t.isP('+') {
			continue
		}
		n, e, ok := x.phoneAt(i)
		if !ok {
			continue
		}
		if more++; more > maxRivals {
			return false
		}
		labelled := false
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if x.cls(k) == wPhone {
				labelled = true
			}
		}
		if (labelled || x.groupedPhone(i, e)) && n != num && !x.notOrganisersPhone(i) {
			return true
		}
	}
	return false
}

// phoneAt reads a telephone number at token i and returns it in the form
// lmh.ValidPhoneNumber accepts.
func (x *xstate) phoneAt(i int) (string, int, bool) {
	var b strings.Builder
	j := i
	if x.p(j, '+') {
		if t := x.tok(j + 1); t.kind != tNum || t.val != 47 || !x.glued(j+1) {
			return "", 0, false
		}
		b.WriteString("+47")
		j += 2
	}
	digits := 0
	for j < len(x.toks) && digits < 8 {
		t := x.tok(j)
		if t.kind != tNum {
			break
		}
		if digits > 0 && !x.glued(j) && t.flags&fLine != 0 {
			break
		}
		if digits+int(t.ndig) > 8 {
			return "", 0, false
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(x.str(j))
		digits += int(t.ndig)
		j++
		// "22-11-22-11", "22.11.22.11": separators inside the number.
		if digits < 8 && (x.p(j, '-') || x.p(j, '.')) && x.glued(j) && x.tok(j+1).kind == tNum && x.glued(j+1) {
			j++
		}
	}
	if digits != 8 || x.tok(j).kind == tNum && x.glued(j) {
		return "", 0, false
	}
	s := b.String()
	if !lmh.ValidPhoneNumber(s) {
		return "", 0, false
	}
	return s, j, true
}

// groupedPhone reports whether the number at [i, j) is written in the
// groups only telephone numbers use: 2-2-2-2 or 3-2-3.
func (x *xstate) groupedPhone(i, j int) bool {
	var g []int
	for k := i; k < j; k++ {
		if t := x.tok(k); t.kind == tNum && t.val != 47 {
			g = append(g, int(t.ndig))
		}
	}
	switch len(g) {
	case 4:
		return g[0] == 2 && g[1] == 2 && g[2] == 2 && g[3] == 2
	case 3:
		return g[0] == 3 && g[1] == 2 && g[2] == 3
	}
	return false
}

// urlChar reports whether b may be part of an address.
func urlChar(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80 ||
		strings.IndexByte("-._~/?#=&%+:@", b) >= 0
}

// readEmail reads the first e-mail address.
func (x *xstate) readEmail(c *lmh.Contact) {
	if !x.hasAt {
		return
	}
	for _, k := range x.keys {
		i := int(k)
		if !x.p(i, '@') || !x.glued(i) || !x.glued(i+1) {
			continue
		}
		at := int(x.toks[i].start)
		lo, hi := x.emailAt(at)
		local, domain := x.text[lo:at], x.text[at+1:hi]
		dot := strings.LastIndexByte(domain, '.')
		if local == "" || dot <= 0 || len(domain)-dot-1 < 2 || len(x.text[lo:hi]) > 254 {
			continue
		}
		// The web site's own address ("webmaster@", "Nettredaktør: …"),
		// not the organiser's for this offering.
		if siteMailbox(local) || x.siteLine(lo) {
			continue
		}
		// A second address, another mailbox ("Påmelding: kurs@… Spørsmål
		// om andre kurs: post@…"): the text does not say which is this
		// offering's.
		if x.otherEmailAfter(i, x.text[lo:hi]) {
			return
		}
		if x.give("contact.email", int32(lo), int32(hi), BasisEmail) != nil {
			c.Email = x.text[lo:hi]
		}
		return
	}
}

// emailAt returns the bytes [lo, hi) of the address around the '@' at
// byte at.
func (x *xstate) emailAt(at int) (int, int) {
	lo := at
	for lo > 0 && (isWordByte(x.text[lo-1]) || strings.IndexByte("._-+", x.text[lo-1]) >= 0) {
		lo--
	}
	hi := at + 1
	for hi < len(x.text) && (isWordByte(x.text[hi]) || x.text[hi] == '.' || x.text[hi] == '-') {
		hi++
	}
	for hi > at && (x.text[hi-1] == '.' || x.text[hi-1] == '-') {
		hi--
	}
	for lo < at && x.text[lo] == '.' {
		lo++
	}
	return lo, hi
}

// siteMailboxes are the local parts of a web site's or an editor's
// mailboxes, no organiser's for an offering.
var siteMailboxes = []string{"webmaster", "postmaster", "hostmaster", "redaksjon", "redaksjonen", "nettredaksjon",
	"nettredaksjonen", "nettredaktor", "nettredaktør", "redaktor", "redaktør", "personvern", "personvernombud",
	"presse", "noreply", "no-reply", "donotreply", "support", "web", "webredaksjon", "nettsted", "tips", "abonnement", "annonse"}

// siteMailbox reports whether local, an address's local part, is a web
// site's or an editor's mailbox.
func siteMailbox(local string) bool {
	for _, m := range siteMailboxes {
		if strings.EqualFold(local, m) {
			return true
		}
	}
	return false
}

// siteWords are words of a page's colophon or an article's byline: a
// line holding one speaks of the web site, its editor or the writer, not
// of the offering.
var siteWords = []string{"redaktør", "redaktor", "redaksjon", "personvern", "nettsted", "nettstad", "nettside", "informasjonskapsl", "cookie", "webansvarlig", "tips oss",
	"journalist", "skrevet av", "tekst og foto", "foto:"}

// siteLine reports whether the line (or sentence) of the address at byte
// lo, up to 160 bytes before it, speaks of the web site or its editor ("Ansvarlig
// redaktør: …", "Spørsmål om nettsiden? Skriv til …").
func (x *xstate) siteLine(lo int) bool {
	b := lo
	for b > 0 && b > lo-160 && x.text[b-1] != '\n' && !(b+1 < lo && x.text[b] == ' ' && strings.IndexByte(".!", x.text[b-1]) >= 0) {
		b--
	}
	x.s.work += lo - b
	x.lower[0] = appendLower(x.lower[0][:0], x.text[b:lo])
	for _, w := range siteWords {
		if bytes.Contains(x.lower[0], []byte(w)) {
			return true
		}
	}
	return false
}

// otherEmailAfter reports whether an address other than addr follows
// the '@' at token i. At most maxRivals addresses are read, so that a
// text of many stays linear.
func (x *xstate) otherEmailAfter(i int, addr string) bool {
	more := 0
	for _, k := range x.keys {
		m := int(k)
		if m <= i || !x.p(m, '@') || !x.glued(m) || !x.glued(m+1) {
			continue
		}
		if more++; more > maxRivals {
			return false
		}
		at := int(x.toks[m].start)
		lo, hi := x.emailAt(at)
		if lo < at && hi > at+1 && !strings.EqualFold(x.text[lo:hi], addr) && !siteMailbox(x.text[lo:at]) && !x.siteLine(lo) {
			return true
		}
	}
	return false
}

// readURL reads the first web address.
func (x *xstate) readURL(o *lmh.Offering) {
	if !x.hasDot {
		return
	}
	t := x.text
	got, glo, ghi, more := "", 0, 0, 0
	// The dots of one run of glued tokens share its first word, and the
	// addresses read from there share their end: what the last dot found
	// is kept, so that a long run of dots ("a.a.a.…") is read once, not
	// once for each (the walks below are the same from any of them).
	from, start := -1, -1            // the last walk began at token from and found start
	end, counted := -1, false        // the start of the last address read, and whether it was taken or compared
	runLo, rawEnd, cut := -1, -1, -1 // the last run of URL bytes read: [runLo, rawEnd), and its end once trimmed
	for _, k := range x.trig[trigURL] {
		// An address has a dot glued between two words ("www.afasi.no",
		// "https://afasi.no"); it begins at the first word of its run of
		// glued tokens.
		d := int(k)
		if !x.p(d, '.') || !x.glued(d) || x.tok(d-1).kind != tWord || x.tok(d+1).kind != tWord || !x.glued(d+1) {
			continue
		}
		i := d - 1
		for i > 0 && x.glued(i) && x.tok(i-1).kind != tPunct || i > 1 && x.glued(i) && (x.p(i-1, '/') || x.p(i-1, ':') || x.p(i-1, '.') || x.p(i-1, '-')) && x.glued(i-1) {
			if i == from {
				i = start // the rest of the walk is the last one's
				break
			}
			x.s.work++
			i--
		}
		if from, start = d-1, i; i == end {
			// The address read from i again: turned down again, or the
			// same address compared again.
			if counted {
				if more++; more > maxRivals {
					break
				}
			}
			continue
		}
		end, counted = i, false
		tk := x.tok(i)
		if tk.kind != tWord || tk.flags&fSpace == 0 && i > 0 && !x.p(i-1, '(') && !x.p(i-1, '"') && !x.p(i-1, ':') {
			continue
		}
		lo := int(tk.start)
		if lo < runLo || lo >= rawEnd {
			// A new run of URL bytes: where it ends, and where it ends
			// once the punctuation after an address is cut (an address
			// that begins later in the run ends there too).
			runLo, rawEnd = lo, lo
			for rawEnd < len(t) && urlChar(t[rawEnd]) {
				x.s.work++
				rawEnd++
			}
			cut = rawEnd
			for cut > lo && strings.IndexByte(".,:;?!)/-", t[cut-1]) >= 0 {
				x.s.work++
				cut--
			}
		}
		hi := max(cut, lo)
		if hi-lo > 500 {
			continue // too long for an address (see below), and not read again
		}
		u := t[lo:hi]
		var full string
		switch {
		case hasPrefixFold(u, "https://") || hasPrefixFold(u, "http://"):
			if len(u) < len("http://a.no") {
				continue
			}
			full = u
		case hasPrefixFold(u, "www.") && strings.Count(u, ".") >= 2:
			full = "https://" + u
		case strings.IndexByte(u, '@') >= 0:
			continue
		default:
			// A bare domain, in lower case as addresses are written ("NRK.no"
			// names a source, not the offering's page).
			if t[lo] < 'a' || t[lo] > 'z' {
				continue
			}
			host, _, _ := strings.Cut(u, "/")
			dot := strings.LastIndexByte(host, '.')
			if dot <= 0 {
				continue
			}
			switch host[dot+1:] {
			case "no", "com", "org", "net":
			default:
				continue
			}
			full = "https://" + u
		}
		if len(full) > 500 || x.creditBefore(i) {
			continue
		}
		counted = true
		if got == "" {
			got, glo, ghi = full, lo, hi
			continue
		}
		// A second address on another site ("Les mer på
		// www.kreftforeningen.no. Påmelding på www.moss.kommune.no/kurs"):
		// the text does not say which is the offering's. At most
		// maxRivals are compared.
		if urlHost(full) != urlHost(got) {
			return
		}
		if more++; more > maxRivals {
			break
		}
	}
	if got != "" && x.give("url", int32(glo), int32(ghi), BasisURL) != nil {
		o.URL = got
	}
}

// urlHost returns the host of a web address, in lower case and without
// "www.".
func urlHost(u string) string {
	_, u, _ = strings.Cut(u, "://")
	u, _, _ = strings.Cut(u, "/")
	u = strings.ToLower(u)
	return strings.TrimPrefix(u, "www.")
}

// creditBefore reports whether a source's or a picture's credit comes
// just before the address at token i on its line ("Kilde:
// www.helsenorge.no", "Foto: NTB"): a source of the page, not the
// offering's.
func (x *xstate) creditBefore(i int) bool {
	for k := i - 1; k >= i-3 && k >= 0; k-- {
		if x.isAny(k, vKilde, vKjelde, vKilder, vKjelder, vFoto, vIllustrasjon) {
			return true
		}
		if x.toks[k].flags&fLine != 0 {
			break
		}
	}
	return false
}

// hasPrefixFold reports whether s begins with the lower-case ASCII prefix,
// ignoring case.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if s[i]|0x20 != prefix[i]|0x20 {
			return false
		}
	}
	return true
}
