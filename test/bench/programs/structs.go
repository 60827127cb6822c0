// Structs and methods: 20,000 particles in a 1024x1024 box, 800 steps.
// Each step moves every particle (pointer-receiver methods on a slice of
// structs, fields promoted from embedded structs), bounces it off the
// walls, files a pointer to it in a 32x32 grid of cells ([][]*Particle,
// reset and refilled every step), and lets the particles that share a
// cell and come close exchange velocities (value-receiver methods on
// small structs returned by value, struct comparison). Every 10 steps a
// ledger of accounts (a slice of pointers to structs holding a slice)
// charges each particle's owner for its energy. Integer arithmetic only.
// The checksum: positions, velocities, collision counts and the ledger.
package main

const (
	count = 20000
	steps = 800
	size  = 1024
	cells = 32
	cell  = size / cells
)

type Vec struct{ X, Y int }

func (v Vec) Add(w Vec) Vec   { return Vec{v.X + w.X, v.Y + w.Y} }
func (v Vec) Sub(w Vec) Vec   { return Vec{v.X - w.X, v.Y - w.Y} }
func (v Vec) Dot(w Vec) int   { return v.X*w.X + v.Y*w.Y }
func (v Vec) Scale(k int) Vec { return Vec{v.X * k, v.Y * k} }

// Body is what a particle has in common with anything placed in the box.
type Body struct {
	Pos Vec
	ID  int
}

func (b Body) Cell() (int, int) { return b.Pos.X / cell, b.Pos.Y / cell }

type Particle struct {
	Body       // embedded: Pos, ID and Cell are promoted
	Vel        Vec
	Mass       int
	Hits       int
	Owner      *Account
	lastBounce int
}

// Step moves p by its velocity and reflects it off the walls.
func (p *Particle) Step(t int) {
	p.Pos = p.Pos.Add(p.Vel)
	if p.Pos.X < 0 {
		p.Pos.X, p.Vel.X = -p.Pos.X, -p.Vel.X
		p.lastBounce = t
	} else if p.Pos.X >= size {
		p.Pos.X, p.Vel.X = 2*(size-1)-p.Pos.X, -p.Vel.X
		p.lastBounce = t
	}
	if p.Pos.Y < 0 {
		p.Pos.Y, p.Vel.Y = -p.Pos.Y, -p.Vel.Y
		p.lastBounce = t
	} else if p.Pos.Y >= size {
		p.Pos.Y, p.Vel.Y = 2*(size-1)-p.Pos.Y, -p.Vel.Y
		p.lastBounce = t
	}
}

func (p Particle) Energy() int { return p.Mass * p.Vel.Dot(p.Vel) }

// Collide exchanges the velocities of p and q if they are within 3 units
// and approaching each other.
func (p *Particle) Collide(q *Particle) bool {
	d := q.Pos.Sub(p.Pos)
	if d.Dot(d) > 9 || d.Dot(q.Vel.Sub(p.Vel)) >= 0 || p.Vel == q.Vel {
		return false
	}
	p.Vel, q.Vel = q.Vel, p.Vel
	p.Hits++
	q.Hits++
	return true
}

type Account struct {
	Name    string
	Balance int64
	Charges []int64
}

func (a *Account) Charge(v int64) {
	a.Balance -= v
	a.Charges = append(a.Charges, v)
	if len(a.Charges) > 64 {
		a.Charges = a.Charges[:0]
	}
}

func (a Account) Summary() int64 {
	s := a.Balance
	for i, c := range a.Charges {
		s += int64(i+1) * c
	}
	return s
}

type World struct {
	parts    []Particle
	grid     [cells][cells][]*Particle
	accounts []*Account
	hits     int
	seed     uint32
}

func (w *World) rand(n int) int {
	w.seed = w.seed*1664525 + 1013904223
	return int(w.seed>>8) % n
}

func newWorld() *World {
	w := &World{seed: 7}
	for i := 0; i < 16; i++ {
		w.accounts = append(w.accounts, &Account{Name: "acct", Balance: 1 << 40})
	}
	w.parts = make([]Particle, count)
	for i := range w.parts {
		w.parts[i] = Particle{
			Body:  Body{Pos: Vec{w.rand(size), w.rand(size)}, ID: i},
			Vel:   Vec{w.rand(15) - 7, w.rand(15) - 7},
			Mass:  1 + w.rand(4),
			Owner: w.accounts[i%len(w.accounts)],
		}
	}
	return w
}

func (w *World) step(t int) {
	for x := range w.grid {
		for y := range w.grid[x] {
			w.grid[x][y] = w.grid[x][y][:0]
		}
	}
	for i := range w.parts {
		p := &w.parts[i]
		p.Step(t)
		cx, cy := p.Cell()
		w.grid[cx][cy] = append(w.grid[cx][cy], p)
	}
	for x := range w.grid {
		for y := range w.grid[x] {
			in := w.grid[x][y]
			for i, p := range in {
				for _, q := range in[i+1:] {
					if p.Collide(q) {
						w.hits++
					}
				}
			}
		}
	}
	if t%10 == 0 {
		for _, p := range w.parts {
			p.Owner.Charge(int64(p.Energy()))
		}
	}
}

func main() {
	w := newWorld()
	for t := 1; t <= steps; t++ {
		w.step(t)
	}
	sum := 0
	for _, p := range w.parts {
		sum = sum*31 + p.Pos.X*1024 + p.Pos.Y + p.Vel.X*7 + p.Vel.Y*13 + p.Hits + p.lastBounce + p.ID
	}
	var ledger int64
	for _, a := range w.accounts {
		ledger = ledger*131 + a.Summary() + int64(len(a.Name))
	}
	println("checksum", sum, w.hits, ledger)
}
