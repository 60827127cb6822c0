// Package errors: the fuzzer's stub (../README.md).
package errors

type errorString struct{ s string }

func (e *errorString) Error() string { return e.s }

func New(text string) error                 { return &errorString{text} }
func Is(err, target error) bool             { return err == target }
func As(err error, target interface{}) bool { return false }
func Unwrap(err error) error                { return nil }
