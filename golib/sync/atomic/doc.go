// Package atomic: Go 1.19's sync/atomic for integers. The functions are
// sequentially consistent and have no bodies here: the runtime defines
// them (runtime/sync_atomic.cpp).
package atomic

//go:noescape
func AddInt32(addr *int32, delta int32) (new int32)

//go:noescape
func AddInt64(addr *int64, delta int64) (new int64)

//go:noescape
func AddUint32(addr *uint32, delta uint32) (new uint32)

//go:noescape
func AddUint64(addr *uint64, delta uint64) (new uint64)

//go:noescape
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)

//go:noescape
func LoadInt32(addr *int32) (val int32)

//go:noescape
func LoadInt64(addr *int64) (val int64)

//go:noescape
func LoadUint32(addr *uint32) (val uint32)

//go:noescape
func LoadUint64(addr *uint64) (val uint64)

//go:noescape
func LoadUintptr(addr *uintptr) (val uintptr)

//go:noescape
func StoreInt32(addr *int32, val int32)

//go:noescape
func StoreInt64(addr *int64, val int64)

//go:noescape
func StoreUint32(addr *uint32, val uint32)

//go:noescape
func StoreUint64(addr *uint64, val uint64)

//go:noescape
func StoreUintptr(addr *uintptr, val uintptr)

//go:noescape
func SwapInt32(addr *int32, new int32) (old int32)

//go:noescape
func SwapInt64(addr *int64, new int64) (old int64)

//go:noescape
func SwapUint32(addr *uint32, new uint32) (old uint32)

//go:noescape
func SwapUint64(addr *uint64, new uint64) (old uint64)

//go:noescape
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)

//go:noescape
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)

//go:noescape
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)

//go:noescape
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)

//go:noescape
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)

//go:noescape
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)
