// Package fs is the part of Go 1.19's io/fs that os needs: the errors of
// file operations (PathError and the generic errors that errors.Is
// matches) and FileMode. os names these by aliases, as Go's does.
package fs

import "internal/oserror"

// The generic file errors. errors.Is(err, ErrNotExist) is true of an
// error that is or wraps one that means it (syscall.Errno's Is).
var (
	ErrInvalid    = oserror.ErrInvalid    // "invalid argument"
	ErrPermission = oserror.ErrPermission // "permission denied"
	ErrExist      = oserror.ErrExist      // "file already exists"
	ErrNotExist   = oserror.ErrNotExist   // "file does not exist"
	ErrClosed     = oserror.ErrClosed     // "file already closed"
)

// A PathError is an operation's failure on a file: "open x: no such file
// or directory".
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// Timeout reports whether the error is a timeout.
func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}
