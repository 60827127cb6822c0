// slice.cpp: port of Go 1.19's runtime/slice.go: make, append's growth
// and copy for slices. A slice is a GoSlice {array, len, cap}; functions
// that produce one write it through a GoSlice * (docs/ABI.md).
//
// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.
#include "malloc.h"

namespace runtime {

// mallocgc's flag for an array of et.
static uint32 allocflag(Type const *et) {
  return (et->kind & GORT_KIND_NOPOINTERS) ? GORT_FLAG_NOPOINTERS : 0;
}

// mem bytes of zeroed memory for elements of et. PORT: Go's mallocgc
// returns &zerobase for 0 bytes; gort's allocates, so this asks it only
// for more.
static void *allocarray(Type const *et, uintptr mem) {
  if (mem == 0)
    return &zerobase;
  return mallocgc(mem, allocflag(et));
}

// a * b and whether it overflowed (runtime/internal/math.MulUintptr).
static bool mulUintptr(uintptr a, uintptr b, uintptr *mem) {
  return __builtin_mul_overflow(a, b, mem);
}

[[noreturn]] static void panicmakeslicelen() {
  panicstring("runtime error: makeslice: len out of range");
}

[[noreturn]] static void panicmakeslicecap() {
  panicstring("runtime error: makeslice: cap out of range");
}

void *makeslice(Type const *et, intgo len, intgo cap) {
  uintptr mem;
  bool overflow = mulUintptr(et->size, (uintptr)cap, &mem);
  if (overflow || mem > maxAlloc || len < 0 || len > cap) {
    // NOTE: Produce a 'len out of range' error instead of a
    // 'cap out of range' error when someone does make([]T, bignumber).
    // 'cap out of range' is true too, but since the cap is only being
    // supplied implicitly, saying len is clearer.
    // See golang.org/issue/4085.
    overflow = mulUintptr(et->size, (uintptr)len, &mem);
    if (overflow || mem > maxAlloc || len < 0)
      panicmakeslicelen();
    panicmakeslicecap();
  }
  return allocarray(et, mem);
}

void *makeslice64(Type const *et, int64 len64, int64 cap64) {
  intgo len = (intgo)len64;
  if ((int64)len != len64)
    panicmakeslicelen();
  intgo cap = (intgo)cap64;
  if ((int64)cap != cap64)
    panicmakeslicecap();
  return makeslice(et, len, cap);
}

// a + b as Go's int adds: wrapping (C++'s signed overflow is undefined).
static intgo wrapadd(intgo a, intgo b) {
  return (intgo)((uintptr)a + (uintptr)b);
}

// Go 1.19's append growth: the capacity growslice allocates for a slice of
// capacity oldcap that must hold cap elements, before size-class rounding.
static intgo nextcap(intgo oldcap, intgo cap) {
  intgo newcap = oldcap;
  intgo doublecap = wrapadd(newcap, newcap);
  if (cap > doublecap)
    return cap;
  const intgo threshold = 256;
  if (oldcap < threshold)
    return doublecap;
  // Check 0 < newcap to detect overflow
  // and prevent an infinite loop.
  while (0 < newcap && newcap < cap) {
    // Transition from growing 2x for small slices
    // to growing 1.25x for large slices. This formula
    // gives a smooth-ish transition between the two.
    newcap = wrapadd(newcap, wrapadd(newcap, 3 * threshold) / 4);
  }
  // Set newcap to the requested cap when
  // the newcap calculation overflowed.
  if (newcap <= 0)
    newcap = cap;
  return newcap;
}

// growslice handles slice growth during append: old holds the slice, cap
// is the least capacity it needs. It gets a new array of at least that
// capacity, rounded up as Go 1.19's size classes round it, with the old
// elements copied into it. old->len stays: the caller appends from there
// and then sets the new length.
// PORT: the slice is updated in place instead of returned.
void growslice(Type const *et, GoSlice *old, intgo cap) {
  if (cap < old->cap)
    panicstring("runtime error: growslice: cap out of range");

  if (et->size == 0) {
    // append should not create a slice with nil pointer but non-zero len.
    // We assume that append doesn't need to preserve old.array in this case.
    old->array = &zerobase;
    old->cap = cap;
    return;
  }

  intgo newcap = nextcap(old->cap, cap);

  bool overflow;
  uintptr lenmem, capmem;
  uintptr size = et->size;
  // Specialize for common values of et.size.
  // For 1 we don't need any division/multiplication.
  // For the word size, compiler will optimize division/multiplication into
  // a shift by a constant.
  // For powers of 2, use a variable shift.
  if (size == 1) {
    lenmem = (uintptr)old->len;
    capmem = roundupsize((uintptr)newcap);
    overflow = (uintptr)newcap > maxAlloc;
    newcap = (intgo)capmem;
  } else if (size == sizeof(void *)) {
    lenmem = (uintptr)old->len * sizeof(void *);
    capmem = roundupsize((uintptr)newcap * sizeof(void *));
    overflow = (uintptr)newcap > maxAlloc / sizeof(void *);
    newcap = (intgo)(capmem / sizeof(void *));
  } else if ((size & (size - 1)) == 0) {
    uintptr shift = (uintptr)__builtin_ctzll(size);
    lenmem = (uintptr)old->len << shift;
    capmem = roundupsize((uintptr)newcap << shift);
    overflow = (uintptr)newcap > (maxAlloc >> shift);
    newcap = (intgo)(capmem >> shift);
  } else {
    lenmem = (uintptr)old->len * size;
    overflow = mulUintptr(size, (uintptr)newcap, &capmem);
    capmem = roundupsize(capmem);
    newcap = (intgo)(capmem / size);
  }

  // The check of overflow in addition to capmem > maxAlloc is needed
  // to prevent an overflow which can be used to trigger a segfault
  // on 32bit architectures (type T [1<<27 + 1]int64; appending four).
  if (overflow || capmem > maxAlloc)
    panicstring("runtime error: growslice: cap out of range");

  void *p;
  if (et->kind & GORT_KIND_NOPOINTERS) {
    p = mallocgc(capmem, FlagNoPointers | FlagNoZero);
    // The append() that calls growslice is going to overwrite from
    // old.len to cap (which will be the new length).
    // Only clear the part that will not be overwritten.
    uintptr newlenmem = (uintptr)cap * size;
    memclr((byte *)p + newlenmem, capmem - newlenmem);
  } else {
    p = mallocgc(capmem, 0);
  }
  __builtin_memmove(p, old->array, lenmem);
  old->array = p;
  old->cap = newcap;
}

// slicecopy is used to copy from a string or slice of pointerless elements
// into a slice. PORT: gort copies every slice through it (no write
// barriers yet), so it is copy's one entry point.
intgo slicecopy(void *toPtr, intgo toLen, void const *fromPtr, intgo fromLen,
                uintptr width) {
  if (fromLen == 0 || toLen == 0)
    return 0;

  intgo n = fromLen;
  if (toLen < n)
    n = toLen;

  if (width == 0)
    return n;

  __builtin_memmove(toPtr, fromPtr, (uintptr)n * width);
  return n;
}

}  // namespace runtime
