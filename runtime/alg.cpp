// alg.cpp: Go's type algorithms (Go 1.19's alg.go, with the fallback
// memhash of hash64.go on 64-bit targets and hash32.go on 32-bit ones):
// the hash and equal functions type descriptors point to, which maps and
// interface comparison use.
//
// Copyright 2014 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.
#include <sys/random.h>
#include <time.h>

#include "runtime.h"

namespace runtime {

enum : uintptr {
  c0 = sizeof(uintptr) == 4 ? (uintptr)2860486313U
                            : (uintptr)33054211828000289ULL,
  c1 = sizeof(uintptr) == 4 ? (uintptr)3267000013U
                            : (uintptr)23344194077549503ULL,
};

// used in hash{32,64}.go to seed the hash function
uintptr hashkey[4] GO(hashkey);

// Note: These routines perform the read with a native endianness.
static uint32 readUnaligned32(void const *p) {
  uint32 v;
  __builtin_memcpy(&v, p, 4);
  return v;
}

static uint16 readUnaligned16(void const *p) {
  uint16 v;
  __builtin_memcpy(&v, p, sizeof v);
  return v;
}

static uint64 readUnaligned64(void const *p) {
  uint64 v;
  __builtin_memcpy(&v, p, 8);
  return v;
}

// x may be "negative" (Go's add, which hash64 uses to step back): the sum
// is taken as a number, which wraps.
static byte const *add(void const *p, uintptr x) {
  return (byte const *)((uintptr)p + x);
}

#if UINTPTR_MAX == UINT64_MAX
// hash64.go: inspired by wyhash.
enum : uint64 {
  m1 = 0xa0761d6478bd642fULL,
  m2 = 0xe7037ed1a0b428dbULL,
  m3 = 0x8ebc6af09c88c6e3ULL,
  m4 = 0x589965cc75374cc3ULL,
  m5 = 0x1d8e4e27c47d124fULL,
};

static uintptr mix(uintptr a, uintptr b) {
  unsigned __int128 r = (unsigned __int128)a * b;
  return (uintptr)(r >> 64) ^ (uintptr)r;
}

static uintptr r4(void const *p) { return readUnaligned32(p); }
static uintptr r8(void const *p) { return readUnaligned64(p); }

uintptr memhash(void const *p, uintptr seed, uintptr s) {
  uintptr a, b;
  seed ^= hashkey[0] ^ m1;
  if (s == 0) {
    return seed;
  } else if (s < 4) {
    a = *(byte const *)p;
    a |= (uintptr) * add(p, s >> 1) << 8;
    a |= (uintptr) * add(p, s - 1) << 16;
    b = 0;
  } else if (s == 4) {
    a = r4(p);
    b = a;
  } else if (s < 8) {
    a = r4(p);
    b = r4(add(p, s - 4));
  } else if (s == 8) {
    a = r8(p);
    b = a;
  } else if (s <= 16) {
    a = r8(p);
    b = r8(add(p, s - 8));
  } else {
    uintptr l = s;
    if (l > 48) {
      uintptr seed1 = seed, seed2 = seed;
      for (; l > 48; l -= 48) {
        seed = mix(r8(p) ^ m2, r8(add(p, 8)) ^ seed);
        seed1 = mix(r8(add(p, 16)) ^ m3, r8(add(p, 24)) ^ seed1);
        seed2 = mix(r8(add(p, 32)) ^ m4, r8(add(p, 40)) ^ seed2);
        p = add(p, 48);
      }
      seed ^= seed1 ^ seed2;
    }
    for (; l > 16; l -= 16) {
      seed = mix(r8(p) ^ m2, r8(add(p, 8)) ^ seed);
      p = add(p, 16);
    }
    a = r8(add(p, l - 16));
    b = r8(add(p, l - 8));
  }
  return mix(m5 ^ s, mix(a ^ m2, b ^ seed));
}

uintptr memhash32(void const *p, uintptr seed) {
  uintptr a = r4(p);
  return mix(m5 ^ 4, mix(a ^ m2, a ^ seed ^ hashkey[0] ^ m1));
}

uintptr memhash64(void const *p, uintptr seed) {
  uintptr a = r8(p);
  return mix(m5 ^ 8, mix(a ^ m2, a ^ seed ^ hashkey[0] ^ m1));
}
#else
// hash32.go: inspired by wyhash.
static void mix32(uint32 *a, uint32 *b) {
  uint64 c = (uint64)(*a ^ (uint32)hashkey[1]) * (*b ^ (uint32)hashkey[2]);
  *a = (uint32)c;
  *b = (uint32)(c >> 32);
}

uintptr memhash32(void const *p, uintptr seed) {
  uint32 a = (uint32)seed, b = (uint32)(4 ^ hashkey[0]);
  mix32(&a, &b);
  uint32 t = readUnaligned32(p);
  a ^= t;
  b ^= t;
  mix32(&a, &b);
  mix32(&a, &b);
  return a ^ b;
}

uintptr memhash64(void const *p, uintptr seed) {
  uint32 a = (uint32)seed, b = (uint32)(8 ^ hashkey[0]);
  mix32(&a, &b);
  a ^= readUnaligned32(p);
  b ^= readUnaligned32(add(p, 4));
  mix32(&a, &b);
  mix32(&a, &b);
  return a ^ b;
}

uintptr memhash(void const *p, uintptr seed, uintptr s) {
  uint32 a = (uint32)seed, b = (uint32)(s ^ hashkey[0]);
  mix32(&a, &b);
  if (s == 0)
    return a ^ b;
  for (; s > 8; s -= 8) {
    a ^= readUnaligned32(p);
    b ^= readUnaligned32(add(p, 4));
    mix32(&a, &b);
    p = add(p, 8);
  }
  if (s >= 4) {
    a ^= readUnaligned32(p);
    b ^= readUnaligned32(add(p, s - 4));
  } else {
    uint32 t = *(byte const *)p;
    t |= (uint32) * add(p, s >> 1) << 8;
    t |= (uint32) * add(p, s - 1) << 16;
    b ^= t;
  }
  mix32(&a, &b);
  mix32(&a, &b);
  return a ^ b;
}
#endif

uintptr memhash8(void const *p, uintptr h) { return memhash(p, h, 1); }
uintptr memhash16(void const *p, uintptr h) { return memhash(p, h, 2); }
uintptr memhash128(void const *p, uintptr h) { return memhash(p, h, 16); }

uintptr strhash(void const *a, uintptr h) {
  String const *x = (String const *)a;
  return memhash(x->str, h, x->len);
}

// NOTE: Because NaN != NaN, a map can contain any
// number of (mostly useless) entries keyed with NaNs.
// To avoid long hash chains, we assign a random number
// as the hash value for a NaN.

uintptr f32hash(void const *p, uintptr h) {
  float32 f = *(float32 const *)p;
  if (f == 0)
    return c1 * (c0 ^ h);  // +0, -0
  if (f != f)
    return c1 * (c0 ^ h ^ (uintptr)fastrand1());  // any kind of NaN
  return memhash(p, h, 4);
}

uintptr f64hash(void const *p, uintptr h) {
  float64 f = *(float64 const *)p;
  if (f == 0)
    return c1 * (c0 ^ h);  // +0, -0
  if (f != f)
    return c1 * (c0 ^ h ^ (uintptr)fastrand1());  // any kind of NaN
  return memhash(p, h, 8);
}

// Go 1.19's run-time error (recoverable): hash of unhashable type []int.
[[noreturn]] static void panicunhashable(GoType const *t) {
  static const char head[] = "runtime error: hash of unhashable type ";
  byte *msg = (byte *)mal(sizeof head + t->name.len);
  mcpy(msg, head, sizeof head - 1);
  mcpy(msg + sizeof head - 1, t->name.str, t->name.len);
  panicmsg(String{msg, (intgo)(sizeof head - 1 + t->name.len)});
}

// typehash computes the hash of the object of type t at address p.
// h is the seed. PORT: Go walks t's kind, fields and elements (it has
// them); here t's own hash does the walk. A type without one has no ==.
uintptr typehash(GoType const *t, void const *p, uintptr h) {
  if (t->hash == nil)
    panicunhashable(t);
  return t->hash(p, h);
}

uintptr nilinterhash(void const *p, uintptr h) {
  Eface a = *(Eface const *)p;
  GoType const *t = a.type;
  if (t == nil)
    return h;
  if (t->equal == nil) {
    // A type without == (a func, map or slice, or a struct or array
    // holding one) is not hashable either: panic, as Go does.
    panicunhashable(t);
  }
  return c1 * typehash(t, efacevalue(&a), h ^ c0);
}

// The n bytes at p and q are equal. PORT: Go's memeqbody is assembly; as
// it does, sizes under 16 compare two overlapping loads of a width (no
// byte past the end is read) instead of calling libc's general memcmp,
// whose size dispatch costs more than the compare on a map's short keys.
static bool memeqbody(void const *p, void const *q, uintptr n) {
  if (n >= 16)
    return __builtin_memcmp(p, q, n) == 0;
  if (n >= 8)
    return readUnaligned64(p) == readUnaligned64(q) &&
           readUnaligned64(add(p, n - 8)) == readUnaligned64(add(q, n - 8));
  if (n >= 4)
    return readUnaligned32(p) == readUnaligned32(q) &&
           readUnaligned32(add(p, n - 4)) == readUnaligned32(add(q, n - 4));
  if (n >= 2)
    return readUnaligned16(p) == readUnaligned16(q) &&
           readUnaligned16(add(p, n - 2)) == readUnaligned16(add(q, n - 2));
  return n == 0 || *(byte const *)p == *(byte const *)q;
}

bool memequal(void const *p, void const *q, uintptr size) {
  return memeqbody(p, q, size);
}
bool memequal8(void const *p, void const *q) {
  return *(int8 const *)p == *(int8 const *)q;
}
bool memequal16(void const *p, void const *q) {
  return *(int16 const *)p == *(int16 const *)q;
}
bool memequal32(void const *p, void const *q) {
  return *(int32 const *)p == *(int32 const *)q;
}
bool memequal64(void const *p, void const *q) {
  return readUnaligned64(p) == readUnaligned64(q);
}
bool memequal128(void const *p, void const *q) {
  return readUnaligned64(p) == readUnaligned64(q) &&
         readUnaligned64(add(p, 8)) == readUnaligned64(add(q, 8));
}
bool f32equal(void const *p, void const *q) {
  return *(float32 const *)p == *(float32 const *)q;
}
bool f64equal(void const *p, void const *q) {
  return *(float64 const *)p == *(float64 const *)q;
}
bool strequal(void const *p, void const *q) {
  String const *x = (String const *)p, *y = (String const *)q;
  return x->len == y->len &&
         (x->str == y->str || memeqbody(x->str, y->str, (uintptr)x->len));
}
bool nilinterequal(void const *p, void const *q) {
  return efaceeq(*(Eface const *)p, *(Eface const *)q);
}

// typeequal: the values of type t at p and q are equal (t's equal; a map
// key's type always has one).
bool typeequal(GoType const *t, void const *p, void const *q) {
  return t->equal(p, q);
}

struct RandomArgs {
  void *p;
  uintptr n;
};

// PORT: Go reads the kernel's random bytes (getRandomData); here libc's
// getrandom, on g0, with the clock when it fails.
static void crandom(void *v) {
  RandomArgs *a = (RandomArgs *)v;
  if (getrandom(a->p, a->n, 0) == (ssize_t)a->n)
    return;
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  uintptr *w = (uintptr *)a->p;
  w[0] ^= (uintptr)ts.tv_nsec * c1;
  w[1] ^= (uintptr)ts.tv_sec * c1 ^ (uintptr)a;
  w[2] ^= w[0] * c0;
  w[3] ^= w[1] * c0;
}

// Called from schedinit. PORT: no AES hash (Go's useAeshash): always the
// fallback memhash.
void alginit() {
  RandomArgs a = {hashkey, sizeof hashkey};
  asmcgocall(crandom, &a);
  hashkey[0] |= 1;  // make sure these numbers are odd
  hashkey[1] |= 1;
  hashkey[2] |= 1;
  hashkey[3] |= 1;
}

}  // namespace runtime
