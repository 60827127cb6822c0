// string.cpp: port of Go 1.19's runtime/string.go: concatenation and the
// conversions between strings, byte slices, rune slices and runes, plus
// string comparison (internal/bytealg's Compare, assembly in Go). Results
// that are strings are returned by value; slices are written through a
// GoSlice * (docs/ABI.md).
//
// PORT: no tmpBuf arguments: Go's compiler passes a stack buffer when the
// result does not escape; gort's results always live on the heap.
//
// Copyright 2014 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.
#include "malloc.h"

namespace runtime {

// A byte slice, as string.go's helpers hand them around.
struct Bytes {
  byte *p;
  intgo len;
};

// rawstring allocates storage for a new string. The returned string and
// byte slice both refer to the same storage. Callers should use b to set
// the string contents and then drop b.
static String rawstring(intgo size, Bytes *b) {
  byte *p = (byte *)mallocgc((uintptr)size, FlagNoPointers | FlagNoZero);
  *b = Bytes{p, size};
  return String{p, size};
}

// concatstrings implements a Go string concatenation x+y+z+...
// The n operands are at a.
// PORT: Go returns a lone non-empty operand itself unless its bytes are on
// the goroutine's stack; gort's compiled code never puts string bytes
// there, so the operand is always returned (C callers: docs/ABI.md).
String concatstrings(void const *a, intgo n) {
  String const *x = (String const *)a;
  intgo idx = 0, l = 0, count = 0;
  for (intgo i = 0; i < n; i++) {
    if (x[i].len == 0)
      continue;
    if (__builtin_add_overflow(l, x[i].len, &l))
      throw_("string concatenation too long");
    count++;
    idx = i;
  }
  if (count == 0)
    return String{nil, 0};

  // If there is just one string, we can return that string directly.
  if (count == 1)
    return x[idx];
  Bytes b;
  String s = rawstring(l, &b);
  for (intgo i = 0; i < n; i++) {
    if (x[i].len == 0)
      continue;
    __builtin_memcpy(b.p, x[i].str, x[i].len);
    b.p += x[i].len;
  }
  return s;
}

String concatstring2(String a0, String a1) {
  String a[2] = {a0, a1};
  return concatstrings(a, 2);
}

// The one-byte strings: slicebytetostring's results of length 1 point here
// instead of allocating. PORT: a byte table; Go uses iface.go's
// staticuint64s (the first byte of each, little-endian).
struct StaticBytes {
  byte b[256];
  constexpr StaticBytes() : b() {
    for (int i = 0; i < 256; i++)
      b[i] = (byte)i;
  }
};
static constexpr StaticBytes staticbytes;

// slicebytetostring converts a byte slice to a string.
// p is a pointer to the first element of the slice;
// n is the length of the slice.
String slicebytetostring(void const *p, intgo n) {
  if (n == 0) {
    // Turns out to be a relatively common case.
    // Consider that you want to parse out data between parens in "foo()bar",
    // you find the indices and convert the subslice to string.
    return String{nil, 0};
  }
  if (n == 1)
    return String{(byte *)&staticbytes.b[*(byte const *)p], 1};

  Bytes b;
  String s = rawstring(n, &b);
  __builtin_memmove(b.p, p, (uintptr)n);
  return s;
}

// rawbyteslice allocates a new byte slice of size bytes, its capacity
// what the allocator's size class gives. The caller fills the first size
// bytes; the rest is cleared here.
static void rawbyteslice(intgo size, GoSlice *out) {
  uintptr cap = roundupsize((uintptr)size);
  void *p = &zerobase;
  if (cap != 0) {
    p = mallocgc(cap, FlagNoPointers | FlagNoZero);
    if (cap != (uintptr)size)
      memclr((byte *)p + size, cap - (uintptr)size);
  }
  *out = GoSlice{p, size, (intgo)cap};
}

// rawruneslice allocates a new rune slice.
static void rawruneslice(intgo size, GoSlice *out) {
  if ((uintptr)size > maxAlloc / 4)
    throw_("out of memory");
  uintptr mem = roundupsize((uintptr)size * 4);
  void *p = &zerobase;
  if (mem != 0) {
    p = mallocgc(mem, FlagNoPointers | FlagNoZero);
    if (mem != (uintptr)size * 4)
      memclr((byte *)p + (uintptr)size * 4, mem - (uintptr)size * 4);
  }
  *out = GoSlice{p, size, (intgo)(mem / 4)};
}

void stringtoslicebyte(String s, GoSlice *out) {
  rawbyteslice(s.len, out);
  if (s.len > 0)
    __builtin_memcpy(out->array, s.str, s.len);
}

void stringtoslicerune(String s, GoSlice *out) {
  // two passes.
  // unlike slicerunetostring, no race because strings are immutable.
  rawruneslice(countrunes(s), out);
  int32 *a = (int32 *)out->array;
  intgo n = 0;
  for (intgo k = 0; k < s.len; n++) {
    // PORT: Go's `for _, r := range s` steps over ASCII inline.
    if (s.str[k] < runeSelf)
      a[n] = s.str[k++];
    else
      k = decoderune(s, k, &a[n]);
  }
}

// PORT: an empty result is "" (Go allocates 3 bytes even then), and the
// string is allocated at its size (Go adds 3 bytes of slack against a
// racing writer, which it then detects).
String slicerunetostring(void const *p, intgo n) {
  int32 const *a = (int32 const *)p;
  byte dum[4];
  intgo size1 = 0;
  for (intgo i = 0; i < n; i++)
    size1 += encoderune(dum, a[i]);
  if (size1 == 0)
    return String{nil, 0};
  Bytes b;
  String s = rawstring(size1, &b);
  for (intgo i = 0; i < n; i++)
    b.p += encoderune(b.p, a[i]);
  return s;
}

// string(v) for an integer v: the UTF-8 of rune v, "\uFFFD" when v is not
// a valid code point.
String intstring(int64 v) {
  Bytes b;
  String s = rawstring(4, &b);
  if ((int64)(int32)v != v)
    v = runeError;
  s.len = encoderune(b.p, (int32)v);
  return s;
}

// Go's string comparison: -1, 0 or +1 as a sorts before, with or after
// b, byte by byte, then by length. PORT: Go's is internal/bytealg's
// Compare, in assembly.
intgo cmpstring(String a, String b) {
  intgo l = a.len < b.len ? a.len : b.len;
  for (intgo i = 0; i < l; i++) {
    if (a.str[i] != b.str[i])
      return a.str[i] < b.str[i] ? -1 : +1;
  }
  if (a.len < b.len)
    return -1;
  if (a.len > b.len)
    return +1;
  return 0;
}

}  // namespace runtime
