// The arena grows past its first reservation (512 MB on 32-bit targets,
// grown by 256 MB steps as Go 1.0's 386 did): 800 MB of large objects,
// never touched (fresh pages are zero already, so nothing is resident),
// each found by mlookup, none overlapping. (Under qemu-i386 the guest
// libraries sit near 1 GB, so a 32-bit heap there ends below ~990 MB.)
// RUN: %cc %s -o %t && timeout 120 %run %t 2>&1 | FileCheck %s
#include <gort/gort.h>

enum { SIZE = 8 << 20, N = 100 };

void gort_main_main(void) {
  static unsigned char *p[N];
  int bad = 0;
  for (int i = 0; i < N; i++) {
    p[i] = gort_mallocgc(SIZE, GORT_FLAG_NOPOINTERS);
    uint8_t *base;
    uintptr_t size;
    if (!gort_mlookup(p[i] + SIZE - 1, &base, &size, 0) || base != p[i] ||
        size != SIZE)
      bad++;
    for (int j = 0; j < i; j++)
      if (p[i] < p[j] + SIZE && p[j] < p[i] + SIZE)
        bad++;
  }
  p[N - 1][SIZE - 1] = 1;  // the last one is usable
  gort_printf("%d objects of 8 MB: %d bad\n", N, bad);
}
// CHECK: 100 objects of 8 MB: 0 bad
