// msize.cpp: port of Go 1.19's runtime/msize.go: the size mallocgc would
// give a request of size bytes, which is what growslice and the string
// conversions report as a slice's capacity (the tables: sizeclasses.cpp).
//
// PORT: gort's allocator need not use these classes (malloc.cpp asks
// libc); the capacities follow Go 1.19's all the same (docs/PORTING.md).
//
// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.
#include "runtime.h"

namespace runtime {

static uintptr divRoundUp(uintptr n, uintptr a) { return (n + a - 1) / a; }

static uintptr alignUp(uintptr n, uintptr a) { return (n + a - 1) & ~(a - 1); }

// Returns size of the memory block that mallocgc will allocate if you ask
// for the size.
uintptr roundupsize(uintptr size) {
  if (size < _MaxSmallSize) {
    if (size <= smallSizeMax - 8)
      return class_to_size[size_to_class8[divRoundUp(size, smallSizeDiv)]];
    return class_to_size[size_to_class128[divRoundUp(size - smallSizeMax,
                                                     largeSizeDiv)]];
  }
  if (size + _PageSize < size)
    return size;
  return alignUp(size, _PageSize);
}

}  // namespace runtime
