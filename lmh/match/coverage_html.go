package match

import (
	"bufio"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"slices"

	"github.com/lmhkit/lmhkit/internal/collation"
	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// accessColours are the heat table's colours, one per Access level: pale
// red for a gap, then blues darkening as the offering comes closer.
var accessColours = [...]string{
	AccessNone:         "#f4d4d4",
	AccessNational:     "#deebf7",
	AccessRegion:       "#9ecae1",
	AccessCounty:       "#4292c6",
	AccessMunicipality: "#08519c",
}

var htmlText = map[string][3]string{
	"title":    {"Dekning av lærings- og mestringstilbud", "Dekning av lærings- og meistringstilbod", "Coverage of learning and coping offerings"},
	"intro":    {"Hver rute viser hvor nær det nærmeste tilbudet er for de fleste kommunene i fylket (medianen). Hold pekeren over en rute for tallene.", "Kvar rute viser kor nær det næraste tilbodet er for dei fleste kommunane i fylket (medianen). Hald peikaren over ei rute for tala.", "Each cell shows how close the nearest offering is for most of the county's municipalities (the median). Hover over a cell for the figures."},
	"introC":   {"Hver rute viser hvor nær det nærmeste tilbudet er for kommunen.", "Kvar rute viser kor nær det næraste tilbodet er for kommunen.", "Each cell shows how close the nearest offering is for the municipality."},
	"day":      {"Tilbud som er åpne", "Tilbod som er opne", "Offerings open on"},
	"cond":     {"Diagnoser", "Diagnosar", "Conditions"},
	"theme":    {"Tema", "Tema", "Themes"},
	"for":      {"for", "for", "for"},
	"reach":    {"kommuner kan nå et tilbud", "kommunar kan nå eit tilbod", "municipalities can reach an offering"},
	"local":    {"i eget fylke", "i eige fylke", "in their own county"},
	"national": {"Hele landet", "Heile landet", "Norway"},
	"legend":   {"Tegnforklaring", "Teiknforklaring", "Legend"},
	"mixed":    {"noen kommuner i fylket har tilbud, andre ingen", "nokre kommunar i fylket har tilbod, andre ingen", "some municipalities in the county have an offering, others none"},
}

func htmlT(key string, l taxonomy.Lang) string { return htmlText[key][l.Index()] }

// The heat table's geometry, in pixels. Topic labels are written at 55°
// above the columns; the table is as wide as its last label reaches, so
// nothing is clipped, and it scales down to fit narrow windows.
const (
	heatCell     = 22
	heatLeft     = 170 // room for the row names
	heatTop      = 190 // room for the slanted topic labels
	heatBottom   = 10
	heatLabelPx  = 12  // font size of the topic labels
	heatCharPx   = 6.6 // a generous average advance per character at that size
	heatLabelAng = 55  // degrees above the horizontal
)

//go:embed coverage.html.tmpl
var coverageHTML string

var coverageTmpl = template.Must(template.New("coverage").Parse(coverageHTML))

// heatPage is what the template renders.
type heatPage struct {
	Lang, Title, Intro, DayLabel string
	Day                          string
	LegendLabel, MixedLabel      string
	Legend                       []legendEntry
	Tables                       []heatTable
	ShowMixed                    bool
}

type legendEntry struct{ Colour, Label string }

type heatTable struct {
	Heading       string
	Width, Height int
	Labels        []heatLabel
	Rows          []heatRow
}

type heatLabel struct {
	X, Y int
	Text string
}

type heatRow struct {
	Name   string
	Y      int // the row's top
	TextY  int
	Bold   bool
	Cells  []heatCellView
	Marked bool
}

type heatCellView struct {
	X      int
	Colour string
	Tip    string
	Mixed  bool // some municipalities of the area reach an offering, others none
	DotX   int
	DotY   int
}

// WriteHTML writes a self-contained HTML page (no scripts, no external
// files) with one SVG heat table of counties × conditions and one of
// counties × themes per role of the report, in the given language. Each
// cell is coloured by the access level most of the county's municipalities
// reach (the median), and carries a tooltip with the counts. The page is
// built with html/template, so no name or label can break it, and its
// legend shows only the levels its tables use.
func (r *AccessReport) WriteHTML(w io.Writer, l taxonomy.Lang) error {
	counties := geo.Counties()
	rows := make([]heatRowSpec, 0, len(counties)+1)
	for _, c := range counties {
		rows = append(rows, heatRowSpec{name: c.Name, in: func(m geo.Municipality) bool { return m.County.Number == c.Number },
			share: func(role taxonomy.Role, t taxonomy.Ref) Share { return r.County(c.Number, role, t) }})
	}
	rows = append(rows, heatRowSpec{name: htmlT("national", l), in: func(geo.Municipality) bool { return true },
		share: func(role taxonomy.Role, t taxonomy.Ref) Share { return r.National(role, t) }, total: true})
	return r.writePage(w, l, htmlT("intro", l), rows)
}

// WriteCountyHTML writes a page like WriteHTML for one county, with a row
// per municipality (in Norwegian alphabetical order): how close the nearest
// offering is for each. It returns an error for a fylkesnummer not in the
// 2024 list.
func (r *AccessReport) WriteCountyHTML(w io.Writer, l taxonomy.Lang, fylkesnummer string) error {
	c, ok := geo.LookupCounty(fylkesnummer)
	if !ok {
		return fmt.Errorf("match: WriteCountyHTML: no county %q in the 2024 list", fylkesnummer)
	}
	munis := c.Municipalities()
	collation.SortFunc(munis, func(m geo.Municipality) string { return m.Name })
	rows := make([]heatRowSpec, 0, len(munis)+1)
	for _, m := range munis {
		rows = append(rows, heatRowSpec{name: m.Name, in: func(x geo.Municipality) bool { return x.Number == m.Number },
			share: func(role taxonomy.Role, t taxonomy.Ref) Share {
				return r.share(func(x geo.Municipality) bool { return x.Number == m.Number }, role, t)
			}})
	}
	rows = append(rows, heatRowSpec{name: c.Name, in: func(x geo.Municipality) bool { return x.County.Number == c.Number },
		share: func(role taxonomy.Role, t taxonomy.Ref) Share { return r.County(c.Number, role, t) }, total: true})
	return r.writePage(w, l, htmlT("introC", l), rows)
}

// heatRowSpec is one row of a heat table: an area and its roll-up.
type heatRowSpec struct {
	name  string
	in    func(geo.Municipality) bool
	share func(taxonomy.Role, taxonomy.Ref) Share
	total bool // the last, bold row
}

func (r *AccessReport) writePage(w io.Writer, l taxonomy.Lang, intro string, rows []heatRowSpec) error {
	page := heatPage{
		Lang: [3]string{"nb", "nn", "en"}[l.Index()], Title: htmlT("title", l), Intro: intro,
		DayLabel: htmlT("day", l), Day: r.day.String(), LegendLabel: htmlT("legend", l), MixedLabel: htmlT("mixed", l),
	}
	var conds, themes []taxonomy.Ref
	for _, t := range r.topics {
		if t.Facet() == taxonomy.FacetCondition {
			conds = append(conds, t)
		} else {
			themes = append(themes, t)
		}
	}
	var used [len(accessColours)]bool
	for _, role := range r.roles {
		for _, part := range []struct {
			key    string
			topics []taxonomy.Ref
		}{{"cond", conds}, {"theme", themes}} {
			if len(part.topics) == 0 {
				continue
			}
			heading := htmlT(part.key, l) + " " + htmlT("for", l) + " " + rolePlural[role][l.Index()]
			t := r.heatTable(l, role, part.topics, rows, heading, &used)
			for _, row := range t.Rows {
				for _, c := range row.Cells {
					page.ShowMixed = page.ShowMixed || c.Mixed
				}
			}
			page.Tables = append(page.Tables, t)
		}
	}
	for a := AccessNone; a <= AccessMunicipality; a++ {
		if used[a] {
			page.Legend = append(page.Legend, legendEntry{accessColours[a], a.Label(l)})
		}
	}
	bw := bufio.NewWriter(w)
	if err := coverageTmpl.Execute(bw, page); err != nil {
		return err
	}
	return bw.Flush()
}

// heatTable lays out one table: its size fits its last slanted label.
func (r *AccessReport) heatTable(l taxonomy.Lang, role taxonomy.Role, topics []taxonomy.Ref, rows []heatRowSpec, heading string, used *[len(accessColours)]bool) heatTable {
	t := heatTable{Heading: heading}
	cos, sin := math.Cos(heatLabelAng*math.Pi/180), math.Sin(heatLabelAng*math.Pi/180)
	right := heatLeft + len(topics)*heatCell
	for j, topic := range topics {
		label := topic.Label(l)
		x := heatLeft + j*heatCell + heatCell/2
		t.Labels = append(t.Labels, heatLabel{X: x, Y: heatTop - 6, Text: label})
		reach := float64(x) + heatCharPx*float64(len([]rune(label)))*cos + heatLabelPx*sin
		right = max(right, int(math.Ceil(reach))+4)
	}
	t.Width = right
	t.Height = heatTop + len(rows)*heatCell + heatBottom + 4
	for i, spec := range rows {
		y := heatTop + i*heatCell
		if spec.total {
			y += 4
		}
		row := heatRow{Name: spec.name, Y: y, TextY: y + heatCell - 7, Bold: spec.total}
		for j, topic := range topics {
			sh := spec.share(role, topic)
			med := r.medianAccess(spec.in, role, topic)
			used[med] = true
			x := heatLeft + j*heatCell
			mixed := !spec.total && sh.Municipalities > 1 && sh.Reachable > 0 && sh.Reachable < sh.Municipalities
			row.Cells = append(row.Cells, heatCellView{
				X: x, Colour: accessColours[med], Mixed: mixed, DotX: x + heatCell/2, DotY: y + heatCell/2,
				Tip: fmt.Sprintf("%s – %s: %s (%d/%d %s, %d %s)", spec.name, topic.Label(l), med.Label(l),
					sh.Reachable, sh.Municipalities, htmlT("reach", l), sh.Local, htmlT("local", l)),
			})
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// medianAccess returns the access level at least half of the area's
// municipalities reach.
func (r *AccessReport) medianAccess(in func(geo.Municipality) bool, role taxonomy.Role, topic taxonomy.Ref) Access {
	ri, ti, ok := r.index(role, topic)
	if !ok {
		return AccessNone
	}
	var levels []Access
	for m, mu := range r.munis {
		if in(mu) {
			levels = append(levels, r.cells[(m*len(r.roles)+ri)*len(r.topics)+ti])
		}
	}
	if len(levels) == 0 {
		return AccessNone
	}
	slices.Sort(levels)
	return levels[len(levels)/2]
}
