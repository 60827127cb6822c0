// Package os is the part of Go 1.19's package os that gort has: files
// (open, read, write, close, remove, mkdir) through package syscall, the
// command line, the environment, the process id and Exit. The file
// operations are blocking system calls that the runtime brackets with
// entersyscall and exitsyscall, so that a goroutine waiting in one does
// not hold up the others (Go 1.19 waits in its network poller instead
// where it can; the program sees the same).
package os

import (
	"io"
	"syscall"
)

// The flags of OpenFile: exactly one of O_RDONLY, O_WRONLY and O_RDWR,
// or'ed with any of the others.
const (
	O_RDONLY int = syscall.O_RDONLY // read only
	O_WRONLY int = syscall.O_WRONLY // write only
	O_RDWR   int = syscall.O_RDWR   // read and write
	O_APPEND int = syscall.O_APPEND // every write at the end
	O_CREATE int = syscall.O_CREAT  // create the file if it does not exist
	O_EXCL   int = syscall.O_EXCL   // with O_CREATE: the file must not exist
	O_SYNC   int = syscall.O_SYNC   // synchronous writes
	O_TRUNC  int = syscall.O_TRUNC  // truncate a regular file opened for writing
)

const (
	PathSeparator     = '/' // the separator of a path's elements
	PathListSeparator = ':' // the separator of a list of paths ($PATH)
)

// DevNull is the null device's name.
const DevNull = "/dev/null"

// A File is an open file descriptor. Copies of a File share its state
// (Go's is a pointer to the state, as here).
type File struct {
	*file
}

type file struct {
	fd         int // -1 once closed
	name       string
	appendMode bool // opened with O_APPEND
}

// The standard input, output and error.
var (
	Stdin  = NewFile(uintptr(syscall.Stdin), "/dev/stdin")
	Stdout = NewFile(uintptr(syscall.Stdout), "/dev/stdout")
	Stderr = NewFile(uintptr(syscall.Stderr), "/dev/stderr")
)

// maxRW is the most one read or write system call moves (Go's poll.FD).
const maxRW = 1 << 30

// NewFile returns a File for the open descriptor fd, nil if fd is not
// valid.
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{&file{fd: int(fd), name: name}}
}

// Open opens the file name for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates the file name, opened for reading and
// writing; a new file gets permissions 0666 (before the umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile opens the file name with the flags (O_RDONLY, ...) and, if it
// creates it, the permissions perm (before the umask). Its error is a
// *PathError.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(name, flag|syscall.O_CLOEXEC, syscallMode(perm))
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, &PathError{Op: "open", Path: name, Err: err}
	}
	f := NewFile(uintptr(fd), name)
	f.appendMode = flag&O_APPEND != 0
	return f, nil
}

// Name returns the name the file was opened with.
func (f *File) Name() string { return f.name }

// Fd returns the file's descriptor (^uintptr(0) once closed or for a nil
// File).
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// checkValid is the error of an operation on a nil File.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	return nil
}

// wrapErr is err as the error of op on f: io.EOF as it is, else a
// *PathError.
func (f *File) wrapErr(op string, err error) error {
	if err == nil || err == io.EOF {
		return err
	}
	return &PathError{Op: op, Path: f.name, Err: err}
}

// Read reads up to len(b) bytes into b. At the end of the file it returns
// 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	n, e := f.read(b)
	return n, f.wrapErr("read", e)
}

// read is one read system call (retried if interrupted) of at most maxRW
// bytes; 0 bytes read into a non-empty b is io.EOF.
func (f *file) read(b []byte) (int, error) {
	if f.fd < 0 {
		return 0, ErrClosed
	}
	if len(b) == 0 {
		return 0, nil
	}
	if len(b) > maxRW {
		b = b[:maxRW]
	}
	for {
		n, err := syscall.Read(f.fd, b)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return 0, err
		}
		if n == 0 {
			return 0, io.EOF
		}
		return n, nil
	}
}

// Write writes all of b, or returns why not.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, e := f.write(b)
	if n != len(b) {
		err = io.ErrShortWrite
	}
	if e != nil {
		err = f.wrapErr("write", e)
	}
	return n, err
}

// write writes b in system calls of at most maxRW bytes until all is
// written or one fails (an interrupted one is retried).
func (f *file) write(b []byte) (int, error) {
	if f.fd < 0 {
		return 0, ErrClosed
	}
	n := 0
	for {
		chunk := b[n:]
		if len(chunk) > maxRW {
			chunk = chunk[:maxRW]
		}
		m, err := syscall.Write(f.fd, chunk)
		if err == syscall.EINTR {
			continue
		}
		if m > 0 {
			n += m
		}
		if n == len(b) || err != nil {
			return n, err
		}
		if m == 0 {
			return n, io.ErrUnexpectedEOF
		}
	}
}

// WriteString writes s.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// Close closes the file; a second Close returns an error.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	fd := f.fd
	f.fd = -1
	if err := syscall.Close(fd); err != nil {
		return &PathError{Op: "close", Path: f.name, Err: err}
	}
	return nil
}

// ReadFile returns the contents of the file name. Reading to the end is
// success: its error is never io.EOF.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data := make([]byte, 0, 512)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// WriteFile writes data to the file name, creating it with permissions
// perm (before the umask) or truncating it.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Remove removes the file or empty directory name. Its error is a
// *PathError.
func Remove(name string) error {
	e := ignoringEINTR(func() error { return syscall.Unlink(name) })
	if e == nil {
		return nil
	}
	e1 := ignoringEINTR(func() error { return syscall.Rmdir(name) })
	if e1 == nil {
		return nil
	}
	// Both failed: unlink's error unless name may be a directory (rmdir
	// did not say it is none).
	if e1 != syscall.ENOTDIR {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: e}
}

// Mkdir makes the directory name with permissions perm (before the
// umask). Its error is a *PathError.
func Mkdir(name string, perm FileMode) error {
	e := ignoringEINTR(func() error { return syscall.Mkdir(name, syscallMode(perm)) })
	if e != nil {
		return &PathError{Op: "mkdir", Path: name, Err: e}
	}
	return nil
}

// TempDir returns the directory for temporary files: $TMPDIR, else /tmp.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

// ignoringEINTR calls fn until it is not interrupted.
func ignoringEINTR(fn func() error) error {
	for {
		err := fn()
		if err != syscall.EINTR {
			return err
		}
	}
}
