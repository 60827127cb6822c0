// n-body (the Benchmarks Game's problem): the Jovian planets and the Sun,
// advanced N steps of 0.01 days by symplectic Euler; floating-point
// arithmetic on a fixed array of structs, methods with pointer receivers.
// The checksum is the system's energy before and after, as int64(e*1e15),
// so that no float formatting is involved.
//
// Tier 2 has no math package, so sqrt is Newton's method on float64
// (exact range reduction by powers of 4, then a fixed number of steps):
// accurate to about an ulp but not always correctly rounded like
// math.Sqrt, so the energies differ from the published ones in the last
// digits; they are the same for every compiler that does IEEE float64
// arithmetic without fusing multiply-adds.
package main

const steps = 5000000

const (
	pi          = 3.141592653589793
	solarMass   = 4 * pi * pi
	daysPerYear = 365.24
)

type vec struct{ x, y, z float64 }

type body struct {
	pos  vec
	vel  vec
	mass float64
}

type system struct {
	bodies [5]body
}

// sqrt returns the square root of a >= 0 by Newton's method.
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
	// a is in [0.25, 4]: from 1, six steps reach full precision.
	y := 1.0
	for i := 0; i < 6; i++ {
		y = 0.5 * (y + a/y)
	}
	return y * scale
}

func (s *system) init() {
	// The Sun, at rest at the origin until offsetMomentum.
	s.bodies[0] = body{mass: solarMass}
	// Jupiter
	s.bodies[1] = body{
		pos: vec{4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01},
		vel: vec{1.66007664274403694e-03 * daysPerYear, 7.69901118419740425e-03 * daysPerYear,
			-6.90460016972063023e-05 * daysPerYear},
		mass: 9.54791938424326609e-04 * solarMass,
	}
	// Saturn
	s.bodies[2] = body{
		pos: vec{8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01},
		vel: vec{-2.76742510726862411e-03 * daysPerYear, 4.99852801234917238e-03 * daysPerYear,
			2.30417297573763929e-05 * daysPerYear},
		mass: 2.85885980666130812e-04 * solarMass,
	}
	// Uranus
	s.bodies[3] = body{
		pos: vec{1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01},
		vel: vec{2.96460137564761618e-03 * daysPerYear, 2.37847173959480950e-03 * daysPerYear,
			-2.96589568540237556e-05 * daysPerYear},
		mass: 4.36624404335156298e-05 * solarMass,
	}
	// Neptune
	s.bodies[4] = body{
		pos: vec{1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01},
		vel: vec{2.68067772490389322e-03 * daysPerYear, 1.62824170038242295e-03 * daysPerYear,
			-9.51592254519715870e-05 * daysPerYear},
		mass: 5.15138902046611451e-05 * solarMass,
	}
	s.offsetMomentum()
}

// offsetMomentum gives the Sun the velocity that makes the total
// momentum zero.
func (s *system) offsetMomentum() {
	var p vec
	for _, b := range s.bodies {
		p.x += b.vel.x * b.mass
		p.y += b.vel.y * b.mass
		p.z += b.vel.z * b.mass
	}
	sun := &s.bodies[0]
	sun.vel = vec{-p.x / solarMass, -p.y / solarMass, -p.z / solarMass}
}

func (s *system) energy() float64 {
	e := 0.0
	for i := range s.bodies {
		b := &s.bodies[i]
		e += 0.5 * b.mass * (b.vel.x*b.vel.x + b.vel.y*b.vel.y + b.vel.z*b.vel.z)
		for j := i + 1; j < len(s.bodies); j++ {
			c := &s.bodies[j]
			dx := b.pos.x - c.pos.x
			dy := b.pos.y - c.pos.y
			dz := b.pos.z - c.pos.z
			e -= b.mass * c.mass / sqrt(dx*dx+dy*dy+dz*dz)
		}
	}
	return e
}

func (s *system) advance(dt float64) {
	bs := s.bodies[:]
	for i := 0; i < len(bs); i++ {
		b := &bs[i]
		for j := i + 1; j < len(bs); j++ {
			c := &bs[j]
			dx := b.pos.x - c.pos.x
			dy := b.pos.y - c.pos.y
			dz := b.pos.z - c.pos.z
			d2 := dx*dx + dy*dy + dz*dz
			mag := dt / (d2 * sqrt(d2))
			bm := b.mass * mag
			cm := c.mass * mag
			b.vel.x -= dx * cm
			b.vel.y -= dy * cm
			b.vel.z -= dz * cm
			c.vel.x += dx * bm
			c.vel.y += dy * bm
			c.vel.z += dz * bm
		}
	}
	for i := range bs {
		b := &bs[i]
		b.pos.x += dt * b.vel.x
		b.pos.y += dt * b.vel.y
		b.pos.z += dt * b.vel.z
	}
}

func main() {
	var s system
	s.init()
	before := s.energy()
	for i := 0; i < steps; i++ {
		s.advance(0.01)
	}
	after := s.energy()
	println("checksum", int64(before*1e15), int64(after*1e15))
}
