// signal_linux.cpp: signals on Linux, for every architecture (the seed's
// signal_linux_<arch>.c, less the register context, which
// signal_linux_<arch>.cpp reads and writes): installing the handler, each
// m's signal stack, and turning a fault in Go code into a run-time panic
// by making it look like a call to sigpanic.
#include <pthread.h>
#include <signal.h>
#include <sys/time.h>
#include <string.h>
#include <unistd.h>

#include "runtime.h"
#ifdef GORT_RACE
#include <dlfcn.h>
#endif
#include "signal_linux.h"
#include "signals_linux.h"

namespace runtime {

void sigtramp(int32 sig, siginfo_t *info, void *ctx) GO(sigtramp);  // asm
void sigpanic() GO(sigpanic);

void sighandler(int32 sig, siginfo_t *info, void *context) GO(sighandler);
[[noreturn]] static void sigthrow(int32 sig, siginfo_t *info, void *context,
                                  G *gp);

// doSigPreempt handles a preemption signal on gp: if the goroutine wants
// to be preempted and is at an asynchronous safe point, it injects a call
// to asyncPreempt; otherwise sysmon asks again.
static void doSigPreempt(G *gp, void *ctx) {
  if (wantAsyncPreempt(gp) &&
      isAsyncSafePoint(gp, sigctxtpc(ctx), sigctxtsp(ctx)))
    sigctxtpreempt(ctx);
}

// preemptM sends a preemption request to mp (Go 1.14's signal_unix.go),
// unless one is still on its way: stoptheworld asks every 100us. libc on
// g0 (sysmon is there already; stoptheworld is on a goroutine's stack).
static void ctgkill(void *mp) {
  tgkill(getpid(), (pid_t)((M *)mp)->procid, SIGURG);
}

void preemptM(M *mp) {
  if (cas(&mp->signalPending, 0, 1))
    asmcgocall(ctgkill, mp);
}

void sighandler(int32 sig, siginfo_t *info, void *context) {
  uintptr addr = (uintptr)info->si_addr;
  M *m = getm();
  G *gp = getg();

  // PORT: Go 1.14: sysmon's request to stop (preemptM); any other SIGURG
  // is ignored too.
  if (sig == SIGURG) {
    if (m != nil && gp != nil)
      doSigPreempt(gp, context);
    if (m != nil)  // Go 1.14: acknowledge the preemption signal
      atomicstore(&m->signalPending, 0);
    sigctxtreturn(context);
    return;
  }

  if (sig == SIGPROF) {
    if (m != nil && gp != nil)  // PORT: not a thread of the runtime's
      sigprof((uint8 *)sigctxtpc(context), (uint8 *)sigctxtsp(context),
              (uint8 *)sigctxtlr(context), (uint8 *)sigctxtfp(context), gp);
    sigctxtreturn(context);
    return;
  }

  // A fault in a goroutine that Go reports as a run-time error: a nil
  // dereference (an address in the first page) or an arithmetic trap.
  bool gofault = sig == SIGFPE || ((sig == SIGSEGV || sig == SIGBUS) &&
                                   addr < 0x1000);
  if (m != nil && gp != nil && gp != m->g0 && gp != m->gsignal &&
      (sigtab[sig].flags & SigPanic) && gofault) {
    // Make it look like a call to the signal func.
    // Have to pass arguments out of band since
    // augmenting the stack frame would break
    // the unwinding code.
    gp->sig = sig;
    gp->sigcode0 = info->si_code;
    gp->sigcode1 = addr;
    gp->sigpc = sigctxtpc(context);
    sigctxtcall(context, (uintptr)sigpanic);
    sigctxtreturn(context);
    return;
  }

  // PORT: Go 1.19's words for a fault that is not a run-time error
  // (the guard page below a segment, a wild pointer, runtime code).
  if (m == nil) {  // not one of ours: no m to panic with
    printf("fatal error: unexpected signal on a foreign thread\n");
    exit(2);
  }
  m->throwing = ThrowRuntime;
  startpanic();
  if (sig == SIGSEGV || sig == SIGBUS) {
    printf("unexpected fault address %p\nfatal error: fault\n", (void *)addr);
    printf("[signal %s code=%p addr=%p pc=%p]\n", signame(sig),
           (void *)(uintptr)info->si_code, (void *)addr,
           (void *)sigctxtpc(context));
    dopanic(0);
  }
  sigthrow(sig, info, context, gp);
}

// Go 1.19's sighandler for a signal that throws (SIGQUIT, a breakpoint):
// its name, where, which m, the kernel's code; the interrupted goroutine
// and the others (a throw's: runtime frames too), its registers; exit 2 or
// crash.
// PORT: with GOTRACEBACK=crash no relay of the signal to each m to print
// its running goroutine.
static void sigthrow(int32 sig, siginfo_t *info, void *context, G *gp) {
  bool docrash;
  printf("%s\nPC=%p m=%d sigcode=%d\n\n", signame(sig),
         (void *)sigctxtpc(context), getm()->id, (int32)info->si_code);
  if (gotraceback(nil, &docrash) > 0) {
    goroutineheader(gp);
    tracebacktrap(sigctxtpc(context), sigctxtsp(context), sigctxtfp(context),
                  sigctxtlr(context), gp);
    tracebackothers(gp);
    printf("\n");
    dumpregs(context);
  }
  if (docrash)
    crash();
  exit(2);
}

#ifdef GORT_RACE
// PORT: under -race, libc's sigaction, past ThreadSanitizer's: TSan holds
// back a signal that lands outside libc until the thread next calls into
// it, which a spinning goroutine never does, and gives the handler a copy
// of the context, which a preemption could not redirect.
static int sigaction_(int sig, const struct sigaction *sa,
                      struct sigaction *old) {
  static int (*libc)(int, const struct sigaction *, struct sigaction *);
  if (libc == nil)
    libc = (decltype(libc))dlsym(RTLD_NEXT, "sigaction");
  return libc(sig, sa, old);
}
#define sigaction(sig, sa, old) sigaction_(sig, sa, old)
#endif

// The seed's sigaction (signal_linux_<arch>.c): fn is the handler, or
// SIG_IGN; restarting system calls. libc: on g0, or on a goroutine's
// stack below a NOSPLIT caller with room (resetcpuprofiler).
static void setsig(int32 i, void (*fn)(int32, siginfo_t *, void *)) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = (void (*)(int, siginfo_t *, void *))fn;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESTART;
  sigfillset(&sa.sa_mask);
  sigaction(i, &sa, nil);
}

// Runs on g0 (rt0's main): the handler for every signal the table catches.
void initsig() {
  for (int32 i = 0; i < (int32)nelem(sigtab); i++)
    if (sigtab[i].flags & SigCatch)
      setsig(i, sigtramp);
}

// The seed era's resetcpuprofiler (thread_linux.c): SIGPROF every 1/hz s
// of the process's cpu time, handled while on. PORT: ITIMER_PROF is the
// process's, not the thread's, on Linux (NPTL), so each m that resets it
// restarts the one interval, as in Go 1.0; the kernel signals the thread
// that was running when it expired.
struct ResetArgs {
  int32 hz;
};

static void creset(void *v) {
  int32 hz = ((ResetArgs *)v)->hz;
  struct itimerval it;
  memset(&it, 0, sizeof it);
  if (hz == 0) {
    setitimer(ITIMER_PROF, &it, nil);
    signal(SIGPROF, SIG_IGN);
  } else {
    setsig(SIGPROF, sigtramp);
    it.it_interval.tv_sec = 0;
    it.it_interval.tv_usec = 1000000 / hz;
    it.it_value = it.it_interval;
    setitimer(ITIMER_PROF, &it, nil);
  }
}

// The seed era's setprof (Go 1.0 had it on Darwin only): SIGPROF
// unblocked (on) or blocked in this thread. PORT: on Linux too, for the
// threads that sleep (notesleep, sysmon): ITIMER_PROF's signal is the
// process's, and when the running thread cannot take it at once (it is
// in another handler, SIGURG's) the kernel gives it to any thread that
// does not block it, whose sample then stands for another's CPU time.
// Blocked there, it waits for the running thread.
static void csetprof(void *on) {
  sigset_t s;
  sigemptyset(&s);
  sigaddset(&s, SIGPROF);
  pthread_sigmask(on != nil ? SIG_UNBLOCK : SIG_BLOCK, &s, nil);
}

void setprof(bool on) { asmcgocall(csetprof, on ? (void *)1 : nil); }

void resetcpuprofiler(int32 hz) {
  ResetArgs a = {hz};
  asmcgocall(creset, &a);
  getm()->profilehz = hz;
}

// Runs on g0 (minit): the m's own signal stack, and its signals unblocked
// (threads start with them blocked: cgo_linux.cpp).
void signalstack(byte *p, int32 n) {
  stack_t st;
  sigset_t none;
  st.ss_sp = p;
  st.ss_size = n;
  st.ss_flags = 0;
  sigaltstack(&st, nil);
  sigemptyset(&none);
  pthread_sigmask(SIG_SETMASK, &none, nil);
}

}  // namespace runtime
