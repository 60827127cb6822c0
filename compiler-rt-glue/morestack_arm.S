// morestack_arm.S: __morestack for LLVM's split-stack prologues on ARM
// Linux (A32 and Thumb-2 callers), mapped onto the seed's
// morestack/newstack and lessstack/oldstack like morestack_amd64.S (read
// that first; split-stacks.md has the facts).
//
// F's prologue pushes {r4, r5}, compares sp with [TPIDRURO+4], and when
// short of stack: r4 = frame size, r5 = argument bytes, push {lr},
// bl __morestack, then "pop {lr}; pop {r4, r5}; bx lr" to return to C.
// F's body starts with pop {r4, r5}, 12 bytes after the bl in A32 and 8
// in Thumb-2 (lr's bit 0 says which). At entry: [sp] F's lr (into C),
// [sp+4] and [sp+8] C's r4 and r5, [sp+12] F's stack arguments. r0-r3 and
// d0-d7 carry arguments in and results out.
//
// The frame on the old stack, addressed through r11 while the body runs:
//
//   r11+20  F's stack arguments
//   r11+12  C's r4, r5: copied with the arguments (the body pops them)
//   r11+8   F's lr
//   r11+4   return address into F (its "pop {lr}; pop {r4,r5}; bx lr")
//   r11+0   C's r11
//   r11-MORE_SAVE  the save area (asm_arm.h)   <-- m->morebuf.sp

#include "asm_arm.h"

	.syntax unified
	.arm

.macro GET_TP tp
	mrc	p15, 0, \tp, c13, c0, 3
.endm
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
.macro SET_G greg, tmp1, tmp2
	GET_TP	\tmp1
	ldr	\tmp2, =runtime.g(tpoff)
	str	\greg, [\tmp1, \tmp2]
	ldr	\tmp2, [\greg, #g_stackguard]
	str	\tmp2, [\tmp1, #TLS_STACKLIMIT]
.endm
// F's argument registers d0-d7 and r4/r5 (its frame and argument sizes)
// into the save area at sp, on the paths that call C first, and back.
.macro SAVE_IN
	add	ip, sp, #more_d0
	vstm	ip, {d0-d7}
	str	r4, [sp, #more_r4in]
	str	r5, [sp, #more_r5in]
.endm
.macro LOAD_IN
	add	ip, sp, #more_d0
	vldm	ip, {d0-d7}
	ldr	r4, [sp, #more_r4in]
	ldr	r5, [sp, #more_r5in]
.endm
// Calls fn on an 8-aligned sp (the C ABI's); r4 keeps sp.
.macro CCALL fn
	mov	r4, sp
	bic	ip, sp, #7
	mov	sp, ip
	bl	\fn
	mov	sp, r4
.endm

	.text
	.globl __morestack
	.type __morestack, %function
	.globl runtime.lessstack
	.type runtime.lessstack, %function
	.p2align 2
__morestack:
	.cfi_startproc
	push	{r11, lr}
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset r11, 0
	.cfi_rel_offset lr, 4
	mov	r11, sp
	.cfi_def_cfa_register r11
	.cfi_remember_state
	sub	sp, sp, #MORE_SAVE
	stm	sp, {r0-r3}			// F's arguments
	tst	lr, #1				// F's body: 12 bytes on (A32),
	addeq	r2, lr, #12			// 8 in Thumb-2 (bit 0 kept)
	addne	r2, lr, #8
	str	r2, [sp, #more_pc]
	GET_TP	r0
	ldr	r0, [r0, #TLS_STACKLIMIT]
	ldr	r1, =STACK_PREEMPT
	cmp	r0, r1
	beq	.Lpreempt			// sysmon's request, or stale
.Lsplit:
	ldr	r0, =runtime.splitprofon
	ldrb	r0, [r0]
	cmp	r0, #0
	bne	.Lsplitprof			// GORTDEBUG=splitprof=1
.Lhot:

	// The hot split (see morestack_amd64.S). r0-r3 are saved; r4 and r5
	// are free (the body pops C's r4/r5 from its copies).
	tst	r5, #3
	bne	.Lslow				// newstack throws
	GET_M	r0, r1
	ldr	r1, [r0, #m_hotseg]
	cmp	r1, #0
	beq	.Lslow
	ldr	r2, [r0, #m_hotsegsize]
	add	r5, r5, #8			// newstack's argsize: r4/r5 copies too
	add	r3, r4, r5
	add	r3, r3, #SPLIT_EXTRA
	cmp	r3, r2
	bhi	.Lslowr5
	ldr	r3, [r0, #m_curg]		// g
	ldrb	ip, [r3, #g_ispanic]
	cmp	ip, #0
	bne	.Lslowr5			// newstack marks a panic's Stktop
	ldr	ip, [r3, #g_stackguard]
	sub	ip, ip, #STACK_GUARD
	cmp	sp, ip
	blo	.Lslowr5			// newstack throws
	// Take the segment: r1 = its base, r2 = its size, r0 = its Stktop.
	mov	ip, #0
	str	ip, [r0, #m_hotseg]
	add	r0, r1, r2
	sub	r0, r0, #STKTOP_SIZE
	bic	r0, r0, #STACK_ALIGN-1
	str	r2, [r0, #stktop_free]
	ldr	ip, [r3, #g_stackbase]		// the g's stack in use, with it
	ldr	ip, [ip, #stktop_total]
	add	ip, ip, r2
	str	ip, [r0, #stktop_total]
	ldr	ip, [r3, #g_stackguard]
	str	ip, [r0, #stktop_stackguard]
	ldr	ip, [r3, #g_stackbase]
	str	ip, [r0, #stktop_stackbase]
	str	sp, [r0, #stktop_gobuf+gobuf_sp]
	adr	ip, .Lmorestack_return
	str	ip, [r0, #stktop_gobuf+gobuf_pc]
	str	r3, [r0, #stktop_gobuf+gobuf_g]
	str	r5, [r0, #stktop_argsize]
	add	r2, r11, #12			// C's r4, r5, then F's arguments
	str	r2, [r0, #stktop_argp]
	mov	ip, #0
	strb	ip, [r0, #stktop_panic]
	str	r0, [r3, #g_stackbase]
	add	r1, r1, #STACK_GUARD		// + StackGuard (StackSystem is 0)
	str	r1, [r3, #g_stackguard]
	GET_TP	ip
	str	r1, [ip, #TLS_STACKLIMIT]
	// The r5 bytes at r2 go below the Stktop, where the body's sp starts
	// (stktopargs); it pops the r4/r5 copies first.
	sub	r0, r0, r5
	bic	r0, r0, #STACK_ALIGN-1
	mov	r1, r0
1:	ldr	ip, [r2], #4
	str	ip, [r1], #4
	subs	r5, r5, #4
	bne	1b
	mov	sp, r0
	b	.Lcallbody

.Lslowr5:
	sub	r5, r5, #8
.Lslow:
	add	ip, sp, #more_d0
	vstm	ip, {d0-d7}
	// Record the split in m, as the seed's morestack did.
.Lrecord:
	GET_M	r0, r1
	ldr	r2, [sp, #more_pc]
	str	r2, [r0, #m_morepc]
	add	r2, r11, #12			// C's r4, r5, then F's arguments
	str	r2, [r0, #m_moreargp]
	str	r4, [r0, #m_moreframesize]
	add	r2, r5, #8
	str	r2, [r0, #m_moreargsize]
	str	sp, [r0, #m_morebuf+gobuf_sp]	// lessstack resumes here
	adr	r2, .Lmorestack_return
	str	r2, [r0, #m_morebuf+gobuf_pc]
	GET_G	r2, r1
	str	r2, [r0, #m_morebuf+gobuf_g]

	// newstack on m->g0's stack
.Lnewstack:
	ldr	r1, [r0, #m_g0]
	SET_G	r1, r2, r3
	ldr	ip, [r1, #g_sched+gobuf_sp]
	mov	sp, ip
	bl	runtime.newstack		// r0 = the new segment's sp

	// F's body on the new segment (it pops the r4/r5 copies), called
	// from here so that its return is predicted; it returns to lessstack.
	mov	sp, r0
	GET_M	r0, r1
	ldr	r0, [r0, #m_curg]
	SET_G	r0, r1, r2
	sub	ip, r11, #MORE_SAVE-more_d0
	vldm	ip, {d0-d7}
.Lcallbody:
	sub	ip, r11, #MORE_SAVE
	ldm	ip, {r0-r3}
	ldr	ip, [ip, #more_pc]
	blx	ip
	.globl runtime.lessstackpc
runtime.lessstackpc:			// where every split body returns
	// The hot unsplit (see morestack_amd64.S): m's hot-segment slot is
	// empty. The results stay in r0-r3 (saved meanwhile) and d0-d7.
	sub	ip, r11, #MORE_SAVE
	stm	ip, {r0-r3}
	GET_M	r1, r2
	ldr	r0, [r1, #m_hotseg]
	cmp	r0, #0
	bne	.Lslowless
	ldr	r2, [r1, #m_curg]		// g
	ldr	r3, [r2, #g_stackbase]		// the Stktop
	ldr	r0, [r3, #stktop_free]
	cmp	r0, #0
	beq	.Lslowless			// no segment of its own
	str	r0, [r1, #m_hotsegsize]
	ldr	r0, [r2, #g_stackguard]
	sub	r0, r0, #STACK_GUARD		// the segment's base
	str	r0, [r1, #m_hotseg]
	ldr	r0, [r3, #stktop_stackguard]
	str	r0, [r2, #g_stackguard]
	GET_TP	r1
	str	r0, [r1, #TLS_STACKLIMIT]
	ldr	r0, [r3, #stktop_stackbase]
	str	r0, [r2, #g_stackbase]
	ldm	ip, {r0-r3}
	mov	sp, r11
	.cfi_remember_state
	.cfi_def_cfa_register sp
	pop	{r11, lr}			// C's r11; lr: into F's return path
	.cfi_def_cfa_offset 0
	.cfi_restore r11
	.cfi_restore lr
	bx	lr
	.cfi_restore_state
.Lslowless:
	ldm	ip, {r0-r3}			// results (saved above)
	add	ip, ip, #more_d0
	vstm	ip, {d0-d7}
	sub	ip, r11, #MORE_SAVE-more_r4
	stm	ip, {r4-r10}			// C's callee-saved registers
	sub	ip, r11, #MORE_SAVE-more_d8
	vstm	ip, {d8-d15}
	GET_M	r1, r2
	str	r0, [r1, #m_cret]		// the first result, as the seed kept it
	ldr	r2, [r1, #m_g0]
	SET_G	r2, r3, ip
	ldr	ip, [r2, #g_sched+gobuf_sp]
	mov	sp, ip
	// oldstack ends in gogo(&top->gobuf, m->cret). Branch, not call: the
	// return stack stays balanced.
	adr	lr, .Lnoreturn
	b	runtime.oldstack
.Lnoreturn:
	udf	#0

// The limit word holds sysmon's poison, StackPreempt (see
// morestack_amd64.S): morestackpreempt stops the goroutine there if it may
// (F is Go code) and clears the poison. Then F's body runs on this stack
// if its frame fits, else F splits. r0-r3 and more_pc are saved.
.Lpreempt:
	SAVE_IN
	ldr	r0, [r11, #4]			// a pc in F
	add	r1, r11, #12			// F's sp at its check
	CCALL	runtime.morestackpreempt	// r0 = the limit
	add	r1, r11, #12
	ldr	r2, [sp, #more_r4in]
	subs	r1, r1, r2			// F's sp less its frame
	blo	.Lpreemptsplit			// wrapped: it cannot fit
	cmp	r1, r0
	bls	.Lpreemptsplit
	// F's frame fits: its body, here, with sp and the stack as F's
	// prologue left them before push {lr}; bl __morestack.
	add	ip, sp, #more_d0
	vldm	ip, {d0-d7}
	ldm	sp, {r0-r3}
	ldr	ip, [sp, #more_pc]
	mov	sp, r11
	.cfi_remember_state
	.cfi_def_cfa_register sp
	ldr	lr, [sp, #8]			// F's lr (its prologue pushed it)
	ldr	r11, [sp], #12			// C's r11; sp: the body pops C's r4, r5
	.cfi_restore r11
	bx	ip
	.cfi_restore_state
.Lpreemptsplit:				// on the hot segment if it can
	LOAD_IN
	b	.Lsplit				// r0-r3 are saved

// The split report counts the split: F and the call site that called it.
// r0-r3 and more_pc are saved.
.Lsplitprof:
	SAVE_IN
	ldr	r0, [r11, #4]			// a pc in F
	ldr	r1, [r11, #8]			// F's lr
	CCALL	runtime.splitprofadd
	LOAD_IN
	b	.Lhot				// r0-r3 are saved

// oldstack resumes here: sp = the save area, r0 = m->cret.
.Lmorestack_return:
	.cfi_def_cfa sp, MORE_SAVE+8
	add	ip, sp, #more_d0
	vldm	ip, {d0-d7}
	add	ip, sp, #more_r4
	ldm	ip, {r4-r10}
	add	ip, sp, #more_d8
	vldm	ip, {d8-d15}
	ldm	sp, {r0-r3}
	add	sp, sp, #MORE_SAVE
	.cfi_def_cfa_offset 8
	pop	{r11, lr}			// C's r11; lr: into F's return path
	.cfi_def_cfa_offset 0
	.cfi_restore r11
	.cfi_restore lr
	bx	lr
	.ltorg
	.size __morestack, .-__morestack

// void lessstack(void): the seed's name for where a body on a new segment
// returns (lessstackpc, where __morestack's call returns).
runtime.lessstack:
	.cfi_restore_state
	b	runtime.lessstackpc
	.cfi_endproc
	.size runtime.lessstack, .-runtime.lessstack

// void reflectcall(void (*fn)(void *), void *args): r0 r1. Calls fn(args)
// past a new Stktop marked by the running panic (see morestack_amd64.S),
// through __morestack's path; returns to its caller from there.
	.globl runtime.reflectcall
	.type runtime.reflectcall, %function
	.p2align 2
runtime.reflectcall:
	.cfi_startproc
	push	{r11, lr}
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset r11, 0
	.cfi_rel_offset lr, 4
	mov	r11, sp
	.cfi_def_cfa_register r11
	sub	sp, sp, #MORE_SAVE
	str	r1, [sp, #more_r0]		// fn's argument
	str	r0, [sp, #more_pc]
	GET_M	r2, r3
	str	r0, [r2, #m_morepc]
	str	r11, [r2, #m_moreargp]
	mov	r3, #1				// frame size 1: reflect.call's mark
	str	r3, [r2, #m_moreframesize]
	mov	r3, #0
	str	r3, [r2, #m_moreargsize]
	str	sp, [r2, #m_morebuf+gobuf_sp]
	adr	r3, .Lmorestack_return
	str	r3, [r2, #m_morebuf+gobuf_pc]
	GET_G	r3, r1
	str	r3, [r2, #m_morebuf+gobuf_g]
	mov	r0, r2
	b	.Lnewstack
	.cfi_endproc
	.ltorg
	.size runtime.reflectcall, .-runtime.reflectcall

// void reflectcallstk(void (*fn)(), void *args, uint32 siz): r0 r1 r2.
// Calls fn with the siz-byte block at args as its argument area: its
// first four words go in r0-r3, the rest (siz - 16 bytes) are copied as
// fn's stack arguments, past a new Stktop, like reflectcall. siz >= 16.
	.globl runtime.reflectcallstk
	.type runtime.reflectcallstk, %function
	.p2align 2
runtime.reflectcallstk:
	.cfi_startproc
	push	{r11, lr}
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset r11, 0
	.cfi_rel_offset lr, 4
	mov	r11, sp
	.cfi_def_cfa_register r11
	sub	sp, sp, #MORE_SAVE
	ldr	r3, [r1]			// the register words
	str	r3, [sp, #more_r0]
	ldr	r3, [r1, #4]
	str	r3, [sp, #more_r0+4]
	ldr	r3, [r1, #8]
	str	r3, [sp, #more_r0+8]
	ldr	r3, [r1, #12]
	str	r3, [sp, #more_r0+12]
	str	r0, [sp, #more_pc]
	GET_M	r3, ip
	str	r0, [r3, #m_morepc]
	add	r1, r1, #16
	str	r1, [r3, #m_moreargp]		// the stack words
	mov	r0, #1				// frame size 1: reflect.call's mark
	str	r0, [r3, #m_moreframesize]
	sub	r2, r2, #16
	str	r2, [r3, #m_moreargsize]
	str	sp, [r3, #m_morebuf+gobuf_sp]
	adr	r0, .Lmorestack_return
	str	r0, [r3, #m_morebuf+gobuf_pc]
	GET_G	r0, ip
	str	r0, [r3, #m_morebuf+gobuf_g]
	mov	r0, r3
	b	.Lnewstack
	.cfi_endproc
	.ltorg
	.size runtime.reflectcallstk, .-runtime.reflectcallstk

// void morestack(void): the seed's name for __morestack.
	.globl runtime.morestack
	.type runtime.morestack, %function
runtime.morestack:
	.cfi_startproc
	b	__morestack
	.cfi_endproc
	.size runtime.morestack, .-runtime.morestack

	.section .note.GNU-stack,"",%progbits
