package strconv

// digits spells the digits of bases up to 36.
const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// formatBits writes the magnitude u, with a minus sign if neg, in base
// (2..36) into the end of buf and returns where the text starts. A uint64
// in base 2 with a sign takes 65 bytes.
func formatBits(buf *[65]byte, u uint64, neg bool, base int) int {
	if base < 2 || base > len(digits) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	i := len(buf)
	b := uint64(base)
	for u >= b {
		i--
		buf[i] = digits[u%b]
		u /= b
	}
	i--
	buf[i] = digits[u]
	if neg {
		i--
		buf[i] = '-'
	}
	return i
}

// magnitude splits i into sign and absolute value; the absolute value of
// the most negative int64 fits in a uint64.
func magnitude(i int64) (uint64, bool) {
	if i < 0 {
		return -uint64(i), true
	}
	return uint64(i), false
}

// FormatInt returns i in base (2 to 36), lower-case letters for digits
// past 9.
func FormatInt(i int64, base int) string {
	var buf [65]byte
	u, neg := magnitude(i)
	start := formatBits(&buf, u, neg, base)
	return string(buf[start:])
}

// FormatUint returns i in base (2 to 36).
func FormatUint(i uint64, base int) string {
	var buf [65]byte
	start := formatBits(&buf, i, false, base)
	return string(buf[start:])
}

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string {
	return FormatInt(int64(i), 10)
}

// AppendInt appends FormatInt(i, base) to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	var buf [65]byte
	u, neg := magnitude(i)
	start := formatBits(&buf, u, neg, base)
	return append(dst, buf[start:]...)
}

// AppendUint appends FormatUint(i, base) to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	var buf [65]byte
	start := formatBits(&buf, i, false, base)
	return append(dst, buf[start:]...)
}
