// Deep recursion: a recursive function 1,000,000 frames deep, descended ten
// times. Each frame folds its callee's result as s*3 + n, which (unlike a
// plain sum) no compiler turns into a loop, so every frame is really live.
package main

const depth = 1000000

func fold(n int) int {
	if n == 0 {
		return 0
	}
	return fold(n-1)*3 + n
}

func main() {
	total := 0
	for i := 0; i < 10; i++ {
		total += fold(depth - i)
	}
	println("checksum", total)
}
