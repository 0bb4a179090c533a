package glossary

import (
	"errors"
	"os"
)

func errorsAs(err error, target any) bool { return errors.As(err, target) }
func errorsIs(err, target error) bool     { return errors.Is(err, target) }

func readListings() (string, error) {
	b, err := os.ReadFile("testdata/listings.txt")
	return string(b), err
}
