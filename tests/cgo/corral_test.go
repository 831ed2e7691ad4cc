package corralcgo

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"
)

// must takes a wrapper's (value, status) pair and returns the value, or
// panics on a status other than OK (the panic's stack names the line; Go
// cannot pass a multi-value call next to other arguments, hence no t here).
func must[T any](v T, st Status) T {
	if st != OK {
		panic(fmt.Sprintf("status %v", st))
	}
	return v
}

func mustOK(t *testing.T, what string, st Status) {
	t.Helper()
	if st != OK {
		t.Fatalf("%s: status %v", what, st)
	}
}

func wantStatus(t *testing.T, what string, got, want Status) {
	t.Helper()
	if got != want {
		t.Fatalf("%s: status %v, want %v", what, got, want)
	}
}

func compile(t *testing.T, source, script, inputs, externals string) *Program {
	t.Helper()
	p, syntaxErr, st := Compile(source, script, inputs, externals)
	if st != OK {
		t.Fatalf("compile: %v %+v", st, syntaxErr)
	}
	return p
}

func TestLibraryIdentity(t *testing.T) {
	if ABIVersion() != HeaderABIVersion {
		t.Fatalf("library ABI %d, header %d", ABIVersion(), HeaderABIVersion)
	}
	if Version() == "" {
		t.Fatal("empty corral_version()")
	}
}

const hostCallProgram = `print("hello", name)
r = lookup(n * 2, tag="t")
print("got", r)
try:
    refuse()
except ValueError as e:
    print("caught", e)
r + 1
`

func TestHostCallRoundTrip(t *testing.T) {
	prog := compile(t, hostCallProgram, "host.py", "name, n", "lookup refuse")
	limits := NewLimits()
	limits.SetFuel(10_000_000)
	limits.SetMemory(64 << 20)
	run := must(NewRun(prog, limits))
	defer run.Free()
	prog.Free() // the run holds its own reference

	wantStatus(t, "undeclared input", run.SetInput("nope", must(run.None())), ENotFound)
	mustOK(t, "set name", run.SetInput("name", must(run.Str("ada"))))
	mustOK(t, "set n", run.SetInput("n", must(run.Int(21))))
	checkSnapshot(t, run, "before the first step")

	if outcome := must(run.Step()); outcome != PausedCall {
		t.Fatalf("outcome %d, want PAUSED_CALL", outcome)
	}
	if out := must(run.Output()); out != "hello ada\n" {
		t.Fatalf("output %q", out)
	}
	mustOK(t, "output clear", run.OutputClear())
	if name := must(run.CallName()); name != "lookup" {
		t.Fatalf("call name %q", name)
	}
	args, kwargs, st := run.CallArgs()
	mustOK(t, "call args", st)
	if k := must(run.Kind(args)); k != KindTuple {
		t.Fatalf("args kind %d", k)
	}
	if n := must(run.Len(args)); n != 1 {
		t.Fatalf("%d args", n)
	}
	if i := must(run.GetInt(must(run.Item(args, 0)))); i != 42 {
		t.Fatalf("argument %d", i)
	}
	key, value, st := run.DictItem(kwargs, 0)
	mustOK(t, "dict item", st)
	if s := must(run.GetStr(key)); s != "tag" {
		t.Fatalf("keyword %q", s)
	}
	if s := must(run.Repr(value)); s != "'t'" {
		t.Fatalf("keyword value %q", s)
	}
	firstID := must(run.CallID())
	_, st = run.Step()
	wantStatus(t, "step while a call waits", st, EState)
	checkSnapshot(t, run, "paused at a host call")

	mustOK(t, "resume", run.ResumeValue(must(run.Int(100))))
	if outcome := must(run.Step()); outcome != PausedCall {
		t.Fatalf("outcome %d, want the second PAUSED_CALL", outcome)
	}
	if id := must(run.CallID()); id == firstID {
		t.Fatal("call ids repeat")
	}
	mustOK(t, "resume exception", run.ResumeException("ValueError", "no, thanks"))
	if outcome := must(run.Step()); outcome != Complete {
		t.Fatalf("outcome %d, want COMPLETE", outcome)
	}
	if i := must(run.GetInt(must(run.Result()))); i != 101 {
		t.Fatalf("result %d", i)
	}
	if out := must(run.Output()); out != "got 100\ncaught no, thanks\n" {
		t.Fatalf("output %q", out)
	}
	_, st = run.Dump()
	wantStatus(t, "dump of a completed run", st, EState)
}

// checkSnapshot: dump is documented to work before the first step and at a
// host call; until snapshots land the library answers CORRAL_E_STATE with
// "not implemented", which is accepted so the test is ready for them.
func checkSnapshot(t *testing.T, run *Run, when string) {
	t.Helper()
	data, st := run.Dump()
	if st == EState && strings.Contains(run.Message(), "not implemented") {
		return
	}
	mustOK(t, "dump "+when, st)
	loaded := must(LoadRun(data, nil))
	defer loaded.Free()
	if a, b := must(loaded.State()), must(run.State()); a != b {
		t.Fatalf("loaded state %d, original %d", a, b)
	}
}

func TestSnapshotLoadRejectsGarbage(t *testing.T) {
	for _, data := range [][]byte{[]byte("certainly not a corral snapshot"), nil, make([]byte, 64)} {
		run, st := LoadRun(data, nil)
		wantStatus(t, "load of garbage", st, ESnapshot)
		if run != nil {
			t.Fatal("a run from garbage")
		}
	}
}

func TestSyntaxError(t *testing.T) {
	prog, syntaxErr, st := Compile("x = (1,\n", "", "", "")
	wantStatus(t, "syntax error", st, ESyntax)
	if prog != nil {
		t.Fatal("a program from a syntax error")
	}
	if !strings.HasPrefix(syntaxErr.Message, "  File \"main.py\", line 1\n") ||
		!strings.HasSuffix(syntaxErr.Message, "SyntaxError: '(' was never closed\n") {
		t.Fatalf("message %q", syntaxErr.Message)
	}
	if syntaxErr.Line != 1 || syntaxErr.Column < 1 {
		t.Fatalf("location %d:%d", syntaxErr.Line, syntaxErr.Column)
	}
	_, _, st = Compile("x = 1", "", "", "not a name!")
	wantStatus(t, "bad external names", st, EArgument)
}

const errorProgram = `def divide(x):
    return 1 / x

divide(0)
`

func TestPythonError(t *testing.T) {
	prog := compile(t, errorProgram, "calc.py", "", "")
	run := must(NewRun(prog, nil))
	defer run.Free()
	prog.Free()
	if outcome := must(run.Step()); outcome != Error {
		t.Fatalf("outcome %d, want ERROR", outcome)
	}
	if s := must(run.ErrorType()); s != "ZeroDivisionError" {
		t.Fatalf("type %q", s)
	}
	if s := must(run.ErrorMessage()); s != "division by zero" {
		t.Fatalf("message %q", s)
	}
	tb := must(run.ErrorTraceback())
	for _, part := range []string{"Traceback (most recent call last):\n", "  File \"calc.py\", line 4, in <module>\n",
		"  File \"calc.py\", line 2, in divide\n    return 1 / x\n"} {
		if !strings.Contains(tb, part) {
			t.Fatalf("traceback %q lacks %q", tb, part)
		}
	}
	if !strings.HasSuffix(tb, "ZeroDivisionError: division by zero\n") {
		t.Fatalf("traceback end %q", tb)
	}
	if line := must(run.ErrorLine()); line != 2 {
		t.Fatalf("error line %d", line)
	}
	_, st := run.Dump()
	wantStatus(t, "dump of a failed run", st, EState)
}

func TestLimitsAndMisuse(t *testing.T) {
	prog := compile(t, "while True:\n    pass\n", "", "", "")
	defer prog.Free()
	limits := NewLimits()
	limits.SetFuel(10_000)
	run := must(NewRun(prog, limits))
	if outcome := must(run.Step()); outcome != Limit {
		t.Fatalf("outcome %d, want LIMIT", outcome)
	}
	if kind := must(run.LimitKind()); kind != LimitFuel {
		t.Fatalf("limit kind %d", kind)
	}
	run.Free()

	bad := NewLimits()
	bad.SetReserved(1)
	_, st := NewRun(prog, bad)
	wantStatus(t, "reserved field", st, EArgument)
	bad = NewLimits()
	bad.SetStructSize(3)
	_, st = NewRun(prog, bad)
	wantStatus(t, "struct size", st, EVersion)
	_, st = NewRun(nil, nil)
	wantStatus(t, "NULL program", st, EHandle)

	run = must(NewRun(prog, nil))
	defer run.Free()
	other := must(NewRun(prog, nil))
	defer other.Free()
	_, st = run.Repr(12345)
	wantStatus(t, "made-up token", st, EHandle)
	if run.Message() == "" {
		t.Fatal("no message after a failed call")
	}
	_, st = run.Kind(must(other.Int(7)))
	wantStatus(t, "token of another run", st, EHandle)
	token := must(run.Int(7))
	run.FreeValue(token)
	_, st = run.Kind(token)
	wantStatus(t, "freed token", st, EHandle)
	_, st = run.GetStr(must(run.Int(1)))
	wantStatus(t, "get_str of an int", st, EType)
	_, st = (&Run{}).Step()
	wantStatus(t, "NULL run", st, EHandle)
}

func TestValues(t *testing.T) {
	prog := compile(t, "x", "", "x", "")
	run := must(NewRun(prog, nil))
	defer run.Free()
	prog.Free()
	big := "-123456789012345678901234567890"
	bigValue := must(run.IntText(big))
	_, st := run.GetInt(bigValue)
	wantStatus(t, "big int as int64", st, ERange)
	if s := must(run.GetIntText(bigValue)); s != big {
		t.Fatalf("int text %q", s)
	}
	text := "naïve ☃ \x00 end"
	if s := must(run.GetStr(must(run.Str(text)))); s != text {
		t.Fatalf("str %q", s)
	}
	data := make([]byte, 256)
	for i := range data {
		data[i] = byte(i)
	}
	if b := must(run.GetBytes(must(run.Bytes(data)))); !bytes.Equal(b, data) {
		t.Fatalf("bytes %v", b)
	}
	list := must(run.List())
	mustOK(t, "append", run.Append(list, bigValue))
	mustOK(t, "append", run.Append(list, must(run.Str("a"))))
	mustOK(t, "set x", run.SetInput("x", list))
	if outcome := must(run.Step()); outcome != Complete {
		t.Fatalf("outcome %d", outcome)
	}
	if s := must(run.Repr(must(run.Result()))); s != "["+big+", 'a']" {
		t.Fatalf("repr %q", s)
	}
}

func TestFutures(t *testing.T) {
	prog := compile(t, "x = await slow(5)\nx + 1\n", "", "", "slow")
	run := must(NewRun(prog, nil))
	defer run.Free()
	prog.Free()
	if outcome := must(run.Step()); outcome != PausedCall {
		t.Fatalf("outcome %d", outcome)
	}
	id := must(run.CallID())
	mustOK(t, "resume pending", run.ResumePending())
	if outcome := must(run.Step()); outcome != PausedFutures {
		t.Fatalf("outcome %d, want PAUSED_FUTURES", outcome)
	}
	ids := must(run.Futures())
	if got := must(run.GetInt(must(run.Item(ids, 0)))); uint64(got) != id {
		t.Fatalf("future id %d, call id %d", got, id)
	}
	wantStatus(t, "unknown future", run.ResolveValue(id+1000, must(run.None())), ENotFound)
	mustOK(t, "resolve", run.ResolveValue(id, must(run.Int(41))))
	if outcome := must(run.Step()); outcome != Complete {
		t.Fatalf("outcome %d", outcome)
	}
	if i := must(run.GetInt(must(run.Result()))); i != 42 {
		t.Fatalf("result %d", i)
	}
}

// The one cross-thread call: a goroutine (on another OS thread, as with a
// cancelled context.Context) interrupts a run stepping an endless loop.
func TestInterruptFromAnotherGoroutine(t *testing.T) {
	prog := compile(t, "while True:\n    pass\n", "", "", "")
	run := must(NewRun(prog, nil))
	defer run.Free()
	prog.Free()
	done := make(chan Status, 1)
	go func() {
		time.Sleep(50 * time.Millisecond)
		done <- run.Interrupt()
	}()
	outcome := must(run.Step())
	mustOK(t, "interrupt", <-done)
	if outcome != Limit {
		t.Fatalf("outcome %d, want LIMIT", outcome)
	}
	if kind := must(run.LimitKind()); kind != LimitInterrupt {
		t.Fatalf("limit kind %d", kind)
	}
}
