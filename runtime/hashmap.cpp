// hashmap.cpp: Go's maps (Go 1.19's map.go).
//
// A map is just a hash table. The data is arranged
// into an array of buckets. Each bucket contains up to
// 8 key/elem pairs. The low-order bits of the hash are
// used to select a bucket. Each bucket contains a few
// high-order bits of each hash to distinguish the entries
// within a single bucket.
//
// If more than 8 keys hash to a bucket, we chain on
// extra buckets.
//
// When the hashtable grows, we allocate a new array
// of buckets twice as big. Buckets are incrementally
// copied from the old bucket array to the new bucket array.
//
// Map iterators walk through the array of buckets and
// return the keys in walk order (bucket #, then overflow
// chain order, then bucket index).  To maintain iteration
// semantics, we never move keys within their bucket (if
// we did, keys might be returned 0 or 2 times).  When
// growing the table, iterators remain iterating through the
// old table and must check the new table if the bucket
// they are iterating through has been moved ("evacuated")
// to the new table.
//
// Copyright 2014 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.
#include "runtime.h"

namespace runtime {

enum : uintptr {
  // Maximum number of key/elem pairs a bucket can hold.
  bucketCntBits = 3,
  bucketCnt = 1 << bucketCntBits,

  // Maximum average load of a bucket that triggers growth is 6.5.
  // Represent as loadFactorNum/loadFactorDen, to allow integer math.
  loadFactorNum = 13,
  loadFactorDen = 2,

  // Maximum key or elem size to keep inline (instead of mallocing per
  // element).
  maxKeySize = 128,
  maxElemSize = 128,

  // data offset should be the size of the bmap struct, but needs to be
  // aligned correctly. PORT: the keys start after the 8 tophash bytes on
  // every target (no key is aligned to more than 8).
  dataOffset = bucketCnt,

  // Possible tophash values. We reserve a few possibilities for special
  // marks.
  emptyRest = 0,       // this cell is empty, and there are no more
                       // non-empty cells at higher indexes or overflows.
  emptyOne = 1,        // this cell is empty
  evacuatedX = 2,      // key/elem is valid. Entry has been evacuated to
                       // first half of larger table.
  evacuatedY = 3,      // same as above, but evacuated to second half of
                       // larger table.
  evacuatedEmpty = 4,  // cell is empty, bucket is evacuated.
  minTopHash = 5,      // minimum tophash for a normal filled cell.

  // flags
  iterator = 1,      // there may be an iterator using buckets
  oldIterator = 2,   // there may be an iterator using oldbuckets
  hashWriting = 4,   // a goroutine is writing to the map
  sameSizeGrow = 8,  // the current map growth is to a new map of the same
                     // size

  // sentinel bucket ID for iterator checks
  noCheck = ~(uintptr)0,

  maxZero = 1024,  // must match value in reflect/value.go:maxZero
};

// PORT: what Go's maptype holds beside the map type itself (the compiler
// computes it there): the bucket layout and the key's properties, derived
// from the key and elem types by maplayout and kept in the Hmap.
struct MapLayout {
  GoType const *key;
  GoType const *elem;
  uintptr keysize;     // size of key slot
  uintptr elemsize;    // size of elem slot
  uintptr bucketsize;  // size of bucket
  bool indirectkey;    // store ptr to key instead of key itself
  bool indirectelem;   // store ptr to elem instead of elem itself
  bool reflexivekey;   // true if k==k for all keys
  bool needkeyupdate;  // true if we need to update key on an overwrite
  bool hashMightPanic;  // true if hash function might panic
  bool ptrdata;        // keys or elems may hold pointers
};

// A bucket for a Go map: bucketCnt tophash bytes (the top byte of each
// key's hash, or a mark), then bucketCnt keys, then bucketCnt elems, then
// the overflow pointer, at the bucket's end.
struct Bmap {
  uint8 tophash[bucketCnt];
};

}  // namespace runtime

// A header for a Go map (gort.h's opaque Hmap).
struct Hmap {
  runtime::intgo count;  // # live cells == size of map. Must be first
  runtime::uint8 flags;
  runtime::uint8 B;  // log_2 of # of buckets (can hold up to
                     // loadFactor * 2^B items)
  runtime::uint16 noverflow;  // approximate number of overflow buckets;
                              // see incrnoverflow for details
  runtime::uint32 hash0;  // hash seed

  runtime::Bmap *buckets;     // array of 2^B Buckets. may be nil if
                              // count==0.
  runtime::Bmap *oldbuckets;  // previous bucket array of half the size,
                              // non-nil only when growing
  runtime::uintptr nevacuate;  // progress counter for evacuation (buckets
                               // less than this have been evacuated)

  // PORT: of Go's mapextra, only nextOverflow (free overflow buckets made
  // with the bucket array). Go's overflow lists keep the overflow buckets
  // of pointer-free buckets alive for its collector; here every bucket is
  // allocated as holding pointers (its overflow pointer is one).
  runtime::Bmap *nextOverflow;
  runtime::MapLayout t;  // PORT: see MapLayout
};

namespace runtime {

// A hash iteration structure (Go's hiter; the caller's GoHiter).
struct Hiter {
  void *key;   // Must be in first position. nil: the iteration is over
  void *elem;  // Must be in second position
  GoType const *t;
  Hmap *h;
  Bmap *buckets;  // bucket ptr at hash_iter initialization time
  Bmap *bptr;     // current bucket
  uintptr startBucket;  // bucket iteration started at
  uint8 offset;  // intra-bucket offset to start from during iteration
                 // (should be big enough to hold bucketCnt-1)
  bool wrapped;  // already wrapped around from end of bucket array to
                 // beginning
  uint8 B;
  uint8 i;
  uintptr bucket;
  uintptr checkBucket;
};
static_assert(sizeof(Hiter) == sizeof(GoHiter), "GORT_HITER_WORDS is wrong");
static_assert(alignof(Hiter) == alignof(GoHiter), "GoHiter's alignment");

// PORT: Go's maptype flags, from the key's kind (Go's compiler knows the
// fields of structs; a descriptor does not, so a struct key is taken as
// the worst case: a key that may differ from itself, need updating on an
// overwrite, or panic when hashed).
static bool isReflexive(GoType const *t) {
  switch (kindof(t)) {
  case GORT_KIND_FLOAT32: case GORT_KIND_FLOAT64:
  case GORT_KIND_COMPLEX64: case GORT_KIND_COMPLEX128:
  case GORT_KIND_INTERFACE: case GORT_KIND_STRUCT:
    return false;
  case GORT_KIND_ARRAY:
    return isReflexive(t->elem);
  }
  return true;
}

static bool needKeyUpdate(GoType const *t) {
  switch (kindof(t)) {
  case GORT_KIND_FLOAT32: case GORT_KIND_FLOAT64:
  case GORT_KIND_COMPLEX64: case GORT_KIND_COMPLEX128:
  case GORT_KIND_INTERFACE: case GORT_KIND_STRING: case GORT_KIND_STRUCT:
    return true;
  case GORT_KIND_ARRAY:
    return needKeyUpdate(t->elem);
  }
  return false;
}

static bool hashMightPanic(GoType const *t) {
  switch (kindof(t)) {
  case GORT_KIND_INTERFACE: case GORT_KIND_STRUCT:
    return true;
  case GORT_KIND_ARRAY:
    return hashMightPanic(t->elem);
  }
  return false;
}

static uintptr roundup(uintptr n, uintptr a) { return (n + a - 1) & ~(a - 1); }

// The bucket layout of the map type t (Go's compiler's bmap and
// maptype), with reflect_makemap's checks.
static void maplayout(GoType const *t, MapLayout *l) {
  GoType const *k = t->key, *e = t->elem;
  if (kindof(t) != GORT_KIND_MAP || k == nil || e == nil)
    throw_("makemap: not a map type");
  if (k->align > bucketCnt)
    throw_("key align too big");
  if (e->align > bucketCnt)
    throw_("elem align too big");
  l->key = k;
  l->elem = e;
  l->indirectkey = k->size > maxKeySize;
  l->indirectelem = e->size > maxElemSize;
  l->keysize = l->indirectkey ? sizeof(void *) : k->size;
  l->elemsize = l->indirectelem ? sizeof(void *) : e->size;
  uintptr align = sizeof(void *);
  if (!l->indirectkey && k->align > align)
    align = k->align;
  if (!l->indirectelem && e->align > align)
    align = e->align;
  uintptr ovf = roundup(dataOffset + bucketCnt * (l->keysize + l->elemsize),
                        sizeof(void *));
  l->bucketsize = roundup(ovf + sizeof(void *), align);
  l->reflexivekey = isReflexive(k);
  l->needkeyupdate = needKeyUpdate(k);
  l->hashMightPanic = hashMightPanic(k);
  l->ptrdata = l->indirectkey || l->indirectelem ||
               !(k->kind & GORT_KIND_NOPOINTERS) ||
               !(e->kind & GORT_KIND_NOPOINTERS);
}

static void *add(void *p, uintptr x) { return (byte *)p + x; }

// isEmpty reports whether the given tophash array entry represents an
// empty bucket entry.
static bool isEmpty(uint8 x) { return x <= emptyOne; }

// bucketShift returns 1<<b, optimized for code generation.
static uintptr bucketShift(uint8 b) {
  // Masking the shift amount allows overflow checks to be elided.
  return (uintptr)1 << (b & (sizeof(uintptr) * 8 - 1));
}

// bucketMask returns 1<<b - 1, optimized for code generation.
static uintptr bucketMask(uint8 b) { return bucketShift(b) - 1; }

// tophash calculates the tophash value for hash.
static uint8 tophash(uintptr hash) {
  uint8 top = (uint8)(hash >> (sizeof(uintptr) * 8 - 8));
  if (top < minTopHash)
    top += minTopHash;
  return top;
}

static bool evacuated(Bmap *b) {
  uint8 h = b->tophash[0];
  return h > emptyOne && h < minTopHash;
}

static Bmap *overflow(MapLayout const *t, Bmap *b) {
  return *(Bmap **)add(b, t->bucketsize - sizeof(void *));
}

static void setoverflow(MapLayout const *t, Bmap *b, Bmap *ovf) {
  *(Bmap **)add(b, t->bucketsize - sizeof(void *)) = ovf;
}

// Slot i's key and elem in bucket b (as stored: maybe a pointer to them).
static void *keyat(MapLayout const *t, Bmap *b, uintptr i) {
  return add(b, dataOffset + i * t->keysize);
}

static void *elemat(MapLayout const *t, Bmap *b, uintptr i) {
  return add(b, dataOffset + bucketCnt * t->keysize + i * t->elemsize);
}

static Bmap *bucketat(MapLayout const *t, Bmap *buckets, uintptr i) {
  return (Bmap *)add(buckets, i * t->bucketsize);
}

static uintptr hasher(MapLayout const *t, void const *key, uintptr seed) {
  return typehash(t->key, key, seed);
}

static bool keyequal(MapLayout const *t, void const *p, void const *q) {
  return typeequal(t->key, p, q);
}

static bool growing(Hmap *h) { return h->oldbuckets != nil; }

static bool isSameSizeGrow(Hmap *h) { return (h->flags & sameSizeGrow) != 0; }

// noldbuckets calculates the number of buckets prior to the current map
// growth.
static uintptr noldbuckets(Hmap *h) {
  uint8 oldB = h->B;
  if (!isSameSizeGrow(h))
    oldB--;
  return bucketShift(oldB);
}

// oldbucketmask provides a mask that can be applied to calculate
// n % noldbuckets().
static uintptr oldbucketmask(Hmap *h) { return noldbuckets(h) - 1; }

// incrnoverflow increments h.noverflow.
// noverflow counts the number of overflow buckets.
// This is used to trigger same-size map growth.
// See also tooManyOverflowBuckets.
// To keep hmap small, noverflow is a uint16.
// When there are few buckets, noverflow is an exact count.
// When there are many buckets, noverflow is an approximate count.
static void incrnoverflow(Hmap *h) {
  // We trigger same-size map growth if there are
  // as many overflow buckets as buckets.
  // We need to be able to count to 1<<h.B.
  if (h->B < 16) {
    h->noverflow++;
    return;
  }
  // Increment with probability 1/(1<<(h.B-15)).
  // When we reach 1<<15 - 1, we will have approximately
  // as many overflow buckets as buckets.
  uint32 mask = ((uint32)1 << (h->B - 15)) - 1;
  // Example: if h.B == 18, then mask == 7,
  // and fastrand & 7 == 0 with probability 1/8.
  if ((fastrand1() & mask) == 0)
    h->noverflow++;
}

static Bmap *newoverflow(Hmap *h, Bmap *b) {
  MapLayout const *t = &h->t;
  Bmap *ovf;
  if (h->nextOverflow != nil) {
    // We have preallocated overflow buckets available.
    // See makeBucketArray for more details.
    ovf = h->nextOverflow;
    if (overflow(t, ovf) == nil) {
      // We're not at the end of the preallocated overflow buckets. Bump
      // the pointer.
      h->nextOverflow = (Bmap *)add(ovf, t->bucketsize);
    } else {
      // This is the last preallocated overflow bucket.
      // Reset the overflow pointer on this bucket,
      // which was set to a non-nil sentinel value.
      setoverflow(t, ovf, nil);
      h->nextOverflow = nil;
    }
  } else {
    ovf = (Bmap *)mallocgc(t->bucketsize, 0);
  }
  incrnoverflow(h);
  setoverflow(t, b, ovf);
  return ovf;
}

// overLoadFactor reports whether count items placed in 1<<B buckets is
// over loadFactor.
static bool overLoadFactor(intgo count, uint8 B) {
  return count > (intgo)bucketCnt &&
         (uintptr)count > loadFactorNum * (bucketShift(B) / loadFactorDen);
}

// tooManyOverflowBuckets reports whether noverflow buckets is too many
// for a map with 1<<B buckets. Note that most of these overflow buckets
// must be in sparse use; if use was dense, then we'd have already
// triggered regular map growth.
static bool tooManyOverflowBuckets(uint16 noverflow, uint8 B) {
  // If the threshold is too low, we do extraneous work.
  // If the threshold is too high, maps that grow and shrink can hold on
  // to lots of unused memory. "too many" means (approximately) as many
  // overflow buckets as regular buckets. See incrnoverflow for more
  // details.
  if (B > 15)
    B = 15;
  // The compiler doesn't see here that B < 16; mask B to generate
  // shorter shift code.
  return noverflow >= (uint16)1 << (B & 15);
}

// makeBucketArray initializes a backing array for map buckets.
// 1<<b is the minimum number of buckets to allocate.
// dirtyalloc should either be nil or a bucket array previously
// allocated by makeBucketArray with the same t and b parameters.
// If dirtyalloc is nil a new backing array will be alloced and
// otherwise dirtyalloc will be cleared and reused as backing array.
static Bmap *makeBucketArray(MapLayout const *t, uint8 b, Bmap *dirtyalloc,
                             Bmap **nextOverflow) {
  uintptr base = bucketShift(b);
  uintptr nbuckets = base;
  // For small b, overflow buckets are unlikely.
  // Avoid the overhead of the calculation.
  // PORT: no rounding up to a malloc size class (the C allocator has
  // none to round to).
  if (b >= 4) {
    // Add on the estimated number of overflow buckets
    // required to insert the median number of elements
    // used with this value of b.
    nbuckets += bucketShift(b - 4);
  }

  Bmap *buckets;
  if (dirtyalloc == nil) {
    buckets = (Bmap *)mallocgc(t->bucketsize * nbuckets, 0);
  } else {
    // dirtyalloc was previously generated by
    // the above newarray(t.bucket, int(nbuckets))
    // but may not be empty.
    buckets = dirtyalloc;
    memclr(buckets, t->bucketsize * nbuckets);
  }

  *nextOverflow = nil;
  if (base != nbuckets) {
    // We preallocated some overflow buckets.
    // To keep the overhead of tracking these overflow buckets to a
    // minimum, we use the convention that if a preallocated overflow
    // bucket's overflow pointer is nil, then there are more available by
    // bumping the pointer. We need a safe non-nil pointer for the last
    // overflow bucket; just use buckets.
    *nextOverflow = bucketat(t, buckets, base);
    Bmap *last = bucketat(t, buckets, nbuckets - 1);
    setoverflow(t, last, buckets);
  }
  return buckets;
}

// makemap implements Go map creation for make(map[k]v, hint).
// If the compiler has determined that the map or the first bucket
// can be created on the stack, h and/or bucket may be non-nil.
// If h != nil, the map can be created directly in h.
// If h.buckets != nil, bucket pointed to can be used as the first bucket.
// PORT: the compiler never provides h; negative or too large hints are
// none (Go 1.19 does the same: make(map[k]v, -1) is an empty map).
Hmap *makemap(GoType const *mt, intgo hint) {
  Hmap *h = (Hmap *)mallocgc(sizeof(Hmap), 0);
  maplayout(mt, &h->t);
  MapLayout const *t = &h->t;
  uintptr mem;
  if (hint < 0 || __builtin_mul_overflow((uintptr)hint, t->bucketsize, &mem) ||
      mem > maxAlloc)
    hint = 0;

  h->hash0 = fastrand1();

  // Find the size parameter B which will hold the requested # of
  // elements. For hint < 0 overLoadFactor returns false since hint <
  // bucketCnt.
  uint8 B = 0;
  while (overLoadFactor(hint, B))
    B++;
  h->B = B;

  // allocate initial hash table
  // if B == 0, the buckets field is allocated lazily later (in mapassign)
  // If hint is large zeroing this memory could take a while.
  if (h->B != 0)
    h->buckets = makeBucketArray(t, h->B, nil, &h->nextOverflow);
  return h;
}

// The zero value mapaccess1 and mapaccess2 return for a missing key.
// PORT: Go's compiler passes its own zero value for elements larger than
// maxZero (mapaccess1_fat); here a larger area is made once needed.
static byte zeroVal[maxZero];
static void *bigzero;
static uintptr bigzerosize;
static Lock bigzerolock;

static void *zeroarea(GoType const *t) {
  uintptr size = t->elem->size;
  if (size <= maxZero)
    return zeroVal;
  lock(&bigzerolock);
  if (bigzerosize < size) {
    bigzero = mallocgc(size, GORT_FLAG_NOPOINTERS);
    bigzerosize = size;
  }
  void *z = bigzero;
  unlock(&bigzerolock);
  return z;
}

// A read of a missing key in a nil or empty map: as Go, the key is hashed
// all the same when that could panic (an uncomparable interface value),
// with the key type's algorithms.
static void hashnilkey(GoType const *t, void const *key) {
  if (hashMightPanic(t->key))
    typehash(t->key, key, 0);  // see issue 23734
}

// mapaccessK is like mapaccess2, but returns the address of the key
// too (key nil when missing). The map is not empty.
static void *mapaccessK(Hmap *h, void const *key, void **kp) {
  MapLayout const *t = &h->t;
  uintptr hash = hasher(t, key, h->hash0);
  uintptr m = bucketMask(h->B);
  Bmap *b = bucketat(t, h->buckets, hash & m);
  if (Bmap *c = h->oldbuckets) {
    if (!isSameSizeGrow(h)) {
      // There used to be half as many buckets; mask down one more power
      // of two.
      m >>= 1;
    }
    Bmap *oldb = bucketat(t, c, hash & m);
    if (!evacuated(oldb))
      b = oldb;
  }
  uint8 top = tophash(hash);
  for (; b != nil; b = overflow(t, b)) {
    for (uintptr i = 0; i < bucketCnt; i++) {
      if (b->tophash[i] != top) {
        if (b->tophash[i] == emptyRest)
          goto missing;
        continue;
      }
      void *k = keyat(t, b, i);
      if (t->indirectkey)
        k = *(void **)k;
      if (keyequal(t, key, k)) {
        void *e = elemat(t, b, i);
        if (t->indirectelem)
          e = *(void **)e;
        *kp = k;
        return e;
      }
    }
  }
missing:
  *kp = nil;
  return nil;
}

// mapaccess1 returns a pointer to h[key].  Never returns nil, instead
// it will return a reference to the zero object for the elem type if
// the key is not in the map.
// NOTE: The returned pointer may keep the whole map live, so don't
// hold onto it for very long.
void *mapaccess1(GoType const *t, Hmap *h, void const *key) {
  bool ok;
  return mapaccess2(t, h, key, &ok);
}

void *mapaccess2(GoType const *t, Hmap *h, void const *key, bool *ok) {
  *ok = false;
  if (h == nil || h->count == 0) {
    hashnilkey(t, key);
    return zeroarea(t);
  }
  if (h->flags & hashWriting)
    fatal("concurrent map read and map write");
  void *k;
  void *e = mapaccessK(h, key, &k);
  if (k == nil)
    return zeroarea(t);
  *ok = true;
  return e;
}

// growWork's parts: see below.
static void evacuate(Hmap *h, uintptr oldbucket);

static void growWork(Hmap *h, uintptr bucket) {
  // make sure we evacuate the oldbucket corresponding
  // to the bucket we're about to use
  evacuate(h, bucket & oldbucketmask(h));

  // evacuate one more oldbucket to make progress on growing
  if (growing(h))
    evacuate(h, h->nevacuate);
}

static void hashGrow(Hmap *h);

// Like mapaccess, but allocates a slot for the key if it is not present
// in the map.
void *mapassign(GoType const *mt, Hmap *h, void const *key) {
  if (h == nil)
    panicstring("assignment to entry in nil map");
  (void)mt;
  MapLayout const *t = &h->t;
  if (h->flags & hashWriting)
    fatal("concurrent map writes");
  uintptr hash = hasher(t, key, h->hash0);

  // Set hashWriting after calling t.hasher, since t.hasher may panic,
  // in which case we have not actually done a write.
  h->flags ^= hashWriting;

  if (h->buckets == nil)
    h->buckets = (Bmap *)mallocgc(t->bucketsize, 0);  // newarray(t.bucket, 1)

  uintptr bucket;
  Bmap *b;
  uint8 top, *inserti;
  void *insertk, *elem;
again:
  bucket = hash & bucketMask(h->B);
  if (growing(h))
    growWork(h, bucket);
  b = bucketat(t, h->buckets, bucket);
  top = tophash(hash);

  inserti = nil;
  insertk = nil;
  elem = nil;
  for (;;) {
    for (uintptr i = 0; i < bucketCnt; i++) {
      if (b->tophash[i] != top) {
        if (isEmpty(b->tophash[i]) && inserti == nil) {
          inserti = &b->tophash[i];
          insertk = keyat(t, b, i);
          elem = elemat(t, b, i);
        }
        if (b->tophash[i] == emptyRest)
          goto bucketloopdone;
        continue;
      }
      void *k = keyat(t, b, i);
      if (t->indirectkey)
        k = *(void **)k;
      if (!keyequal(t, key, k))
        continue;
      // already have a mapping for key. Update it.
      if (t->needkeyupdate)
        mcpy(k, key, t->key->size);
      elem = elemat(t, b, i);
      goto done;
    }
    Bmap *ovf = overflow(t, b);
    if (ovf == nil)
      break;
    b = ovf;
  }
bucketloopdone:

  // Did not find mapping for key. Allocate new cell & add entry.

  // If we hit the max load factor or we have too many overflow buckets,
  // and we're not already in the middle of growing, start growing.
  if (!growing(h) && (overLoadFactor(h->count + 1, h->B) ||
                      tooManyOverflowBuckets(h->noverflow, h->B))) {
    hashGrow(h);
    goto again;  // Growing the table invalidates everything, so try again
  }

  if (inserti == nil) {
    // The current bucket and all the overflow buckets connected to it are
    // full, allocate a new one.
    Bmap *newb = newoverflow(h, b);
    inserti = &newb->tophash[0];
    insertk = keyat(t, newb, 0);
    elem = elemat(t, newb, 0);
  }

  // store new key/elem at insert position
  if (t->indirectkey) {
    void *kmem = mallocgc(t->key->size, t->key->kind & GORT_KIND_NOPOINTERS
                                            ? GORT_FLAG_NOPOINTERS : 0);
    *(void **)insertk = kmem;
    insertk = kmem;
  }
  if (t->indirectelem) {
    void *vmem = mallocgc(t->elem->size, t->elem->kind & GORT_KIND_NOPOINTERS
                                             ? GORT_FLAG_NOPOINTERS : 0);
    *(void **)elem = vmem;
  }
  mcpy(insertk, key, t->key->size);
  *inserti = top;
  h->count++;

done:
  if (!(h->flags & hashWriting))
    fatal("concurrent map writes");
  h->flags &= ~hashWriting;
  if (t->indirectelem)
    elem = *(void **)elem;
  return elem;
}

void mapdelete(GoType const *mt, Hmap *h, void const *key) {
  if (h == nil || h->count == 0) {
    hashnilkey(mt, key);
    return;
  }
  MapLayout const *t = &h->t;
  if (h->flags & hashWriting)
    fatal("concurrent map writes");

  uintptr hash = hasher(t, key, h->hash0);

  // Set hashWriting after calling t.hasher, since t.hasher may panic,
  // in which case we have not actually done a write (delete).
  h->flags ^= hashWriting;

  uintptr bucket = hash & bucketMask(h->B);
  if (growing(h))
    growWork(h, bucket);
  Bmap *b = bucketat(t, h->buckets, bucket);
  Bmap *bOrig = b;
  uint8 top = tophash(hash);
  for (; b != nil; b = overflow(t, b)) {
    for (uintptr i = 0; i < bucketCnt; i++) {
      if (b->tophash[i] != top) {
        if (b->tophash[i] == emptyRest)
          goto searchdone;
        continue;
      }
      void *k = keyat(t, b, i);
      void *k2 = k;
      if (t->indirectkey)
        k2 = *(void **)k2;
      if (!keyequal(t, key, k2))
        continue;
      // Only clear key if there are pointers in it.
      if (t->indirectkey)
        *(void **)k = nil;
      else if (!(t->key->kind & GORT_KIND_NOPOINTERS))
        memclr(k, t->key->size);
      void *e = elemat(t, b, i);
      if (t->indirectelem)
        *(void **)e = nil;
      else
        memclr(e, t->elem->size);
      b->tophash[i] = emptyOne;
      // If the bucket now ends in a bunch of emptyOne states,
      // change those to emptyRest states.
      // It would be nice to make this a separate function, but
      // for loops are not currently inlineable.
      if (i == bucketCnt - 1) {
        if (overflow(t, b) != nil && overflow(t, b)->tophash[0] != emptyRest)
          goto notLast;
      } else {
        if (b->tophash[i + 1] != emptyRest)
          goto notLast;
      }
      for (;;) {
        b->tophash[i] = emptyRest;
        if (i == 0) {
          if (b == bOrig)
            break;  // beginning of initial bucket, we're done.
          // Find previous bucket, continue at its last entry.
          Bmap *c = b;
          for (b = bOrig; overflow(t, b) != c; b = overflow(t, b)) {
          }
          i = bucketCnt - 1;
        } else {
          i--;
        }
        if (b->tophash[i] != emptyOne)
          break;
      }
    notLast:
      h->count--;
      // Reset the hash seed to make it more difficult for attackers to
      // repeatedly trigger hash collisions. See issue 25237.
      if (h->count == 0)
        h->hash0 = fastrand1();
      goto searchdone;
    }
  }
searchdone:

  if (!(h->flags & hashWriting))
    fatal("concurrent map writes");
  h->flags &= ~hashWriting;
}

intgo maplen(Hmap *h) { return h == nil ? 0 : h->count; }

// mapiterinit initializes the hiter struct used for ranging over maps.
// The hiter struct pointed to by 'it' is allocated on the stack
// by the compilers order pass or on the heap by reflect_mapiterinit.
// Both need to have zeroed hiter since the struct contains pointers.
// PORT: the hiter is cleared here; the caller need not.
void mapiterinit(GoType const *t, Hmap *h, GoHiter *hit) {
  Hiter *it = (Hiter *)hit;
  memclr(it, sizeof *it);
  it->t = t;
  if (h == nil || h->count == 0)
    return;
  it->h = h;

  // grab snapshot of bucket state
  it->B = h->B;
  it->buckets = h->buckets;

  // decide where to start
  uintptr r = fastrand1();
  if (sizeof(uintptr) == 8 && h->B > 31 - bucketCntBits)
    r = (uintptr)((uint64)r << 32 | fastrand1());  // Go's fastrand64
  it->startBucket = r & bucketMask(h->B);
  it->offset = (uint8)(r >> h->B & (bucketCnt - 1));

  // iterator state
  it->bucket = it->startBucket;

  // Remember we have an iterator.
  // Can run concurrently with another mapiterinit().
  uint8 old = __atomic_load_n(&h->flags, __ATOMIC_RELAXED);
  if ((old & (iterator | oldIterator)) != (iterator | oldIterator))
    __atomic_fetch_or(&h->flags, (uint8)(iterator | oldIterator),
                      __ATOMIC_SEQ_CST);

  mapiternext(hit);
}

void mapiternext(GoHiter *hit) {
  Hiter *it = (Hiter *)hit;
  Hmap *h = it->h;
  if (h == nil) {  // PORT: a nil or empty map's iteration is over
    it->key = nil;
    it->elem = nil;
    return;
  }
  if (h->flags & hashWriting)
    fatal("concurrent map iteration and map write");
  MapLayout const *t = &h->t;
  uintptr bucket = it->bucket;
  Bmap *b = it->bptr;
  uint8 i = it->i;
  uintptr checkBucket = it->checkBucket;

next:
  if (b == nil) {
    if (bucket == it->startBucket && it->wrapped) {
      // end of iteration
      it->key = nil;
      it->elem = nil;
      return;
    }
    if (growing(h) && it->B == h->B) {
      // Iterator was started in the middle of a grow, and the grow isn't
      // done yet. If the bucket we're looking at hasn't been filled in
      // yet (i.e. the old bucket hasn't been evacuated) then we need to
      // iterate through the old bucket and only return the ones that will
      // be migrated to this bucket.
      uintptr oldbucket = bucket & oldbucketmask(h);
      b = bucketat(t, h->oldbuckets, oldbucket);
      if (!evacuated(b)) {
        checkBucket = bucket;
      } else {
        b = bucketat(t, it->buckets, bucket);
        checkBucket = noCheck;
      }
    } else {
      b = bucketat(t, it->buckets, bucket);
      checkBucket = noCheck;
    }
    bucket++;
    if (bucket == bucketShift(it->B)) {
      bucket = 0;
      it->wrapped = true;
    }
    i = 0;
  }
  for (; i < bucketCnt; i++) {
    uintptr offi = (i + it->offset) & (bucketCnt - 1);
    if (isEmpty(b->tophash[offi]) || b->tophash[offi] == evacuatedEmpty) {
      // TODO: emptyRest is hard to use here, as we start iterating
      // in the middle of a bucket. It's feasible, just tricky.
      continue;
    }
    void *k = keyat(t, b, offi);
    if (t->indirectkey)
      k = *(void **)k;
    void *e = elemat(t, b, offi);
    if (checkBucket != noCheck && !isSameSizeGrow(h)) {
      // Special case: iterator was started during a grow to a larger size
      // and the grow is not done yet. We're working on a bucket whose
      // oldbucket has not been evacuated yet. Or at least, it wasn't
      // evacuated when we started the bucket. So we're iterating
      // through the oldbucket, skipping any keys that will go
      // to the other new bucket (each oldbucket expands to two
      // buckets during a grow).
      if (t->reflexivekey || keyequal(t, k, k)) {
        // If the item in the oldbucket is not destined for
        // the current new bucket in the iteration, skip it.
        uintptr hash = hasher(t, k, h->hash0);
        if ((hash & bucketMask(it->B)) != checkBucket)
          continue;
      } else {
        // Hash isn't repeatable if k != k (NaNs).  We need a
        // repeatable and randomish choice of which direction
        // to send NaNs during evacuation. We'll use the low
        // bit of tophash to decide which way NaNs go.
        // NOTE: this case is why we need two evacuate tophash
        // values, evacuatedX and evacuatedY, that differ in
        // their low bit.
        if (checkBucket >> (it->B - 1) != (uintptr)(b->tophash[offi] & 1))
          continue;
      }
    }
    if ((b->tophash[offi] != evacuatedX && b->tophash[offi] != evacuatedY) ||
        !(t->reflexivekey || keyequal(t, k, k))) {
      // This is the golden data, we can return it.
      // OR
      // key!=key, so the entry can't be deleted or updated, so we can
      // just return it. That's lucky for us because when key!=key we
      // can't look it up successfully.
      it->key = k;
      if (t->indirectelem)
        e = *(void **)e;
      it->elem = e;
    } else {
      // The hash table has grown since the iterator was started.
      // The golden data for this key is now somewhere else.
      // Check the current hash table for the data.
      // This code handles the case where the key
      // has been deleted, updated, or deleted and reinserted.
      // NOTE: we need to regrab the key as it has potentially been
      // updated to an equal() but not identical key (e.g. +0.0 vs -0.0).
      void *rk;
      void *re = mapaccessK(h, k, &rk);
      if (rk == nil)
        continue;  // key has been deleted
      it->key = rk;
      it->elem = re;
    }
    it->bucket = bucket;
    it->bptr = b;
    it->i = i + 1;
    it->checkBucket = checkBucket;
    return;
  }
  b = overflow(t, b);
  i = 0;
  goto next;
}

// mapclear deletes all keys from a map.
void mapclear(GoType const *mt, Hmap *h) {
  (void)mt;
  if (h == nil || h->count == 0)
    return;

  if (h->flags & hashWriting)
    fatal("concurrent map writes");

  h->flags ^= hashWriting;

  h->flags &= ~sameSizeGrow;
  h->oldbuckets = nil;
  h->nevacuate = 0;
  h->noverflow = 0;
  h->count = 0;

  // Reset the hash seed to make it more difficult for attackers to
  // repeatedly trigger hash collisions. See issue 25237.
  h->hash0 = fastrand1();

  // Keep the mapextra allocation but clear any extra information.
  h->nextOverflow = nil;

  // makeBucketArray clears the memory pointed to by h.buckets
  // and recovers any overflow buckets by generating them
  // as if h.buckets was newly alloced.
  if (h->buckets != nil)
    makeBucketArray(&h->t, h->B, h->buckets, &h->nextOverflow);

  if (!(h->flags & hashWriting))
    fatal("concurrent map writes");
  h->flags &= ~hashWriting;
}

static void hashGrow(Hmap *h) {
  // If we've hit the load factor, get bigger.
  // Otherwise, there are too many overflow buckets,
  // so keep the same number of buckets and "grow" laterally.
  uint8 bigger = 1;
  if (!overLoadFactor(h->count + 1, h->B)) {
    bigger = 0;
    h->flags |= sameSizeGrow;
  }
  Bmap *oldbuckets = h->buckets;
  Bmap *nextOverflow;
  Bmap *newbuckets = makeBucketArray(&h->t, h->B + bigger, nil, &nextOverflow);

  uint8 flags = h->flags & ~(iterator | oldIterator);
  if (h->flags & iterator)
    flags |= oldIterator;
  // commit the grow (atomic wrt gc)
  h->B += bigger;
  h->flags = flags;
  h->oldbuckets = oldbuckets;
  h->buckets = newbuckets;
  h->nevacuate = 0;
  h->noverflow = 0;

  if (nextOverflow != nil)
    h->nextOverflow = nextOverflow;

  // the actual copying of the hash table data is done incrementally
  // by growWork() and evacuate().
}

static bool bucketEvacuated(Hmap *h, uintptr bucket) {
  return evacuated(bucketat(&h->t, h->oldbuckets, bucket));
}

// evacDst is an evacuation destination.
struct EvacDst {
  Bmap *b;  // current destination bucket
  uintptr i;  // key/elem index into b
  void *k;  // pointer to current key storage
  void *e;  // pointer to current elem storage
};

static void advanceEvacuationMark(Hmap *h, uintptr newbit);

static void evacuate(Hmap *h, uintptr oldbucket) {
  MapLayout const *t = &h->t;
  Bmap *b = bucketat(t, h->oldbuckets, oldbucket);
  uintptr newbit = noldbuckets(h);
  if (!evacuated(b)) {
    // TODO: reuse overflow buckets instead of using new ones, if there
    // is no iterator using the old buckets.  (If !oldIterator.)

    // xy contains the x and y (low and high) evacuation destinations.
    EvacDst xy[2] = {};
    EvacDst *x = &xy[0];
    x->b = bucketat(t, h->buckets, oldbucket);
    x->k = keyat(t, x->b, 0);
    x->e = elemat(t, x->b, 0);

    if (!isSameSizeGrow(h)) {
      // Only calculate y pointers if we're growing bigger.
      // Otherwise GC can see bad pointers.
      EvacDst *y = &xy[1];
      y->b = bucketat(t, h->buckets, oldbucket + newbit);
      y->k = keyat(t, y->b, 0);
      y->e = elemat(t, y->b, 0);
    }

    for (; b != nil; b = overflow(t, b)) {
      for (uintptr i = 0; i < bucketCnt; i++) {
        void *k = keyat(t, b, i);
        void *e = elemat(t, b, i);
        uint8 top = b->tophash[i];
        if (isEmpty(top)) {
          b->tophash[i] = evacuatedEmpty;
          continue;
        }
        if (top < minTopHash)
          throw_("bad map state");
        void *k2 = k;
        if (t->indirectkey)
          k2 = *(void **)k2;
        uint8 useY = 0;
        if (!isSameSizeGrow(h)) {
          // Compute hash to make our evacuation decision (whether we need
          // to send this key/elem to bucket x or bucket y).
          uintptr hash = hasher(t, k2, h->hash0);
          if ((h->flags & iterator) && !t->reflexivekey &&
              !keyequal(t, k2, k2)) {
            // If key != key (NaNs), then the hash could be (and probably
            // will be) entirely different from the old hash. Moreover,
            // it isn't reproducible. Reproducibility is required in the
            // presence of iterators, as our evacuation decision must
            // match whatever decision the iterator made.
            // Fortunately, we have the freedom to send these keys either
            // way. Also, tophash is meaningless for these kinds of keys.
            // We let the low bit of tophash drive the evacuation decision.
            // We recompute a new random tophash for the next level so
            // these keys will get evenly distributed across all buckets
            // after multiple grows.
            useY = top & 1;
            top = tophash(hash);
          } else if (hash & newbit) {
            useY = 1;
          }
        }

        static_assert(evacuatedX + 1 == evacuatedY &&
                          (evacuatedX ^ 1) == evacuatedY,
                      "bad evacuatedN");

        b->tophash[i] = evacuatedX + useY;  // evacuatedX + 1 == evacuatedY
        EvacDst *dst = &xy[useY];            // evacuation destination

        if (dst->i == bucketCnt) {
          dst->b = newoverflow(h, dst->b);
          dst->i = 0;
          dst->k = keyat(t, dst->b, 0);
          dst->e = elemat(t, dst->b, 0);
        }
        // mask dst.i as an optimization, to avoid a bounds check
        dst->b->tophash[dst->i & (bucketCnt - 1)] = top;
        if (t->indirectkey)
          *(void **)dst->k = k2;  // copy pointer
        else
          mcpy(dst->k, k, t->key->size);  // copy elem
        if (t->indirectelem)
          *(void **)dst->e = *(void **)e;
        else
          mcpy(dst->e, e, t->elem->size);
        dst->i++;
        // These updates might push these pointers past the end of the
        // key or elem arrays.  That's ok, as we have the overflow pointer
        // at the end of the bucket to protect against pointing past the
        // end of the bucket.
        dst->k = add(dst->k, t->keysize);
        dst->e = add(dst->e, t->elemsize);
      }
    }
    // Unlink the overflow buckets & clear key/elem to help GC.
    if (!(h->flags & oldIterator) && t->ptrdata) {
      Bmap *ob = bucketat(t, h->oldbuckets, oldbucket);
      // Preserve b.tophash because the evacuation
      // state is maintained there.
      memclr(add(ob, dataOffset), t->bucketsize - dataOffset);
    }
  }

  if (oldbucket == h->nevacuate)
    advanceEvacuationMark(h, newbit);
}

static void advanceEvacuationMark(Hmap *h, uintptr newbit) {
  h->nevacuate++;
  // Experiments suggest that 1024 is overkill by at least an order of
  // magnitude. Put it in there as a safeguard anyway, to ensure O(1)
  // behavior.
  uintptr stop = h->nevacuate + 1024;
  if (stop > newbit)
    stop = newbit;
  while (h->nevacuate != stop && bucketEvacuated(h, h->nevacuate))
    h->nevacuate++;
  if (h->nevacuate == newbit) {  // newbit == # of oldbuckets
    // Growing is all done. Free old main bucket array.
    h->oldbuckets = nil;
    h->flags &= ~sameSizeGrow;
  }
}

}  // namespace runtime
