// mem_linux.cpp: Go 1.0's linux/mem.c, the allocator's memory from the
// operating system (see malloc.h for what each function promises). All of
// it runs on g0.
//
// Copyright 2010 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.
#include <sys/resource.h>

#include "malloc.h"

extern "C" char __executable_start[];  // the linker's start of the binary
extern "C" char end[];                 // and end of its bss

namespace runtime {

enum {
  PROT_NONE = 0,
  PROT_READ = 1,
  PROT_WRITE = 2,
  MAP_PRIVATE = 0x02,
  MAP_FIXED = 0x10,
  MAP_ANON = 0x20,
  MAP_NORESERVE = 0x4000,
  MADV_DONTNEED = 4,
  MADV_HUGEPAGE = 14,
  MADV_DONTDUMP = 16,
  ENOMEM = 12,
};

// gort's system calls return -errno.
static bool mmapfailed(void *p) { return (uintptr)p >= (uintptr)-4096; }

void *SysAlloc(uintptr n) {
  void *p;

  mstats.sys += n;
  p = mmap(nil, n, PROT_READ | PROT_WRITE, MAP_ANON | MAP_PRIVATE, -1, 0);
  if (mmapfailed(p))
    return nil;
  return p;
}

// Go 1.0's memlimit: the address space RLIMIT_AS leaves the heap, after
// an estimate of the rest (the binary and 64 MB for threads, taken off
// twice as Go 1.0 did); 0 when there is no limit, or too little of one
// (under 16 MB) to heed. PORT: getrlimit is libc's (this runs on g0); a
// limit of 2 GB or more counts too (Go 1.0 took it as none: its 64-bit
// arena was 16 GB of address space it assumed free, not a mapping).
uintptr memlimit() {
  struct rlimit rl;
  if (getrlimit(RLIMIT_AS, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY ||
      rl.rlim_cur > ~(uintptr)0)
    return 0;
  // Estimate our VM footprint excluding the heap.
  uintptr used = (uintptr)(end - __executable_start) + (64 << 20);
  if (used >= rl.rlim_cur)
    return 0;
  // If there's not at least 16 MB left, we're probably
  // not going to be able to do much.  Treat as no limit.
  uintptr cur = (uintptr)rl.rlim_cur - used;
  if (cur < (16 << 20) || cur <= used)
    return 0;
  return cur - used;
}

void SysUnused(void *v, uintptr n) { madvise(v, n, MADV_DONTNEED); }

void SysFree(void *v, uintptr n) {
  mstats.sys -= n;
  munmap(v, n);
}

// PORT: on 64-bit too the reservation is a real PROT_NONE mapping
// (MAP_NORESERVE: no commit charge), where Go 1.0 assumed the range free
// and checked in SysMap; v is only a hint.
void *SysReserve(void *v, uintptr n) {
  void *p;

  p = mmap(v, n, PROT_NONE, MAP_ANON | MAP_PRIVATE | MAP_NORESERVE, -1, 0);
  if (mmapfailed(p) || (uintptr)p < 4096)
    return nil;
  // PORT: kept out of core files (the kernel leaves untouched pages out,
  // but gdb's gcore would write the whole reservation, gigabytes of
  // zeros). SysMap's mappings replace this one and are dumped.
  madvise(p, n, MADV_DONTDUMP);
  return p;
}

void SysMap(void *v, uintptr n) {
  void *p;

  mstats.sys += n;
  p = mmap(v, n, PROT_READ | PROT_WRITE, MAP_ANON | MAP_FIXED | MAP_PRIVATE,
           -1, 0);
  if (p == (void *)-(intptr_t)ENOMEM)
    throw_("runtime: out of memory");
  if (p != v)
    throw_("runtime: cannot map pages in arena address space");
  // PORT: Go 1.19's sysHugePage: the heap may be backed by transparent
  // huge pages (where the kernel leaves it to madvise), one fault per
  // 2 MB instead of per page. A kernel without them refuses; no matter.
  madvise(v, n, MADV_HUGEPAGE);
}

}  // namespace runtime
