// Package fmt: the fuzzer's stub (../README.md).
package fmt

import "os"

type Stringer interface{ String() string }

type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Flag(c int) bool
}

type Formatter interface{ Format(f State, verb rune) }

func Print(a ...interface{}) (n int, err error)                 { return 0, nil }
func Println(a ...interface{}) (n int, err error)               { return 0, nil }
func Printf(format string, a ...interface{}) (n int, err error) { return 0, nil }
func Sprint(a ...interface{}) string                            { return "" }
func Sprintln(a ...interface{}) string                          { return "" }
func Sprintf(format string, a ...interface{}) string            { return format }
func Errorf(format string, a ...interface{}) error              { return nil }
func Fprintf(w *os.File, format string, a ...interface{}) (n int, err error) {
	return len(format), nil
}
func Fprintln(w *os.File, a ...interface{}) (n int, err error) { return len(a), nil }
func Scan(a ...interface{}) (n int, err error)                 { return 0, nil }
func Scanln(a ...interface{}) (n int, err error)               { return 0, nil }
