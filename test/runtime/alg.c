// The type algorithms (alg.cpp) called directly, for what Go 1.19's
// alg.go promises of them: memhash8..128 and memhash32/64 agree with
// memhash of that size (compiler-made hash functions for structs mix
// both), memhash reads unaligned bytes (the same bytes at any address
// hash alike) and depends on every byte and on the seed; strhash hashes
// the bytes, not the pointer; +0 and -0 are equal and hash alike, NaN is
// not equal to itself and hashes differently each time; interface{}
// values hash and compare through their dynamic type (same value, same
// hash; another type, not equal; nil hashes to the seed). The hash key is
// random per process: two runs hash the same bytes differently.
// REQUIRES: sched
// RUN: %cc %s -o %t && %run %t 2>&1 | FileCheck %s
// RUN: %cc -DSEED %s -o %t.seed && %run %t.seed 2> %t.a && %run %t.seed 2> %t.b && not diff %t.a %t.b
#include <gort/gort.h>

#define NAME(s) {(const uint8_t *)s, sizeof s - 1}

static const GoType tint = {sizeof(intptr_t), GORT_KIND_INT, _Alignof(intptr_t),
                            NAME("int"),
                            .hash = sizeof(intptr_t) == 8 ? gort_memhash64
                                                          : gort_memhash32,
                            .equal = sizeof(intptr_t) == 8 ? gort_memequal64
                                                           : gort_memequal32};
static const GoType tuint = {sizeof(uintptr_t), GORT_KIND_UINT,
                             _Alignof(uintptr_t), NAME("uint"),
                             .hash = tint.hash, .equal = tint.equal};
static const GoType tstring = {sizeof(GoString), GORT_KIND_STRING,
                               _Alignof(GoString), NAME("string"),
                               .hash = gort_strhash, .equal = gort_strequal};

static void check(const char *what, bool ok) {
  gort_printf("%s %t\n", what, ok);
}

void gort_main_main(void) {
  static uint8_t buf[200], shifted[220];
  for (int i = 0; i < 200; i++)
    buf[i] = i * 37 + 11;
#ifdef SEED
  gort_printf("%X\n", (uint64_t)gort_memhash(buf, 0, 64));
  return;
#endif
  const uintptr_t seed = 12345;
  bool fixed = true;
  fixed = fixed && gort_memhash8(buf, seed) == gort_memhash(buf, seed, 1);
  fixed = fixed && gort_memhash16(buf, seed) == gort_memhash(buf, seed, 2);
  fixed = fixed && gort_memhash32(buf, seed) == gort_memhash(buf, seed, 4);
  fixed = fixed && gort_memhash64(buf, seed) == gort_memhash(buf, seed, 8);
  fixed = fixed && gort_memhash128(buf, seed) == gort_memhash(buf, seed, 16);
  check("fixed sizes agree with memhash:", fixed);
  // CHECK: fixed sizes agree with memhash: true

  bool aligned = true, bytes = true, seeds = true, eq = true;
  for (int n = 0; n <= 200; n++) {
    uintptr_t h = gort_memhash(buf, seed, n);
    for (int off = 1; off < 8; off++) {
      __builtin_memcpy(shifted + off, buf, n);
      aligned = aligned && gort_memhash(shifted + off, seed, n) == h;
      eq = eq && gort_memequal(shifted + off, buf, n);
    }
    seeds = seeds && gort_memhash(buf, seed + 1, n) != h;
    for (int i = 0; i < n; i++) {
      buf[i] ^= 1;
      bytes = bytes && gort_memhash(buf, seed, n) != h;
      eq = eq && !gort_memequal(buf, shifted + 7, n);
      buf[i] ^= 1;
    }
  }
  check("any address:", aligned);
  // CHECK-NEXT: any address: true
  check("every byte counts:", bytes);
  // CHECK-NEXT: every byte counts: true
  check("the seed counts:", seeds);
  // CHECK-NEXT: the seed counts: true
  check("memequal:", eq);
  // CHECK-NEXT: memequal: true

  uint8_t a[16], b[16];
  for (int i = 0; i < 16; i++)
    a[i] = b[i] = i;
  bool small = gort_memequal8(a, b) && gort_memequal16(a, b) &&
               gort_memequal32(a, b) && gort_memequal64(a, b) &&
               gort_memequal128(a, b);
  b[15] = 0;
  small = small && !gort_memequal128(a, b) && gort_memequal64(a, b);
  b[0] = 9;
  small = small && !gort_memequal8(a, b) && !gort_memequal16(a, b) &&
          !gort_memequal32(a, b) && !gort_memequal64(a, b);
  check("memequal8..128:", small);
  // CHECK-NEXT: memequal8..128: true

  char s1[] = "hello, world", s2[] = "hello, world";
  GoString x = {(const uint8_t *)s1, 12}, y = {(const uint8_t *)s2, 12};
  GoString z = {(const uint8_t *)s2, 11};
  check("strings:", gort_strhash(&x, seed) == gort_strhash(&y, seed) &&
                        gort_strequal(&x, &y) && !gort_strequal(&x, &z) &&
                        gort_strhash(&x, seed) == gort_memhash(s2, seed, 12));
  // CHECK-NEXT: strings: true

  double pz = 0.0, nz = -0.0, nan = __builtin_nan(""), one = 1;
  float pzf = 0.0f, nzf = -0.0f, nanf = __builtin_nanf(""), onef = 1;
  check("float64 zeros:", gort_f64equal(&pz, &nz) &&
                              gort_f64hash(&pz, seed) == gort_f64hash(&nz, seed));
  // CHECK-NEXT: float64 zeros: true
  check("float64 NaN:", !gort_f64equal(&nan, &nan) &&
                            gort_f64hash(&nan, seed) != gort_f64hash(&nan, seed));
  // CHECK-NEXT: float64 NaN: true
  check("float64 1:", gort_f64hash(&one, seed) == gort_memhash(&one, seed, 8) &&
                          gort_f64equal(&one, &one));
  // CHECK-NEXT: float64 1: true
  check("float32 zeros:", gort_f32equal(&pzf, &nzf) &&
                              gort_f32hash(&pzf, seed) == gort_f32hash(&nzf, seed));
  // CHECK-NEXT: float32 zeros: true
  check("float32 NaN:", !gort_f32equal(&nanf, &nanf) &&
                            gort_f32hash(&nanf, seed) != gort_f32hash(&nanf, seed));
  // CHECK-NEXT: float32 NaN: true
  check("float32 1:", gort_f32hash(&onef, seed) == gort_memhash(&onef, seed, 4) &&
                          gort_f32equal(&onef, &onef));
  // CHECK-NEXT: float32 1: true

  intptr_t v = 7;
  GoEface i1 = gort_convT2E(&tint, &v), i2 = gort_convT2E(&tint, &v);
  GoEface u = gort_convT2E(&tuint, &v), nil = {0, 0};
  GoEface s = gort_convT2E(&tstring, &x), t = gort_convT2E(&tstring, &y);
  check("interfaces:",
        gort_nilinterequal(&i1, &i2) &&
            gort_nilinterhash(&i1, seed) == gort_nilinterhash(&i2, seed) &&
            !gort_nilinterequal(&i1, &u) && gort_nilinterequal(&s, &t) &&
            gort_nilinterhash(&s, seed) == gort_nilinterhash(&t, seed) &&
            !gort_nilinterequal(&s, &nil) && gort_nilinterequal(&nil, &nil) &&
            gort_nilinterhash(&nil, seed) == seed &&
            gort_efaceeq(i1, i2) && !gort_efaceeq(i1, u));
  // CHECK-NEXT: interfaces: true
}
