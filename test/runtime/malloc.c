// The allocator (Go 1.0's malloc.goc, mheap, mcentral, mcache): every size
// class and large sizes give zeroed, aligned, non-overlapping memory of
// the class's size (Go 1.19's classes); mlookup finds an object's start
// and size from any pointer into it and nothing for pointers outside the
// heap; freed memory comes back zeroed on reuse, a small object from the
// m's cache (the same address); freed large objects' pages go back to the
// system at runtime.GC (resident memory falls).
// RUN: %cc %s -o %t && timeout 120 %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

// Go 1.19's size classes (runtime/sizeclasses.go), class 1 on.
static const unsigned classes[] = {
    8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224,
    240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768,
    896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200,
    3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240,
    10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576,
    27264, 28672, 32768};
enum { NCLASS = sizeof classes / sizeof classes[0], N = 40, PAGE = 8192 };

static long rss_kb;
static void crss(void *p) {  // resident set size from /proc/self/statm
  (void)p;
  char buf[128] = {0};
  int fd = open("/proc/self/statm", O_RDONLY);
  read(fd, buf, sizeof buf - 1);
  close(fd);
  char *s = buf;
  strtol(s, &s, 10);
  rss_kb = strtol(s, &s, 10) * (sysconf(_SC_PAGESIZE) / 1024);
}
static long rss(void) {
  gort_asmcgocall(crss, 0);
  return rss_kb;
}

static int bad;
static void fail(const char *what, uintptr_t n) {
  if (bad++ < 10)
    gort_printf("FAIL %s (size %d)\n", what, (int32_t)n);
}

// The size mallocgc must give n bytes: the class's, or whole pages.
static uintptr_t want(uintptr_t n) {
  for (int i = 0; i < NCLASS; i++)
    if (n <= classes[i])
      return classes[i];
  return (n + PAGE - 1) / PAGE * PAGE;
}

static int zeroed(unsigned char *p, uintptr_t n) {
  for (uintptr_t i = 0; i < n; i++)
    if (p[i] != 0)
      return 0;
  return 1;
}

// N objects of n bytes: zeroed, aligned, of the right size; each filled
// with its own byte, then all checked again (no two overlap).
static void sizes(uintptr_t n, uint32_t flag) {
  unsigned char *p[N];
  uintptr_t size = want(n);
  for (int i = 0; i < N; i++) {
    p[i] = gort_mallocgc(n, flag);
    uint8_t *base;
    uintptr_t sz;
    if (!zeroed(p[i], size))
      fail("not zeroed", n);
    if ((uintptr_t)p[i] % (n > 32768 ? PAGE : 8) != 0 ||
        (size % 16 == 0 && size <= PAGE && (uintptr_t)p[i] % 16 != 0))
      fail("misaligned", n);
    if (!gort_mlookup(p[i], &base, &sz, 0) || base != p[i] || sz != size)
      fail("mlookup of the start", n);
    if (!gort_mlookup(p[i] + size - 1, &base, &sz, 0) || base != p[i] ||
        sz != size)
      fail("mlookup of the last byte", n);
    if (!gort_mlookup(p[i] + size / 2, &base, 0, 0) || base != p[i])
      fail("mlookup of the middle", n);
    for (uintptr_t j = 0; j < size; j++)
      p[i][j] = (unsigned char)(i + 1);
  }
  for (int i = 0; i < N; i++)
    for (uintptr_t j = 0; j < size; j++)
      if (p[i][j] != (unsigned char)(i + 1)) {
        fail("overlap", n);
        break;
      }
  for (int i = 0; i < N; i++)
    gort_free(p[i]);
}

static int global;

void gort_main_main(void) {
  for (int i = 0; i < NCLASS; i++) {
    sizes(classes[i], 0);
    sizes(classes[i] - (classes[i] > 8 ? 7 : 1), GORT_FLAG_NOPOINTERS);
  }
  static const uintptr_t large[] = {32769, 40000, 65536, 100000, 1 << 20,
                                    (5 << 20) + 3};
  for (int i = 0; i < 6; i++)
    sizes(large[i], 0);
  gort_printf("classes and large sizes: %d bad\n", bad);

  // Pointers outside the heap.
  int local;
  uint8_t *base = (uint8_t *)1;
  uintptr_t sz = 1;
  gort_printf("mlookup of a global %d, a stack word %d, nil %d: base %p size %d\n",
              gort_mlookup(&global, &base, &sz, 0), gort_mlookup(&local, 0, 0, 0),
              gort_mlookup(0, 0, 0, 0), base, (int32_t)sz);

  // Free and reuse: a small object comes back from the cache, zeroed.
  unsigned char *a = gort_mallocgc(100, 0);
  for (int i = 0; i < 100; i++)
    a[i] = 0xff;
  gort_free(a);
  unsigned char *b = gort_mallocgc(100, 0);
  gort_printf("small reused: %t zeroed: %t\n", a == b, zeroed(b, 112));
  gort_free(b);
  unsigned char *c = gort_mallocgc(1 << 20, 0);
  for (int i = 0; i < 1 << 20; i++)
    c[i] = 0xff;
  gort_free(c);
  unsigned char *d = gort_mallocgc(1 << 20, 0);
  gort_printf("large reused: %t zeroed: %t\n", c == d, zeroed(d, 1 << 20));
  gort_free(d);

  // 64 MB of large objects, touched, freed: runtime.GC gives the pages back.
  enum { BIG = 8 << 20, NBIG = 8 };
  unsigned char *big[NBIG];
  gort_GC();
  long rss0 = rss();
  for (int i = 0; i < NBIG; i++) {
    big[i] = gort_mallocgc(BIG, GORT_FLAG_NOPOINTERS);
    for (int j = 0; j < BIG; j += 4096)
      big[i][j] = 1;
  }
  long rss1 = rss();
  for (int i = 0; i < NBIG; i++)
    gort_free(big[i]);
  gort_GC();
  long rss2 = rss();
  gort_printf("64 MB resident: %t; given back at GC: %t\n",
              rss1 - rss0 >= 60 * 1024, rss1 - rss2 >= 56 * 1024);
  unsigned char *e = gort_mallocgc(BIG, 0);
  gort_printf("released pages reused zeroed: %t\n", zeroed(e, BIG));
}
// CHECK: classes and large sizes: 0 bad
// CHECK-NEXT: mlookup of a global 0, a stack word 0, nil 0: base 0x0 size 0
// CHECK-NEXT: small reused: true zeroed: true
// CHECK-NEXT: large reused: true zeroed: true
// CHECK-NEXT: 64 MB resident: true; given back at GC: true
// CHECK-NEXT: released pages reused zeroed: true
