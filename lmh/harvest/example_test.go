package harvest_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/lmhkit/lmhkit/lmh"
	"github.com/lmhkit/lmhkit/lmh/classify"
	"github.com/lmhkit/lmhkit/lmh/harvest"
)

func ExampleRun() {
	in := strings.NewReader("id;tittel;tekst\n" +
		"k1;Kolsskole;Lærings- og mestringssenteret inviterer pasienter med kols og pårørende til kurs.\n" +
		"k2;Ledig stilling;Vi søker sykepleier.\n" +
		"k3;Tomt\n")
	st, err := harvest.Run(context.Background(), in, io.Discard, harvest.Options{Workers: 2})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s: %d read, %d written, %d errors, %d in scope\n", st.Format, st.Read, st.Written, st.Errors, st.InScope)
	// Output:
	// csv: 3 read, 3 written, 1 errors, 1 in scope
}

// ExampleRun_drafts shows the default output of an in-scope record: its
// classification, then the draft offering, the evidence of each field the
// text states and the warnings (what the draft lacks before it is a valid
// offering).
func ExampleRun_drafts() {
	in := strings.NewReader(`{"id":"k1","title":"Pårørendeskole","text":"Ringsaker kommune tilbyr kurs for pårørende til personer med demens over fem kvelder, for 8–12 deltakere. Kurset er gratis."}` + "\n")
	var out strings.Builder
	_, err := harvest.Run(context.Background(), in, &out, harvest.Options{Workers: 1, AsOf: lmh.Date{Year: 2026, Month: 12, Day: 5}})
	if err != nil {
		fmt.Println(err)
		return
	}
	var line struct {
		InScope  bool `json:"in_scope"`
		Offering struct {
			Provider struct{ Name string } `json:"provider"`
			Frames   struct {
				Capacity struct{ Min, Max int }
			} `json:"frames"`
		} `json:"offering"`
		Evidence []struct{ Field, Rule string } `json:"offering_evidence"`
		Warnings []struct{ Field, Rule string } `json:"warnings"`
	}
	if err := json.Unmarshal([]byte(out.String()), &line); err != nil {
		fmt.Println(err)
		return
	}
	o := line.Offering
	fmt.Println(line.InScope, o.Provider.Name, o.Frames.Capacity.Min, o.Frames.Capacity.Max)
	for _, e := range line.Evidence {
		if e.Field == "frames.capacity.max" {
			fmt.Println(e.Field, e.Rule)
		}
	}
	fmt.Println(len(line.Warnings) > 0)
	// Output:
	// true Ringsaker kommune 8 12
	// frames.capacity.max capacity_range
	// true
}

func ExampleReader() {
	r := harvest.NewReader(strings.NewReader(
		`{"id":"a","title":"Kurs","text":"Kurs for pårørende","url":"https://example.org/a"}`+"\n"+
			`{"id":"b","text":""}`+"\n"), harvest.Options{})
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
		if rec.Err != nil {
			fmt.Printf("line %d (%s): %v\n", rec.Line, rec.ID, rec.Err)
			continue
		}
		fmt.Printf("line %d (%s): %q, %d other member(s)\n", rec.Line, rec.ID, rec.Text, len(rec.Other))
	}
	fmt.Println(r.Format())
	// Output:
	// line 1 (a): "Kurs for pårørende", 1 other member(s)
	// line 2 (b): missing text
	// jsonl
}

func ExampleEncoder() {
	rec := harvest.Record{Line: 1, ID: "k1", HasID: true, Title: "Kolsskole", Text: "Kurs for personer med kols."}
	res := classify.Listing(rec.Title, rec.Text)
	var enc harvest.Encoder
	line := enc.Append(nil, &rec, &res)
	fmt.Println(strings.HasPrefix(string(line), `{"id":"k1","in_scope":true,`))

	bad := harvest.Record{Line: 7, Err: harvest.ErrMissingText}
	os.Stdout.Write(harvest.Encoder{Name: "listings.jsonl"}.Append(nil, &bad, nil))
	// Output:
	// true
	// {"line":7,"file":"listings.jsonl","id":null,"error":"missing text"}
}

func ExampleCompleteDraft() {
	rec := harvest.Record{Line: 3, ID: "k1", HasID: true, Title: "Pårørendeskole",
		Text: "Kurs for pårørende til personer med demens, fire kvelder i Bodø. Gratis."}
	d := classify.Extract(rec.Title, rec.Text, lmh.Date{Year: 2026, Month: 1, Day: 5})
	harvest.CompleteDraft(&d, "listings.jsonl", &rec, time.Date(2026, 1, 5, 12, 0, 0, 0, time.UTC))
	o := d.Offering
	fmt.Println(o.ID.Version(), o.Status, o.LastModified.Format(time.RFC3339), o.Languages)
	again := classify.Extract(rec.Title, rec.Text, lmh.Date{Year: 2026, Month: 1, Day: 5})
	harvest.CompleteDraft(&again, "listings.jsonl", &rec, time.Now())
	fmt.Println(again.Offering.ID == o.ID)
	// Output:
	// VERSION_5 active 2026-01-05T12:00:00Z [nb]
	// true
}

func ExampleRun_catalogue() {
	in := strings.NewReader(`{"id":"k1","title":"Pårørendeskole","text":"Kurs for pårørende til personer med demens, fire kvelder på Bodø bibliotek for 6–10 deltakere. Gratis."}
{"id":"k2","title":"Parkering","text":"Parkering ved hovedinngangen."}
{"id":"k3","title":"Kolsskole"}
`)
	var out strings.Builder
	rejected := func(r harvest.Rejection) { fmt.Printf("line %d, id %s: %v\n", r.Line, r.ID, r.Err) }
	st, err := harvest.Run(context.Background(), in, &out, harvest.Options{Catalogue: true, Workers: 1, Rejected: rejected})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d read, %d in scope, %d omitted\n", st.Read, st.InScope, st.Omitted)
	offerings, err := lmh.LoadCatalogue(strings.NewReader(out.String()))
	fmt.Println(len(offerings), "valid offerings;", err != nil)
	for e := range lmh.Entries(strings.NewReader(out.String())) {
		o := e.Offering
		fmt.Println(o.Name, o.Frames.Capacity.Min, o.Frames.Capacity.Max, o.Status)
	}
	// Output:
	// line 3, id k3: missing text
	// 3 read, 1 in scope, 2 omitted
	// 0 valid offerings; true
	// Pårørendeskole 6 10 active
}

func ExampleAppendJSONString() {
	b := harvest.AppendJSONString([]byte(`{"file":`), "påmelding \"nå\".jsonl")
	fmt.Println(string(append(b, '}')))
	// Output:
	// {"file":"påmelding \"nå\".jsonl"}
}
