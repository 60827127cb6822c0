// The generator of Go 1.19's Source: an additive lagged Fibonacci
// generator (Mitchell and Reeds) over 607 words with a tap at 273, seeded
// by a Park-Miller sequence XORed with the cooked words (cooked.go), so
// that every seed gives the value stream Go 1.19 gives.

package rand

const (
	regLen  = 607
	regTap  = 273
	mask63  = 1<<63 - 1
	modulus = 1<<31 - 1 // the Park-Miller modulus, 2^31 - 1
)

// rngSource is Go's Source: the register and its two moving indices.
type rngSource struct {
	tap, feed int
	vec       [regLen]int64
}

// parkMiller is one step of x' = 48271 x mod (2^31 - 1), by Schrage's
// method so that nothing overflows 32 bits.
func parkMiller(x int32) int32 {
	const a, q, r = 48271, modulus / 48271, modulus % 48271
	x = a*(x%q) - r*(x/q)
	if x < 0 {
		x += modulus
	}
	return x
}

// Seed sets the register from seed, taken modulo 2^31 - 1 (0 stands for
// 89482311): after 20 steps of the sequence, each word is three more steps
// packed at bits 40, 20 and 0, XOR its cooked word.
func (rng *rngSource) Seed(seed int64) {
	rng.tap = 0
	rng.feed = regLen - regTap
	seed %= modulus
	if seed < 0 {
		seed += modulus
	}
	if seed == 0 {
		seed = 89482311
	}
	x := int32(seed)
	for i := 0; i < 20; i++ {
		x = parkMiller(x)
	}
	for i := range rng.vec {
		x = parkMiller(x)
		w := int64(x) << 40
		x = parkMiller(x)
		w ^= int64(x) << 20
		x = parkMiller(x)
		w ^= int64(x)
		rng.vec[i] = w ^ cooked[i]
	}
}

// Uint64 steps both indices back (cyclically) and stores the sum of the
// two words they name at the feed.
func (rng *rngSource) Uint64() uint64 {
	rng.tap--
	if rng.tap < 0 {
		rng.tap += regLen
	}
	rng.feed--
	if rng.feed < 0 {
		rng.feed += regLen
	}
	sum := rng.vec[rng.feed] + rng.vec[rng.tap]
	rng.vec[rng.feed] = sum
	return uint64(sum)
}

// Int63 is Uint64 without its top bit.
func (rng *rngSource) Int63() int64 {
	return int64(rng.Uint64() & mask63)
}
