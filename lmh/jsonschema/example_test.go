package jsonschema_test

import (
	"encoding/json"
	"fmt"

	"github.com/lmhkit/lmhkit/lmh/jsonschema"
)

func ExampleOffering() {
	b, err := jsonschema.Offering()
	if err != nil {
		panic(err)
	}
	var s struct {
		Schema string   `json:"$schema"`
		ID     string   `json:"$id"`
		Req    []string `json:"required"`
	}
	if err := json.Unmarshal(b, &s); err != nil {
		panic(err)
	}
	fmt.Println(s.Schema)
	fmt.Println(s.ID)
	fmt.Println(s.Req[:4])
	// Output:
	// https://json-schema.org/draft/2020-12/schema
	// https://lmhkit.github.io/fhir/jsonschema/offering.schema.json
	// [id lang name provider]
}

func ExampleNeed() {
	b, err := jsonschema.Need()
	if err != nil {
		panic(err)
	}
	var s struct {
		Properties map[string]struct {
			Type    any `json:"type"`
			Minimum any `json:"minimum"`
			Maximum any `json:"maximum"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(b, &s); err != nil {
		panic(err)
	}
	age := s.Properties["age"]
	fmt.Println(age.Type, age.Minimum, age.Maximum)
	// Output:
	// integer 0 130
}
