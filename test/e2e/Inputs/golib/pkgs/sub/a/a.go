package a

type T struct{ S string }

func (t T) Who() string { return "pkgs/sub/a" }

func init() { println("pkgs/sub/a: init") }
