// Run-time errors in a goroutine (index out of range, a nil map's entry
// assigned, a nil pointer dereferenced: a fault), each with its message
// and frames down to the goroutine's function, then the go statement's
// frame ("created by"). At -O2 gort inlines the callees into worker:
// their frames, inlined calls, have no offset, as Go's.
// Expected output: Go 1.19 (`go run`), but for the arguments' words, the
// goroutine's number and the fault's pc and offset.
// REQUIRES: split
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %exitcode %run %t.O0 index 2>&1 | FileCheck %s -DFILE=%s --check-prefix=INDEX
// RUN: %exitcode %run %t.O0 map 2>&1 | FileCheck %s -DFILE=%s --check-prefix=MAP
// RUN: %exitcode %run %t.O0 nil 2>&1 | FileCheck %s -DFILE=%s --check-prefix=NIL
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %exitcode %run %t.O2 index 2>&1 | FileCheck %s -DFILE=%s --check-prefix=INDEX
// RUN: %exitcode %run %t.O2 map 2>&1 | FileCheck %s -DFILE=%s --check-prefix=MAP
// RUN: %exitcode %run %t.O2 nil 2>&1 | FileCheck %s -DFILE=%s --check-prefix=NIL
package main

import "os"

type T struct{ n int }

var table map[string]int

//go:noinline
func index(s []int, i int) int {
	return s[i]
}

//go:noinline
func store(k string) {
	table[k] = 1
}

//go:noinline
func (t *T) get() int {
	return t.n
}

func worker(what string, done chan bool) {
	switch what {
	case "index":
		println(index(make([]int, 3), 5))
	case "map":
		store("k")
	case "nil":
		var t *T
		println(t.get())
	}
	done <- true
}

func main() {
	done := make(chan bool)
	go worker(os.Args[1], done)
	<-done
}

// INDEX: panic: runtime error: index out of range [5] with length 3
// INDEX-EMPTY:
// INDEX-NEXT: goroutine {{[0-9]+}} [running]:
// INDEX-NEXT: main.index({{.+}}){{$}}
// INDEX-NEXT: {{^}}	[[FILE]]:27{{($| [+]0x[0-9a-f]+$)}}
// INDEX-NEXT: main.worker({{.+}}){{$}}
// INDEX-NEXT: {{^}}	[[FILE]]:43 +0x{{[0-9a-f]+$}}
// INDEX-NEXT: created by main.main
// INDEX-NEXT: {{^}}	[[FILE]]:55 +0x{{[0-9a-f]+$}}
// INDEX-NEXT: exit status 2

// MAP: panic: assignment to entry in nil map
// MAP-EMPTY:
// MAP-NEXT: goroutine {{[0-9]+}} [running]:
// MAP-NEXT: main.store({{.+}}){{$}}
// MAP-NEXT: {{^}}	[[FILE]]:32{{($| [+]0x[0-9a-f]+$)}}
// MAP-NEXT: main.worker({{.+}}){{$}}
// MAP-NEXT: {{^}}	[[FILE]]:45 +0x{{[0-9a-f]+$}}
// MAP-NEXT: created by main.main
// MAP-NEXT: {{^}}	[[FILE]]:55 +0x{{[0-9a-f]+$}}
// MAP-NEXT: exit status 2

// NIL: panic: runtime error: invalid memory address or nil pointer dereference
// NIL-NEXT: [signal SIGSEGV: segmentation violation code={{.+}} addr=0x0 pc=0x{{[0-9a-f]+}}]
// NIL-EMPTY:
// NIL-NEXT: goroutine {{[0-9]+}} [running]:
// NIL-NEXT: main.(*T).get({{.+}}){{$}}
// NIL-NEXT: {{^}}	[[FILE]]:37{{($| [+]0x[0-9a-f]+$)}}
// NIL-NEXT: main.worker({{.+}}){{$}}
// NIL-NEXT: {{^}}	[[FILE]]:48 +0x{{[0-9a-f]+$}}
// NIL-NEXT: created by main.main
// NIL-NEXT: {{^}}	[[FILE]]:55 +0x{{[0-9a-f]+$}}
// NIL-NEXT: exit status 2
