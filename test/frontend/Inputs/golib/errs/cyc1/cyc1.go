package cyc1

import "errs/cyc2"

func F() { cyc2.G() }
