// Package errors builds simple error values and walks chains of wrapped
// errors, as Go 1.19's package errors does.
//
// As is not provided yet: it needs reflect to assign through an arbitrary
// pointer target.
package errors

// New returns an error whose Error method reports text. Each call yields
// a distinct value: two errors made from the same text are not equal.
func New(text string) error {
	return &textError{msg: text}
}

// textError is the error New makes; a pointer so that identity, not the
// text, decides equality.
type textError struct {
	msg string // what Error reports
}

func (e *textError) Error() string {
	return e.msg
}
