package match

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"slices"

	"github.com/lmhkit/lmhkit/lmh/geo"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// accessColours are the heat table's colours, one per Access level: grey
// for a gap, then blues darkening as the offering comes closer.
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
	"day":      {"Tilbud som er åpne", "Tilbod som er opne", "Offerings open on"},
	"cond":     {"Diagnoser", "Diagnosar", "Conditions"},
	"theme":    {"Tema", "Tema", "Themes"},
	"for":      {"for", "for", "for"},
	"gaps":     {"kommuner uten noe tilbud de kan nå", "kommunar utan noko tilbod dei kan nå", "municipalities with no offering they can reach"},
	"reach":    {"kommuner kan nå et tilbud", "kommunar kan nå eit tilbod", "municipalities can reach an offering"},
	"local":    {"i eget fylke", "i eige fylke", "in their own county"},
	"national": {"Hele landet", "Heile landet", "Norway"},
	"legend":   {"Tegnforklaring", "Teiknforklaring", "Legend"},
	"mixed":    {"noen kommuner i fylket har tilbud, andre ingen", "nokre kommunar i fylket har tilbod, andre ingen", "some municipalities in the county have an offering, others none"},
}

func htmlT(key string, l taxonomy.Lang) string { return htmlText[key][l.Index()] }

// WriteHTML writes a self-contained HTML page (no scripts, no external
// files) with one SVG heat table of counties × conditions and one of
// counties × themes per role of the report, in the given language. Each
// cell is coloured by the access level most of the county's municipalities
// reach (the median), and carries a tooltip with the counts.
func (r *AccessReport) WriteHTML(w io.Writer, l taxonomy.Lang) error {
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	lang := [3]string{"nb", "nn", "en"}[l.Index()]
	p("<!DOCTYPE html>\n<html lang=%q>\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n", lang, html.EscapeString(htmlT("title", l)))
	p("<style>body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;margin:24px;color:#222;max-width:1600px}" +
		"h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 6px}p{margin:4px 0;font-size:14px;color:#444}" +
		"svg text{font-family:inherit}.legend span{display:inline-block;width:14px;height:14px;margin:0 4px 0 12px;vertical-align:middle;border:1px solid #bbb}" +
		".legend{font-size:13px;margin:8px 0}</style>\n</head>\n<body>\n")
	p("<h1>%s</h1>\n<p>%s %s. %s</p>\n", html.EscapeString(htmlT("title", l)), html.EscapeString(htmlT("day", l)), r.day, html.EscapeString(htmlT("intro", l)))
	p("<div class=\"legend\">%s:", html.EscapeString(htmlT("legend", l)))
	for a := AccessNone; a <= AccessMunicipality; a++ {
		p("<span style=\"background:%s\"></span>%s", accessColours[a], html.EscapeString(a.Label(l)))
	}
	p("<span style=\"border:none;width:auto;margin-left:18px\"><svg width=\"10\" height=\"10\"><circle cx=\"5\" cy=\"5\" r=\"3\" fill=\"#c0392b\"/></svg></span>%s", html.EscapeString(htmlT("mixed", l)))
	p("</div>\n")
	var conds, themes []taxonomy.Ref
	for _, t := range r.topics {
		if t.Facet() == taxonomy.FacetCondition {
			conds = append(conds, t)
		} else {
			themes = append(themes, t)
		}
	}
	for _, role := range r.roles {
		for _, part := range []struct {
			key    string
			topics []taxonomy.Ref
		}{{"cond", conds}, {"theme", themes}} {
			if len(part.topics) == 0 {
				continue
			}
			p("<h2>%s %s %s</h2>\n", html.EscapeString(htmlT(part.key, l)), htmlT("for", l), html.EscapeString(rolePlural[role][l.Index()]))
			r.writeHeatSVG(bw, l, role, part.topics)
		}
	}
	p("</body>\n</html>\n")
	return bw.Flush()
}

func (r *AccessReport) writeHeatSVG(w io.Writer, l taxonomy.Lang, role taxonomy.Role, topics []taxonomy.Ref) {
	const (
		cell   = 22
		left   = 170
		top    = 190
		bottom = 10
	)
	counties := geo.Counties()
	rows := len(counties) + 1
	width := left + len(topics)*cell + 150 // room for the last slanted labels
	height := top + rows*cell + bottom
	fmt.Fprintf(w, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">\n", width, height, width, height)
	for j, t := range topics {
		x := left + j*cell + cell/2
		fmt.Fprintf(w, "<text x=\"%d\" y=\"%d\" font-size=\"12\" transform=\"rotate(-55 %d %d)\">%s</text>\n", x, top-6, x, top-6, html.EscapeString(t.Label(l)))
	}
	type rowSpec struct {
		name  string
		share func(t taxonomy.Ref) (Share, Access)
	}
	var specs []rowSpec
	for _, c := range counties {
		c := c
		specs = append(specs, rowSpec{c.Name, func(t taxonomy.Ref) (Share, Access) {
			return r.County(c.Number, role, t), r.medianAccess(func(m geo.Municipality) bool { return m.County.Number == c.Number }, role, t)
		}})
	}
	specs = append(specs, rowSpec{htmlT("national", l), func(t taxonomy.Ref) (Share, Access) {
		return r.National(role, t), r.medianAccess(func(geo.Municipality) bool { return true }, role, t)
	}})
	for i, s := range specs {
		y := top + i*cell
		weight := "normal"
		if i == len(specs)-1 {
			weight = "bold"
			y += 4
		}
		fmt.Fprintf(w, "<text x=\"%d\" y=\"%d\" font-size=\"13\" text-anchor=\"end\" font-weight=\"%s\">%s</text>\n", left-8, y+cell-7, weight, html.EscapeString(s.name))
		for j, t := range topics {
			sh, med := s.share(t)
			tip := fmt.Sprintf("%s – %s: %d/%d %s, %d %s", s.name, t.Label(l), sh.Reachable, sh.Municipalities, htmlT("reach", l), sh.Local, htmlT("local", l))
			fmt.Fprintf(w, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"#fff\"><title>%s</title></rect>\n",
				left+j*cell, y, cell, cell, accessColours[med], html.EscapeString(tip))
			if i < len(specs)-1 && sh.Reachable > 0 && sh.Reachable < sh.Municipalities {
				// A dot marks a county where some municipalities have an
				// offering within reach and others have none.
				fmt.Fprintf(w, "<circle cx=\"%d\" cy=\"%d\" r=\"3\" fill=\"#c0392b\"/>\n", left+j*cell+cell/2, y+cell/2)
			}
		}
	}
	fmt.Fprintf(w, "</svg>\n")
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
