// Package flag: a FlagSet of every kind parsed from many argument lists
// (one and two minuses, =, a separate value, "--", non-flag arguments,
// booleans with and without values, numbers in every base, durations), the
// errors with the usage each prints (undefined flags, bad syntax, missing
// and bad values, out of range), -h and -help, PrintDefaults' layout
// (back-quoted names, defaults shown or not, one-letter booleans), Visit
// and VisitAll, Set, Lookup, Func, a Value of the program's own, and the
// redefinition panic; then the command line's own flags (the RUN lines
// pass arguments).
// Expected output: Go 1.19 (`go run flag.go -n 7 -v -name=gopher rest
// args`, and with -bogus: exit 2, and -help: exit 0).
// BAD:      {{^}}flag provided but not defined: -bogus{{$}}
// BAD-NEXT: {{^}}Usage of {{.*}}:{{$}}
// BAD-NEXT: {{^}}  -n int{{$}}
// BAD-NEXT: {{^}}    	a number (default 1){{$}}
// BAD-NEXT: {{^}}  -name string{{$}}
// BAD-NEXT: {{^}}    	your name (default "anon"){{$}}
// BAD-NEXT: {{^}}  -v	verbose{{$}}
// BAD-NOT:  {{.}}
// HELP:      {{^}}Usage of {{.*}}:{{$}}
// HELP-NEXT: {{^}}  -n int{{$}}
// HELP-NEXT: {{^}}    	a number (default 1){{$}}
// HELP-NEXT: {{^}}  -name string{{$}}
// HELP-NEXT: {{^}}    	your name (default "anon"){{$}}
// HELP-NEXT: {{^}}  -v	verbose{{$}}
// HELP-NOT:  {{.}}
// RUN: %gort build --target=%target -O0 -o %t.O0 %s
// RUN: %run %t.O0 -n 7 -v -name=gopher rest args > %t.O0.out 2>&1
// RUN: FileCheck --check-prefixes=CHECK,T-%target %s < %t.O0.out
// RUN: %gort build --target=%target -O2 -o %t.O2 %s
// RUN: %run %t.O2 -n 7 -v -name=gopher rest args > %t.O2.out 2>&1
// RUN: FileCheck --check-prefixes=CHECK,T-%target %s < %t.O2.out
// RUN: not %run %t.O2 -bogus > %t.bad.out 2>&1
// RUN: FileCheck --check-prefix=BAD %s < %t.bad.out
// RUN: %run %t.O2 -help > %t.help.out 2>&1
// RUN: FileCheck --check-prefix=HELP %s < %t.help.out
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

// list is a Value of the program's own: a comma-separated list.
type list []string

func (l *list) String() string { return strings.Join(*l, ",") }
func (l *list) Set(s string) error {
	if s == "" {
		return errors.New("empty item")
	}
	*l = append(*l, strings.Split(s, ",")...)
	return nil
}

func newSet(out *strings.Builder) (*flag.FlagSet, map[string]interface{}) {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	fs.SetOutput(out)
	vals := map[string]interface{}{
		"b":     fs.Bool("b", false, "a one-letter bool"),
		"verb":  fs.Bool("verb", true, "be `loud`"),
		"i":     fs.Int("i", 0, "an int"),
		"count": fs.Int("count", 3, "how many `times`"),
		"i64":   fs.Int64("i64", -1, "an int64"),
		"u":     fs.Uint("u", 0, "a uint"),
		"u64":   fs.Uint64("u64", 10, "a uint64"),
		"s":     fs.String("s", "", "a string"),
		"name":  fs.String("name", "x y", "a name\nover two lines"),
		"f":     fs.Float64("f", 0, "a float"),
		"ratio": fs.Float64("ratio", 2.5, "a ratio"),
		"d":     fs.Duration("d", 0, "a duration"),
		"wait":  fs.Duration("wait", 1500*time.Millisecond, "a wait"),
	}
	var l list
	fs.Var(&l, "list", "items to `add`")
	vals["list"] = &l
	fs.Func("fn", "called with each value", func(s string) error {
		fmt.Fprintf(out, "fn(%q)\n", s)
		if s == "bad" {
			return errors.New("fn refuses")
		}
		return nil
	})
	return fs, vals
}

func show(fs *flag.FlagSet, vals map[string]interface{}) string {
	var parts []string
	fs.Visit(func(f *flag.Flag) {
		parts = append(parts, f.Name+"="+f.Value.String())
	})
	return fmt.Sprintf("set %v args %q narg %d nflag %d", parts, fs.Args(), fs.NArg(), fs.NFlag())
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "-n" {
		sets()
	}
	// The command line.
	n := flag.Int("n", 1, "a number")
	v := flag.Bool("v", false, "verbose")
	name := flag.String("name", "anon", "your name")
	flag.Parse()
	fmt.Println(*n, *v, *name, flag.Args(), flag.NArg(), flag.NFlag(), flag.Arg(1), flag.Parsed())
}

func sets() {
	cases := [][]string{
		{},
		{"-b", "-i", "42", "rest"},
		{"--b=false", "--i=-7", "-s", "hello world", "--", "-i", "9"},
		{"-verb=false", "-count=0x1f", "-i64", "-0b101", "-u", "0o17", "-u64=1_000"},
		{"-f", "1e3", "-ratio=-.5", "-d", "1h2m", "-wait=250ms", "a", "-b"},
		{"-list", "a,b", "-list=c", "-fn", "one", "-fn=two"},
		{"-name=", "-s=", "x"},
		{"-undefined"},
		{"-i"},
		{"-i", "abc"},
		{"-i", "99999999999999999999"},
		{"-u", "-1"},
		{"-b=maybe"},
		{"---b"},
		{"-=x"},
		{"-", "x"},
		{"-d", "5"},
		{"-f", "x1"},
		{"-list="},
		{"-fn", "bad"},
		{"-h"},
		{"-help"},
		{"--help"},
	}
	for _, args := range cases {
		var out strings.Builder
		fs, vals := newSet(&out)
		err := fs.Parse(args)
		fmt.Printf("parse %q: err=%v parsed=%v\n", args, err, fs.Parsed())
		fmt.Println(" ", show(fs, vals))
		fmt.Printf("  i=%d s=%q list=%v arg0=%q arg5=%q\n", *vals["i"].(*int), *vals["s"].(*string), *vals["list"].(*list), fs.Arg(0), fs.Arg(5))
		if out.Len() > 0 {
			lines := strings.Split(out.String(), "\n")
			fmt.Printf("  output: %q and %d more lines\n", lines[0], len(lines)-1)
		}
		if errors.Is(err, flag.ErrHelp) {
			fmt.Println("  ErrHelp")
		}
	}

	var out strings.Builder
	fs, _ := newSet(&out)
	fmt.Println(fs.Name(), fs.ErrorHandling() == flag.ContinueOnError, fs.Lookup("count").DefValue, fs.Lookup("nope") == nil)
	fmt.Println(fs.Set("count", "12"), fs.Set("nope", "1"), fs.Set("count", "x"), fs.Lookup("count").Value)
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		fmt.Printf("%s [%s] %q %q\n", f.Name, name, usage, f.DefValue)
	})
	g, ok := fs.Lookup("wait").Value.(flag.Getter)
	fmt.Println(ok, g.Get())
	fs.Usage = func() { fmt.Fprintln(fs.Output(), "custom usage") }
	fmt.Println(fs.Parse([]string{"-zzz"}))
	fmt.Print(out.String())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Int("count", 1, "again")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Int("-dash", 1, "x")
	}()
	fmt.Println(out.String()[len(out.String())-40:])
	out.Reset()
	fs.PrintDefaults()
	fmt.Print(out.String())
}

// CHECK: parse []: err=<nil> parsed=true
// CHECK-NEXT:   set [] args [] narg 0 nflag 0
// CHECK-NEXT:   i=0 s="" list=[] arg0="" arg5=""
// CHECK-NEXT: parse ["-b" "-i" "42" "rest"]: err=<nil> parsed=true
// CHECK-NEXT:   set [b=true i=42] args ["rest"] narg 1 nflag 2
// CHECK-NEXT:   i=42 s="" list=[] arg0="rest" arg5=""
// CHECK-NEXT: parse ["--b=false" "--i=-7" "-s" "hello world" "--" "-i" "9"]: err=<nil> parsed=true
// CHECK-NEXT:   set [b=false i=-7 s=hello world] args ["-i" "9"] narg 2 nflag 3
// CHECK-NEXT:   i=-7 s="hello world" list=[] arg0="-i" arg5=""
// CHECK-NEXT: parse ["-verb=false" "-count=0x1f" "-i64" "-0b101" "-u" "0o17" "-u64=1_000"]: err=<nil> parsed=true
// CHECK-NEXT:   set [count=31 i64=-5 u=15 u64=1000 verb=false] args [] narg 0 nflag 5
// CHECK-NEXT:   i=0 s="" list=[] arg0="" arg5=""
// CHECK-NEXT: parse ["-f" "1e3" "-ratio=-.5" "-d" "1h2m" "-wait=250ms" "a" "-b"]: err=<nil> parsed=true
// CHECK-NEXT:   set [d=1h2m0s f=1000 ratio=-0.5 wait=250ms] args ["a" "-b"] narg 2 nflag 4
// CHECK-NEXT:   i=0 s="" list=[] arg0="a" arg5=""
// CHECK-NEXT: parse ["-list" "a,b" "-list=c" "-fn" "one" "-fn=two"]: err=<nil> parsed=true
// CHECK-NEXT:   set [fn= list=a,b,c] args [] narg 0 nflag 2
// CHECK-NEXT:   i=0 s="" list=[a b c] arg0="" arg5=""
// CHECK-NEXT:   output: "fn(\"one\")" and 2 more lines
// CHECK-NEXT: parse ["-name=" "-s=" "x"]: err=<nil> parsed=true
// CHECK-NEXT:   set [name= s=] args ["x"] narg 1 nflag 2
// CHECK-NEXT:   i=0 s="" list=[] arg0="x" arg5=""
// CHECK-NEXT: parse ["-undefined"]: err=flag provided but not defined: -undefined parsed=true
// CHECK-NEXT:   set [] args [] narg 0 nflag 0
// CHECK-NEXT:   i=0 s="" list=[] arg0="" arg5=""
// CHECK-NEXT:   output: "flag provided but not defined: -undefined" and 32 more lines
// CHECK-NEXT: parse ["-i"]: err=flag needs an argument: -i parsed=true
// CHECK-NEXT:   set [] args [] narg 0 nflag 0
// CHECK-NEXT:   i=0 s="" list=[] arg0="" arg5=""
// CHECK-NEXT:   output: "flag needs an argument: -i" and 32 more lines
// CHECK-NEXT: parse ["-i" "abc"]: err=invalid value "abc" for flag -i: parse error parsed=true
// CHECK-NEXT:   set [] args [] narg 0 nflag 0
// CHECK-NEXT:   i=0 s="" list=[] arg0="" arg5=""
// CHECK-NEXT:   output: "invalid value \"abc\" for flag -i: parse error" and 32 more lines
// CHECK-NEXT: parse ["-i" "99999999999999999999"]: err=invalid value "99999999999999999999" for flag -i: value out of range parsed=true
// CHECK-NEXT:   set [] args [] narg 0 nflag 0
// T-amd64:   i=9223372036854775807 s="" list=[] arg0="" arg5=""
// T-386:   i=2147483647 s="" list=[] arg0="" arg5=""
// T-arm:   i=2147483647 s="" list=[] arg0="" arg5=""
// CHECK-NEXT:   output: "invalid value \"99999999999999999999\" for flag -i: value out of range" and 32 more lines
// CHECK-NEXT: parse ["-u" "-1"]: err=invalid value "-1" for flag -u: parse error parsed=true
// CHECK-NEXT:   set [] args [] narg 0 nflag 0
// CHECK-NEXT:   i=0 s="" list=[] arg0="" arg5=""
// CHECK-NEXT:   output: "invalid value \"-1\" for flag -u: parse error" and 32 more lines
// CHECK-NEXT: parse ["-b=maybe"]: err=invalid boolean value "maybe" for -b: parse error parsed=true
// CHECK-NEXT:   set [] args [] narg 0 nflag 0
// CHECK-NEXT:   i=0 s="" list=[] arg0="" arg5=""
// CHECK-NEXT:   output: "invalid boolean value \"maybe\" for -b: parse error" and 32 more lines
// CHECK-NEXT: parse ["---b"]: err=bad flag syntax: ---b parsed=true
// CHECK-NEXT:   set [] args ["---b"] narg 1 nflag 0
// CHECK-NEXT:   i=0 s="" list=[] arg0="---b" arg5=""
// CHECK-NEXT:   output: "bad flag syntax: ---b" and 32 more lines
// CHECK-NEXT: parse ["-=x"]: err=bad flag syntax: -=x parsed=true
// CHECK-NEXT:   set [] args ["-=x"] narg 1 nflag 0
// CHECK-NEXT:   i=0 s="" list=[] arg0="-=x" arg5=""
// CHECK-NEXT:   output: "bad flag syntax: -=x" and 32 more lines
// CHECK-NEXT: parse ["-" "x"]: err=<nil> parsed=true
// CHECK-NEXT:   set [] args ["-" "x"] narg 2 nflag 0
// CHECK-NEXT:   i=0 s="" list=[] arg0="-" arg5=""
// CHECK-NEXT: parse ["-d" "5"]: err=invalid value "5" for flag -d: parse error parsed=true
// CHECK-NEXT:   set [] args [] narg 0 nflag 0
// CHECK-NEXT:   i=0 s="" list=[] arg0="" arg5=""
// CHECK-NEXT:   output: "invalid value \"5\" for flag -d: parse error" and 32 more lines
// CHECK-NEXT: parse ["-f" "x1"]: err=invalid value "x1" for flag -f: parse error parsed=true
// CHECK-NEXT:   set [] args [] narg 0 nflag 0
// CHECK-NEXT:   i=0 s="" list=[] arg0="" arg5=""
// CHECK-NEXT:   output: "invalid value \"x1\" for flag -f: parse error" and 32 more lines
// CHECK-NEXT: parse ["-list="]: err=invalid value "" for flag -list: empty item parsed=true
// CHECK-NEXT:   set [] args [] narg 0 nflag 0
// CHECK-NEXT:   i=0 s="" list=[] arg0="" arg5=""
// CHECK-NEXT:   output: "invalid value \"\" for flag -list: empty item" and 32 more lines
// CHECK-NEXT: parse ["-fn" "bad"]: err=invalid value "bad" for flag -fn: fn refuses parsed=true
// CHECK-NEXT:   set [] args [] narg 0 nflag 0
// CHECK-NEXT:   i=0 s="" list=[] arg0="" arg5=""
// CHECK-NEXT:   output: "fn(\"bad\")" and 33 more lines
// CHECK-NEXT: parse ["-h"]: err=flag: help requested parsed=true
// CHECK-NEXT:   set [] args [] narg 0 nflag 0
// CHECK-NEXT:   i=0 s="" list=[] arg0="" arg5=""
// CHECK-NEXT:   output: "Usage of prog:" and 31 more lines
// CHECK-NEXT:   ErrHelp
// CHECK-NEXT: parse ["-help"]: err=flag: help requested parsed=true
// CHECK-NEXT:   set [] args [] narg 0 nflag 0
// CHECK-NEXT:   i=0 s="" list=[] arg0="" arg5=""
// CHECK-NEXT:   output: "Usage of prog:" and 31 more lines
// CHECK-NEXT:   ErrHelp
// CHECK-NEXT: parse ["--help"]: err=flag: help requested parsed=true
// CHECK-NEXT:   set [] args [] narg 0 nflag 0
// CHECK-NEXT:   i=0 s="" list=[] arg0="" arg5=""
// CHECK-NEXT:   output: "Usage of prog:" and 31 more lines
// CHECK-NEXT:   ErrHelp
// CHECK-NEXT: prog true 3 true
// CHECK-NEXT: <nil> no such flag -nope parse error 0
// CHECK-NEXT: b [] "a one-letter bool" "false"
// CHECK-NEXT: count [times] "how many times" "3"
// CHECK-NEXT: d [duration] "a duration" "0s"
// CHECK-NEXT: f [float] "a float" "0"
// CHECK-NEXT: fn [value] "called with each value" ""
// CHECK-NEXT: i [int] "an int" "0"
// CHECK-NEXT: i64 [int] "an int64" "-1"
// CHECK-NEXT: list [add] "items to add" ""
// CHECK-NEXT: name [string] "a name\nover two lines" "x y"
// CHECK-NEXT: ratio [float] "a ratio" "2.5"
// CHECK-NEXT: s [string] "a string" ""
// CHECK-NEXT: u [uint] "a uint" "0"
// CHECK-NEXT: u64 [uint] "a uint64" "10"
// CHECK-NEXT: verb [loud] "be loud" "true"
// CHECK-NEXT: wait [duration] "a wait" "1.5s"
// CHECK-NEXT: true 1.5s
// CHECK-NEXT: flag provided but not defined: -zzz
// CHECK-NEXT: flag provided but not defined: -zzz
// CHECK-NEXT: custom usage
// CHECK-NEXT: recovered: prog flag redefined: count
// CHECK-NEXT: recovered: flag "-dash" begins with -
// CHECK-NEXT: fined: count
// CHECK-NEXT: flag "-dash" begins with -
// CHECK-EMPTY:
// CHECK-NEXT:   -b	a one-letter bool
// CHECK-NEXT:   -count times
// CHECK-NEXT:     	how many times (default 3)
// CHECK-NEXT:   -d duration
// CHECK-NEXT:     	a duration
// CHECK-NEXT:   -f float
// CHECK-NEXT:     	a float
// CHECK-NEXT:   -fn value
// CHECK-NEXT:     	called with each value
// CHECK-NEXT:   -i int
// CHECK-NEXT:     	an int
// CHECK-NEXT:   -i64 int
// CHECK-NEXT:     	an int64 (default -1)
// CHECK-NEXT:   -list add
// CHECK-NEXT:     	items to add
// CHECK-NEXT:   -name string
// CHECK-NEXT:     	a name
// CHECK-NEXT:     	over two lines (default "x y")
// CHECK-NEXT:   -ratio float
// CHECK-NEXT:     	a ratio (default 2.5)
// CHECK-NEXT:   -s string
// CHECK-NEXT:     	a string
// CHECK-NEXT:   -u uint
// CHECK-NEXT:     	a uint
// CHECK-NEXT:   -u64 uint
// CHECK-NEXT:     	a uint64 (default 10)
// CHECK-NEXT:   -verb loud
// CHECK-NEXT:     	be loud (default true)
// CHECK-NEXT:   -wait duration
// CHECK-NEXT:     	a wait (default 1.5s)
// CHECK-NEXT: 7 true gopher [rest args] 2 3 args true
