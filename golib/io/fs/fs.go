package fs

// A FileMode is a file's mode and permission bits.
type FileMode uint32

// The mode bits, one letter each in String, from the top bit down.
const (
	ModeDir        FileMode = 1 << (31 - iota) // d: a directory
	ModeAppend                                 // a: append-only
	ModeExclusive                              // l: exclusive use
	ModeTemporary                              // T: temporary (Plan 9)
	ModeSymlink                                // L: a symbolic link
	ModeDevice                                 // D: a device
	ModeNamedPipe                              // p: a FIFO
	ModeSocket                                 // S: a Unix socket
	ModeSetuid                                 // u: setuid
	ModeSetgid                                 // g: setgid
	ModeCharDevice                             // c: a character device, with ModeDevice
	ModeSticky                                 // t: sticky
	ModeIrregular                              // ?: none of the known kinds

	// ModeType masks the kind of file.
	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777 // the permission bits
)

// modeLetters are the letters of the mode bits, ModeDir's first.
const modeLetters = "dalTLDpSugct?"

// String is the mode as ls spells it: the letters of the mode bits that
// are set ("-" when none is), then rwx for each permission bit, "-" for
// each clear one: "drwxr-xr-x", "-rw-r--r--".
func (m FileMode) String() string {
	var b []byte
	for i := 0; i < len(modeLetters); i++ {
		if m&(ModeDir>>uint(i)) != 0 {
			b = append(b, modeLetters[i])
		}
	}
	if len(b) == 0 {
		b = append(b, '-')
	}
	for i := 0; i < 9; i++ {
		if m&(1<<uint(8-i)) != 0 {
			b = append(b, "rwx"[i%3])
		} else {
			b = append(b, '-')
		}
	}
	return string(b)
}

// IsDir reports whether m is a directory's.
func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

// IsRegular reports whether m is a regular file's: no kind bit set.
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

// Perm is m's permission bits.
func (m FileMode) Perm() FileMode { return m & ModePerm }

// Type is m's kind bits.
func (m FileMode) Type() FileMode { return m & ModeType }
