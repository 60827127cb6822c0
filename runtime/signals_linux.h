// signals_linux.h: the signal table (the seed's signals_linux.h): what the
// runtime does with each signal and the name a crash prints.
#ifndef GORT_SIGNALS_LINUX_H
#define GORT_SIGNALS_LINUX_H

namespace runtime {

enum {
  SigCatch = 1 << 0,   // install the runtime's handler
  SigPanic = 1 << 1,   // a fault in Go code becomes a run-time panic
};

struct SigTab {
  int32 flags;
  const char *name;
};

static SigTab const sigtab[] = {
    /* 0 */ {0, "SIGNONE: no trap"},
    /* 1 */ {0, "SIGHUP: terminal line hangup"},
    /* 2 */ {0, "SIGINT: interrupt"},
    // PORT: Go 1.19's SIGQUIT throws: every goroutine's frames, exit 2.
    /* 3 */ {SigCatch, "SIGQUIT: quit"},
    /* 4 */ {SigCatch, "SIGILL: illegal instruction"},
    /* 5 */ {SigCatch, "SIGTRAP: trace trap"},
    /* 6 */ {0, "SIGABRT: abort"},
    /* 7 */ {SigCatch | SigPanic, "SIGBUS: bus error"},
    /* 8 */ {SigCatch | SigPanic, "SIGFPE: floating-point exception"},
    /* 9 */ {0, "SIGKILL: kill"},
    /* 10 */ {0, "SIGUSR1: user-defined signal 1"},
    /* 11 */ {SigCatch | SigPanic, "SIGSEGV: segmentation violation"},
    /* 12 */ {0, "SIGUSR2: user-defined signal 2"},
    /* 13 */ {0, "SIGPIPE: write to broken pipe"},
    /* 14 */ {0, "SIGALRM: alarm clock"},
    /* 15 */ {0, "SIGTERM: termination"},
    /* 16 */ {0, "SIGSTKFLT: stack fault"},
    /* 17 */ {0, "SIGCHLD: child status has changed"},
    /* 18 */ {0, "SIGCONT: continue"},
    /* 19 */ {0, "SIGSTOP: stop, unblockable"},
    /* 20 */ {0, "SIGTSTP: keyboard stop"},
    /* 21 */ {0, "SIGTTIN: background read from tty"},
    /* 22 */ {0, "SIGTTOU: background write to tty"},
    // PORT: Go 1.14: sysmon's preemption signal (preemptM); others are
    // ignored, as Go ignores them.
    /* 23 */ {SigCatch, "SIGURG: urgent condition on socket"},
};

static inline const char *signame(int32 sig) {
  return sig >= 0 && sig < (int32)nelem(sigtab) ? sigtab[sig].name : "signal";
}

}  // namespace runtime

#endif
