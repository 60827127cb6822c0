package fmt

// appendFloat is strconv.AppendFloat, which golib's strconv does not have
// yet (another branch adds it): until then printing a float panics.
// TODO(merge): return strconv.AppendFloat(dst, f, verb, prec, bitSize).
func appendFloat(dst []byte, f float64, verb byte, prec, bitSize int) []byte {
	panic("fmt: printing floats needs strconv.AppendFloat")
}
