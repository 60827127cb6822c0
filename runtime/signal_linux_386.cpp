// signal_linux_386.cpp: the 386 register context, for
// signal_linux.cpp (the seed's signal_linux_386.c).
#include <signal.h>
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

uintptr sigctxtfp(void *ctx) {
  return ((ucontext_t *)ctx)->uc_mcontext.gregs[REG_EBP];
}

uintptr sigctxtlr(void *ctx) {
  (void)ctx;
  return 0;
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
// first, then unblocks the signals (the handler returns with all blocked);
// on a kernel the check and that system call are all it costs. It needs
// four words below the interrupted esp: this thread's TCB address, the
// interrupted signal mask and the pc to resume.
//
// qemu-i386 also saves the interrupted x87 registers only in the frame's
// fsave-format half and, the frame saying it has the fxsave half too,
// restores them from that (zeros): a float held in st0 across the signal
// (a result on its way back) is lost. So the x87 registers are copied
// into the fxsave half first; a kernel has written both halves alike.
struct Fsave {  // Linux's struct _fpstate_32, the fsave half
  uint32 cw, sw, tag, ipoff, cssel, dataoff, datasel;
  byte st[8][10];
  uint16 status, magic;  // magic 0: the fxsave half follows
};
struct Fxsave {  // the fxsave image
  uint16 cwd, swd;
  uint8 ftw, pad;
  uint16 fop;
  uint32 fip, fcs, foo, fos, mxcsr, mxcsr_mask;
  byte st[8][16];
};
static_assert(sizeof(Fsave) == 112, "struct _fpstate_32");

static void fxsavefromfsave(void *fpregs) {
  Fsave *f = (Fsave *)fpregs;
  if (f == nil || f->magic != 0)
    return;
  Fxsave *fx = (Fxsave *)(f + 1);
  fx->cwd = (uint16)f->cw;
  fx->swd = (uint16)f->sw;
  fx->ftw = 0;  // abridged: a bit per register that is not empty (tag 3)
  for (int32 i = 0; i < 8; i++)
    if (((f->tag >> (2 * i)) & 3) != 3)
      fx->ftw |= 1 << i;
  for (int32 i = 0; i < 8; i++)
    mcpy(fx->st[i], f->st[i], 10);
}

void sigctxtreturn(void *ctx) {
  greg_t *r = ((ucontext_t *)ctx)->uc_mcontext.gregs;
  uintptr *sp = (uintptr *)r[REG_ESP];

  fxsavefromfsave(((ucontext_t *)ctx)->uc_mcontext.fpregs);

  // The interrupted signal mask goes on the stack too, and the handler
  // returns with every signal blocked: one delivered inside sigreturntls,
  // before %gs is right, would run its handler with another thread's g.
  uint32 *mask = (uint32 *)&((ucontext_t *)ctx)->uc_sigmask;
  *--sp = r[REG_EIP];
  *--sp = mask[1];
  *--sp = mask[0];
  *--sp = (uintptr)stacklimitaddr() - TLS_STACKLIMIT;  // the TCB
  sigfillset(&((ucontext_t *)ctx)->uc_sigmask);
  r[REG_ESP] = (greg_t)sp;
  r[REG_EIP] = (greg_t)sigreturntls;
}

// Go 1.19's dumpregs (signal_386.go).
void dumpregs(void *ctx) {
  static const struct { const char *name; int reg; } regs[] = {
      {"eax    ", REG_EAX}, {"ebx    ", REG_EBX}, {"ecx    ", REG_ECX},
      {"edx    ", REG_EDX}, {"edi    ", REG_EDI}, {"esi    ", REG_ESI},
      {"ebp    ", REG_EBP}, {"esp    ", REG_ESP}, {"eip    ", REG_EIP},
      {"eflags ", REG_EFL}, {"cs     ", REG_CS},  {"fs     ", REG_FS},
      {"gs     ", REG_GS}};
  greg_t *r = ((ucontext_t *)ctx)->uc_mcontext.gregs;
  for (auto &x : regs)
    printf("%s%X\n", x.name, (uint64)(uint32)r[x.reg]);
}

}  // namespace runtime
