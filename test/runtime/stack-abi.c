// Arguments and results cross segment boundaries intact: ints, pointers,
// doubles, floats and structs, in registers and on the stack, returned in
// registers and through memory, at every depth of a recursion that splits
// many times. The checksums must equal those of a plain build of the same
// code without split stacks.
// REQUIRES: split
// RUN: %cc -fwrapv %s -o %t && %run %t > %t.split 2>&1
// RUN: %cc --plain -fwrapv -DPLAIN %s -o %t.plain && %run %t.plain > %t.ref 2>&1
// RUN: diff %t.ref %t.split
// RUN: FileCheck %s < %t.split
#include <gort/gort.h>
#include <stdio.h>
#include <string.h>

struct pair { long x, y; };           // two registers
struct dd { double a, b; };           // two SSE registers
struct big { long v[6]; };            // memory: by value on the stack, sret
struct mixed { int i; float f; };     // one register

__attribute__((noinline)) static long ints(int a, long b, short c, char d, long e,
                                           long f, long g, long h, int depth) {
  if (depth == 0)
    return a + b * 3 + c * 5 + d * 7 + e * 11 + f * 13 + g * 17 + h * 19;
  return ints(b, c, d, e, f, g, h, a, depth - 1) * 31 + depth;
}

__attribute__((noinline)) static double dbls(double a, double b, double c, double d,
                                             double e, double f, double g, double h,
                                             double i, double j, float k, int depth) {
  if (depth == 0)
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j + k;
  return dbls(j, a, b, c, d, e, f, g, h, i, k * 1.5f, depth - 1) * 0.5 + depth;
}

__attribute__((noinline)) static struct pair pairs(struct pair p, struct pair q,
                                                    long *acc, int depth) {
  if (depth == 0)
    return (struct pair){p.x + q.y, p.y - q.x};
  *acc += p.x ^ q.y;
  struct pair r = pairs((struct pair){q.x + 1, p.y * 3}, (struct pair){p.x, q.y + depth}, acc,
                        depth - 1);
  return (struct pair){r.x * 7 + 1, r.y ^ depth};
}

__attribute__((noinline)) static struct dd dds(struct dd v, struct mixed m, int depth) {
  if (depth == 0)
    return (struct dd){v.a + m.i, v.b * m.f};
  struct dd r = dds((struct dd){v.b, v.a + 1}, (struct mixed){m.i + 1, m.f * 1.01f}, depth - 1);
  return (struct dd){r.a * 0.75, r.b + depth};
}

__attribute__((noinline)) static struct big bigs(struct big b, long k, int depth) {
  if (depth == 0)
    return b;
  struct big n = b;
  for (int i = 0; i < 6; i++)
    n.v[i] = n.v[(i + 1) % 6] * 3 + k + i;
  struct big r = bigs(n, k + 1, depth - 1);
  r.v[depth % 6] ^= depth;
  return r;
}

// A frame larger than a whole segment.
__attribute__((noinline)) static long wide(long seed, int depth) {
  volatile char buf[6000];
  memset((char *)buf, (int)seed, sizeof buf);
  if (depth == 0)
    return buf[5999];
  return wide(seed + buf[100], depth - 1) + buf[0];
}

// Burns n frames before the real work, so that every function above meets
// a segment boundary at each of its call sites over the outer loop.
__attribute__((noinline)) static unsigned long burn(int n, unsigned long (*f)(void)) {
  if (n == 0)
    return f();
  unsigned long r = burn(n - 1, f);
  __asm__ volatile("" : "+r"(r));
  return r;
}

static unsigned long work(void) {
  unsigned long h = 0;
  long acc = 0;
  h = h * 1000003 + (unsigned long)ints(1, 2, 3, 4, 5, 6, 7, 8, 400);
  double d = dbls(1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5, 0.25f, 400);
  unsigned long bits;
  memcpy(&bits, &d, sizeof bits);
  h = h * 1000003 + bits;
  struct pair p = pairs((struct pair){1, 2}, (struct pair){3, 4}, &acc, 400);
  h = h * 1000003 + (unsigned long)(p.x ^ p.y ^ acc);
  struct dd v = dds((struct dd){1.0, 2.0}, (struct mixed){1, 1.0f}, 300);
  memcpy(&bits, &v.a, sizeof bits);
  h = h * 1000003 + bits;
  memcpy(&bits, &v.b, sizeof bits);
  h = h * 1000003 + bits;
  struct big b = bigs((struct big){{1, 2, 3, 4, 5, 6}}, 7, 300);
  for (int i = 0; i < 6; i++)
    h = h * 1000003 + (unsigned long)b.v[i];
  h = h * 1000003 + (unsigned long)wide(3, 20);
  return h;
}

static unsigned long total;

static void run(void) {
  for (int n = 0; n < 160; n++)
    total = total * 31 + burn(n, work);
}

#ifdef PLAIN
int main(void) {
  run();
  fprintf(stderr, "checksum 0x%lx\n", total);
  return 0;
}
#else
static uint32_t done;
static void goroutine(void *p) {
  (void)p;
  run();
  gort_printf("checksum %X\n", (uint64_t)total);
  gort_semrelease(&done);
}
void gort_main_main(void) {
  gort_newproc(0, goroutine, 0);
  gort_semacquire(&done);
}
#endif
// CHECK: checksum {{[0-9a-f]+}}
