// Package flag: the fuzzer's stub (../README.md).
package flag

func Int(name string, value int, usage string) *int          { return &value }
func Bool(name string, value bool, usage string) *bool       { return &value }
func String(name string, value string, usage string) *string { return &value }
func Parse()                                                 {}
func Args() []string                                         { return nil }
func Arg(i int) string                                       { return "" }
func NArg() int                                              { return 0 }
