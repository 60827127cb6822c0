package os

import (
	"io/fs"
	"syscall"
)

// The errors that file operations wrap (io/fs's): errors.Is(err,
// ErrNotExist) is true of a *PathError holding ENOENT, through
// syscall.Errno's Is.
var (
	ErrInvalid    = fs.ErrInvalid    // "invalid argument"
	ErrPermission = fs.ErrPermission // "permission denied"
	ErrExist      = fs.ErrExist      // "file already exists"
	ErrNotExist   = fs.ErrNotExist   // "file does not exist"
	ErrClosed     = fs.ErrClosed     // "file already closed"
)

// A PathError is an operation's failure on a file: "open x: no such file
// or directory".
type PathError = fs.PathError

// A SyscallError is a system call's failure: "setenv: invalid argument".
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// Timeout reports whether the error is a timeout.
func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// NewSyscallError returns err as a SyscallError of the call name, nil if
// err is nil.
func NewSyscallError(name string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{name, err}
}

// IsExist reports whether err says that a file already exists. Unlike
// errors.Is, it looks only inside a *PathError or *SyscallError, not down
// a chain of wrapped errors.
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

// IsNotExist reports whether err says that a file does not exist.
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

// IsPermission reports whether err says that permission was denied.
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

// IsTimeout reports whether err says that an operation timed out.
func IsTimeout(err error) bool {
	t, ok := underlyingError(err).(interface{ Timeout() bool })
	return ok && t.Timeout()
}

func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

// underlyingError is the error inside one of os's wrappers, else err.
func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}
