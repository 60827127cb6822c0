// Package time's ParseDuration on Go's own table of good and bad texts and
// more: signs, fractions, every unit, overflow at 2^63 either side, and the
// errors' quoting of control and non-ASCII bytes.
// Expected output: Go 1.19 (`go run`).
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

import (
	"fmt"
	"time"
)

func main() {
	cases := []string{"0", "-0", "+0", "", "5s", "30s", "1478s", "-5s", "+5s", "-0s", "5.0s", "5.6s", "5.s", ".5s",
		"1.0s", "1.00s", "1.004s", "1.0040s", "100.00100s", "10ns", "11us", "12µs", "12μs", "13ms", "14s", "15m", "16h",
		"3h30m", "10.5s4m", "-2m3.4s", "1h2m3s4ms5us6ns", "39h9m14.425s", "52763797000ns", "0.3333333333333333333h",
		"9007199254740993ns", "9223372036854775807ns", "9223372036854775.807us", "9223372036854s775ms807us",
		"-9223372036854775808ns", "-9223372036854775.808us", "0.100000000000000000000h", "0.830103483285477580700h",
		"3", "-", "s", ".", "-.", ".s", "+.s", "1d", "\x85\x85", "\xffff", "hello \xffff world",
		"9223372036854775808ns", "9223372036854775.808us", "9223372036854ms775us808ns", "-9223372036854775809ns",
		"1.5x", "3000000h", "2562047h47m16.854775807s", "2562047h47m16.854775808s", "1\"s", "1\\s", "1\x01s", "1ms\x7f"}
	for _, c := range cases {
		d, err := time.ParseDuration(c)
		fmt.Printf("%q %d %v\n", c, int64(d), err)
	}
}

// CHECK: "0" 0 <nil>
// CHECK-NEXT: "-0" 0 <nil>
// CHECK-NEXT: "+0" 0 <nil>
// CHECK-NEXT: "" 0 time: invalid duration ""
// CHECK-NEXT: "5s" 5000000000 <nil>
// CHECK-NEXT: "30s" 30000000000 <nil>
// CHECK-NEXT: "1478s" 1478000000000 <nil>
// CHECK-NEXT: "-5s" -5000000000 <nil>
// CHECK-NEXT: "+5s" 5000000000 <nil>
// CHECK-NEXT: "-0s" 0 <nil>
// CHECK-NEXT: "5.0s" 5000000000 <nil>
// CHECK-NEXT: "5.6s" 5600000000 <nil>
// CHECK-NEXT: "5.s" 5000000000 <nil>
// CHECK-NEXT: ".5s" 500000000 <nil>
// CHECK-NEXT: "1.0s" 1000000000 <nil>
// CHECK-NEXT: "1.00s" 1000000000 <nil>
// CHECK-NEXT: "1.004s" 1004000000 <nil>
// CHECK-NEXT: "1.0040s" 1004000000 <nil>
// CHECK-NEXT: "100.00100s" 100001000000 <nil>
// CHECK-NEXT: "10ns" 10 <nil>
// CHECK-NEXT: "11us" 11000 <nil>
// CHECK-NEXT: "12µs" 12000 <nil>
// CHECK-NEXT: "12μs" 12000 <nil>
// CHECK-NEXT: "13ms" 13000000 <nil>
// CHECK-NEXT: "14s" 14000000000 <nil>
// CHECK-NEXT: "15m" 900000000000 <nil>
// CHECK-NEXT: "16h" 57600000000000 <nil>
// CHECK-NEXT: "3h30m" 12600000000000 <nil>
// CHECK-NEXT: "10.5s4m" 250500000000 <nil>
// CHECK-NEXT: "-2m3.4s" -123400000000 <nil>
// CHECK-NEXT: "1h2m3s4ms5us6ns" 3723004005006 <nil>
// CHECK-NEXT: "39h9m14.425s" 140954425000000 <nil>
// CHECK-NEXT: "52763797000ns" 52763797000 <nil>
// CHECK-NEXT: "0.3333333333333333333h" 1200000000000 <nil>
// CHECK-NEXT: "9007199254740993ns" 9007199254740993 <nil>
// CHECK-NEXT: "9223372036854775807ns" 9223372036854775807 <nil>
// CHECK-NEXT: "9223372036854775.807us" 9223372036854775807 <nil>
// CHECK-NEXT: "9223372036854s775ms807us" 0 time: invalid duration "9223372036854s775ms807us"
// CHECK-NEXT: "-9223372036854775808ns" -9223372036854775808 <nil>
// CHECK-NEXT: "-9223372036854775.808us" -9223372036854775808 <nil>
// CHECK-NEXT: "0.100000000000000000000h" 360000000000 <nil>
// CHECK-NEXT: "0.830103483285477580700h" 2988372539827 <nil>
// CHECK-NEXT: "3" 0 time: missing unit in duration "3"
// CHECK-NEXT: "-" 0 time: invalid duration "-"
// CHECK-NEXT: "s" 0 time: invalid duration "s"
// CHECK-NEXT: "." 0 time: invalid duration "."
// CHECK-NEXT: "-." 0 time: invalid duration "-."
// CHECK-NEXT: ".s" 0 time: invalid duration ".s"
// CHECK-NEXT: "+.s" 0 time: invalid duration "+.s"
// CHECK-NEXT: "1d" 0 time: unknown unit "d" in duration "1d"
// CHECK-NEXT: "\x85\x85" 0 time: invalid duration "\x85\x85"
// CHECK-NEXT: "\xffff" 0 time: invalid duration "\xffff"
// CHECK-NEXT: "hello \xffff world" 0 time: invalid duration "hello \xffff world"
// CHECK-NEXT: "9223372036854775808ns" 0 time: invalid duration "9223372036854775808ns"
// CHECK-NEXT: "9223372036854775.808us" 0 time: invalid duration "9223372036854775.808us"
// CHECK-NEXT: "9223372036854ms775us808ns" 0 time: invalid duration "9223372036854ms775us808ns"
// CHECK-NEXT: "-9223372036854775809ns" 0 time: invalid duration "-9223372036854775809ns"
// CHECK-NEXT: "1.5x" 0 time: unknown unit "x" in duration "1.5x"
// CHECK-NEXT: "3000000h" 0 time: invalid duration "3000000h"
// CHECK-NEXT: "2562047h47m16.854775807s" 9223372036854775807 <nil>
// CHECK-NEXT: "2562047h47m16.854775808s" 0 time: invalid duration "2562047h47m16.854775808s"
// CHECK-NEXT: "1\"s" 0 time: unknown unit "\"s" in duration "1\"s"
// CHECK-NEXT: "1\\s" 0 time: unknown unit "\\s" in duration "1\\s"
// CHECK-NEXT: "1\x01s" 0 time: unknown unit "\x01s" in duration "1\x01s"
// CHECK-NEXT: "1ms\x7f" 0 time: unknown unit "ms" in duration "1ms"
