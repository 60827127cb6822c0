// The hot split: calls that split and unsplit at the same boundary over and
// over take the segment the last return released (M.hotseg, through
// __morestack's fast path, which never leaves the goroutine), and all a
// split must keep holds on that path: register arguments and results
// (integer and floating-point, one and two registers), stack arguments,
// the caller's callee-saved registers, the segment accounting, the limit
// word, and a panic raised on the new segment and recovered below it. The
// expected sums are what the same code computes without split stacks.
// REQUIRES: split
// RUN: %cc -fwrapv %s -o %t && %run %t > %t.split 2>&1
// RUN: %cc --plain -fwrapv -DPLAIN %s -o %t.plain && %run %t.plain > %t.ref 2>&1
// RUN: grep "^sum" %t.split | diff %t.ref -
// RUN: FileCheck %s < %t.split
#include <gort/gort.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

struct pair { long x, y; };
struct dd { double a, b; };

static uintptr_t where;  // the callees' frame address on the last call

// Each callee's frame is larger than a goroutine's first segment, so every
// call from there splits and every return unsplits.
#define BIG volatile char buf[6000]; where = (uintptr_t)buf; buf[a & 7] = (char)a

__attribute__((noinline)) static struct pair ints(long a, long b, long c, long d, long e,
                                                   long f) {
  BIG;
  return (struct pair){a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + buf[a & 7], a ^ f};
}

// Stack arguments on every target: newstack's copy, in the fast path too.
__attribute__((noinline)) static long many(long a, long b, long c, long d, long e, long f,
                                           long g, long h, long i) {
  BIG;
  return a - b + 3 * c - d + 5 * e - f + 7 * g - h + 9 * i + buf[a & 7];
}

__attribute__((noinline)) static double dbls(long a, double p, double q, double r, double s,
                                             double t, double u, double v, double w) {
  BIG;
  return p + 2 * q + 3 * r + 4 * s + 5 * t + 6 * u + 7 * v + 8 * w + buf[a & 7];
}

__attribute__((noinline)) static struct dd dds(long a, double p, double q) {
  BIG;
  return (struct dd){p * 1.5 + buf[a & 7], q - p};
}

#ifndef PLAIN
// Fits on a goroutine's first segment: called there, it must not split,
// which it would if an unsplit left the wrong limit word behind.
__attribute__((noinline)) static void roomy(void) {
  volatile char buf[1500];
  where = (uintptr_t)buf;
  buf[0] = 1;
}

static void recovers(void *p) {
  (void)p;
  gort_gorecover(__builtin_return_address(0));
}

static const GoType tint = {sizeof(long), GORT_KIND_INT, sizeof(long),
                            {(const uint8_t *)"int", 3}, 0};

__attribute__((noinline)) static long panics(long a) {
  BIG;
  gort_gopanic(gort_convT2E(&tint, &a));
  return buf[0];
}

// Panics on a hot segment; the recovering frame is below the split.
__attribute__((noinline)) static int guarded(long a) {
  if (gort_deferproc(0, recovers, 0))
    return 1;
  panics(a);
  gort_deferreturn();
  return 0;
}
#endif

// Many values live across the calls: the compiler keeps them in
// callee-saved registers, which a split must give back unchanged.
__attribute__((noinline)) static uint64_t loop(int n, int *moved) {
  long s1 = 0, s2 = 1, s3 = 2, s4 = 3;
  double f1 = 0, f2 = 1;
  uintptr_t first = 0;
  for (long i = 0; i < n; i++) {
    struct pair p = ints(i, i + 1, i + 2, i + 3, i + 4, i + 5);
    s1 += p.x;
    s2 ^= p.y * 7 + many(i, i * 2, i * 3, i * 4, i * 5, i * 6, i * 7, i * 8, i * 9);
    f1 += dbls(i, 0.5 * i, 1, 2, 3, 4, 5, 6, 7);
    struct dd d = dds(i, f2, 0.25 * i);
    f2 = d.a - f2 * 1.25 + d.b * 1e-3;
    s3 = s3 * 31 + i;
    s4 += s3 ^ s1;
    if (i == 1)
      first = where;
    *moved += i > 1 && where != first;
  }
  uint64_t h = (uint64_t)s1, bits;
  h = h * 1000003 + (uint64_t)s2;
  h = h * 1000003 + (uint64_t)s3;
  h = h * 1000003 + (uint64_t)s4;
  memcpy(&bits, &f1, sizeof bits);
  h = h * 1000003 + bits;
  memcpy(&bits, &f2, sizeof bits);
  return h * 1000003 + bits;
}

#ifdef PLAIN
int main(void) {
  int moved = 0;
  printf("sum 0x%llx\n", (unsigned long long)loop(1000, &moved));
  return 0;
}
#else
static uint32_t done;

static void hot(void *p) {
  (void)p;
  int moved = 0;
  loop(2, &moved);  // warms the hot segment
  uintptr_t before = gort_stackinuse();
  uint64_t sum = loop(1000, &moved);
  gort_printf("sum %X\n", sum);
  gort_printf("one segment %t\n", moved == 0);
  gort_printf("inuse unchanged %t\n", gort_stackinuse() == before);
  volatile char here;
  roomy();
  gort_printf("same segment after unsplit %t\n", (uintptr_t)&here - where < 4096);
  int recovered = 0;
  for (long i = 0; i < 100; i++)
    recovered += guarded(i);
  gort_printf("recovered %d\n", recovered);
  gort_printf("inuse after panics unchanged %t\n", gort_stackinuse() == before);
  moved = 0;
  gort_printf("same sum %t\n", loop(1000, &moved) == sum);
  gort_printf("one segment after panics %t\n", moved == 0);
  gort_semrelease(&done);
}

void gort_main_main(void) {
  gort_newproc(0, hot, 0);
  gort_semacquire(&done);
}
#endif
// CHECK: sum 0x
// CHECK-NEXT: one segment true
// CHECK-NEXT: inuse unchanged true
// CHECK-NEXT: same segment after unsplit true
// CHECK-NEXT: recovered 100
// CHECK-NEXT: inuse after panics unchanged true
// CHECK-NEXT: same sum true
// CHECK-NEXT: one segment after panics true
