package fmt

import (
	"reflect"
	"unicode/utf8"
)

// tooLarge reports whether a width or precision is beyond reason.
func tooLarge(x int) bool {
	const max int = 1e6
	return x > max || x < -max
}

// parsenum reads a decimal number in s[start:end].
func parsenum(s string, start, end int) (num int, isnum bool, newi int) {
	if start >= end {
		return 0, false, end
	}
	for newi = start; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++ {
		if tooLarge(num) {
			return 0, false, end
		}
		num = num*10 + int(s[newi]-'0')
		isnum = true
	}
	return
}

// intFromArg takes a[argNum] as a * width or precision.
func intFromArg(a []interface{}, argNum int) (num int, isInt bool, newArgNum int) {
	newArgNum = argNum
	if argNum >= len(a) {
		return
	}
	num, isInt = a[argNum].(int)
	if !isInt {
		switch v := reflect.ValueOf(a[argNum]); v.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			n := v.Int()
			if int64(int(n)) == n {
				num, isInt = int(n), true
			}
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			n := v.Uint()
			if int64(n) >= 0 && uint64(int(n)) == n {
				num, isInt = int(n), true
			}
		}
	}
	newArgNum = argNum + 1
	if tooLarge(num) {
		num, isInt = 0, false
	}
	return
}

// parseArgNumber reads "[n]" at the start of format: index n-1, the bytes
// read, and whether it is well formed.
func parseArgNumber(format string) (index int, wid int, ok bool) {
	if len(format) < 3 {
		return 0, 1, false
	}
	for i := 1; i < len(format); i++ {
		if format[i] == ']' {
			n, ok, newi := parsenum(format, 1, i)
			if !ok || newi != i {
				return 0, i + 1, false
			}
			return n - 1, i + 1, true
		}
	}
	return 0, 1, false
}

// argNumber applies an [n] at format[i], if any.
func (p *pp) argNumber(argNum int, format string, i int, numArgs int) (newArgNum, newi int, found bool) {
	if len(format) <= i || format[i] != '[' {
		return argNum, i, false
	}
	p.reordered = true
	index, wid, ok := parseArgNumber(format[i:])
	if ok && 0 <= index && index < numArgs {
		return index, i + wid, true
	}
	p.goodArgNum = false
	return argNum, i + wid, ok
}

func (p *pp) badArgNum(verb rune) {
	p.buf = append(p.buf, "%!"...)
	p.writeRune(verb)
	p.buf = append(p.buf, "(BADINDEX)"...)
}

func (p *pp) missingArg(verb rune) {
	p.buf = append(p.buf, "%!"...)
	p.writeRune(verb)
	p.buf = append(p.buf, "(MISSING)"...)
}

func (p *pp) doPrintf(format string, a []interface{}) {
	end := len(format)
	argNum := 0
	afterIndex := false // the previous item was an [n]
	p.reordered = false
verbs:
	for i := 0; i < end; {
		p.goodArgNum = true
		lasti := i
		for i < end && format[i] != '%' {
			i++
		}
		if i > lasti {
			p.buf = append(p.buf, format[lasti:i]...)
		}
		if i >= end {
			break
		}
		i++ // the %
		p.clearFlags()
	flagLoop:
		for ; i < end; i++ {
			c := format[i]
			switch c {
			case '#':
				p.fl.sharp = true
			case '0':
				p.fl.zero = !p.fl.minus // no zeros on the right
			case '+':
				p.fl.plus = true
			case '-':
				p.fl.minus = true
				p.fl.zero = false
			case ' ':
				p.fl.space = true
			default:
				// The common case: a lower-case verb straight after the flags.
				if 'a' <= c && c <= 'z' && argNum < len(a) {
					if c == 'v' {
						p.fl.sharpV, p.fl.sharp = p.fl.sharp, false
						p.fl.plusV, p.fl.plus = p.fl.plus, false
					}
					p.printArg(a[argNum], rune(c))
					argNum++
					i++
					continue verbs
				}
				break flagLoop
			}
		}

		// Width: a number or *.
		argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
		if i < end && format[i] == '*' {
			i++
			p.fl.wid, p.fl.widPresent, argNum = intFromArg(a, argNum)
			if !p.fl.widPresent {
				p.buf = append(p.buf, "%!(BADWIDTH)"...)
			}
			if p.fl.wid < 0 {
				p.fl.wid = -p.fl.wid
				p.fl.minus = true
				p.fl.zero = false
			}
			afterIndex = false
		} else {
			p.fl.wid, p.fl.widPresent, i = parsenum(format, i, end)
			if afterIndex && p.fl.widPresent {
				p.goodArgNum = false
			}
		}

		// Precision: . then a number or *.
		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex {
				p.goodArgNum = false
			}
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
			if i < end && format[i] == '*' {
				i++
				p.fl.prec, p.fl.precPresent, argNum = intFromArg(a, argNum)
				if p.fl.prec < 0 {
					p.fl.prec = 0
					p.fl.precPresent = false
				}
				if !p.fl.precPresent {
					p.buf = append(p.buf, "%!(BADPREC)"...)
				}
				afterIndex = false
			} else {
				p.fl.prec, p.fl.precPresent, i = parsenum(format, i, end)
				if !p.fl.precPresent {
					p.fl.prec = 0
					p.fl.precPresent = true
				}
			}
		}

		if !afterIndex {
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
		}
		if i >= end {
			p.buf = append(p.buf, "%!(NOVERB)"...)
			break
		}
		verb, size := rune(format[i]), 1
		if verb >= utf8.RuneSelf {
			verb, size = utf8.DecodeRuneInString(format[i:])
		}
		i += size

		switch {
		case verb == '%':
			p.buf = append(p.buf, '%')
		case !p.goodArgNum:
			p.badArgNum(verb)
		case argNum >= len(a):
			p.missingArg(verb)
		default:
			if verb == 'v' {
				p.fl.sharpV, p.fl.sharp = p.fl.sharp, false
				p.fl.plusV, p.fl.plus = p.fl.plus, false
			}
			p.printArg(a[argNum], verb)
			argNum++
		}
	}

	// Operands left over: %!(EXTRA type=value, ...).
	if !p.reordered && argNum < len(a) {
		p.clearFlags()
		p.buf = append(p.buf, "%!(EXTRA "...)
		for i, arg := range a[argNum:] {
			if i > 0 {
				p.buf = append(p.buf, ", "...)
			}
			if arg == nil {
				p.buf = append(p.buf, "<nil>"...)
			} else {
				p.buf = append(p.buf, reflect.TypeOf(arg).String()...)
				p.buf = append(p.buf, '=')
				p.printArg(arg, 'v')
			}
		}
		p.buf = append(p.buf, ')')
	}
}
