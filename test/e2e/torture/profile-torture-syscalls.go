// Profiling torture at 1000 Hz around blocking system calls: a goroutine
// reading a pipe on standard input whose writer pauses between lines, one
// sleeping (time.Sleep must sleep its whole time though SIGPROF arrives),
// file operations (create, write, read, remove) in a loop, all beside a
// cpu-bound goroutine. The profiled run prints what the plain run prints,
// and its profile passes profcheck.py and go tool pprof. Expected output:
// Go 1.19 (`go run`, with the same input).
// REQUIRES: split
// RUN: %gort build --target=%target -O2 -o %t %s
// RUN: rm -rf %t.d && mkdir -p %t.d
// RUN: %python %S/Inputs/slowfeed.py 40 10 | env GOMAXPROCS=2 %exitcode timeout 120 %run %t %t.d > %t.plain 2>&1
// RUN: FileCheck %s --match-full-lines < %t.plain
// RUN: %python %S/Inputs/slowfeed.py 40 10 | env GOMAXPROCS=2 GORTCPUPROFILERATE=1000 GORTCPUPROFILE=%t.2.prof %exitcode timeout 120 %run %t %t.d > %t.2.out 2>&1
// RUN: diff %t.plain %t.2.out
// RUN: %python %src/test/tools/profcheck.py --binary %t --hz 1000 --pprof %t.2.prof | FileCheck %s --check-prefix=PROF
// RUN: %python %S/Inputs/slowfeed.py 40 10 | env GOMAXPROCS=1 GORTCPUPROFILERATE=1000 GORTCPUPROFILE=%t.1.prof %exitcode timeout 120 %run %t %t.d > %t.1.out 2>&1
// RUN: diff %t.plain %t.1.out
// RUN: %python %src/test/tools/profcheck.py --binary %t --hz 1000 --pprof %t.1.prof | FileCheck %s --check-prefix=PROF
// PROF: profcheck: ok: {{[0-9]+}} samples, {{.*}}, pprof ok
package main

import (
	"bufio"
	"os"
	"time"
)

// CHECK: stdin 40 lines 597 bytes
// CHECK-NEXT: sleeps 60 slept enough true
// CHECK-NEXT: files 150 ok true
// CHECK-NEXT: busy 14930352
// CHECK-NEXT: exit status 0

func readStdin(res chan<- string) {
	sc := bufio.NewScanner(os.Stdin)
	lines, bytes := 0, 0
	for sc.Scan() {
		lines++
		bytes += len(sc.Text())
	}
	res <- "stdin " + itoa(lines) + " lines " + itoa(bytes) + " bytes"
}

func sleeper(n int, res chan<- string) {
	start := time.Now()
	for i := 0; i < n; i++ {
		time.Sleep(2 * time.Millisecond)
	}
	enough := time.Since(start) >= time.Duration(n)*2*time.Millisecond
	if enough {
		res <- "sleeps " + itoa(n) + " slept enough true"
	} else {
		res <- "sleeps " + itoa(n) + " slept enough false " + time.Since(start).String()
	}
}

func files(dir string, n int, res chan<- string) {
	ok := true
	for i := 0; i < n; i++ {
		name := dir + "/f" + itoa(i%7)
		data := make([]byte, 1000+i*13)
		for j := range data {
			data[j] = byte(i + j)
		}
		if err := os.WriteFile(name, data, 0644); err != nil {
			println("write:", err.Error())
			ok = false
		}
		back, err := os.ReadFile(name)
		if err != nil || string(back) != string(data) {
			ok = false
		}
		f, err := os.Open(name)
		if err == nil {
			buf := make([]byte, 100)
			m, _ := f.Read(buf)
			ok = ok && m == 100 && buf[99] == data[99]
			f.Close()
		} else {
			ok = false
		}
		if i%7 == 6 {
			for k := 0; k < 7; k++ {
				os.Remove(dir + "/f" + itoa(k))
			}
		}
	}
	for k := 0; k < 7; k++ {
		os.Remove(dir + "/f" + itoa(k))
	}
	if ok {
		res <- "files " + itoa(n) + " ok true"
	} else {
		res <- "files " + itoa(n) + " ok false"
	}
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	s := ""
	for v > 0 {
		s = string(rune('0'+v%10)) + s
		v /= 10
	}
	return s
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	a, b, c := make(chan string), make(chan string), make(chan string)
	go readStdin(a)
	go sleeper(60, b)
	go files(os.Args[1], 150, c)
	busy := fib(36)
	println(<-a)
	println(<-b)
	println(<-c)
	println("busy", busy)
}
