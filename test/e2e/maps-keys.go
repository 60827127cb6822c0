// Map keys of every comparable type gort has, each hashed and compared by
// its descriptor's algorithms: bool, the sized integers, int, uint,
// uintptr, string (equal contents in different strings), interface{}
// (the dynamic type is part of the key: 1, int8(1), "1" and true are four
// keys; nil is a key), channels (by identity) and named types; values of
// the other kinds (strings, interfaces, funcs, channels, maps).
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: %gort build --target=%target -o %t %s
// RUN: %run %t 2>&1 | FileCheck %s
// RUN: %gort build --target=%target -O2 -o %t2 %s
// RUN: %run %t2 2>&1 | FileCheck %s
package main

type Color int8

type Name string

func name(n int) string {
	switch n % 6 {
	case 0:
		return "zero"
	case 1:
		return "one"
	case 2:
		return "two"
	case 3:
		return "three, a longer string than the others, over 32 bytes"
	case 4:
		return "four"
	}
	return "\x00five\xff"
}

func main() {
	mb := map[bool]int{true: 1, false: 2}
	mb[true] += 10
	// CHECK: 11 2 2
	println(mb[true], mb[false], len(mb))

	m8 := map[int8]int{-128: 1, 127: 2, 0: 3}
	m16 := map[int16]int{-32768: 1, 32767: 2}
	m32 := map[int32]int{-1 << 31: 1, 1<<31 - 1: 2}
	m64 := map[int64]int{-1 << 63: 1, 1<<63 - 1: 2, 1 << 32: 3, 0: 4}
	mu8 := map[uint8]int{255: 1, 0: 2}
	mu16 := map[uint16]int{65535: 1}
	mu32 := map[uint32]int{1<<32 - 1: 1, 1: 2}
	mu64 := map[uint64]int{1<<64 - 1: 1, 1 << 63: 2}
	mu := map[uint]int{1: 1, 2: 2}
	mp := map[uintptr]int{4096: 1}
	mi := map[int]int{-1: 1, 1: 2}
	// CHECK-NEXT: 1 2 3 1 2 1 2 1 2 3 4
	println(m8[-128], m8[127], m8[0], m16[-32768], m16[32767], m32[-1<<31], m32[1<<31-1],
		m64[-1<<63], m64[1<<63-1], m64[1<<32], m64[0])
	// CHECK-NEXT: 1 2 1 1 2 1 2 1 2 1 1 2 0
	println(mu8[255], mu8[0], mu16[65535], mu32[1<<32-1], mu32[1], mu64[1<<64-1], mu64[1<<63],
		mu[1], mu[2], mp[4096], mi[-1], mi[1], mi[0])

	// Strings, also with NUL and invalid UTF-8 bytes.
	ms := map[string]int{}
	for i := 0; i < 1000; i++ {
		ms[name(i)] += i
	}
	// CHECK-NEXT: 6 83166 83333 83667 83000 82834
	println(len(ms), ms["zero"], ms["one"], ms["three, a longer string than the others, over 32 bytes"],
		ms["\x00five\xff"], ms[name(4)])
	ms[""] = 42
	// CHECK-NEXT: 42 7 0
	println(ms[""], len(ms), ms["\x00five"])

	// interface{} keys: the dynamic type is part of the key.
	mi2 := map[interface{}]string{}
	mi2[1] = "int"
	mi2[int8(1)] = "int8"
	mi2["1"] = "string"
	mi2[true] = "bool"
	mi2[nil] = "nil"
	mi2[Color(1)] = "Color"
	mi2[1] = "int!"
	var e interface{} = "1"
	// CHECK-NEXT: 6 int! int8 string bool nil Color string
	println(len(mi2), mi2[1], mi2[int8(1)], mi2["1"], mi2[true], mi2[nil], mi2[Color(1)], mi2[e])
	delete(mi2, e)
	_, ok := mi2["1"]
	// CHECK-NEXT: 5 false
	println(len(mi2), ok)

	// Channels are keys by identity.
	c1, c2 := make(chan int), make(chan int)
	mc := map[chan int]int{c1: 1}
	mc[c2] = 2
	c3 := c1
	// CHECK-NEXT: 1 2 2
	println(mc[c3], mc[c2], len(mc))

	// Named key types.
	mn := map[Name]Color{"red": 1, "green": 2}
	mn["blue"] = 3
	var n Name = "green"
	// CHECK-NEXT: 2 3 3
	println(mn[n], mn["blue"], len(mn))

	// Values of other kinds.
	funcs := map[string]func(int) int{
		"double": func(x int) int { return 2 * x },
		"square": func(x int) int { return x * x },
	}
	// CHECK-NEXT: 14 49 true
	println(funcs["double"](7), funcs["square"](7), funcs["none"] == nil)
	chans := map[int]chan string{1: make(chan string, 1)}
	chans[1] <- "sent"
	// CHECK-NEXT: sent true
	println(<-chans[1], chans[2] == nil)
	ifs := map[string]interface{}{"n": 5, "s": "five", "b": false}
	// CHECK-NEXT: true true true true
	println(ifs["n"] == 5, ifs["s"] == "five", ifs["b"] == false, ifs["x"] == nil)
	strs := map[int]string{1: "a"}
	strs[2] = strs[1]
	// CHECK-NEXT: a a 2
	println(strs[1], strs[2], len(strs))
}
