package strconv

// nat is an unsigned integer of any size: 32-bit limbs, least significant
// first, no zero limbs on top (zero is the empty nat). The float
// conversions work on exact values with it: a float's decimal digits are
// those of mant·2^e or mant·5^-e, and a decimal's nearest float comes from
// an exact quotient. Operations may reuse their receiver's storage.
type nat []uint32

func natOf(x uint64) nat {
	var z nat
	for x != 0 {
		z = append(z, uint32(x))
		x >>= 32
	}
	return z
}

// norm drops zero limbs from the top.
func (z nat) norm() nat {
	n := len(z)
	for n > 0 && z[n-1] == 0 {
		n--
	}
	return z[:n]
}

// mulAdd returns z·m + a.
func (z nat) mulAdd(m, a uint32) nat {
	carry := uint64(a)
	for i := range z {
		t := uint64(z[i])*uint64(m) + carry
		z[i] = uint32(t)
		carry = t >> 32
	}
	if carry != 0 {
		z = append(z, uint32(carry))
	}
	return z
}

// pow5 holds 5^0 ... 5^13, the powers of five that fit in a limb.
var pow5 = [14]uint32{1, 5, 25, 125, 625, 3125, 15625, 78125, 390625,
	1953125, 9765625, 48828125, 244140625, 1220703125}

// mulPow5 returns z·5^k.
func (z nat) mulPow5(k int) nat {
	for ; k >= 13; k -= 13 {
		z = z.mulAdd(pow5[13], 0)
	}
	if k > 0 {
		z = z.mulAdd(pow5[k], 0)
	}
	return z
}

// shl returns z·2^s in new storage.
func (z nat) shl(s uint) nat {
	if len(z) == 0 {
		return z
	}
	limbs, bits := int(s/32), s%32
	r := make(nat, len(z)+limbs+1)
	for i := len(z) - 1; i >= 0; i-- {
		w := uint64(z[i]) << bits
		r[i+limbs+1] |= uint32(w >> 32)
		r[i+limbs] = uint32(w)
	}
	return r.norm()
}

// shr1 halves z in place.
func (z nat) shr1() nat {
	for i := range z {
		z[i] >>= 1
		if i+1 < len(z) {
			z[i] |= z[i+1] << 31
		}
	}
	return z.norm()
}

func (z nat) bitLen() int {
	if len(z) == 0 {
		return 0
	}
	n := 32 * (len(z) - 1)
	for top := z[len(z)-1]; top != 0; top >>= 1 {
		n++
	}
	return n
}

// cmp returns -1, 0 or 1 as x <, ==, > y.
func (x nat) cmp(y nat) int {
	if len(x) != len(y) {
		if len(x) < len(y) {
			return -1
		}
		return 1
	}
	for i := len(x) - 1; i >= 0; i-- {
		if x[i] != y[i] {
			if x[i] < y[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// sub returns x - y for x >= y, in x's storage.
func (x nat) sub(y nat) nat {
	var borrow uint64
	for i := range x {
		t := uint64(x[i]) - borrow
		if i < len(y) {
			t -= uint64(y[i])
		}
		x[i] = uint32(t)
		borrow = (t >> 32) & 1
	}
	return x.norm()
}

// quo returns floor(x/y), which must be below 2^64, and whether the
// division left a remainder: long division one quotient bit at a time.
// x is used up.
func (x nat) quo(y nat) (uint64, bool) {
	n := x.bitLen() - y.bitLen()
	if n < 0 {
		return 0, len(x) != 0
	}
	t := y.shl(uint(n))
	var q uint64
	for i := n; i >= 0; i-- {
		if x.cmp(t) >= 0 {
			x = x.sub(t)
			q |= 1 << uint(i)
		}
		t = t.shr1()
	}
	return q, len(x) != 0
}

// decimal returns z's decimal digits ("" for zero). z is used up.
func (z nat) decimal() []byte {
	var chunks []uint32 // base 10^9, least significant first
	for len(z) > 0 {
		var rem uint64
		for i := len(z) - 1; i >= 0; i-- {
			t := rem<<32 | uint64(z[i])
			z[i] = uint32(t / 1e9)
			rem = t % 1e9
		}
		z = z.norm()
		chunks = append(chunks, uint32(rem))
	}
	var d []byte
	for i := len(chunks) - 1; i >= 0; i-- {
		c := chunks[i]
		var nine [9]byte
		for j := 8; j >= 0; j-- {
			nine[j] = byte('0' + c%10)
			c /= 10
		}
		d = append(d, nine[:]...)
	}
	i := 0
	for i < len(d) && d[i] == '0' {
		i++
	}
	return d[i:]
}

// natOfDigits returns the integer that decimal digits d spell.
func natOfDigits(d []byte) nat {
	var z nat
	for len(d) > 0 {
		n := len(d)
		if n > 9 {
			n = 9
		}
		var chunk, scale uint32 = 0, 1
		for _, c := range d[:n] {
			chunk = chunk*10 + uint32(c-'0')
			scale *= 10
		}
		z = z.mulAdd(scale, chunk)
		d = d[n:]
	}
	return z.norm()
}
