package main

import "errs/cyc1"

func main() { cyc1.F() }
