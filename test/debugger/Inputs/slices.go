package main

func show(s []int, name string) int {
	t := len(s) + len(name)
	return t
}

func main() {
	s := make([]int, 3, 5)
	s[0], s[1], s[2] = 10, 20, 30
	b := []byte("hey")
	println(show(s, "go"), len(b))
}
