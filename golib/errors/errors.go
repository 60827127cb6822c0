// Package errors builds simple error values and walks chains of wrapped
// errors, as Go 1.19's package errors does.
package errors

// New returns an error whose Error method reports text. Each call yields
// a distinct value: two errors made from the same text are not equal.
func New(text string) error {
	return &errorString{s: text}
}

// errorString is the error New makes; a pointer so that identity, not the
// text, decides equality.
type errorString struct {
	s string // what Error reports
}

func (e *errorString) Error() string {
	return e.s
}
