// malloc.cpp: the runtime's mallocgc, malloc, mal and free.
//
// PORT: on the C allocator for now (the seed had its own, malloc.goc).
// libc may use any amount of stack, so every call runs on m->g0's stack
// through asmcgocall; memory comes back zeroed, as the seed's did.
#include <stdlib.h>

#include "runtime.h"

namespace runtime {

struct MallocArgs {
  uintptr size;
  void *ret;
};

static void cmalloc(void *a) {
  MallocArgs *args = (MallocArgs *)a;
  args->ret = ::calloc(1, args->size);
}

static void cfree(void *v) { ::free(v); }

void *malloc(uintptr size) {
  MallocArgs a = {size, nil};
  asmcgocall(cmalloc, &a);
  if (a.ret == nil)
    throw_("runtime: out of memory");
  return a.ret;
}

// PORT: the flag is not used until there is a collector to tell.
void *mallocgc(uintptr size, uint32 flag) { return malloc(size ? size : 1); }

void *mal(uintptr n) { return mallocgc(n, 0); }

// Go's base address for all 0-byte allocations. PORT: Go's mallocgc
// returns it for size 0; here only the slice and string code does
// (mallocgc(0) still allocates: the runtime frees what it mallocs).
uintptr zerobase;

void free(void *v) { asmcgocall(cfree, v); }

}  // namespace runtime
