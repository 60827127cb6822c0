// Differential test of golib/errors against Go 1.19's errors: New, Error,
// Unwrap and Is over chains with wrapping, custom Is methods, comparable
// and uncomparable error types.
package main

import (
	"errors"
	"fmt"
	"io"

	"golibtest/diff"
	myerrors "golibtest/errors"
)

// wrapped wraps inner with a message of its own.
type wrapped struct {
	msg   string
	inner error
}

func (w *wrapped) Error() string { return w.msg + ": " + w.inner.Error() }
func (w *wrapped) Unwrap() error { return w.inner }

// valErr is a comparable value type.
type valErr struct{ code int }

func (v valErr) Error() string { return fmt.Sprint("code ", v.code) }

// sliceErr is an uncomparable value type: == between two of them panics.
type sliceErr []int

func (s sliceErr) Error() string { return fmt.Sprint("slice ", []int(s)) }

// anyCode says it is every valErr whose code is its own.
type anyCode struct{ code int }

func (a anyCode) Error() string { return "anyCode" }
func (a anyCode) Is(t error) bool {
	v, ok := t.(valErr)
	return ok && v.code == a.code
}

// nilUnwrap wraps nothing.
type nilUnwrap struct{}

func (nilUnwrap) Error() string { return "nilUnwrap" }
func (nilUnwrap) Unwrap() error { return nil }

func main() {
	mine, theirs := myerrors.New("boom"), errors.New("boom")
	diff.Eq("New.Error", mine.Error(), theirs.Error())
	diff.Eq("New distinct", mine == myerrors.New("boom"), theirs == errors.New("boom"))
	diff.Eq("New self", mine == mine, theirs == theirs)
	diff.Eq("New empty", myerrors.New("").Error(), errors.New("").Error())

	base := myerrors.New("base")
	w1 := &wrapped{"one", base}
	w2 := &wrapped{"two", w1}
	sl := sliceErr{1, 2}
	errs := []error{nil, base, w1, w2, io.EOF, valErr{1}, valErr{2},
		anyCode{1}, anyCode{3}, sl, sliceErr{1, 2}, &wrapped{"s", sl},
		nilUnwrap{}, &wrapped{"v", valErr{2}}, &wrapped{"a", anyCode{2}},
		&wrapped{"e", io.EOF}, &wrapped{"n", nilUnwrap{}}}
	for i, e := range errs {
		diff.Eq(fmt.Sprint("Unwrap ", i), myerrors.Unwrap(e), errors.Unwrap(e))
		for j, t := range errs {
			what := fmt.Sprint("Is ", i, " ", j)
			diff.Eq(what, myerrors.Is(e, t), errors.Is(e, t))
		}
	}
	diff.Done("errors")
}
