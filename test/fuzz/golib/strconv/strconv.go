// Package strconv: the fuzzer's stub (../README.md).
package strconv

type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string { return e.Func + e.Num }

func Itoa(i int) string                                         { return FormatInt(int64(i), 10) }
func Atoi(s string) (int, error)                                { return 0, nil }
func FormatInt(i int64, base int) string                        { return "" }
func FormatUint(i uint64, base int) string                      { return "" }
func FormatFloat(f float64, fmt byte, prec, bitSize int) string { return "" }
func ParseInt(s string, base int, bitSize int) (int64, error)   { return 0, nil }
func ParseUint(s string, base int, bitSize int) (uint64, error) { return 0, nil }
func ParseFloat(s string, bitSize int) (float64, error)         { return 0, nil }
func Quote(s string) string                                     { return s }
