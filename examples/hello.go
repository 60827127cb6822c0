// hello: the first program, with package fmt from gort's library (golib/).
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
	fmt.Printf("%d goroutines, %.2f%% done, %v\n", 1, 99.5, []string{"a", "b"})
}
