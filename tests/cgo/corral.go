// Package corralcgo is a thin cgo layer over the Corral C ABI (corral.h),
// written to prove the ABI binds from Go; corral_test.go drives it.
//
// The include path and the library come from the environment, because cgo
// directives cannot see CMake variables (run_go_test.cmake sets them):
//
//	CGO_CFLAGS=-I<repo>/abi/include
//	CGO_LDFLAGS=<build>/libcorral.a -lm
//
// Conventions: every call returns the C status last; strings and bytes
// returned by Corral are copied into Go memory at once (they are only valid
// until the next call on the run); Go strings are passed without a copy
// (Corral reads them during the call and keeps nothing).
package corralcgo

/*
#include <stdlib.h>
#include "corral.h"
*/
import "C"

import (
	"fmt"
	"unsafe"
)

// Status is a corral.h status code (CORRAL_OK, CORRAL_E_*).
type Status int

const (
	OK        Status = C.CORRAL_OK
	EHandle   Status = C.CORRAL_E_HANDLE
	EArgument Status = C.CORRAL_E_ARGUMENT
	EState    Status = C.CORRAL_E_STATE
	ESyntax   Status = C.CORRAL_E_SYNTAX
	EMemory   Status = C.CORRAL_E_MEMORY
	EVersion  Status = C.CORRAL_E_VERSION
	ESnapshot Status = C.CORRAL_E_SNAPSHOT
	EType     Status = C.CORRAL_E_TYPE
	ERange    Status = C.CORRAL_E_RANGE
	ENotFound Status = C.CORRAL_E_NOT_FOUND
)

func (s Status) String() string {
	return fmt.Sprintf("%d (%s)", int(s), C.GoString(C.corral_status_string(C.int(s))))
}

// Outcomes of Step and kinds of values and limits.
const (
	Complete      = C.CORRAL_COMPLETE
	PausedCall    = C.CORRAL_PAUSED_CALL
	PausedFutures = C.CORRAL_PAUSED_FUTURES
	Error         = C.CORRAL_ERROR
	Limit         = C.CORRAL_LIMIT
	PausedPrint   = C.CORRAL_PAUSED_PRINT

	KindInt   = C.CORRAL_INT
	KindStr   = C.CORRAL_STR
	KindTuple = C.CORRAL_TUPLE
	KindDict  = C.CORRAL_DICT

	LimitFuel      = C.CORRAL_LIMIT_FUEL
	LimitInterrupt = C.CORRAL_LIMIT_INTERRUPT
)

// HeaderABIVersion is CORRAL_ABI_VERSION of the header compiled against.
const HeaderABIVersion = C.CORRAL_ABI_VERSION

// Value is a corral_value token of one run.
type Value uint64

type Program struct{ p *C.corral_program }
type Run struct{ r *C.corral_run }

// Limits wraps corral_limits; NewLimits fills it with corral_limits_init.
type Limits struct{ c C.corral_limits }

func NewLimits() *Limits {
	l := &Limits{}
	C.corral_limits_init(&l.c)
	return l
}

func (l *Limits) SetFuel(n uint64)       { l.c.max_fuel = C.uint64_t(n) }
func (l *Limits) SetMemory(n uint64)     { l.c.max_memory_bytes = C.uint64_t(n) }
func (l *Limits) SetReserved(n uint32)   { l.c.reserved = C.uint32_t(n) }
func (l *Limits) SetStructSize(n uint32) { l.c.struct_size = C.uint32_t(n) }
func (l *Limits) StructSize() uint32     { return uint32(l.c.struct_size) }
func (l *Limits) cptr() *C.corral_limits {
	if l == nil {
		return nil
	}
	return &l.c
}

func ABIVersion() uint32 { return uint32(C.corral_abi_version()) }
func Version() string    { return C.GoString(C.corral_version()) }

// cText passes a Go string as (pointer, length) without copying it.
func cText(s string) (*C.char, C.size_t) {
	if len(s) == 0 {
		return nil, 0
	}
	return (*C.char)(unsafe.Pointer(unsafe.StringData(s))), C.size_t(len(s))
}

// goText copies a (pointer, length) string owned by Corral.
func goText(p *C.char, n C.size_t) string {
	if p == nil {
		return ""
	}
	return string(unsafe.Slice((*byte)(unsafe.Pointer(p)), int(n)))
}

// goBytes copies bytes owned by Corral (C.GoBytes takes a C.int length).
func goBytes(p *C.uint8_t, n C.size_t) []byte {
	if p == nil {
		return []byte{}
	}
	return append([]byte{}, unsafe.Slice((*byte)(unsafe.Pointer(p)), int(n))...)
}

// SyntaxError is what corral_program_compile reports on failure: Message is
// the report exactly as CPython prints it, Msg the bare message.
type SyntaxError struct {
	Type, Msg, Message string
	Line, Column       int
}

// takeError copies a corral_error into Go and frees it.
func takeError(e *C.corral_error) *SyntaxError {
	if e == nil {
		return nil
	}
	defer C.corral_error_free(e)
	var p *C.char
	var n C.size_t
	out := &SyntaxError{}
	if C.corral_error_type(e, &p, &n) == 0 {
		out.Type = goText(p, n)
	}
	if C.corral_error_message(e, &p, &n) == 0 {
		out.Msg = goText(p, n)
	}
	if C.corral_error_text(e, &p, &n) == 0 {
		out.Message = goText(p, n)
	}
	var line, column C.int
	C.corral_error_line(e, &line)
	C.corral_error_column(e, &column)
	out.Line, out.Column = int(line), int(column)
	return out
}

// Compile wraps corral_program_compile; every string crosses as (pointer, length).
func Compile(source, scriptName, inputNames, externalNames string) (*Program, *SyntaxError, Status) {
	src, srcLen := cText(source)
	script, scriptLen := cText(scriptName)
	inputs, inputsLen := cText(inputNames)
	externals, externalsLen := cText(externalNames)
	var prog *C.corral_program
	var cerr *C.corral_error
	st := Status(C.corral_program_compile(&prog, src, srcLen, script, scriptLen, inputs, inputsLen, externals,
		externalsLen, &cerr))
	if st != OK {
		return nil, takeError(cerr), st
	}
	return &Program{prog}, nil, st
}

func (p *Program) Free() {
	if p != nil {
		C.corral_program_free(p.p)
		p.p = nil
	}
}

// NewRun wraps corral_run_new; a nil program passes NULL.
func NewRun(p *Program, limits *Limits) (*Run, Status) {
	var prog *C.corral_program
	if p != nil {
		prog = p.p
	}
	var r *C.corral_run
	st := Status(C.corral_run_new(&r, prog, limits.cptr()))
	if st != OK {
		return nil, st
	}
	return &Run{r}, st
}

// LoadRun wraps corral_run_load.
func LoadRun(data []byte, limits *Limits) (*Run, Status) {
	var r *C.corral_run
	var ptr *C.uint8_t
	if len(data) > 0 {
		ptr = (*C.uint8_t)(unsafe.Pointer(unsafe.SliceData(data)))
	}
	var cerr *C.corral_error
	st := Status(C.corral_run_load(&r, ptr, C.size_t(len(data)), limits.cptr(), &cerr))
	if st != OK {
		takeError(cerr)
		return nil, st
	}
	return &Run{r}, st
}

func (r *Run) Free() {
	if r != nil {
		C.corral_run_free(r.r)
		r.r = nil
	}
}

func (r *Run) Message() string { return C.GoString(C.corral_run_message(r.r)) }

func (r *Run) SetInput(name string, v Value) Status {
	p, n := cText(name)
	return Status(C.corral_run_set_input(r.r, p, n, C.uint64_t(v)))
}

func (r *Run) Step() (int, Status) {
	var outcome C.int
	st := Status(C.corral_run_step(r.r, &outcome))
	return int(outcome), st
}

func (r *Run) State() (int, Status) {
	var state C.int
	st := Status(C.corral_run_state(r.r, &state))
	return int(state), st
}

func (r *Run) Result() (Value, Status) {
	var v C.uint64_t
	st := Status(C.corral_run_result(r.r, &v))
	return Value(v), st
}

func (r *Run) CallName() (string, Status) {
	var p *C.char
	var n C.size_t
	st := Status(C.corral_run_call_name(r.r, &p, &n))
	return goText(p, n), st
}

func (r *Run) CallArgs() (args, kwargs Value, st Status) {
	var a, k C.uint64_t
	st = Status(C.corral_run_call_args(r.r, &a, &k))
	return Value(a), Value(k), st
}

func (r *Run) CallID() (uint64, Status) {
	var id C.uint64_t
	st := Status(C.corral_run_call_id(r.r, &id))
	return uint64(id), st
}

func (r *Run) ResumeValue(v Value) Status {
	return Status(C.corral_run_resume_value(r.r, C.uint64_t(v)))
}

func (r *Run) ResumeException(typeName, message string) Status {
	t, tn := cText(typeName)
	m, mn := cText(message)
	return Status(C.corral_run_resume_exception(r.r, t, tn, m, mn))
}

func (r *Run) ResumePending() Status { return Status(C.corral_run_resume_pending(r.r)) }

func (r *Run) Futures() (Value, Status) {
	var v C.uint64_t
	st := Status(C.corral_run_futures(r.r, &v))
	return Value(v), st
}

func (r *Run) ResolveValue(id uint64, v Value) Status {
	return Status(C.corral_run_resolve_value(r.r, C.uint64_t(id), C.uint64_t(v)))
}

func (r *Run) Output() (string, Status) {
	var p *C.char
	var n C.size_t
	st := Status(C.corral_run_output(r.r, &p, &n))
	return goText(p, n), st
}

func (r *Run) OutputClear() Status { return Status(C.corral_run_output_clear(r.r)) }

func (r *Run) ErrorType() (string, Status) {
	var p *C.char
	var n C.size_t
	st := Status(C.corral_run_error_type(r.r, &p, &n))
	return goText(p, n), st
}

func (r *Run) ErrorMessage() (string, Status) {
	var p *C.char
	var n C.size_t
	st := Status(C.corral_run_error_message(r.r, &p, &n))
	return goText(p, n), st
}

func (r *Run) ErrorTraceback() (string, Status) {
	var p *C.char
	var n C.size_t
	st := Status(C.corral_run_error_traceback(r.r, &p, &n))
	return goText(p, n), st
}

func (r *Run) ErrorLine() (int, Status) {
	var line C.int
	st := Status(C.corral_run_error_line(r.r, &line))
	return int(line), st
}

func (r *Run) LimitKind() (int, Status) {
	var kind C.int
	st := Status(C.corral_run_limit_kind(r.r, &kind))
	return int(kind), st
}

// Interrupt may be called from any goroutine while another one steps.
func (r *Run) Interrupt() Status { return Status(C.corral_run_interrupt(r.r)) }

// Dump wraps corral_run_dump; the bytes are copied and released with
// corral_bytes_free.
func (r *Run) Dump() ([]byte, Status) {
	var p *C.uint8_t
	var n C.size_t
	st := Status(C.corral_run_dump(r.r, &p, &n))
	if st != OK {
		return nil, st
	}
	defer C.corral_bytes_free(p)
	return goBytes(p, n), st
}

// Values.

func (r *Run) None() (Value, Status) {
	var v C.uint64_t
	st := Status(C.corral_value_none(r.r, &v))
	return Value(v), st
}

func (r *Run) Int(i int64) (Value, Status) {
	var v C.uint64_t
	st := Status(C.corral_value_int(r.r, &v, C.int64_t(i)))
	return Value(v), st
}

func (r *Run) IntText(text string) (Value, Status) {
	p, n := cText(text)
	var v C.uint64_t
	st := Status(C.corral_value_int_text(r.r, &v, p, n))
	return Value(v), st
}

func (r *Run) Str(s string) (Value, Status) {
	p, n := cText(s)
	var v C.uint64_t
	st := Status(C.corral_value_str(r.r, &v, p, n))
	return Value(v), st
}

func (r *Run) Bytes(data []byte) (Value, Status) {
	var ptr *C.uint8_t
	if len(data) > 0 {
		ptr = (*C.uint8_t)(unsafe.Pointer(unsafe.SliceData(data)))
	}
	var v C.uint64_t
	st := Status(C.corral_value_bytes(r.r, &v, ptr, C.size_t(len(data))))
	return Value(v), st
}

func (r *Run) List() (Value, Status) {
	var v C.uint64_t
	st := Status(C.corral_value_list(r.r, &v))
	return Value(v), st
}

func (r *Run) Append(container, item Value) Status {
	return Status(C.corral_value_append(r.r, C.uint64_t(container), C.uint64_t(item)))
}

func (r *Run) Kind(v Value) (int, Status) {
	var k C.int
	st := Status(C.corral_value_kind(r.r, C.uint64_t(v), &k))
	return int(k), st
}

func (r *Run) GetInt(v Value) (int64, Status) {
	var i C.int64_t
	st := Status(C.corral_value_get_int(r.r, C.uint64_t(v), &i))
	return int64(i), st
}

func (r *Run) GetIntText(v Value) (string, Status) {
	var p *C.char
	var n C.size_t
	st := Status(C.corral_value_get_int_text(r.r, C.uint64_t(v), &p, &n))
	return goText(p, n), st
}

func (r *Run) GetStr(v Value) (string, Status) {
	var p *C.char
	var n C.size_t
	st := Status(C.corral_value_get_str(r.r, C.uint64_t(v), &p, &n))
	return goText(p, n), st
}

func (r *Run) GetBytes(v Value) ([]byte, Status) {
	var p *C.uint8_t
	var n C.size_t
	st := Status(C.corral_value_get_bytes(r.r, C.uint64_t(v), &p, &n))
	if st != OK {
		return nil, st
	}
	return goBytes(p, n), st
}

func (r *Run) Len(v Value) (int, Status) {
	var n C.size_t
	st := Status(C.corral_value_len(r.r, C.uint64_t(v), &n))
	return int(n), st
}

func (r *Run) Item(v Value, i int) (Value, Status) {
	var item C.uint64_t
	st := Status(C.corral_value_item(r.r, C.uint64_t(v), C.size_t(i), &item))
	return Value(item), st
}

func (r *Run) DictItem(v Value, i int) (key, value Value, st Status) {
	var k, val C.uint64_t
	st = Status(C.corral_value_dict_item(r.r, C.uint64_t(v), C.size_t(i), &k, &val))
	return Value(k), Value(val), st
}

func (r *Run) Repr(v Value) (string, Status) {
	var p *C.char
	var n C.size_t
	st := Status(C.corral_value_repr(r.r, C.uint64_t(v), &p, &n))
	return goText(p, n), st
}

func (r *Run) FreeValue(v Value) { C.corral_value_free(r.r, C.uint64_t(v)) }
