// Strings through string.cpp and utf8.cpp: for-range decoding of invalid
// UTF-8 (bad bytes, surrogates, overlongs, code points past U+10FFFF,
// truncated sequences), []rune(s) and []byte(s) with their capacities,
// string([]rune) and string(rune) with invalid code points, string([]byte),
// concatenation, comparison and rune counts. Expected lines: what Go 1.19
// prints for the same conversions (identical on amd64 and arm), the Go
// statement quoted above each part; the last two lines check what Go's
// string.go does, not what it prints: empty results are "" and a one-byte
// string(b) points into a static table.
// REQUIRES: sched
// RUN: %cc %s -o %t && %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>

#define S(lit) ((GoString){(const uint8_t *)lit, sizeof lit - 1})

static void hex(GoString s) {
  static const char dig[] = "0123456789abcdef";
  for (intptr_t i = 0; i < s.len; i++) {
    char b[2] = {dig[s.str[i] >> 4], dig[s.str[i] & 15]};
    gort_printstring((GoString){(const uint8_t *)b, 2});
  }
}

static const GoString bad =
    S("a\xff\xc3\xa9\xed\xa0\x80\xe2\x82\xac\xf0\x9f\x98\x80\xf4\x90\x80\x80"
      "\xc0\x80\xe0\x80\x80\xed\x9f\xbf\xee\x80\x80z\xf4\x8f\xbf\xbf\xe2\x82");

// for i, r := range bad { print(" ", i, ":", r) }, as Go compiles it: an
// ASCII byte inline, decoderune for the rest (or, all, for every rune).
static void ranges(const char *label, bool all) {
  gort_printf("%s", label);
  for (intptr_t k = 0; k < bad.len;) {
    intptr_t i = k;
    int32_t r;
    if (!all && bad.str[k] < 0x80)
      r = bad.str[k++];
    else
      k = gort_decoderune(bad, k, &r);
    gort_printf(" %D:%d", (int64_t)i, r);
  }
  gort_printf("\n");
}

static void printrunes(GoSlice s) {
  for (intptr_t i = 0; i < s.len; i++)
    gort_printf(" %d", ((int32_t *)s.array)[i]);
}

void gort_main_main(void) {
  ranges("range:", false);
  // CHECK: {{^}}range: 0:97 1:65533 2:233 4:65533 5:65533 6:65533 7:8364 10:128512 14:65533 15:65533 16:65533 17:65533 18:65533 19:65533 20:65533 21:65533 22:65533 23:55295 26:57344 29:122 30:1114111 34:65533 35:65533{{$}}
  ranges("range:", true);
  // CHECK-NEXT: {{^}}range: 0:97 1:65533 2:233 4:65533 5:65533 6:65533 7:8364 10:128512 14:65533 15:65533 16:65533 17:65533 18:65533 19:65533 20:65533 21:65533 22:65533 23:55295 26:57344 29:122 30:1114111 34:65533 35:65533{{$}}

  // sinkr = []rune(bad); print(len, cap, each rune)
  GoSlice r;
  gort_stringtoslicerune(bad, &r);
  gort_printf("runes: %D %D:", (int64_t)r.len, (int64_t)r.cap);
  printrunes(r);
  gort_printf("\n");
  // CHECK-NEXT: {{^}}runes: 23 24: 97 65533 233 65533 65533 65533 8364 128512 65533 65533 65533 65533 65533 65533 65533 65533 65533 55295 57344 122 1114111 65533 65533{{$}}

  // sinkb = []byte(s); sinkr = []rune(s); print(len, cap ...);
  // hex(string(sinkb))
  static const GoString convs[] = {S(""), S("a"), S("hello"), S("123456789"),
                                   S("\xe2\x82"),
                                   S("0123456789012345678901234567890123")};
  for (unsigned i = 0; i < sizeof convs / sizeof convs[0]; i++) {
    GoSlice b, rr;
    gort_stringtoslicebyte(convs[i], &b);
    gort_stringtoslicerune(convs[i], &rr);
    gort_printf("conv %D: bytes %D/%D runes %D/%D ", (int64_t)convs[i].len,
                (int64_t)b.len, (int64_t)b.cap, (int64_t)rr.len,
                (int64_t)rr.cap);
    hex(gort_slicebytetostring(b.array, b.len));
    gort_printf("\n");
  }
  // CHECK-NEXT: {{^}}conv 0: bytes 0/0 runes 0/0 {{$}}
  // CHECK-NEXT: {{^}}conv 1: bytes 1/8 runes 1/2 61{{$}}
  // CHECK-NEXT: {{^}}conv 5: bytes 5/8 runes 5/6 68656c6c6f{{$}}
  // CHECK-NEXT: {{^}}conv 9: bytes 9/16 runes 9/12 313233343536373839{{$}}
  // CHECK-NEXT: {{^}}conv 2: bytes 2/8 runes 2/2 e282{{$}}
  // CHECK-NEXT: {{^}}conv 34: bytes 34/48 runes 34/36 30313233343536373839303132333435363738393031323334353637383930313233{{$}}

  // string([]rune{...}), with a negative rune, surrogates, past U+10FFFF
  static const int32_t runes[] = {0x41,  -1,    0xD800, 0x10FFFF,
                                  0x110000, 0xDFFF, 0xE9,   0x7FF,
                                  0x800, 0xFFFF, 0x10000};
  gort_printf("runestr: ");
  hex(gort_slicerunetostring(runes, sizeof runes / sizeof runes[0]));
  gort_printf("\n");
  // CHECK-NEXT: {{^}}runestr: 41efbfbdefbfbdf48fbfbfefbfbdefbfbdc3a9dfbfe0a080efbfbff0908080{{$}}
  GoString empty = gort_slicerunetostring(runes, 0);
  gort_printf("runestr empty: %D\n", (int64_t)empty.len);
  // CHECK-NEXT: {{^}}runestr empty: 0{{$}}

  // string(v) for int64 v
  static const int64_t ints[] = {65,       -1,   0xD800, 0xDFFF, 0x10FFFF,
                                 0x110000, ((int64_t)1 << 32) + 65,
                                 0xE9,     0,    0x7F,   0x80,   0xFFFD,
                                 INT64_MIN};
  for (unsigned i = 0; i < sizeof ints / sizeof ints[0]; i++) {
    gort_printf("intstring %D: ", ints[i]);
    hex(gort_intstring(ints[i]));
    gort_printf("\n");
  }
  // CHECK-NEXT: {{^}}intstring 65: 41{{$}}
  // CHECK-NEXT: {{^}}intstring -1: efbfbd{{$}}
  // CHECK-NEXT: {{^}}intstring 55296: efbfbd{{$}}
  // CHECK-NEXT: {{^}}intstring 57343: efbfbd{{$}}
  // CHECK-NEXT: {{^}}intstring 1114111: f48fbfbf{{$}}
  // CHECK-NEXT: {{^}}intstring 1114112: efbfbd{{$}}
  // CHECK-NEXT: {{^}}intstring 4294967361: efbfbd{{$}}
  // CHECK-NEXT: {{^}}intstring 233: c3a9{{$}}
  // CHECK-NEXT: {{^}}intstring 0: 00{{$}}
  // CHECK-NEXT: {{^}}intstring 127: 7f{{$}}
  // CHECK-NEXT: {{^}}intstring 128: c280{{$}}
  // CHECK-NEXT: {{^}}intstring 65533: efbfbd{{$}}
  // CHECK-NEXT: {{^}}intstring -9223372036854775808: efbfbd{{$}}

  // bs := []byte("\xff\x00a\xe2\x82\xac"); hex(string(bs));
  // println(" ", len(string(bs[:0])), len(string(bs[2:3])), string(bs[2:3]))
  const uint8_t bs[] = {0xff, 0x00, 'a', 0xe2, 0x82, 0xac};
  gort_printf("bytestr: ");
  hex(gort_slicebytetostring(bs, 6));
  GoString one = gort_slicebytetostring(bs + 2, 1);
  gort_printf("  %D %D %S\n", (int64_t)gort_slicebytetostring(bs, 0).len,
              (int64_t)one.len, one);
  // CHECK-NEXT: {{^}}bytestr: ff0061e282ac  0 1 a{{$}}

  // a, b, c := "ab", "", "cd"
  // println("concat:", a+b+c, len(a+b+c), len(b+b), b+c+b, a+c, len(b+b+b+b))
  GoString a = S("ab"), b = S(""), c = S("cd");
  GoString abc[] = {a, b, c}, bcb[] = {b, c, b}, bbbb[] = {b, b, b, b};
  GoString s1 = gort_concatstrings(abc, 3);
  gort_printf("concat: %S %D %D %S %S %D\n", s1, (int64_t)s1.len,
              (int64_t)gort_concatstring2(b, b).len,
              gort_concatstrings(bcb, 3), gort_concatstring2(a, c),
              (int64_t)gort_concatstrings(bbbb, 4).len);
  // CHECK-NEXT: {{^}}concat: abcd 4 0 cd abcd 0{{$}}

  // a < b: -1, a > b: 1, else 0
  static const GoString pairs[][2] = {
      {S("a"), S("b")},     {S("b"), S("a")},   {S("abc"), S("ab")},
      {S("ab"), S("abc")},  {S("\xff"), S("a")}, {S(""), S("")},
      {S("abc"), S("abc")}, {S(""), S("a")},    {S("a\x00"), S("a")},
      {S("abd"), S("abc")}};
  gort_printf("cmp:");
  for (unsigned i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
    gort_printf(" %D", (int64_t)gort_cmpstring(pairs[i][0], pairs[i][1]));
  gort_printf("\n");
  // CHECK-NEXT: {{^}}cmp: -1 1 1 -1 1 0 0 -1 1 1{{$}}

  // n := 0; for range bad { n++ }; println(n, len([]rune(bad)),
  // len([]rune("")), len([]rune("héllo")))
  GoSlice r0, r5;
  gort_stringtoslicerune(S(""), &r0);
  gort_stringtoslicerune(S("h\xc3\xa9llo"), &r5);
  gort_printf("count: %D %D %D %D\n", (int64_t)gort_countrunes(bad),
              (int64_t)r.len, (int64_t)r0.len, (int64_t)r5.len);
  // CHECK-NEXT: {{^}}count: 23 23 0 5{{$}}

  // Empty results are the zero string and allocate nothing; a one-byte
  // string(b) does not allocate either (Go's staticuint64s): the same
  // bytes each time.
  GoString e1 = gort_concatstrings(bbbb, 4), e2 = gort_slicebytetostring(bs, 0);
  gort_printf("empty: %t %t %t\n", e1.str == 0, e2.str == 0, empty.str == 0);
  // CHECK-NEXT: {{^}}empty: true true true{{$}}
  gort_printf("one byte: %t\n",
              gort_slicebytetostring(bs + 2, 1).str == one.str);
  // CHECK-NEXT: {{^}}one byte: true{{$}}
}
