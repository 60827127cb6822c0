// Package noesc: a //go:noescape function's &x arguments leave x on the
// stack; another bodyless function's, and a go statement's, do not.
package noesc

//go:noescape
func Fill(out *int)

func Keep(p *int)

func Stack() int {
	var a int
	Fill(&a)
	return a
}

func Heap() int {
	var b int
	Keep(&b)
	return b
}

func Go() int {
	var c int
	go Fill(&c)
	return c
}
