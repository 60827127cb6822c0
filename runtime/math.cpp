// The bodyless functions of golib's math that the runtime defines
// (docs/ABI.md, "Bodyless functions"); the compiler writes the others
// (tools/gort/CGIntrinsics.cpp).

#include "runtime.h"
#if defined(__x86_64__)
#include <cpuid.h>
#endif

// math.x86HasFMA: whether Go 1.19's Exp on amd64 takes its FMA path, as
// internal/cpu decides it: the CPU has AVX and FMA and the OS saves the
// AVX state (OSXSAVE, XCR0's SSE and AVX bits).
bool x86HasFMA() __asm__("math.x86HasFMA");

bool x86HasFMA() {
#if defined(__x86_64__)
  static int Known = -1;
  if (Known < 0) {
    unsigned A, B, C, D;
    bool Yes = false;
    if (__get_cpuid(1, &A, &B, &C, &D) && (C >> 27 & 1)) {
      unsigned Lo, Hi;
      __asm__ volatile("xgetbv" : "=a"(Lo), "=d"(Hi) : "c"(0));
      Yes = (Lo & 6) == 6 && (C >> 28 & 1) && (C >> 12 & 1);
    }
    Known = Yes;
  }
  return Known;
#else
  return false;
#endif
}
