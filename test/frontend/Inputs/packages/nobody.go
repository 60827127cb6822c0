package main

func f(x int) int

func main() { f(1) }
