// Run-time errors of index and slice expressions and make, with Go's
// messages: each bounds code of panicbounds (index, slice [:x] against
// length or capacity, [x:y], the three bounds of 3-index slices), negative
// and unsigned indices, an int64 index beyond int32 (checked in full on
// 386 and arm), nil slices, makeslice's len and cap errors. One program,
// the variant `which` selected by sed; the first line of the panic and
// exit status 2. Even variants at -O0, odd ones at -O2.
// Expected output: Go 1.19 (`go run`).
// REQUIRES: split
// RUN: sed 's/^const which = 0/const which = 0/' %s > %t0.go
// RUN: %gort build --target=%target -O0 -o %t0 %t0.go
// RUN: %exitcode %run %t0 2>&1 | FileCheck --check-prefix=P0 %s
// RUN: sed 's/^const which = 0/const which = 1/' %s > %t1.go
// RUN: %gort build --target=%target -O2 -o %t1 %t1.go
// RUN: %exitcode %run %t1 2>&1 | FileCheck --check-prefix=P1 %s
// RUN: sed 's/^const which = 0/const which = 2/' %s > %t2.go
// RUN: %gort build --target=%target -O0 -o %t2 %t2.go
// RUN: %exitcode %run %t2 2>&1 | FileCheck --check-prefix=P2 %s
// RUN: sed 's/^const which = 0/const which = 3/' %s > %t3.go
// RUN: %gort build --target=%target -O2 -o %t3 %t3.go
// RUN: %exitcode %run %t3 2>&1 | FileCheck --check-prefix=P3 %s
// RUN: sed 's/^const which = 0/const which = 4/' %s > %t4.go
// RUN: %gort build --target=%target -O0 -o %t4 %t4.go
// RUN: %exitcode %run %t4 2>&1 | FileCheck --check-prefix=P4 %s
// RUN: sed 's/^const which = 0/const which = 5/' %s > %t5.go
// RUN: %gort build --target=%target -O2 -o %t5 %t5.go
// RUN: %exitcode %run %t5 2>&1 | FileCheck --check-prefix=P5 %s
// RUN: sed 's/^const which = 0/const which = 6/' %s > %t6.go
// RUN: %gort build --target=%target -O0 -o %t6 %t6.go
// RUN: %exitcode %run %t6 2>&1 | FileCheck --check-prefix=P6 %s
// RUN: sed 's/^const which = 0/const which = 7/' %s > %t7.go
// RUN: %gort build --target=%target -O2 -o %t7 %t7.go
// RUN: %exitcode %run %t7 2>&1 | FileCheck --check-prefix=P7 %s
// RUN: sed 's/^const which = 0/const which = 8/' %s > %t8.go
// RUN: %gort build --target=%target -O0 -o %t8 %t8.go
// RUN: %exitcode %run %t8 2>&1 | FileCheck --check-prefix=P8 %s
// RUN: sed 's/^const which = 0/const which = 9/' %s > %t9.go
// RUN: %gort build --target=%target -O2 -o %t9 %t9.go
// RUN: %exitcode %run %t9 2>&1 | FileCheck --check-prefix=P9 %s
// RUN: sed 's/^const which = 0/const which = 10/' %s > %t10.go
// RUN: %gort build --target=%target -O0 -o %t10 %t10.go
// RUN: %exitcode %run %t10 2>&1 | FileCheck --check-prefix=P10 %s
// RUN: sed 's/^const which = 0/const which = 11/' %s > %t11.go
// RUN: %gort build --target=%target -O2 -o %t11 %t11.go
// RUN: %exitcode %run %t11 2>&1 | FileCheck --check-prefix=P11 %s
// RUN: sed 's/^const which = 0/const which = 12/' %s > %t12.go
// RUN: %gort build --target=%target -O0 -o %t12 %t12.go
// RUN: %exitcode %run %t12 2>&1 | FileCheck --check-prefix=P12 %s
// RUN: sed 's/^const which = 0/const which = 13/' %s > %t13.go
// RUN: %gort build --target=%target -O2 -o %t13 %t13.go
// RUN: %exitcode %run %t13 2>&1 | FileCheck --check-prefix=P13 %s
// RUN: sed 's/^const which = 0/const which = 14/' %s > %t14.go
// RUN: %gort build --target=%target -O0 -o %t14 %t14.go
// RUN: %exitcode %run %t14 2>&1 | FileCheck --check-prefix=P14 %s
// RUN: sed 's/^const which = 0/const which = 15/' %s > %t15.go
// RUN: %gort build --target=%target -O2 -o %t15 %t15.go
// RUN: %exitcode %run %t15 2>&1 | FileCheck --check-prefix=P15 %s
// RUN: sed 's/^const which = 0/const which = 16/' %s > %t16.go
// RUN: %gort build --target=%target -O0 -o %t16 %t16.go
// RUN: %exitcode %run %t16 2>&1 | FileCheck --check-prefix=P16 %s
// RUN: sed 's/^const which = 0/const which = 17/' %s > %t17.go
// RUN: %gort build --target=%target -O2 -o %t17 %t17.go
// RUN: %exitcode %run %t17 2>&1 | FileCheck --check-prefix=P17 %s
package main

const which = 0

var (
	i, j, k int
	u8      uint8
	i64     int64
	s       = make([]int, 3, 4)
	str     = "abc"
	nilS    []string
	n       int
)

func f() {
	var a [4]int
	switch which {
	case 0:
		i = 5
		println(s[i])
	case 1:
		i = -1
		s[i] = 1
	case 2:
		i = 3
		println(str[i])
	case 3:
		i = 4
		a[i]++
	case 4:
		j = 7
		println(len(s[:j]))
	case 5:
		j = 7
		println(str[:j])
	case 6:
		j = 5
		println(len(a[1:j]))
	case 7:
		i, j = 3, 2
		println(len(s[i:j]))
	case 8:
		i, j, k = 1, 2, 9
		println(len(s[i:j:k]))
	case 9:
		i, j, k = 1, 3, 2
		println(len(s[i:j:k]))
	case 10:
		i, j, k = 2, 1, 3
		println(len(s[i:j:k]))
	case 11:
		u8 = 200
		println(s[u8])
	case 12:
		i64 = 1 << 40
		println(s[i64])
	case 13:
		n = -1
		println(len(make([]int, n)))
	case 14:
		n = 1
		println(len(make([]int, 2, n)))
	case 15:
		println(nilS[i])
	case 16:
		i = -1
		println(len(str[i:]))
	case 17:
		i, k = 1, 9
		println(len(a[i:2:k]))
	}
}

func main() {
	println("start")
	f()
}

// P0: start
// P0-NEXT: panic: runtime error: index out of range [5] with length 3
// P0: exit status 2
// P1: start
// P1-NEXT: panic: runtime error: index out of range [-1]
// P1: exit status 2
// P2: start
// P2-NEXT: panic: runtime error: index out of range [3] with length 3
// P2: exit status 2
// P3: start
// P3-NEXT: panic: runtime error: index out of range [4] with length 4
// P3: exit status 2
// P4: start
// P4-NEXT: panic: runtime error: slice bounds out of range [:7] with capacity 4
// P4: exit status 2
// P5: start
// P5-NEXT: panic: runtime error: slice bounds out of range [:7] with length 3
// P5: exit status 2
// P6: start
// P6-NEXT: panic: runtime error: slice bounds out of range [:5] with length 4
// P6: exit status 2
// P7: start
// P7-NEXT: panic: runtime error: slice bounds out of range [3:2]
// P7: exit status 2
// P8: start
// P8-NEXT: panic: runtime error: slice bounds out of range [::9] with capacity 4
// P8: exit status 2
// P9: start
// P9-NEXT: panic: runtime error: slice bounds out of range [:3:2]
// P9: exit status 2
// P10: start
// P10-NEXT: panic: runtime error: slice bounds out of range [2:1:]
// P10: exit status 2
// P11: start
// P11-NEXT: panic: runtime error: index out of range [200] with length 3
// P11: exit status 2
// P12: start
// P12-NEXT: panic: runtime error: index out of range [1099511627776] with length 3
// P12: exit status 2
// P13: start
// P13-NEXT: panic: runtime error: makeslice: len out of range
// P13: exit status 2
// P14: start
// P14-NEXT: panic: runtime error: makeslice: cap out of range
// P14: exit status 2
// P15: start
// P15-NEXT: panic: runtime error: index out of range [0] with length 0
// P15: exit status 2
// P16: start
// P16-NEXT: panic: runtime error: slice bounds out of range [-1:]
// P16: exit status 2
// P17: start
// P17-NEXT: panic: runtime error: slice bounds out of range [::9] with length 4
// P17: exit status 2
