package fmt

import "strconv"

// appendFloat formats f as strconv does; format.go adds fmt's flags.
func appendFloat(dst []byte, f float64, verb byte, prec, bitSize int) []byte {
	return strconv.AppendFloat(dst, f, verb, prec, bitSize)
}
