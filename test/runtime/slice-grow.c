// append's growth through growslice: the capacity after each append of one
// element, up to 300,000 elements, for elements of 1, 4, 8, 16 and 24 bytes
// and of one, two and three words, as Go 1.19 grows them (its growth
// formula, then its malloc size classes); appends of many elements at
// once; zero-size elements; the elements survive each move; make and copy.
// Expected values: what Go 1.19 prints for the same appends, on amd64 and
// on arm (GOARCH=arm, under qemu-arm), whose 4-byte words change the
// classes of []int, []string and the three-word struct (386: as arm).
// REQUIRES: sched
// RUN: %cc %s -o %t && %run %t 2>&1 | FileCheck %s --check-prefixes=CHECK,W-%target
#include <gort/gort.h>

#define NAME(s) {(const uint8_t *)s, sizeof s - 1}
#define NOPTR GORT_KIND_NOPOINTERS
static const GoType tbyte = {1, GORT_KIND_UINT8 | NOPTR, 1, NAME("uint8"), 0};
static const GoType tint32 = {4, GORT_KIND_INT32 | NOPTR, 4, NAME("int32"), 0};
static const GoType tint64 = {8, GORT_KIND_INT64 | NOPTR, 8, NAME("int64"), 0};
static const GoType tint = {sizeof(long), GORT_KIND_INT | NOPTR, sizeof(long),
                            NAME("int"), 0};
static const GoType tstring = {sizeof(GoString), GORT_KIND_STRING,
                               sizeof(long), NAME("string"), 0};
static const GoType tarr3 = {24, GORT_KIND_ARRAY | NOPTR, 8, NAME("[3]int64"),
                             &tint64, 0, 3};
// type S3 struct { p *byte; n, c int }: 24 bytes, 12 on 32-bit targets.
typedef struct { void *p; long n, c; } S3;
static const GoType tS3 = {sizeof(S3), GORT_KIND_STRUCT, sizeof(long),
                           NAME("main.S3"), 0};
static const GoType tempty = {0, GORT_KIND_STRUCT | NOPTR, 1,
                              NAME("struct {}"), 0};

static void prints(const char *s) {
  GoString v = {(const uint8_t *)s, 0};
  while (s[v.len])
    v.len++;
  gort_printstring(v);
}

// The byte pattern element i holds.
static uint8_t pattern(long i, uintptr_t j) { return (uint8_t)(i * 7 + j); }

// s = append(s, x) n times, printing cap(s) whenever it changes, as
//   for i := 0; i < n; i++ { s = append(s, x); if cap(s) != c { ... } }
static void grow(const char *name, const GoType *t, long n) {
  GoSlice s = {0, 0, 0};
  long c = -1;
  prints(name);
  for (long i = 0; i < n; i++) {
    if (s.len + 1 > s.cap)
      gort_growslice(t, &s, s.len + 1);
    uint8_t *e = (uint8_t *)s.array + s.len * t->size;
    for (uintptr_t j = 0; j < t->size; j++)
      e[j] = pattern(i, j);
    s.len++;
    if (s.cap != c) {
      c = s.cap;
      gort_printsp();
      gort_printint(c);
    }
  }
  gort_printnl();
  // Every move kept the elements appended before it.
  for (long i = 0; i < n; i++) {
    uint8_t *e = (uint8_t *)s.array + i * t->size;
    for (uintptr_t j = 0; j < t->size; j++) {
      if (e[j] != pattern(i, j)) {
        gort_printf("element %D byte %d lost\n", (int64_t)i, (int)j);
        return;
      }
    }
  }
}

// cap(s) after s = append(s, <n more elements>).
static void more(const GoType *t, GoSlice *s, long n) {
  gort_growslice(t, s, s->len + n);
  s->len += n;
  gort_printsp();
  gort_printint(s->cap);
}

void gort_main_main(void) {
  enum { N = 300000 };
  grow("[]byte:", &tbyte, N);
  grow("[]int32:", &tint32, N);
  grow("[]int64:", &tint64, N);
  grow("[]int:", &tint, N);
  grow("[]string:", &tstring, N);
  grow("[][3]int64:", &tarr3, N);
  grow("[]S3:", &tS3, N);

  // b := append([]byte(nil), 1, 2, 3, 4, 5)
  // x := append([]int64(nil), make([]int64, 100)...); x = append(x, <1000>...)
  // y: [][3]int64, 7 then 300 more; z: []string, 3 then 2000 more.
  GoSlice b = {0}, x = {0}, y = {0}, z = {0};
  prints("many:");
  more(&tbyte, &b, 5);
  more(&tint64, &x, 100);
  more(&tint64, &x, 1000);
  more(&tarr3, &y, 7);
  more(&tarr3, &y, 300);
  more(&tstring, &z, 3);
  more(&tstring, &z, 2000);
  gort_printnl();
// CHECK: {{^}}[]byte: 8 16 32 64 128 256 512 896 1408 2048 3072 4096 5376 6912 9472 12288 16384 21760 28672 40960 57344 73728 98304 131072 172032 221184 278528 352256{{$}}
// CHECK: {{^}}[]int32: 2 4 8 16 32 64 128 256 512 864 1344 2048 3072 4096 5440 7168 10240 14336 18432 24576 32768 43008 55296 69632 88064 110592 139264 176128 221184 278528 350208{{$}}
// CHECK: {{^}}[]int64: 1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 3408 5120 7168 9216 12288 16384 21504 27648 34816 44032 55296 69632 88064 110592 139264 175104 219136 274432 344064{{$}}
// W-amd64: {{^}}[]int: 1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 3408 5120 7168 9216 12288 16384 21504 27648 34816 44032 55296 69632 88064 110592 139264 175104 219136 274432 344064{{$}}
// W-386: {{^}}[]int: 2 4 8 16 32 64 128 256 512 864 1344 2048 3072 4096 5440 7168 10240 14336 18432 24576 32768 43008 55296 69632 88064 110592 139264 176128 221184 278528 350208{{$}}
// W-arm: {{^}}[]int: 2 4 8 16 32 64 128 256 512 864 1344 2048 3072 4096 5440 7168 10240 14336 18432 24576 32768 43008 55296 69632 88064 110592 139264 176128 221184 278528 350208{{$}}
// W-amd64: {{^}}[]string: 1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 3584 5120 6656 8704 11264 14336 18432 23552 29696 37376 47104 59392 74752 93696 117760 147456 184832 231424 289792 362496{{$}}
// W-386: {{^}}[]string: 1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 3408 5120 7168 9216 12288 16384 21504 27648 34816 44032 55296 69632 88064 110592 139264 175104 219136 274432 344064{{$}}
// W-arm: {{^}}[]string: 1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 3408 5120 7168 9216 12288 16384 21504 27648 34816 44032 55296 69632 88064 110592 139264 175104 219136 274432 344064{{$}}
// CHECK: {{^}}[][3]int64: 1 2 4 8 16 32 64 128 256 512 853 1365 2048 3072 4096 5461 7168 9216 11946 15360 19456 24576 31061 39253 49493 62122 78165 97962 122880 153941 192853 241322 302080{{$}}
// W-amd64: {{^}}[]S3: 1 2 4 8 16 32 64 128 256 512 853 1365 2048 3072 4096 5461 7168 9216 11946 15360 19456 24576 31061 39253 49493 62122 78165 97962 122880 153941 192853 241322 302080{{$}}
// W-386: {{^}}[]S3: 1 2 4 8 16 32 64 128 256 512 853 1365 2048 3413 4778 6826 8874 11605 15018 19114 24576 31402 39594 49834 62805 79189 99669 124928 157013 196608 246442 308565{{$}}
// W-arm: {{^}}[]S3: 1 2 4 8 16 32 64 128 256 512 853 1365 2048 3413 4778 6826 8874 11605 15018 19114 24576 31402 39594 49834 62805 79189 99669 124928 157013 196608 246442 308565{{$}}
// CHECK: {{^}}many: 8 112 1184 7 341 3 2048{{$}}

  // Zero-size elements: s := []struct{}{}; append one at a time.
  GoSlice e = {0};
  prints("empty:");
  for (int i = 0; i < 5; i++) {
    gort_growslice(&tempty, &e, e.len + 1);
    e.len++;
    gort_printsp();
    gort_printint(e.cap);
  }
  gort_printf(" %t\n", e.array != 0);
  // CHECK-NEXT: {{^}}empty: 1 2 3 4 5 true{{$}}

  // make([]int64, 3, 10) is zeroed; make([]struct{}, 10) and
  // make([]byte, 0) point somewhere (Go's zerobase), not at nil.
  int64_t *m = gort_makeslice(&tint64, 3, 10);
  gort_printf("make: %D %D %t %t\n", m[0], m[9],
              gort_makeslice(&tempty, 10, 10) != 0,
              gort_makeslice(&tbyte, 0, 0) != 0);
  // CHECK-NEXT: {{^}}make: 0 0 true true{{$}}
  int64_t *m64 = gort_makeslice64(&tint64, 2, 4);
  gort_printf("make64: %D\n", m64[3]);
  // CHECK-NEXT: {{^}}make64: 0{{$}}

  // copy(dst, src) copies min(len) elements; overlapping copies move.
  long a[6] = {1, 2, 3, 4, 5, 6};
  long n1 = gort_slicecopy(&a[1], 5, &a[0], 3, sizeof(long));
  long n2 = gort_slicecopy(&a[0], 2, &a[3], 3, sizeof(long));
  long n3 = gort_slicecopy(&a[0], 0, &a[3], 3, sizeof(long));
  gort_printf("copy: %D %D %D %D %D %D %D %D %D\n", (int64_t)n1,
              (int64_t)n2, (int64_t)n3, (int64_t)a[0], (int64_t)a[1],
              (int64_t)a[2], (int64_t)a[3], (int64_t)a[4], (int64_t)a[5]);
  // CHECK-NEXT: {{^}}copy: 3 2 0 3 5 2 3 5 6{{$}}
}
