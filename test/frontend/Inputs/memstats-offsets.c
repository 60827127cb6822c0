// For codegen-memstats-layout.go: prints, from the C compiler's layout of
// gort.h's GoMemStats on the target, the FileCheck lines that the
// compiler's stores to each runtime.MemStats field up to DebugGC must
// match: a store of the field's LLVM type at the field's byte offset.
#include <stddef.h>
#include <stdio.h>

#include <gort/gort.h>

// A field (an array's first element) of LLVM type ir, of that many bytes.
#define F(name, ir, bytes) E(name, name, ir, bytes)
#define A(name, ir, bytes) E(name, name[0], ir, bytes)
#define E(name, elem, ir, bytes)                                       \
  do {                                                                 \
    _Static_assert(sizeof(((GoMemStats *)0)->elem) == bytes, #name);   \
    field(#name, ir, offsetof(GoMemStats, elem));                      \
  } while (0)

static void field(const char *name, const char *ir, size_t off) {
  if (off == 0) {
    printf("CHECK: store %s {{.*}}, ptr %%m,\n", ir);
    return;
  }
  printf("CHECK: %%%s = getelementptr inbounds i8, ptr %%m, i{{32|64}} %zu\n",
         name, off);
  printf("CHECK-NEXT: store %s {{.*}}, ptr %%%s,\n", ir, name);
}

int main(void) {
  F(Alloc, "i64", 8);
  F(TotalAlloc, "i64", 8);
  F(Sys, "i64", 8);
  F(Lookups, "i64", 8);
  F(Mallocs, "i64", 8);
  F(Frees, "i64", 8);
  F(HeapAlloc, "i64", 8);
  F(HeapSys, "i64", 8);
  F(HeapIdle, "i64", 8);
  F(HeapInuse, "i64", 8);
  F(HeapReleased, "i64", 8);
  F(HeapObjects, "i64", 8);
  F(StackInuse, "i64", 8);
  F(StackSys, "i64", 8);
  F(MSpanInuse, "i64", 8);
  F(MSpanSys, "i64", 8);
  F(MCacheInuse, "i64", 8);
  F(MCacheSys, "i64", 8);
  F(BuckHashSys, "i64", 8);
  F(GCSys, "i64", 8);
  F(OtherSys, "i64", 8);
  F(NextGC, "i64", 8);
  F(LastGC, "i64", 8);
  F(PauseTotalNs, "i64", 8);
  A(PauseNs, "i64", 8);
  A(PauseEnd, "i64", 8);
  F(NumGC, "i32", 4);
  F(NumForcedGC, "i32", 4);
  F(GCCPUFraction, "double", 8);
  F(EnableGC, "i8", 1);
  F(DebugGC, "i8", 1);
  // BySize follows, where C would put a field of its alignment (the
  // target's uint64's) after DebugGC: GoMemStats's size.
  field("BySize", "i32", sizeof(GoMemStats));
  return 0;
}
