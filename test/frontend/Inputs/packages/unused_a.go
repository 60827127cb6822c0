package main

import "errs/lib"

func main() { helper(lib.F()) }
