// mem_linux.cpp: Go 1.0's linux/mem.c, the allocator's memory from the
// operating system (see malloc.h for what each function promises). All of
// it runs on g0.
//
// Copyright 2010 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.
#include "malloc.h"

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
