package main

import "errs/bad"

func main() { bad.F() }
