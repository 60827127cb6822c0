// sys_linux_amd64.S: raw Linux system calls for the runtime (the seed
// era's sys_linux_amd64.s). No libc: these run on any stack, including a
// goroutine's small segment. Each returns the kernel's result in %rax
// (-errno on failure).
//
// C ABI in: rdi rsi rdx rcx r8 r9. Kernel ABI: rdi rsi rdx r10 r8 r9, number
// in rax; syscall clobbers rcx and r11 (both caller-saved here).

.macro SYSCALL name, nr
	.text
	.globl \name
	.type \name, @function
	.p2align 4
\name:
	.cfi_startproc
	movq	%rcx, %r10		// 4th argument: the kernel wants it in r10
	movl	$\nr, %eax
	syscall
	ret
	.cfi_endproc
	.size \name, .-\name
.endm

// int32 write(int32 fd, const void *p, int32 n)
SYSCALL runtime.write, 1
// void exit(int32 code): exit_group, every thread
SYSCALL runtime.exit, 231
// void exit1(int32 code): this thread only
SYSCALL runtime.exit1, 60
// int32 futex(uint32 *addr, int32 op, uint32 val, Timespec *ts, uint32 *addr2, uint32 val3)
SYSCALL runtime.futex, 202
// void *mmap(void *addr, uintptr n, int32 prot, int32 flags, int32 fd, uint32 off)
SYSCALL runtime.mmap, 9
// int32 munmap(void *addr, uintptr n)
SYSCALL runtime.munmap, 11
// int32 madvise(void *addr, uintptr n, int32 advice)
SYSCALL runtime.madvise, 28
// int32 mprotect(void *addr, uintptr n, int32 prot)
SYSCALL runtime.mprotect, 10
// int32 sched_getaffinity(int32 pid, uintptr len, void *buf)
SYSCALL runtime.sched_getaffinity, 204
// int32 osyield(void): sched_yield
SYSCALL runtime.osyield, 24
// int32 nanosleep(Timespec *req, Timespec *rem)
SYSCALL runtime.nanosleep, 35
// int32 gettid(void)
SYSCALL runtime.gettid, 186

// Package syscall's (runtime/syscall_linux.cpp):
// int32 read(int32 fd, void *p, int32 n)
SYSCALL runtime.read, 0
// int32 open(const char *path, int32 flags, uint32 mode)
SYSCALL runtime.open, 2
// int32 closefd(int32 fd): close
SYSCALL runtime.closefd, 3
// int32 mkdir(const char *path, uint32 mode)
SYSCALL runtime.mkdir, 83
// int32 rmdir(const char *path)
SYSCALL runtime.rmdir, 84
// int32 unlink(const char *path)
SYSCALL runtime.unlink, 87
// int32 getpid(void)
SYSCALL runtime.getpid, 39
// int32 statx(int32 dirfd, const char *path, int32 flags, uint32 mask, void *buf)
SYSCALL runtime.statx, 332

	.section .note.GNU-stack,"",@progbits
