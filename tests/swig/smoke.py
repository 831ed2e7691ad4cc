"""Smoke test of the SWIG Python raw layer (swig/corral.i): the whole C ABI
reachable from Python with the raw calling convention (status first, then
the out-parameters), no pytest needed.

Usage: python3 smoke.py [DIR_OF_corral_raw]   (or corral_raw on sys.path)
"""
import inspect
import sys

if len(sys.argv) > 1:
    sys.path.insert(0, sys.argv[1])

import corral_raw as c  # noqa: E402

checks = 0


def check(condition, what):
    global checks
    if not condition:
        raise AssertionError(what)
    checks += 1


def ok(reply, what):
    """Unpacks [status, outputs...]: asserts CORRAL_OK, returns the outputs
    (a single output unwrapped)."""
    if isinstance(reply, list):
        status, outputs = reply[0], reply[1:]
    else:
        status, outputs = reply, []
    check(status == c.CORRAL_OK, "%s: status %r (%s)" % (what, status, c.corral_status_string(status)))
    return outputs[0] if len(outputs) == 1 else outputs


def status_of(reply):
    return reply[0] if isinstance(reply, list) else reply


def compile_program(source, script_name, input_names, external_names):
    program, error = ok(
        c.corral_program_compile(source, script_name, input_names, external_names), "compile")
    check(program is not None and error is None, "compile outputs")
    return program


def new_value(run, constructor, *args):
    return ok(constructor(run, *args), constructor.__name__)


def the_wrappers_hide_every_length_and_out_parameter():
    # A (pointer, length) pair or an out-parameter added to corral.h without
    # a typemap shows up as a parameter of the generated function.
    for name, function in vars(c).items():
        if not name.startswith("corral_") or not callable(function) or isinstance(function, type):
            continue
        try:
            parameters = inspect.signature(function).parameters
        except (TypeError, ValueError):
            continue
        for parameter in parameters:
            check(not (parameter.endswith("_out") or parameter.endswith("len") or parameter.endswith("_size")
                       or parameter == "out"),
                  "%s still exposes C parameter %r: add a typemap/%%apply in swig/" % (name, parameter))


def library_identity():
    check(c.corral_abi_version() == c.CORRAL_ABI_VERSION, "ABI version of the library")
    check(isinstance(c.corral_version(), str) and c.corral_version(), "corral_version()")
    check(c.corral_status_string(c.CORRAL_OK) != c.corral_status_string(c.CORRAL_E_HANDLE), "status strings")


def new_limits(**fields):
    limits = c.corral_limits()
    c.corral_limits_init(limits)
    check(limits.struct_size > 0 and limits.max_fuel == 0 and limits.reserved == 0, "corral_limits_init")
    for field, value in fields.items():
        setattr(limits, field, value)
    return limits


HOST_CALL_PROGRAM = """\
print("hello", name)
r = lookup(n * 2, tag="t")
print("got", r)
try:
    refuse()
except ValueError as e:
    print("caught", e)
r + 1
"""


def host_call_round_trip():
    program = compile_program(HOST_CALL_PROGRAM, "host.py", "name, n", "lookup refuse")
    limits = new_limits(max_fuel=10_000_000, max_memory_bytes=64 << 20)
    run = ok(c.corral_run_new(program, limits), "corral_run_new")
    c.corral_program_free(program)  # the run holds its own reference

    check(status_of(c.corral_run_set_input(run, "nope", new_value(run, c.corral_value_none)))
          == c.CORRAL_E_NOT_FOUND, "undeclared input")
    ok(c.corral_run_set_input(run, "name", new_value(run, c.corral_value_str, "ada")), "set name")
    ok(c.corral_run_set_input(run, "n", new_value(run, c.corral_value_int, 21)), "set n")
    check(ok(c.corral_run_state(run), "state") == 0, "not started")

    # The snapshot of a not yet started run is documented to work.
    snapshot_round_trip(run, when="before the first step")

    check(ok(c.corral_run_step(run), "step 1") == c.CORRAL_PAUSED_CALL, "first pause is a host call")
    check(ok(c.corral_run_state(run), "state") == c.CORRAL_PAUSED_CALL, "state is PAUSED_CALL")
    check(ok(c.corral_run_output(run), "output") == "hello ada\n", "output before the call")
    ok(c.corral_run_output_clear(run), "output clear")
    check(ok(c.corral_run_output(run), "output") == "", "output cleared")

    check(ok(c.corral_run_call_name(run), "call name") == "lookup", "call name")
    args, kwargs = ok(c.corral_run_call_args(run), "call args")
    check(args != 0 and kwargs != 0, "argument tokens")
    check(ok(c.corral_value_kind(run, args), "kind") == c.CORRAL_TUPLE, "args is a tuple")
    check(ok(c.corral_value_len(run, args), "len") == 1, "one positional argument")
    first = ok(c.corral_value_item(run, args, 0), "item 0")
    check(ok(c.corral_value_get_int(run, first), "get_int") == 42, "argument value")
    check(ok(c.corral_value_kind(run, kwargs), "kind") == c.CORRAL_DICT, "kwargs is a dict")
    key, value = ok(c.corral_value_dict_item(run, kwargs, 0), "dict item")
    check(ok(c.corral_value_get_str(run, key), "key") == "tag", "keyword name")
    check(ok(c.corral_value_repr(run, value), "repr") == "'t'", "keyword value repr")
    first_id = ok(c.corral_run_call_id(run), "call id")

    check(status_of(c.corral_run_step(run)) == c.CORRAL_E_STATE, "step while a call waits")
    snapshot_round_trip(run, when="paused at a host call")

    ok(c.corral_run_resume_value(run, new_value(run, c.corral_value_int, 100)), "resume value")
    check(status_of(c.corral_run_resume_value(run, new_value(run, c.corral_value_none))) == c.CORRAL_E_STATE,
          "resume with no call pending")
    check(ok(c.corral_run_step(run), "step 2") == c.CORRAL_PAUSED_CALL, "second host call")
    check(ok(c.corral_run_call_name(run), "call name") == "refuse", "second call name")
    check(ok(c.corral_run_call_id(run), "call id") != first_id, "call ids are unique")
    ok(c.corral_run_resume_exception(run, "ValueError", "no, thanks"), "resume exception")

    check(ok(c.corral_run_step(run), "step 3") == c.CORRAL_COMPLETE, "complete")
    result = ok(c.corral_run_result(run), "result")
    check(ok(c.corral_value_get_int(run, result), "result int") == 101, "result value")
    check(ok(c.corral_run_output(run), "output") == "got 100\ncaught no, thanks\n", "output after the calls")
    check(ok(c.corral_run_memory(run), "memory") > 0, "memory in use")
    check(status_of(c.corral_run_step(run)) == c.CORRAL_E_STATE, "step after the end")
    # Documented: a completed run cannot be dumped.
    check(status_of(c.corral_run_dump(run)) == c.CORRAL_E_STATE, "dump of a completed run")
    c.corral_run_free(run)


def snapshot_round_trip(run, when):
    """Dump is documented to work before the first step and at a host call;
    until snapshots land the library answers CORRAL_E_STATE ("not implemented
    yet"), which is accepted so the test is ready for them."""
    reply = c.corral_run_dump(run)
    status, data = reply
    if status == c.CORRAL_E_STATE and "not implemented" in c.corral_run_message(run):
        check(data is None, "no bytes on failure")
        return
    check(status == c.CORRAL_OK, "dump %s: %s" % (when, c.corral_status_string(status)))
    check(isinstance(data, bytes) and len(data) > 0, "snapshot bytes")
    loaded, load_error = ok(c.corral_run_load(data, None), "load of the snapshot taken %s" % when)
    check(ok(c.corral_run_state(loaded), "state") == ok(c.corral_run_state(run), "state"), "loaded state")
    c.corral_run_free(loaded)


def snapshot_load_rejects_garbage():
    status, run, error = c.corral_run_load(b"certainly not a corral snapshot", None)
    c.corral_error_free(error)
    check(status == c.CORRAL_E_SNAPSHOT and run is None, "load of garbage: %r" % status)
    status, run, error = c.corral_run_load(b"", None)
    c.corral_error_free(error)
    check(status == c.CORRAL_E_SNAPSHOT and run is None, "load of nothing: %r" % status)
    status, run, error = c.corral_run_load(bytearray(b"\x00" * 64), None)
    c.corral_error_free(error)
    check(status == c.CORRAL_E_SNAPSHOT and run is None, "load of zeros: %r" % status)


def syntax_error():
    status, program, error = c.corral_program_compile("x = (1,\n", None, None, None)
    check(status == c.CORRAL_E_SYNTAX, "syntax error status %r" % status)
    check(program is None and error is not None, "no program, an error handle on a syntax error")
    message = ok(c.corral_error_text(error), "error text")
    line = ok(c.corral_error_line(error), "error line")
    column = ok(c.corral_error_column(error), "error column")
    check(ok(c.corral_error_type(error), "error type") == "SyntaxError", "error type")
    check(ok(c.corral_error_message(error), "error message") == "'(' was never closed", "error message")
    c.corral_error_free(error)
    check(message.startswith('  File "main.py", line 1\n'), "syntax error location: %r" % message)
    check(message.endswith("SyntaxError: '(' was never closed\n"), "syntax error message: %r" % message)
    check(line == 1 and column >= 1, "syntax error line/column %r %r" % (line, column))
    status, program, error = c.corral_program_compile("x = 1", None, None, "not a name!")
    check(status == c.CORRAL_E_ARGUMENT and error is not None, "bad external names: %r" % status)
    c.corral_error_free(error)


ERROR_PROGRAM = """\
def divide(x):
    return 1 / x

divide(0)
"""


def python_error():
    program = compile_program(ERROR_PROGRAM, "calc.py", None, None)
    run = ok(c.corral_run_new(program, None), "corral_run_new")
    c.corral_program_free(program)
    check(ok(c.corral_run_step(run), "step") == c.CORRAL_ERROR, "ERROR outcome")
    check(ok(c.corral_run_error_type(run), "error type") == "ZeroDivisionError", "error type")
    check(ok(c.corral_run_error_message(run), "error message") == "division by zero", "error message")
    traceback = ok(c.corral_run_error_traceback(run), "traceback")
    check(traceback.startswith("Traceback (most recent call last):\n"), "traceback header: %r" % traceback)
    check('  File "calc.py", line 4, in <module>\n' in traceback, "module frame: %r" % traceback)
    check('  File "calc.py", line 2, in divide\n    return 1 / x\n' in traceback, "function frame: %r" % traceback)
    check(traceback.endswith("ZeroDivisionError: division by zero\n"), "traceback end: %r" % traceback)
    check(ok(c.corral_run_error_line(run), "error line") == 2, "innermost line")
    check(status_of(c.corral_run_dump(run)) == c.CORRAL_E_STATE, "dump of a failed run")
    c.corral_run_free(run)


def limits_and_misuse():
    program = compile_program("while True:\n    pass\n", None, None, None)
    run = ok(c.corral_run_new(program, new_limits(max_fuel=10_000)), "run with fuel")
    check(ok(c.corral_run_step(run), "step") == c.CORRAL_LIMIT, "LIMIT outcome")
    check(ok(c.corral_run_limit_kind(run), "limit kind") == c.CORRAL_LIMIT_FUEL, "fuel limit")
    c.corral_run_free(run)

    bad = new_limits(reserved=1)
    check(status_of(c.corral_run_new(program, bad)) == c.CORRAL_E_ARGUMENT, "reserved field not 0")
    bad = new_limits(struct_size=3)
    check(status_of(c.corral_run_new(program, bad)) == c.CORRAL_E_VERSION, "unknown struct size")

    run = ok(c.corral_run_new(program, None), "run")
    other = ok(c.corral_run_new(program, None), "other run")
    c.corral_program_free(program)
    # Tokens are checked: made up, of another run, freed.
    status, text = c.corral_value_repr(run, 12345)
    check(status == c.CORRAL_E_HANDLE and text is None, "made-up token: %r" % status)
    check(c.corral_run_message(run) != "", "message after a failed call")
    foreign = new_value(other, c.corral_value_int, 7)
    check(status_of(c.corral_value_kind(run, foreign)) == c.CORRAL_E_HANDLE, "token of another run")
    token = new_value(run, c.corral_value_int, 7)
    c.corral_value_free(run, token)
    check(status_of(c.corral_value_kind(run, token)) == c.CORRAL_E_HANDLE, "freed token")
    c.corral_value_free(run, 0)  # documented no-op
    # NULL handles (None on the Python side).
    check(status_of(c.corral_run_step(None)) == c.CORRAL_E_HANDLE, "NULL run")
    check(status_of(c.corral_run_new(None, None)) == c.CORRAL_E_HANDLE, "NULL program")
    c.corral_run_free(None)
    c.corral_program_free(None)
    c.corral_bytes_free(None)
    # Accessor of the wrong kind.
    check(status_of(c.corral_value_get_str(run, new_value(run, c.corral_value_int, 1)))
          == c.CORRAL_E_TYPE, "get_str of an int")
    c.corral_run_free(other)
    c.corral_run_free(run)


def value_round_trips():
    program = compile_program("x", None, "x", None)
    run = ok(c.corral_run_new(program, None), "run")
    c.corral_program_free(program)
    big = "-123456789012345678901234567890"
    big_token = new_value(run, c.corral_value_int_text, big)
    check(status_of(c.corral_value_get_int(run, big_token)) == c.CORRAL_E_RANGE, "big int does not fit")
    check(ok(c.corral_value_get_int_text(run, big_token), "int text") == big, "big int text")
    check(status_of(c.corral_value_int_text(run, "12x")) == c.CORRAL_E_ARGUMENT, "malformed int text")
    check(status_of(c.corral_value_str(run, b"\xff")) == c.CORRAL_E_ARGUMENT, "invalid UTF-8")
    text = "naïve \u2603 \x00 end"
    check(ok(c.corral_value_get_str(run, new_value(run, c.corral_value_str, text)), "str") == text, "str with NUL")
    # A str with a lone surrogate reaches Corral as a status, not a Python
    # exception; Corral's getters return such strs (see corral_python.i).
    reply = c.corral_value_str(run, "a\ud800")
    check(status_of(reply) in (c.CORRAL_OK, c.CORRAL_E_ARGUMENT), "lone surrogate: %r" % (reply,))
    if status_of(reply) == c.CORRAL_OK:
        check(ok(c.corral_value_get_str(run, reply[1]), "str") == "a\ud800", "lone surrogate round trip")
    data = bytes(range(256))
    check(ok(c.corral_value_get_bytes(run, new_value(run, c.corral_value_bytes, data)), "bytes") == data, "bytes")
    check(ok(c.corral_value_get_float(run, new_value(run, c.corral_value_float, 2.5)), "float") == 2.5, "float")
    check(ok(c.corral_value_get_bool(run, new_value(run, c.corral_value_bool, 1)), "bool") == 1, "bool")

    items = c.corral_value_list, c.corral_value_tuple, c.corral_value_set, c.corral_value_frozenset
    containers = [new_value(run, make) for make in items]
    for container in containers:
        ok(c.corral_value_append(run, container, new_value(run, c.corral_value_int, 1)), "append")
        ok(c.corral_value_append(run, container, new_value(run, c.corral_value_str, "a")), "append")
    mapping = new_value(run, c.corral_value_dict)
    ok(c.corral_value_dict_set(run, mapping, new_value(run, c.corral_value_str, "k"), containers[1]), "dict_set")
    outer = new_value(run, c.corral_value_list)
    for item in containers + [mapping, big_token, new_value(run, c.corral_value_none)]:
        ok(c.corral_value_append(run, outer, item), "append")
    check(status_of(c.corral_value_append(run, containers[2], outer)) == c.CORRAL_E_TYPE, "unhashable set item")
    ok(c.corral_run_set_input(run, "x", outer), "set x")
    check(ok(c.corral_run_step(run), "step") == c.CORRAL_COMPLETE, "complete")
    result = ok(c.corral_run_result(run), "result")
    expected = "[[1, 'a'], (1, 'a'), {1, 'a'}, frozenset({1, 'a'}), {'k': (1, 'a')}, %s, None]" % big
    alternative = expected.replace("{1, 'a'}", "{'a', 1}")
    check(ok(c.corral_value_repr(run, result), "repr") in (expected, alternative), "round trip repr")
    check(ok(c.corral_value_len(run, result), "len") == 7, "len of the result")
    c.corral_run_free(run)


def futures():
    program = compile_program("x = await slow(5)\nx + 1\n", None, None, "slow")
    run = ok(c.corral_run_new(program, None), "run")
    c.corral_program_free(program)
    check(ok(c.corral_run_step(run), "step") == c.CORRAL_PAUSED_CALL, "call of slow")
    call_id = ok(c.corral_run_call_id(run), "call id")
    ok(c.corral_run_resume_pending(run), "resume pending")
    check(ok(c.corral_run_step(run), "step") == c.CORRAL_PAUSED_FUTURES, "awaiting the future")
    ids = ok(c.corral_run_futures(run), "futures")
    check(ok(c.corral_value_len(run, ids), "len") == 1, "one future")
    check(ok(c.corral_value_get_int(run, ok(c.corral_value_item(run, ids, 0), "item")), "id") == call_id,
          "future id is the call id")
    check(status_of(c.corral_run_resolve_value(run, call_id + 1000, new_value(run, c.corral_value_none)))
          == c.CORRAL_E_NOT_FOUND, "unknown future id")
    ok(c.corral_run_resolve_value(run, call_id, new_value(run, c.corral_value_int, 41)), "resolve")
    check(ok(c.corral_run_step(run), "step") == c.CORRAL_COMPLETE, "complete after the future")
    check(ok(c.corral_value_get_int(run, ok(c.corral_run_result(run), "result")), "int") == 42, "future result")
    c.corral_run_free(run)


def main():
    the_wrappers_hide_every_length_and_out_parameter()
    library_identity()
    host_call_round_trip()
    snapshot_load_rejects_garbage()
    syntax_error()
    python_error()
    limits_and_misuse()
    value_round_trips()
    futures()
    print("swig python smoke: %d checks passed" % checks)


if __name__ == "__main__":
    main()
