package math

// Dim returns x-y if that is positive, else 0.
func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		return 0
	}
	return v
}

// Max returns the larger of x and y: +Inf if either is, else NaN if either
// is, and +0 over -0.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case x != x || y != y:
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	}
	if x > y {
		return x
	}
	return y
}

// Min returns the smaller of x and y: -Inf if either is, else NaN if
// either is, and -0 over +0.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case x != x || y != y:
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	}
	if x < y {
		return x
	}
	return y
}

// Hypot returns Sqrt(p*p + q*q) without needless overflow: the larger
// times Sqrt(1+r²), r the ratio. On 386 Go computes that on the x87 in
// extended precision (hypot387).
func Hypot(p, q float64) float64 {
	p, q = Abs(p), Abs(q)
	switch {
	case IsInf(p, 1) || IsInf(q, 1):
		return Inf(1)
	case p != p || q != q:
		return NaN()
	}
	if goarch() == arch386 {
		return hypot387(p, q)
	}
	if p < q {
		p, q = q, p
	}
	if p == 0 {
		return 0
	}
	q = q / p
	return p * Sqrt(1+q*q)
}

// hypot387 is Hypot of finite |p|, |q| as Go's 386 assembly computes it,
// on the x87 (runtime/math.cpp).
func hypot387(p, q float64) float64
