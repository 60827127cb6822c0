// Package fmt formats values as Go 1.19's package fmt does: Print,
// Println and Printf and their Sprint, Fprint and Errorf forms, with every
// verb, flag, width and precision, and Go's spelling of each kind of
// value (found by reflect), Stringer, GoStringer, Formatter and error
// methods, and the %!verb(...) reports of bad verbs and arguments; and
// scanning (scan.go): Scan, Scanln, Scanf and their S and F forms.
package fmt

import (
	"errors"
	"io"
	"os"
	"reflect"
	"sync"
)

// A Stringer is a value with its own %v and %s form.
type Stringer interface {
	String() string
}

// A GoStringer is a value with its own %#v form.
type GoStringer interface {
	GoString() string
}

// A Formatter formats itself for every verb.
type Formatter interface {
	Format(f State, verb rune)
}

// State is what a Formatter's Format gets: the printer to write to and
// the verb's flags.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// pp is a printer: the output so far and the state of the current verb.
type pp struct {
	buf []byte
	fl  flags

	arg   interface{}   // the operand being printed, if any
	value reflect.Value // or the reflect.Value, inside printValue

	reordered  bool // an explicit [n] argument index was used
	goodArgNum bool // the last [n] was valid
	panicking  bool // inside catchPanic: a second panic propagates
	erroring   bool // inside badVerb: do not call methods
	wrapErrs   bool // Errorf: %w is allowed
	wrappedErr error
}

func (p *pp) Write(b []byte) (n int, err error) {
	p.buf = append(p.buf, b...)
	return len(b), nil
}

func (p *pp) WriteString(s string) (n int, err error) {
	p.buf = append(p.buf, s...)
	return len(s), nil
}

func (p *pp) Width() (wid int, ok bool) { return p.fl.wid, p.fl.widPresent }

func (p *pp) Precision() (prec int, ok bool) { return p.fl.prec, p.fl.precPresent }

func (p *pp) Flag(c int) bool {
	switch c {
	case '-':
		return p.fl.minus
	case '+':
		return p.fl.plus || p.fl.plusV
	case '#':
		return p.fl.sharp || p.fl.sharpV
	case ' ':
		return p.fl.space
	case '0':
		return p.fl.zero
	}
	return false
}

// ppFree keeps printers for reuse, as Go's sync.Pool of them does, so that
// a Sprintf allocates little more than its result.
var ppFree struct {
	mu   sync.Mutex
	list []*pp
}

// newPrinter returns a printer with an empty buffer and no state.
func newPrinter() *pp {
	ppFree.mu.Lock()
	n := len(ppFree.list)
	if n == 0 {
		ppFree.mu.Unlock()
		return &pp{buf: make([]byte, 0, 64)}
	}
	p := ppFree.list[n-1]
	ppFree.list = ppFree.list[:n-1]
	ppFree.mu.Unlock()
	return p
}

// free clears p and keeps it for reuse, unless its buffer grew large (as
// Go, it then goes to the collector: one long line should not pin memory).
func (p *pp) free() {
	if cap(p.buf) > 64<<10 {
		return
	}
	*p = pp{buf: p.buf[:0]}
	ppFree.mu.Lock()
	if len(ppFree.list) < 64 {
		ppFree.list = append(ppFree.list, p)
	}
	ppFree.mu.Unlock()
}

// Fprintf formats by format to w.
func Fprintf(w io.Writer, format string, a ...interface{}) (n int, err error) {
	p := newPrinter()
	p.doPrintf(format, a)
	n, err = w.Write(p.buf)
	p.free()
	return
}

// Printf formats by format to standard output.
func Printf(format string, a ...interface{}) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

// Sprintf formats by format and returns the string.
func Sprintf(format string, a ...interface{}) string {
	p := newPrinter()
	p.doPrintf(format, a)
	s := string(p.buf)
	p.free()
	return s
}

// Fprint formats its operands with %v to w, with spaces between operands
// when neither is a string.
func Fprint(w io.Writer, a ...interface{}) (n int, err error) {
	p := newPrinter()
	p.doPrint(a)
	n, err = w.Write(p.buf)
	p.free()
	return
}

// Print is Fprint to standard output.
func Print(a ...interface{}) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

// Sprint is Fprint to a string.
func Sprint(a ...interface{}) string {
	p := newPrinter()
	p.doPrint(a)
	s := string(p.buf)
	p.free()
	return s
}

// Fprintln formats its operands with %v to w, separated by spaces and
// followed by a newline.
func Fprintln(w io.Writer, a ...interface{}) (n int, err error) {
	p := newPrinter()
	p.doPrintln(a)
	n, err = w.Write(p.buf)
	p.free()
	return
}

// Println is Fprintln to standard output.
func Println(a ...interface{}) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

// Sprintln is Fprintln to a string.
func Sprintln(a ...interface{}) string {
	p := newPrinter()
	p.doPrintln(a)
	s := string(p.buf)
	p.free()
	return s
}

// Appendf formats by format and appends the result to b.
func Appendf(b []byte, format string, a ...interface{}) []byte {
	p := newPrinter()
	p.doPrintf(format, a)
	b = append(b, p.buf...)
	p.free()
	return b
}

// Append formats as Sprint does and appends the result to b.
func Append(b []byte, a ...interface{}) []byte {
	p := newPrinter()
	p.doPrint(a)
	b = append(b, p.buf...)
	p.free()
	return b
}

// Appendln formats as Sprintln does and appends the result to b.
func Appendln(b []byte, a ...interface{}) []byte {
	p := newPrinter()
	p.doPrintln(a)
	b = append(b, p.buf...)
	p.free()
	return b
}

// Errorf formats by format into an error; with a %w operand (an error)
// the result's Unwrap returns that operand.
func Errorf(format string, a ...interface{}) error {
	p := newPrinter()
	p.wrapErrs = true
	p.doPrintf(format, a)
	s := string(p.buf)
	wrapped := p.wrappedErr
	p.free()
	if wrapped == nil {
		return errors.New(s)
	}
	return &wrapError{s, wrapped}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

func (p *pp) doPrint(a []interface{}) {
	prevString := false
	for i, arg := range a {
		isString := arg != nil && reflect.TypeOf(arg).Kind() == reflect.String
		if i > 0 && !isString && !prevString {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
		prevString = isString
	}
}

func (p *pp) doPrintln(a []interface{}) {
	for i, arg := range a {
		if i > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
	}
	p.buf = append(p.buf, '\n')
}

// printArg prints one operand: basic types directly, others through their
// methods or reflection.
func (p *pp) printArg(arg interface{}, verb rune) {
	p.arg = arg
	p.value = reflect.Value{}
	if arg == nil {
		switch verb {
		case 'T', 'v':
			p.padString("<nil>")
		default:
			p.badVerb(verb)
		}
		return
	}
	switch verb {
	case 'T':
		p.fmtS(reflect.TypeOf(arg).String())
		return
	case 'p':
		p.fmtPointer(reflect.ValueOf(arg), 'p')
		return
	}
	switch f := arg.(type) {
	case bool:
		p.fmtBool(f, verb)
	case float32:
		p.fmtFloat(float64(f), 32, verb)
	case float64:
		p.fmtFloat(f, 64, verb)
	case int:
		p.fmtInt(uint64(f), true, verb)
	case int8:
		p.fmtInt(uint64(f), true, verb)
	case int16:
		p.fmtInt(uint64(f), true, verb)
	case int32:
		p.fmtInt(uint64(f), true, verb)
	case int64:
		p.fmtInt(uint64(f), true, verb)
	case uint:
		p.fmtInt(uint64(f), false, verb)
	case uint8:
		p.fmtInt(uint64(f), false, verb)
	case uint16:
		p.fmtInt(uint64(f), false, verb)
	case uint32:
		p.fmtInt(uint64(f), false, verb)
	case uint64:
		p.fmtInt(f, false, verb)
	case uintptr:
		p.fmtInt(uint64(f), false, verb)
	case string:
		p.fmtString(f, verb)
	case []byte:
		p.fmtBytes(f, verb, "[]byte")
	case reflect.Value:
		if f.IsValid() && f.CanInterface() {
			p.arg = f.Interface()
			if p.handleMethods(verb) {
				return
			}
		}
		p.printValue(f, verb, 0)
	default:
		if !p.handleMethods(verb) {
			p.printValue(reflect.ValueOf(f), verb, 0)
		}
	}
}

func (p *pp) fmtBool(v bool, verb rune) {
	switch verb {
	case 't', 'v':
		p.fmtBoolean(v)
	default:
		p.badVerb(verb)
	}
}

// fmt0x64 prints v in hexadecimal, with 0x if leading0x.
func (p *pp) fmt0x64(v uint64, leading0x bool) {
	sharp := p.fl.sharp
	p.fl.sharp = leading0x
	p.fmtInteger(v, 16, false, 'v', lowerDigits)
	p.fl.sharp = sharp
}

// fmtInt prints an integer (an int64's bits if signed) for any verb.
func (p *pp) fmtInt(v uint64, signed bool, verb rune) {
	switch verb {
	case 'v':
		if p.fl.sharpV && !signed {
			p.fmt0x64(v, true)
		} else {
			p.fmtInteger(v, 10, signed, verb, lowerDigits)
		}
	case 'd':
		p.fmtInteger(v, 10, signed, verb, lowerDigits)
	case 'b':
		p.fmtInteger(v, 2, signed, verb, lowerDigits)
	case 'o', 'O':
		p.fmtInteger(v, 8, signed, verb, lowerDigits)
	case 'x':
		p.fmtInteger(v, 16, signed, verb, lowerDigits)
	case 'X':
		p.fmtInteger(v, 16, signed, verb, upperDigits)
	case 'c':
		p.fmtC(v)
	case 'q':
		p.fmtQc(v)
	case 'U':
		p.fmtUnicode(v)
	default:
		p.badVerb(verb)
	}
}

func (p *pp) fmtFloat(v float64, size int, verb rune) {
	switch verb {
	case 'v':
		p.fmtFloatVerb(v, size, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.fmtFloatVerb(v, size, verb, -1)
	case 'f', 'e', 'E':
		p.fmtFloatVerb(v, size, verb, 6)
	case 'F':
		p.fmtFloatVerb(v, size, 'f', 6)
	default:
		p.badVerb(verb)
	}
}

func (p *pp) fmtString(v string, verb rune) {
	switch verb {
	case 'v':
		if p.fl.sharpV {
			p.fmtQ(v)
		} else {
			p.fmtS(v)
		}
	case 's':
		p.fmtS(v)
	case 'x':
		p.fmtHex(v, nil, lowerDigits)
	case 'X':
		p.fmtHex(v, nil, upperDigits)
	case 'q':
		p.fmtQ(v)
	default:
		p.badVerb(verb)
	}
}

// fmtBytes prints a byte slice or array; typeString is its type for %#v.
func (p *pp) fmtBytes(v []byte, verb rune, typeString string) {
	switch verb {
	case 'v', 'd':
		if p.fl.sharpV {
			p.buf = append(p.buf, typeString...)
			if v == nil {
				p.buf = append(p.buf, "(nil)"...)
				return
			}
			p.buf = append(p.buf, '{')
			for i, c := range v {
				if i > 0 {
					p.buf = append(p.buf, ", "...)
				}
				p.fmt0x64(uint64(c), true)
			}
			p.buf = append(p.buf, '}')
		} else {
			p.buf = append(p.buf, '[')
			for i, c := range v {
				if i > 0 {
					p.buf = append(p.buf, ' ')
				}
				p.fmtInteger(uint64(c), 10, false, verb, lowerDigits)
			}
			p.buf = append(p.buf, ']')
		}
	case 's':
		p.fmtBs(v)
	case 'x':
		p.fmtHex("", v, lowerDigits)
	case 'X':
		p.fmtHex("", v, upperDigits)
	case 'q':
		p.fmtQ(string(v))
	default:
		p.printValue(reflect.ValueOf(v), verb, 0)
	}
}

// fmtPointer prints a chan, func, map, pointer or slice as an address.
func (p *pp) fmtPointer(value reflect.Value, verb rune) {
	var u uintptr
	switch value.Kind() {
	case reflect.Chan, reflect.Func, reflect.Map, reflect.Pointer, reflect.Slice, reflect.UnsafePointer:
		u = value.Pointer()
	default:
		p.badVerb(verb)
		return
	}
	switch verb {
	case 'v':
		if p.fl.sharpV {
			p.buf = append(p.buf, '(')
			p.buf = append(p.buf, value.Type().String()...)
			p.buf = append(p.buf, ")("...)
			if u == 0 {
				p.buf = append(p.buf, "nil"...)
			} else {
				p.fmt0x64(uint64(u), true)
			}
			p.buf = append(p.buf, ')')
		} else if u == 0 {
			p.padString("<nil>")
		} else {
			p.fmt0x64(uint64(u), !p.fl.sharp)
		}
	case 'p':
		p.fmt0x64(uint64(u), !p.fl.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.fmtInt(uint64(u), false, verb)
	default:
		p.badVerb(verb)
	}
}

// badVerb reports a verb that does not suit its operand:
// %!d(string=hi).
func (p *pp) badVerb(verb rune) {
	p.erroring = true
	p.buf = append(p.buf, "%!"...)
	p.writeRune(verb)
	p.buf = append(p.buf, '(')
	switch {
	case p.arg != nil:
		p.buf = append(p.buf, reflect.TypeOf(p.arg).String()...)
		p.buf = append(p.buf, '=')
		p.printArg(p.arg, 'v')
	case p.value.IsValid():
		p.buf = append(p.buf, p.value.Type().String()...)
		p.buf = append(p.buf, '=')
		p.printValue(p.value, 'v', 0)
	default:
		p.buf = append(p.buf, "<nil>"...)
	}
	p.buf = append(p.buf, ')')
	p.erroring = false
}

// catchPanic turns a panic in an operand's method into
// %!v(PANIC=String method: ...), or <nil> for a nil pointer receiver.
func (p *pp) catchPanic(arg interface{}, verb rune, method string) {
	err := recover()
	if err == nil {
		return
	}
	if v := reflect.ValueOf(arg); v.Kind() == reflect.Pointer && v.IsNil() {
		p.buf = append(p.buf, "<nil>"...)
		return
	}
	if p.panicking {
		panic(err)
	}
	saved := p.fl
	p.clearFlags()
	p.buf = append(p.buf, "%!"...)
	p.writeRune(verb)
	p.buf = append(p.buf, "(PANIC="...)
	p.buf = append(p.buf, method...)
	p.buf = append(p.buf, " method: "...)
	p.panicking = true
	p.printArg(err, 'v')
	p.panicking = false
	p.buf = append(p.buf, ')')
	p.fl = saved
}

// handleMethods prints p.arg through its Format, GoString, Error or String
// method if the verb calls for one, reporting whether it did.
func (p *pp) handleMethods(verb rune) (handled bool) {
	if p.erroring {
		return false
	}
	if verb == 'w' {
		err, ok := p.arg.(error)
		if !ok || !p.wrapErrs || p.wrappedErr != nil {
			p.wrappedErr = nil
			p.wrapErrs = false
			p.badVerb(verb)
			return true
		}
		p.wrappedErr = err
		verb = 'v'
	}
	if f, ok := p.arg.(Formatter); ok {
		handled = true // a panicking method has been handled too
		defer p.catchPanic(p.arg, verb, "Format")
		f.Format(p, verb)
		return
	}
	if p.fl.sharpV {
		if s, ok := p.arg.(GoStringer); ok {
			handled = true
			defer p.catchPanic(p.arg, verb, "GoString")
			p.fmtS(s.GoString())
			return
		}
		return false
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		switch v := p.arg.(type) {
		case error:
			handled = true
			defer p.catchPanic(p.arg, verb, "Error")
			p.fmtString(v.Error(), verb)
			return
		case Stringer:
			handled = true
			defer p.catchPanic(p.arg, verb, "String")
			p.fmtString(v.String(), verb)
			return
		}
	}
	return false
}

// printValue prints a value found by reflection; depth > 0 inside a
// composite, where the value's own methods apply again.
func (p *pp) printValue(value reflect.Value, verb rune, depth int) {
	if depth > 0 && value.IsValid() && value.CanInterface() {
		p.arg = value.Interface()
		if p.handleMethods(verb) {
			return
		}
	}
	p.arg = nil
	p.value = value
	switch f := value; value.Kind() {
	case reflect.Invalid:
		if depth == 0 {
			p.buf = append(p.buf, "<invalid reflect.Value>"...)
		} else if verb == 'v' {
			p.buf = append(p.buf, "<nil>"...)
		} else {
			p.badVerb(verb)
		}
	case reflect.Bool:
		p.fmtBool(f.Bool(), verb)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		p.fmtInt(uint64(f.Int()), true, verb)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		p.fmtInt(f.Uint(), false, verb)
	case reflect.Float32:
		p.fmtFloat(f.Float(), 32, verb)
	case reflect.Float64:
		p.fmtFloat(f.Float(), 64, verb)
	case reflect.String:
		p.fmtString(f.String(), verb)
	case reflect.Map:
		p.printMap(f, verb, depth)
	case reflect.Struct:
		p.printStruct(f, verb, depth)
	case reflect.Interface:
		e := f.Elem()
		if e.IsValid() {
			p.printValue(e, verb, depth+1)
		} else if p.fl.sharpV {
			p.buf = append(p.buf, f.Type().String()...)
			p.buf = append(p.buf, "(nil)"...)
		} else {
			p.buf = append(p.buf, "<nil>"...)
		}
	case reflect.Array, reflect.Slice:
		p.printList(f, verb, depth)
	case reflect.Pointer:
		// At the top, &{...} for a pointer to a composite.
		if depth == 0 && f.Pointer() != 0 {
			switch e := f.Elem(); e.Kind() {
			case reflect.Array, reflect.Slice, reflect.Struct, reflect.Map:
				p.buf = append(p.buf, '&')
				p.printValue(e, verb, depth+1)
				return
			}
		}
		p.fmtPointer(f, verb)
	case reflect.Chan, reflect.Func, reflect.UnsafePointer:
		p.fmtPointer(f, verb)
	default:
		p.buf = append(p.buf, '?')
		p.buf = append(p.buf, f.Type().String()...)
		p.buf = append(p.buf, '>')
	}
}

// sep writes the separator of composite elements: ", " for %#v.
func (p *pp) sep() {
	if p.fl.sharpV {
		p.buf = append(p.buf, ", "...)
	} else {
		p.buf = append(p.buf, ' ')
	}
}

func (p *pp) printMap(f reflect.Value, verb rune, depth int) {
	if p.fl.sharpV {
		p.buf = append(p.buf, f.Type().String()...)
		if f.IsNil() {
			p.buf = append(p.buf, "(nil)"...)
			return
		}
		p.buf = append(p.buf, '{')
	} else {
		p.buf = append(p.buf, "map["...)
	}
	keys, values := sortedMap(f)
	for i := range keys {
		if i > 0 {
			p.sep()
		}
		p.printValue(keys[i], verb, depth+1)
		p.buf = append(p.buf, ':')
		p.printValue(values[i], verb, depth+1)
	}
	if p.fl.sharpV {
		p.buf = append(p.buf, '}')
	} else {
		p.buf = append(p.buf, ']')
	}
}

func (p *pp) printStruct(f reflect.Value, verb rune, depth int) {
	if p.fl.sharpV {
		p.buf = append(p.buf, f.Type().String()...)
	}
	p.buf = append(p.buf, '{')
	t := f.Type()
	for i := 0; i < f.NumField(); i++ {
		if i > 0 {
			p.sep()
		}
		if p.fl.plusV || p.fl.sharpV {
			if name := t.Field(i).Name; name != "" {
				p.buf = append(p.buf, name...)
				p.buf = append(p.buf, ':')
			}
		}
		v := f.Field(i)
		if v.Kind() == reflect.Interface && !v.IsNil() {
			v = v.Elem()
		}
		p.printValue(v, verb, depth+1)
	}
	p.buf = append(p.buf, '}')
}

func (p *pp) printList(f reflect.Value, verb rune, depth int) {
	switch verb {
	case 's', 'q', 'x', 'X':
		// Bytes print as a string.
		t := f.Type()
		if t.Elem().Kind() == reflect.Uint8 {
			var b []byte
			if f.Kind() == reflect.Slice {
				b = f.Bytes()
			} else {
				b = make([]byte, f.Len())
				for i := range b {
					b[i] = byte(f.Index(i).Uint())
				}
			}
			p.fmtBytes(b, verb, t.String())
			return
		}
	}
	if p.fl.sharpV {
		p.buf = append(p.buf, f.Type().String()...)
		if f.Kind() == reflect.Slice && f.IsNil() {
			p.buf = append(p.buf, "(nil)"...)
			return
		}
		p.buf = append(p.buf, '{')
	} else {
		p.buf = append(p.buf, '[')
	}
	for i := 0; i < f.Len(); i++ {
		if i > 0 {
			p.sep()
		}
		p.printValue(f.Index(i), verb, depth+1)
	}
	if p.fl.sharpV {
		p.buf = append(p.buf, '}')
	} else {
		p.buf = append(p.buf, ']')
	}
}
