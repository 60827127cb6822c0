package main

import "nope/pkg"

func main() { pkg.F() }
