package errors

// wrapper is what an error implements when it wraps another.
type wrapper interface {
	Unwrap() error
}

// matcher is what an error implements to declare itself equivalent to a
// target beyond plain equality.
type matcher interface {
	Is(error) bool
}

// Unwrap returns what err's Unwrap method returns, or nil if err has none.
func Unwrap(err error) error {
	w, ok := err.(wrapper)
	if !ok {
		return nil
	}
	return w.Unwrap()
}

// Is reports whether some error in err's chain (err, Unwrap(err),
// Unwrap(Unwrap(err)), ...) equals target or says it is target through an
// Is method.
func Is(err, target error) bool {
	if target == nil {
		return err == nil
	}
	for err != nil {
		if sameError(err, target) {
			return true
		}
		if m, ok := err.(matcher); ok && m.Is(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}

// sameError is err == target without the panic == raises when both hold
// the same uncomparable type. Go 1.19 asks reflect whether target's type
// is comparable and skips the comparison if not; without reflect, the
// panic is caught instead, with the same result. One case differs: a
// comparable type holding an uncomparable value (a struct with an
// interface field set to a slice) makes Go 1.19's Is panic, and this one
// report false.
func sameError(err, target error) (same bool) {
	defer func() {
		if recover() != nil {
			same = false
		}
	}()
	return err == target
}
