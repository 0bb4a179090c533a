package classify

import (
	"flag"
	"fmt"
	"testing"
)

var dbgID = flag.String("dbg", "", "")

func TestDbgProvider(t *testing.T) {
	for _, r := range loadExtractSplit(t, "train") {
		if r.ID != *dbgID {
			continue
		}
		d := Extract(r.Title, r.Text, extractAsOf)
		for _, e := range d.Evidence {
			src := r.Text
			if e.Part == PartTitle {
				src = r.Title
			}
			fmt.Printf("%s %s %q\n", e.Field, e.Basis, src[e.Start:e.End])
		}
	}
}

func TestDbgContact(t *testing.T) {
	for _, r := range loadExtractSplit(t, "train") {
		d := Extract(r.Title, r.Text, extractAsOf)
		c := d.Offering.Contact
		if c.Phone != "" || c.Email != "" || d.Offering.URL != "" {
			fmt.Printf("%s phone=%q email=%q url=%q\n", r.ID, c.Phone, c.Email, d.Offering.URL)
		}
	}
}
