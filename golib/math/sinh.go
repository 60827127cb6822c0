package math

// Sinh returns the hyperbolic sine of x: from Exp beyond 0.5, a rational
// function (Cephes) inside.
func Sinh(x float64) float64 {
	const (
		p0 = -0.6307673640497716991184787251e+6
		p1 = -0.8991272022039509355398013511e+5
		p2 = -0.2894211355989563807284660366e+4
		p3 = -0.2630563213397497062819489e+2
		q0 = -0.6307673640497716991212077277e+6
		q1 = 0.1521517378790019070696485176e+5
		q2 = -0.173678953558233699533450911e+3
	)
	neg := x < 0
	if neg {
		x = -x
	}
	var y float64
	switch {
	case x > 21:
		y = Exp(x) * 0.5
	case x > 0.5:
		ex := Exp(x)
		y = (ex - 1/ex) * 0.5
	default:
		sq := x * x
		y = (((p3*sq+p2)*sq+p1)*sq + p0) * x
		y = y / (((sq+q2)*sq+q1)*sq + q0)
	}
	if neg {
		y = -y
	}
	return y
}

// Cosh returns the hyperbolic cosine of x.
func Cosh(x float64) float64 {
	x = Abs(x)
	if x > 21 {
		return Exp(x) * 0.5
	}
	ex := Exp(x)
	return (ex + 1/ex) * 0.5
}

// Tanh returns the hyperbolic tangent of x: ±1 beyond log(2^127)/2, from
// Exp beyond 0.625, a rational function (Cephes) inside.
func Tanh(x float64) float64 {
	const maxLog = 8.8029691931113054295988e+01
	p := [...]float64{
		-9.64399179425052238628e-1,
		-9.92877231001918586564e1,
		-1.61468768441708447952e3,
	}
	q := [...]float64{
		1.12811678491632931402e2,
		2.23548839060100448583e3,
		4.84406305325125486048e3,
	}
	z := Abs(x)
	switch {
	case z > 0.5*maxLog:
		if x < 0 {
			return -1
		}
		return 1
	case z >= 0.625:
		s := Exp(2 * z)
		z = 1 - 2/(s+1)
		if x < 0 {
			z = -z
		}
	default:
		if x == 0 {
			return x
		}
		s := x * x
		z = x + x*s*((p[0]*s+p[1])*s+p[2])/(((s+q[0])*s+q[1])*s+q[2])
	}
	return z
}
