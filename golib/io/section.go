package io

import "errors"

// A SectionReader reads n bytes of a ReaderAt from an offset: Read, Seek
// and ReadAt within that window.
type SectionReader struct {
	r     ReaderAt
	base  int64 // the window's start in r
	off   int64 // the next Read's offset in r
	limit int64 // the window's end in r
}

// NewSectionReader returns a SectionReader of r's bytes [off, off+n); an
// end past the largest int64 is clamped.
func NewSectionReader(r ReaderAt, off int64, n int64) *SectionReader {
	const maxInt64 = 1<<63 - 1
	end := int64(maxInt64)
	if off <= maxInt64-n {
		end = off + n
	}
	return &SectionReader{r, off, off, end}
}

// Read reads from the current offset up to the window's end.
func (s *SectionReader) Read(p []byte) (n int, err error) {
	if s.off >= s.limit {
		return 0, EOF
	}
	if left := s.limit - s.off; int64(len(p)) > left {
		p = p[:left]
	}
	n, err = s.r.ReadAt(p, s.off)
	s.off += int64(n)
	return n, err
}

var (
	errWhence = errors.New("Seek: invalid whence")
	errOffset = errors.New("Seek: invalid offset")
)

// Seek moves the offset, which may pass the end but not the start.
func (s *SectionReader) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	case SeekStart:
		offset += s.base
	case SeekCurrent:
		offset += s.off
	case SeekEnd:
		offset += s.limit
	default:
		return 0, errWhence
	}
	if offset < s.base {
		return 0, errOffset
	}
	s.off = offset
	return offset - s.base, nil
}

// ReadAt reads at off within the window; a read cut short by the
// window's end reports EOF.
func (s *SectionReader) ReadAt(p []byte, off int64) (n int, err error) {
	if off < 0 || off >= s.limit-s.base {
		return 0, EOF
	}
	off += s.base
	if left := s.limit - off; int64(len(p)) > left {
		n, err = s.r.ReadAt(p[:left], off)
		if err == nil {
			err = EOF
		}
		return n, err
	}
	return s.r.ReadAt(p, off)
}

// Size returns the window's length.
func (s *SectionReader) Size() int64 { return s.limit - s.base }
