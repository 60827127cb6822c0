// Package diff counts the comparisons of a differential test between Go
// 1.19's standard library and gort's golib, and reports the first
// differences.
package diff

import (
	"fmt"
	"os"
	"reflect"
)

// Checks and Fails count the comparisons made and those that differed.
var Checks, Fails int

// maxReports bounds how many differences are printed in full.
const maxReports = 20

// Eq records one comparison: what gort's package returned (got) against
// what Go's did (want), for the call described by what.
func Eq(what string, got, want interface{}) {
	Checks++
	if reflect.DeepEqual(got, want) {
		return
	}
	Fails++
	if Fails <= maxReports {
		fmt.Printf("DIFF %s: golib %#v, go %#v\n", what, got, want)
	}
}

// Panics runs f and returns the panic's value as text ("" if none), so
// that panicking calls compare too.
func Panics(f func()) (msg string) {
	defer func() {
		if e := recover(); e != nil {
			msg = fmt.Sprint(e)
		}
	}()
	f()
	return ""
}

// Done prints the counts and exits 1 if anything differed.
func Done(name string) {
	fmt.Printf("%s: %d checks, %d differences\n", name, Checks, Fails)
	if Fails > 0 {
		os.Exit(1)
	}
}
