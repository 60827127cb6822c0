// symtab.cpp: the pc table (Go 1.2's symtab.c, Go 1.19's symtab.go):
// which function holds a pc, its name, file and line there, and its frame.
// PORT: the table is not the linker's but gort's (tools/gort/Pcln.cpp
// builds it between two links), in section gort_pclntab; its layout is in
// docs/ABI.md ("The pc table"): Go 1.2's header, functab and pcvalue
// streams, with a simpler _func and a pcfp stream for frame pointers and
// link registers, which Go's frames did not need.
// Everything here is async-signal-safe: no locks, no allocation, no split
// (NOSPLIT: a signal handler's stack is not a goroutine's), and a pc or
// offset outside the table gives nil or -1, never a fault.
#include "runtime.h"

// The linker's bounds of section gort_pclntab; weak: a C program linked
// by gort-cc has no table, and both are then nil.
extern "C" runtime::byte const __start_gort_pclntab[] __attribute__((weak));
extern "C" runtime::byte const __stop_gort_pclntab[] __attribute__((weak));

namespace runtime {

enum { PclnMagic = 0xfffffffb };

NOSPLIT static const byte *pclntab() {
  const byte *t = __start_gort_pclntab;
  uintptr n = (uintptr)(__stop_gort_pclntab - t);
  if (t == nil || n < 8 + 5 * sizeof(uintptr) ||
      *(const uint32 *)t != PclnMagic || t[7] != sizeof(uintptr))
    return nil;
  return t;
}

NOSPLIT static uintptr tabsize() {
  return (uintptr)(__stop_gort_pclntab - __start_gort_pclntab);
}

const byte *pclntabstart() { return __start_gort_pclntab; }
uintptr pclntabsize() { return tabsize(); }

// The header's words after its 8 bytes: nfunc, nfiles, filetab, ninl,
// inltab.
NOSPLIT static const uintptr *header(const byte *t) {
  return (const uintptr *)(t + 8);
}

// functab[i]: {entry, funcoff}; nfunc+1 of them, the last one's entry the
// end of the last function.
NOSPLIT static const uintptr *functab(const byte *t, uintptr *nfunc) {
  *nfunc = header(t)[0];
  return (const uintptr *)(t + 8 + 5 * sizeof(uintptr));
}

NOSPLIT Func const *findfunc(uintptr pc) {
  const byte *t = pclntab();
  if (t == nil)
    return nil;
  uintptr n;
  const uintptr *ftab = functab(t, &n);
  if (n == 0 || pc < ftab[0] || pc >= ftab[2 * n])
    return nil;
  // The last entry <= pc.
  uintptr lo = 0, hi = n;
  while (hi - lo > 1) {
    uintptr mid = lo + (hi - lo) / 2;
    if (ftab[2 * mid] <= pc)
      lo = mid;
    else
      hi = mid;
  }
  uintptr off = ftab[2 * lo + 1];
  if (off == 0 || off + sizeof(Func) > tabsize())
    return nil;
  Func const *f = (Func const *)(t + off);
  if (pc < f->entry || pc >= f->end)
    return nil;  // between functions: padding, or a symbol without size
  return f;
}

// A NUL-terminated string at off in the table, or nil.
NOSPLIT static const char *tabstring(uint32 off) {
  if (off == 0 || off >= tabsize())
    return nil;
  return (const char *)__start_gort_pclntab + off;
}

NOSPLIT const char *funcname(Func const *f) {
  return f == nil ? nil : tabstring(f->nameoff);
}

NOSPLIT static uint32 readvarint(const byte **pp, const byte *end, bool *ok) {
  uint32 v = 0;
  for (uint32 shift = 0; *pp < end; shift += 7) {
    byte b = *(*pp)++;
    v |= (uint32)(b & 0x7f) << (shift & 31);
    if ((b & 0x80) == 0)
      return v;
  }
  *ok = false;
  return 0;
}

// Go's step: the next (value, pc) pair of a pcvalue stream.
NOSPLIT static bool step(const byte **pp, const byte *end, uintptr *pc,
                         int32 *val, bool first) {
  if (*pp >= end)
    return false;
  bool ok = true;
  uint32 uvdelta = readvarint(pp, end, &ok);
  if (!ok || (uvdelta == 0 && !first))
    return false;
  *val += (int32)(-(uvdelta & 1) ^ (uvdelta >> 1));
  uint32 pcdelta = readvarint(pp, end, &ok);
  *pc += (uintptr)pcdelta * __start_gort_pclntab[6];  // the pc quantum
  return ok;
}

NOSPLIT int32 pcvalue(Func const *f, uint32 off, uintptr targetpc) {
  if (f == nil || off == 0 || off >= tabsize())
    return -1;
  const byte *p = __start_gort_pclntab + off, *end = __stop_gort_pclntab;
  uintptr pc = f->entry;
  int32 val = -1;
  for (bool first = true; step(&p, end, &pc, &val, first); first = false)
    if (targetpc < pc)
      return val;
  return -1;
}

NOSPLIT const char *filename(int32 fileno) {
  const byte *t = pclntab();
  if (t == nil || fileno < 0)
    return nil;
  uintptr nfiles = header(t)[1];
  uintptr filetab = header(t)[2];
  if ((uintptr)fileno >= nfiles || filetab + 4 * nfiles > tabsize())
    return nil;
  return tabstring(((const uint32 *)(t + filetab))[fileno]);
}

NOSPLIT int32 funcline(Func const *f, uintptr targetpc, const char **file) {
  int32 fileno = pcvalue(f, f == nil ? 0 : f->pcfile, targetpc);
  int32 line = pcvalue(f, f == nil ? 0 : f->pcln, targetpc);
  const char *s = filename(fileno);
  *file = s != nil ? s : "?";
  return s != nil && line >= 0 ? line : 0;
}

NOSPLIT InlinedCall const *inlinedcall(int32 index) {
  const byte *t = pclntab();
  if (t == nil || index < 0)
    return nil;
  uintptr n = header(t)[3];
  uintptr off = header(t)[4];
  if ((uintptr)index >= n || off + n * sizeof(InlinedCall) > tabsize())
    return nil;
  return (InlinedCall const *)(t + off) + index;
}

NOSPLIT const char *tabname(uint32 nameoff) {
  return pclntab() == nil ? nil : tabstring(nameoff);
}

NOSPLIT int32 funcspdelta(Func const *f, uintptr targetpc) {
  return pcvalue(f, f == nil ? 0 : f->pcsp, targetpc);
}

}  // namespace runtime
