package os

import (
	"io/fs"
	"syscall"
)

// A FileMode is a file's mode and permission bits.
type FileMode = fs.FileMode

// The mode bits (fs's).
const (
	ModeDir        = fs.ModeDir        // d: a directory
	ModeAppend     = fs.ModeAppend     // a: append-only
	ModeExclusive  = fs.ModeExclusive  // l: exclusive use
	ModeTemporary  = fs.ModeTemporary  // T: temporary (Plan 9)
	ModeSymlink    = fs.ModeSymlink    // L: a symbolic link
	ModeDevice     = fs.ModeDevice     // D: a device
	ModeNamedPipe  = fs.ModeNamedPipe  // p: a FIFO
	ModeSocket     = fs.ModeSocket     // S: a Unix socket
	ModeSetuid     = fs.ModeSetuid     // u: setuid
	ModeSetgid     = fs.ModeSetgid     // g: setgid
	ModeCharDevice = fs.ModeCharDevice // c: a character device, with ModeDevice
	ModeSticky     = fs.ModeSticky     // t: sticky
	ModeIrregular  = fs.ModeIrregular  // ?: none of the known kinds

	ModeType = fs.ModeType // the kind of file
	ModePerm = fs.ModePerm // the permission bits
)

// syscallMode is the kernel's mode for m: the permissions and the setuid,
// setgid and sticky bits.
func syscallMode(m FileMode) uint32 {
	o := uint32(m.Perm())
	if m&ModeSetuid != 0 {
		o |= syscall.S_ISUID
	}
	if m&ModeSetgid != 0 {
		o |= syscall.S_ISGID
	}
	if m&ModeSticky != 0 {
		o |= syscall.S_ISVTX
	}
	return o
}
