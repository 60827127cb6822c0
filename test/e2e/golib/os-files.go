// Package os from golib: files in a directory of the test's own (the
// program runs in it, so paths are relative): Create, Write, WriteString,
// Close (twice), Read to io.EOF in small pieces, reading a closed file,
// ReadFile, WriteFile, O_APPEND, O_EXCL, O_TRUNC, O_RDONLY's write error,
// Remove of a file, an empty and a full directory, Mkdir, MkdirAll, Name,
// Fd, and the errors as %v, errors.Is, IsNotExist, IsExist and their
// types.
// Expected output: Go 1.19 (`go build`, run the same way).
// RUN: rm -rf %t.d && mkdir -p %t.d
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: cd %t.d && timeout 60 %run %t.O0 > %t.O0.out 2>&1
// RUN: FileCheck %s < %t.O0.out
// RUN: rm -rf %t.d && mkdir -p %t.d
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: cd %t.d && timeout 60 %run %t.O2 > %t.O2.out 2>&1
// RUN: FileCheck %s < %t.O2.out
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

func check(what string, err error) {
	if err != nil {
		fmt.Printf("%s: %v (%T) notexist=%v exist=%v is=%v/%v\n", what, err, err,
			os.IsNotExist(err), os.IsExist(err),
			errors.Is(err, os.ErrNotExist), errors.Is(err, os.ErrExist))
		if pe, ok := err.(*os.PathError); ok {
			fmt.Printf("  op=%s path=%s err=%v\n", pe.Op, pe.Path, pe.Err)
		}
		return
	}
	fmt.Println(what + ": ok")
}

func readAll(f *os.File, size int) {
	b := make([]byte, size)
	for {
		n, err := f.Read(b)
		fmt.Printf("read %d %q %v eof=%v\n", n, b[:n], err, err == io.EOF)
		if err != nil {
			return
		}
	}
}

func main() {
	f, err := os.Create("a.txt")
	check("create", err)
	fmt.Println(f.Name(), f.Fd() > 2)
	n, err := f.Write([]byte("hello, "))
	fmt.Println(n, err)
	n, err = f.WriteString("world\n")
	fmt.Println(n, err)
	n, err = f.Write(nil)
	fmt.Println(n, err)
	check("close", f.Close())
	check("close again", f.Close())
	_, err = f.Write([]byte("x"))
	check("write closed", err)
	_, err = f.Read(make([]byte, 1))
	check("read closed", err)

	f, err = os.Open("a.txt")
	check("open", err)
	readAll(f, 5)
	n, err = f.Read(nil)
	fmt.Println(n, err)
	_, err = f.Write([]byte("x"))
	check("write read-only", err)
	f.Close()

	data, err := os.ReadFile("a.txt")
	fmt.Printf("%q %v\n", data, err)
	check("writefile", os.WriteFile("b.txt", []byte("one\n"), 0644))
	f, err = os.OpenFile("b.txt", os.O_WRONLY|os.O_APPEND, 0)
	check("open append", err)
	f.WriteString("two\n")
	f.Close()
	data, _ = os.ReadFile("b.txt")
	fmt.Printf("%q\n", data)
	f, _ = os.OpenFile("b.txt", os.O_RDWR|os.O_TRUNC, 0)
	f.WriteString("3")
	f.Close()
	data, _ = os.ReadFile("b.txt")
	fmt.Printf("%q\n", data)
	_, err = os.OpenFile("b.txt", os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0644)
	check("excl", err)
	big := make([]byte, 3000)
	for i := range big {
		big[i] = byte('a' + i%26)
	}
	check("writefile big", os.WriteFile("big", big, 0600))
	data, err = os.ReadFile("big")
	fmt.Println(len(data), err, string(data[2990:]))
	data, err = os.ReadFile("missing")
	fmt.Println(data == nil, len(data))
	check("readfile missing", err)

	_, err = os.Open("missing")
	check("open missing", err)
	_, err = os.Open("a.txt/x")
	check("open under file", err)
	_, err = os.Open("nul\x00byte")
	fmt.Printf("open nul: %q %v\n", err.Error(), errors.Unwrap(err))
	check("mkdir", os.Mkdir("d", 0755))
	check("mkdir again", os.Mkdir("d", 0755))
	check("mkdirall", os.MkdirAll("d/e/f//", 0755))
	check("mkdirall again", os.MkdirAll("d/e/f", 0755))
	check("mkdirall under file", os.MkdirAll("a.txt/g", 0755))
	check("mkdirall file", os.MkdirAll("a.txt", 0755))
	check("writefile in dir", os.WriteFile("d/e/f/x", []byte("x"), 0644))
	check("remove full dir", os.Remove("d/e/f"))
	check("remove file", os.Remove("d/e/f/x"))
	check("remove dir", os.Remove("d/e/f"))
	check("remove missing", os.Remove("d/e/f"))
	check("remove a", os.Remove("a.txt"))
	_, err = os.Open("d")
	check("open dir", err)
	f, _ = os.Open("d")
	_, err = f.Read(make([]byte, 10))
	check("read dir", err)
	f.Close()
	var nf *os.File
	_, err = nf.Read(nil)
	check("nil file", err)
	fmt.Println(nf.Fd() == ^uintptr(0), nf.Close())
	fmt.Println(os.ErrNotExist, os.ErrExist, os.ErrClosed, os.ErrPermission, os.ErrInvalid)
}

// CHECK: create: ok
// CHECK-NEXT: a.txt true
// CHECK-NEXT: 7 <nil>
// CHECK-NEXT: 6 <nil>
// CHECK-NEXT: 0 <nil>
// CHECK-NEXT: close: ok
// CHECK-NEXT: close again: close a.txt: file already closed (*fs.PathError) notexist=false exist=false is=false/false
// CHECK-NEXT:   op=close path=a.txt err=file already closed
// CHECK-NEXT: write closed: write a.txt: file already closed (*fs.PathError) notexist=false exist=false is=false/false
// CHECK-NEXT:   op=write path=a.txt err=file already closed
// CHECK-NEXT: read closed: read a.txt: file already closed (*fs.PathError) notexist=false exist=false is=false/false
// CHECK-NEXT:   op=read path=a.txt err=file already closed
// CHECK-NEXT: open: ok
// CHECK-NEXT: read 5 "hello" <nil> eof=false
// CHECK-NEXT: read 5 ", wor" <nil> eof=false
// CHECK-NEXT: read 3 "ld\n" <nil> eof=false
// CHECK-NEXT: read 0 "" EOF eof=true
// CHECK-NEXT: 0 <nil>
// CHECK-NEXT: write read-only: write a.txt: bad file descriptor (*fs.PathError) notexist=false exist=false is=false/false
// CHECK-NEXT:   op=write path=a.txt err=bad file descriptor
// CHECK-NEXT: "hello, world\n" <nil>
// CHECK-NEXT: writefile: ok
// CHECK-NEXT: open append: ok
// CHECK-NEXT: "one\ntwo\n"
// CHECK-NEXT: "3"
// CHECK-NEXT: excl: open b.txt: file exists (*fs.PathError) notexist=false exist=true is=false/true
// CHECK-NEXT:   op=open path=b.txt err=file exists
// CHECK-NEXT: writefile big: ok
// CHECK-NEXT: 3000 <nil> abcdefghij
// CHECK-NEXT: true 0
// CHECK-NEXT: readfile missing: open missing: no such file or directory (*fs.PathError) notexist=true exist=false is=true/false
// CHECK-NEXT:   op=open path=missing err=no such file or directory
// CHECK-NEXT: open missing: open missing: no such file or directory (*fs.PathError) notexist=true exist=false is=true/false
// CHECK-NEXT:   op=open path=missing err=no such file or directory
// CHECK-NEXT: open under file: open a.txt/x: not a directory (*fs.PathError) notexist=false exist=false is=false/false
// CHECK-NEXT:   op=open path=a.txt/x err=not a directory
// CHECK-NEXT: open nul: "open nul\x00byte: invalid argument" invalid argument
// CHECK-NEXT: mkdir: ok
// CHECK-NEXT: mkdir again: mkdir d: file exists (*fs.PathError) notexist=false exist=true is=false/true
// CHECK-NEXT:   op=mkdir path=d err=file exists
// CHECK-NEXT: mkdirall: ok
// CHECK-NEXT: mkdirall again: ok
// CHECK-NEXT: mkdirall under file: mkdir a.txt: not a directory (*fs.PathError) notexist=false exist=false is=false/false
// CHECK-NEXT:   op=mkdir path=a.txt err=not a directory
// CHECK-NEXT: mkdirall file: mkdir a.txt: not a directory (*fs.PathError) notexist=false exist=false is=false/false
// CHECK-NEXT:   op=mkdir path=a.txt err=not a directory
// CHECK-NEXT: writefile in dir: ok
// CHECK-NEXT: remove full dir: remove d/e/f: directory not empty (*fs.PathError) notexist=false exist=true is=false/true
// CHECK-NEXT:   op=remove path=d/e/f err=directory not empty
// CHECK-NEXT: remove file: ok
// CHECK-NEXT: remove dir: ok
// CHECK-NEXT: remove missing: remove d/e/f: no such file or directory (*fs.PathError) notexist=true exist=false is=true/false
// CHECK-NEXT:   op=remove path=d/e/f err=no such file or directory
// CHECK-NEXT: remove a: ok
// CHECK-NEXT: open dir: ok
// CHECK-NEXT: read dir: read d: is a directory (*fs.PathError) notexist=false exist=false is=false/false
// CHECK-NEXT:   op=read path=d err=is a directory
// CHECK-NEXT: nil file: invalid argument (*errors.errorString) notexist=false exist=false is=false/false
// CHECK-NEXT: true invalid argument
// CHECK-NEXT: file does not exist file already exists file already closed permission denied invalid argument
