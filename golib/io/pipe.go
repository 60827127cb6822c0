package io

import (
	"errors"
	"sync"
)

// ErrClosedPipe is the error of a read or write on a closed pipe end.
var ErrClosedPipe = errors.New("io: read/write on closed pipe")

// Pipe returns the two ends of a synchronous in-memory pipe: each Write
// blocks until Reads have taken all its bytes, with no buffering between.
func Pipe() (*PipeReader, *PipeWriter) {
	p := &pipe{
		data:  make(chan []byte),
		taken: make(chan int),
		done:  make(chan struct{}),
	}
	return &PipeReader{p}, &PipeWriter{p}
}

// A pipe hands each write's bytes to reads over data; every read answers
// on taken with how many it copied. Closing either end closes done.
type pipe struct {
	writing sync.Mutex // one Write at a time, so writes never interleave
	data    chan []byte
	taken   chan int
	once    sync.Once // closes done
	done    chan struct{}
	rerr    firstError // why the reading end closed
	werr    firstError // why the writing end closed
}

// firstError keeps the first error stored in it.
type firstError struct {
	mu  sync.Mutex
	err error
}

func (f *firstError) store(err error) {
	f.mu.Lock()
	if f.err == nil {
		f.err = err
	}
	f.mu.Unlock()
}

func (f *firstError) load() error {
	f.mu.Lock()
	err := f.err
	f.mu.Unlock()
	return err
}

func (p *pipe) read(b []byte) (int, error) {
	select { // a closed pipe wins over a pending write
	case <-p.done:
		return 0, p.readError()
	default:
	}
	select {
	case w := <-p.data:
		n := copy(b, w)
		p.taken <- n
		return n, nil
	case <-p.done:
		return 0, p.readError()
	}
}

func (p *pipe) write(b []byte) (n int, err error) {
	select {
	case <-p.done:
		return 0, p.writeError()
	default:
	}
	p.writing.Lock()
	defer p.writing.Unlock()
	// An empty write still meets one read.
	for first := true; first || len(b) > 0; first = false {
		select {
		case p.data <- b:
			k := <-p.taken
			b = b[k:]
			n += k
		case <-p.done:
			return n, p.writeError()
		}
	}
	return n, nil
}

func (p *pipe) closeRead(err error) error {
	if err == nil {
		err = ErrClosedPipe
	}
	p.rerr.store(err)
	p.once.Do(func() { close(p.done) })
	return nil
}

func (p *pipe) closeWrite(err error) error {
	if err == nil {
		err = EOF
	}
	p.werr.store(err)
	p.once.Do(func() { close(p.done) })
	return nil
}

// readError: the writer's reason when only the writer closed, else
// ErrClosedPipe.
func (p *pipe) readError() error {
	rerr, werr := p.rerr.load(), p.werr.load()
	if rerr == nil && werr != nil {
		return werr
	}
	return ErrClosedPipe
}

// writeError: the reader's reason when only the reader closed, else
// ErrClosedPipe.
func (p *pipe) writeError() error {
	werr, rerr := p.werr.load(), p.rerr.load()
	if werr == nil && rerr != nil {
		return rerr
	}
	return ErrClosedPipe
}

// A PipeReader is the reading end of a Pipe.
type PipeReader struct{ p *pipe }

// Read waits for a Write, or for the writing end to close (then the
// error it closed with, EOF by default).
func (r *PipeReader) Read(data []byte) (n int, err error) { return r.p.read(data) }

// Close closes the reading end: writes fail with ErrClosedPipe.
func (r *PipeReader) Close() error { return r.p.closeRead(nil) }

// CloseWithError closes the reading end: writes fail with err.
func (r *PipeReader) CloseWithError(err error) error { return r.p.closeRead(err) }

// A PipeWriter is the writing end of a Pipe.
type PipeWriter struct{ p *pipe }

// Write waits until reads have taken all of data, or the reading end
// closes.
func (w *PipeWriter) Write(data []byte) (n int, err error) { return w.p.write(data) }

// Close closes the writing end: reads then return EOF.
func (w *PipeWriter) Close() error { return w.p.closeWrite(nil) }

// CloseWithError closes the writing end: reads then return err (EOF for
// nil).
func (w *PipeWriter) CloseWithError(err error) error { return w.p.closeWrite(err) }
