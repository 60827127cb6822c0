// syscall_linux.cpp: the bodyless functions of golib's syscall and os (Go
// 1.0's syscall/asm_linux_<arch>.s and the runtime's linknamed helpers of
// Go 1.19's os and syscall). A library function without a body is an
// external symbol <path>.name with the Go calling convention
// (docs/ABI.md, "Bodyless functions"): parameters are scalars (a []byte
// arrives as its three words), results a single scalar or go back through
// a pointer the Go caller passes.
//
// The system calls return the kernel's result, -errno on failure; package
// syscall makes an Errno of it. Those that may block (every one but
// getpid and exit) run between entersyscall and exitsyscall, as Go's
// Syscall does: the goroutine gives up its cpu, so that another thread
// runs the other goroutines while it waits in the kernel.
#include <fcntl.h>

#include "runtime.h"
#include "race.h"

#define SYSCALL(name) __asm__("syscall." #name)
#define OS(name) __asm__("os." #name)

namespace runtime {
namespace {

// Go's maxRW: one read or write moves at most 1GB, so that the count fits
// the kernel's (and this runtime's) int32 result.
int32 clampRW(intgo n) { return n > (1 << 30) ? 1 << 30 : (int32)n; }

// A copy of the n strings at s, in a new array (Go 1.19's append to an
// empty slice: the caller may change its copy).
void copyStrings(const GoSlice &s, GoSlice *out) {
  intgo n = s.len;
  String *a = (String *)mallocgc(n * sizeof(String), 0);
  mcpy(a, s.array, n * sizeof(String));
  *out = GoSlice{a, n, n};
}

}  // namespace

extern "C" {

// func open(path []byte, flags int, perm uint32) int: path ends in a NUL.
// Go's syscall.Open adds O_LARGEFILE (on 64-bit targets 0).
intgo syscall_open(const byte *path, intgo, intgo, intgo flags, uint32 perm)
    SYSCALL(open);
intgo syscall_open(const byte *path, intgo, intgo, intgo flags, uint32 perm) {
  entersyscall();
  int32 r = open((const char *)path, (int32)flags | O_LARGEFILE, perm);
  exitsyscall();
  return r;
}

// func read(fd int, p []byte) int
intgo syscall_read(intgo fd, byte *p, intgo len, intgo) SYSCALL(read);
intgo syscall_read(intgo fd, byte *p, intgo len, intgo) {
  entersyscall();
  int32 r = read((int32)fd, p, clampRW(len));
  exitsyscall();
  return r;
}

// func write(fd int, p []byte) int
intgo syscall_write(intgo fd, const byte *p, intgo len, intgo) SYSCALL(write);
intgo syscall_write(intgo fd, const byte *p, intgo len, intgo) {
  entersyscall();
  int32 r = gort_write((int32)fd, p, clampRW(len));
  exitsyscall();
  return r;
}

// func closeFd(fd int) int
intgo syscall_closeFd(intgo fd) SYSCALL(closeFd);
intgo syscall_closeFd(intgo fd) {
  entersyscall();
  int32 r = closefd((int32)fd);
  exitsyscall();
  return r;
}

// func mkdir(path []byte, perm uint32) int
intgo syscall_mkdir(const byte *path, intgo, intgo, uint32 perm) SYSCALL(mkdir);
intgo syscall_mkdir(const byte *path, intgo, intgo, uint32 perm) {
  entersyscall();
  int32 r = mkdir((const char *)path, perm);
  exitsyscall();
  return r;
}

// func rmdir(path []byte) int
intgo syscall_rmdir(const byte *path, intgo, intgo) SYSCALL(rmdir);
intgo syscall_rmdir(const byte *path, intgo, intgo) {
  entersyscall();
  int32 r = rmdir((const char *)path);
  exitsyscall();
  return r;
}

// func unlink(path []byte) int
intgo syscall_unlink(const byte *path, intgo, intgo) SYSCALL(unlink);
intgo syscall_unlink(const byte *path, intgo, intgo) {
  entersyscall();
  int32 r = unlink((const char *)path);
  exitsyscall();
  return r;
}

// func Getpid() int: never blocks (Go's RawSyscall).
intgo syscall_Getpid() SYSCALL(Getpid);
intgo syscall_Getpid() { return getpid(); }

// func Exit(code int): exit_group, as Go's runtime.exit; no deferred
// calls run. Under -race, os.Exit's racefini: status 66 if races were
// found. PORT: Go 1.19's exited 0 otherwise, whatever the code (fixed in
// Go 1.20); this keeps the code.
void syscall_Exit(intgo code) SYSCALL(Exit);
void syscall_Exit(intgo code) {
  beforeexit();
  gort_exit(racefini((int32)code));
}

// func runtimeEnvs(out *[]string): a copy of the environment (Go 1.19's
// syscall.runtime_envs). PORT: the first call (syscall's init, which
// runs once) makes envs (goenvs), which Go's schedinit does.
void syscall_runtimeEnvs(GoSlice *out) SYSCALL(runtimeEnvs);
void syscall_runtimeEnvs(GoSlice *out) {
  static bool made;
  if (!made) {
    goenvs();
    made = true;
  }
  copyStrings(envs, out);
}

// func runtimeArgs(out *[]string): a copy of the command line (Go 1.19's
// os.runtime_args), os.Args.
void os_runtimeArgs(GoSlice *out) OS(runtimeArgs);
void os_runtimeArgs(GoSlice *out) { copyStrings(argslice, out); }

// func statMode(path []byte, follow bool) int: path's st_mode (with
// follow after symbolic links, stat's; else lstat's), or -errno. statx's
// struct is the same on every target: the mode is the 16 bits at 28.
intgo os_statMode(const byte *path, intgo, intgo, bool follow) OS(statMode);
intgo os_statMode(const byte *path, intgo, intgo, bool follow) {
  enum { AtFdcwd = -100, AtSymlinkNofollow = 0x100, StatxType = 1 };
  uint64 stx[256 / 8];
  entersyscall();
  int32 r = statx(AtFdcwd, (const char *)path, follow ? 0 : AtSymlinkNofollow,
                  StatxType, stx);
  exitsyscall();
  if (r < 0)
    return r;
  uint16 mode;
  mcpy(&mode, (byte *)stx + 28, sizeof mode);
  return mode;
}

}  // extern "C"
}  // namespace runtime
