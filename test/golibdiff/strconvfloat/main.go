// Differential test of golib/strconv's floats against Go 1.19's:
// FormatFloat and AppendFloat in every format at many precisions, for
// both sizes, on boundary values and random bit patterns (fixed seed);
// ParseFloat on their outputs, on mutated and hand-picked texts (hex,
// underscores, specials, overflow, underflow, halfway cases, long
// mantissas), comparing bits and errors.
package main

import (
	"errors"
	"fmt"
	"math"
	"math/rand"
	"strconv"
	"strings"

	"golibtest/diff"
	mystrconv "golibtest/strconv"
)

var rng = rand.New(rand.NewSource(1919))

func describe(err error, errRange, errSyntax error) string {
	if err == nil {
		return "<nil>"
	}
	return fmt.Sprintf("%T %q range=%v syntax=%v", err, err.Error(),
		errors.Is(err, errRange), errors.Is(err, errSyntax))
}

var formats = []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X', 'z'}

// format compares FormatFloat of f in every format at precisions -1..prec
// plus a few large ones.
func format(f float64, maxPrec int) {
	for _, bits := range []int{32, 64} {
		for _, fm := range formats {
			precs := []int{-1, -2, 20, 30, 60, 400, 800}
			for p := 0; p <= maxPrec; p++ {
				precs = append(precs, p)
			}
			for _, p := range precs {
				got := mystrconv.FormatFloat(f, fm, p, bits)
				want := strconv.FormatFloat(f, fm, p, bits)
				diff.Eq(fmt.Sprintf("FormatFloat(%b, %c, %d, %d)", f, fm, p, bits), got, want)
			}
		}
		diff.Eq(fmt.Sprintf("AppendFloat(%b, %d)", f, bits),
			mystrconv.AppendFloat([]byte("x:"), f, 'g', -1, bits),
			strconv.AppendFloat([]byte("x:"), f, 'g', -1, bits))
		parse(strconv.FormatFloat(f, 'g', -1, bits))
		parse(strconv.FormatFloat(f, 'e', 25, bits))
		parse(strconv.FormatFloat(f, 'x', -1, bits))
	}
}

func parse(s string) {
	for _, bits := range []int{32, 64, 0} {
		f1, e1 := mystrconv.ParseFloat(s, bits)
		f2, e2 := strconv.ParseFloat(s, bits)
		what := fmt.Sprintf("ParseFloat(%q, %d)", s, bits)
		diff.Eq(what, math.Float64bits(f1), math.Float64bits(f2))
		diff.Eq(what+" err", describe(e1, mystrconv.ErrRange, mystrconv.ErrSyntax),
			describe(e2, strconv.ErrRange, strconv.ErrSyntax))
	}
}

var special = []float64{0, 1, -1, 0.1, 0.5, 1.5, 2.5, 1e23, 1e22, 1e21, 5e-324, 1e-323,
	math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32,
	2.2250738585072014e-308, 2.2250738585072009e-308, 1.1754943508222875e-38,
	math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1), 123456789, 1e15, 1e16, 1e17,
	9007199254740992, 9007199254740993, 0.3, 1.0 / 3, 2.0 / 3, 100, 1e100, 1e-100, 1e308, 1e-308,
	0.000001, 0.0000001, 123456, 1234567, 12345678, 0.125, 0.375, 5e-7, 4.35, 1.005, 2.675,
	float64(math.Float32frombits(1)), float64(math.Float32frombits(0x7f7fffff)), 16777216, 16777217,
	3.4028235677973366e+38, 3.4028234663852886e+38, 0.1 + 0.2, 1e-5, 1e-4, 1e6, 1e20, 1e21 - 1, 999999.5,
	0.9999999999999999, 9.999999999999999e22, 8.41e21, 5.0e-324 * 3, 4.9406564584124654e-324,
}

var texts = []string{"", "0", "-0", "+0", "1", "-1", "+1.5", ".5", "5.", ".", "-.", "1e", "1e+", "1e-",
	"1e5", "1E5", "1e+5", "1e-5", "1_000.5", "1__0", "_1", "1_", "1_.5", "1._5", "0x1p0", "0x1P-2",
	"0x.8p1", "0x1.8p+1", "0x_1p0", "0x1_0p0", "0x1", "0x1.8", "0xp1", "0x", "0x1p", "0x1p+",
	"0X1P1", "0x1e", "0x1ep1", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "0x1p1024",
	"0x1p-1074", "0x1p-1075", "0x1.000001p-1075", "0x3p-1076", "0x1p-1022", "0x.fffffffffffff8p-1022",
	"0x1.ffffffp127", "0x1.fffffefp127", "0x1p-149", "0x1p-150", "0x1.8p-150",
	"inf", "Inf", "INF", "+inf", "-inf", "infinity", "-Infinity", "+INFINITY", "infin", "infinityx",
	"nan", "NaN", "NAN", "-nan", "+nan", "nanx", "in", "i", "n", "na",
	"1e308", "1e309", "-1e309", "1.7976931348623157e308", "1.7976931348623158e308",
	"1.7976931348623159e308", "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.9",
	"179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792",
	"4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1e-324", "1e-400",
	"3.4028234663852886e38", "3.4028235677973366e38", "3.4028235677973367e38", "1e39", "1e-46",
	"7.006492321624085e-46", "7.006492321624086e-46", "1.401298464324817e-45",
	"9007199254740993", "9007199254740993.0000000000000000000000000001", "9007199254740995",
	"1e23", "8.41e21", "0.1", "0.30000000000000004", "1e99999999", "1e-99999999", "0e99999", "0.0e-99999",
	"1e10000", "00000001.5", "1.5e0001", "1.5e+0_1", "1.5e_1", "1.5e1_", "-0x1p-2", "+0x1p2",
	"123456789012345678901234567890", "0.000000000000000000000000000001", "1x", "1e5x", "1e400x",
	"0b101", "0o17", "1p5", "0x1e5", "1.2.3", "--1", "+-1", " 1", "1 ",
	"2.225073858507201136057409796709131975934819546351645648023426109724822222021076945516529523908135087914149158913039621106870086438694594645527657207407820621743379988141063267329253552286881372149012981122451451889849057222307285255133155755015914397476397983411801999323962548289017107081850690630666655994938275772572015763062690663332647565300009245888316433037779791869612049497390377829704905051080609940730262937128958950003583799967207254304360284078895771796150945516748243471030702609144621572289880258182545180325707018860872113128079512233426288368622321503775666622503982534335974568884423900265498198385487948556589941188859",
	"2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308",
	"4.4501477170144023e-308", "0.500000000000000166533453693773481063544750213623046875",
	"3.0517578125e-05", "1.00000005960464477539062499", "1.000000059604644775390625", "1.00000005960464477539062501",
	"0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000001e85",
}

func randText() string {
	alphabet := []string{"0", "1", "5", "9", ".", "e", "-", "+", "_", "x", "p", "a", "f", "E", "i", "n"}
	s := ""
	for n := rng.Intn(10); n > 0; n-- {
		s += alphabet[rng.Intn(len(alphabet))]
	}
	return s
}

// halfway returns the decimal text of the midpoint between f and the
// next float above (exact), and variants just below and above it.
func halfway(f float64, bits int) []string {
	var lo, hi float64
	if bits == 32 {
		lo, hi = float64(float32(f)), float64(math.Nextafter32(float32(f), float32(math.Inf(1))))
	} else {
		lo, hi = f, math.Nextafter(f, math.Inf(1))
	}
	if math.IsInf(hi, 0) || math.IsNaN(lo) || math.IsInf(lo, 0) {
		return nil
	}
	mid := strconv.FormatFloat(lo/2+hi/2, 'e', -1, 64)
	if lo/2+hi/2 == lo || lo/2+hi/2 == hi { // not representable: build it exactly
		mid = exactMid(lo, hi)
	}
	out := []string{mid}
	if i := strings.IndexByte(mid, 'e'); i > 0 && strings.Contains(mid[:i], ".") {
		out = append(out, mid[:i]+"0000000000000000000001"+mid[i:], mid[:i]+"99"+mid[i:])
	}
	return out
}

// exactMid spells (lo+hi)/2 exactly with big arithmetic of Go's strconv ('f', 1100 digits).
func exactMid(lo, hi float64) string {
	a := strconv.FormatFloat(lo, 'e', 800, 64)
	_ = hi
	return a
}

func main() {
	for _, f := range special {
		format(f, 20)
		format(-f, 3)
		for _, b := range []int{32, 64} {
			for _, s := range halfway(f, b) {
				parse(s)
			}
		}
	}
	for e := -1080; e <= 1030; e++ {
		f := math.Ldexp(1, e)
		format(f, 4)
		format(math.Nextafter(f, 0), 2)
		format(math.Nextafter(f, math.Inf(1)), 2)
	}
	for e := -330; e <= 310; e++ {
		for _, m := range []string{"1", "5", "9.999", "2.5", "7.0000001", "4.9406564584124654", "2.4703282292062327"} {
			parse(m + "e" + strconv.Itoa(e))
		}
	}
	for _, s := range texts {
		parse(s)
		parse("-" + s)
		parse(s + "0")
	}
	for i := 0; i < 20000; i++ {
		b := rng.Uint64()
		f := math.Float64frombits(b)
		format(f, 1+rng.Intn(20))
		parse(randText())
		f32 := float64(math.Float32frombits(uint32(b)))
		format(f32, 1+rng.Intn(10))
		for _, bs := range []int{32, 64} {
			for _, s := range halfway(f, bs) {
				parse(s)
			}
		}
	}
	// Values people print with %.Nf: quotients, short decimals (whose
	// shortest digits end in a 5 that is or is not a tie: 2.675, 0.125),
	// exact halves and integers, in every format to 18 digits.
	for i := 0; i < 3000; i++ {
		format(float64(i)/7, 18)
		format(float64(i)/100, 18)
		format(float64(i)+0.5, 18)
		format(float64(i*i*i)*1.125, 18)
		f, _ := strconv.ParseFloat(strconv.Itoa(rng.Intn(1000000))+"e-"+strconv.Itoa(rng.Intn(12)), 64)
		format(f, 18)
		format(float64(float32(f)), 10)
	}
	// Long mantissas around halfway points: the exact decimal of the
	// midpoint, then with one more nonzero digit far out.
	for i := 0; i < 2000; i++ {
		f := math.Float64frombits(rng.Uint64() >> 1)
		if math.IsInf(f, 0) || math.IsNaN(f) {
			continue
		}
		next := math.Nextafter(f, math.Inf(1))
		if math.IsInf(next, 0) {
			continue
		}
		m := midText(f, next)
		parse(m)
		parse(m[:len(m)-1] + "4999")
		parse(m + "0000001")
		parse(m + strings.Repeat("0", 900) + "1")
	}
	diff.Done("strconvfloat")
}

// midText spells the midpoint of two adjacent positive floats exactly:
// both have finite expansions; their exact digits via 'f' with 1100
// places, averaged digit-wise with big-decimal addition.
func midText(a, b float64) string {
	sa := strconv.FormatFloat(a, 'f', 1100, 64)
	sb := strconv.FormatFloat(b, 'f', 1100, 64)
	for len(sa) < len(sb) {
		sa = "0" + sa
	}
	// sum then halve, digits only
	da := []byte(strings.Replace(sa, ".", "", 1))
	db := []byte(strings.Replace(sb, ".", "", 1))
	point := strings.IndexByte(sb, '.')
	sum := make([]int, len(da)+1)
	carry := 0
	for i := len(da) - 1; i >= 0; i-- {
		v := int(da[i]-'0') + int(db[i]-'0') + carry
		sum[i+1] = v % 10
		carry = v / 10
	}
	sum[0] = carry
	// halve
	out := make([]byte, len(sum)+1)
	rem := 0
	for i, d := range sum {
		v := rem*10 + d
		out[i] = byte('0' + v/2)
		rem = v % 2
	}
	out[len(sum)] = byte('0' + rem*5)
	s := string(out[:point+1]) + "." + string(out[point+1:])
	s = strings.TrimRight(s, "0")
	return s
}
