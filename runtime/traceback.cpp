// traceback.cpp: Go 1.0's traceback_x86.c and traceback_arm.c
// (gentraceback) on the pc table of symtab.cpp, printing as Go 1.19's
// traceback.go does: innermost frame first, the runtime's frames hidden
// unless GOTRACEBACK=system, at most 100 frames walked (and
// "...additional frames elided..." when all 100 were printed), then
// "created by".
// PORT: a frame is found from its CFI, which the table keeps (pcsp, pcfp),
// not from Go's fixed frame sizes: the caller's sp is the CFA (sp or fp
// plus pcsp); the return address and the caller's fp are where pcfp says
// (the return address on arm may still be in lr). So the walk tracks fp,
// which C frames and gort's -O0 frames address theirs by.
#include "runtime.h"

extern "C" void __morestack();

namespace runtime {

enum { TracebackMaxFrames = 100 };  // Go 1.19's _TracebackMaxFrames

// The registers a frame is found by.
struct Frame {
  uintptr pc, sp, fp, lr;
};

static bool hasprefix(const char *s, const char *p) {
  for (; *p != 0; s++, p++)
    if (*s != *p)
      return false;
  return true;
}

// Go 1.19's showframe: Go code and the runtime's exported functions, not
// the compiler's wrappers; gopanic as "panic" below the innermost frame;
// everything at level 2.
static bool showframe(uint32 flags, const char *name, bool first) {
  if (gotraceback() > 1)
    return true;
  if (flags & FuncFlagWrapper)
    return false;
  if (__builtin_strcmp(name, "runtime.gopanic") == 0 && !first)
    return true;
  if (__builtin_strchr(name, '.') == nil)
    return false;
  if (!hasprefix(name, "runtime."))
    return true;
  char c = name[8];
  return c >= 'A' && c <= 'Z';  // isExportedRuntime
}

// The stack segment [lo, hi) a frame's words lie in; lo 0 when unknown
// (g0, the signal stack), and then nothing is checked. A strict segment
// (the profiler's) starts at the lowest sp known to be in it, so that
// every word of it is mapped, and is never unknown.
struct Segment {
  uintptr lo, hi;
  Stktop *top;
  bool strict;
};

static Segment segmentof(byte *stackguard, byte *stackbase) {
  Segment s = {0, 0, (Stktop *)stackbase, false};
  if (stackguard != nil && stackbase != nil) {
    s.lo = (uintptr)stackguard - StackGuard;
    s.hi = (uintptr)stackbase + sizeof(Stktop);
  }
  return s;
}

static bool inseg(const Segment &s, uintptr p) {
  return s.lo == 0 || (p >= s.lo && p + sizeof(uintptr) <= s.hi);
}

// The segment below the split whose Stktop tops s, resumed at sp; false
// if a strict walk cannot trust it (its Stktop, or sp, out of bounds).
static bool olderseg(Segment *s, uintptr sp) {
  Stktop *top = s->top;
  if (top == nil || (s->strict && ((uintptr)top < s->lo ||
                                   (uintptr)(top + 1) > s->hi)))
    return false;
  Segment n = segmentof(top->stackguard, top->stackbase);
  if (s->strict) {
    if (n.lo == 0 || sp < n.lo || sp >= n.hi)
      return false;
    n.lo = sp;
    n.strict = true;
  }
  *s = n;
  return true;
}

// The caller of the frame fr in function f, looked up at lookpc; inner:
// fr is a signal frame, so the caller's pc is where it was interrupted.
static bool unwind(Func const *f, uintptr lookpc, const Segment &seg,
                   Frame *fr, bool *inner) {
  int32 spd = pcvalue(f, f->pcsp, lookpc);
  int32 fpv = pcvalue(f, f->pcfp, lookpc);
  if (spd < 0 || fpv < 0 || (fpv & PcfpStop))
    return false;
  uintptr cfa = ((fpv & PcfpFPBased) ? fr->fp : fr->sp) + spd;
  uintptr fpslot = (fpv >> PcfpFPSlotShift) & PcfpSlotMask;
  uintptr raslot = (fpv >> PcfpRASlotShift) & PcfpSlotMask;
  // The caller's frame is above this one (at it only for a leaf that
  // keeps its return address in lr), and its words on this segment.
  if (cfa < fr->sp || (cfa == fr->sp && raslot != 0) ||
      (fpslot != 0 && !inseg(seg, cfa - fpslot * sizeof(uintptr))) ||
      (raslot != 0 && !inseg(seg, cfa - raslot * sizeof(uintptr))))
    return false;
  uintptr pc = raslot != 0 ? *(uintptr *)(cfa - raslot * sizeof(uintptr))
                           : fr->lr;
  if (fpslot != 0)
    fr->fp = *(uintptr *)(cfa - fpslot * sizeof(uintptr));
  fr->lr = 0;  // a caller's lr is not known
#if defined(__arm__)
  // But an interrupted one's is: asyncPreempt, the one signal frame, keeps
  // it at CFA-8 (asm_arm.S), for a leaf whose return address it is.
  if ((fpv & PcfpSignal) && inseg(seg, cfa - 2 * sizeof(uintptr)))
    fr->lr = *(uintptr *)(cfa - 2 * sizeof(uintptr));
#endif
  fr->pc = pc;
  fr->sp = cfa;
  *inner = (fpv & PcfpSignal) != 0;
  return true;
}

// Prints the frame at pc in f (its caller's sp is fp, 0 if unknown), and
// first the functions inlined there, as Go 1.19 does: their names, `(...)`,
// their lines, no offset. Returns the lines printed; at most max.
static int32 printframe(Func const *f, const char *name, uintptr pc,
                        uintptr tracepc, uintptr sp, uintptr fp, bool all,
                        bool first, int32 max) {
  const char *file;
  int32 line = funcline(f, tracepc, &file);
  int32 n = 0;
  for (InlinedCall const *ic = inlinedcall(pcvalue(f, f->pcinl, tracepc));
       ic != nil && n < max; ic = inlinedcall(ic->parent)) {
    const char *iname = tabname(ic->nameoff);
    if (iname != nil && (all || showframe(0, iname, first && n == 0))) {
      printf("%s(...)\n\t%s:%d\n", iname, file, line);
      n++;
    }
    file = filename(ic->file);
    if (file == nil)
      file = "?";
    line = ic->line;
  }
  if (n == max || !(all || showframe(f->flags, name, first && n == 0)))
    return n;
  if (__builtin_strcmp(name, "runtime.gopanic") == 0)
    name = "panic";
  // Go 1.19 prints the argument words; gort, which does not know them,
  // `...` (as Go for an inlined call), and `()` where there are none.
  printf("%s(%s)\n\t%s:%d", name, (f->flags & FuncFlagNoArgs) ? "" : "...",
         file, line);
  if (pc > f->entry)
    printf(" +%X", (uint64)(pc - f->entry));
  if (gotraceback() > 1 ||
      (getm()->throwing >= ThrowRuntime && getg() == getm()->curg))
    printf(" fp=%p sp=%p pc=%p", (void *)fp, (void *)sp, (void *)pc);
  printf("\n");
  return n + 1;
}

extern "C" void sigreturntls_() __asm__("runtime.sigreturntls")
    __attribute__((weak));  // 386's (asm_386.S)

// Whether a sample at pc in f caught the signal machinery between
// frames: at asyncPreempt's first instruction (a SIGURG had just stopped
// the code below), or in 386's sigreturntls (a handler's way back).
static bool atrest(Func const *f, uintptr pc) {
  return pc == (uintptr)asyncPreempt ||
         (sigreturntls_ != nil && f->entry == (uintptr)sigreturntls_);
}

// Go 1.0's gentraceback: the frames from fr up, innermost first, after
// skipping the first skip of them (the printer's own), printed, or with
// pcbuf (the profiler's) their pcs stored there, at most max of them.
// inner: fr.pc is where the frame is (an instruction to resume), not a
// return address. As Go 1.19's, it walks at most 100 frames and returns
// the number printed or stored.
static int32 gentraceback(Frame fr, bool inner, G *gp, Segment seg, bool all,
                          int32 skip, uintptr *pcbuf, int32 max) {
  int32 n = 0, nprint = 0;
  Func const *last = nil;     // the function of the frame below
  Func const *split = nil;    // the function whose body split the stack
  bool aftermorestack = false;  // the frame below is __morestack's
  // n counts the frames Go would walk; frames counts every one, hidden
  // ones too, against a corrupt stack.
  for (int32 frames = 0; n < max && frames < 100000; frames++) {
    if (fr.pc == (uintptr)lessstackpc) {
      // The bottom of a segment: on to the frame that split it, from the
      // Stktop's gobuf (in __morestack or reflectcall).
      Stktop *top = seg.top;
      if (top == nil || !olderseg(&seg, (uintptr)top->gobuf.sp))
        break;
      split = last;
      fr.pc = (uintptr)top->gobuf.pc;
      fr.sp = (uintptr)top->gobuf.sp;
      inner = true;
      continue;
    }
    // The call, not the instruction after it; but the bottom frame
    // returns to goexit, just after runtime.gostart's nop (asm_<arch>.S).
    uintptr tracepc =
        inner || fr.pc == (uintptr)goexit ? fr.pc : fr.pc - 1;
    Func const *f = findfunc(tracepc);
    const char *name = funcname(f);
    if (name == nil)
      break;
    Frame caller = fr;
    bool callerinner = false;
    bool more = !(f->flags & FuncFlagTopFrame) &&
                unwind(f, tracepc, seg, &caller, &callerinner);
    // A body that split returns into __morestack, which returns into the
    // split function's prologue: that function is already printed. (A
    // deferred call that panic made returns through __morestack's code to
    // gopanic, which is not.)
    bool hidden = (aftermorestack && f == split) ||
                  f->entry == (uintptr)__morestack;
    aftermorestack = f->entry == (uintptr)__morestack;
    last = f;
    if (skip > 0) {
      skip--;
    } else if (hidden) {
    } else if (pcbuf != nil) {
      // PORT: not the bottom's gostart (Go's profiles end in
      // runtime.goexit), nor at the leaf the signal machinery on its way
      // back to the code it stopped, whose time the sample is. Past the
      // leaf a pc to resume is recorded + 1, as Go's profiles do: pprof
      // looks a caller's pc up less 1, as a return address.
      if (!(f->flags & FuncFlagTopFrame) && !(n == 0 && atrest(f, fr.pc))) {
        pcbuf[n] = inner && n > 0 ? fr.pc + 1 : fr.pc;
        n++;
        nprint++;
      }
    } else {
      nprint += printframe(f, name, fr.pc, tracepc, fr.sp,
                           more ? caller.sp : 0, all, nprint == 0,
                           TracebackMaxFrames - nprint);
      n++;
    }
    if (!more)
      break;
    fr = caller;
    inner = callerinner;
  }
  return nprint;
}

// Go 1.19's printcreatedby.
void printcreatedby(G *gp) {
  Func const *f = findfunc(gp->gopc);
  if (f == nil || gp->goid == 1)
    return;
  const char *name = funcname(f);
  if (name == nil || !showframe(f->flags, name, false))
    return;
  uintptr tracepc = gp->gopc > f->entry ? gp->gopc - 1 : gp->gopc;
  const char *file;
  int32 line = funcline(f, tracepc, &file);
  printf("created by %s\n\t%s:%d", name, file, line);
  if (gp->gopc > f->entry)
    printf(" +%X", (uint64)(gp->gopc - f->entry));
  printf("\n");
}

// Go 1.19's traceback1: the frames, again with the runtime's if that
// printed none, the elision of the deepest, then "created by".
static void traceback1(Frame fr, bool inner, G *gp, int32 skip) {
  if (gotraceback() == 0)
    return;
  Segment seg = segmentof(gp->stackguard, gp->stackbase);
  int32 n = gentraceback(fr, inner, gp, seg, false, skip, nil,
                         TracebackMaxFrames);
  if (n == 0)
    n = gentraceback(fr, inner, gp, seg, true, skip, nil,
                     TracebackMaxFrames);
  if (n == TracebackMaxFrames)
    printf("...additional frames elided...\n");
  printcreatedby(gp);
}

// The registers of this frame (always inlined: the frame is the caller's).
__attribute__((always_inline)) static inline Frame here() {
  Frame fr = {0, 0, 0, 0};
#if defined(__x86_64__)
  __asm__ volatile("leaq 0(%%rip), %0\n\tmovq %%rsp, %1\n\tmovq %%rbp, %2"
                   : "=r"(fr.pc), "=r"(fr.sp), "=r"(fr.fp));
#elif defined(__i386__)
  __asm__ volatile("call 1f\n1:\tpopl %0\n\tmovl %%esp, %1\n\tmovl %%ebp, %2"
                   : "=r"(fr.pc), "=r"(fr.sp), "=r"(fr.fp));
#elif defined(__arm__)
  __asm__ volatile("adr %0, .\n\tmov %1, sp\n\tmov %2, r11\n\tmov %3, lr"
                   : "=r"(fr.pc), "=r"(fr.sp), "=r"(fr.fp), "=r"(fr.lr));
#endif
  return fr;
}

// Whether the printer may run on this stack, whose sp is sp: a fault may
// have left sp below the running g's segment (an overrun into its guard
// page), and then a split would throw inside the panic; the tracebacks
// print nothing instead. Its callers are NOSPLIT. PORT: the signal
// stack's handler never splits (sigtramp).
static inline __attribute__((always_inline)) bool stackok(uintptr sp) {
  G *g = getg();
  G *gs = getm() != nil ? getm()->gsignal : nil;
  if (gs != nil && sp >= (uintptr)gs->stack0 && sp < (uintptr)gs->stackbase)
    return true;
  return g->stackguard == nil ||
         sp >= (uintptr)g->stackguard - StackGuard + 1024;
}

// The running goroutine gp's frames from the caller of dopanic, where Go's
// begin (Go prints from the system stack; this frame and dopanic's are
// the printer's).
NOSPLIT __attribute__((noinline)) void traceback(G *gp) {
  Frame fr = here();
  if (stackok(fr.sp))
    traceback1(fr, true, gp, 2);
}

// Go 1.19's syscallsp and syscallpc: where a g in a system call called
// entersyscall (a return address), with the frame pointer entersyscall
// kept in gcregs.
static Frame syscallframe(G *gp) {
#if defined(__arm__)
  enum { FPReg = 7 };  // r4-r11
#else
  enum { FPReg = 1 };  // rbx, rbp... / ebx, ebp...
#endif
  Frame fr = {gp->syscallpc, gp->syscallsp, gp->gcregs[FPReg], 0};
  return fr;
}

// PORT: whether gp stopped in __morestack, on m's morebuf (newstack's
// throw sets gp->sched so); its frame is fp-based, fp MORE_SAVE above sp
// (morestack_<arch>.S).
static bool insplit(G *gp) {
  M *mp = gp->m;
  return gp->status == Grunning && mp != nil &&
         gp->sched.pc == mp->morebuf.pc && gp->sched.sp == mp->morebuf.sp;
}

static Frame splitframe(G *gp) {
  uintptr sp = (uintptr)gp->sched.sp;
  Frame fr = {(uintptr)gp->sched.pc, sp, sp + MORE_SAVE, 0};
  return fr;
}

// The frames of gp, parked by mcall: it resumes at gp->sched.pc, on a
// stack whose callee-saved registers the CFI of mcallresume describes;
// or stopped in a system call or a split that threw (above).
NOSPLIT void tracebacksched(G *gp) {
  Frame fr = {(uintptr)gp->sched.pc, (uintptr)gp->sched.sp, 0, 0};
  if (!stackok((uintptr)__builtin_frame_address(0)))
    return;
  if (__atomic_load_n(&gp->status, __ATOMIC_ACQUIRE) == Gsyscall)
    traceback1(syscallframe(gp), false, gp, 0);  // (sched may be stale)
  else if (gp->sched.pc == mcallresume)
    traceback1(fr, true, gp, 0);
  else if (insplit(gp))
    traceback1(splitframe(gp), true, gp, 0);
  else if (gotraceback() != 0)
    printcreatedby(gp);  // not started yet
}

// PORT: what the profiler may read of the stack gp was interrupted on at
// sp: from sp to the top of gp's segment, or of the thread's stack for
// g0, if sp lies in it. A signal in the middle of a switch (gogo, mcall)
// finds g and sp disagreeing, and in a split (below) g's bounds half
// written: those samples keep only their pc.
static bool profsegment(G *gp, uintptr sp, Segment *s) {
  M *mp = getm();
  if (gp == mp->g0) {
    *s = Segment{mp->g0lo, mp->g0hi, nil, true};
  } else {
    *s = segmentof(gp->stackguard, gp->stackbase);
    s->strict = true;
  }
  if (s->lo == 0 || sp < s->lo || sp >= s->hi)
    return false;
  s->lo = sp;
  return true;
}

extern "C" void reflectcallstk_() __asm__("runtime.reflectcallstk");
extern "C" void morestack_() __asm__("runtime.morestack");

// Whether f moves between segments, writing g's bounds (newstack,
// oldstack, reflectcall, __morestack's hot split and lessstack).
static bool splitting(Func const *f) {
  static void (*const fns[])() = {__morestack, lessstack, morestack_,
                                  (void (*)())reflectcall, reflectcallstk_,
                                  (void (*)())newstack, (void (*)())oldstack};
  for (auto fn : fns)
    if (f->entry == (uintptr)fn)
      return true;
  return false;
}

// The seed's gentraceback as sigprof calls it: the pcs of gp's frames,
// interrupted at pc (PORT: with the frame pointer fp too), innermost
// first, at most max of them; never a lock, an allocation or a fault, so
// safe in a signal handler. 0 where the frames cannot be trusted.
NOSPLIT int32 gentraceback(uintptr pc, uintptr sp, uintptr fp, uintptr lr,
                           G *gp, int32 skip, uintptr *pcbuf, int32 max) {
  Segment seg;
  Func const *f = findfunc(pc);
  if (f == nil || splitting(f) || !profsegment(gp, sp, &seg))
    return 0;
  Frame fr = {pc, sp, fp, lr};
  return gentraceback(fr, true, gp, seg, true, skip, pcbuf, max);
}

// Go 1.19's tracebacktrap: the frames of gp, interrupted by a signal at
// pc (an instruction to resume, not a return address).
NOSPLIT void tracebacktrap(uintptr pc, uintptr sp, uintptr fp, uintptr lr,
                           G *gp) {
  Frame fr = {pc, sp, fp, lr};
  if (stackok((uintptr)__builtin_frame_address(0)))
    traceback1(fr, true, gp, 0);
}

}  // namespace runtime
