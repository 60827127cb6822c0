// Package a and package pkgs/sub/a have the same name and a type T
// each: their symbols and type descriptors must not collide.
package a

type T struct{ X int }

func (t T) Who() string { return "pkgs/a" }

func init() { println("pkgs/a: init") }
