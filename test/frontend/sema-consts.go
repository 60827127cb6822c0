// RUN: %gort build -emit=types -o - %s | FileCheck %s
// Constants: iota, implicit repetition, exact big values, typed constants,
// truncated division, conversions, and the types untyped constants get.
package main

import "time"

const (
	a = iota * 10
	b
	c byte = 1 << iota
	d
)

const big = 1 << 100
const small = big >> 98
const s = "go" + "pher"
const r = 'a' + 1
const neg = -7 / 2
const rem = -7 % 2
const mask = ^uint8(0)
const cmp = small > 3
const dur = 2 * time.Second

func main() {
	var x int8 = 1 + 2
	y := small
	var u uint16 = 1<<16 - 1
	println(a, b, c, d, s, r, neg, rem, mask, cmp, x, y, u, len(s), string(r))
	time.Sleep(dur)
}

// The dump lists facts by position; see dumpTypes in SemaDump.cpp.
// CHECK: 9:2 def const a untyped int = 0
// CHECK: 10:2 def const b untyped int = 10
// CHECK: 11:2 def const c byte = 4
// CHECK: 12:2 def const d byte = 8
// CHECK: 15:7 def const big untyped int = 1267650600228229401496703205376
// CHECK: 15:15 const 1 << 100 : untyped int = 1267650600228229401496703205376
// CHECK: 16:7 def const small untyped int = 4
// CHECK: 17:7 def const s untyped string = "gopher"
// CHECK: 18:7 def const r untyped rune = 98
// CHECK: 19:7 def const neg untyped int = -3
// CHECK: 20:7 def const rem untyped int = -1
// CHECK: 21:7 def const mask uint8 = 255
// CHECK: 22:7 def const cmp untyped bool = true
// CHECK: 23:7 def const dur time.Duration = 2000000000
// CHECK: 23:15 const 2 * time.Second : time.Duration = 2000000000
// CHECK: 23:21 const time.Second : time.Duration = 1000000000
// CHECK: 23:22 use Second -> const@{{[0-9]+:[0-9]+}}
// CHECK: 26:17 const 1 + 2 : int8 = 3
// CHECK: 28:23 const 1 << 16 - 1 : uint16 = 65535
// CHECK: 29:10 const a : int = 0
// CHECK: 29:25 const r : rune = 98
// CHECK: 29:61 const len(s) : int = 6
// CHECK: 29:72 const string(r) : string = "b"
// CHECK: 29:73 const r : rune = 98
// CHECK: 30:6 value time.Sleep : func(time.Duration)
// CHECK: 30:12 novalue time.Sleep(dur)
