// asan.cpp: the stack switches and stack memory the runtime describes to
// AddressSanitizer (asan.h). Only in the amd64-san runtime.
#ifdef GORT_ASAN

#include "asan.h"

extern "C" {
void __sanitizer_start_switch_fiber(void **fake_stack_save, const void *bottom,
                                    size_t size);
void __sanitizer_finish_switch_fiber(void *fake_stack_save,
                                     const void **bottom_old, size_t *size_old);
void __asan_poison_memory_region(void const volatile *addr, size_t size);
void __asan_unpoison_memory_region(void const volatile *addr, size_t size);
}

namespace runtime {

// The bounds of the segment gp runs on: from its base (the limit less
// StackGuard) up past its Stktop, or past the Stktop of the segment's
// first frame when reflectcall put more Stktops on the same segment
// (newstack's special case: no segment of its own, the same guard).
static void segbounds(G *gp, uintptr *lo, uintptr *hi) {
  *lo = (uintptr)(gp->stackguard - StackGuard - StackSystem);
  Stktop *top = (Stktop *)gp->stackbase;
  while (top->free == 0 && top->stackguard == gp->stackguard &&
         top->stackbase != nil)
    top = (Stktop *)top->stackbase;
  *hi = (uintptr)top + sizeof(Stktop);
}

// The thread is about to run on gp's stack (g0's is the thread's own).
// Both halves of ASan's fiber switch are made here, on the stack being
// left: the runtime keeps no fake stacks (use-after-return is off), and
// ASan asks for the bounds only at a no-return call or a report, neither
// of which happens between this and the switch itself.
NOSPLIT void asanfiber(G *gp) {
  M *m = getm();
  uintptr lo, hi;
  if (gp == m->g0) {
    if (m->g0hi == 0)
      return;  // before minit: ASan's own idea of the thread's stack
    lo = m->g0lo;
    hi = m->g0hi;
  } else {
    segbounds(gp, &lo, &hi);
  }
  __sanitizer_start_switch_fiber(nil, (void *)lo, hi - lo);
  __sanitizer_finish_switch_fiber(nil, nil, nil);
}

NOSPLIT void asanpoison(void *p, uintptr n) { __asan_poison_memory_region(p, n); }

NOSPLIT void asanunpoison(void *p, uintptr n) {
  __asan_unpoison_memory_region(p, n);
}

}  // namespace runtime

#endif
