// signal_linux_386.cpp: the 386 register context, for
// signal_linux.cpp (the seed's signal_linux_386.c).
#include <ucontext.h>

#include "signal_linux.h"

namespace runtime {

uintptr sigctxtpc(void *ctx) {
  return ((ucontext_t *)ctx)->uc_mcontext.gregs[REG_EIP];
}

void sigctxtcall(void *ctx, uintptr fn) {
  greg_t *r = ((ucontext_t *)ctx)->uc_mcontext.gregs;

  // Only push the call if r->eip != 0.
  // If r->eip == 0, probably panicked because of a
  // call to a nil func.  Not pushing that onto sp will
  // make the trace look like a call to sigpanic instead.
  // (Otherwise the trace will end at sigpanic and we
  // won't get to see who faulted.)
  uintptr *sp = (uintptr *)r[REG_ESP];
  if (r[REG_EIP] != 0)
    *--sp = r[REG_EIP];
  r[REG_ESP] = (greg_t)sp;
  r[REG_EIP] = (greg_t)fn;
}

uintptr sigctxtsp(void *ctx) {
  return ((ucontext_t *)ctx)->uc_mcontext.gregs[REG_ESP];
}

bool sigctxtpreempt(void *ctx) {
  greg_t *r = ((ucontext_t *)ctx)->uc_mcontext.gregs;
  uintptr *sp = (uintptr *)r[REG_ESP];

  *--sp = r[REG_EIP];
  r[REG_ESP] = (greg_t)sp;
  r[REG_EIP] = (greg_t)asyncPreempt;
  return true;
}

void sigreturntls() GO(sigreturntls);  // asm_386.S

// PORT: qemu-i386 (7.2, where the kernel cannot run 32-bit programs) keeps
// one GDT for all of a program's threads: returning from a signal handler
// reloads %gs from the TLS entry that the thread created or repaired last
// wrote, so the thread may resume with another thread's TLS (its g and m).
// So every return from the handler goes through sigreturntls, which finds
// %gs:0 (the TCB's address of itself) as this thread's or puts it back
// first; on a kernel the check is all it costs. It needs two words below
// the interrupted esp: this thread's TCB address and the pc to resume.
void sigctxtreturn(void *ctx) {
  greg_t *r = ((ucontext_t *)ctx)->uc_mcontext.gregs;
  uintptr *sp = (uintptr *)r[REG_ESP];

  *--sp = r[REG_EIP];
  *--sp = (uintptr)stacklimitaddr() - TLS_STACKLIMIT;  // the TCB
  r[REG_ESP] = (greg_t)sp;
  r[REG_EIP] = (greg_t)sigreturntls;
}

}  // namespace runtime
