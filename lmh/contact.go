package lmh

// Contact is how to reach the provider about one offering: a public
// telephone number and e-mail address. The offering's web address is
// Offering.URL. A plain value, safe for concurrent use.
type Contact struct {
	// Phone is a Norwegian telephone number: eight digits, the first 2–9,
	// optionally after +47, with single spaces between groups of digits
	// ("22 11 22 11", "+47 911 22 333"); see ValidPhoneNumber.
	Phone string `json:"phone,omitempty" validate:"omitempty,phone"`
	// Email is an e-mail address ("lms@example.no").
	Email string `json:"email,omitempty" validate:"omitempty,email,max=254"`
}

// IsZero reports whether no contact is given.
func (c Contact) IsZero() bool { return c == Contact{} }

// ValidPhoneNumber reports whether s is a Norwegian telephone number as
// Contact.Phone writes it: an optional country code "+47", then eight
// digits of which the first is 2–9 (numbers starting 0 or 1 are short or
// special numbers), with at most one space between any two digits and
// after the country code, and none at either end.
func ValidPhoneNumber(s string) bool {
	if len(s) > 2 && s[0] == '+' {
		if len(s) < 4 || s[1] != '4' || s[2] != '7' {
			return false
		}
		s = s[3:]
		if len(s) > 0 && s[0] == ' ' {
			s = s[1:]
		}
	}
	n := 0
	space := true // no space at the start
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if space {
				return false
			}
			space = true
		case c >= '0' && c <= '9':
			if n == 0 && c < '2' {
				return false
			}
			n++
			space = false
		default:
			return false
		}
	}
	return n == 8 && !space
}
