package noescbad

//go:noescape
func F(p *int) { *p = 1 }
