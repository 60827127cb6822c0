package main

import "errs/noesc"

func main() { println(noesc.Stack(), noesc.Heap(), noesc.Go()) }
