// defer, panic and recover through the C ABI, as compiled Go uses them:
// deferproc returns 0, and 1 again in the deferring frame after a recovery;
// every exit calls deferreturn. Expected lines are what the equivalent Go
// program prints under Go 1.19 (see the comments).
// REQUIRES: split
// RUN: %cc %s -o %t && %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>

static const GoType tstring = {sizeof(GoString), GORT_KIND_STRING, 8,
                               {(const uint8_t *)"string", 6}, 0};
static const GoType tint = {sizeof(long), GORT_KIND_INT, sizeof(long),
                            {(const uint8_t *)"int", 3}, 0};

static GoEface str(const char *s) {
  GoString v = {(const uint8_t *)s, 0};
  while (s[v.len])
    v.len++;
  return gort_convT2E(&tstring, &v);
}

static void say(void *p) { gort_printf("deferred %D\n", *(long long *)p); }

// func lifo() { for i := 0; i < 3; i++ { defer say(i) }; i = 99 }
static void lifo(void) {
  volatile long long i;
  for (i = 0; i < 3; i++) {
    long long v = i;
    if (gort_deferproc(sizeof v, say, &v))
      goto out;
  }
  i = 99;  // arguments were evaluated at the defer statement
out:
  gort_deferreturn();
}
// CHECK: deferred 2
// CHECK-NEXT: deferred 1
// CHECK-NEXT: deferred 0

static void recoverer(void *p) {
  long *result = *(long **)p;
  GoEface r = gort_gorecover(__builtin_return_address(0));
  gort_printf("recovered %t\n", r.type != 0);
  if (r.type)
    gort_printstring(*(GoString *)r.data), gort_printnl();
  *result = 5;  // a named result, set by the deferred call
}

// func f() (x int) { defer func() { recover(); x = 5 }(); x = 1; panic("boom") }
static long f(void) {
  volatile long x = 0;
  long *px = (long *)&x;
  if (gort_deferproc(sizeof px, recoverer, &px))
    goto out;
  x = 1;
  gort_gopanic(str("boom"));
out:
  gort_deferreturn();
  return x;
}
// CHECK-NEXT: recovered true
// CHECK-NEXT: boom
// CHECK-NEXT: f returned 5

__attribute__((noinline)) static void notdirect(void *p) {
  (void)p;
  // called by a deferred call, not by panic: recover gives nil
  GoEface r = gort_gorecover(__builtin_return_address(0));
  gort_printf("callee's recover nil %t\n", r.type == 0);
}
static void indirect(void *p) {
  notdirect(p);
  GoEface r = gort_gorecover(__builtin_return_address(0));
  gort_printf("direct recover nil %t\n", r.type == 0);
}
static void g(void) {
  if (gort_deferproc(0, indirect, 0))
    goto out;
  gort_gopanic(str("inner"));
out:
  gort_deferreturn();
}
// CHECK-NEXT: callee's recover nil true
// CHECK-NEXT: direct recover nil false

// A panic 100,000 frames deep, across many segments, recovered at the top.
__attribute__((noinline)) static long down(long n) {
  if (n == 0)
    gort_gopanic(gort_convT2E(&tint, &n));
  long r = down(n - 1);
  __asm__ volatile("" : "+r"(r));
  return r + 1;
}
static void catcher(void *p) {
  (void)p;
  GoEface r = gort_gorecover(__builtin_return_address(0));
  gort_printf("caught %D\n", (long long)*(long *)&r.data);
}
static uintptr_t deepest;
static void deep(void) {
  if (gort_deferproc(0, catcher, 0))
    goto out;
  down(100000);
out:
  gort_deferreturn();
}
// CHECK-NEXT: caught 0
// CHECK-NEXT: segments returned true
// CHECK-NEXT: caught 0

// A long chain of deferred calls runs at one depth.
static void *depths[2];
static void where(void *p) {
  (void)p;
  volatile char here;
  if (!depths[0])
    depths[0] = (void *)&here;
  depths[1] = (void *)&here;
}
static void chain(void) {
  for (volatile int i = 0; i < 100000; i++)
    if (gort_deferproc(0, where, 0))
      goto out;
out:
  gort_deferreturn();
}
// CHECK-NEXT: 100000 deferred calls at one depth true

static uint32_t exited, finished;
static void bye(void *p) {
  (void)p;
  gort_printf("deferred before Goexit\n");
  gort_semrelease(&exited);
}
static void exiter(void *p) {
  (void)p;
  if (gort_deferproc(0, bye, 0))
    goto out;
  gort_Goexit();
  gort_printf("not reached\n");
out:
  gort_deferreturn();
}
// CHECK-NEXT: deferred before Goexit
// CHECK-NOT: not reached

static void tests(void *p) {
  (void)p;
  lifo();
  gort_printf("f returned %D\n", (long long)f());
  g();
  uintptr_t before = gort_stackinuse();
  deep();
  gort_printf("segments returned %t\n", gort_stackinuse() == before);
  deep();
  chain();
  gort_printf("100000 deferred calls at one depth %t\n",
              depths[0] == depths[1] && depths[0] != 0);
  (void)deepest;
  gort_newproc(0, exiter, 0);
  gort_semacquire(&exited);
  gort_semrelease(&finished);
}

void gort_main_main(void) {
  gort_newproc(0, tests, 0);
  gort_semacquire(&finished);
  gort_printf("done\n");
}
// CHECK-NEXT: done
