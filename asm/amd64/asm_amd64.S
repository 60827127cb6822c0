// asm_amd64.S: context switches and call trampolines for amd64 (SysV ELF).
// The seed's asm_amd64.s, on the C ABI: no policy here, only saving and
// restoring state. Offsets come from asm_amd64.h.
//
// Every switch of the running g also writes that g's stackguard into the
// thread's split-stack limit word, %fs:TLS_STACKLIMIT, and a switch ends
// with an indirect jmp, never a ret into the other context.
//
// Callee-saved registers of the C ABI: rbx rbp r12 r13 r14 r15. A context
// saved by mcall keeps them on its own stack, just below gobuf.sp:
//
//   sched.sp+48  return address into mcall's caller
//   sched.sp+40  rbp
//   sched.sp+32  rbx
//   sched.sp+24  r12
//   sched.sp+16  r13
//   sched.sp+8   r14
//   sched.sp+0   r15

#include "asm_amd64.h"

// reg = the running g / m (clobbers nothing else)
#define GET_G(reg) movq runtime.g@gottpoff(%rip), reg; movq %fs:(reg), reg
#define GET_M(reg) movq runtime.m@gottpoff(%rip), reg; movq %fs:(reg), reg
// the running g = greg and the limit word = greg->stackguard; clobbers tmp
#define SET_G(greg, tmp) \
	movq runtime.g@gottpoff(%rip), tmp; movq greg, %fs:(tmp); \
	movq g_stackguard(greg), tmp; movq tmp, %fs:TLS_STACKLIMIT

.macro FUNC name
	.text
	.globl \name
	.type \name, @function
	.p2align 4
\name:
	.cfi_startproc
.endm
.macro END name
	.cfi_endproc
	.size \name, .-\name
.endm

// Thread-local g and m (the seed kept them at fixed %fs offsets).
	.section .tbss,"awT",@nobits
	.globl runtime.g
	.type runtime.g, @object
	.p2align 3
runtime.g:
	.zero 8
	.size runtime.g, 8
	.globl runtime.m
	.type runtime.m, @object
	.p2align 3
runtime.m:
	.zero 8
	.size runtime.m, 8

// G *getg(void), M *getm(void)
FUNC runtime.getg
	GET_G(%rax)
	ret
END runtime.getg
FUNC runtime.getm
	GET_M(%rax)
	ret
END runtime.getm

// void setg(G *gp): rdi = gp; also sets the limit word.
FUNC runtime.setg
	SET_G(%rdi, %rax)
	ret
END runtime.setg

// void setm(M *mp): rdi = mp
FUNC runtime.setm
	movq	runtime.m@gottpoff(%rip), %rax
	movq	%rdi, %fs:(%rax)
	ret
END runtime.setm

// uintptr gosave(Gobuf *buf): rdi = buf. Saves the caller's sp and pc and
// the running g; returns 0. Saves no callee-saved register: the runtime
// never resumes a gosave'd context (mstart, entersyscall record only).
FUNC runtime.gosave
	leaq	8(%rsp), %rax		// caller's sp
	movq	%rax, gobuf_sp(%rdi)
	movq	(%rsp), %rax		// caller's pc
	movq	%rax, gobuf_pc(%rdi)
	GET_G(%rax)
	movq	%rax, gobuf_g(%rdi)
	xorl	%eax, %eax
	ret
END runtime.gosave

// void entersyscall(void): keeps the callee-saved registers in
// g->gcregs, where the collector finds a pointer that C code keeps in one
// during the system call, and the caller's sp and pc in g->syscallsp and
// syscallpc, where a traceback starts; then entersyscall1 (proc.cpp).
FUNC runtime.entersyscall
	GET_G(%rax)
	leaq	8(%rsp), %rcx
	movq	%rcx, g_syscallsp(%rax)
	movq	(%rsp), %rcx
	movq	%rcx, g_syscallpc(%rax)
	movq	%rbx, g_gcregs+0(%rax)
	movq	%rbp, g_gcregs+8(%rax)
	movq	%r12, g_gcregs+16(%rax)
	movq	%r13, g_gcregs+24(%rax)
	movq	%r14, g_gcregs+32(%rax)
	movq	%r15, g_gcregs+40(%rax)
	jmp	runtime.entersyscall1
END runtime.entersyscall

// void gogo(Gobuf *buf, uintptr rv): rdi = buf, rsi = rv.
// Restores the context in buf, with rv in rax.
FUNC runtime.gogo
	movq	gobuf_g(%rdi), %rdx
	ASAN_FIBER %rdx
	SET_G(%rdx, %rcx)
	movq	gobuf_sp(%rdi), %rsp	// restore sp
	movq	%rsi, %rax		// return value
	jmp	*gobuf_pc(%rdi)
END runtime.gogo

// void gogocall(Gobuf *buf, void (*fn)(void *)): rdi = buf, rsi = fn.
// Restores buf's g and sp, then calls fn(buf->sp) with buf->pc as its
// return address: a goroutine's first call, its argument block at sp.
FUNC runtime.gogocall
	movq	gobuf_g(%rdi), %rdx
	ASAN_FIBER %rdx
	SET_G(%rdx, %rcx)
	movq	gobuf_sp(%rdi), %rax
	movq	%rax, %rsp		// restore sp
	pushq	gobuf_pc(%rdi)		// return address
	movq	%rax, %rdi		// argument: the argument block
	jmp	*%rsi
END runtime.gogocall

// void mcall(void (*fn)(G *)): rdi = fn.
// Saves the running g's context in g->sched, switches to m->g0 and its
// stack and calls fn(g). fn must not return; gogo(&g->sched) resumes the
// caller of mcall.
FUNC runtime.mcall
	GET_G(%rax)
	GET_M(%rdx)
	cmpq	m_g0(%rdx), %rax	// mcall on g0 is a bug
	je	runtime.badmcall
	pushq	%rbp
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset rbp, 0
	pushq	%rbx
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset rbx, 0
	pushq	%r12
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset r12, 0
	pushq	%r13
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset r13, 0
	pushq	%r14
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset r14, 0
	pushq	%r15
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset r15, 0
	.cfi_remember_state
	leaq	.Lmcall_resume(%rip), %rcx
	movq	%rcx, g_sched+gobuf_pc(%rax)	// resume at .Lmcall_resume
	movq	%rsp, g_sched+gobuf_sp(%rax)	// with the registers above
	movq	%rax, g_sched+gobuf_g(%rax)
	movq	m_g0(%rdx), %rsi
	SET_G(%rsi, %rcx)			// g = m->g0
	movq	g_sched+gobuf_sp(%rsi), %rsp	// on g0's stack
	.cfi_undefined rip			// fn is the bottom frame
	ASAN_FIBER %rsi
	movq	%rdi, %rcx
	movq	%rax, %rdi			// fn(g)
	call	*%rcx
	jmp	runtime.badmcall2		// fn returned
.Lmcall_resume:
	.globl runtime.mcallresume		// recovery resumes deferproc here too
runtime.mcallresume:
	.cfi_restore_state
	popq	%r15
	.cfi_adjust_cfa_offset -8
	popq	%r14
	.cfi_adjust_cfa_offset -8
	popq	%r13
	.cfi_adjust_cfa_offset -8
	popq	%r12
	.cfi_adjust_cfa_offset -8
	popq	%rbx
	.cfi_adjust_cfa_offset -8
	popq	%rbp
	.cfi_adjust_cfa_offset -8
	popq	%rcx				// return address
	.cfi_adjust_cfa_offset -8
	.cfi_register rip, rcx
	jmp	*%rcx
END runtime.mcall

// int32 deferproc(int32 siz, void (*fn)(void *), void *argp): rdi rsi rdx.
// returns_twice: returns 0, and 1 again when a deferred call of the same
// frame recovered a panic. Hands deferproc1 the caller's sp after the call
// (the seed's argp), its frame pointer (which frame defers: callers keep
// frame pointers), its pc and the callee-saved registers, in mcall's
// order, for the second return (recovery builds an mcall frame of them).
.macro DEFERPROC name, record
FUNC \name
	leaq	8(%rsp), %rcx		// the caller's sp (the seed's argp)
	movq	%rbp, %r8		// the caller's frame
	movq	(%rsp), %r9		// the caller's pc
	pushq	%rbp
	.cfi_adjust_cfa_offset 8
	pushq	%rbx
	.cfi_adjust_cfa_offset 8
	pushq	%r12
	.cfi_adjust_cfa_offset 8
	pushq	%r13
	.cfi_adjust_cfa_offset 8
	pushq	%r14
	.cfi_adjust_cfa_offset 8
	pushq	%r15
	.cfi_adjust_cfa_offset 8
	movq	%rsp, %rax
	pushq	%rax			// regs[DEFER_NREGS], the 7th argument
	.cfi_adjust_cfa_offset 8
	call	\record	// (siz, fn, argp, sp, fp, pc, regs): 0
	addq	$56, %rsp
	.cfi_adjust_cfa_offset -56
	ret
END \name
.endm
DEFERPROC runtime.deferproc, runtime.deferproc1

// int32 deferprocstk(int32 siz, void *fn, void *argp): deferproc for a
// function called with the block as its argument area (registers first,
// then stack: see reflectcallstk), a deferred func value.
DEFERPROC runtime.deferprocstk, runtime.deferprocstk1

// void deferreturn(void): called at every exit of a function that defers.
// Runs the deferred calls of the caller's frame (its frame pointer), one at
// a time: each returns to the caller's call of deferreturn, which runs the
// next, so a long chain of defers does not grow the stack.
FUNC runtime.deferreturn
	movq	%rbp, %rdi		// the caller's frame
	subq	$8, %rsp		// the C ABI's alignment
	.cfi_adjust_cfa_offset 8
	call	runtime.deferreturn1	// the Defer to run now, or nil
	addq	$8, %rsp
	.cfi_adjust_cfa_offset -8
	testq	%rax, %rax
	jz	1f
	movq	defer_fn(%rax), %rdi
	leaq	defer_args(%rax), %rsi
	jmp	runtime.jmpdefer
1:
	ret
END runtime.deferreturn

// void jmpdefer(void (*fn)(void *), void *args): rdi rsi. Entered by a
// jump from deferreturn, so [rsp] is the return address into the function
// whose deferred call this is. Calls fn(args) as if from there, returning
// to the 5-byte call of deferreturn just before that address.
FUNC runtime.jmpdefer
	subq	$5, (%rsp)		// return to the call of deferreturn
	movq	%rdi, %rax
	movq	%rsi, %rdi
	jmp	*%rax
END runtime.jmpdefer

// int32 asmcgocall(void (*fn)(void *), void *arg): rdi = fn, rsi = arg.
// Calls fn(arg) on m->g0's stack (the thread's own), where C code may use
// as much stack as it likes, and returns its result. Called on g0 already
// (thread start), it just calls fn.
//
// g0 stack frame while fn runs:
//   rsp+8  caller's sp
//   rsp+0  caller's g
FUNC runtime.asmcgocall
	movq	%rdi, %rax		// fn
	movq	%rsi, %rdi		// its argument
	GET_G(%r8)
	GET_M(%r9)
	movq	m_g0(%r9), %r10
	cmpq	%r10, %r8
	jne	1f
	jmp	*%rax			// on g0 already: tail call
1:
	movq	%rsp, %rdx
	movq	%rsp, g_sched+gobuf_sp(%r8)	// for tracebacks of a g in C
	movq	(%rsp), %rcx
	movq	%rcx, g_sched+gobuf_pc(%r8)
	movq	%r8, g_sched+gobuf_g(%r8)
	SET_G(%r10, %rcx)
	movq	g_sched+gobuf_sp(%r10), %rsp
	andq	$~15, %rsp		// the C ABI's alignment
	ASAN_FIBER %r10
	pushq	%rdx			// caller's sp
	pushq	%r8			// caller's g
	// unwind through the saved sp: CFA = *(rsp+8) + 8
	.cfi_escape 0x0f, 0x05, 0x77, 0x08, 0x06, 0x23, 0x08
	call	*%rax
	popq	%r8
	.cfi_escape 0x0f, 0x05, 0x77, 0x00, 0x06, 0x23, 0x08 /* *(rsp)+8 */
	ASAN_FIBER %r8
	SET_G(%r8, %rcx)
	popq	%rsp			// back on the caller's stack
	.cfi_def_cfa rsp, 8
	ret
END runtime.asmcgocall

// The bottom of every goroutine's stack. gogocall gives a goroutine's
// entry function runtime.goexit as its return address; unwinders look up a
// return address minus one, which lands on this nop, and its description
// says there is no caller: a goroutine's backtrace ends at its entry.
FUNC runtime.gostart
	.cfi_undefined rip
	nop
END runtime.gostart
// void goexit(void): entered by the ret of a goroutine's entry function
// (so 8 bytes off the C ABI's alignment), or called. Ends the goroutine.
	.globl runtime.goexit
	.type runtime.goexit, @function
runtime.goexit:				// no padding after gostart's nop
	.cfi_startproc
	.cfi_undefined rip
	andq	$~15, %rsp
	call	runtime.goexit1
	ud2
END runtime.goexit

// void sigtramp(int sig, siginfo_t *info, void *ctx): rdi rsi rdx. The
// handler libc calls, on the m's signal stack. The runtime's C++ is split-
// stack code and the limit word still holds the interrupted g's guard, so
// the handler runs with limit 0 (never split), which is restored after.
FUNC runtime.sigtramp
	pushq	%rbx
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset rbx, 0
	movq	%fs:TLS_STACKLIMIT, %rbx
	movq	$0, %fs:TLS_STACKLIMIT
	call	runtime.sighandler
	movq	%rbx, %fs:TLS_STACKLIMIT
	popq	%rbx
	.cfi_adjust_cfa_offset -8
	ret
END runtime.sigtramp

// uintptr *stacklimitaddr(void): the address of this thread's limit word
// (glibc's TCB holds its own address at %fs:0), for sysmon to poison.
FUNC runtime.stacklimitaddr
	movq	%fs:0, %rax
	addq	$TLS_STACKLIMIT, %rax
	ret
END runtime.stacklimitaddr

// void asyncPreempt(void): Go 1.14's, made to be called by the SIGURG
// handler (sigctxtpreempt) at any instruction of Go code: the return
// address is below the interrupted code's red zone, so it returns with
// ret $ASYNC_PREEMPT_REDZONE. Saves the flags, every integer register and
// the x87/SSE state (fxsave: x87, mxcsr, xmm0-15) on the goroutine's stack,
// calls asyncPreempt2 with the C ABI's empty x87 stack and clear direction
// flag, and restores them all. A signal frame for unwinders: the caller
// was interrupted, not calling. Its CFA is based on rbp, the frame
// register the runtime's traceback follows.
//
//   rbp+136+128  the interrupted rsp (the CFA)
//   rbp+128      the interrupted rip
//   rbp+120      rflags
//   rbp+0..112   rax rcx rdx rbx rbp rsi rdi r8-r15, last pushed lowest
//   below        fxsave's 512 bytes, 16-aligned
FUNC runtime.asyncPreempt
	.cfi_signal_frame
	.cfi_def_cfa rsp, 8+ASYNC_PREEMPT_REDZONE
	.cfi_offset rip, -(8+ASYNC_PREEMPT_REDZONE)
	pushfq
	.cfi_adjust_cfa_offset 8
	pushq	%rax
	.cfi_adjust_cfa_offset 8
	pushq	%rcx
	.cfi_adjust_cfa_offset 8
	pushq	%rdx
	.cfi_adjust_cfa_offset 8
	pushq	%rbx
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset rbx, 0
	pushq	%rbp
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset rbp, 0
	pushq	%rsi
	.cfi_adjust_cfa_offset 8
	pushq	%rdi
	.cfi_adjust_cfa_offset 8
	pushq	%r8
	.cfi_adjust_cfa_offset 8
	pushq	%r9
	.cfi_adjust_cfa_offset 8
	pushq	%r10
	.cfi_adjust_cfa_offset 8
	pushq	%r11
	.cfi_adjust_cfa_offset 8
	pushq	%r12
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset r12, 0
	pushq	%r13
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset r13, 0
	pushq	%r14
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset r14, 0
	pushq	%r15
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset r15, 0
	movq	%rsp, %rbp
	.cfi_def_cfa_register rbp
	andq	$~15, %rsp
	subq	$512, %rsp
	fxsave64 (%rsp)
	fninit				// the C ABI's empty x87 stack
	cld
	call	runtime.asyncPreempt2
	fxrstor64 (%rsp)
	movq	%rbp, %rsp
	.cfi_def_cfa_register rsp
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%r11
	popq	%r10
	popq	%r9
	popq	%r8
	popq	%rdi
	popq	%rsi
	popq	%rbp
	popq	%rbx
	popq	%rdx
	popq	%rcx
	popq	%rax
	popfq
	ret	$ASYNC_PREEMPT_REDZONE
END runtime.asyncPreempt

// void *getcallerpc(void *argp): rdi = argp, the address just above a
// return address (a goroutine's argument block). Returns that address.
FUNC runtime.getcallerpc
	movq	-8(%rdi), %rax
	ret
END runtime.getcallerpc

// void procyield(uint32 cycles): spin, politely, for cycles pauses.
FUNC runtime.procyield
1:
	pause
	subl	$1, %edi
	jnz	1b
	ret
END runtime.procyield

// void breakpoint(void)
FUNC runtime.breakpoint
	int3
	ret
END runtime.breakpoint

// The gdb extension (.debug_gdb_scripts).
#include "gdb/gdbscripts.S"

	.section .note.GNU-stack,"",@progbits
