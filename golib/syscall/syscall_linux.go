package syscall

// The flags of Open (Linux's generic values, those of amd64, 386 and
// arm; the runtime adds O_LARGEFILE where it is not 0, as Go's Open).
const (
	O_RDONLY   = 0x0
	O_WRONLY   = 0x1
	O_RDWR     = 0x2
	O_ACCMODE  = 0x3
	O_CREAT    = 0x40
	O_EXCL     = 0x80
	O_NOCTTY   = 0x100
	O_TRUNC    = 0x200
	O_APPEND   = 0x400
	O_NONBLOCK = 0x800
	O_SYNC     = 0x101000
	O_CLOEXEC  = 0x80000
)

// The kernel's mode bits: the kind of file and the bits beyond the
// permissions.
const (
	S_IFMT  = 0xf000
	S_IFDIR = 0x4000
	S_IFREG = 0x8000
	S_IFLNK = 0xa000
	S_ISUID = 0x800
	S_ISGID = 0x400
	S_ISVTX = 0x200
)

// The standard file descriptors.
const (
	Stdin  = 0
	Stdout = 1
	Stderr = 2
)

// The system calls (runtime/syscall_linux.cpp): the kernel's result,
// -errno on failure. A path is a NUL-terminated []byte.
func open(path []byte, flags int, perm uint32) int
func read(fd int, p []byte) int
func write(fd int, p []byte) int
func closeFd(fd int) int
func mkdir(path []byte, perm uint32) int
func rmdir(path []byte) int
func unlink(path []byte) int

// Getpid returns the process id.
func Getpid() int

// Exit ends the process with the status code at once: no deferred calls
// run.
func Exit(code int)

// result splits a system call's result into Go's (r, nil) or (-1, Errno).
func result(r int) (int, error) {
	if r < 0 {
		return -1, Errno(-r)
	}
	return r, nil
}

// resultErr is the error alone.
func resultErr(r int) error {
	_, err := result(r)
	return err
}

// ByteSliceFromString returns s followed by a NUL byte, or EINVAL if s
// holds a NUL.
func ByteSliceFromString(s string) ([]byte, error) {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return nil, EINVAL
		}
	}
	a := make([]byte, len(s)+1)
	copy(a, s)
	return a, nil
}

// Open opens path with the flags and, for a new file, permissions perm.
func Open(path string, mode int, perm uint32) (fd int, err error) {
	p, err := ByteSliceFromString(path)
	if err != nil {
		return -1, err
	}
	return result(open(p, mode, perm))
}

// Read reads up to len(p) bytes from fd.
func Read(fd int, p []byte) (n int, err error) {
	return result(read(fd, p))
}

// Write writes p to fd, returning how much the kernel took.
func Write(fd int, p []byte) (n int, err error) {
	return result(write(fd, p))
}

// Close closes fd.
func Close(fd int) (err error) {
	return resultErr(closeFd(fd))
}

// Mkdir makes the directory path.
func Mkdir(path string, mode uint32) (err error) {
	p, err := ByteSliceFromString(path)
	if err != nil {
		return err
	}
	return resultErr(mkdir(p, mode))
}

// Rmdir removes the empty directory path.
func Rmdir(path string) error {
	p, err := ByteSliceFromString(path)
	if err != nil {
		return err
	}
	return resultErr(rmdir(p))
}

// Unlink removes the file path.
func Unlink(path string) error {
	p, err := ByteSliceFromString(path)
	if err != nil {
		return err
	}
	return resultErr(unlink(p))
}
