package match

import (
	"bytes"
	"encoding/xml"
	"math"
	"regexp"
	"strings"
	"testing"

	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/taxonomy"
)

var svgBlock = regexp.MustCompile(`(?s)<svg xmlns=.*?</svg>`)

// TestHeatTablesWellFormed: every heat table is well-formed SVG (the page
// is built by html/template, so no label can break it), its legend lists
// only the levels its cells use, and each table is wide enough for its
// last slanted label (issue 19: the 1,464-pixel table clipped its last
// label, and the legend promised a colour that never appeared).
func TestHeatTablesWellFormed(t *testing.T) {
	rep := sampleCoverage(t, AccessQuery{})
	for _, l := range taxonomy.Langs() {
		var buf bytes.Buffer
		if err := rep.WriteHTML(&buf, l); err != nil {
			t.Fatal(err)
		}
		page := buf.String()
		// The tables scale down to the window (the old 1,464-pixel table
		// ran past a 1,400-pixel window and lost its last label).
		if !strings.Contains(page, "svg{max-width:100%;height:auto}") || !strings.Contains(page, "viewBox=") {
			t.Errorf("%v: tables do not scale to the window", l)
		}
		tables := svgBlock.FindAllString(page, -1)
		if len(tables) != 2*len(rep.Roles()) {
			t.Fatalf("%v: %d tables, want %d", l, len(tables), 2*len(rep.Roles()))
		}
		for _, svg := range tables {
			var doc struct {
				Width  int `xml:"width,attr"`
				Labels []struct {
					X    int    `xml:"x,attr"`
					Y    int    `xml:"y,attr"`
					Text string `xml:",chardata"`
				} `xml:"text"`
			}
			if err := xml.Unmarshal([]byte(svg), &doc); err != nil {
				t.Fatalf("%v: a table is not well-formed SVG: %v", l, err)
			}
			for _, lab := range doc.Labels {
				reach := float64(lab.X) + heatCharPx*float64(len([]rune(lab.Text)))*math.Cos(heatLabelAng*math.Pi/180)
				if lab.Y < heatTop && int(reach) > doc.Width {
					t.Errorf("%v: label %q reaches %.0f px, the table is %d wide", l, lab.Text, reach, doc.Width)
				}
			}
		}
		legend := page[strings.Index(page, `<div class="legend">`):]
		legend = legend[:strings.Index(legend, "</div>")]
		for a := AccessNone; a <= AccessMunicipality; a++ {
			inLegend := strings.Contains(legend, accessColours[a])
			inCells := strings.Contains(page, `fill="`+accessColours[a]+`"`)
			if inLegend != inCells {
				t.Errorf("%v: level %s in legend %v, in cells %v", l, a, inLegend, inCells)
			}
		}
	}
}

// TestCountyHeatTable: a county's table has a row per municipality in
// Norwegian order, and there the darkest level, an offering in the
// municipality itself, does appear.
func TestCountyHeatTable(t *testing.T) {
	rep := sampleCoverage(t, AccessQuery{Roles: []taxonomy.Role{taxonomy.RolePatient}})
	var buf bytes.Buffer
	if err := rep.WriteCountyHTML(&buf, taxonomy.NB, "34"); err != nil { // Innlandet: Hamar has a kols course
		t.Fatal(err)
	}
	page := buf.String()
	if !strings.Contains(page, `fill="`+accessColours[AccessMunicipality]+`"`) {
		t.Error("no cell shows an offering in the municipality")
	}
	c, _ := geo.LookupCounty("34")
	if got, want := strings.Count(page, "<rect"), (len(c.Municipalities())+1)*len(rep.Topics()); got != want {
		t.Errorf("%d cells, want %d", got, want)
	}
	iÅ, iØ := strings.Index(page, ">Åmot<"), strings.Index(page, ">Østre Toten<")
	if iÅ < 0 || iØ < 0 || iØ > iÅ {
		t.Errorf("rows not in Norwegian order (Østre Toten at %d, Åmot at %d)", iØ, iÅ)
	}
	if err := rep.WriteCountyHTML(&buf, taxonomy.NB, "99"); err == nil {
		t.Error("county 99 accepted")
	}
}

// TestHeatTableEscapes: a name with markup in it is text on the page, not
// markup.
func TestHeatTableEscapes(t *testing.T) {
	var buf bytes.Buffer
	p := heatPage{Title: `<b>x</b>`, Tables: []heatTable{{Heading: `"><script>alert(1)</script>`, Width: 10, Height: 10,
		Rows: []heatRow{{Name: `</text><script>`, Cells: []heatCellView{{Colour: "#fff", Tip: `<i>`}}}}}}}
	if err := coverageTmpl.Execute(&buf, p); err != nil {
		t.Fatal(err)
	}
	if s := buf.String(); strings.Contains(s, "<script>") || strings.Contains(s, "<b>x") || strings.Contains(s, "<i>") {
		t.Errorf("markup from data reached the page:\n%s", s)
	}
}
