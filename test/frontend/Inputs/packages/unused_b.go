package main

import "errs/lib"

func helper(int) {}
