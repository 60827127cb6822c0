// utf8.cpp: port of Go 1.19's runtime/utf8.go: the UTF-8 the string
// conversions and `for i, r := range s` need, with Go's treatment of
// invalid input (U+FFFD, one byte at a time).
//
// Copyright 2016 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.
#include "runtime.h"

namespace runtime {

// Code points in the surrogate range are not valid for UTF-8.
enum {
  surrogateMin = 0xD800,
  surrogateMax = 0xDFFF,
};

enum {
  t1 = 0x00,  // 0000 0000
  tx = 0x80,  // 1000 0000
  t2 = 0xC0,  // 1100 0000
  t3 = 0xE0,  // 1110 0000
  t4 = 0xF0,  // 1111 0000
  t5 = 0xF8,  // 1111 1000

  maskx = 0x3F,  // 0011 1111
  mask2 = 0x1F,  // 0001 1111
  mask3 = 0x0F,  // 0000 1111
  mask4 = 0x07,  // 0000 0111

  rune1Max = (1 << 7) - 1,
  rune2Max = (1 << 11) - 1,
  rune3Max = (1 << 16) - 1,

  // The default lowest and highest continuation byte.
  locb = 0x80,  // 1000 0000
  hicb = 0xBF,  // 1011 1111
};

// Whether c is a continuation byte.
static bool cont(byte c) { return locb <= c && c <= hicb; }

// countrunes returns the number of runes in s. PORT: Go's is
// `for range s`, whose compiled loop steps over an ASCII byte inline.
intgo countrunes(String s) {
  intgo n = 0;
  int32 r;
  for (intgo k = 0; k < s.len; n++)
    k = s.str[k] < runeSelf ? k + 1 : decoderune(s, k, &r);
  return n;
}

// decoderune returns the rune at the start of s[k:] (in *runeout) and the
// index after the rune in s.
//
// If the string appears to be incomplete or decoding problems
// are encountered (runeerror, k + 1) is returned to ensure
// progress when decoderune is used to iterate over a string.
//
// PORT: Go's caller has checked that the rune is not ASCII (the compiler
// tests that inline); this one also decodes an ASCII byte, so a loop may
// call it for every rune, and takes a negative k as past the end.
intgo decoderune(String str, intgo k, void *runeout) {
  int32 *r = (int32 *)runeout;
  intgo pos = k;

  *r = runeError;
  if (k >= str.len || k < 0)
    return k + 1;

  byte const *s = str.str + k;
  intgo n = str.len - k;

  if (s[0] < runeSelf) {
    *r = s[0];
    return k + 1;
  }
  if (t2 <= s[0] && s[0] < t3) {
    // 0080-07FF two byte sequence
    if (n > 1 && cont(s[1])) {
      int32 v = (int32)(s[0] & mask2) << 6 | (int32)(s[1] & maskx);
      if (rune1Max < v) {
        *r = v;
        return pos + 2;
      }
    }
  } else if (t3 <= s[0] && s[0] < t4) {
    // 0800-FFFF three byte sequence
    if (n > 2 && cont(s[1]) && cont(s[2])) {
      int32 v = (int32)(s[0] & mask3) << 12 | (int32)(s[1] & maskx) << 6 |
                (int32)(s[2] & maskx);
      if (rune2Max < v && !(surrogateMin <= v && v <= surrogateMax)) {
        *r = v;
        return pos + 3;
      }
    }
  } else if (t4 <= s[0] && s[0] < t5) {
    // 10000-1FFFFF four byte sequence
    if (n > 3 && cont(s[1]) && cont(s[2]) && cont(s[3])) {
      int32 v = (int32)(s[0] & mask4) << 18 | (int32)(s[1] & maskx) << 12 |
                (int32)(s[2] & maskx) << 6 | (int32)(s[3] & maskx);
      if (rune3Max < v && v <= maxRune) {
        *r = v;
        return pos + 4;
      }
    }
  }

  return k + 1;
}

// encoderune writes into p (which must be large enough) the UTF-8 encoding
// of the rune. It returns the number of bytes written.
intgo encoderune(byte *p, int32 r) {
  // Negative values are erroneous. Making it unsigned addresses the problem.
  uint32 i = (uint32)r;
  if (i <= rune1Max) {
    p[0] = (byte)r;
    return 1;
  }
  if (i <= rune2Max) {
    p[0] = t2 | (byte)(r >> 6);
    p[1] = tx | ((byte)r & maskx);
    return 2;
  }
  if (i > maxRune || (surrogateMin <= i && i <= surrogateMax)) {
    r = runeError;
    i = runeError;
  }
  if (i <= rune3Max) {
    p[0] = t3 | (byte)(r >> 12);
    p[1] = tx | ((byte)(r >> 6) & maskx);
    p[2] = tx | ((byte)r & maskx);
    return 3;
  }
  p[0] = t4 | (byte)(r >> 18);
  p[1] = tx | ((byte)(r >> 12) & maskx);
  p[2] = tx | ((byte)(r >> 6) & maskx);
  p[3] = tx | ((byte)r & maskx);
  return 4;
}

}  // namespace runtime
