// Package rand: Go 1.19's pseudo-random numbers, with the same value
// stream for every seed, and the top-level functions on a shared source
// seeded with 1 (as in Go 1.19, where an unseeded program always gets the
// same numbers).
package rand

import "sync"

// A Source gives uniformly distributed non-negative 63-bit integers.
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 also gives 64-bit ones.
type Source64 interface {
	Source
	Uint64() uint64
}

// NewSource returns a new source seeded with seed (not safe for several
// goroutines at once).
func NewSource(seed int64) Source {
	rng := new(rngSource)
	rng.Seed(seed)
	return rng
}

// A Rand derives numbers of every kind from its source.
type Rand struct {
	src Source
	s64 Source64 // src, if it is a Source64

	// What Read left of its last 63-bit value: the low pending bytes.
	pending  int64
	npending int8
}

// New returns a Rand drawing from src.
func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

// Seed reseeds the source; Read starts over on a fresh value.
func (r *Rand) Seed(seed int64) {
	if ls, ok := r.src.(*lockedSource); ok {
		ls.seedRead(seed, &r.npending)
		return
	}
	r.src.Seed(seed)
	r.npending = 0
}

func (r *Rand) Int63() int64 { return r.src.Int63() }

func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }

// Uint64 takes two 63-bit values when the source has no Uint64.
func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}

func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

// Int keeps the low bits that fit an int, without the sign.
func (r *Rand) Int() int {
	u := uint(r.Int63())
	return int(u << 1 >> 1)
}

// Int63n is uniform in [0, n): a mask for a power of two, else values
// above the largest multiple of n are drawn again.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	limit := int64(1<<63 - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > limit {
		v = r.Int63()
	}
	return v % n
}

// Int31n is Int63n on 31-bit values.
func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 {
		return r.Int31() & (n - 1)
	}
	limit := int32(1<<31 - 1 - (1<<31)%uint32(n))
	v := r.Int31()
	for v > limit {
		v = r.Int31()
	}
	return v % n
}

// int31n is Lemire's multiply-and-shift, which Shuffle uses: the high
// word of a 32x32-bit product, drawn again in the biased low range.
func (r *Rand) int31n(n int32) int32 {
	prod := uint64(r.Uint32()) * uint64(n)
	if uint32(prod) < uint32(n) {
		bias := uint32(-n) % uint32(n)
		for uint32(prod) < bias {
			prod = uint64(r.Uint32()) * uint64(n)
		}
	}
	return int32(prod >> 32)
}

// Intn is Int31n when n fits 31 bits, else Int63n.
func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n <= 1<<31-1 {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

// Float64 is Go 1's Int63 / 2^63, drawn again in the rare case it rounds
// to 1.
func (r *Rand) Float64() float64 {
	for {
		f := float64(r.Int63()) / (1 << 63)
		if f != 1 {
			return f
		}
	}
}

// Float32 is Float64 rounded, drawn again if that gives 1.
func (r *Rand) Float32() float32 {
	for {
		f := float32(r.Float64())
		if f != 1 {
			return f
		}
	}
}

// Perm is a random permutation of [0, n): each i goes to a random place
// at or below it, and what was there moves up to i.
func (r *Rand) Perm(n int) []int {
	p := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		p[i] = p[j]
		p[j] = i
	}
	return p
}

// Shuffle is Fisher-Yates from the top: Int63n while i+1 needs more than
// 31 bits, then int31n.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	i := n - 1
	for ; i > 1<<31-2; i-- {
		swap(i, int(r.Int63n(int64(i+1))))
	}
	for ; i > 0; i-- {
		swap(i, int(r.int31n(int32(i+1))))
	}
}

// Read fills p with random bytes, 7 from each 63-bit value, low byte
// first; what a value has left carries over to the next Read. Its error
// is always nil.
func (r *Rand) Read(p []byte) (n int, err error) {
	if ls, ok := r.src.(*lockedSource); ok {
		return ls.read(p, &r.pending, &r.npending)
	}
	return readBytes(p, r.src, &r.pending, &r.npending)
}

func readBytes(p []byte, src Source, pending *int64, npending *int8) (int, error) {
	v, k := *pending, *npending
	for i := range p {
		if k == 0 {
			v, k = src.Int63(), 7
		}
		p[i] = byte(v)
		v >>= 8
		k--
	}
	*pending, *npending = v, k
	return len(p), nil
}

// The shared source of the top-level functions, seeded with 1.
var shared = New(&lockedSource{src: NewSource(1).(*rngSource)})

// Seed reseeds the shared source.
func Seed(seed int64) { shared.Seed(seed) }

func Int63() int64                       { return shared.Int63() }
func Uint32() uint32                     { return shared.Uint32() }
func Uint64() uint64                     { return shared.Uint64() }
func Int31() int32                       { return shared.Int31() }
func Int() int                           { return shared.Int() }
func Int63n(n int64) int64               { return shared.Int63n(n) }
func Int31n(n int32) int32               { return shared.Int31n(n) }
func Intn(n int) int                     { return shared.Intn(n) }
func Float64() float64                   { return shared.Float64() }
func Float32() float32                   { return shared.Float32() }
func Perm(n int) []int                   { return shared.Perm(n) }
func Shuffle(n int, swap func(i, j int)) { shared.Shuffle(n, swap) }
func Read(p []byte) (n int, err error)   { return shared.Read(p) }

// lockedSource is the shared source behind a mutex, for every goroutine.
type lockedSource struct {
	mu  sync.Mutex
	src *rngSource
}

func (s *lockedSource) Int63() int64 {
	s.mu.Lock()
	v := s.src.Int63()
	s.mu.Unlock()
	return v
}

func (s *lockedSource) Uint64() uint64 {
	s.mu.Lock()
	v := s.src.Uint64()
	s.mu.Unlock()
	return v
}

func (s *lockedSource) Seed(seed int64) {
	s.mu.Lock()
	s.src.Seed(seed)
	s.mu.Unlock()
}

// seedRead reseeds and drops what Read had pending, in one step.
func (s *lockedSource) seedRead(seed int64, npending *int8) {
	s.mu.Lock()
	s.src.Seed(seed)
	*npending = 0
	s.mu.Unlock()
}

func (s *lockedSource) read(p []byte, pending *int64, npending *int8) (int, error) {
	s.mu.Lock()
	n, err := readBytes(p, s.src, pending, npending)
	s.mu.Unlock()
	return n, err
}
