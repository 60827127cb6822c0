/* asm_arm.h: the numbers arm assembly and C++ share. Included by the .S
 * files and by runtime.h; runtime/asmoffsets.cpp static_asserts every
 * offset against the C++ structs. No literal offset appears in a .S file. */
#ifndef GORT_ASM_ARM_H
#define GORT_ASM_ARM_H

#define PTRSIZE 4
#define STACK_ALIGN 8
/* Distance of the limit word above a segment's end (see asm_amd64.h). */
#define STACK_GUARD 1024

/* LLVM's split-stack prologue compares sp with this thread-local word:
 * [TPIDRURO + 4]. */
#define TLS_STACKLIMIT 4

/* Go's StackPreempt (uintptrMask & -1314 = 0xfffffade): sysmon's poison
 * for the limit word, above every stack pointer. Not an A32 immediate:
 * the assembly loads it from a literal pool. */
#define STACK_PREEMPT (-1314)

/* asyncPreempt (asm_arm.S): the most stack it and what it calls use below
 * the interrupted sp. The handler's 8 bytes (lr, pc), r0-r12 (52), APSR
 * and FPSCR (8), d0-d15 (128): 196; realigning sp to 8: 4; asyncPreempt2
 * tail-calls mcall today (0; 8 if it ever pushes {r11, lr}); mcall's
 * r4-r11, lr and d8-d15: 100. At most 308, rounded up; well under
 * STACK_GUARD (1024), so isAsyncSafePoint refuses only a goroutine already
 * deep in its segment's guard area. */
#define ASYNC_PREEMPT_FRAME 384

/* struct G */
#define g_stackguard 0
#define g_stackbase 4
#define g_sched 16
#define g_gcregs 112
#define g_syscallsp 144
#define g_syscallpc 148
#define g_ispanic 73
/* struct Gobuf */
#define gobuf_sp 0
#define gobuf_pc 4
#define gobuf_g 8
/* struct M */
#define m_g0 0
#define m_morepc 4
#define m_moreargp 8
#define m_morebuf 12
#define m_moreframesize 24
#define m_moreargsize 28
#define m_cret 32
#define m_curg 52
#define m_hotseg 128
#define m_hotsegsize 132
/* struct Defer */
#define defer_fn 16
#define defer_args 128
#define DEFER_NREGS 24  /* d8-d15 (16 words), r4-r11: as mcall saves them */
/* struct Stktop */
#define stktop_stackguard 0
#define stktop_stackbase 4
#define stktop_gobuf 8
#define stktop_argsize 20
#define stktop_argp 24
#define stktop_free 28
#define stktop_panic 32
#define stktop_total 36
#define STKTOP_SIZE 40
/* What a split adds to the frame: StackExtra + StackGuard + StackSystem */
#define SPLIT_EXTRA (1024 + STACK_GUARD)

/* __morestack's save area on the old stack, below the saved r11 and lr:
 * r0-r3 and d0-d7 are arguments on the way in and results on the way out
 * (through lessstack), with the callee-saved r4-r10 and d8-d15; then the
 * body's address. */
#define MORE_SAVE 184
#define more_r0 0       /* r0-r3 */
#define more_d0 16      /* d0-d7 */
#define more_r4 80      /* r4-r10, out */
#define more_d8 112     /* d8-d15, out */
#define more_pc 176     /* the body to call (m->morepc) */
#define more_r4in 80    /* in, a preemption request's path: r4 (F's frame */
#define more_r5in 84    /* size) and r5 (its argument bytes), over more_r4 */
/* The slots of each way, (offset, bytes), which asmoffsets.cpp checks lie
 * inside the area without overlapping. LLVM returns results in r0-r3 and
 * s0-s15 = d0-d7 (RetCC_ARM_AAPCS_VFP): all of them come back. */
#define MORE_SLOTS_IN(X) X(more_r0, 16) X(more_d0, 64) X(more_pc, 4) \
  X(more_r4in, 4) X(more_r5in, 4)
#define MORE_SLOTS_OUT(X) X(more_r0, 16) X(more_d0, 64) X(more_r4, 28) \
  X(more_d8, 64)

#endif
