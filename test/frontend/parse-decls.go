// RUN: %gort build -emit=ast -o - %s | FileCheck %s
// Package clause, imports, const (with iota groups), var, type, func.
package main

import "fmt"
import (
	f "fmt"
	. "os"
	_ "strings"
)

const c = 1
const (
	a = iota
	b
	d, e int = 2, 3
)

var x int
var (
	y    = 1
	p, q = 2, "s"
)

type T int
type (
	A = T
	S struct{}
)

func g()
func h(int, string) {}

// CHECK: (file main @3:1
// CHECK-NEXT:   (import @5:1
// CHECK-NEXT:     (importspec "fmt" @5:8))
// CHECK-NEXT:   (import group @6:1
// CHECK-NEXT:     (importspec f "fmt" @7:2)
// CHECK-NEXT:     (importspec . "os" @8:2)
// CHECK-NEXT:     (importspec _ "strings" @9:2))
// CHECK-NEXT:   (const @12:1
// CHECK-NEXT:     (valuespec c @12:7
// CHECK-NEXT:       (int 1 @12:11)))
// CHECK-NEXT:   (const group @13:1
// CHECK-NEXT:     (valuespec a @14:2
// CHECK-NEXT:       (ident iota @14:6))
// CHECK-NEXT:     (valuespec b @15:2)
// CHECK-NEXT:     (valuespec d e @16:2
// CHECK-NEXT:       type: (ident int @16:7)
// CHECK-NEXT:       (int 2 @16:13)
// CHECK-NEXT:       (int 3 @16:16)))
// CHECK-NEXT:   (var @19:1
// CHECK-NEXT:     (valuespec x @19:5
// CHECK-NEXT:       type: (ident int @19:7)))
// CHECK-NEXT:   (var group @20:1
// CHECK-NEXT:     (valuespec y @21:2
// CHECK-NEXT:       (int 1 @21:9))
// CHECK-NEXT:     (valuespec p q @22:2
// CHECK-NEXT:       (int 2 @22:9)
// CHECK-NEXT:       (string "s" @22:12)))
// CHECK-NEXT:   (type @25:1
// CHECK-NEXT:     (typespec T @25:6
// CHECK-NEXT:       (ident int @25:8)))
// CHECK-NEXT:   (type group @26:1
// CHECK-NEXT:     (typespec A alias @27:2
// CHECK-NEXT:       (ident T @27:6))
// CHECK-NEXT:     (typespec S @28:2
// CHECK-NEXT:       (structtype @28:4)))
// CHECK-NEXT:   (func g @31:1
// CHECK-NEXT:     (functype @31:1
// CHECK-NEXT:       (params)))
// CHECK-NEXT:   (func h @32:1
// CHECK-NEXT:     (functype @32:1
// CHECK-NEXT:       (params
// CHECK-NEXT:         (field @32:8
// CHECK-NEXT:           (ident int @32:8))
// CHECK-NEXT:         (field @32:13
// CHECK-NEXT:           (ident string @32:13))))
// CHECK-NEXT:     (block @32:21)))
