package main

func scale(x float64, f float32) float64 {
	y := x * float64(f)
	z := float32(y) / 3
	return y + float64(z)
}

func main() {
	println(scale(1.5, 0.25))
}
