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

// sameError is err == target, false where Go would consult reflect and
// skip the comparison: an uncomparable dynamic type (a slice or map inside
// the error) panics on ==, and that panic can only arise when target's type
// is uncomparable, which is exactly the case Go 1.19 never compares.
func sameError(err, target error) (same bool) {
	defer func() {
		if recover() != nil {
			same = false
		}
	}()
	return err == target
}
