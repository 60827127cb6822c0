package main

func crash(n int) {
	if n == 0 {
		panic("boom")
	}
	crash(n - 1)
}

func main() {
	crash(3)
}
