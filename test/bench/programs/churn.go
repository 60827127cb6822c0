// Allocation churn: 1,500,000 rounds, each allocating seven small objects
// of 16 to 64 bytes (on 64-bit targets): structs without pointers (a
// 16-byte point, a 48-byte record), a struct with pointers (a 64-byte
// item), small slices of int32 and of pointers, and a short byte slice.
// The items live in a ring of 4,096 slots, the records in a ring of 1,000,
// and both are overwritten in turn, so the live set stays under 1 MB while
// about 415 MB (10,500,000 objects) are allocated in all; a point and a
// byte slice of each round are dead by the next round. An item's pointers
// reach only points and slices, never another item, so no chain keeps old
// rounds alive. Every object escapes (it is stored in a ring or a
// package-level variable), so no compiler can keep it on the stack. Single
// goroutine.
// The checksum: sums and an xor of what each evicted item and record held
// when overwritten, and of what the rings hold at the end.
package main

const (
	rounds     = 1500000
	itemRing   = 4096
	recordRing = 1000
)

type point struct{ x, y int64 } // 16 bytes, no pointers

type record struct { // 48 bytes, no pointers
	a, b, c, d, e, f int64
}

type item struct { // 64 bytes on 64-bit targets: a pointer and two slices
	p    *point
	kids []*point
	vals []int32
	key  int64
}

// rng is a 64-bit linear congruential generator (Knuth's MMIX constants);
// next returns its high 32 bits, the well-mixed ones.
type rng struct{ state uint64 }

func (r *rng) next() uint32 {
	r.state = r.state*6364136223846793005 + 1442695040888963407
	return uint32(r.state >> 32)
}

var (
	items   = make([]*item, itemRing)
	records = make([]*record, recordRing)
	// The objects that die young: overwritten every round.
	lastPoint *point
	lastBytes []byte
)

// newItem allocates an item of round i: its point, a slice of 2 to 8
// pointers (the first to its own point, the rest to points of items in the
// ring) and a slice of 4 to 16 int32.
func newItem(r *rng, i int) *item {
	x := r.next()
	it := &item{p: &point{int64(x), int64(i)}, key: int64(x >> 8)}
	it.kids = make([]*point, 2+x%7)
	it.kids[0] = it.p
	for k := 1; k < len(it.kids); k++ {
		if other := items[(uint32(i)+(x>>uint(k+3)))%itemRing]; other != nil {
			it.kids[k] = other.p
		}
	}
	it.vals = make([]int32, 4+(x>>4)%13)
	for k := range it.vals {
		it.vals[k] = int32(x>>uint(k)) ^ int32(i)
	}
	return it
}

// fold returns a summary of what it holds.
func (it *item) fold() int64 {
	s := it.key + it.p.x - it.p.y
	for _, q := range it.kids {
		if q != nil {
			s += q.x ^ q.y
		}
	}
	for _, v := range it.vals {
		s = s*31 + int64(v)
	}
	return s
}

func (rc *record) fold() int64 {
	return rc.a + rc.b*3 + rc.c*5 + rc.d*7 + rc.e*11 + rc.f*13
}

func main() {
	r := &rng{state: 2011}
	var sum, xor, young int64
	for i := 0; i < rounds; i++ {
		slot := i % itemRing
		if old := items[slot]; old != nil {
			f := old.fold()
			sum += f
			xor ^= f
		}
		items[slot] = newItem(r, i)

		x := r.next()
		rs := i % recordRing
		if old := records[rs]; old != nil {
			sum += old.fold()
		}
		records[rs] = &record{int64(x), int64(i), int64(x ^ 7), int64(x >> 3), int64(i * 3), int64(x % 1000)}

		if lastPoint != nil {
			young += lastPoint.x - lastPoint.y + int64(len(lastBytes)) + int64(lastBytes[len(lastBytes)-1])
		}
		lastPoint = &point{int64(x >> 1), int64(i)}
		lastBytes = make([]byte, 16+x%49)
		lastBytes[len(lastBytes)-1] = byte(x)
	}
	var live int64
	for _, it := range items {
		live += it.fold()
	}
	for _, rc := range records {
		live ^= rc.fold()
	}
	println("checksum", sum, xor, young, live)
}
