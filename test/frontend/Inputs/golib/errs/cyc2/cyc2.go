package cyc2

import "errs/cyc1"

func G() { cyc1.F() }
