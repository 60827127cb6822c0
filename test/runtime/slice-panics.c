// The run-time errors of indexing, slicing, make and append: panicbounds
// with each of Go's bounds codes, signed and unsigned, makeslice and
// growslice. Each is recovered and its Error() text printed; unrecovered,
// it prints Go's panic lines and exits 2. Expected text: what Go 1.19
// prints for the Go expression quoted in each case's name (see below), on
// amd64 and on arm (386: as arm), where uint is 32 bits.
// REQUIRES: split
// RUN: %cc %s -o %t && %run %t 2>&1 | FileCheck %s --check-prefixes=CHECK,W-%target
// RUN: %cc -DPLAIN %s -o %t1 && %exitcode %run %t1 2>&1 | FileCheck %s --check-prefix=PLAIN
// RUN: %cc -DREPANIC %s -o %t2 && %exitcode %run %t2 2>&1 | FileCheck %s --check-prefix=REPANIC
#include <gort/gort.h>

#define NAME(s) {(const uint8_t *)s, sizeof s - 1}
static const GoType tint = {sizeof(long), GORT_KIND_INT | GORT_KIND_NOPOINTERS,
                            sizeof(long), NAME("int"), 0};
static const GoType tint64 = {8, GORT_KIND_INT64 | GORT_KIND_NOPOINTERS, 8,
                              NAME("int64"), 0};
// type T [1<<27 + 1]int64 on 32-bit targets, [1<<59 + 1]int64 on 64-bit:
// four of them overflow the address space.
static const GoType thuge = {((uintptr_t)1 << (sizeof(void *) * 8 - 2)) + 8,
                             GORT_KIND_ARRAY | GORT_KIND_NOPOINTERS, 8,
                             NAME("main.T"), &tint64};

static void recoverer(void *p) {
  const char *name = *(const char **)p;
  GoEface r = gort_gorecover(__builtin_return_address(0));
  if (r.type == 0) {
    gort_printf("%s: nothing to recover\n", name);
    return;
  }
  gort_printf("%s %S\n", name, *(GoString *)r.data);
}

// defer func() { println(name, recover().(error).Error()) }(); <op>
#define TRY(name, op)                                                    \
  do {                                                                   \
    const char *n = name;                                                \
    if (gort_deferproc(sizeof n, recoverer, &n) == 0)                    \
      op;                                                                \
    gort_deferreturn();                                                  \
  } while (0)

enum { U = GORT_BOUNDS_UNSIGNED };

static void cases(void) {
  // var s = []int{1, 2, 3}; s4 = make([]int, 3, 4); str = "abc";
  // parr = &[3]int{}; i5, m1, i7, i3, i2, i9 = 5, -1, 7, 3, 2, 9;
  // u = ^uint(0); u64 = ^uint64(0); i64min = math.MinInt64; u8 = 200
  TRY("index", gort_panicbounds(5, 3, GORT_BOUNDS_INDEX));  // s[i5]
  // CHECK: {{^}}index runtime error: index out of range [5] with length 3{{$}}
  TRY("index-neg", gort_panicbounds(-1, 3, GORT_BOUNDS_INDEX));  // s[m1]
  // CHECK-NEXT: {{^}}index-neg runtime error: index out of range [-1]{{$}}
  // s[u]: the compiler passes a uint zero-extended.
  TRY("index-uint", gort_panicbounds((int64_t)~(uintptr_t)0, 3,
                                     GORT_BOUNDS_INDEX | U));
  // W-amd64-NEXT: {{^}}index-uint runtime error: index out of range [18446744073709551615] with length 3{{$}}
  // W-386-NEXT: {{^}}index-uint runtime error: index out of range [4294967295] with length 3{{$}}
  // W-arm-NEXT: {{^}}index-uint runtime error: index out of range [4294967295] with length 3{{$}}
  TRY("index-uint64", gort_panicbounds(-1, 3, GORT_BOUNDS_INDEX | U));
  // CHECK-NEXT: {{^}}index-uint64 runtime error: index out of range [18446744073709551615] with length 3{{$}}
  TRY("index-min", gort_panicbounds(INT64_MIN, 3, GORT_BOUNDS_INDEX));
  // CHECK-NEXT: {{^}}index-min runtime error: index out of range [-9223372036854775808]{{$}}
  TRY("index-uint8", gort_panicbounds(200, 3, GORT_BOUNDS_INDEX | U));
  // CHECK-NEXT: {{^}}index-uint8 runtime error: index out of range [200] with length 3{{$}}
  TRY("index-str", gort_panicbounds(5, 3, GORT_BOUNDS_INDEX));  // str[i5]
  // CHECK-NEXT: {{^}}index-str runtime error: index out of range [5] with length 3{{$}}
  TRY("alen-str", gort_panicbounds(7, 3, GORT_BOUNDS_SLICE_ALEN));  // str[:i7]
  // CHECK-NEXT: {{^}}alen-str runtime error: slice bounds out of range [:7] with length 3{{$}}
  TRY("alen-arr", gort_panicbounds(5, 3, GORT_BOUNDS_SLICE_ALEN));  // parr[:i5]
  // CHECK-NEXT: {{^}}alen-arr runtime error: slice bounds out of range [:5] with length 3{{$}}
  TRY("acap", gort_panicbounds(7, 4, GORT_BOUNDS_SLICE_ACAP));  // s4[:i7]
  // CHECK-NEXT: {{^}}acap runtime error: slice bounds out of range [:7] with capacity 4{{$}}
  TRY("acap-neg", gort_panicbounds(-1, 4, GORT_BOUNDS_SLICE_ACAP));  // s4[:m1]
  // CHECK-NEXT: {{^}}acap-neg runtime error: slice bounds out of range [:-1]{{$}}
  TRY("alen-neg", gort_panicbounds(-1, 3, GORT_BOUNDS_SLICE_ALEN));  // str[:m1]
  // CHECK-NEXT: {{^}}alen-neg runtime error: slice bounds out of range [:-1]{{$}}
  TRY("acap-uint64", gort_panicbounds(-1, 4, GORT_BOUNDS_SLICE_ACAP | U));  // s4[:u64]
  // CHECK-NEXT: {{^}}acap-uint64 runtime error: slice bounds out of range [:18446744073709551615] with capacity 4{{$}}
  TRY("b", gort_panicbounds(3, 2, GORT_BOUNDS_SLICE_B));  // s4[i3:i2]
  // CHECK-NEXT: {{^}}b runtime error: slice bounds out of range [3:2]{{$}}
  TRY("b-neg", gort_panicbounds(-1, 3, GORT_BOUNDS_SLICE_B));  // s4[m1:]
  // CHECK-NEXT: {{^}}b-neg runtime error: slice bounds out of range [-1:]{{$}}
  TRY("b-str", gort_panicbounds(3, 2, GORT_BOUNDS_SLICE_B));  // str[i3:i2]
  // CHECK-NEXT: {{^}}b-str runtime error: slice bounds out of range [3:2]{{$}}
  TRY("3alen", gort_panicbounds(9, 3, GORT_BOUNDS_SLICE3_ALEN));  // parr[:i2:i9]
  // CHECK-NEXT: {{^}}3alen runtime error: slice bounds out of range [::9] with length 3{{$}}
  TRY("3acap", gort_panicbounds(9, 4, GORT_BOUNDS_SLICE3_ACAP));  // s4[:i2:i9]
  // CHECK-NEXT: {{^}}3acap runtime error: slice bounds out of range [::9] with capacity 4{{$}}
  TRY("3acap-neg", gort_panicbounds(-1, 4, GORT_BOUNDS_SLICE3_ACAP));  // s4[:i2:m1]
  // CHECK-NEXT: {{^}}3acap-neg runtime error: slice bounds out of range [::-1]{{$}}
  TRY("3alen-neg", gort_panicbounds(-1, 3, GORT_BOUNDS_SLICE3_ALEN));  // parr[:i2:m1]
  // CHECK-NEXT: {{^}}3alen-neg runtime error: slice bounds out of range [::-1]{{$}}
  TRY("3b", gort_panicbounds(3, 2, GORT_BOUNDS_SLICE3_B));  // s4[:i3:i2]
  // CHECK-NEXT: {{^}}3b runtime error: slice bounds out of range [:3:2]{{$}}
  TRY("3b-neg", gort_panicbounds(-1, 3, GORT_BOUNDS_SLICE3_B));  // s4[:m1:i3]
  // CHECK-NEXT: {{^}}3b-neg runtime error: slice bounds out of range [:-1:]{{$}}
  TRY("3c", gort_panicbounds(3, 2, GORT_BOUNDS_SLICE3_C));  // s4[i3:i2:i3]
  // CHECK-NEXT: {{^}}3c runtime error: slice bounds out of range [3:2:]{{$}}
  TRY("3c-neg", gort_panicbounds(-1, 2, GORT_BOUNDS_SLICE3_C));  // s4[m1:i2:i3]
  // CHECK-NEXT: {{^}}3c-neg runtime error: slice bounds out of range [-1::]{{$}}
  TRY("convert", gort_panicbounds(5, 3, GORT_BOUNDS_CONVERT));  // (*[5]int)(s4)
  // CHECK-NEXT: {{^}}convert runtime error: cannot convert slice with length 3 to pointer to array with length 5{{$}}

  // make([]int, m1); make([]int, i5, i3); make([]int64, u>>2);
  // make([]int64, 0, u>>2)
  long huge = (long)(~0UL >> 2);
  TRY("makeslice-len", gort_makeslice(&tint, -1, -1));
  // CHECK-NEXT: {{^}}makeslice-len runtime error: makeslice: len out of range{{$}}
  TRY("makeslice-cap", gort_makeslice(&tint, 5, 3));
  // CHECK-NEXT: {{^}}makeslice-cap runtime error: makeslice: cap out of range{{$}}
  TRY("makeslice-huge", gort_makeslice(&tint64, huge, huge));
  // CHECK-NEXT: {{^}}makeslice-huge runtime error: makeslice: len out of range{{$}}
  TRY("makeslice-hugecap", gort_makeslice(&tint64, 0, huge));
  // CHECK-NEXT: {{^}}makeslice-hugecap runtime error: makeslice: cap out of range{{$}}
  // n := int64(1) << 61; make([]int64, n); make([]int64, 1, n): on 32-bit
  // targets n does not fit an int, on amd64 n * 8 overflows.
  TRY("makeslice64-len", gort_makeslice64(&tint64, (int64_t)1 << 61,
                                          (int64_t)1 << 61));
  // CHECK-NEXT: {{^}}makeslice64-len runtime error: makeslice: len out of range{{$}}
  TRY("makeslice64-cap", gort_makeslice64(&tint64, 1, (int64_t)1 << 61));
  // CHECK-NEXT: {{^}}makeslice64-cap runtime error: makeslice: cap out of range{{$}}

  // var d T; var ts []T; ts = append(ts, d, d, d, d)
  GoSlice ts = {0};
  TRY("growslice", gort_growslice(&thuge, &ts, 4));
  // CHECK-NEXT: {{^}}growslice runtime error: growslice: cap out of range{{$}}
  // An append whose new length overflowed int.
  TRY("growslice-neg", gort_growslice(&tint, &ts, -5));
  // CHECK-NEXT: {{^}}growslice-neg runtime error: growslice: cap out of range{{$}}
}

static void repanic(void *p) {
  (void)p;
  GoEface r = gort_gorecover(__builtin_return_address(0));
  gort_gopanic(r);
}

void gort_main_main(void) {
#if defined(PLAIN)
  // _ = s[i5]
  gort_panicbounds(5, 3, GORT_BOUNDS_INDEX);
  // PLAIN: {{^}}panic: runtime error: index out of range [5] with length 3{{$}}
  // PLAIN-EMPTY:
  // PLAIN-NEXT: goroutine {{[0-9]+}} [running]:
  // PLAIN: exit status 2
#elif defined(REPANIC)
  // defer func() { r := recover(); panic(r) }(); _ = s[i5]
  if (gort_deferproc(0, repanic, 0) == 0)
    gort_panicbounds(5, 3, GORT_BOUNDS_INDEX);
  gort_deferreturn();
  // REPANIC: {{^}}panic: runtime error: index out of range [5] with length 3 [recovered]{{$}}
  // REPANIC-NEXT: {{^}}	panic: runtime error: index out of range [5] with length 3{{$}}
  // REPANIC-EMPTY:
  // REPANIC-NEXT: goroutine {{[0-9]+}} [running]:
  // REPANIC: exit status 2
#else
  cases();
  gort_printf("done\n");
  // CHECK-NEXT: {{^}}done{{$}}
#endif
}
