// divzero_arm.S: what libgcc's ARM division helpers (__aeabi_idiv and
// friends, which LLVM calls for / and % on cores without a divide
// instruction) call on a zero divisor. libgcc's own raise SIGFPE with
// si_code SI_TKILL, which says nothing of a division; Go reports
// "integer divide by zero", so go straight to the run-time error.

	.syntax unified
	.arm
	.text

// int __aeabi_idiv0(int), long long __aeabi_ldiv0(long long)
	.globl __aeabi_idiv0
	.type __aeabi_idiv0, %function
	.globl __aeabi_ldiv0
	.type __aeabi_ldiv0, %function
	.p2align 2
__aeabi_idiv0:
__aeabi_ldiv0:
	.fnstart
	.cantunwind
	b	runtime.panicdivide
	.fnend
	.size __aeabi_idiv0, .-__aeabi_idiv0
	.size __aeabi_ldiv0, .-__aeabi_ldiv0

	.section .note.GNU-stack,"",%progbits
