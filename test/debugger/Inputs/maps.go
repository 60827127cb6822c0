package main

func use(m map[string]int) int {
	n := len(m)
	return n
}

func main() {
	ages := map[string]int{"a": 1}
	println(use(ages))
}
