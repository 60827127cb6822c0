// panic.cpp: defer, panic and recover (proc.c's deferproc, deferreturn,
// rundefer, unwindstack's users, printpanics, panic, recovery, recover),
// the runtime's own errors, and what a panic prints (runtime.c's printany).
//
// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.
#include "asan.h"
#include "runtime.h"
#include "race.h"

namespace runtime {

// PORT: deferproc's assembly entry (asm_<arch>.S) passes the caller's sp
// after the call (the seed's argp), its frame pointer, its pc and its
// callee-saved registers; the argument block comes by pointer and fn is
// called with a pointer to the copy. The frame pointer, not the sp, tells
// which frame defers: compilers push arguments on i386, so the sp differs
// between the calls of deferproc and deferreturn.
int32 deferproc1(int32 siz, byte *fn, byte *argp, byte *sp, byte *fp,
                 byte *pc, uintptr *regs) GO(deferproc1);
int32 deferproc1(int32 siz, byte *fn, byte *argp, byte *sp, byte *fp,
                 byte *pc, uintptr *regs) {
  Defer *d;
  G *g = getg();

  d = (Defer *)malloc(sizeof(*d) + siz - sizeof(d->args));
  d->fn = fn;
  d->siz = siz;
  d->pc = pc;
  d->argp = sp;
  d->fp = fp;
  for (int32 i = 0; i < DEFER_NREGS; i++)
    d->regs[i] = regs[i];
  mcpy(d->args, argp, d->siz);
#ifdef GORT_RACE
  d->racedepth = racedepth();
#endif

  d->link = g->defer;
  g->defer = d;

  // deferproc returns 0 normally.
  // a deferred func that stops a panic
  // makes the deferproc return 1.
  // the code the compiler generates always
  // checks the return value and jumps to the
  // end of the function if deferproc returns != 0.
  return 0;
}

// PORT: on 386, a deferred function value is called with its arguments
// on the stack, cdecl: deferprocstk's assembly entry marks its Defer so
// that the call copies args as fn's stack arguments (the seed's
// reflect.call), and fn is called by the runtime itself, as recover needs.
int32 deferprocstk1(int32 siz, byte *fn, byte *argp, byte *sp, byte *fp,
                    byte *pc, uintptr *regs) GO(deferprocstk1);
int32 deferprocstk1(int32 siz, byte *fn, byte *argp, byte *sp, byte *fp,
                    byte *pc, uintptr *regs) {
  deferproc1(siz, fn, argp, sp, fp, pc, regs);
  getg()->defer->stackargs = true;
  return 0;
}

// Makes d's deferred call.
static void calldefer(Defer *d) {
  if (d->stackargs)
    reflectcallstk(d->fn, d->args, d->siz);
  else
    reflectcall(d->fn, d->args);
}

// PORT: the seed's deferreturn, less its jump: returns the Defer of the
// frame whose frame pointer is fp to call now (deferreturn's assembly makes
// the call through jmpdefer), or nil when the frame has none left. A call
// in progress stays listed until it returns here, so its argument block
// lives that long.
Defer *deferreturn1(byte *fp) GO(deferreturn1);
Defer *deferreturn1(byte *fp) {
  Defer *d;
  G *g = getg();

  d = g->defer;
  if (d != nil && d->fp == fp && d->started) {
    g->defer = d->link;
    free(d);
    d = g->defer;
  }
  if (d == nil || d->fp != fp)
    return nil;
  d->started = true;
  if (d->stackargs) {  // made here, then the next: see deferprocstk1
    calldefer(d);
    return deferreturn1(fp);
  }
  return d;
}

void rundefer() {
  Defer *d;
  G *g = getg();

  while ((d = g->defer) != nil) {
    g->defer = d->link;
    if (!d->started)  // PORT: a call that deferreturn began is over
      calldefer(d);
    free(d);
  }
}

// runtime.Error's methods, called through an itab with the value's data
// word (a pointer to the text): Error returns it as compiled code returns
// a string (docs/ABI.md, "Interfaces"; a uint64 on 32-bit targets).
#if UINTPTR_MAX == UINT64_MAX
static String errorError(String const *s) { return *s; }
#else
static uint64 errorError(String const *s) {
  return (uint64)(uintptr)s->str | (uint64)(uint32)s->len << 32;
}
#endif
static void errorRuntimeError(void *) {}

#define STR(s) {(uint8_t const *)s, sizeof s - 1}
static GoMethod const errormethods[] = {
    {STR("Error"), STR(""), &funcString.typ, (void (*)(void))errorError,
     nil},
    {STR("RuntimeError"), STR(""), &funcVoid.typ,
     (void (*)(void))errorRuntimeError, nil}};
static GoUncommon const erroruncommon = {STR("runtime"), errormethods, 2, 2};

// The runtime's panic values (Go's runtime.Error): a string, the whole
// text of its Error(), boxed; it implements error and runtime.Error.
// PORT: one type for all of them (Go has errorString, boundsError, ...).
static GoType const errortype = {
    sizeof(String), GORT_KIND_STRING, alignof(String), STR("runtime.Error"),
    nil, nil, 0, strhash, strequal, 0, 0, &erroruncommon};
#undef STR

static Eface errorvalue(String msg) {
  String *p = (String *)mal(sizeof(String));
  *p = msg;
  return Eface{&errortype, p};
}

// Appends the n bytes at s to the message being built at *b.
static void msgadd(byte **b, byte const *s, intgo n) {
  mcpy(*b, s, n);
  *b += n;
}

void panicstring(const char *s) {
  gopanic(errorvalue(String{(byte *)s, findnull((byte const *)s)}));
}

void panicmsg(String msg) { gopanic(errorvalue(msg)); }

void panicdivide() { panicstring("runtime error: integer divide by zero"); }

void panicmem() {
  panicstring("runtime error: invalid memory address or nil pointer "
              "dereference");
}

void panicshift() { panicstring("runtime error: negative shift amount"); }

// Go 1.19's boundsError (error.go): which bound of an index or slice
// expression failed; len(s) and cap(s) are y.
// The B and C checks fail only when the A (and B) checks before them
// passed.
enum boundsErrorCode {
  boundsIndex,       // s[x], 0 <= x < len(s) failed
  boundsSliceAlen,   // s[?:x], 0 <= x <= len(s) failed
  boundsSliceAcap,   // s[?:x], 0 <= x <= cap(s) failed
  boundsSliceB,      // s[x:y], 0 <= x <= y failed
  boundsSlice3Alen,  // s[?:?:x], 0 <= x <= len(s) failed
  boundsSlice3Acap,  // s[?:?:x], 0 <= x <= cap(s) failed
  boundsSlice3B,     // s[?:x:y], 0 <= x <= y failed
  boundsSlice3C,     // s[x:y:?], 0 <= x <= y failed
  boundsConvert,     // (*[x]T)(s), 0 <= x <= len(s) failed
  boundsNcodes,
};
static_assert(boundsConvert == GORT_BOUNDS_CONVERT, "gort.h's codes are Go's");

// boundsErrorFmts provide error text for various out-of-bounds panics.
static const char *const boundsErrorFmts[boundsNcodes] = {
    "index out of range [%x] with length %y",
    "slice bounds out of range [:%x] with length %y",
    "slice bounds out of range [:%x] with capacity %y",
    "slice bounds out of range [%x:%y]",
    "slice bounds out of range [::%x] with length %y",
    "slice bounds out of range [::%x] with capacity %y",
    "slice bounds out of range [:%x:%y]",
    "slice bounds out of range [%x:%y:]",
    "cannot convert slice with length %y to pointer to array with length %x",
};

// boundsNegErrorFmts are overriding formats if x is negative. In this case
// there's no need to report y.
static const char *const boundsNegErrorFmts[boundsNcodes] = {
    "index out of range [%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [%x:]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [:%x:]",
    "slice bounds out of range [%x::]",
    "",
};

// itoa converts val to a decimal representation at the end of buf[0:20]
// and returns where it starts.
static byte *itoa(byte *buf, uint64 val) {
  intgo i = 20 - 1;
  for (; val >= 10; val /= 10)
    buf[i--] = (byte)(val % 10 + '0');
  buf[i] = (byte)(val + '0');
  return buf + i;
}

static void appendIntStr(byte **b, int64 v, bool sign) {
  if (sign && v < 0) {
    *(*b)++ = '-';
    v = (int64)(0 - (uint64)v);
  }
  byte buf[20];
  byte *p = itoa(buf, (uint64)v);
  msgadd(b, p, buf + 20 - p);
}

// PORT: Go's compiler calls one function per code and signedness
// (goPanicIndex, goPanicIndexU, ..., and panicExtend* for 64-bit indices on
// 32-bit targets); gort's calls this one with the code and the
// GORT_BOUNDS_UNSIGNED bit, and x always 64 bits wide. The error's text is
// made here (boundsError.Error) instead of when it is printed.
void panicbounds(int64 x, intgo y, int32 code) {
  bool sign = (code & GORT_BOUNDS_UNSIGNED) == 0;
  code &= ~GORT_BOUNDS_UNSIGNED;
  if (code < 0 || code >= boundsNcodes)
    throw_("panicbounds: bad code");
  const char *fmt = boundsErrorFmts[code];
  if (sign && x < 0)
    fmt = boundsNegErrorFmts[code];
  // max message length is 99: "runtime error: slice bounds out of range
  // [::%x] with capacity %y"; x can be at most 20 characters, y 19.
  byte *msg = (byte *)mal(100);
  byte *b = msg;
  static const char head[] = "runtime error: ";
  msgadd(&b, (byte const *)head, sizeof head - 1);
  for (; *fmt != 0; fmt++) {
    if (*fmt != '%') {
      *b++ = (byte)*fmt;
      continue;
    }
    fmt++;
    if (*fmt == 'x')
      appendIntStr(&b, x, sign);
    else if (*fmt == 'y')
      appendIntStr(&b, y, true);
  }
  panicmsg(String{msg, b - msg});
}

// Go reports a call of a nil func as the nil dereference it is.
// PORT: gort tests the func value before the call instead of faulting on
// it, so this records the fault Go's signal handler would have seen (a
// SIGSEGV at address 0, SEGV_MAPERR, here), which the crash prints as
// Go's [signal ...] line.
void panicnilfunc() {
  enum { SIGSEGV = 11, SEGV_MAPERR = 1 };
  G *g = getg();
  g->sig = SIGSEGV;
  g->sigcode0 = SEGV_MAPERR;
  g->sigcode1 = 0;
  g->sigpc = (uintptr)__builtin_return_address(0);
  panicmem();
}

// Where a fault in Go code lands (sighandler makes it look like a call
// from the faulting instruction): the run-time error Go reports for it.
void sigpanic() GO(sigpanic);
void sigpanic() {
  enum { SIGBUS = 7, SIGFPE = 8, SIGSEGV = 11, FPE_INTDIV = 1, FPE_INTOVF = 2 };
  G *g = getg();

  switch (g->sig) {
  case SIGBUS:
  case SIGSEGV:
    if (g->sigcode1 < 0x1000)
      panicmem();
    break;
  case SIGFPE:
    switch (g->sigcode0) {
    case FPE_INTDIV:
      panicdivide();
    case FPE_INTOVF:
      panicstring("runtime error: integer overflow");
    }
    panicstring("runtime error: floating point error");
  }
  panicstring("runtime error: unexpected signal");
}

static bool named(GoType const *t, const char *basic) {
  int32 n = findnull((byte const *)basic);
  if (t->name.len != n)
    return true;
  for (int32 i = 0; i < n; i++)
    if (t->name.str[i] != basic[i])
      return true;
  return false;
}

static const char *const basicnames[] = {
    nil,       "bool",    "int",       "int8",       "int16",  "int32",
    "int64",   "uint",    "uint8",     "uint16",     "uint32", "uint64",
    "uintptr", "float32", "float64",   "complex64",  "complex128"};

static void printvalue(GoType const *t, void *v) {
  switch (kindof(t)) {
  case GORT_KIND_BOOL: printbool(*(bool *)v); break;
  case GORT_KIND_INT: printint(*(intgo *)v); break;
  case GORT_KIND_INT8: printint(*(int8 *)v); break;
  case GORT_KIND_INT16: printint(*(int16 *)v); break;
  case GORT_KIND_INT32: printint(*(int32 *)v); break;
  case GORT_KIND_INT64: printint(*(int64 *)v); break;
  case GORT_KIND_UINT: printuint(*(uintptr *)v); break;
  case GORT_KIND_UINT8: printuint(*(uint8 *)v); break;
  case GORT_KIND_UINT16: printuint(*(uint16 *)v); break;
  case GORT_KIND_UINT32: printuint(*(uint32 *)v); break;
  case GORT_KIND_UINT64: printuint(*(uint64 *)v); break;
  case GORT_KIND_UINTPTR: printuint(*(uintptr *)v); break;
  case GORT_KIND_FLOAT32: printfloat(*(float32 *)v); break;
  case GORT_KIND_FLOAT64: printfloat(*(float64 *)v); break;
  case GORT_KIND_STRING: printstring(*(String *)v); break;
  }
}

// A panic value as Go 1.19 prints it (printpanicval): basic values as
// print shows them, named basic types as T(v) (strings as T("v")), others
// as (T) address.
void printany(Eface e) {
  GoType const *t = e.type;
  if (t == nil) {
    printf("nil");
    return;
  }
  if (t == &errortype) {
    printstring(*(String *)e.data);
    return;
  }
  void *v = efacevalue(&e);
  String name = {(byte *)t->name.str, t->name.len};
  if (kindof(t) <= GORT_KIND_FLOAT64 && !named(t, basicnames[kindof(t)])) {
    printvalue(t, v);
  } else if (kindof(t) == GORT_KIND_STRING && !named(t, "string")) {
    printstring(*(String *)v);
  } else if (kindof(t) <= GORT_KIND_FLOAT64) {
    printstring(name);
    printf("(");
    printvalue(t, v);
    printf(")");
  } else if (kindof(t) == GORT_KIND_STRING) {
    printstring(name);
    printf("(\"");
    printvalue(t, v);
    printf("\")");
  } else {
    printf("(");
    printstring(name);
    printf(") %p", e.data);
  }
}

static void printpanics(Panic *p) {
  if (p->link) {
    printpanics(p->link);
    printf("\t");
  }
  printf("panic: ");
  printany(p->arg);
  if (p->recovered)
    printf(" [recovered]");
  printf("\n");
}

// Go 1.19's preprintpanics: a panic value that is an error or a stringer
// prints as the text its Error or String method returns; made before the
// crash starts, on the goroutine, since those are Go code. A panic in one
// that no defer of its own recovers is fatal (see gopanic).
static void preprintpanics(Panic *p) {
  for (; p != nil; p = p->link) {
    p->printing = true;
    errorstring(&p->arg);
    p->printing = false;
  }
}

// Go 1.19's preprintpanics' deferred call: the fatal error of a panic that
// escaped the Error or String method of p's value. PORT: gort's run-time
// errors are all of type runtime.Error (Go names the error's own type);
// panic(nil) there is fatal too (Go's recover sees nil, and goes on).
[[noreturn]] static void panicprinting(Panic *p) {
  static const char text[] = "panic while printing panic value";
  Eface r = p->arg;
  String s = {(byte *)": type ", 7};
  String v = {(byte *)"", 0};
  if (r.type != nil && kindof(r.type) == GORT_KIND_STRING &&
      !named(r.type, "string")) {
    s = String{(byte *)": ", 2};
    v = *(String *)r.data;
  } else if (r.type != nil) {
    v = String{(byte *)r.type->name.str, r.type->name.len};
  } else {
    s = String{(byte *)"", 0};
  }
  byte *msg = (byte *)mal(sizeof text + s.len + v.len);
  byte *b = msg;
  msgadd(&b, (byte const *)text, sizeof text - 1);
  msgadd(&b, s.str, s.len);
  msgadd(&b, v.str, v.len);
  *b = 0;
  throw_((const char *)msg);
}

static void recovery(G *) GO(recovery);

void gopanic(Eface e) {
  Defer *d;
  Panic *p;
  G *g = getg();

  p = (Panic *)mal(sizeof *p);
  p->arg = e;
  p->link = g->panic;
  p->stackbase = g->stackbase;
  g->panic = p;
  __atomic_fetch_add(&runningPanicDefers, 1, __ATOMIC_SEQ_CST);

  for (;;) {
    d = g->defer;
    if (d == nil)
      break;
    // take defer off list in case of recursive panic
    g->defer = d->link;
    if (d->started) {  // PORT: deferreturn's call, which this panic ends
      free(d);
      continue;
    }
    g->ispanic = true;  // rock for newstack, where reflect.call ends up
    calldefer(d);
    if (p->recovered) {
      __atomic_fetch_sub(&runningPanicDefers, 1, __ATOMIC_SEQ_CST);
      g->panic = p->link;
      if (g->panic == nil)  // must be done with signal
        g->sig = 0;
      free(p);
      // put recovering defer back on list
      // for scheduler to find.
      d->link = g->defer;
      g->defer = d;
      mcall(recovery);
      throw_("recovery failed");  // mcall should not return
    }
    free(d);
  }

  // ran out of deferred calls - old-school panic now
  for (Panic *q = p->link; q != nil; q = q->link)
    if (q->printing)
      panicprinting(p);
  preprintpanics(g->panic);
  startpanic();
  __atomic_fetch_sub(&runningPanicDefers, 1, __ATOMIC_SEQ_CST);
  printpanics(g->panic);
  dopanic(0);
}

static void recovery(G *gp) {
  Defer *d;

  // Rewind gp's stack; we're running on m->g0's stack.
  d = gp->defer;
  gp->defer = d->link;

  // Unwind to the stack frame with d's arguments in it.
  unwindstack(gp, d->argp);
#ifdef GORT_RACE
  raceunwind(d->racedepth);  // PORT: TSan's shadow stack too (race.h)
#endif

  // Make the deferproc for this d return again,
  // this time returning 1.  The calling function will
  // jump to the standard return epilogue.
  // PORT: deferproc's frame is rebuilt as mcall's, just below the
  // deferring frame's sp: the callee-saved registers, then deferproc's
  // return address; mcallresume pops them and returns there.
  uintptr *frame = (uintptr *)d->argp - (DEFER_NREGS + 1);
  // PORT: the frames unwound may have left ASan's marks on the segment
  // below the deferring frame (asan.h).
  byte *lo = gp->stackguard - StackGuard - StackSystem;
  asanunpoison(lo, (byte *)d->argp - lo);
  for (int32 i = 0; i < DEFER_NREGS; i++)
    frame[i] = d->regs[i];
  frame[DEFER_NREGS] = (uintptr)d->pc;
  gp->sched.sp = (byte *)frame;
  gp->sched.pc = (byte *)mcallresume;
  free(d);
  gogo(&gp->sched, 1);
}

// PORT: the seed's recover(argp) identified the caller's frame by its
// argument pointer; on the C ABI the compiler passes the caller's return
// address. The caller is a deferred call that panic made exactly when it
// returns where split bodies return (reflectcall's call) and its Stktop
// was marked by that panic. Cannot split the stack (the seed's textflag
// 7): it reads its caller's segment as g->stackbase.
NOSPLIT Eface gorecover(void *retaddr) {
  Stktop *top, *oldtop;
  Panic *p;
  G *g = getg();

  // Must be a panic going on.
  if ((p = g->panic) == nil || p->recovered)
    goto nomatch;

  // The caller must have been called by reflectcall (or have split its
  // stack on entry: see below), which returns at lessstackpc.
  if (retaddr != lessstackpc)
    goto nomatch;

  // The deferred call makes a new Stktop for its frame, but the function
  // might have made its own segment immediately, if its frame did not
  // fit. If that's the case, back top up to the older one, the one that
  // reflect.call would have made for the panic.
  //
  // The argp comparison here checks that the argument
  // frame that was copied during the split
  // abuts the old top of stack.
  top = (Stktop *)g->stackbase;
  oldtop = (Stktop *)top->stackbase;
  if (!top->panic && oldtop != nil &&
      top->argp == stktopargs(oldtop, top->argsize))
    top = oldtop;

  // Now we have the segment that was created to
  // run this call.  It must have been marked as a panic segment.
  if (!top->panic)
    goto nomatch;

  // Okay, this is the top frame of a deferred call
  // in response to a panic.  It can see the panic argument.
  p->recovered = 1;
  return p->arg;

nomatch:
  return Eface{nil, nil};
}

// PORT: the seed's names for panic and recover, which C++ keeps as
// keywords or library names (gdb: `break runtime.panic`).
void panic_(Eface e) GO(panic) __attribute__((alias("runtime.gopanic")));
Eface recover_(void *retaddr) GO(recover)
    __attribute__((alias("runtime.gorecover")));

// PORT: Go 1.19's `defer recover()` passes the deferring function's frame
// to recover (walk's ORECOVERFP); the seed's recovered nothing there. The
// thunk runs on the deferring function's segment (it cannot split) and
// passes that function's return address, saved by the defer statement.
// Only a call that deferreturn made (its Defer is still listed, started)
// recovers: one that panic made is too early, as a deferred recover's.
NOSPLIT Eface gorecoverdefer(void *args, void *retaddr) {
  Defer *d = getg()->defer;
  if (d == nil || !d->started || (void *)d->args != args)
    return Eface{nil, nil};
  return gorecover(retaddr);
}

}  // namespace runtime
