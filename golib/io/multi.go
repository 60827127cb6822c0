package io

// MultiReader returns a Reader that reads each of readers in turn to its
// EOF; its own EOF comes after the last one's.
func MultiReader(readers ...Reader) Reader {
	rs := make([]Reader, len(readers))
	copy(rs, readers)
	return &multiReader{rs}
}

type multiReader struct {
	readers []Reader // those not yet at EOF
}

// eofReader replaces a finished reader so that it can be collected.
type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, EOF }

func (mr *multiReader) Read(p []byte) (n int, err error) {
	for len(mr.readers) > 0 {
		// A lone nested MultiReader is flattened, so that deep chains
		// do not recurse.
		if len(mr.readers) == 1 {
			if inner, ok := mr.readers[0].(*multiReader); ok {
				mr.readers = inner.readers
				continue
			}
		}
		n, err = mr.readers[0].Read(p)
		if err == EOF {
			mr.readers[0] = eofReader{}
			mr.readers = mr.readers[1:]
		}
		if n > 0 || err != EOF {
			if err == EOF && len(mr.readers) > 0 {
				err = nil // more readers to come
			}
			return n, err
		}
	}
	return 0, EOF
}

// WriteTo copies every reader to w through one buffer.
func (mr *multiReader) WriteTo(w Writer) (sum int64, err error) {
	return mr.writeTo(w, make([]byte, 32<<10))
}

func (mr *multiReader) writeTo(w Writer, buf []byte) (sum int64, err error) {
	for i, r := range mr.readers {
		var n int64
		if inner, ok := r.(*multiReader); ok {
			n, err = inner.writeTo(w, buf)
		} else {
			n, err = copyBuffer(w, r, buf)
		}
		sum += n
		if err != nil {
			mr.readers = mr.readers[i:] // a retry resumes here
			return sum, err
		}
		mr.readers[i] = nil
	}
	mr.readers = nil
	return sum, nil
}

// MultiWriter returns a Writer that writes to each of writers in turn,
// stopping at the first error or short write. Nested MultiWriters are
// flattened.
func MultiWriter(writers ...Writer) Writer {
	all := make([]Writer, 0, len(writers))
	for _, w := range writers {
		if mw, ok := w.(*multiWriter); ok {
			all = append(all, mw.writers...)
		} else {
			all = append(all, w)
		}
	}
	return &multiWriter{all}
}

type multiWriter struct {
	writers []Writer
}

func (mw *multiWriter) Write(p []byte) (n int, err error) {
	for _, w := range mw.writers {
		n, err = w.Write(p)
		if err != nil {
			return n, err
		}
		if n != len(p) {
			return n, ErrShortWrite
		}
	}
	return len(p), nil
}

// WriteString converts s to bytes once, and only for writers without
// their own WriteString.
func (mw *multiWriter) WriteString(s string) (n int, err error) {
	var p []byte
	for _, w := range mw.writers {
		if sw, ok := w.(StringWriter); ok {
			n, err = sw.WriteString(s)
		} else {
			if p == nil {
				p = []byte(s)
			}
			n, err = w.Write(p)
		}
		if err != nil {
			return n, err
		}
		if n != len(s) {
			return n, ErrShortWrite
		}
	}
	return len(s), nil
}
