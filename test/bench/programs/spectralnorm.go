// spectral-norm (the Benchmarks Game's problem): the spectral norm of the
// infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1), truncated to n x n, by
// ten steps of the power method on A^T A. float64 division and
// multiply-add in nested loops over slices, called through small functions.
// The checksum is the norm as int64(norm*1e15) (no float formatting).
//
// Tier 2 has no math package, so the final square root is Newton's method
// on float64 (exact range reduction by powers of 4, then a fixed number
// of steps): accurate to about an ulp, not always correctly rounded like
// math.Sqrt; the same for every compiler that does IEEE float64
// arithmetic without fusing multiply-adds.
package main

const n = 4000

func sqrt(a float64) float64 {
	if a == 0 {
		return 0
	}
	scale := 1.0
	for a > 4 {
		a *= 0.25
		scale *= 2
	}
	for a < 0.25 {
		a *= 4
		scale *= 0.5
	}
	y := 1.0
	for i := 0; i < 6; i++ {
		y = 0.5 * (y + a/y)
	}
	return y * scale
}

func a(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

// times sets v = A u.
func times(v, u []float64) {
	for i := range v {
		s := 0.0
		for j, uj := range u {
			s += a(i, j) * uj
		}
		v[i] = s
	}
}

// timesTransp sets v = A^T u.
func timesTransp(v, u []float64) {
	for i := range v {
		s := 0.0
		for j, uj := range u {
			s += a(j, i) * uj
		}
		v[i] = s
	}
}

// atTimesA sets v = A^T A u, using tmp.
func atTimesA(v, u, tmp []float64) {
	times(tmp, u)
	timesTransp(v, tmp)
}

func main() {
	u := make([]float64, n)
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	for i := 0; i < 10; i++ {
		atTimesA(v, u, tmp)
		atTimesA(u, v, tmp)
	}
	var vBv, vv float64
	for i, vi := range v {
		vBv += u[i] * vi
		vv += vi * vi
	}
	println("checksum", int64(sqrt(vBv/vv)*1e15))
}
