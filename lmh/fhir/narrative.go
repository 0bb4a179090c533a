package fhir

import "html"

// narrative returns generated XHTML narrative with a heading and one paragraph.
func narrative(title, text string) *Narrative {
	return &Narrative{
		Status: "generated",
		Div:    `<div xmlns="http://www.w3.org/1999/xhtml"><p><b>` + html.EscapeString(title) + `</b></p><p>` + html.EscapeString(text) + `</p></div>`,
	}
}
