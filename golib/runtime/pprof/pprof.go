// Package pprof writes the runtime's CPU profile to an io.Writer, as Go
// 1.0's runtime/pprof did: the legacy binary format (docs/PROFILING.md),
// which Go 1.19's `go tool pprof` reads with the profiled executable.
package pprof

import (
	"errors"
	"io"
	"runtime"
	"sync"
	"syscall"
)

// hz is the sampling rate, fixed as Go's: 100 samples a second of CPU
// time is frequent enough to be useful, rare enough to cost little, and
// makes a sample 10ms.
const hz = 100

// cpu is the state of the one CPU profile of the process.
var cpu struct {
	mu        sync.Mutex // serializes Start and Stop
	profiling bool       // a profile is being written (under mu)
	done      chan bool  // the writer's signal that the profile is out
}

// readProfile stores in *out the next block of the profile, blocking
// until there is one; an empty slice when the profile has ended and all
// of it was returned (runtime/cpuprof.cpp, Go 1.0's runtime.CPUProfile).
// A block stays valid until the next call.
func readProfile(out *[]byte)

// StartCPUProfile enables CPU profiling for the current process: the
// profile is written to w as it fills, until StopCPUProfile. It returns
// an error if profiling is already on, by an earlier StartCPUProfile or
// by $GORTCPUPROFILE, whose profile the runtime writes itself.
func StartCPUProfile(w io.Writer) error {
	cpu.mu.Lock()
	defer cpu.mu.Unlock()
	if cpu.done == nil {
		cpu.done = make(chan bool)
	}
	if cpu.profiling || envProfiling() {
		return errors.New("cpu profiling already in use")
	}
	cpu.profiling = true
	runtime.SetCPUProfileRate(hz)
	go profileWriter(w)
	return nil
}

// envProfiling reports whether the runtime profiles the whole run into
// $GORTCPUPROFILE (runtime/cpuprof.cpp's cpuprofinit).
func envProfiling() bool {
	file, _ := syscall.Getenv("GORTCPUPROFILE")
	return file != ""
}

// profileWriter copies the profile's blocks to w until its end, then
// tells StopCPUProfile. A write error loses the rest of the profile but
// the blocks are still read, so that the runtime can finish it.
func profileWriter(w io.Writer) {
	var err error
	for {
		var data []byte
		readProfile(&data)
		if len(data) == 0 {
			break
		}
		if err == nil {
			_, err = w.Write(data)
		}
	}
	cpu.done <- true
}

// StopCPUProfile stops the current CPU profile, if any, and returns once
// all of it has been written.
func StopCPUProfile() {
	cpu.mu.Lock()
	defer cpu.mu.Unlock()
	if !cpu.profiling {
		return
	}
	cpu.profiling = false
	runtime.SetCPUProfileRate(0)
	<-cpu.done
}
