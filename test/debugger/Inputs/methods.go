package main

type Count int

func (c Count) Double(n int) int {
	return int(c)*2 + n
}

func (c *Count) Show() {
	println(c.Double(1))
}

func main() {
	var c Count = 20
	c.Show()
}
