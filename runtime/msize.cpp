// msize.cpp: Go 1.0's msize.c (SizeToClass, InitSizes) and Go 1.19's
// msize.go (roundupsize): a size's class, and the size mallocgc gives a
// request of size bytes, which is what growslice and the string
// conversions report as a slice's capacity.
//
// PORT: the classes are Go 1.19's (sizeclasses.cpp, 68 classes of 8 KB
// pages), not those Go 1.0's InitSizes computed: InitSizes only fills
// class_to_transfercount, as Go 1.0's did (docs/PORTING.md).
//
// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.
#include "malloc.h"

namespace runtime {

int32 class_to_transfercount[NumSizeClasses];

// NOSPLIT: mallocgc calls it with m->mallocing set.
NOSPLIT int32 SizeToClass(int32 size) {
  if (size > MaxSmallSize)
    throw_("SizeToClass - invalid size");
  if (size > smallSizeMax - 8)
    return size_to_class128[(size - smallSizeMax + largeSizeDiv - 1) /
                            largeSizeDiv];
  return size_to_class8[(size + smallSizeDiv - 1) / smallSizeDiv];
}

void InitSizes() {
  int32 sizeclass, n;

  // Initialize the class_to_transfercount table.
  for (sizeclass = 1; sizeclass < NumSizeClasses; sizeclass++) {
    n = 64 * 1024 / class_to_size[sizeclass];
    if (n < 2)
      n = 2;
    if (n > 32)
      n = 32;
    class_to_transfercount[sizeclass] = n;
  }
}

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
