// asm_arm.S: context switches and call trampolines for ARM (EABI, hard
// float, A32 code; Thumb-2 callers interwork through bx/blx). The seed's
// asm_arm.s, on the C ABI: no policy here, only saving and restoring
// state. Offsets come from asm_arm.h.
//
// Every switch of the running g also writes that g's stackguard into the
// thread's split-stack limit word, [TPIDRURO + TLS_STACKLIMIT].
//
// Arguments in r0-r3 (then the stack), results in r0-r1 (d0-d7 for
// floating point); callee-saved r4-r11 and d8-d15. A context saved by
// mcall keeps them on its own stack, just below gobuf.sp:
//
//   sched.sp+96  lr: where mcall's caller resumes
//   sched.sp+64  r4 .. r11
//   sched.sp+0   d8 .. d15

#include "asm_arm.h"

	.syntax unified
	.arm

// tp = the thread pointer (TPIDRURO)
.macro GET_TP tp
	mrc	p15, 0, \tp, c13, c0, 3
.endm
// reg = the running g / m; clobbers tmp (static TLS, local-exec)
.macro GET_G reg, tmp
	GET_TP	\tmp
	ldr	\reg, =runtime.g(tpoff)
	ldr	\reg, [\tmp, \reg]
.endm
.macro GET_M reg, tmp
	GET_TP	\tmp
	ldr	\reg, =runtime.m(tpoff)
	ldr	\reg, [\tmp, \reg]
.endm
// the running g = greg and the limit word = greg->stackguard
.macro SET_G greg, tmp1, tmp2
	GET_TP	\tmp1
	ldr	\tmp2, =runtime.g(tpoff)
	str	\greg, [\tmp1, \tmp2]
	ldr	\tmp2, [\greg, #g_stackguard]
	str	\tmp2, [\tmp1, #TLS_STACKLIMIT]
.endm

.macro FUNC name
	.text
	.globl \name
	.type \name, %function
	.p2align 2
\name:
	.cfi_startproc
.endm
.macro END name
	.cfi_endproc
	.ltorg
	.size \name, .-\name
.endm

	.section .tbss,"awT",%nobits
	.globl runtime.g
	.type runtime.g, %object
	.p2align 2
runtime.g:
	.zero 4
	.size runtime.g, 4
	.globl runtime.m
	.type runtime.m, %object
	.p2align 2
runtime.m:
	.zero 4
	.size runtime.m, 4

// G *getg(void), M *getm(void)
FUNC runtime.getg
	GET_G	r0, r1
	bx	lr
END runtime.getg
FUNC runtime.getm
	GET_M	r0, r1
	bx	lr
END runtime.getm

// void setg(G *gp): also sets the limit word.
FUNC runtime.setg
	SET_G	r0, r1, r2
	bx	lr
END runtime.setg

// void setm(M *mp)
FUNC runtime.setm
	GET_TP	r1
	ldr	r2, =runtime.m(tpoff)
	str	r0, [r1, r2]
	bx	lr
END runtime.setm

// void entersyscall(void): keeps the callee-saved registers r4-r11 in
// g->gcregs and the caller's sp and pc (lr) (see asm_amd64.S), then
// entersyscall1.
FUNC runtime.entersyscall
	GET_G	r0, r1
	str	sp, [r0, #g_syscallsp]
	str	lr, [r0, #g_syscallpc]
	add	r0, r0, #g_gcregs
	stm	r0, {r4-r11}
	b	runtime.entersyscall1
END runtime.entersyscall

// uintptr gosave(Gobuf *buf): r0 = buf. The caller's sp and pc (lr) and
// the running g; returns 0. Nothing resumes a gosave'd context.
FUNC runtime.gosave
	str	sp, [r0, #gobuf_sp]
	str	lr, [r0, #gobuf_pc]
	GET_G	r1, r2
	str	r1, [r0, #gobuf_g]
	mov	r0, #0
	bx	lr
END runtime.gosave

// void gogo(Gobuf *buf, uintptr rv): r0 = buf, r1 = rv.
FUNC runtime.gogo
	ldr	r2, [r0, #gobuf_g]
	SET_G	r2, r3, ip
	ldr	ip, [r0, #gobuf_sp]
	mov	sp, ip				// restore sp
	ldr	ip, [r0, #gobuf_pc]
	mov	r0, r1				// return value
	bx	ip
END runtime.gogo

// void gogocall(Gobuf *buf, void (*fn)(void *)): r0 = buf, r1 = fn.
// buf's g and sp, then fn(buf->sp) with buf->pc as its return address (lr).
FUNC runtime.gogocall
	ldr	r2, [r0, #gobuf_g]
	SET_G	r2, r3, ip
	ldr	ip, [r0, #gobuf_sp]
	mov	sp, ip
	ldr	lr, [r0, #gobuf_pc]		// return address
	mov	r0, ip				// fn's argument: the block at sp
	bx	r1
END runtime.gogocall

// void mcall(void (*fn)(G *)): r0 = fn. Saves g's context in g->sched,
// switches to m->g0 and its stack and calls fn(g), which must not return.
FUNC runtime.mcall
	GET_G	r1, r3
	GET_M	r2, r3
	ldr	r3, [r2, #m_g0]
	cmp	r1, r3				// mcall on g0 is a bug
	beq	runtime.badmcall
	push	{r4-r11, lr}
	.cfi_adjust_cfa_offset 36
	.cfi_rel_offset r11, 28		// for tracebacks of a parked g
	.cfi_rel_offset lr, 32
	vpush	{d8-d15}
	.cfi_adjust_cfa_offset 64
	.cfi_remember_state
	adr	r3, .Lmcall_resume
	str	r3, [r1, #g_sched+gobuf_pc]
	str	sp, [r1, #g_sched+gobuf_sp]
	str	r1, [r1, #g_sched+gobuf_g]
	ldr	r3, [r2, #m_g0]
	SET_G	r3, r4, r5			// g = m->g0
	ldr	ip, [r3, #g_sched+gobuf_sp]
	mov	sp, ip				// on g0's stack
	.cfi_undefined lr
	mov	r4, r0
	mov	r0, r1				// fn(g)
	blx	r4
	b	runtime.badmcall2		// fn returned
.Lmcall_resume:
	.globl runtime.mcallresume		// recovery resumes deferproc here too
runtime.mcallresume:
	.cfi_restore_state
	vpop	{d8-d15}
	pop	{r4-r11, lr}
	bx	lr
END runtime.mcall

// int32 deferproc(int32 siz, void (*fn)(void *), void *argp): r0 r1 r2.
// returns_twice: returns 0, and 1 again when a deferred call of the same
// frame recovered a panic. Hands deferproc1 the caller's sp (the seed's
// argp), its frame pointer (r11 in A32 code, r7 in Thumb-2: lr's bit 0
// says which), its pc and the callee-saved registers in mcall's order.
.macro DEFERPROC name, record
FUNC \name
	push	{r4-r11}
	.cfi_adjust_cfa_offset 32
	vpush	{d8-d15}			// regs[DEFER_NREGS] = sp
	.cfi_adjust_cfa_offset 64
	mov	r3, sp
	push	{r3, lr}
	.cfi_adjust_cfa_offset 8
	tst	lr, #1
	moveq	ip, r11
	movne	ip, r7
	sub	sp, sp, #16
	.cfi_adjust_cfa_offset 16
	str	ip, [sp]			// fp
	str	lr, [sp, #4]			// pc
	str	r3, [sp, #8]			// regs
	add	r3, sp, #120			// the caller's sp
	bl	\record		// (siz, fn, argp, sp, fp, pc, regs): 0
	add	sp, sp, #16
	.cfi_adjust_cfa_offset -16
	pop	{r3, lr}
	.cfi_adjust_cfa_offset -8
	add	sp, sp, #96
	.cfi_adjust_cfa_offset -96
	bx	lr
END \name
.endm
DEFERPROC runtime.deferproc, runtime.deferproc1

// int32 deferprocstk(int32 siz, void *fn, void *argp): deferproc for a
// function called with the block as its argument area (registers first,
// then stack: see reflectcallstk), a deferred func value.
DEFERPROC runtime.deferprocstk, runtime.deferprocstk1

// void deferreturn(void): runs the deferred calls of the caller's frame
// (its frame pointer), newest first.
// PORT: a loop, not the seed's jmpdefer (as on 386).
FUNC runtime.deferreturn
	push	{r4, lr}
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset r4, 0
	.cfi_rel_offset lr, 4
	tst	lr, #1
	moveq	r4, r11				// the caller's frame
	movne	r4, r7
1:
	mov	r0, r4
	bl	runtime.deferreturn1		// the Defer to run now, or nil
	cmp	r0, #0
	beq	2f
	ldr	r1, [r0, #defer_fn]
	add	r0, r0, #defer_args
	blx	r1				// fn(args)
	b	1b
2:
	pop	{r4, pc}
END runtime.deferreturn

// int32 asmcgocall(void (*fn)(void *), void *arg): r0 r1. fn(arg) on
// m->g0's stack (the thread's own), where C may use any amount of stack.
FUNC runtime.asmcgocall
	push	{r4-r6, lr}
	.cfi_adjust_cfa_offset 16
	.cfi_rel_offset r4, 0
	.cfi_rel_offset r5, 4
	.cfi_rel_offset r6, 8
	.cfi_rel_offset lr, 12
	mov	r4, r0				// fn
	mov	r5, r1				// arg
	GET_G	r6, r2
	GET_M	r3, r2
	ldr	r3, [r3, #m_g0]
	cmp	r3, r6
	bne	1f
	mov	r0, r5				// on g0 already: call directly
	blx	r4
	pop	{r4-r6, pc}
1:
	mov	r2, sp				// caller's sp
	str	r2, [r6, #g_sched+gobuf_sp]	// for tracebacks of a g in C
	str	r6, [r6, #g_sched+gobuf_g]
	SET_G	r3, r1, ip
	ldr	ip, [r3, #g_sched+gobuf_sp]
	bic	ip, ip, #7
	mov	sp, ip
	push	{r2, r6}			// caller's sp and g
	// unwind through the saved sp: CFA = *sp + 16
	.cfi_escape 0x0f, 0x05, 0x7d, 0x00, 0x06, 0x23, 0x10
	mov	r0, r5
	blx	r4
	pop	{r2, r6}
	SET_G	r6, r1, ip
	mov	sp, r2				// back on the caller's stack
	.cfi_def_cfa sp, 16
	pop	{r4-r6, pc}
END runtime.asmcgocall

// The bottom of every goroutine's stack (see asm_amd64.S).
FUNC runtime.gostart
	.cfi_undefined lr
	nop
END runtime.gostart
// void goexit(void): where a goroutine's entry function returns (its lr),
// or called. Ends the goroutine.
	.globl runtime.goexit
	.type runtime.goexit, %function
runtime.goexit:				// no padding after gostart's nop
	.cfi_startproc
	.cfi_undefined lr
	bic	ip, sp, #7
	mov	sp, ip
	bl	runtime.goexit1
	udf	#0
END runtime.goexit

// void sigtramp(int sig, siginfo_t *info, void *ctx): the handler libc
// calls, on the m's signal stack; runs sighandler with limit word 0.
FUNC runtime.sigtramp
	push	{r4, lr}
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset r4, 0
	.cfi_rel_offset lr, 4
	GET_TP	r3
	ldr	r4, [r3, #TLS_STACKLIMIT]
	mov	ip, #0
	str	ip, [r3, #TLS_STACKLIMIT]
	bl	runtime.sighandler
	GET_TP	r3
	str	r4, [r3, #TLS_STACKLIMIT]
	pop	{r4, pc}
END runtime.sigtramp

// uintptr *stacklimitaddr(void): the address of this thread's limit word,
// for sysmon to poison.
FUNC runtime.stacklimitaddr
	GET_TP	r0
	add	r0, r0, #TLS_STACKLIMIT
	bx	lr
END runtime.stacklimitaddr

// void asyncPreempt(void): Go 1.14's, made to be called by the SIGURG
// handler (sigctxtpreempt) at any instruction of Go code, A32 or Thumb-2:
// the handler stored the interrupted lr and pc (pc | 1 from Thumb-2 code)
// just below the interrupted sp (ARM has no red zone), and asyncPreempt
// returns with pop {lr}; pop {pc}, which interworks. It saves every other
// register on the goroutine's stack: r0-r12, the flags (APSR: NZCV, Q and
// GE) and the VFP state (FPSCR and d0-d15: code is built for VFPv3-D16,
// so no compiled code keeps a value in d16-d31), calls asyncPreempt2 with
// sp 8-aligned and restores them all. A signal frame for unwinders: the
// caller was interrupted, not calling; its pc is the return column (15)
// and its lr a register of its own. Its CFA is based on r11, the frame
// register the runtime's traceback follows.
//
//   CFA       the interrupted sp
//   CFA-4     the interrupted pc (| 1: Thumb-2)
//   CFA-8     the interrupted lr        <-- sp at entry
//   CFA-60    r0-r12
//   CFA-68    APSR, FPSCR
//   CFA-196   d0-d15                    <-- r11 (sp then goes to r11 & ~7)
FUNC runtime.asyncPreempt
	.cfi_signal_frame
	.cfi_return_column 15
	.cfi_def_cfa sp, 8
	.cfi_offset 15, -4
	.cfi_offset lr, -8
	push	{r0-r12}
	.cfi_adjust_cfa_offset 52
	.cfi_rel_offset r0, 0
	.cfi_rel_offset r1, 4
	.cfi_rel_offset r2, 8
	.cfi_rel_offset r3, 12
	.cfi_rel_offset r4, 16
	.cfi_rel_offset r5, 20
	.cfi_rel_offset r6, 24
	.cfi_rel_offset r7, 28
	.cfi_rel_offset r8, 32
	.cfi_rel_offset r9, 36
	.cfi_rel_offset r10, 40
	.cfi_rel_offset r11, 44
	.cfi_rel_offset r12, 48
	mrs	r0, APSR
	vmrs	r1, FPSCR
	push	{r0, r1}
	.cfi_adjust_cfa_offset 8
	vpush	{d0-d15}
	.cfi_adjust_cfa_offset 128
	.cfi_rel_offset d8, 64
	.cfi_rel_offset d9, 72
	.cfi_rel_offset d10, 80
	.cfi_rel_offset d11, 88
	.cfi_rel_offset d12, 96
	.cfi_rel_offset d13, 104
	.cfi_rel_offset d14, 112
	.cfi_rel_offset d15, 120
	mov	r11, sp
	.cfi_def_cfa_register r11
	bic	r0, sp, #7			// the interrupted sp may be 4 mod 8
	mov	sp, r0
	bl	runtime.asyncPreempt2
	mov	sp, r11
	.cfi_def_cfa_register sp
	vpop	{d0-d15}
	.cfi_adjust_cfa_offset -128
	pop	{r0, r1}
	.cfi_adjust_cfa_offset -8
	msr	APSR_nzcvqg, r0
	vmsr	FPSCR, r1
	pop	{r0-r12}
	.cfi_adjust_cfa_offset -52
	pop	{lr}				// the interrupted lr
	.cfi_adjust_cfa_offset -4
	.cfi_same_value lr
	pop	{pc}				// pc and state (ldr interworks)
END runtime.asyncPreempt

// void *getcallerpc(void *argp): the word just below argp (a caller's
// saved lr slot, in the seed's ARM frames).
FUNC runtime.getcallerpc
	ldr	r0, [r0, #-4]
	bx	lr
END runtime.getcallerpc

// void procyield(uint32 cycles)
FUNC runtime.procyield
1:
	yield
	subs	r0, r0, #1
	bne	1b
	bx	lr
END runtime.procyield

// void breakpoint(void): Linux's ARM breakpoint instruction (SIGTRAP).
FUNC runtime.breakpoint
	.inst	0xe7f001f0
	bx	lr
END runtime.breakpoint

// The gdb extension (.debug_gdb_scripts).
#include "gdb/gdbscripts.S"

	.section .note.GNU-stack,"",%progbits
