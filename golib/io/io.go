// Package io holds Go 1.19's basic I/O interfaces; for now the Writer
// that fmt's Fprint functions write to, and the errors they may return.
package io

import "errors"

// A Writer writes len(p) bytes from p, returning how many it wrote and,
// when that is fewer, why.
type Writer interface {
	Write(p []byte) (n int, err error)
}

// A Reader reads up to len(p) bytes into p.
type Reader interface {
	Read(p []byte) (n int, err error)
}

// A StringWriter writes a string.
type StringWriter interface {
	WriteString(s string) (n int, err error)
}

// EOF is the error Read returns when no more input is available.
var EOF = errors.New("EOF")

// ErrShortWrite means a write accepted fewer bytes than asked, without an
// error.
var ErrShortWrite = errors.New("short write")

// WriteString writes s to w, through its WriteString method if it has one.
func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}
