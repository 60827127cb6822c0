// asan.h: what the runtime tells AddressSanitizer (the amd64-san runtime,
// make check SANITIZE=address,...; docs/TESTING.md). Go 1.18's asan.go has
// the same role for Go's runtime. ASan follows one stack per thread; here a
// thread moves between its own (g0's) and goroutines' segments, so every
// switch says where it goes (asanfiber, also from the assembly's
// ASAN_FIBER), and segments that go free are poisoned: a use of a dead
// goroutine's stack is reported. In other builds these are nothing.
#ifndef GORT_ASAN_H
#define GORT_ASAN_H

#include "runtime.h"

namespace runtime {

#ifdef GORT_ASAN
void asanfiber(G *gp) GO(asanfiber);
void asanpoison(void *p, uintptr n);
void asanunpoison(void *p, uintptr n);
#else
static inline void asanfiber(G *) {}
static inline void asanpoison(void *, uintptr) {}
static inline void asanunpoison(void *, uintptr) {}
#endif

// A segment that goes free: poisoned but for its first word, the link of
// the free lists (stack.h's Seg), which the caches read and write.
static inline void asansegfree(void *v, uintptr n) {
  asanpoison(v, n);
  asanunpoison(v, sizeof(void *));  // a dead G's stack was poisoned whole
}

// A segment that is taken again: all of it usable.
static inline void asansegtake(void *v, uintptr n) { asanunpoison(v, n); }

}  // namespace runtime

#endif
