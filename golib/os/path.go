package os

import "syscall"

// IsPathSeparator reports whether c separates a path's elements.
func IsPathSeparator(c uint8) bool { return c == PathSeparator }

// statMode is the kernel's mode of path, after symbolic links if follow
// (stat) or not (lstat), or -errno (runtime/syscall_linux.cpp).
func statMode(path []byte, follow bool) int

// isDir reports whether path names a directory (Stat's view if follow,
// else Lstat's), and the error if it names nothing.
func isDir(path string, follow bool) (bool, error) {
	p, err := syscall.ByteSliceFromString(path)
	if err != nil {
		return false, err
	}
	m := statMode(p, follow)
	if m < 0 {
		return false, syscall.Errno(-m)
	}
	return m&syscall.S_IFMT == syscall.S_IFDIR, nil
}

// MkdirAll makes the directory path and the parents it lacks, with
// permissions perm (before the umask). An existing directory is success;
// an existing other file is a *PathError, ENOTDIR.
func MkdirAll(path string, perm FileMode) error {
	if dir, err := isDir(path, true); err == nil {
		if dir {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	// Make the parent first: path up to its last element, without the
	// separators at the end or before that element.
	i := len(path)
	for i > 0 && IsPathSeparator(path[i-1]) {
		i--
	}
	j := i
	for j > 0 && !IsPathSeparator(path[j-1]) {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	if err := Mkdir(path, perm); err != nil {
		// It may be there by now (a symbolic link is not a directory).
		if dir, err1 := isDir(path, false); err1 == nil && dir {
			return nil
		}
		return err
	}
	return nil
}
