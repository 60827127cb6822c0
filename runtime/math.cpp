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

// math.hypot387: Go 1.19's Hypot on 386 for finite p, q >= 0, which runs
// on the x87: max·sqrt(1 + (min/max)²), with Go's x87 control word (its
// runtime loads controlWord64: 53-bit significands, the x87's exponent
// range), rounded to a double at the end. Ours is the Linux default
// (64-bit significands), so it is set around the computation.
double hypot387(double p, double q) __asm__("math.hypot387");

double hypot387(double p, double q) {
#if defined(__i386__)
  double Big = p, Small = q;
  if (Small >= Big) { // the assembly's FUCOMI/FXCH: ties keep q as max
    Big = q;
    Small = p;
  }
  if (Big == 0)
    return 0;
  double Res;
  unsigned short Old, New;
  __asm__ volatile("fnstcw %0" : "=m"(Old));
  New = (Old & 0xfcff) | 0x0200; // precision control: double
  __asm__ volatile("fldcw %[cw]\n\t"
                   "fldl %[small]\n\t"
                   "fdivl %[big]\n\t"
                   "fmul %%st(0), %%st(0)\n\t"
                   "fld1\n\t"
                   "faddp\n\t"
                   "fsqrt\n\t"
                   "fmull %[big]\n\t"
                   "fstpl %[res]\n\t"
                   "fldcw %[old]"
                   : [res] "=m"(Res)
                   : [cw] "m"(New), [old] "m"(Old), [small] "m"(Small),
                     [big] "m"(Big)
                   : "st", "st(1)", "memory");
  return Res;
#else
  (void)q;
  return p; // only 386 calls it
#endif
}
