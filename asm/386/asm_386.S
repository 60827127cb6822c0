// asm_386.S: context switches and call trampolines for 386 (i386 SysV ELF,
// cdecl). The seed's asm_386.s, on the C ABI: no policy here, only saving
// and restoring state. Offsets come from asm_386.h.
//
// Every switch of the running g also writes that g's stackguard into the
// thread's split-stack limit word, %gs:TLS_STACKLIMIT, and a switch ends
// with an indirect jmp, never a ret into the other context.
//
// Arguments are on the stack ([esp+4] first at entry); esp+4 is 16-aligned
// at entry. Callee-saved: ebx esi edi ebp. A context saved by mcall keeps
// them on its own stack, just below gobuf.sp:
//
//   sched.sp+16  return address into mcall's caller
//   sched.sp+12  ebp
//   sched.sp+8   ebx
//   sched.sp+4   esi
//   sched.sp+0   edi

#include "asm_386.h"

// g and m live in static TLS; programs are static executables (local-exec).
#define GET_G(reg) movl %gs:runtime.g@ntpoff, reg
#define GET_M(reg) movl %gs:runtime.m@ntpoff, reg
// the running g = greg and the limit word = greg->stackguard; clobbers tmp
#define SET_G(greg, tmp) \
	movl greg, %gs:runtime.g@ntpoff; \
	movl g_stackguard(greg), tmp; movl tmp, %gs:TLS_STACKLIMIT

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

	.section .tbss,"awT",@nobits
	.globl runtime.g
	.type runtime.g, @object
	.p2align 2
runtime.g:
	.zero 4
	.size runtime.g, 4
	.globl runtime.m
	.type runtime.m, @object
	.p2align 2
runtime.m:
	.zero 4
	.size runtime.m, 4

// G *getg(void), M *getm(void)
FUNC runtime.getg
	GET_G(%eax)
	ret
END runtime.getg
FUNC runtime.getm
	GET_M(%eax)
	ret
END runtime.getm

// void setg(G *gp): also sets the limit word.
FUNC runtime.setg
	movl	4(%esp), %eax
	SET_G(%eax, %ecx)
	ret
END runtime.setg

// void setm(M *mp)
FUNC runtime.setm
	movl	4(%esp), %eax
	movl	%eax, %gs:runtime.m@ntpoff
	ret
END runtime.setm

// void entersyscall(void): keeps the callee-saved registers in g->gcregs
// and the caller's sp and pc (see asm_amd64.S), then entersyscall1.
FUNC runtime.entersyscall
	GET_G(%eax)
	leal	4(%esp), %ecx
	movl	%ecx, g_syscallsp(%eax)
	movl	(%esp), %ecx
	movl	%ecx, g_syscallpc(%eax)
	movl	%ebx, g_gcregs+0(%eax)
	movl	%ebp, g_gcregs+4(%eax)
	movl	%esi, g_gcregs+8(%eax)
	movl	%edi, g_gcregs+12(%eax)
	jmp	runtime.entersyscall1
END runtime.entersyscall

// uintptr gosave(Gobuf *buf): the caller's sp and pc and the running g;
// returns 0. Nothing resumes a gosave'd context (mstart, entersyscall).
FUNC runtime.gosave
	movl	4(%esp), %ecx		// buf
	leal	4(%esp), %eax		// caller's sp
	movl	%eax, gobuf_sp(%ecx)
	movl	(%esp), %eax		// caller's pc
	movl	%eax, gobuf_pc(%ecx)
	GET_G(%eax)
	movl	%eax, gobuf_g(%ecx)
	xorl	%eax, %eax
	ret
END runtime.gosave

// void gogo(Gobuf *buf, uintptr rv): resumes buf with rv in eax.
FUNC runtime.gogo
	movl	4(%esp), %ecx		// buf
	movl	8(%esp), %eax		// rv
	movl	gobuf_g(%ecx), %edx
	SET_G(%edx, %edx)
	movl	gobuf_sp(%ecx), %esp	// restore sp
	jmp	*gobuf_pc(%ecx)
END runtime.gogo

// void gogocall(Gobuf *buf, void (*fn)(void *)): buf's g, then fn(buf->sp)
// on buf's stack with buf->pc as its return address: a goroutine's first
// call, its argument block at sp.
FUNC runtime.gogocall
	movl	4(%esp), %ecx		// buf
	movl	8(%esp), %eax		// fn
	movl	gobuf_g(%ecx), %edx
	SET_G(%edx, %edx)
	movl	gobuf_sp(%ecx), %edx	// the argument block
	movl	%edx, %esp
	andl	$~15, %esp
	subl	$12, %esp		// fn's argument 16-aligned
	pushl	%edx			// fn's argument
	pushl	gobuf_pc(%ecx)		// return address
	jmp	*%eax
END runtime.gogocall

// void mcall(void (*fn)(G *)): saves g's context in g->sched, switches to
// m->g0 and its stack and calls fn(g), which must not return.
FUNC runtime.mcall
	movl	4(%esp), %eax		// fn
	GET_G(%edx)
	GET_M(%ecx)
	cmpl	m_g0(%ecx), %edx	// mcall on g0 is a bug
	je	runtime.badmcall
	pushl	%ebp
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset ebp, 0
	pushl	%ebx
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset ebx, 0
	pushl	%esi
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset esi, 0
	pushl	%edi
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset edi, 0
	.cfi_remember_state
	movl	$.Lmcall_resume, g_sched+gobuf_pc(%edx)
	movl	%esp, g_sched+gobuf_sp(%edx)
	movl	%edx, g_sched+gobuf_g(%edx)
	movl	m_g0(%ecx), %esi
	SET_G(%esi, %ebx)			// g = m->g0
	movl	g_sched+gobuf_sp(%esi), %esp	// on g0's stack (16-aligned)
	.cfi_undefined eip			// fn is the bottom frame
	subl	$12, %esp
	pushl	%edx				// fn(g)
	call	*%eax
	jmp	runtime.badmcall2		// fn returned
.Lmcall_resume:
	.globl runtime.mcallresume		// recovery resumes deferproc here too
runtime.mcallresume:
	.cfi_restore_state
	popl	%edi
	.cfi_adjust_cfa_offset -4
	popl	%esi
	.cfi_adjust_cfa_offset -4
	popl	%ebx
	.cfi_adjust_cfa_offset -4
	popl	%ebp
	.cfi_adjust_cfa_offset -4
	popl	%ecx				// return address
	.cfi_adjust_cfa_offset -4
	.cfi_register eip, ecx
	jmp	*%ecx
END runtime.mcall

// int32 deferproc(int32 siz, void (*fn)(void *), void *argp)
// returns_twice: returns 0, and 1 again when a deferred call of the same
// frame recovered a panic. Hands deferproc1 the caller's sp after the call
// (the seed's argp), its frame pointer (which frame defers), its pc and the
// callee-saved registers in mcall's order, for the second return.
//
//   ebp+16 argp  ebp+12 fn  ebp+8 siz  ebp+4 return  ebp+0 caller's ebp
//   ebp-4 ebx  ebp-8 esi  ebp-12 edi  <-- regs[DEFER_NREGS]
.macro DEFERPROC name, record
FUNC \name
	pushl	%ebp
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset ebp, 0
	movl	%esp, %ebp
	.cfi_def_cfa_register ebp
	pushl	%ebx
	pushl	%esi
	pushl	%edi
	movl	%esp, %eax
	pushl	%eax			// regs
	pushl	4(%ebp)			// pc
	pushl	0(%ebp)			// fp: the caller's ebp
	leal	8(%ebp), %eax
	pushl	%eax			// sp after the return
	pushl	16(%ebp)		// argp
	pushl	12(%ebp)		// fn
	pushl	8(%ebp)			// siz
	call	\record	// 0
	addl	$28, %esp
	popl	%edi
	popl	%esi
	popl	%ebx
	popl	%ebp
	.cfi_def_cfa esp, 4
	ret
END \name
.endm
DEFERPROC runtime.deferproc, runtime.deferproc1

// int32 deferprocstk(int32 siz, void *fn, void *argp): deferproc for a
// function that takes the siz-byte block as its stack arguments (a
// deferred func value: see deferprocstk1).
DEFERPROC runtime.deferprocstk, runtime.deferprocstk1

// void deferreturn(void): runs the deferred calls of the caller's frame
// (its frame pointer), newest first.
// PORT: a loop, not the seed's jmpdefer: cdecl would pass the argument
// block's pointer in the deferring frame's own stack slot, which may hold
// its data. The stack stays one frame deep however long the chain.
FUNC runtime.deferreturn
	pushl	%ebx
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset ebx, 0
	movl	%ebp, %ebx		// the caller's frame
	subl	$4, %esp
	.cfi_adjust_cfa_offset 4
1:
	pushl	%ebx
	.cfi_adjust_cfa_offset 4	// the pc table's walk reads the CFI
	call	runtime.deferreturn1	// the Defer to run now, or nil
	addl	$4, %esp
	.cfi_adjust_cfa_offset -4
	testl	%eax, %eax
	jz	2f
	leal	defer_args(%eax), %ecx
	pushl	%ecx
	.cfi_adjust_cfa_offset 4
	call	*defer_fn(%eax)		// fn(args)
	addl	$4, %esp
	.cfi_adjust_cfa_offset -4
	jmp	1b
2:
	addl	$4, %esp
	.cfi_adjust_cfa_offset -4
	popl	%ebx
	.cfi_adjust_cfa_offset -4
	ret
END runtime.deferreturn

// int32 asmcgocall(void (*fn)(void *), void *arg): fn(arg) on m->g0's
// stack (the thread's own), where C may use any amount of stack.
//
// g0 stack frame while fn runs: esp+8 caller's esp (after the pushes
// below), esp+4 caller's g, esp+0 arg.
FUNC runtime.asmcgocall
	pushl	%ebx
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset ebx, 0
	pushl	%esi
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset esi, 0
	pushl	%edi
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset edi, 0
	movl	16(%esp), %eax		// fn
	movl	20(%esp), %edx		// arg
	GET_G(%ecx)
	GET_M(%ebx)
	movl	m_g0(%ebx), %ebx
	cmpl	%ebx, %ecx
	jne	1f
	subl	$12, %esp		// on g0 already: call directly
	.cfi_adjust_cfa_offset 12
	pushl	%edx
	.cfi_adjust_cfa_offset 4
	call	*%eax
	addl	$16, %esp
	.cfi_adjust_cfa_offset -16
	jmp	2f
1:
	movl	%esp, %esi		// caller's esp
	movl	%esp, g_sched+gobuf_sp(%ecx)	// for tracebacks of a g in C
	movl	%ecx, g_sched+gobuf_g(%ecx)
	SET_G(%ebx, %edi)
	movl	g_sched+gobuf_sp(%ebx), %esp
	andl	$~15, %esp
	subl	$4, %esp
	pushl	%esi			// caller's esp
	pushl	%ecx			// caller's g
	pushl	%edx			// arg
	// unwind through the saved esp: CFA = *(esp+8) + 16
	.cfi_escape 0x0f, 0x05, 0x74, 0x08, 0x06, 0x23, 0x10
	call	*%eax
	movl	4(%esp), %ecx
	SET_G(%ecx, %edi)
	movl	8(%esp), %esp		// back on the caller's stack
	.cfi_def_cfa esp, 16
2:
	popl	%edi
	.cfi_adjust_cfa_offset -4
	popl	%esi
	.cfi_adjust_cfa_offset -4
	popl	%ebx
	.cfi_adjust_cfa_offset -4
	ret
END runtime.asmcgocall

// The bottom of every goroutine's stack (see asm_amd64.S).
FUNC runtime.gostart
	.cfi_undefined eip
	nop
END runtime.gostart
// void goexit(void): entered by the ret of a goroutine's entry function,
// or called. Ends the goroutine.
	.globl runtime.goexit
	.type runtime.goexit, @function
runtime.goexit:				// no padding after gostart's nop
	.cfi_startproc
	.cfi_undefined eip
	andl	$~15, %esp
	call	runtime.goexit1
	ud2
END runtime.goexit

// void sigtramp(int sig, siginfo_t *info, void *ctx): the handler libc
// calls, on the m's signal stack; runs sighandler with limit word 0, on a
// 16-aligned stack: qemu-i386 (7.2) aligns signal frames to 8 only, and
// the runtime's code (__morestack's movdqa, when sysmon poisons the limit
// word during the handler) relies on the ABI's alignment.
FUNC runtime.sigtramp
	pushl	%ebp
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset ebp, 0
	movl	%esp, %ebp
	.cfi_def_cfa_register ebp
	pushl	%ebx
	.cfi_rel_offset ebx, -4
	movl	%gs:TLS_STACKLIMIT, %ebx
	movl	$0, %gs:TLS_STACKLIMIT
	andl	$-16, %esp
	subl	$4, %esp
	pushl	16(%ebp)		// ctx
	pushl	12(%ebp)		// info
	pushl	8(%ebp)			// sig
	call	runtime.sighandler
	movl	%ebx, %gs:TLS_STACKLIMIT
	movl	-4(%ebp), %ebx
	leave
	.cfi_def_cfa esp, 4
	.cfi_restore ebp
	.cfi_restore ebx
	ret
END runtime.sigtramp

// uintptr *stacklimitaddr(void): the address of this thread's limit word
// (glibc's TCB holds its own address at %gs:0), for sysmon to poison.
FUNC runtime.stacklimitaddr
	movl	%gs:0, %eax
	addl	$TLS_STACKLIMIT, %eax
	ret
END runtime.stacklimitaddr

// void asyncPreempt(void): Go 1.14's, made to be called by the SIGURG
// handler (sigctxtpreempt) at any instruction of Go code. Saves the flags,
// every integer register and the x87/SSE state (fxsave: x87, mxcsr,
// xmm0-7) on the goroutine's stack, calls asyncPreempt2 with the C ABI's
// empty x87 stack and clear direction flag, and restores them all. A
// signal frame for unwinders: the caller was interrupted, not calling.
// Its CFA is based on ebp, the frame register the runtime's traceback
// follows.
//
//   ebp+32  the interrupted eip (the CFA is ebp+36)
//   ebp+28  eflags
//   ebp+0   eax ecx edx ebx ebp esi edi, last pushed lowest
//   below   fxsave's 512 bytes, 16-aligned
FUNC runtime.asyncPreempt
	.cfi_signal_frame
	pushfl
	.cfi_adjust_cfa_offset 4
	pushl	%eax
	.cfi_adjust_cfa_offset 4
	pushl	%ecx
	.cfi_adjust_cfa_offset 4
	pushl	%edx
	.cfi_adjust_cfa_offset 4
	pushl	%ebx
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset ebx, 0
	pushl	%ebp
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset ebp, 0
	pushl	%esi
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset esi, 0
	pushl	%edi
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset edi, 0
	movl	%esp, %ebp
	.cfi_def_cfa_register ebp
	andl	$~15, %esp
	subl	$512, %esp
	fxsave	(%esp)
	fninit				// the C ABI's empty x87 stack
	cld
	call	runtime.asyncPreempt2
	fxrstor	(%esp)
	movl	%ebp, %esp
	.cfi_def_cfa_register esp
	popl	%edi
	popl	%esi
	popl	%ebp
	popl	%ebx
	popl	%edx
	popl	%ecx
	popl	%eax
	popfl
	ret
END runtime.asyncPreempt

// void sigreturntls(void): where the signal handler returns (see
// signal_linux_386.cpp's sigctxtreturn) with every signal blocked, with
// [esp] this thread's TCB address, [esp+4] the interrupted signal mask (8
// bytes) and [esp+12] the pc to resume; every register as interrupted.
// If %gs:0 is not the TCB (qemu-i386 reloaded %gs from another thread's
// GDT entry), writes the TCB back into the entry (set_thread_area) and
// reloads %gs, until %gs:0 is right (another thread may repair at once).
// Then restores the signal mask: a signal that came meanwhile is handled
// now, with the right g.
FUNC runtime.sigreturntls
	.cfi_signal_frame
	.cfi_def_cfa_offset 16
	.cfi_offset eip, -4
	pushfl
	.cfi_adjust_cfa_offset 4
	pushl	%eax
	.cfi_adjust_cfa_offset 4
	pushl	%ebx
	.cfi_adjust_cfa_offset 4
	pushl	%ecx
	.cfi_adjust_cfa_offset 4
	pushl	%edx
	.cfi_adjust_cfa_offset 4
	pushl	%esi
	.cfi_adjust_cfa_offset 4
	movl	24(%esp), %eax		// the TCB
	cmpl	%gs:0, %eax
	je	2f
	subl	$16, %esp		// struct user_desc
	.cfi_adjust_cfa_offset 16
	movl	%gs, %ecx
	shrl	$3, %ecx
	movl	%ecx, 0(%esp)		// entry_number: %gs's
	movl	%eax, 4(%esp)		// base_addr: the TCB
	movl	$0xfffff, 8(%esp)	// limit
	movl	$0x51, 12(%esp)		// seg_32bit, limit_in_pages, useable
1:
	movl	$243, %eax		// set_thread_area
	movl	%esp, %ebx
	int	$0x80
	movl	%gs, %ecx
	movl	%ecx, %gs		// reload %gs from the entry
	movl	4(%esp), %eax
	cmpl	%gs:0, %eax
	jne	1b
	addl	$16, %esp
	.cfi_adjust_cfa_offset -16
2:
	movl	$175, %eax		// rt_sigprocmask
	movl	$2, %ebx		// SIG_SETMASK
	leal	28(%esp), %ecx		// the interrupted mask
	xorl	%edx, %edx
	movl	$8, %esi
	int	$0x80
	popl	%esi
	.cfi_adjust_cfa_offset -4
	popl	%edx
	.cfi_adjust_cfa_offset -4
	popl	%ecx
	.cfi_adjust_cfa_offset -4
	popl	%ebx
	.cfi_adjust_cfa_offset -4
	popl	%eax
	.cfi_adjust_cfa_offset -4
	popfl
	.cfi_adjust_cfa_offset -4
	leal	12(%esp), %esp		// the TCB and the mask; no flags change
	.cfi_adjust_cfa_offset -12
	ret
END runtime.sigreturntls

// void *getcallerpc(void *argp): the return address just below argp.
FUNC runtime.getcallerpc
	movl	4(%esp), %eax
	movl	-4(%eax), %eax
	ret
END runtime.getcallerpc

// void procyield(uint32 cycles)
FUNC runtime.procyield
	movl	4(%esp), %eax
1:
	pause
	subl	$1, %eax
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
