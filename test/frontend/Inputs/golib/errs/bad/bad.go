package bad

func F() int { return "x" }
