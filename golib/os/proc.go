package os

import "syscall"

// Args is the command line, the program's name first.
var Args []string

// runtimeArgs stores a copy of the command line in *out (the runtime's
// goargs, Go 1.19's runtime_args).
func runtimeArgs(out *[]string)

func init() {
	runtimeArgs(&Args)
}

// Exit ends the program at once with the status code (0 success): no
// deferred calls run.
func Exit(code int) {
	syscall.Exit(code)
}

// Getpid returns the process id.
func Getpid() int { return syscall.Getpid() }
