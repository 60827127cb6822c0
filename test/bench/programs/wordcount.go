// Word counting: reads the text file named by its argument (run.py writes
// 100 MB of words and lines) through bufio.Scanner with ScanWords, and
// counts words and their bytes, hashing each word's first and last byte.
// Measures os file reads, bufio's buffering and ScanWords' rune decoding.
package main

import (
	"bufio"
	"os"
)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		println(err.Error())
		os.Exit(1)
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	s.Split(bufio.ScanWords)
	words, size := 0, 0
	h := uint64(14695981039346656037)
	for s.Scan() {
		w := s.Bytes()
		words++
		size += len(w)
		h = (h ^ uint64(w[0])) * 1099511628211
		h = (h ^ uint64(w[len(w)-1])) * 1099511628211
	}
	if err := s.Err(); err != nil {
		println(err.Error())
		os.Exit(1)
	}
	println("checksum", words, size, h)
}
