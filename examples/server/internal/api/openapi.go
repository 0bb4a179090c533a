package api

import (
	_ "embed"
	"net/http"
)

// openapiDoc is the OpenAPI 3.1 description of the service, written by
// hand; a test checks it against Routes and CI validates it.
//
//go:embed openapi.json
var openapiDoc []byte

// OpenAPI returns the OpenAPI description.
func OpenAPI() []byte { return append([]byte(nil), openapiDoc...) }

func (s *Server) openapi(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "max-age=3600")
	w.Write(openapiDoc)
}
