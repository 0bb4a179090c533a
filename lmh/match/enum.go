package match

import (
	"fmt"

	"github.com/lmhkit/lmhkit/internal/enum"
	"github.com/lmhkit/lmhkit/lmh"
)

// parseEnum parses a code of spec, or returns an *lmh.EnumError.
func parseEnum(spec *enum.Spec, in string) (uint8, error) {
	if v, ok := spec.Parse(in); ok {
		return v, nil
	}
	return 0, &lmh.EnumError{Enum: spec.Name, Value: in}
}

// unmarshalEnum is parseEnum for UnmarshalText: "" gives the zero value.
func unmarshalEnum(spec *enum.Spec, b []byte) (uint8, error) {
	if len(b) == 0 {
		return 0, nil
	}
	return parseEnum(spec, string(b))
}

// marshalEnum is spec.Marshal with the package's error prefix.
func marshalEnum(spec *enum.Spec, typ string, v uint8) ([]byte, error) {
	b, err := spec.Marshal(typ, v)
	if err != nil {
		return nil, fmt.Errorf("match: %w", err)
	}
	return b, nil
}
